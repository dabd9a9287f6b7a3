// Session 42, task "outcomes": a result told in the writer's own words, with no outcome word — the thing or party the
// work touched, changed (by a WordNet verb of a change of state: "the damp dried up", "the seedlings thrived", "the
// interference went away") or set against before ("the drivers have their evenings free again", "…, which now has a
// waiting list"), after the writer's act told in the sentence or in a Result (changed-states.ts).
//
// Every sentence below and in changed-states-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. Both files were written before any rule, from the class's
// definition: 26 results in other trades (farming, pottery, nursing, housing, retail, building, music, catering), each
// with two one-step-off variants (another verb of the same meaning, a phrasal verb, the act after the change behind
// "after"/"once", a line's lead act, a verbless line, non-native wording), and 28 near misses (a trouble before the
// work, a goal, a hope, a question, the writer's own act, another party's work, a negated change, a hypothetical, a
// lesson, a relative clause telling the problem, a subordinate trigger clause, a plan, a habit, a condition). Every
// other family and every other near miss went to the aside file before the rule was written; it is run once at the
// end. Each row's note says whether it is read, by this reader or an older one, or why it is refused. Two results and
// three near misses of the verbless "now" (oc-027*, oc-n29–31) were written after the first rule, with that reading.
// Only the outcome flag is the rule's.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

// Refused rungs of the tuning ladder (the reason is in each row's note), and near misses an older word-list reader
// reads where this reader refuses them (oc-n01 "had grown … before I arrived", oc-n07 "Morale dropped after the
// reorganisation", oc-n17 "I grew tomatoes", oc-n19 "Costs rose … after the supplier changed its prices", oc-n25
// "The market has recovered since the pandemic").
const KNOWN_MISSES = new Set([
  'oc-001',
  'oc-003b',
  'oc-005a',
  'oc-007b',
  'oc-009b',
  'oc-013b',
  'oc-015',
  'oc-015b',
  'oc-017',
  'oc-017b',
  'oc-021',
  'oc-n01',
  'oc-n07',
  'oc-n17',
  'oc-n19',
  'oc-n25',
  // The aside, run once after the rule: 27 of 39 results read (17 before it), no near miss read by this reader. Its
  // misses: oc-004b ("Now" before the subject of a progressive), oc-008b ("slowed down" behind a fronted "With my …"),
  // oc-012a and oc-012b (the act as a passive with "by me" or a noun), oc-016, oc-016a and oc-016b (a trouble that
  // "healed" or "cleared up": a trouble's getting better is refused with a trouble that came back), oc-018a and
  // oc-018b (verbless "was gone"; "as a result" after a dash), oc-020 ("has been quiet … ever since": the clause reader
  // takes no verb), oc-024 ("steadied" is under no root chosen), oc-026b (verbless line, "became rare"); and the
  // near misses oc-n14 and oc-n20, read by older readers.
  'oc-004b',
  'oc-008b',
  'oc-012a',
  'oc-012b',
  'oc-016',
  'oc-016a',
  'oc-016b',
  'oc-018a',
  'oc-018b',
  'oc-020',
  'oc-024',
  'oc-026b',
  'oc-n14',
  'oc-n20',
]);

describe('changed states, own sentences (changed-states.ts)', () => {
  itReadsOwnRows(ownRows('changed-states-own'), KNOWN_MISSES, ['has_outcome'], 40);
});
