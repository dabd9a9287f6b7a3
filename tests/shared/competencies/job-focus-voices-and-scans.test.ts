// A scan's letter pairs, the team's own duty told with "we", and a role section under a heading no list names; each
// with the near miss that must stay as it was. The lines are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus, presetFramework } from '#shared/competencies/index';
import { letterPairReadings } from '#shared/competencies/job-focus/ocr-letter-pairs';

const ml = presetFramework('senior-ml-engineer')!;
const ids = (text: string) =>
  extractJobFocus(text, ml)
    .competencies.map((c) => c.id)
    .sort();

describe("a scan's letter pairs", () => {
  const known = (w: string) => ['communication', 'the', 'with', 'ship', 'down', 'team'].includes(w);
  it('reads rn, li, vv and cl as the letter they stand for when the reading is a known word', () => {
    const read = letterPairReadings(['Good', 'comrnunication', 'witli', 'Tlie', 'tearn'], known);
    expect(Object.fromEntries(read)).toEqual({
      comrnunication: 'communication',
      witli: 'with',
      tlie: 'the',
      tearn: 'team',
    });
  });
  it('reads nothing from one odd word alone, a known word, a real word, or a reading no word', () => {
    expect(letterPairReadings(['comrnunication', 'Kernel'], known).size).toBe(0);
    const read = letterPairReadings(['witli', 'Tlie', 'slipping', 'clown', 'Burnley'], known);
    expect([...read.keys()].sort()).toEqual(['tlie', 'witli']);
  });
  it('finds competencies through the mended words, quoting the text as written', () => {
    const text =
      'Tlie role:\n- Work closely witli the boatyard and the harbour authority\n- Clear cornmunication on the radio';
    const focus = extractJobFocus(text, ml);
    expect(focus.competencies.map((c) => c.id).sort()).toEqual(['ml.collaboration', 'ml.communication']);
    const quoted = focus.competencies.flatMap((c) => c.evidence.map((e) => text.slice(e.start, e.end)));
    expect(quoted).toContain('cornmunication');
  });
  it('leaves a clean ad with one such word as it is', () => {
    expect(ids('Responsibilities\n- Keep the schedule from slipping\n- Present findings to Burnley council')).toEqual([
      'ml.communication',
    ]);
  });
});

describe('the team\'s own duty told with "we"', () => {
  it('is asked of the hire, before any heading too', () => {
    expect(ids("Senior engineer, payments. We're all on call one week in six, with a secondary.")).toContain(
      'ml.production-reliability',
    );
    expect(ids('Platform engineer. We share the on-call pager between four of us.')).toContain(
      'ml.production-reliability',
    );
  });
  it('is not when the company describes what it sells', () => {
    expect(ids('Platform engineer. We provide on-call support to 300 clinics.')).not.toContain(
      'ml.production-reliability',
    );
  });
});

describe('a heading no section list names', () => {
  const ad = (heading: string, line: string) =>
    `About Brightwell\nBrightwell makes scheduling tools for dentists.\n\n${heading}\n${line}\n\nBenefits\nA learning budget.`;
  it("starts the role's section when the line under it speaks to the hire", () => {
    expect(ids(ad('Your week', "When a release goes out, you'll watch it and roll it back if it slips."))).toContain(
      'ml.production-reliability',
    );
  });
  it('does not when the line under it speaks of the company', () => {
    expect(
      ids(ad('Our week', 'Every release goes out on Tuesday and the team rolls it back if it slips.')),
    ).not.toContain('ml.production-reliability');
  });
});
