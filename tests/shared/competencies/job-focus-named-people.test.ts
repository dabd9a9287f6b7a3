// Colleagues led or grown named one step off the words earlier rules read (session 38, "jobs2"): by their first names,
// once the posting has said who they are ("We have two mobile engineers, Mei and Callum … You'll help Mei and Callum
// get better"), and as the answer to a heading that asks whom the hire leads ("Who would I manage?" over "Three
// regional fundraisers"). The lines and postings are our own writing, made up for these tests (no posting's words;
// fixture folder own-s38-named-people): the tuning rows (rows.json) were written before the rules and used while
// writing them; the aside rows (rows-aside.json) were written at the same time, put aside before any rule was written,
// and first run once the rules were done. Near misses (`asked: false`) must stay unread: tools named like people,
// people worked beside or reported to, founders who help the hire.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { askedInLineOrPosting, itReadsAskRows, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s38-named-people');

// Rows the rules get wrong, kept as todos so the figure stays honest (before the rules: tuning 3 of 14 asks read, aside
// 5 of 12, no near miss read; after: tuning 12 of 14, aside 8 of 12, no near miss read on either; named colleagues
// led with no determiner, "lead Gwen, Idris and Sion", are left unread: a title's "Lead Bakers and Bakery Assistants"
// has the same shape). The aside rows were
// measured once and not traced, so that no rule is written from them.
const NOT_YET_READ: readonly string[] = [
  "Farm Manager\n\nThere are three farm workers, Gwen, Idris and Sion.\n\nYou'll lead Gwen, Idris and Sion through lambing.",
  'Farm Manager\n\nThree farm workers: Gwen, Idris and Sion.\n\nLeading Gwen, Idris and Sion day to day.',
  "Head Teacher\n\nThe school has three teachers, Mrs Owen, Rhys and Nia.\n\nYou'll lead Rhys and Nia on the new curriculum.",
  'Team Lead, Customer Support\n\nTwo new agents, Lena and Farid, join in March.\n\nHelping Lena and Farid improve their calls.',
  'Transport Lead\n\nTwo new drivers, Piotr and Sam, start next week.\n\nYou need help Piotr and Sam get better on the long routes.',
  'Office Manager, Law Firm\n\nWho is managed by me?\nFive legal secretaries.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('colleagues named by first names or answered to "who" (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ), askedInLineOrPosting);
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});
