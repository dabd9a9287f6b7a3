// Session 39 (signals): two readings and their ladders. A trade-off told by a consequence verb — what an option meant,
// cost, added or carried, after the writer's act (", which meant delaying the wound-care training"), another party's
// pick, or with the option as a gerund ("Moving the fridge meant re-running the fire checks, so I left it"); the cost
// read by its head (a burden gerund, an amount, a multiple, a cost noun, a clause of loss), consequence-costs.ts. A
// constraint told as an obligation and a point in time it had to be met by ("We had to be serving by 7 on Saturday",
// "The samples were due at the lab by 16:00", "By 7 on Saturday we had to be serving"), event-bounds.ts. Every row is
// our own writing for this test (cost-and-deadline-s39.json: a facilities manager, a farmer, a ward manager, a
// teacher, a courier firm, a solicitor, a payments team, a head chef, a lab runner, an electrician; some non-native),
// none from a fixture of another set or public text. Each seed stands with its one-step-off rungs; a rung the readings
// refuse carries reads: false and its reason. The aside half (cost-and-deadline-s39-aside.json) was written at the
// same time, put away before any rule was written, and measured once at the end.
import { describe, expect, it } from 'vitest';
import { itReadsEachRung, itRefusesOnlyWithReason, readRungs, scoreRungs } from './own-ladders';

describe('costs told by a consequence verb, deadlines told by a point in time (own ladders)', () => {
  const tuning = readRungs('cost-and-deadline-s39.json');

  it('reads the tuning ladders (before the rules: trade-off 6/0/23, constraint 4/0/16)', () => {
    expect(scoreRungs(tuning)).toEqual({ 'trade-off': '27/0/2', constraint: '20/0/2' });
  });

  itReadsEachRung(tuning);

  itRefusesOnlyWithReason(tuning);
});

describe('the aside ladders, as measured once', () => {
  // Measured once when the rules were done; before them trade-off 7/0/13 and constraint 2/0/13, no false mark either
  // way. Still missed: a cost told with "made the waits longer", a party's act with a verb of no choosing ("The team
  // grouped …"), non-native "this meant the building is one day without water", an hour as the cost ("meant starting
  // at 3 a.m.", "a 3 a.m. start"), a delay told by its new date ("meant sending the board pack out on Tuesday", "what
  // meant"), "latest at 9", "until end of October", an event bound whose verb is "logged in", and the counterfactual
  // "could not have rebuilt the load properly in the two weeks we had" (read since session 41's modal limits, which
  // read the writer's negated possibility on any verb: constraint 11/0/4 → 12/0/3).
  it('reads the aside ladders (before the rules: trade-off 7/0/13, constraint 2/0/13)', () => {
    expect(scoreRungs(readRungs('cost-and-deadline-s39-aside.json'))).toEqual({
      'trade-off': '13/0/7',
      constraint: '12/0/3',
    });
  });
});

// An option that could not have been ready by the time the work had (event-bounds.ts, notReadyInTime): "A third lift
// would not have arrived before February", "We could not have trained it properly in three weeks", "tagging won't be
// finished before July". Rows: counterfactual-bounds-s39.json (an ML team, an estates manager, a caterer, a school IT
// lead, a Polish haulier in non-native English), our own writing.
describe('limits an option could not meet in time (own ladders)', () => {
  const tuning = readRungs('counterfactual-bounds-s39.json');

  it('reads the tuning ladders (before the rule: constraint 4/1/12)', () => {
    expect(scoreRungs(tuning)).toEqual({ constraint: '16/1/0' });
  });

  itReadsEachRung(tuning);

  // Measured once when the rule was done. Still missed: an event noun as the bound ("before the frost"), an occasion
  // on a date ("by the launch on the 3rd", "by the opening on 12 May"), the span told positively ("would have taken
  // six months, so …") and non-native "not possible to finish until the launch".
  it('reads the aside ladders as measured once (before the rule: constraint 3/0/9)', () => {
    expect(scoreRungs(readRungs('counterfactual-bounds-s39-aside.json'))).toEqual({ constraint: '6/0/6' });
  });
});
