// Session 39, task "voices2": third-person lines about the writer whose act is a lemma the work-verb lexicon
// lacked ("She redid the handover sheets", "He patched up the church hall roof", "Trims the hooves of the dairy
// herd", "She shod the riding school's horses", "He drew up the fire evacuation plan", "She deals with the
// complaints …", "He put together the induction pack"), "moved" with a thing moved after it, a time lead with no
// preposition ("Last winter she …", "Two years ago she …") and a field label before a case's clause ("Scope:
// Tomasz is the site lead for …", "Role: Ana is the lead nurse for …"), with the wrong direction of each: "put on
// weight", "moved house", "maps", "trims" and "patches" as nouns, "drew a crowd", "dealt with grief".
//
// Every sentence below and in third-person-lex-own*.jsonl is our own writing, made up for this test: none is a
// row of a writer set, and none was gathered from public text. Both fixture files were labeled and committed
// before any rule: 12 groups per half of a sentence and three one-step-off variants (the perfect, a dropped
// subject, a name, a present act, a phrasal verb, a quantifier, another determiner, object first, a passive,
// non-native wording), and 4 near-miss groups per half of four shapes each that must not be read. Each row's
// note says READ or REFUSED and why. third-person-lex-own.jsonl was used while writing the rules;
// third-person-lex-own-aside.jsonl was put aside and run once at the end (figures in the commit message; its
// misses are kept below as known misses, not tuned away).
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('third-person-lex-own');

/**
 * Rungs refused, kept visible rather than tuned away (reasons in each row's note):
 * - tl-shoe-3 "The riding school's horses she shod herself.": object first, the pronoun mid-line.
 * - tl-drawup-3 "… was drawn up by him.": a passive with its agent last; no subject reads.
 * - tl-reset-1 "… and then reset the alarm panel": "reset" has no past form apart from its base, so the
 *   coordinated verb is not read as past.
 * Aside, run once (claim tp/fp/fn 16/0/32 before the change, 47/0/1 after; near misses 0 read before and after):
 * - tla-reset-0 "He spotted the fault and reset the boiler controls.": the same "reset" as tl-reset-1.
 */
const KNOWN_MISSES = new Set<string>(['tl-shoe-3', 'tl-drawup-3', 'tl-reset-1', 'tla-reset-0']);

describe('third-person lines whose act is a work-verb lemma (third-person-lex-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim'], 60);
});
