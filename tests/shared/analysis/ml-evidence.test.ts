import { describe, it, expect } from 'vitest';
import { findMlTerms, isMlMetricToken } from '#shared/analysis/rules/quantity/ml-evidence';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { hasMetric } from '#shared/analysis/rules/quantity/metrics';
import { flagString, tokenize } from './helpers';

describe('ML vocabulary as evidence', () => {
  it('recognizes metric names, percentiles and two-word terms', () => {
    const terms = findMlTerms(
      tokenize('Cut p99 latency and MTTR, raised recall and the click-through rate, in 300 GPU hours'),
    ).map((t) => t.term);
    expect(terms).toEqual(['p99', 'latency', 'mttr', 'recall', 'gpu hours']);
    expect(isMlMetricToken('p95')).toBe(true);
    expect(isMlMetricToken('python')).toBe(false);
  });

  it('keeps a number next to an upper-case metric name ("AUC 0.87", "CTR 2.1%")', () => {
    for (const s of ['Lifted AUC 0.87 on the holdout', 'CTR 2.1% in the test']) {
      expect(hasMetric(findQuantities(s, tokenize(s)).quantities)).toBe(true);
    }
  });

  it('counts model and dataset sizes as scale', () => {
    expect(flagString('Fine-tuned a model with 7B parameters on 40M examples')).toMatch(/^..S/);
  });

  it('treats a change in an ML metric as an outcome', () => {
    expect(flagString('Precision improved and latency dropped')).toMatch(/O$/);
    expect(flagString('Lowered MTTR for the search team')).toMatch(/O$/);
  });
});
