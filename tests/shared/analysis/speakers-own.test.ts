// Session 43, task "voices": whose line it is, read by grammar. The writer's own chat line told in a note's
// clipped words (a discourse lead "ok so," / "morning all,", "also …", a thing reported done "kitchen at Elm Rd
// done"), a bio's or a nomination's "he"/"she" with any verb done to a thing of the work ("steered the ferry",
// "mended every fence"), a lead segment before a subjectless act outside a chat ("nope, checked the lineage"),
// and the labels that make a line no claim: the setting ("Problem: …") and a plan or an ask ("Requested
// funding: …"). The rows are our own writing, no public text: each base row with two one-step-off variants,
// and near misses each reading must not take, every refused rung's reason in its note.
// speakers-own-aside.jsonl was written at the same time and put away before any rule was written.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

/**
 * Rows the analyzer still reads otherwise: the appraisee's own comment box (sp-020, sp-035: left to other
 * work, as "Appraisee comments: Completed, passed with merit" is a course held, which a box of the writer's
 * would then read as an act), a lead with no mark (sp-024), a perfect after "she" with "since" read as a
 * tenure (sp-032), and a near miss an older reading takes: a form's numbered section heading read as a nominal
 * act (sp-044).
 */
const TUNING_MISSES = ['sp-020', 'sp-024', 'sp-032', 'sp-035', 'sp-044'];

/**
 * The aside half's misses at its one run (tuning 23 → 43 of 48 right, aside 25 → 40 of 48; its 12 near misses all
 * unread): "rang" and "rehung" are no past forms the lexicon knows (spa-001, spa-002, spa-029, spa-030; spa-002's
 * "gas check booked for Friday" is read as an arrangement for later), "no. 6" splits the message before its
 * done-report (spa-006), "our" opens no object after "she" (spa-017), and the appraisee's box (spa-019, spa-020).
 */
const ASIDE_MISSES = ['spa-001', 'spa-002', 'spa-006', 'spa-017', 'spa-019', 'spa-020', 'spa-029', 'spa-030'];

const KNOWN_MISSES = new Set<string>([...TUNING_MISSES, ...ASIDE_MISSES]);

describe('whose line it is (own rows, session 43)', () => {
  itReadsOwnRows(ownRows('speakers-own'), KNOWN_MISSES, ['is_claim'], 40);
});
