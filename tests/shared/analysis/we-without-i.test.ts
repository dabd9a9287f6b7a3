import { describe, it, expect } from 'vitest';
import { countPronouns, isWeWithoutI } from '../../../shared/analysis/rules/we-without-i';
import { analyzeText } from '../../../shared/analysis/index';
import { tokenize } from './helpers';

describe('"we" without "I"', () => {
  it('counts singular and plural first person and remembers the first "we"', () => {
    const text = 'Our team shipped it and we celebrated.';
    const count = countPronouns(tokenize(text));
    expect(count).toMatchObject({ singular: 0, plural: 2 });
    expect(text.slice(count.firstPlural!.start, count.firstPlural!.end)).toBe('Our');
    expect(isWeWithoutI(count)).toBe(true);
  });

  it('is satisfied by a single "I" and does not read "US" as "us"', () => {
    expect(isWeWithoutI(countPronouns(tokenize('We planned it; I wrote the code.')))).toBe(false);
    expect(countPronouns(tokenize('Launched in the US')).plural).toBe(0);
  });

  it('marks an Action that only says "we", once, at the first "we"', () => {
    const text = 'We rewrote the scheduler. We cut the backlog by 40%.';
    const found = analyzeText(text, { section: 'action' }).findings.filter((f) => f.rule === 'we-without-i');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe('We');
  });

  it('lets the Situation say "we" freely', () => {
    const found = analyzeText('We were a team of five with no on-call.', { section: 'situation' }).findings;
    expect(found.some((f) => f.rule === 'we-without-i')).toBe(false);
  });
});
