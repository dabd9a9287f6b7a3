// Session 28 (signals): a bare department name as the party ("eng estimated …", "design wasn't happy", "with
// finance every month") and people named only as a resource the work lacked ("with no extra pharmacist time").
// Classes read on fresh-stories-20 (the newest spent writer); every sentence here was written for the test, in
// several voices, and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 28: a bare department as the subject of what people do (cross-functional.ts, departmentActs)', () => {
  it('reads an abbreviated or spelled-out engineering department estimating or agreeing', () => {
    expect(shows('eng estimated three weeks for the new importer.', 'cross-functional')).toBe(true);
    expect(shows('Engineering quoted a full quarter for the rewrite, so we cut scope.', 'cross-functional')).toBe(true);
    expect(shows('after the demo, eng agreed to pick it up in March.', 'cross-functional')).toBe(true);
  });

  it("reads a department's stance after its copula, negated or not", () => {
    expect(shows("design wasn't happy with the copy, so I reworked it with them.", 'cross-functional')).toBe(true);
    expect(shows('Security were sceptical about the new login flow.', 'cross-functional')).toBe(true);
    expect(shows('The rollout slipped because legal was not keen on the wording.', 'cross-functional')).toBe(true);
  });

  it('reads a department after "with" followed by a time adverbial', () => {
    expect(shows('I now go through the forecast with finance every quarter.', 'cross-functional')).toBe(true);
    expect(shows('We went through the new clauses with legal weekly.', 'cross-functional')).toBe(true);
    // "support" is as often a common noun: only its clause-opening subject use counts.
    expect(shows('We reviewed the backlog with support weekly.', 'cross-functional')).toBe(false);
  });

  it('leaves the writer’s own discipline, a department as a quality, and a common noun unread', () => {
    expect(shows('Engineering was the slowest part of the year.', 'cross-functional')).toBe(false);
    expect(shows('Engineering had a big backlog after the summer.', 'cross-functional')).toBe(false);
    expect(shows('The design was happy-path only until the second sprint.', 'cross-functional')).toBe(false);
    expect(shows('I estimated the engineering effort at two sprints.', 'cross-functional')).toBe(false);
    expect(shows('I matched the invoices with finance data every month.', 'cross-functional')).toBe(false);
  });
});

describe('session 28: people named only as a resource the work lacked (partner-context.ts)', () => {
  it('is no partner after "with no" or "had no"', () => {
    expect(shows('I had to run the clinic with no extra nurse cover that winter.', 'cross-functional')).toBe(false);
    expect(shows('We had no spare analysts that quarter.', 'cross-functional')).toBe(false);
  });

  it('stays a partner when the people are worked with', () => {
    expect(shows('I had no spare analysts, so I asked the finance team to lend me one.', 'cross-functional')).toBe(
      true,
    );
    expect(shows('I checked the rota with the nurse in charge.', 'cross-functional')).toBe(true);
  });
});
