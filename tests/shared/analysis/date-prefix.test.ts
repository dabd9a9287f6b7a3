import { describe, it, expect } from 'vitest';
import { datePrefixLength } from '#shared/analysis/rules/lines/date-prefix';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { flagString } from './helpers';

/** The text left after the date label. */
function afterLabel(s: string): string {
  const tokens = tokenize(s);
  const n = datePrefixLength(tokens);
  return n === 0 ? s : s.slice(tokens[n].start);
}

describe('date prefixes on resume lines', () => {
  it('reads past a date, a range or a quarter before the line', () => {
    expect(afterLabel('Sep. 2016: Coached two interns.')).toBe('Coached two interns.');
    expect(afterLabel('2019–2021: Reduced build time by 40%.')).toBe('Reduced build time by 40%.');
    expect(afterLabel('Q3 2022 — cut cloud spend by $40K.')).toBe('cut cloud spend by $40K.');
    expect(afterLabel('Mar 2020 - Present: Built the feature store.')).toBe('Built the feature store.');
    expect(afterLabel('(2020) Shipped the ranking model.')).toBe('Shipped the ranking model.');
    expect(afterLabel('Sep 3, 2019: Gave a talk on feature stores.')).toBe('Gave a talk on feature stores.');
  });

  it('reads past a date cell before a capitalised past verb, with no separator typed', () => {
    expect(afterLabel('Mar 2023\tCut overtime by 30% with the new rota')).toBe('Cut overtime by 30% with the new rota');
    expect(afterLabel('2021 Led the move to the new ward')).toBe('Led the move to the new ward');
    expect(flagString('Mar 2023\tCut overtime by 30% with the new rota')).toBe(
      flagString('Cut overtime by 30% with the new rota'),
    );
    // Near misses: a sentence about the year, a verb in lower case or a verb that is no past form.
    expect(afterLabel('2019 Was a busy year')).toBe('2019 Was a busy year');
    expect(afterLabel('2019 saw record sales')).toBe('2019 saw record sales');
    expect(afterLabel('2022 Interns joined the team')).toBe('2022 Interns joined the team');
  });

  it('leaves a sentence about a year alone', () => {
    for (const s of ['2019 was a busy year.', 'In 2019, we moved to Kafka.', 'May the tests pass.', '2019:'])
      expect(afterLabel(s), s).toBe(s);
  });

  it('judges the line after the label as a claim, with no metric from the year', () => {
    expect(flagString('2019–2021: Reduced model training cost by 35%.')).toBe('CM.O');
    expect(flagString('Nov 2019 — Presented our drift work at an internal summit.')).toBe('C...');
    expect(flagString('2018: Led the migration of batch jobs to Kubernetes.')).toBe('C...');
  });
});
