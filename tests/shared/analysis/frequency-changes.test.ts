// A schedule told as a change (RUBRIC-NOTES): a before → after of frequencies with no figure is no
// metric; a process made more often is an outcome; less often, or a meeting's schedule, is a bare action.
import { describe, it, expect } from 'vitest';
import { frequencyAt } from '#shared/analysis/rules/outcomes/frequency-changes';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { tokenize } from './helpers';

const words = (s: string) => tokenize(s).filter((t) => t.kind !== 'symbol');
const rate = (s: string) => frequencyAt(words(s), 0)?.rate;

describe('frequencies read by their shape', () => {
  it('gives how often a year each shape happens', () => {
    expect(rate('weekly')).toBe(52);
    expect(rate('once a term')).toBe(3);
    expect(rate('twice per month')).toBe(24);
    expect(rate('several times a day')).toBe(3 * 365);
    expect(rate('every two weeks')).toBe(26);
    expect(rate('every shift')).toBe(1095);
    expect(rate('on demand')).toBe(Number.POSITIVE_INFINITY);
    expect(rate('on every merge')).toBe(Number.POSITIVE_INFINITY);
  });

  it('reads no frequency in a plain word or a period with no frequency', () => {
    expect(rate('week')).toBeUndefined();
    expect(rate('once')).toBeUndefined();
    expect(rate('every team')).toBeUndefined();
  });
});

describe('a process made more often', () => {
  it('is an outcome with no metric', () => {
    for (const [text, section] of [
      ['Deploys went from fortnightly to several times a day.', 'result'],
      ['Took payroll reconciliation from a monthly scramble to a daily check.', undefined],
      ['Brought price updates from a weekly batch to real time.', undefined],
      ['Falls-risk reviews went from weekly to every shift.', 'result'],
    ] as const) {
      const facts = sentenceFacts(text, section);
      expect(facts.hasOutcome, text).toBe(true);
      expect(facts.hasMetric, text).toBe(false);
    }
  });

  it('is no outcome made less often, for a meeting, as a goal or in a Situation', () => {
    for (const [text, section] of [
      ['Moved the vendor reviews from monthly to quarterly.', undefined],
      ['I moved our team sync from weekly to twice a week.', 'action'],
      ['My goal was to take releases from monthly to weekly.', 'task'],
      ['Releases went from quarterly to monthly that year.', 'situation'],
    ] as const)
      expect(sentenceFacts(text, section).hasOutcome, text).toBe(false);
  });
});
