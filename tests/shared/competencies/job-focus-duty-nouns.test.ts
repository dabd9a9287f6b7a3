// Duties told as a noun that heads the item (session 41): "Supervision of the weekend kitchen crew", "Training of new
// warehouse operatives", "Preparation of the monthly reports for the board", "Induction and training of the agency
// operatives", "Responsible for the supervision of …" read as their verbs would be (nominal-heads.ts); the verbs of
// leading people are one family ("directs the work of the operators", "oversee the cleaners"); work checked against a
// written norm is quality. A noun whose "of" names who does it ("Under the direction of the Head Chef"), a body's name
// ("Department of Training"), a title and a duty whose verb asks nothing stay unread. The lines are our own writing,
// made up for these tests (no posting's words; fixture folder own-s41-duty-nouns): the tuning rows (rows.json) were
// used while checking the rule; the aside rows (rows-aside.json) were written with them, put aside, and run once at
// the end. Each row's note names its rung; near misses (`asked: false`) must stay unread.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stemWord } from '#shared/competencies/job-focus/tokenize';
import { dutyVerb } from '#shared/competencies/job-focus/nominal-heads';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { askedInDuty, generic, itReadsAskRows, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s41-duty-nouns');

// Rows the rules get wrong, kept as todos so the figure stays honest (before: tuning 18 of 36 asks read, aside 19 of
// 36; after: tuning 28 of 36, aside 27 of 36; no near miss read before or after, 0 of 5 in each half). In each tuning
// row left here the verb form is not read either ("Plan the week's delivery rounds", "Prioritise the repair jobs when
// the crew is short", "Report progress to the steering group"): the lexicon's verb families, not the noun. The aside
// rows were measured once and not traced.
const NOT_YET_READ: readonly string[] = [
  "Planning of the week's delivery rounds.",
  'Scheduling of the delivery rounds for every week.',
  'Analysis of equipment failures and implementation of actions so they do not repeat.',
  'Prioritisation of the repair jobs when the crew is short.',
  'Prioritization of repair jobs whenever the crew is short-handed.',
  'Assists in the prioritisation of repair jobs when the crew is short.',
  'Reporting of progress to the steering group every month.',
  'Monthly reporting of progress to the steering group.',
  // Aside.
  'Organising of the maintenance programme for the summer.',
  'Oversight of the cleaning team on the night shift.',
  'Analysis of breakdowns and implementation of measures so they are not repeated.',
  'Prioritisation of the orders when stock is short.',
  'Prioritising of orders if the stock runs short.',
  'Responsible for the prioritisation of orders when stock is short.',
  'Reporting of incidents to the regional office.',
  'Direction of the crew of six deckhands.',
  'Supervision of the six deckhands on watch.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('duties told as nouns (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ));
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('duty nouns', () => {
  it('finds the verb a duty noun stands for, by its derivation', () => {
    expect(dutyVerb('supervision', stemWord)).toBe('supervise');
    expect(dutyVerb('planning', stemWord)).toBe('plan');
    expect(dutyVerb('oversight', stemWord)).toBe('oversee');
    expect(dutyVerb('prioritisation', stemWord)).toBe('prioritise');
    expect(stemWord(dutyVerb('resolution', stemWord)!)).toBe(stemWord('resolve'));
    expect(dutyVerb('department', stemWord)).toBeUndefined();
    expect(dutyVerb('kitchen', stemWord)).toBeUndefined();
  });

  it('reads a verb family of leading people and work checked against a norm', () => {
    expect(askedInDuty('Directs and checks the work of the operators on shift.', generic)).toContain(
      'generic.technical-leadership',
    );
    expect(askedInDuty('Check the wash programmes against the infection-control standard.', generic)).toContain(
      'generic.quality',
    );
    expect(askedInDuty('Check your experience against the essential criteria.', generic)).not.toContain(
      'generic.quality',
    );
  });

  it('keeps a noun that is no duty a noun', () => {
    expect(
      askedInDuty('Under the supervision of the Chief Engineer, the fitters work on the engines.', generic),
    ).toEqual([]);
  });
});
