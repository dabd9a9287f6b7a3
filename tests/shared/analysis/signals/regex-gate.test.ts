// The regex pre-check is exact: it names only literals every match must contain, and it never says
// "cannot match" for a text the pattern matches.
import { describe, it, expect } from 'vitest';
import { mayMatch, pairBits, requiredLiterals } from '#shared/analysis/signals/regex-gate';

const check = (re: RegExp, text: string) => mayMatch(re, text.toLowerCase(), pairBits(text.toLowerCase()));

describe('requiredLiterals', () => {
  it('reads the literal words a match needs', () => {
    expect(requiredLiterals(/\bI\s+(?:also\s+)?(?:built|designed)\s+x/i)).toEqual(['built', 'designed']);
    expect(requiredLiterals(/abc|def(?:gh|ij)/)).toEqual(['abc', 'def']);
    expect(requiredLiterals(/\bover\s+(?!(?:in|on))/i)).toEqual(['over']);
    expect(requiredLiterals(/ab(?:cde)?fgh/)).toEqual(['fgh']);
    expect(requiredLiterals(/foo{2}bars/)).toEqual(['bars']);
  });

  it('gives none where a branch, an optional part or a short word is all there is', () => {
    expect(requiredLiterals(/abc|\d+/)).toBeUndefined();
    expect(requiredLiterals(/(?:word)?\s+x/)).toBeUndefined();
    expect(requiredLiterals(/\ba\s+(?:b|cd)/)).toBeUndefined();
    expect(requiredLiterals(/(?=word)\w+/)).toBeUndefined();
  });

  it('leaves unicode, global and sticky patterns alone', () => {
    expect(requiredLiterals(/words/iu)).toBeUndefined();
    expect(requiredLiterals(/words/g)).toBeUndefined();
    expect(requiredLiterals(/words/y)).toBeUndefined();
  });
});

describe('mayMatch', () => {
  const patterns = [
    /\b(?:convinc(?:ed|ing)|persuaded)\s+(?:the|my)\s+\w+/i,
    /\bI\s+(?:\w+ly\s+)?(?:pushed\s+back|went\s+with)\b/,
    /\b(?:trade-?\s?offs?|at\s+the\s+cost\s+of)\b/i,
  ];
  const texts = [
    'I Convinced the lead to wait.',
    'We PERSUADED my manager with data.',
    'I quietly pushed back on the date.',
    'The trade off was worth it; at the cost of speed.',
    'Nothing to see here at all.',
    'i went with Postgres.',
  ];
  it('never rules out a text the pattern matches', () => {
    for (const re of patterns) for (const t of texts) if (re.test(t)) expect(check(re, t)).toBe(true);
  });
  it('rules out a text that lacks every literal', () => {
    expect(check(patterns[0], 'Nothing to see here at all.')).toBe(false);
  });
});
