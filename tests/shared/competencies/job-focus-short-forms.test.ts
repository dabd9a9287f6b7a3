// A small ad's short forms (session 41): "seeks exp. mgr to lead dept. heads", "Resp. for keeping H&S standards high",
// "Lead & dev. the shift supvrs" read as the words they stand for, and a stop after a short form ends no sentence when
// the ad goes on in lower case or with an ampersand (short-forms.ts). A clipped word counts only with its stop ("dev."
// is develop; "Dev. tools" asks nothing), and the contact tail ("Apply w/ CV to the dept. office") is no ask. The lines
// are our own writing, made up for these tests (no posting's words; fixture folder own-s41-short-forms): the tuning rows
// (rows.json) were written before the rule and used while writing it; the aside rows (rows-aside.json) were written at
// the same time, put aside, and run once at the end. Near misses (`asked: false`) must stay unread.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortFormGoesOn, shortFormReading } from '#shared/competencies/job-focus/short-forms';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { itReadsAskRows, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s41-short-forms');

// Rows the rules get wrong, kept as todos so the figure stays honest (before: tuning 6 of 15 asks read, aside 8 of 15;
// after: tuning 12 of 15, aside 11 of 15; no near miss read before or after, 0 of 4 in each half). Tuning: a duty told
// as a noun after "Resp. for the" with no verb's phrase for it ("the maint. sched."), compliance with regulations (no
// quality phrase, spelt out or not), "coordinate repairs with the manager" (one party named by a singular title). The
// aside rows were measured once and not traced.
const NOT_YET_READ: readonly string[] = [
  'Resp. for the maint. sched. of all vans.',
  'Resp. for compliance w/ food safety regs & audits.',
  'Coordinate deliveries w/ the warehouse mgr.',
  // Aside.
  'Seeks exp. manager to supervise dept. heads.',
  'Resp. for the daily sched. of both crews.',
  'Resp. for compliance w/ safety regs & inspections.',
  'Coordinate repairs w/ the site mgr.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)("a small ad's short forms (%s rows)", (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ));
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('short forms', () => {
  it('reads a clipped word only with its stop, a skeleton anywhere', () => {
    expect(shortFormReading('dev', true)).toBe('develop');
    expect(shortFormReading('dev', false)).toBeUndefined();
    expect(shortFormReading('supvrs', false)).toBe('supervisors');
    expect(shortFormReading('kitchen', true)).toBeUndefined();
  });

  it('lets the ad go on past a short form only in lower case or with an ampersand', () => {
    expect(shortFormGoesOn('dept', '. ', 'heads')).toBe(true);
    expect(shortFormGoesOn('sched', '. & ', 'DVSA')).toBe(true);
    expect(shortFormGoesOn('dept', '. ', 'Apply')).toBe(false);
    expect(shortFormGoesOn('dept', '.\n', 'heads')).toBe(false);
    expect(shortFormGoesOn('team', '. ', 'heads')).toBe(false);
  });
});
