// A change told with a separable phrasal verb, read by the particle's place in the clause.
// Sentences written for this test (none is a row of a labeled set).
import { describe, it, expect } from 'vitest';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from './helpers';

const has = (s: string) => findOutcomeCues(tokenize(s)).length > 0;

describe('changes told with a verb and its particle', () => {
  it('reads "down" after the object as a measure lowered, whatever the object', () => {
    expect(has('Brought the cleaning bill down by switching suppliers')).toBe(true);
    expect(has('We got the queue of unread referrals down over the summer')).toBe(true);
    expect(has('Knocked the reopen count down with a better first reply')).toBe(true);
    expect(has('Held the overtime bill down through flu season')).toBe(true);
    expect(has('Cut it back once the new rota settled')).toBe(true);
  });

  it('reads "up", or a particle before its object, only with a measure', () => {
    expect(has('Pushed retention up with a second onboarding email')).toBe(true);
    expect(has('Drove down the rework rate on the packing line')).toBe(true);
    expect(has('I brought up the rota gap with my manager')).toBe(false);
    expect(has('Dialed up logging on the card service')).toBe(false);
    expect(has('Held up the release until the fix landed')).toBe(false);
  });

  it('reads a particle sending the object to a place as motion', () => {
    expect(has('Pushed approvals down to the shift leads')).toBe(false);
    expect(has('Pushed ownership down into the squads')).toBe(false);
    expect(has('Got the p95 down to 300 ms on the search page')).toBe(true);
  });

  it('reads "back" alone as a delay or a return, and money clawed back as an outcome', () => {
    expect(has('We pushed the go-live back after the audit')).toBe(false);
    expect(has('Got back to every family within the day')).toBe(false);
    expect(has('Clawed back $12k of double-billed freight')).toBe(true);
    expect(has('Got the nightly build back under twenty minutes')).toBe(true);
  });

  it('reads "around" only with the object between verb and particle', () => {
    expect(has('Turned the Bristol store around in a year')).toBe(true);
    expect(has('Brought the sceptical charge nurses round')).toBe(true);
    expect(has('Turned around lab requests the same day')).toBe(false);
  });

  it('reads a refusal, a setting or a level with no measure as no change', () => {
    expect(has('Turned the vendor offer down')).toBe(false);
    expect(has('Kept the parents evening under two hours')).toBe(false);
    expect(has('Kept p99 latency below 250 ms during the sale')).toBe(true);
  });
});
