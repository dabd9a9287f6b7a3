// Session 41 (signals, partners): a cross-functional partner read by the relation it stands in, not by its noun: a
// party that tells the writer's side something about the work ("the council told us …", "our broker told us …", "our
// DPO told us …", "IT notified us …") is a counterpart in a working relation, whether or not it opens the clause and
// even as "our" broker (parties-telling-writer.ts). Refused: the writer's own chain or team, things that "tell" (a
// dashboard, logs), nobody, and users, customers, patients, parents or guests reporting what they met.
// Every row is our own writing for this test (told-parties-s41.json: a school, a bakery, a ward, a council event, a
// software team, a charity; some in non-native English), none from a fixture of another set or public text. A rung
// the reading refuses carries reads: false and its reason. The aside half (told-parties-s41-aside.json) was written
// at the same time, put away before the rule was written, and measured once when it was done.
import { describe, expect, it } from 'vitest';
import { itReadsEachRung, itRefusesOnlyWithReason, readRungs, scoreRungs } from './own-ladders';

describe('partners who tell the writer (own ladders)', () => {
  const tuning = readRungs('told-parties-s41.json');

  it('reads the tuning ladders (before the rule: cross-functional 18/0/18)', () => {
    expect(scoreRungs(tuning)).toEqual({ 'cross-functional': '32/0/4' });
  });

  itReadsEachRung(tuning);
  itRefusesOnlyWithReason(tuning);
});

describe('the aside ladders, as measured once', () => {
  // Measured once when the rule was done, no false mark and no near miss read. Still missed: parties whose noun no
  // lexicon holds (a harbour master, a diocese, a printer, an airline): the relation is read only on a known party
  // noun because things tell too ("the alert told us").
  const aside = readRungs('told-parties-s41-aside.json');

  it('reads the aside ladders (before the rule: cross-functional 15/0/21)', () => {
    expect(scoreRungs(aside)).toEqual({ 'cross-functional': '25/0/11' });
  });

  itReadsEachRung(aside);
  itRefusesOnlyWithReason(aside);
});
