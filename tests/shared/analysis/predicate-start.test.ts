import { describe, it, expect } from 'vitest';
import { openerLength, predicateStart } from '#shared/analysis/rules/lines/predicate-start';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { flagString } from './helpers';

/** The text from the line's own clause on. */
function fromPredicate(s: string): string {
  const tokens = tokenize(s);
  const n = predicateStart(tokens);
  return n === 0 ? s : s.slice(tokens[n].start);
}

describe('where a line’s own clause starts', () => {
  it('reads past a bracketed tag, a clock time or an arrow', () => {
    expect(fromPredicate('[Acme Logistics] Rebuilt the returns flow')).toBe('Rebuilt the returns flow');
    expect(fromPredicate('(Contract) Migrated the billing jobs to Airflow')).toBe(
      'Migrated the billing jobs to Airflow',
    );
    expect(fromPredicate('[14:05] rolled back the config push')).toBe('rolled back the config push');
    expect(fromPredicate('-> rolled the change back within an hour')).toBe('rolled the change back within an hour');
  });

  it('reads past a label before a clause with a finite verb', () => {
    expect(fromPredicate('Highlight: Won the regional tender against two bigger firms')).toBe(
      'Won the regional tender against two bigger firms',
    );
    expect(fromPredicate('Key result — churn fell by a fifth after the rewrite')).toBe(
      'churn fell by a fifth after the rewrite',
    );
    expect(fromPredicate('Impact - none of the depots ran out of stock')).toBe('none of the depots ran out of stock');
    // A date, then a tag: both are read past.
    expect(fromPredicate('2021: [Freelance] Built a booking site for a dental clinic')).toBe(
      'Built a booking site for a dental clinic',
    );
  });

  it('keeps what is not a prefix', () => {
    for (const s of [
      '(Re)built the intake form', // no space after the bracket: one word
      '[in progress]', // nothing after the tag
      'Goal: cut the cloud bill by 15%', // a goal label says what the line is
      'Problem: the nightly export failed twice a week',
      'Shift pattern: 4 on 4 off, days and nights', // a field's value, no verb
      'Hobbies: woodwork, distributed systems, long walks', // a list of short items
      'The first version — with retries and logging — took two weeks', // a dash pair is an aside
      'In the first month, complaints dropped', // an adverbial is read past by the claim rules themselves
      'We cut the queue in half: nobody waited past noon',
      'This grounds the answer — the bot cannot invent prices it was never given', // a clause, not a label
      'It pays off - the night shift sleeps through now',
    ])
      expect(fromPredicate(s), s).toBe(s);
  });

  it('judges the line after the prefix as the claim rules would judge it alone', () => {
    expect(flagString('[Acme Logistics] Rebuilt the returns flow')).toBe('C...');
    expect(flagString('(Contract) Migrated the billing jobs to Airflow')).toBe('C...');
    expect(flagString('Highlight: Won the regional tender against two bigger firms')).toBe(
      flagString('Won the regional tender against two bigger firms'),
    );
    // A clock time is a stamp, not a measure.
    expect(flagString('[14:05] rolled back the config push')).toBe('C...');
  });

  it('reads past a label that holds an aside in brackets, keeping the aside’s sizes as sizes', () => {
    expect(fromPredicate('Moor Lane housing (42 homes, Passivhaus): led the design team through planning')).toBe(
      'led the design team through planning',
    );
    expect(fromPredicate('Acme Retail [contract] — migrated the shop to a hosted platform')).toBe(
      'migrated the shop to a hosted platform',
    );
    // The aside's count sizes the project the label names; the time in brackets is how long the post lasted.
    expect(flagString('Moor Lane housing (42 homes, Passivhaus): led the design team through planning')).toBe('C.S.');
    expect(flagString('Acme Retail (contract, 6 months): migrated the shop to a hosted platform')).toBe('C...');
    // Near misses: an aside with a verb is a clause, a label without a clause after it is a field, and a
    // goal label stays the line's subject.
    expect(fromPredicate('Moor Lane housing (we won it in 2019): led the design team')).toBe(
      'Moor Lane housing (we won it in 2019): led the design team',
    );
    expect(flagString('Moor Lane housing (42 homes, Passivhaus): project architect')[0]).toBe('.');
    expect(fromPredicate('Goal (Q3): cut the cloud bill by 15%')).toBe('Goal (Q3): cut the cloud bill by 15%');
  });

  it('reads a compound word in a label as one word', () => {
    expect(fromPredicate('Multi-region: led the active-active design for the checkout path')).toBe(
      'led the active-active design for the checkout path',
    );
    expect(fromPredicate('CI/CD: rebuilt the release pipeline for the mobile apps')).toBe(
      'rebuilt the release pipeline for the mobile apps',
    );
    expect(flagString('Multi-region: led the active-active design for the checkout path')[0]).toBe('C');
    // Near misses: a spaced hyphen is a separator, not a joiner, and a compound label before a verbless
    // value stays a field.
    expect(fromPredicate('Cross-team work - mostly meetings')).toBe('Cross-team work - mostly meetings');
    expect(flagString('Follow-up care: weekly, by phone')[0]).toBe('.');
  });

  it('leaves fields, goals and lists unclaimed', () => {
    expect(flagString('Hobbies: woodwork, distributed systems, long walks')).toBe('....');
    expect(flagString('Goal: cut the cloud bill by 15%')[0]).toBe('.');
    expect(flagString('[Draft] Notes for the panel')).toBe('....');
  });
});

/** The words of the opener openerLength finds, joined. */
function opener(s: string): string {
  const words = tokenize(s).map((t) => t.lower);
  return words.slice(0, openerLength(words)).join(' ');
}

describe('a leading conjunction', () => {
  it('is read past by the claim rules', () => {
    expect(opener('But keeping it running took a whole person')).toBe('but');
    expect(opener('And the export ran clean every night after that')).toBe('and');
    expect(flagString('But keeping it running took a whole engineer for six weeks')).toBe(
      flagString('Keeping it running took a whole engineer for six weeks'),
    );
  });

  it('is no opener elsewhere or alone', () => {
    for (const s of ['Butter sales rose', 'But', 'At peak the service handled 900 orders a minute', 'Built the rota'])
      expect(opener(s), s).toBe('');
  });
});
