// Splits one sentence into word, number and symbol tokens with UTF-16 offsets. Every other rule
// reads these tokens, so each sentence is scanned by a regex only once.

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  text: string;
  /** Lower-cased text, for lexicon lookups. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// A run of letters/digits, optionally joined by one inner . , ' ’ (so "1,000", "v2.1", "e.g",
// "Node.js", "don't" stay whole). Each joiner must be followed by letters/digits, so the
// repetition is unambiguous and the regex stays linear. Anything else non-space is one symbol.
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:[.,'’][\p{L}\p{M}\p{N}_]+)*|[^\s]/gu;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind: TokenKind = HAS_DIGIT.test(t) ? 'number' : HAS_LETTER.test(t) || t === '_' ? 'word' : 'symbol';
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, kind });
  }
  return tokens;
}

/** True for tokens that count as spoken words (words and numbers, not punctuation). */
export function isWordLike(token: Token): boolean {
  return token.kind !== 'symbol';
}

export function countWords(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'symbol') n++;
  return n;
}
