// One sentence as tokens with the small syntactic helpers the signal classes share: who the subject
// of a verb is, whether a verb is finite, and where a clause ends. Tokenised once per sentence.
import { tokenize, type Token } from '../rules/language/tokenize';
import type { LemmaSet } from '../rules/language/lexicon';
import { readableText } from '../rules/language/readable-text';

export { readableText };

/** A matched span, relative to the sentence. */
export interface Cue {
  start: number;
  end: number;
}

export interface SentenceView {
  text: string;
  tokens: Token[];
}

/** A signal finder: reads one sentence and returns the span that shows its signal, or undefined. */
export type Finder = (v: SentenceView) => Cue | undefined;

export function viewOf(text: string): SentenceView {
  const read = readableText(text);
  return { text: read, tokens: tokenize(read) };
}

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

/**
 * The hyphenated word starting at token i ("post-mortem", "ill-defined"), lower-cased, when the tokenizer cut it at
 * its hyphen; '' when the word at i has no hyphen joined to it.
 */
function hyphenated(v: SentenceView, i: number): string {
  const [a, dash, b] = [v.tokens[i], v.tokens[i + 1], v.tokens[i + 2]];
  if (!dash || !b || dash.text !== '-' || b.kind !== 'word' || dash.start !== a.end || b.start !== dash.end) return '';
  return `${a.lower}-${b.lower}`;
}

/**
 * Indices of tokens whose lemma is in the set. `hyphenated`: also a hyphenated entry ("post-mortem"), found at its
 * first part, since the tokenizer cuts at hyphens and the entry would otherwise never match. Opt-in: some lists'
 * hyphenated entries ("cut-off") read more widely than the regexes that already find them.
 */
export function findAll(v: SentenceView, set: LemmaSet, options: { hyphenated?: boolean } = {}): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.tokens[i].kind !== 'word') continue;
    if (set.has(v.tokens[i].lower)) out.push(i);
    else if (options.hyphenated) {
      const joined = hyphenated(v, i);
      if (joined && set.has(joined)) out.push(i);
    }
  }
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
