// One sentence as tokens with the small syntactic helpers the signal classes share: who the subject
// of a verb is, whether a verb is finite, and where a clause ends. Tokenised once per sentence.
import { tokenize, type Token } from '../rules/tokenize';
import type { LemmaSet } from '../rules/lexicon';

/** A matched span, relative to the sentence. */
export interface Cue {
  start: number;
  end: number;
}

export interface SentenceView {
  text: string;
  tokens: Token[];
}

/**
 * The sentence as the classes read it, one character for one so every offset stays the same: a
 * typographic apostrophe is read as a plain one ("couldn’t" as "couldn't", as text pasted from a
 * document or a web page writes it), Markdown emphasis is read as blank space ("I **pushed back**"),
 * and notes typed in lower case write the writer as "i" ("so i planned the launch"), read as "I".
 */
export function readableText(text: string): string {
  let plain = CURLY_APOSTROPHE.test(text) ? text.replace(CURLY_APOSTROPHE_ALL, "'") : text;
  // Typographic hyphens ("trade‑off", "on‑call") read as the plain one.
  if (TYPO_HYPHEN.test(plain)) plain = plain.replace(TYPO_HYPHEN_ALL, '-');
  // Markdown emphasis inside a sentence ("I **pushed back** on the date") reads as the words alone.
  if (EMPHASIS.test(plain)) plain = plain.replace(EMPHASIS_ALL, (m) => ' '.repeat(m.length));
  return LOWER_I.test(plain) ? plain.replace(LOWER_I_ALL, 'I') : plain;
}

export function viewOf(text: string): SentenceView {
  const read = readableText(text);
  return { text: read, tokens: tokenize(read) };
}

// Asterisks, or underscores at a word's edge ("_batch scoring_", not "snake_case").
const EMPHASIS = /\*+|(?<![\w])_+(?=\w)|(?<=\w)_+(?![\w])/;
const EMPHASIS_ALL = new RegExp(EMPHASIS.source, 'g');
const TYPO_HYPHEN = /[\u2010\u2011]/;
const TYPO_HYPHEN_ALL = /[\u2010\u2011]/g;
const CURLY_APOSTROPHE = /[’‘ʼ]/;
const CURLY_APOSTROPHE_ALL = /[’‘ʼ]/g;

// "i" alone as a word (before a space, an apostrophe or the end), not "i.e." or "i/o".
const LOWER_I = /(?<![\w.'’/-])i(?=\s|['’](?:m|d|ve|ll)\b|[,;:]|$)/;
const LOWER_I_ALL = new RegExp(LOWER_I.source, 'g');

// Symbols that end a clause for subject search: a verb after them needs its own subject.
const CLAUSE_END = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”', '?', '!']);
const PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'who', 'which', 'that', 'this', 'nobody']);
const NOT_FINITE_BEFORE = new Set([
  'to',
  'would',
  'could',
  'should',
  'might',
  'will',
  'can',
  'must',
  'may',
  'not',
  "n't",
  'never',
  "didn't",
  "don't",
  "won't",
  "wasn't",
  "couldn't",
  "wouldn't",
  'cannot',
]);

export const span = (v: SentenceView, from: number, to: number): Cue => ({
  start: v.tokens[from].start,
  end: v.tokens[Math.min(to, v.tokens.length - 1)].end,
});

/** The lower-cased word at i, or '' past the ends. */
export const word = (v: SentenceView, i: number): string => v.tokens[i]?.lower ?? '';

/** True when the token at k reads as a finite verb: not after "to", a modal or a negation. */
export function finite(v: SentenceView, k: number): boolean {
  return !NOT_FINITE_BEFORE.has(word(v, k - 1));
}

/**
 * The subject of the verb at k, as the nearest pronoun or named subject before it in the same clause
 * ("I pulled the logs and walked the lead through them": "walked" → "i"). `undefined` when none.
 */
export function subjectOf(v: SentenceView, k: number, reach = 16): string | undefined {
  for (let i = k - 1; i >= 0 && i >= k - reach; i--) {
    const t = v.tokens[i];
    if (t.kind === 'symbol' && CLAUSE_END.has(t.text)) return undefined;
    if (PRONOUNS.has(t.lower)) return t.lower;
  }
  return undefined;
}

/** The writer is the subject of the verb at k: "I …", or a subject-less bullet that opens with it. */
export function writerActs(v: SentenceView, k: number): boolean {
  if (!finite(v, k)) return false;
  const subject = subjectOf(v, k, 40);
  if (subject === 'i') return true;
  if (opensSentence(v, k)) return true;
  // A subject-less bullet that opened with a past verb: "Acknowledged the cost, and proposed …".
  return subject === undefined && opensWithPastVerb(v);
}

/** The sentence opens with a past verb and no subject: an Action bullet ("**Set up** weekly syncs"). */
export function opensWithPastVerb(v: SentenceView): boolean {
  const i = v.tokens.findIndex((t) => t.kind !== 'symbol');
  return i >= 0 && opensSentence(v, i);
}

/** The word at k opens the sentence (after bullets, bold marks and one adverb): "- Chose to …". */
export function opensSentence(v: SentenceView, k: number): boolean {
  let seen = 0;
  for (let i = 0; i < k; i++) {
    const t = v.tokens[i];
    if (t.kind === 'symbol') continue;
    if (seen === 0 && (t.lower.endsWith('ly') || t.lower === 'then' || t.lower === 'also')) {
      seen++;
      continue;
    }
    return false;
  }
  const w = word(v, k);
  return w.endsWith('ed') || /^(?:chose|cut|went|made|took|kept|built|led|drew|set|put|won|got|brought|sold)$/.test(w);
}

/** Indices of tokens whose lemma is in the set. */
export function findAll(v: SentenceView, set: LemmaSet): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.tokens.length; i++) if (v.tokens[i].kind === 'word' && set.has(v.tokens[i].lower)) out.push(i);
  return out;
}

/** The first regex match in the sentence as a cue. */
export function match(v: SentenceView, pattern: RegExp): Cue | undefined {
  const m = pattern.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The first cue any of the finders returns. */
export function first(v: SentenceView, finders: readonly ((v: SentenceView) => Cue | undefined)[]): Cue | undefined {
  for (const f of finders) {
    const c = f(v);
    if (c) return c;
  }
  return undefined;
}
