// The one-page deep-dive plan: what goes on the page, at which size, and what the report says.
import { describe, expect, it } from 'vitest';
import { DEPTH_LAYERS, planDeepDive, type DeepDivePlan } from '#shared/projects/index';
import { distinctRoles } from '#shared/projects/deep-dive-plan';
import { BOTTOM_RESERVE_PT, MIN_BODY_PT, ROW_RULE_PT, TAIL_PARAGRAPH_PT, pageBox } from '#shared/sheet/index';
import { largeProject, pastedProject, smallProject, typicalProject } from './project-fixtures';

function plannedHeight(plan: DeepDivePlan): number {
  const { style, header, rows } = plan;
  const head =
    header.titleLines * style.title.linePt +
    style.subline.linePt +
    header.facts.reduce((sum, f) => sum + f.lines * style.body.linePt, 0) +
    0.75 +
    3 +
    6;
  const chrome = style.padTopPt + style.padBottomPt + ROW_RULE_PT;
  return head + rows.reduce((sum, r) => sum + r.lines * style.body.linePt + chrome, 0);
}

describe('planDeepDive', () => {
  for (const paper of ['a4', 'letter'] as const)
    for (const [name, make] of [
      ['small', smallProject],
      ['typical', typicalProject],
      ['large', largeProject],
      ['pasted', pastedProject],
    ] as const)
      it(`${name} project on ${paper}: every layer has a row and the rows fit the page`, () => {
        const plan = planDeepDive(make(paper));
        expect(plan.rows.map((r) => r.id)).toEqual(DEPTH_LAYERS.map((l) => l.id));
        const box = pageBox(paper);
        expect(plannedHeight(plan)).toBeLessThanOrEqual(box.contentHeightPt - BOTTOM_RESERVE_PT - TAIL_PARAGRAPH_PT);
        expect(plan.style.body.sizePt).toBeGreaterThanOrEqual(MIN_BODY_PT);
        for (const row of plan.rows) expect(row.lines).toBeGreaterThanOrEqual(row.labelLines);
      });

  it('a typical project fits in full at a readable size, and says so', () => {
    const plan = planDeepDive(typicalProject('a4'));
    expect(plan.report.complete).toBe(true);
    expect(plan.style.body.sizePt).toBeGreaterThanOrEqual(9);
    expect(plan.report.summary[0]).toMatch(/^Everything fits on one page at \d+(\.\d)? pt/);
    const data = plan.rows.find((r) => r.id === 'data')!;
    expect(data.items[0]).toMatchObject({ kind: 'note', prefix: 'Notes: ' });
    expect(data.items[0].text).toContain('2% of sessions were bots');
    // An answered question is not asked again on the sheet; the answer is in the notes.
    const system = plan.rows.find((r) => r.id === 'system')!;
    expect(system.items.filter((i) => i.kind === 'question').map((i) => i.text)).not.toContainEqual(
      expect.stringMatching(/draw the system/),
    );
    expect(plan.header.facts.map((f) => f.label)).toEqual(['Key numbers', 'Signals', 'Stories']);
    expect(plan.header.facts[0].text).toContain('3.1% → 3.6%');
  });

  it('a typical project asks each question to prepare whole, shortening its quote rather than its ask', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const questions = planDeepDive(typicalProject(paper)).rows.flatMap((r) =>
        r.items.filter((i) => i.kind === 'question'),
      );
      expect(questions.length).toBeGreaterThan(5);
      for (const q of questions) expect(q.text).toMatch(/\?$/);
      // Some quotes had to give way for that.
      expect(questions.some((q) => q.text.includes('…”'))).toBe(true);
    }
  });

  it('a project at every limit still shows every item, shortened with “…”, at a smaller size, and says so', () => {
    const typical = planDeepDive(typicalProject('letter'));
    const plan = planDeepDive(largeProject('letter'));
    expect(plan.style.body.sizePt).toBeLessThan(typical.style.body.sizePt);
    expect(plan.style.body.sizePt).toBeGreaterThanOrEqual(MIN_BODY_PT);
    expect(plan.report.layers.every((l) => l.shown === l.items)).toBe(true);
    const shortened = plan.report.layers.reduce((sum, l) => sum + l.shortened, 0);
    expect(shortened).toBeGreaterThan(9);
    expect(plan.report.summary[0]).toBe(
      `Everything fits on one page at ${plan.style.body.sizePt} pt; ${shortened} long items end in “…”.`,
    );
    // Long notes end in an ellipsis rather than running on; the title is cut to two lines.
    expect(plan.rows[0].items[0]).toMatchObject({ kind: 'note', shortened: true });
    expect(plan.rows[0].items[0].text.endsWith('…')).toBe(true);
    expect(plan.header.titleLines).toBeLessThanOrEqual(2);
  });

  it('keeps pasted HTML as the literal text it is', () => {
    const plan = planDeepDive(pastedProject('a4'));
    expect(plan.header.title).toBe('<b>Ranking</b> & “Search”');
    const problem = plan.rows.find((r) => r.id === 'problem')!;
    expect(problem.items[0].text).toContain('<img src=x onerror=alert(1)> Users & <sellers>');
    expect(plan.header.facts.find((f) => f.label === 'Stories')!.text).toContain('<script>alert(1)</script>');
  });

  it('names each role once in the header, leaving out one that another role starts with', () => {
    expect(distinctRoles(['Senior ML engineer', 'Senior ML engineer, model owner', 'Senior ML engineer'])).toEqual([
      'Senior ML engineer, model owner',
    ]);
    // A longer word is another role, not the same one said again.
    expect(distinctRoles(['ML lead', 'ML leader', 'Tech lead', ''])).toEqual(['ML lead', 'ML leader', 'Tech lead']);
    const input = typicalProject('a4');
    const [first, second] = input.stories;
    const plan = planDeepDive({
      ...input,
      stories: [
        { ...first, role: 'Senior ML engineer' },
        { ...second, role: 'Senior ML engineer, model owner' },
      ],
    });
    expect(plan.header.subline).toContain('Senior ML engineer, model owner');
    expect(plan.header.subline).not.toMatch(/Senior ML engineer, Senior ML engineer/);
  });
});
