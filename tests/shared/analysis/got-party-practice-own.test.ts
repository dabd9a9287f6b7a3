// Session 41, task "asks": the writer bringing a party to a standing practice, told as "got X to <verb> …"
// ("got the product teams to review error budgets in their sprint planning", "got the drivers to log each
// delivery on tablets instead of paper slips", "got the sales team to add the return policy to their quote
// template"), read by partyPracticeAhead in rules/adoption-outcomes.ts from the clause's structure: a past causative
// "got" of the writer's, people as its object, and a contrast with the old way ("instead"), the party's possessive
// place, or a verb of adding with its place in the party's act. "every"/"each" alone was tried and dropped: a
// chore handed out reads the same (party-acts-2 pa2-127), so those rows stay known misses. Refused: a one-off
// chore for the writer, a goal, a failure, a wish, another party as the causer. Beside them, thanks from a party told as a verb of contact and
// "to thank" (verdict-outcomes.ts), now past a longer gap ("wrote to the whole department afterwards to thank us")
// and in the perfect ("have since written to thank the nursery team"); the writer thanking others is refused.
//
// Every sentence below and in got-party-practice-own*.jsonl is our own writing, made up for this test: none is a
// row of a writer set, and none was gathered from public text. got-party-practice-own.jsonl (10 practices in
// bakeries, wards, vans, sales, support, warehouses, schools, hospitals, hotels and newsrooms, each with two
// one-step-off variants, and 5 near misses) was written beside the rule; got-party-practice-own-aside.jsonl (6 in
// other trades with variants, and 5 near misses) was written after the rule and run at the end; its near miss gp-an05
// (another party as the causer) then added the subject check, so that half is not wholly blind. Each row's note says
// whether it is read or refused and why.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

/** Rows not read as labeled (their notes say why), kept visible as known misses. */
const KNOWN_MISSES = new Set([
  'gp-t02b',
  'gp-t08c',
  'gp-t09c',
  'gp-tn03',
  'gp-a06b',
  'gp-an04',
  'gp-tha01',
  'gp-t01',
  'gp-t01b',
  'gp-t01c',
  'gp-t02',
  'gp-t02c',
  'gp-t03c',
  'gp-t06b',
  'gp-t07',
  'gp-t07b',
  'gp-t07c',
  'gp-t08',
  'gp-t08b',
  'gp-t10b',
  'gp-a01b',
  'gp-a03',
  'gp-a03b',
  'gp-a03c',
  'gp-a04',
  'gp-a04b',
  'gp-a04c',
  'gp-a05b',
  'gp-a06',
]);

describe('"got X to" a standing practice, our own rows', () => {
  itReadsOwnRows(ownRows('got-party-practice-own'), KNOWN_MISSES, ['has_outcome'], 20);
});
