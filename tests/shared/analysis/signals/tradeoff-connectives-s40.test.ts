// Session 40 (signals): trade-offs told by a connective of giving up, read by structure: a chosen act, a connective,
// and what was given up. Three readings and their ladders:
// - the option not taken after "rather than" / "instead of": trying with what was tried ("instead of trying a forward
//   fix"), and one value set against another under a verb of deciding ("chose to report at twelve weeks rather than
//   four") — classes/trade-off.ts, alternative;
// - a cost taken on with a verb of accepting or enduring (", accepting later deliveries", "and lived with …", ",
//   putting up with …"), its head read as consequence-costs.ts reads a cost or as a comparative of what the work
//   gives — consequence-costs.ts, costTakenOn;
// - options side by side: a labelled list ("Options considered: (a) …; (b) …"), the writer's modal over two or more
//   acts joined by "or" ("We could shard the index, move …, or cache …"), and the pick named by its ordinal ("I went
//   with the second because …") — decision-records.ts.
// Every row is our own writing for this test (tradeoff-connectives-s40.json: a ward manager, a teacher, an
// electrician, a farmer, a courier firm, a solicitor, a software team, a hospital pharmacy, a restaurant, a haulier in
// non-native English), none from a fixture of another set or public text. A rung the readings refuse carries
// reads: false and its reason. The aside half (tradeoff-connectives-s40-aside.json) was written at the same time,
// put away before any rule was written, and measured once at the end.
import { describe, expect, it } from 'vitest';
import { itReadsEachRung, itRefusesOnlyWithReason, readRungs, scoreRungs } from './own-ladders';

describe('trade-offs told by a connective of giving up (own ladders)', () => {
  const tuning = readRungs('tradeoff-connectives-s40.json');

  it('reads the tuning ladders (before the rules: trade-off 13/0/36)', () => {
    expect(scoreRungs(tuning)).toEqual({ 'trade-off': '36/0/13' });
  });

  itReadsEachRung(tuning);

  itRefusesOnlyWithReason(tuning);
});

describe('the aside ladders, as measured once', () => {
  // Measured once when the rules were done, no false mark either way. Still missed: a party's act with no verb of
  // choosing ("My father repaired the old tractor rather than buy …", "The school could cancel the trip, …"), trying
  // with a bare noun ("rather than try mediation again"), non-native "instead to use the software", a labelled list
  // with no separators ("Options: a) second oven b) shorter menu …"), a label headed "routes", and "the cheaper of the
  // two".
  it('reads the aside ladders (before the rules: trade-off 10/0/27)', () => {
    expect(scoreRungs(readRungs('tradeoff-connectives-s40-aside.json'))).toEqual({ 'trade-off': '29/0/8' });
  });
});
