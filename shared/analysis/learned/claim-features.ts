// The named features a learned claim reading sees of one sentence: the rules' own readings (the four
// flags, each quantity's kind and roles, each outcome cue's kind, whether a veto, a target lead or an
// irrealis clause holds, a question), the section, the line's shape (opening verb, finite verb, list or
// title shape, length, digits, currency, arrows, ranges, first person), the roles structure-features.ts
// reads (what each number hangs on, the main clause's party, voice, tense and mood) and the stemmed words.
// Every feature is a name; a sentence is the set of names that hold for it, so the same sentence always
// gives the same set (no ids, no row text kept). Pure; it reads the facts sentence-facts.ts computed.
import { stemmer } from 'stemmer';
import type { Token } from '../rules/language/tokenize';
import type { Quantity } from '../rules/quantity/quantity-types';
import type { SentenceFacts } from '../sentence-facts';
import type { StorySection } from '../domain-types';
import { ACTION_BASE, IRREGULAR_PAST, isGerund, isPastForm } from '../rules/language/verbs';
import { irrealisSpans, isQuestion } from '../rules/language/clauses';
import { structureFeatures } from './structure-features';

/** What the rules found in one sentence: sentence-facts.ts's facts at the end of its reading, with the section. */
export type ClaimReading = Pick<
  SentenceFacts,
  | 'text'
  | 'tokens'
  | 'quantities'
  | 'outcomes'
  | 'isClaim'
  | 'hasMetric'
  | 'hasScale'
  | 'hasOutcome'
  | 'vetoed'
  | 'targeted'
> & { section: StorySection | undefined };

/** The quantity roles (quantity-types.ts) a feature names; each is "q:<role>" when some quantity has it. */
const QUANTITY_ROLES = [
  'change',
  'fromTo',
  'result',
  'perTime',
  'context',
  'delivered',
  'lead',
  'sizing',
  'range',
  'volume',
  'gained',
  'known',
  'increment',
  'spread',
  'partitive',
  'adopters',
  'reached',
  'participants',
  'allowance',
  'tenure',
  'window',
  'planned',
  'populationShare',
  'programMoney',
  'shift',
  'skill',
  'titleFigure',
  'handled',
] as const satisfies readonly (keyof Quantity)[];

const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself', 'we', 'our', 'us']);
/** Finite forms of the auxiliaries and "be"/"have": with a past form, what marks a clause with a verb. */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do']);

/** A verb's form by its shape: a past form, a known action base, or an "-ing" form. */
function verbLike(lower: string): boolean {
  return isPastForm(lower) || ACTION_BASE.has(lower) || isGerund(lower);
}

function lengthBucket(words: number): string {
  if (words <= 5) return 'len:1-5';
  if (words <= 10) return 'len:6-10';
  if (words <= 20) return 'len:11-20';
  if (words <= 30) return 'len:21-30';
  return 'len:31+';
}

/** A word's stem as the word features name it (lower-case Porter stem). */
export function wordStem(lower: string): string {
  return stemmer(lower);
}

/** The stemmed word unigrams of a sentence, and bigrams of adjacent stems, before any frequency floor. */
export function wordFeatures(tokens: readonly Token[]): string[] {
  const stems = tokens.filter((t) => t.kind === 'word').map((t) => wordStem(t.lower));
  const out = stems.map((s) => `w:${s}`);
  for (let i = 0; i + 1 < stems.length; i++) out.push(`b:${stems[i]}_${stems[i + 1]}`);
  return out;
}

/**
 * The structural features of one sentence (everything but its words): the rules' readings, the section
 * and the line's shape. Sorted and without duplicates.
 */
export function readingFeatures(r: ClaimReading): string[] {
  const f = new Set<string>();
  if (r.isClaim) f.add('rule:claim');
  if (r.hasMetric) f.add('rule:metric');
  if (r.hasScale) f.add('rule:scale');
  if (r.hasOutcome) f.add('rule:outcome');
  if (r.isClaim && !r.hasMetric && !r.hasScale && !r.hasOutcome) f.add('rule:vague');
  if (r.vetoed) f.add('rule:vetoed');
  if (r.targeted) f.add('rule:targeted');
  f.add(`section:${r.section ?? 'none'}`);
  if (r.quantities.length === 0) f.add('q:none');
  for (const q of r.quantities) {
    f.add(`q:kind:${q.kind}`);
    for (const role of QUANTITY_ROLES) if (q[role]) f.add(`q:${role}`);
    if (!q.head) f.add('q:headless');
  }
  for (const o of r.outcomes) {
    f.add(`o:${o.kind}`);
    if (o.zeroCount) f.add('o:zeroCount');
  }
  if (r.outcomes.length > 1) f.add('o:several');
  const words = r.tokens.filter((t) => t.kind === 'word');
  if (isQuestion(r.text)) f.add('question');
  if (irrealisSpans(r.tokens as Token[]).length > 0) f.add('irrealis');
  const first = words[0]?.lower;
  if (first !== undefined && verbLike(first)) f.add('shape:opens-verb');
  if (first !== undefined && IRREGULAR_PAST.has(first)) f.add('shape:opens-irregular-past');
  if (words.some((w) => isPastForm(w.lower) || FINITE_AUXILIARIES.has(w.lower))) f.add('shape:finite-verb');
  else f.add('shape:no-finite-verb');
  const commas = r.tokens.filter((t) => t.text === ',').length;
  if (commas >= 2) f.add('shape:comma-list');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  if (words.length > 0 && capitalised / words.length >= 0.5) f.add('shape:title-case');
  f.add(lengthBucket(words.length));
  if (/\p{Nd}/u.test(r.text)) f.add('shape:digits');
  if (r.text.includes('%')) f.add('shape:percent');
  if (/\p{Sc}/u.test(r.text)) f.add('shape:currency');
  if (/[\u2190-\u21ff\u27f6]|->/.test(r.text)) f.add('shape:arrow');
  if (/\p{Nd}\s*[-\u2013\u2014]\s*\p{Nd}/u.test(r.text)) f.add('shape:range');
  if (words.some((w) => FIRST_PERSON.has(w.lower))) f.add('shape:first-person');
  if (/[.!]\s*$/.test(r.text)) f.add('shape:full-stop');
  return [...f].sort();
}

/**
 * All features of a sentence: its reading's and its roles' (structure-features.ts), sorted together, then its
 * words' (the model keeps only those it knows).
 */
export function claimFeatures(r: ClaimReading): string[] {
  const structural = [...new Set([...readingFeatures(r), ...structureFeatures(r.tokens, r.quantities)])].sort();
  return [...structural, ...new Set(wordFeatures(r.tokens))];
}
