// Session 39, task "outcomes": results told as another party's act, one step off the party-act frame
// (rules/party-act-outcomes.ts) and an agreement reached with another party (rules/agreement-with-party.ts).
// - A party coming aboard or joining: "came on board", "got on board", "jumped on board", "came aboard" (lemma +
//   particle + "board"); "joined the steering group I set up" (the writer's work as the object); "added our check to
//   their close", "took my sheet into their routine", "built my chart into their visits" (the work placed into the
//   party's own routine). Refused: a newcomer's arrival ("a new practice manager came on board"), a time clause,
//   the writer's own staff or a gathering joined ("joined my team", "joined the call I set up"), an object not the
//   writer's ("added three findings to their report").
// - An agreement reached: the writer's "agreed with <side> to …" / "… that they'd …" / "agreed X with <side>", a
//   passive ("were agreed with the families"), or a noun a verb of reaching governs ("reached an agreement with",
//   "hammered out a compromise with", "came to an arrangement with"). Refused: negated, a goal or a hope, a
//   subordinate time clause, agreeing in opinion (a that-clause of a state, "with the plan"), the writer's own
//   manager, a bare department with the writer's own plan ("agreed with sales to launch …").
//
// Every sentence below and in party-acts-3-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set or of a probe, and none was gathered from public text. party-acts-3-own.jsonl (tuning) was used while
// writing the rules; party-acts-3-own-aside.jsonl was written at the same time, before any rule, put away, and run
// once at the end: its misses are kept below as known misses, not tuned away.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('party-acts-3-own');

/**
 * Aside rows still read wrong at their one run (tuning 19 of 51 right before, 51 after; aside 8 of 29 before, 24
 * after): pa3-103 "The other two depots came aboard after the trial I ran", pa3-106 "Both the other surgeries came
 * on board after the pilot I ran", pa3-105 "The partners at the firm came on board …" (the clause reader finds no
 * verb in "came", and its fallback takes only people or a listed unit right before it: "depots", "surgeries" and
 * "firm" are things; "the other wards came aboard" is read), pa3-119 "Me and the shop owners we made an agreement for the
 * parking" (non-native: the side inside the subject, no "with"), pa3-124 "Three more drivers joined the firm that
 * summer" (read by an older reader of people added, not this one: a hire).
 */
const KNOWN_MISSES = new Set<string>(['pa3-103', 'pa3-105', 'pa3-106', 'pa3-119', 'pa3-124']);

describe('a party coming aboard, joining, and an agreement reached (party-acts-3-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome'], 25);
});

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('shapes that look like a party act or an agreement but are none', () => {
  it.each([
    // Arrival, a visit, a vehicle boarded: no answer to the work.
    'The other two wards got on board.',
    'The finance team came on board on Monday to check the ledgers.',
    'The kids got on board the bus after I checked the list.',
    'She joined my team in 2021.',
    'The team joined the call I set up.',
    // Agreeing in opinion, with oneself, or an agreement not reached.
    'I agreed with the plan to close the ward.',
    'I made a deal with myself to run every day.',
    'We agreed with the client on a fixed fee.',
    'We would have reached an agreement with the union if not for the strike.',
    'Before we reached an agreement with the union, overtime was chaos.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));
});
