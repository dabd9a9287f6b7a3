// Session 39, task "outcomes": a thing the writer made taken up by others, counted (rules/adoption-outcomes.ts,
// COPIED_RULE widened from "copied" to a lemma family of taking up): "the lesson pack has been downloaded over 400
// times", "the paper has been cited 45 times", "was printed by three other depots", "downloaded by over 60
// schools". Refused: a frequency ("three times a day"), a source ("downloaded from the portal"), the writer's own
// act, one service doing a job ("printed by the office"), a print run counted ("printed 3 times"), a few tools of a
// process ("by the two scripts"), an installation by a contractor (no verb of taking up).
//
// Every sentence below and in take-up-counted-own*.jsonl is our own writing, made up for this test: none is a row
// of a writer set or of a probe, and none was gathered from public text. take-up-counted-own.jsonl (tuning) was
// used while writing the rule; take-up-counted-own-aside.jsonl was written at the same time, before the rule, put
// away, and run once at the end: its misses are kept below as known misses, not tuned away.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('take-up-counted-own');

/**
 * Rows still read wrong at the aside's one run (tuning 7 of 15 right before, 15 after; aside 5 of 9 before, 8
 * after): tu-106 "… has since been printed by every depot in the region" (the agent's head is looked for as a
 * plural; "every" takes a singular).
 */
const KNOWN_MISSES = new Set<string>(['tu-106']);

describe('a made thing taken up by others, counted (take-up-counted-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome'], 9);
});

describe('counts of a process, not a take-up', () => {
  it.each([
    'The labels were printed 3 times before they came out straight.',
    'The logs were downloaded to the shared drive 3 times.',
    'The data is downloaded every morning by the two scripts.',
  ])('reads no result in "%s"', (text) => expect(sentenceFacts(text).hasOutcome).toBe(false));
});
