// Asks told in plain words, read by the frame of the ask: training among the duties of managing staff ("recruit, train
// and support the volunteer guides", "including recruitment, training and appraisals"), a colleague helped to a new
// standing ("help the regular ones become maintainers"), what is not known yet about the work ("we don't yet know why")
// or a reverse ask ("Not a fit if you need a well-defined spec"), a whole scope answered for ("responsible for
// everything a visitor touches") or agreed actions seen through ("its actions are carried through"), and a team
// counted whatever words name it ("Leading a front of house team of around 20"). The lines and postings are our own
// writing, made up for these tests (no posting's words; fixture folder own-s36-plain-asks): the tuning rows and
// postings were written before the rules and used while writing them; the aside ones were put aside before any rule was
// written and first run once the rules were done. Near misses (`asked: false`) must stay unread: training given to the
// hire, the people served supported or helped, a quality attribute or a reporting line, a date or a place not known.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { JOB_DESCRIPTIONS_DIR, loadLabeledJobs } from '../../../scripts/job-descriptions';
import { askedInDuty, generic, itReadsAskRows, ml } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s36-plain-asks');

interface Row {
  set: 'tuning' | 'aside';
  competency: string;
  asked: boolean;
  line: string;
}

const rows = (JSON.parse(readFileSync(join(DIR, 'rows.json'), 'utf8')) as { rows: Row[] }).rows;

// Rows the rules get wrong, kept as todos so the figure stays honest (before the rules: tuning 4 of 12 asks read,
// aside 6 of 12; after: 11 of 12 each, no near miss read on either). "train up the new drivers" names the people by a
// noun no shape tells ("drivers" are as often software's); the aside row was measured once and not traced, so that no
// rule is written from it.
const NOT_YET_READ: readonly string[] = [
  'You will train up the new drivers on the routes and the tachograph rules.',
  'People management of the team of nine, including their training and performance reviews.',
];

describe.each(['tuning', 'aside'] as const)('plain-word asks (%s rows)', (set) => {
  const own = rows.filter((r) => r.set === set && !NOT_YET_READ.includes(r.line));
  itReadsAskRows(own.map((r) => [r.competency, r.asked, r.line] as const));
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('plain-word asks (whole postings)', () => {
  // Figures when the rules landed (before → after): tuning ML 3 → 7 of 10 picks, generic 4 → 8 of 11; aside ML 8 → 12
  // of 13, generic 9 → 13 of 14; no false pick before or after on either set.
  it.each([
    ['senior-ml-engineer', ml, 7],
    ['generic-senior-staff', generic, 8],
  ] as const)('picks the asks of the tuning postings for %s with no false pick', (id, framework, picks) => {
    const score = scoreJobFocus(loadLabeledJobs('tuning', id, undefined, DIR), framework);
    expect(score.falsePositives).toBe(0);
    expect(score.truePositives).toBeGreaterThanOrEqual(picks);
  });
  it.each([
    ['senior-ml-engineer', ml, 12],
    ['generic-senior-staff', generic, 13],
  ] as const)('picks the asks of the aside postings for %s with no false pick', (id, framework, picks) => {
    const score = scoreJobFocus(loadLabeledJobs('aside', id, undefined, DIR), framework);
    expect(score.falsePositives).toBe(0);
    expect(score.truePositives).toBeGreaterThanOrEqual(picks);
  });
});

describe('the frames keep their near misses out', () => {
  it('reads no mentoring in a model trained or a deployment listed without people duties', () => {
    expect(askedInDuty('Own model deployment, training and evaluation', ml)).not.toContain('ml.mentoring');
    expect(askedInDuty('Help the product become the market leader', generic)).not.toContain('generic.mentoring');
  });
  it('reads no ambiguity in a known problem or a logistics unknown', () => {
    expect(askedInDuty("We don't know yet which shift pattern you will work", generic)).not.toContain(
      'generic.ambiguity',
    );
    expect(askedInDuty('The answer to most questions is in the handbook', generic)).not.toContain('generic.ambiguity');
  });
  it('reads no ownership in a responsibility for one quality or a line of report', () => {
    expect(askedInDuty('You are responsible for the quality of the data', generic)).not.toContain('generic.ownership');
    expect(askedInDuty('Responsible to the Head of Nursing', generic)).not.toContain('generic.ownership');
  });
  it('reads no leadership in a team counted that the hire does not lead', () => {
    expect(askedInDuty('Join a friendly team of 12 engineers', generic)).not.toContain('generic.technical-leadership');
  });
});
