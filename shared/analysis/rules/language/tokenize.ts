// Splits one sentence into word, number and symbol tokens with UTF-16 offsets. Every other rule
// reads these tokens, so each sentence is scanned once. Hand-written over char codes (ASCII fast
// path) because this runs on every sentence of every story and a Unicode-property regex is slower.

import { factsOf, type WordFacts } from './word-facts';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  text: string;
  /** Lower-cased text, for lexicon lookups. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** What the passes remember about this word (word tokens only; see word-facts.ts). */
  facts: WordFacts | undefined;
}

const ALNUM_OTHER = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OTHER = /[\p{L}\p{M}]/u;

// The class of each ASCII code: digits 2, letters and "_" 1, the rest 0.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_CLASS[c] = c >= 48 && c <= 57 ? 2 : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 ? 1 : 0;

// 0 = not part of a word, 1 = letter, 2 = digit, for one UTF-16 code unit.
function classOf(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] as 0 | 1 | 2;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // surrogate halves (emoji, rare scripts) are symbols
  const ch = text[i];
  if (!ALNUM_OTHER.test(ch)) return 0;
  return LETTER_OTHER.test(ch) ? 1 : 2;
}

// Joiners kept inside a token when letters/digits follow: "1,000", "v2.1", "e.g", "Node.js", "don't".
function isJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 39 || c === 0x2019;
}

/** Whether a code unit is one that `\s` matches in a regular expression (Unicode white space and line ends). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a token's text is one clause mark: `/^[,;:.!?()]$/.test(text)` as a plain check (the rules
 * ask it of every token they walk past, and a regular expression cost several times more per call).
 */
export function isClauseMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41;
}

// Known words. A sentence's words are nearly all ones seen before, and slicing each, lower-casing it
// and hashing the new string to find its facts was the tokenizer's largest cost. An all-ASCII word is
// hashed while it is scanned (its lower-case codes) and looked up in this open-addressed table, which
// keeps the one lower-case string of each word and its facts; a word in lower case then needs no new
// string at all. Every later lookup of the shared string in a word list finds its hash already
// computed. Words with other characters take the plain path.
// The table starts small, so a story's few hundred words sit in a few cache lines, and doubles when
// half full; at its largest it starts over rather than grow (a pasted log of new words fills it).
const FIRST_SIZE = 1 << 9;
const LARGEST_SIZE = 1 << 16;

interface KnownWord {
  hash: number;
  lower: string;
  facts: WordFacts;
}

let knownWords: (KnownWord | undefined)[] = emptyTable(FIRST_SIZE);
// Each slot's hash and word length side by side (length 0: the slot is empty), so a probe compares numbers in
// one typed array and reads a word's object only on a likely match: reading each probed object's fields cost the
// tokenizer a fifth of its time.
let knownKeys = new Int32Array(FIRST_SIZE * 2);
let knownCount = 0;

function emptyTable(size: number): (KnownWord | undefined)[] {
  return new Array<KnownWord | undefined>(size).fill(undefined);
}

/** Puts a word in the table's first free slot from its hash on (there always is one: the table is at most half full). */
function place(known: KnownWord): void {
  const mask = knownWords.length - 1;
  let slot = known.hash & mask;
  while (knownWords[slot] !== undefined) slot = (slot + 1) & mask;
  knownWords[slot] = known;
  knownKeys[2 * slot] = known.hash;
  knownKeys[2 * slot + 1] = known.lower.length;
}

/**
 * The known word whose lower case is text[start, end) (ASCII, lower-case codes hashed to `hash`), if any.
 * `upper`: some code of the word is upper case. A word typed in lower case (nearly all) is compared with the
 * engine's own `startsWith`, several times faster than a loop over its codes.
 */
function findKnown(text: string, start: number, end: number, hash: number, upper: boolean): KnownWord | undefined {
  const length = end - start;
  const mask = knownWords.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const knownLength = knownKeys[2 * slot + 1];
    if (knownLength === 0) return undefined;
    if (knownKeys[2 * slot] !== hash || knownLength !== length) continue;
    const known = knownWords[slot] as KnownWord;
    if (!upper) {
      if (text.startsWith(known.lower, start)) return known;
      continue;
    }
    let k = 0;
    while (k < length && toLowerAscii(text.charCodeAt(start + k)) === known.lower.charCodeAt(k)) k++;
    if (k === length) return known;
  }
}

/** Adds a word (its lower case, all ASCII) to the table. */
function addKnown(lower: string, hash: number, facts: WordFacts): void {
  if (knownCount + 1 > knownWords.length >> 1) {
    const old = knownWords;
    const size = old.length < LARGEST_SIZE ? old.length * 2 : FIRST_SIZE;
    knownWords = emptyTable(size);
    knownKeys = new Int32Array(size * 2);
    knownCount = 0;
    if (old.length < LARGEST_SIZE)
      for (const known of old)
        if (known !== undefined) {
          place(known);
          knownCount++;
        }
  }
  place({ hash, lower, facts });
  knownCount++;
}

/**
 * The engine's one shared copy of a word (property names are kept as one), so that comparing a known word
 * with a word written in a rule (`w === 'the'`) or looking it up in a word list settles on identity rather
 * than by reading characters. Asked once per new word; the rules compare known words thousands of times.
 * (Words here hold no digits, so none reads as an array index.)
 */
function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0];
}

function toLowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let cls = classOf(text, i);
    if (cls === 0) {
      // One symbol: a whole code point (surrogate pairs stay together).
      const size =
        c >= 0xd800 && c <= 0xdbff && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
          ? 2
          : 1;
      const t = text.slice(i, i + size);
      tokens.push({ text: t, lower: t, start: i, end: i + size, kind: 'symbol', facts: undefined });
      i += size;
      continue;
    }
    const start = i;
    let digit = false;
    // The lower-case codes' hash, while every code is ASCII; whether any is upper case.
    let hash = 0;
    let ascii = true;
    let upper = false;
    for (;;) {
      if (cls === 2) digit = true;
      const code = text.charCodeAt(i);
      if (code >= 128) ascii = false;
      else if (code >= 65 && code <= 90) upper = true;
      hash = (Math.imul(hash, 31) + toLowerAscii(code)) | 0;
      i++;
      if (i >= n) break;
      cls = classOf(text, i);
      if (cls !== 0) continue;
      if (isJoiner(text.charCodeAt(i)) && i + 1 < n) {
        const after = classOf(text, i + 1);
        if (after !== 0) {
          // The joiner is part of the word: hash it too.
          const joiner = text.charCodeAt(i);
          if (joiner >= 128) ascii = false;
          hash = (Math.imul(hash, 31) + joiner) | 0;
          cls = after;
          i++;
          if (cls === 2) digit = true;
          continue;
        }
      }
      break;
    }
    if (!digit && ascii) {
      const known = findKnown(text, start, i, hash, upper);
      if (known !== undefined) {
        const t = upper ? text.slice(start, i) : known.lower;
        tokens.push({ text: t, lower: known.lower, start, end: i, kind: 'word', facts: known.facts });
        continue;
      }
    }
    const t = text.slice(start, i);
    const lower = t.toLowerCase();
    if (digit) {
      tokens.push({ text: t, lower, start, end: i, kind: 'number', facts: undefined });
      continue;
    }
    const facts = factsOf(lower);
    if (ascii) {
      const shared = internalized(lower);
      addKnown(shared, hash, facts);
      tokens.push({ text: upper ? t : shared, lower: shared, start, end: i, kind: 'word', facts });
      continue;
    }
    tokens.push({ text: t, lower, start, end: i, kind: 'word', facts });
  }
  return tokens;
}

/** Whether `text` opens with an upper-case letter (a letter with case: a digit or a mark is not one). */
export function isCapitalized(text: string): boolean {
  const c = text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for tokens that count as spoken words (words and numbers, not punctuation). */
export function isWordLike(token: Token): boolean {
  return token.kind !== 'symbol';
}

/** The number of spoken words among `tokens`: words and numbers, not punctuation (as isWordLike counts them). */
export function countWords(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'symbol') n++;
  return n;
}

/** Index of the first token that starts at or after `start` (tokens are in order: a binary search). */
export function tokenIndexFrom(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first token starting at or after `offset`, or -1: `tokens.findIndex((t) => t.start >= offset)`
 * in log time. A scan from the start per number made a sentence of many numbers quadratic.
 */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  const i = tokenIndexFrom(tokens, offset);
  return i < tokens.length ? i : -1;
}

/** Index of the token starting exactly at `offset`, or -1 (token starts strictly increase). */
export function tokenStartingAt(tokens: Token[], offset: number): number {
  const i = tokenIndexFrom(tokens, offset);
  return tokens[i]?.start === offset ? i : -1;
}
