// A count of none told by a negative pronoun or partitive subject (zero-subject.ts): a metric and an
// outcome (RUBRIC.md zero counts) when the verb tells an event and a period goes with it; the setup
// when it does not. Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'situation' | 'task' | 'action' | 'result' | 'reflection';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, metric: f.hasMetric, outcome: f.hasOutcome };
};
const counted = { claim: true, metric: true, outcome: true };

describe('a count of none with a negative subject', () => {
  it('reads "nobody / no one / none of … / nothing" with an event verb and a period', () => {
    expect(flags('Nobody on the night team handed in their notice that spring.', 'result')).toEqual(counted);
    expect(flags('No one in the choir missed a rehearsal over the summer.', 'result')).toEqual(counted);
    expect(flags('None of the twelve franchisees dropped out during the first year.', 'result')).toEqual(counted);
    expect(flags('Nothing has gone missing from the stock room since October.', 'result')).toEqual(counted);
    expect(flags('Not one of the new drivers was late in the first quarter.', 'result')).toEqual(counted);
  });

  it('reads a period that opens the sentence, an objectless "since", and a subject after a comma', () => {
    expect(flags('That whole winter nobody on the estate was left without heating.', 'result')).toEqual(counted);
    expect(flags('None of the tenants has complained about the lifts since.', 'result')).toEqual(counted);
    expect(flags('The audit came back clean, and no one was written up in March.', 'result').metric).toBe(true);
  });

  it('reads the elliptical "none since" after a count', () => {
    expect(flags('Two missed pickups in the first week, none since.', 'result')).toEqual(counted);
  });

  it('leaves a state of the setup, a verb of knowing, owning or suiting, and a none with no period', () => {
    for (const [text, section] of [
      ['Nobody could say where the old figures came from.', 'situation'],
      ['None of the quotes we got fit the budget.', 'action'],
      ['No one owned the shared inbox that year.', 'situation'],
      ['Nobody used the old booking sheet during the pilot.', 'action'],
      ['Nobody knew the stock levels that month.', 'result'],
      ['None of the vendors we called in March could start before summer.', 'action'],
      ['I told nobody about the change that week.', 'action'],
      // A habit ended is a state, not a count of none over a period.
      ['Nobody gets woken for the overnight batch anymore.', 'result'],
    ] as const)
      expect(flags(text, section).metric, text).toBe(false);
  });

  it('keeps a count of none in the setup no claim and no outcome', () => {
    expect(flags('Nobody had opened the cellar door in two years.', 'situation').outcome).toBe(false);
  });
});

describe('a count of none with "no" or "not a single" and a noun as the subject', () => {
  it('reads the noun subject as "nobody" is read: an event verb with a period', () => {
    expect(flags('No lost parcel has been reported by the depots since the new scanners.', 'result')).toEqual(counted);
    expect(flags('No supplier has shorted us since we moved the order day.', 'result')).toEqual(counted);
    expect(flags('Not a single invoice was paid twice in the first quarter.', 'result')).toEqual(counted);
  });

  it('leaves the background, a state and a noun subject with no period', () => {
    // A past perfect tells the setup; "met" with no period and "complained" without one count nothing.
    expect(flags('No engineer had touched the billing config since 2019.', 'situation').metric).toBe(false);
    expect(flags('No vendor met all of our requirements.', 'action').metric).toBe(false);
    expect(flags('No customer has complained about the new form.', 'result').metric).toBe(false);
  });
});

describe('a count of none told with a negated perfect and no object', () => {
  it('reads a trouble verb with no object before the time after the work', () => {
    expect(flags("The boiler hasn't broken down once in the two winters since.", 'result')).toEqual(counted);
    expect(flags('It has not recurred since we moved the cut-off.', 'result')).toEqual(counted);
    expect(flags("hasn't failed again since the rebuild")).toEqual(counted);
  });

  it('reads a perfect of going into a trouble state with the period after it', () => {
    expect(flags("the bakery hasn't run short on a friday since june", 'result')).toEqual(counted);
    expect(flags("The booking site hasn't gone down since the move to the new host.", 'result')).toEqual(counted);
    // No period: a state, not a count.
    expect(flags("The bakery hasn't run short.", 'result').metric).toBe(false);
  });

  it('leaves a lack of change and the writer alone', () => {
    expect(flags("Sales haven't grown since the spring.", 'result').metric).toBe(false);
    expect(flags("I haven't failed a kitchen inspection since.", 'result').outcome).toBe(false);
  });
});
