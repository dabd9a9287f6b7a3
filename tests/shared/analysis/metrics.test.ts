import { describe, it, expect } from 'vitest';
import { findQuantities } from '../../../shared/analysis/rules/quantities';
import { hasMetric } from '../../../shared/analysis/rules/metrics';
import { tokenize } from './helpers';

const metric = (s: string) => hasMetric(findQuantities(s, tokenize(s)).quantities);

describe('metrics', () => {
  it('counts measures of result, change and effort', () => {
    expect(metric('Cut churn by 4 points, from 11% to 7%')).toBe(true);
    expect(metric('Saved $300k a year')).toBe(true);
    expect(metric('Built it in three sprints')).toBe(true);
    expect(metric('Shipped 14 releases')).toBe(true);
    expect(metric('Throughput tripled')).toBe(true);
    expect(metric('Placed 3rd of 200 teams')).toBe(false); // ordinal: not parsed as a count
    expect(metric('Finished in the top 10 of 1,200 entrants')).toBe(true);
    expect(metric('Reached AUC 0.91')).toBe(true);
  });

  it('does not count context sizes unless they changed or are the result', () => {
    expect(metric('Serving 2M users')).toBe(false);
    expect(metric('Led a team of 6')).toBe(false);
    expect(metric('Grew the team from 4 to 15 engineers')).toBe(true);
    expect(metric('Processed 20,000 invoices')).toBe(true);
    expect(metric('Reached 5 million downloads')).toBe(true);
  });

  it('does not count years, versions or names', () => {
    expect(metric('Migrated to Python 3 in 2021 on EC2')).toBe(false);
    expect(metric('Became a Fortune 500 supplier')).toBe(false);
  });
});
