// Session 36 round 2, task "outcomes2": the result-state frame (rules/result-state-outcomes.ts) widened by role
// and family, after the round-1 reader missed a blind probe's shapes one step off its lists: an outside party's
// grade or grant ("the inspectorate graded our care home Good", "Accredited by UKAS …"), a client renewing with
// no object ("tenants I manage renewed for a further year"), a holder before the writer's relative clause ("the
// team I train qualified"), a unit as a holder ("the depot has every slot confirmed"), a placing with a particle
// ("came out top of"), custom come through earlier custom, a verbless common footing credited to the writer.
// And two false results: another party's win with no writer in the sentence, a duty kept ("Ensured … in date").
//
// Every sentence below and in result-states-2*.jsonl is our own writing, made up for this test: none is a row of
// a writer set or of a probe, and none was gathered from public text. result-states-2.jsonl (tuning) was used
// while widening the reader; result-states-2-aside.jsonl was run once at the end (12 of 15 right; 4 before):
// its misses are kept below as known misses, not tuned away. (rs2-101 was read later, once "panel" became a
// party for a veto test below; the aside figure above is the one run's.)
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('result-states-2');

/**
 * Aside rows still read wrong: rs2-108 "named our
 * restaurant the best new place in town" (the value is looked for within four words of the unit), rs2-111
 * "A rival crew qualified for the finals instead of us" (the writer's "us" after the result ties it).
 */
const KNOWN_MISSES = new Set<string>(['rs2-108', 'rs2-111']);

describe('result states, round 2 (result-states-2*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome', 'is_claim'], 12);
});

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('the widened frames keep their vetoes', () => {
  it.each([
    'Another bidder won the hospital contract that year.',
    'Ensured every van’s MOT certificate was in date before the audit.',
    'The inspector graded the bakery across the road Requires Improvement.',
    'We want the Leeds branch on the same rota as Bradford.',
    'I called through old customers to ask for reviews.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));

  it.each([
    'Our bid won the hospital contract that year.',
    'Ensured zero lost-time injuries across the three sites.',
    'The fire authority certified our warehouse after the drill I ran.',
    'Most of the tenants I manage renewed for another year.',
  ])('still reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));
});
