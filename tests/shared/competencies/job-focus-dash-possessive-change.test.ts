// The job reader's second round (session 39, jobs2): asks one step off the first round's frames. A place run with a
// counted team told after a semicolon, colon or spaced dash ("run the bakery on Saturdays — a team of five") is
// leading; a measure's present value and the wanted one split over a semicolon or dash ("today it takes ten days; we
// want it under three"), or changed "down/up from # to #", is impact; a profession's meeting named by its possessive
// ("the midwives' huddle", "the drivers' briefing"), joined or sat in on, is collaboration; an order among people or
// work decided by a wh-clause with a doer of its own ("decide who goes out first") is judgment, while a wh-word with an
// infinitive ("which supplier to call first") is the hire's own next step; a party reached past the people served
// ("with the patients until the doctor comes") is no collaboration. The lines and small postings are our own writing,
// made up for these tests (no posting's words; fixture folder own-s39-dash-possessive-change): the tuning rows
// (rows.json) were written before the rules and used while writing them; the aside rows (rows-aside.json) were
// written at the same time, put aside before any rule was written, and first run once the rules were done. Each row's
// note names its rung of the ladder; near misses (`asked: false`) must stay unread.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { askedInLineOrPosting, itReadsAskRows, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s39-dash-possessive-change');

// Rows the rules get wrong, kept as todos so the figure stays honest (before the rules: tuning 10 of 23 asks read with
// 4 of 22 near misses read, aside 8 of 18 with none of 14; after: tuning 22 of 23 with none, aside 15 of 18 with
// none). Tuning: "under one" is refused on purpose, as "one" is as often no count ("we want it all under one roof").
// The aside rows were measured once and not traced, so that no rule is written from them: a crew of pickers after
// "that's" with the hire's verb in the progressive, counted staff with no team noun after a colon, a change to "under"
// a value.
const NOT_YET_READ: readonly string[] = [
  'A van repair takes three weeks at the moment; we need it under one.',
  "You'll be running the warehouse on nights; that's a crew of 15 pickers.",
  'Run the site on weekdays: 10 staff and two apprentices.',
  'Get the missed-bin count down from 300 a week to under 100.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('dashes, possessive parties, changes and orders (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ), askedInLineOrPosting);
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});
