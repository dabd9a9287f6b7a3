// Plain-word asks one step off the shapes earlier rules read (session 39), and two shapes of pasted postings. People
// told by any verb of telling with its closing word ("let the site leads know", "walk families through", "keep the
// owners in the loop", "brief the incoming nurse") is communication; a shift, crew or team run, or a place run with a
// counted team, is leading; a thing kept safe, legal or compliant is quality; a period's shift or rota organised is
// execution; a fault chased until it is closed is ownership; another team's meeting sat in on is collaboration; being
// the one the people served ring is customer focus; a measure taken from one value to another is impact; who gets a
// scarce thing decided is judgment. A forum post's header ("r/… · Posted by u/… · 5h") is no heading; a task list's
// box is an item mark, and an empty box beside ticked ones, or an item another party does "(the PM owns that)", is not
// asked; "hiring" said of the company (proposed, tagged "[Hiring]") is no mentoring. The lines and small postings are
// our own writing, made up for these tests (no posting's words; fixture folder own-s39-plain-asks-boxes): the tuning
// rows (rows.json) were written before the rules and used while writing them; the aside rows (rows-aside.json) were
// written at the same time, put aside before any rule was written, and first run once the rules were done. Each row's
// note names its rung of the ladder; near misses (`asked: false`) must stay unread.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { askedInLineOrPosting, itReadsAskRows, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s39-plain-asks-boxes');

// Rows the rules get wrong, kept as todos so the figure stays honest (before the rules: tuning 16 of 49 asks read with
// 6 of 38 near misses read, aside 11 of 38 with 4 of 26; after: tuning 48 of 49 with 1 near miss read, aside 29 of 38
// with none). Tuning: the present value and the wanted one in two clauses (after a semicolon), the wanted one with no
// unit, is not read; an older collaboration phrase ("with the … @party") still reads "sit in the waiting room with the
// patients until the doctor comes". The aside rows were measured once and not traced, so that no rule is written from
// them; most are the people served told (refused on purpose: a notice to them, "tell clients when the office is
// closed", is no communication by an earlier writer's label), a profession's meeting named by its possessive alone, an
// order decided ("who goes out first"), a change "down from … to". (Session 39's second round, jobs2, reads the two
// clauses split by a semicolon, the party after the people served, a profession's meeting by its possessive and an
// order decided: five of these rows are read now and left the list; own-s39-dash-possessive-change holds its rows.)
const NOT_YET_READ: readonly string[] = [
  'Tell the parents when a bus will be late.',
  'Keep the growers posted about prices at the market.',
  'Updating the family on how their father is doing.',
  'Give the drivers a heads up when the routes change.',
  "Attend the buyers' weekly range review.",
  'Bring the time a lorry waits at the gate down from 40 minutes to 15.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('plain-word asks, forum headers and task boxes (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ), askedInLineOrPosting);
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});
