// Session 43, task "carriers": a touched thing's change read by role and direction, and carried by the writer's act in
// a causative, relative or participle clause ("…, which ended the weekly flooding", "…, leaving the chefs free",
// "eight stayed on", "it is back in daily use"), after the act told in the sentence or in a Result
// (carried-changes.ts, called by changed-states.ts).
//
// Every sentence below and in carriers-own*.jsonl is our own writing, made up for this test: none is a row of a writer
// set, and none was gathered from public text. Both files were written before any rule, from the class's definition:
// 24 results in other trades (plumbing, retail, pharmacy, catering, building, organ and press repair, welding, nursing,
// farming, museums, harbours), each with two one-step-off variants (a relative, a participle, a demonstrative after a
// dash, the writer's work as the subject, "and" with the touched thing as subject, a verbless line, non-native
// wording), and 17 near misses (a relative that describes the thing, a purpose, a hope, another party's act, a state
// before the work, a good thing ended, a thing that ended with no trouble, a trouble that grew or was let grow, a
// condition, another party's thing as the cause, a trouble kept, a pending act, a bad consequence, a lesson). Every
// other family and every other near miss went to the aside file before the rule was written; the aside was run once,
// at the first landing. Each row's note says whether it is read, and by which reader, or why it is refused. Only the
// outcome flag is the rule's.
//
// Figures (rows right): tuning 17/45 at the start → 28/45 (results 9/36 → 20/36; near misses 8/9 unread → 8/9, the one
// read by an older reader as at the start); aside 18/44 → 24/44 at its one run, 23/44 after a later precision fix
// (a kept state outside a Result needs a subject that refers back: cr-006a lost); near misses 6/8 unread → 6/8, both
// read by older readers as at the start.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

// Refused rungs (the reason is in each row's note) and near misses an older reader reads (cr-n09, cr-n12, cr-n16).
const KNOWN_MISSES = new Set([
  'cr-005',
  'cr-005a',
  'cr-005b',
  'cr-007a',
  'cr-007b',
  'cr-009b',
  'cr-011',
  'cr-011a',
  'cr-015a',
  'cr-015b',
  'cr-019',
  'cr-019b',
  'cr-021',
  'cr-021a',
  'cr-023a',
  'cr-023b',
  'cr-n09',
  // The aside, run once at the first landing:
  'cr-002',
  'cr-002a',
  'cr-002b',
  'cr-004a',
  'cr-004b',
  'cr-006a',
  'cr-006',
  'cr-006b',
  'cr-010',
  'cr-010a',
  'cr-012',
  'cr-012a',
  'cr-012b',
  'cr-016a',
  'cr-018',
  'cr-022b',
  'cr-024',
  'cr-024a',
  'cr-024b',
  'cr-n12',
  'cr-n16',
]);

describe('carried changes, own sentences (carried-changes.ts)', () => {
  itReadsOwnRows(ownRows('carriers-own'), KNOWN_MISSES, ['has_outcome'], 40);
});
