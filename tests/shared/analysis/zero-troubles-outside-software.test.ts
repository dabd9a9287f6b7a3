// Counts of none of troubles outside software (outcome-nouns.ts NEGATED_PROBLEMS): accidents,
// collisions, discrepancies, objections and penalties counted as none are a zero count — a metric
// and an outcome (RUBRIC.md zero counts), as "no incidents" already was. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const facts = (text: string) => sentenceFacts(text);

describe('troubles of drivers, pharmacies, planners and inspections counted as none', () => {
  it('reads "no" before the trouble, with a modifier between', () => {
    expect(facts('Drove the school run for six years with no accidents').hasOutcome).toBe(true);
    expect(facts('Moved stock checks to twice daily; no till discrepancies since').hasOutcome).toBe(true);
    expect(facts('Forklift lead, 4 years — no reportable collisions').hasOutcome).toBe(true);
    expect(facts('The extension was approved with no objections from the parish council').hasOutcome).toBe(true);
    expect(facts('Passed the VAT inspection with no penalties for the second year').hasMetric).toBe(true);
  });

  it('leaves the trouble named with no count of none', () => {
    expect(facts('Accident and emergency nurse').hasOutcome).toBe(false);
    expect(facts('Handled objections from prospects on every call').hasOutcome).toBe(false);
    expect(facts('Reviewed penalty notices for the fleet').hasOutcome).toBe(false);
  });
});

describe('a trouble’s label with a value of none', () => {
  it('reads "label: 0/zero/none" when the label names a trouble', () => {
    expect(facts('Voluntary turnover: 0 in my two years as manager').hasOutcome).toBe(true);
    expect(facts('Moved the ward to barcode scanning; wrong-patient errors since: zero.').hasOutcome).toBe(true);
    expect(facts('Late deliveries after the re-route: none').hasMetric).toBe(true);
  });

  it('leaves a field left empty and a value that is not none', () => {
    expect(facts('Budget: 0').hasOutcome).toBe(false);
    expect(facts('Dependencies: none').hasOutcome).toBe(false);
    expect(facts('Late deliveries: 14 in March').hasOutcome).toBe(false);
  });
});
