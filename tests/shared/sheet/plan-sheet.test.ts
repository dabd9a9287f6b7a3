import { describe, expect, it } from 'vitest';
import { planSheet, PRIORITY } from '#shared/sheet/plan-sheet';
import {
  BOTTOM_RESERVE_PT,
  MIN_BODY_PT,
  TIERS,
  cardChromePt,
  headerHeightPt,
  loopMapHeightPt,
  pageBox,
  type PaperSize,
} from '#shared/sheet/page-geometry';
import type { SheetInput, SheetPlan, SheetStory } from '#shared/sheet/sheet-types';
import { ELLIPSIS } from '#shared/sheet/text-fit';
import type { Story } from '#shared/domain/schemas';
import { COMPETENCY_NAMES, maxStories, sampleLoop, sampleStories } from './sample-stories';

function input(stories: Story[], paper: PaperSize = 'a4', extra: Partial<SheetInput> = {}): SheetInput {
  return {
    stories,
    paper,
    competencyNames: COMPETENCY_NAMES,
    profile: { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' },
    company: 'Northwind Robotics',
    date: '2025-04-15',
    ...extra,
  };
}

/** Height of a card as planned, from its line counts. */
function cardHeight(plan: SheetPlan, s: SheetStory): number {
  const t = plan.geometry.tier;
  return (
    s.titleLines * t.title.linePt +
    (s.tags.length ? t.meta.linePt : 0) +
    s.cues.reduce((sum, c) => sum + c.lines * t.body.linePt, 0) +
    s.numberLines * t.meta.linePt
  );
}

function plannedHeight(plan: SheetPlan): number {
  const t = plan.geometry.tier;
  let height = headerHeightPt() + loopMapHeightPt(plan.loopMap?.lines ?? 0);
  for (let i = 0; i < plan.stories.length; i += t.columns) {
    height += Math.max(...plan.stories.slice(i, i + t.columns).map((s) => cardHeight(plan, s))) + cardChromePt(t);
  }
  return height;
}

describe('planSheet: budget', () => {
  for (const paper of ['a4', 'letter'] as const) {
    for (const n of [1, 5, 12, 30, 60]) {
      it(`keeps ${n} stories at maximum length within one ${paper} page`, () => {
        const plan = planSheet(input(maxStories(n), paper));
        expect(plannedHeight(plan)).toBeLessThanOrEqual(pageBox(paper).contentHeightPt - BOTTOM_RESERVE_PT + 1e-6);
        expect(plan.stories).toHaveLength(n);
        // The leftover is shared out: the page is used, not left half empty.
        if (n >= 5) expect(plannedHeight(plan)).toBeGreaterThan(pageBox(paper).contentHeightPt * 0.8);
      });
    }
  }

  it('chooses denser tiers as the bank grows, and a smaller font only when the page is full', () => {
    const tiers = [1, 5, 12, 16, 30, 60].map((n) => planSheet(input(sampleStories(n))).geometry.tier.name);
    expect(tiers).toEqual(['roomy', 'comfortable', 'two-column', 'two-column', 'two-column-compact', 'index']);
    // 16 stories of ordinary length keep 8.5 pt with two lines of Action and Result each (7.5 pt before).
    const sixteen = planSheet(input(sampleStories(16), 'letter'));
    expect(sixteen.geometry.tier.body.sizePt).toBeGreaterThanOrEqual(8);
    // Every card gets two lines for each; a cue whose best clause is short may use one of them.
    const twoLines = sixteen.stories.filter((s) =>
      (['action', 'result'] as const).every((f) => s.cues.find((c) => c.field === f)?.lines === 2),
    );
    expect(twoLines.length).toBeGreaterThanOrEqual(14);
    for (const s of sixteen.stories)
      expect(s.cues.map((c) => c.field)).toEqual(expect.arrayContaining(['action', 'result']));
  });

  it('never sets body text below the stated minimum size', () => {
    for (const tier of TIERS) expect(tier.body.sizePt).toBeGreaterThanOrEqual(MIN_BODY_PT);
    expect(planSheet(input(maxStories(90), 'letter')).geometry.tier.body.sizePt).toBe(MIN_BODY_PT);
  });

  it('gives Action and Result a second line before any Situation, Task or Reflection line', () => {
    for (const n of [5, 12, 16, 30]) {
      const plan = planSheet(input(maxStories(n), 'a4'));
      for (const s of plan.stories) {
        const lines = (f: string) => s.cues.find((c) => c.field === f)?.lines ?? 0;
        const others = lines('situation') + lines('task') + lines('reflection');
        if (others > 0) expect(Math.min(lines('action'), lines('result')), `${n} stories`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('uses the page: below six stories, less than 10% of it is left empty', () => {
    for (const n of [3, 5]) {
      const plan = planSheet(input(maxStories(n), 'letter'));
      expect(plannedHeight(plan)).toBeGreaterThan(pageBox('letter').contentHeightPt * 0.9);
    }
  });

  it('gives every card in a tier the same text width (fixed table layout)', () => {
    const plan = planSheet(input(sampleStories(12), 'letter'));
    expect(plan.geometry.tier.columns).toBe(2);
    expect(plan.geometry.contentWidthPt).toBeCloseTo(612 - 72);
  });
});

describe('planSheet: what is cut, and in which order', () => {
  it('drops reflection first, then task, then situation, then action; never a higher-priority field before a lower one', () => {
    for (const n of [1, 5, 12, 20, 30, 45, 60]) {
      const plan = planSheet(input(maxStories(n), 'letter'));
      for (const story of plan.report.stories) {
        const statuses = PRIORITY.map((f) => story.fields.find((x) => x.field === f)!.status).filter(
          (s) => s !== 'empty',
        );
        const firstOmitted = statuses.indexOf('omitted');
        if (firstOmitted >= 0) expect(statuses.slice(firstOmitted).every((s) => s === 'omitted')).toBe(true);
      }
    }
  });

  it('keeps all five cues for a few stories and falls back to titles and numbers for a very large bank', () => {
    expect(planSheet(input(sampleStories(5))).report.mode).toBe('full');
    // 90 long stories: the even share holds a title and a line of numbers; leftover lines go to the first few Results.
    const big = planSheet(input(maxStories(90), 'letter'));
    expect(big.report.mode).toBe('compact');
    const bare = big.stories.filter((s) => s.cues.length === 0);
    expect(bare.length).toBeGreaterThan(big.stories.length * 0.9);
    expect(big.stories.every((s) => s.title.length > 0 && s.numbers.length > 0)).toBe(true);
    expect(big.report.summary.some((line) => /^Reflection cue left out for \d+ of \d+ stories\.$/.test(line))).toBe(
      true,
    );
  });

  it('leaves stories out, and says which, when not even titles fit', () => {
    const plan = planSheet(input(sampleStories(400), 'letter'));
    expect(plan.stories.length).toBeLessThan(400);
    expect(plan.stories.length + plan.report.omittedStories.length).toBe(400);
    expect(plan.report.omittedStories[0].id).toBe(sampleStories(400)[plan.stories.length].id);
    expect(plan.report.summary[0]).toMatch(
      new RegExp(`^\\d+ of 400 stories did not fit on one page at the smallest readable size \\(${MIN_BODY_PT} pt\\)`),
    );
    expect(plan.report.summary[0]).toContain(plan.report.omittedStories[0].title);
    // The header counts the stories on the page, not the ones chosen.
    expect(plan.header.subline).toContain(`${plan.stories.length} of 400 stories`);
    expect(planSheet(input(sampleStories(5))).header.subline).toMatch(/(^|·\s+)5 stories$/);
  });

  it('reports shortened titles and cues with the characters kept, and lists numbers left out', () => {
    const plan = planSheet(input(maxStories(30), 'letter'));
    const story = plan.report.stories[0];
    const title = story.fields.find((f) => f.field === 'title')!;
    expect(title.status).toBe('shortened');
    expect(title.totalChars).toBe(200);
    expect(plan.stories[0].title.endsWith(ELLIPSIS)).toBe(true);
    expect(title.shownChars).toBe(plan.stories[0].title.length - 1);
    const result = story.fields.find((f) => f.field === 'result')!;
    expect(result.status).toBe('shortened');
    expect(result.totalChars).toBeGreaterThan(19_000);
    const numbers = story.fields.find((f) => f.field === 'numbers')!;
    for (const v of numbers.omittedValues ?? []) expect(plan.stories[0].numbers).not.toContain(v);
  });

  it('marks a cue full when the whole section fits', () => {
    const plan = planSheet(input(sampleStories(1)));
    const reflection = plan.report.stories[0].fields.find((f) => f.field === 'reflection')!;
    expect(reflection).toMatchObject({ status: 'full', shownChars: reflection.totalChars });
    expect(plan.stories[0].cues.map((c) => c.label)).toEqual(['S', 'T', 'A', 'R', 'L']);
  });

  it('reports empty sections as empty, not as cut', () => {
    const [story] = sampleStories(1);
    const plan = planSheet(input([{ ...story, reflection: '', task: '  ' }]));
    const status = (f: string) => plan.report.stories[0].fields.find((x) => x.field === f)!.status;
    expect(status('reflection')).toBe('empty');
    expect(status('task')).toBe('empty');
    expect(plan.report.mode).toBe('full');
  });

  it('shows a Result that fits as written, and says how much of a shortened one is kept', () => {
    const [story] = sampleStories(1);
    const plan = planSheet(input([{ ...story, result: 'It went well overall. Latency fell 40% for 2M users.' }]));
    expect(plan.stories[0].cues.find((c) => c.field === 'result')!.text).toBe(
      'It went well overall. Latency fell 40% for 2M\u00a0users.',
    );
    const dense = planSheet(input(maxStories(30), 'a4'));
    const result = dense.report.stories[0].fields.find((f) => f.field === 'result')!;
    expect(result).toMatchObject({ status: 'shortened', shortening: expect.stringMatching(/clauses|words/) });
    expect(
      dense.report.summary.some((l) => /^Result cue shortened for \d+ of 30 stories, \d+% of its text kept \(/.test(l)),
    ).toBe(true);
  });

  it('lists each key number once: not again on its own when it is one side of a before → after change', () => {
    const [story] = sampleStories(1);
    const plan = planSheet(
      input([
        {
          ...story,
          situation: 'Hosting cost $180K a quarter.',
          result: 'Hosting fell from $180K to $95K a quarter; the $180,000 line item is gone.',
        },
      ]),
    );
    const numbers = plan.stories[0].numbers;
    expect(numbers).toContain('$180K → $95K');
    expect(numbers.filter((n) => /180/.test(n))).toHaveLength(1);
  });
});

describe('planSheet: header and loop', () => {
  it('prints name, role, company, date and count', () => {
    const plan = planSheet(input(sampleStories(3)));
    expect(plan.header.name).toBe('Dana Whitfield');
    expect(plan.header.subline).toBe('Senior ML Engineer   ·   Northwind Robotics   ·   15 April 2025   ·   3 stories');
  });

  it('orders stories by round and maps rounds to story numbers', () => {
    const stories = sampleStories(6);
    const loop = sampleLoop(stories, 3);
    const plan = planSheet(input(stories, 'a4', { company: undefined, date: undefined, loop }));
    expect(plan.stories.map((s) => s.id)).toEqual([...stories].reverse().map((s) => s.id));
    expect(plan.loopMap!.entries).toEqual([
      { round: 'Hiring manager', stories: '1, 2' },
      { round: 'ML system design', stories: '3, 4' },
      { round: 'Behavioral / leadership', stories: '5, 6' },
    ]);
    expect(plan.header.subline).toContain('Northwind Robotics');
    expect(plan.header.subline).toContain('15 April 2025');
  });

  it('prints full competency names when they fit, shortened ones when not, and unknown ids as they are', () => {
    const [story] = sampleStories(1);
    const plan = planSheet(input([{ ...story, competencies: ['ml.influence', 'custom.thing'] }]));
    expect(plan.stories[0].tags).toEqual(['Influence without authority', 'custom.thing']);
    const many = sampleStories(16).map((s) => ({ ...s, competencies: Object.keys(COMPETENCY_NAMES) }));
    const tags = planSheet(input(many)).stories[0].tags;
    expect(tags.some((t) => t.endsWith(ELLIPSIS)) || tags.length < 8).toBe(true);
    // Shortened at a word: what is left is the start of a competency name, ending on a whole word.
    for (const t of tags.filter((x) => x.endsWith(ELLIPSIS)))
      expect(Object.values(COMPETENCY_NAMES).some((name) => name.startsWith(t.slice(0, -1) + ' '))).toBe(true);
  });
});
