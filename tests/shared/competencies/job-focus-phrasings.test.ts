// The one-line asks of tests/fixtures/job-descriptions/phrasings.json (our own, labeled before their phrases
// were added): how many the extractor reads as labeled, floored at the figure reached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJobFocus, presetFramework } from '#shared/competencies/index';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';

interface Phrasing {
  text: string;
  expected: string[];
}
const { lines, generic, s18, s19, s19b, s19c, s20, s21, s22 } = JSON.parse(
  readFileSync(join(JOB_DESCRIPTIONS_DIR, 'phrasings.json'), 'utf8'),
) as {
  lines: Phrasing[];
  generic: Phrasing[];
  /** Session 18's lines for batch 4's kinds of error, labeled for both frameworks. */
  s18: { text: string; ml: string[]; generic: string[] }[];
  /** Session 19's lines for the kinds of error of fresh-jobs-1 and batch 6 (ERROR-KINDS-S19.md). */
  s19: { text: string; ml: string[]; generic: string[] }[];
  /** Session 19's later lines, written afresh for every competency. */
  s19b: { text: string; ml: string[]; generic: string[] }[];
  /** Session 19's requirement lines in the shapes ads use for the person ("You …", "Proven track record of …"). */
  s19c: { text: string; ml: string[]; generic: string[] }[];
  /** Session 20's lines for the kinds of error of four sets (ERROR-KINDS-S20.md), hard negatives included. */
  s20: { text: string; ml: string[]; generic: string[] }[];
  /** Session 21's lines for fresh-jobs-3's and batch 10's kinds of error; every other line is aside. */
  s21: { text: string; ml: string[]; generic: string[]; set: 'tuning' | 'aside' }[];
  /** Session 22's lines for the shapes of batch 11 and fresh-jobs-4 (particles, counts, "yours"); every other aside. */
  s22: { text: string; ml: string[]; generic: string[]; set: 'tuning' | 'aside' }[];
};
const ml = presetFramework('senior-ml-engineer')!;
const read = (line: Phrasing, framework = ml) =>
  extractJobFocus(`Responsibilities\n- ${line.text}`, framework)
    .competencies.map((c) => c.id)
    .sort();
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());

describe('one-line asks in the words real ads use', () => {
  it('reads at least 38 of the 40 as labeled', () => {
    expect(lines).toHaveLength(40);
    const right = lines.filter((l) => same(read(l), l.expected));
    expect(right.length).toBeGreaterThanOrEqual(38);
  });

  it('reads at least 14 of the 15 lines labeled for the Senior / staff framework', () => {
    const framework = presetFramework('generic-senior-staff')!;
    expect(generic).toHaveLength(15);
    expect(generic.filter((l) => same(read(l, framework), l.expected)).length).toBeGreaterThanOrEqual(14);
  });

  it("reads all 42 of session 18's lines as labeled, in each framework", () => {
    const framework = presetFramework('generic-senior-staff')!;
    expect(s18).toHaveLength(42);
    expect(s18.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBe(42);
    expect(
      s18.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
    ).toBeGreaterThanOrEqual(41);
  });

  it("reads session 19's lines as labeled: at least 52 of 52 (Senior ML engineer), 49 (Senior / staff)", () => {
    const framework = presetFramework('generic-senior-staff')!;
    expect(s19).toHaveLength(52);
    expect(s19.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBeGreaterThanOrEqual(52);
    expect(
      s19.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
    ).toBeGreaterThanOrEqual(49);
  });

  it("reads session 19's later lines as labeled: at least 48 of 50 in each framework", () => {
    const framework = presetFramework('generic-senior-staff')!;
    expect(s19b).toHaveLength(50);
    expect(s19b.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBeGreaterThanOrEqual(48);
    expect(
      s19b.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
    ).toBeGreaterThanOrEqual(48);
  });

  it("reads session 19's requirement lines as labeled: at least 39 of 42 (Senior ML engineer), 37 (Senior / staff)", () => {
    const framework = presetFramework('generic-senior-staff')!;
    expect(s19c).toHaveLength(42);
    expect(s19c.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBeGreaterThanOrEqual(39);
    expect(
      s19c.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
    ).toBeGreaterThanOrEqual(37);
  });

  it("reads session 20's lines as labeled: at least 42 of 48 (Senior ML engineer), 41 (Senior / staff)", () => {
    const framework = presetFramework('generic-senior-staff')!;
    expect(s20).toHaveLength(48);
    expect(s20.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBeGreaterThanOrEqual(42);
    expect(
      s20.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
    ).toBeGreaterThanOrEqual(41);
  });

  it("reads session 21's lines as labeled: at least 21 of 24 in each half (ML), 20 (Senior / staff)", () => {
    const framework = presetFramework('generic-senior-staff')!;
    for (const set of ['tuning', 'aside'] as const) {
      const half = s21.filter((l) => l.set === set);
      expect(half).toHaveLength(24);
      expect(half.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBeGreaterThanOrEqual(21);
      expect(
        half.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
      ).toBeGreaterThanOrEqual(20);
    }
  });

  it("reads session 22's lines as labeled, per half and framework, above the floor reached", () => {
    const framework = presetFramework('generic-senior-staff')!;
    const floors = { tuning: { ml: 28, generic: 27 }, aside: { ml: 25, generic: 24 } };
    for (const set of ['tuning', 'aside'] as const) {
      const half = s22.filter((l) => l.set === set);
      expect(half).toHaveLength(set === 'tuning' ? 30 : 28);
      expect(half.filter((l) => same(read({ text: l.text, expected: l.ml }), l.ml)).length).toBeGreaterThanOrEqual(
        floors[set].ml,
      );
      expect(
        half.filter((l) => same(read({ text: l.text, expected: l.generic }, framework), l.generic)).length,
      ).toBeGreaterThanOrEqual(floors[set].generic);
    }
  });

  it('asks for nothing on a line that asks for nothing but a tool, a method or a perk', () => {
    const none = lines.filter((l) => l.expected.length === 0 && !/high-impact/.test(l.text));
    expect(none.length).toBeGreaterThan(5);
    for (const line of none) expect(read(line)).toEqual([]);
  });
});
