// Conflict, trade-offs and judgment said plainly, read by the frame of the ask (stance-frames.ts): an ask refused ("turn
// down requests from the partners"), parties who do not agree or who clash ("when two teachers can't agree"), the hire
// standing between them ("keep the peace between the committee and the teachers"), what can wait decided ("decide what
// can wait"), two goods weighed or traded ("weigh speed against safety"); and the noun and verb families of leading,
// teaching and owning (plain-word-asks.ts): "Leadership of the estates team", "Teach the new starters how we pack",
// "Be the person the apprentices learn the trade from", "Participation in the full cycle of the product". The lines
// and postings are our own writing, made up for these tests (no posting's words; fixture folder
// own-s37-conflict-judgment): the tuning rows (rows.json) and postings were written before the rules and used while
// writing them; the aside ones (rows-aside.json, the a* postings) were put aside before any rule was written and first
// run once the rules were done. Near misses (`asked: false`) must stay unread: a load weighed, a decision made with the
// people served, another's leadership, the people served taught, the hire's own induction cycle, a pension scheme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { JOB_DESCRIPTIONS_DIR, loadLabeledJobs } from '../../../scripts/job-descriptions';
import { askedInDuty, generic, itReadsAskRows, ml } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s37-conflict-judgment');

interface Row {
  competency: string;
  asked: boolean;
  line: string;
}

const rowsOf = (file: string) => (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { rows: Row[] }).rows;

// Rows the rules get wrong, kept as todos so the figure stays honest (before the rules: tuning 8 of 18 asks read, aside
// 4 of 18, one tuning near miss read, "weigh the deliveries"; after: tuning 18 of 18, aside 17 of 18, no near miss read
// on either). The aside row was measured once and not traced, so that no rule is written from it.
const NOT_YET_READ: readonly string[] = [
  'Set priorities among the maintenance requests when there are more jobs than hands.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('stance frames (%s rows)', (_set, file) => {
  const own = rowsOf(file).filter((r) => !NOT_YET_READ.includes(r.line));
  itReadsAskRows(own.map((r) => [r.competency, r.asked, r.line] as const));
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('stance frames (whole postings)', () => {
  // Figures when the rules landed (before → after): tuning ML 3 → 9 of 12 picks, generic 3 → 9 of 12, one false pick
  // before and after (a "keep the rules up to date" read as communication); aside ML and generic 2 → 11 of 11 each, one
  // false pick before and after. Two tuning asks stay unread because their line starts "you'll get", which the emphasis
  // reader takes for a perk.
  it.each([
    ['tuning', 'senior-ml-engineer', ml, 9],
    ['tuning', 'generic-senior-staff', generic, 9],
    ['aside', 'senior-ml-engineer', ml, 11],
    ['aside', 'generic-senior-staff', generic, 11],
  ] as const)('picks the asks of the %s postings for %s', (set, id, framework, picks) => {
    const score = scoreJobFocus(loadLabeledJobs(set, id, undefined, DIR), framework);
    expect(score.falsePositives).toBeLessThanOrEqual(1);
    expect(score.truePositives).toBeGreaterThanOrEqual(picks);
  });
});

describe('the frames keep their near misses out', () => {
  it('reads no conflict in a clash of things a served noun modifies, or in terms agreed to', () => {
    expect(askedInDuty('When the freight paths and the passenger paths clashed, pick one', generic)).not.toContain(
      'generic.conflict',
    );
    expect(askedInDuty('Customers who do not agree to the terms cannot book', generic)).not.toContain(
      'generic.conflict',
    );
  });
  it('reads no judgment in a load weighed', () => {
    expect(askedInDuty('Check dates, weigh stock and pack parcels', generic)).not.toContain('generic.judgment');
  });
  it('reads no leadership in presenting to the leadership of another body', () => {
    expect(askedInDuty('Present the plan to the leadership of the trust', generic)).not.toContain(
      'generic.technical-leadership',
    );
  });
});
