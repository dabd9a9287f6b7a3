// Number roles in the language of work outside software (nursing, teaching, retail, logistics, public
// service). Every sentence here was written for these tests; none is a row of a labeled set.
import { describe, it, expect } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantities';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import type { StorySection } from '#shared/analysis/domain-types';
import { tokenize } from './helpers';

const roles = (s: string, section?: StorySection) => {
  const f = sentenceFacts(s, section);
  return { metric: f.hasMetric, scale: f.hasScale };
};
const reached = (s: string) => findQuantities(s, tokenize(s)).quantities.some((q) => q.reached);

describe('the base a piece of work reached (quantity-subjects.ts)', () => {
  it('reads the agent of a passive take-up verb as metric and scale, past a determiner', () => {
    expect(roles('Rewrote the stock-count sheet, adopted by all six branch managers')).toEqual({
      metric: true,
      scale: true,
    });
    expect(roles('The checklist was later copied by the two other surgical wards.', 'result')).toEqual({
      metric: true,
      scale: true,
    });
    expect(roles('My intake form is now used by all 12 parish offices.', 'result')).toEqual({
      metric: true,
      scale: true,
    });
  });

  it('leaves a bare "used by", another passive agent and a counted subject alone', () => {
    expect(roles('Maintained a rota tool used by 4 depots.').metric).toBe(false);
    expect(reached('The plan was signed by all five governors.')).toBe(false);
    expect(reached('Five of the last eight deliveries had been rolled back.')).toBe(false);
  });
});
