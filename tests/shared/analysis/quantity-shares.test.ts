import { describe, it, expect } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { tokenize } from './helpers';

const kinds = (s: string) => findQuantities(s, tokenize(s)).quantities.map((q) => [q.text, q.kind]);

describe('shares told in words (quantity-shares.ts)', () => {
  it('reads a ratio in digits or words as one share', () => {
    expect(kinds('About 1 in 12 shipments arrived damaged')).toEqual([['1 in 12 shipments', 'ratio']]);
    expect(kinds('Nine out of ten tickets were about billing')).toEqual([['Nine out of ten tickets', 'ratio']]);
    expect(kinds('four in five students handed in homework')).toEqual([['four in five students', 'ratio']]);
  });

  it('leaves a count in a year or a larger first number alone', () => {
    expect(kinds('shipped 3 in 2021').some(([, kind]) => kind === 'ratio')).toBe(false);
    expect(kinds('won 12 in 4 weeks').some(([, kind]) => kind === 'ratio')).toBe(false);
  });

  it('reads a fraction that stands for a count as a share', () => {
    expect(kinds('About a third were duplicate charges')).toEqual([['a third', 'percent']]);
    expect(kinds('Nearly half the failed payouts came from one bank')).toEqual([['half', 'percent']]);
    expect(kinds('Roughly half of the alerts had no owner')).toEqual([['half', 'percent']]);
  });

  it('leaves ordinals, formats, lessons and comparisons alone', () => {
    expect(kinds('Opened a third distribution center')).toEqual([]);
    expect(kinds('Ran half-day workshops for new nurses')).toEqual([]);
    expect(kinds('Half the job was figuring out who owned what')).toEqual([]);
    expect(kinds('which was half of the Polish web at the time')).toEqual([]);
  });

  it('makes a share a metric in a Situation and never a scale', () => {
    const facts = sentenceFacts('About 1 in 20 payouts needed manual intervention.', 'situation');
    expect([facts.hasMetric, facts.hasScale]).toEqual([true, false]);
  });

  it('makes a share that a context verb governs the size of the setting', () => {
    const facts = sentenceFacts('Producer at a regional paper which reaches about one in four households.');
    expect([facts.hasMetric, facts.hasScale]).toEqual([false, true]);
    const clinic = sentenceFacts('Ran intake for a clinic serving 1 in 5 families in the county.');
    expect([clinic.hasMetric, clinic.hasScale]).toEqual([false, true]);
  });

  it('makes the level a growth reached a metric in a Situation, but not a headcount', () => {
    expect(sentenceFacts('Our alerting had grown to over 900 rules.', 'situation').hasMetric).toBe(true);
    // A team that grew to N people tells its size: scale, no metric (as the corpus labels it).
    const team = sentenceFacts('The team eventually expanded to 6 engineers and a designer.');
    expect([team.hasMetric, team.hasScale]).toEqual([false, true]);
    expect(sentenceFacts('The night crew grew to 14 nurses by spring.', 'situation').hasMetric).toBe(false);
  });

  it('makes users reached after "now used by" a metric, a bare "used by" the context', () => {
    expect(sentenceFacts('The holiday service is now used by four other teams.', 'result').hasMetric).toBe(true);
    expect(sentenceFacts('Maintained a billing service used by 3 finance teams.').hasMetric).toBe(false);
  });
});

describe('spans of material gone through (quantity-word-patterns.ts)', () => {
  it('reads "a <unit> of <material>" as the effort it took', () => {
    expect(kinds('I pulled a month of appeals and relabeled them')).toEqual([['a month', 'duration']]);
    expect(kinds('shadowed a week of night shifts')).toEqual([['a week', 'duration']]);
  });

  it('leaves a point in time and a bare unit alone', () => {
    expect(kinds('every day of the week')).toEqual([]);
    expect(kinds('Reviewed expense claims every month')).toEqual([]);
  });
});
