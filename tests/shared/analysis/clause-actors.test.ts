// Whose act a clause tells (clause-actors.ts, party-kinds.ts): the subject, its kind of party, the main verb,
// its form and voice, per clause, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/analysis/rules/language/tokenize';
import { clauseActors } from '../../../shared/analysis/rules/voices/clause-actors';
import { partyKindOf } from '../../../shared/analysis/rules/voices/party-kinds';

/** Each clause as "kind subject-head verb form [passive] [by agent-kind] [relative]". */
function read(text: string): string[] {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind !== 'symbol');
  return clauseActors(tokens).map((c) =>
    [
      c.kind,
      c.subject ? words[c.subject.head].lower : '-',
      c.verb >= 0 ? words[c.verb].lower : '-',
      c.form,
      c.passive ? 'passive' : '',
      c.agent ? `by:${c.agent.kind}` : '',
      c.relative ? 'relative' : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

describe('partyKindOf', () => {
  it('tells the writer, the group, another party and a thing', () => {
    expect(partyKindOf('i')).toBe('writer');
    expect(partyKindOf('my')).toBe('writer');
    expect(partyKindOf('we')).toBe('group');
    expect(partyKindOf('our')).toBe('group');
    expect(partyKindOf('finance')).toBe('other');
    expect(partyKindOf('reviewers')).toBe('other');
    expect(partyKindOf('press')).toBe('other');
    expect(partyKindOf('system')).toBe('thing');
    expect(partyKindOf('it')).toBe('thing');
  });
});

describe('clauseActors', () => {
  it('reads the writer, the group, another party and a thing as subjects', () => {
    expect(read('I moved the stock counts to Mondays.')).toEqual(['writer i moved finite']);
    expect(read('We dropped the weekly sync in June.')).toEqual(['group we dropped finite']);
    expect(read('The pharmacists signed off the new dosing card.')).toEqual(['other pharmacists signed finite']);
    expect(read('The scheduler handled twice the load.')).toEqual(['thing scheduler handled finite']);
  });

  it('reads a subjectless résumé line as a participle with no party', () => {
    expect(read('Rewrote the intake form for the front desk.')).toEqual(['none - rewrote participle']);
  });

  it('reads the writer inside a joint subject', () => {
    expect(read('My supervisor and I split the audit between us.')).toEqual(['writer i split finite']);
    expect(read('Tomasz and I paired on the parser.')).toEqual(['writer i paired finite']);
  });

  it('reads a passive and the party after "by"', () => {
    expect(read('The handover sheet was taken up by two other clinics.')).toEqual([
      'thing sheet taken finite passive by:other',
    ]);
    expect(read('Our checklist has since been copied by the regulator.')).toEqual([
      'thing checklist copied finite passive by:other',
    ]);
    expect(read('The rota was printed weekly.')).toEqual(['thing rota printed finite passive']);
  });

  it('reads a relative clause apart from the clause around it', () => {
    expect(read('The crew I trained cut the changeover to nine minutes.')).toEqual([
      'writer i trained finite relative',
      'other crew cut finite',
    ]);
    expect(read('The form that we drafted confused most callers.')).toEqual([
      'group we drafted finite relative',
      'thing form confused finite',
    ]);
  });

  it('gives a coordinated verb with its subject left out the subject before it', () => {
    expect(read('The auditor was sceptical at first, but approved the change.')).toEqual([
      'other auditor was finite',
      'other - approved finite',
    ]);
  });

  it('splits clauses at subordinators and reads each subject', () => {
    expect(read('The landlord replaced the boiler after I logged the readings.')).toEqual([
      // A landlord is an outside party since session 36 (party-words.ts REACTING_BODIES: "the landlord asked us back").
      'other landlord replaced finite',
      'writer i logged finite',
    ]);
    expect(read('Last spring I rebuilt the booking page.')).toEqual(['writer i rebuilt finite']);
  });

  it('reads a present verb after an adverb of its place', () => {
    expect(read('The night nurses now use the new chart.')).toEqual(['other nurses use finite']);
    // "both", "all" before a noun are no adverbs of the verb's place.
    expect(read('Both wards opted to keep the chart.')).toEqual(['other wards opted finite']);
  });
});
