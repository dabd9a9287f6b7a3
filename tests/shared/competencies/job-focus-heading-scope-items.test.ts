// Asks one step off the shapes earlier rules read (session 38): a line with no verb under a heading that says what the
// hire owns, runs, decides or trains takes the heading's verb ("What you'll own" over "• The night team (6 pickers)" is
// leading that team); a line led by an emoji or another symbol and a space is a list item, as a dash-led one is;
// standing firm said by an idiom of a verb and its particle or object ("hold the line", "stand your ground") is
// pushing back; "deciding if" is a call as "deciding whether" is; a life told from its first stage to the rollout,
// go-live or handover is ownership. The lines and postings are our own writing, made up for these tests (no posting's
// words; fixture folder own-s38-heading-scope-items): the tuning rows (rows.json) and t* postings were written before
// the rules and used while writing them; the aside ones (rows-aside.json, the a* postings) were written at the same
// time, put aside before any rule was written, and first run once the rules were done. Near misses (`asked: false`)
// must stay unread: a manager the hire reports to, a team worked beside, the company's own emoji line, callers asked to
// hold the line, the applicant deciding whether to apply, the hire's own probation, parcels carried to customers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { JOB_DESCRIPTIONS_DIR, loadLabeledJobs } from '../../../scripts/job-descriptions';
import { askedInLineOrPosting, generic, itReadsAskRows, ml, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s38-heading-scope-items');

// Rows the rules get wrong, kept as todos so the figure stays honest (before the rules: tuning 3 of 24 asks read, aside
// 4 of 24, no near miss read; after: tuning 24 of 24, aside 22 of 24, no near miss read on either). The aside rows were
// measured once and not traced, so that no rule is written from them.
const NOT_YET_READ: readonly string[] = [
  "Office Manager\n\nYou'll take care of\n• the practice management system\n• the website and the phones",
  'Steer the community garden project from the first meeting with residents to the opening day and after.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('heading scope, symbol items and idioms (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ), askedInLineOrPosting);
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('heading scope, symbol items and idioms (whole postings)', () => {
  // Figures when the rules landed (before → after): tuning ML 4 → 11 of 12 picks with 3 → 2 false ones, generic 4 → 11
  // of 12 with 4 → 3 false (the false ones stand beside the rules: workshops read as communication, a collaboration in
  // the life owned, a patient's needs as customer focus); aside ML 5 → 9 of 12 with none false, generic 5 → 9 of 13 with
  // 1 → 0 false.
  it.each([
    ['tuning', 'senior-ml-engineer', ml, 11, 2],
    ['tuning', 'generic-senior-staff', generic, 11, 3],
    ['aside', 'senior-ml-engineer', ml, 9, 0],
    ['aside', 'generic-senior-staff', generic, 9, 0],
  ] as const)('picks the asks of the %s postings for %s', (set, id, framework, picks, falsePicks) => {
    const score = scoreJobFocus(loadLabeledJobs(set, id, undefined, DIR), framework);
    expect(score.falsePositives).toBeLessThanOrEqual(falsePicks);
    expect(score.truePositives).toBeGreaterThanOrEqual(picks);
  });
});
