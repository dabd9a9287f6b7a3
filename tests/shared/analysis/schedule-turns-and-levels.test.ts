// Numbers of a schedule or a setting, no metric (RUBRIC.md: configuration values, deadlines; RUBRIC-NOTES
// "Effort spans": a schedule is not): the turn of a rota (quantity-rota-turns.ts), a notice period
// (quantity-allowance.ts) and the level a rule fires at (quantity-thresholds.ts). Sentences written for
// this test; each shape has its near miss that keeps its metric.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { isMetricQuantity } from '#shared/analysis/rules/quantity/metrics';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { tokenize } from './helpers';

const metrics = (s: string) =>
  findQuantities(s, tokenize(s))
    .quantities.filter(isMetricQuantity)
    .map((q) => q.text);
const facts = (s: string, section?: 'situation' | 'action') => sentenceFacts(s, section);

describe('the turn of a rota', () => {
  it('reads "N <unit> in M", "N in M <unit>" and "N on N off" as a schedule', () => {
    expect(metrics('Out-of-hours cover for the wards, one weekend in five')).toEqual([]);
    expect(metrics('Second-line support for the billing API (1 week in 8)')).toEqual([]);
    expect(metrics('pager duty for the search cluster, 1 in 4 weeks')).toEqual([]);
    expect(metrics('Rota: 3 on 3 off, nights only')).toEqual([]);
    expect(metrics('Worked 2 nights on, 2 nights off at the depot')).toEqual([]);
  });

  it('keeps the claim of a duty line in a table row', () => {
    const f = facts('On-call for ~150 batch jobs (1 week in 4) | |');
    expect(f.isClaim).toBe(true);
    expect(f.hasMetric).toBe(false);
    expect(f.hasScale).toBe(true);
  });

  it('keeps counts of things in a period and shares of things', () => {
    expect(metrics('Closed 4 audits in 3 weeks')).toContain('4 audits');
    expect(metrics('About 1 in 15 parcels went to the wrong depot')).toEqual(['1 in 15 parcels']);
    const places = findQuantities('Covered six weeks in 9 branches', tokenize('Covered six weeks in 9 branches'));
    expect(places.excluded.some((e) => e.reason === 'config')).toBe(false);
  });
});

describe('a notice period', () => {
  it('reads the time left before an announced change as a deadline', () => {
    expect(metrics("The landlord gave us eight weeks' notice to leave the unit.")).toEqual([]);
    expect(metrics('our courier gave 30 days notice of the price rise')).toEqual([]);
  });

  it('keeps the time the work took', () => {
    expect(metrics('Moved the whole stockroom in eight weeks.')).toEqual(['eight weeks']);
  });
});

describe('the level a rule fires at', () => {
  it('reads a level after "at" in a phrase headed by a rule noun as a setting', () => {
    expect(facts('added an alarm on freezer temperature at about 90%', 'action').hasMetric).toBe(false);
    expect(metrics('Set the disk threshold at 85% on every node')).toEqual([]);
  });

  it('keeps a level reached, and a rule word that heads no phrase', () => {
    expect(metrics('Held disk usage at 55% after the archive job')).toEqual(['55%']);
    expect(metrics('Alerts fell at 70% of the stores')).toEqual(['70%']);
    expect(metrics('Page load at 40% of branches dropped by 2 s')).toContain('40%');
  });
});
