// The walk findOutcomeCues makes over a sentence, as the cue rules see it: one word at a time, with
// its neighbours, the cues found so far, and small look-ahead helpers several rules share.
import type { Token } from '../language/tokenize';
import type { OutcomeCue, OutcomeKind } from './outcome-types';
import type { LemmaSet } from '../language/lexicon';
import { isMlMetricToken } from '../quantity/ml-evidence';
import {
  BETTER_STATES,
  CLAUSE_END_MARKS,
  COMPARATIVES,
  FALLEN_TROUBLES,
  GONE_THINGS,
  NEGATED_PROBLEMS,
  PROBLEM_NOUNS,
  THREATS,
  TROUBLE_MODIFIERS,
  FIRST_TRIES,
  MORE_ADJECTIVES,
  QUALITY_NOUNS,
  READY_PAIRS,
  READY_STATES,
  TIME_WORDS,
  wordValence,
} from '../language/lexicon';

/** Where the walk stands: the word at `i`, its lower-case neighbours, and the cues found so far. */
export interface CueScan {
  tokens: Token[];
  /** The non-symbol tokens. */
  words: Token[];
  cues: OutcomeCue[];
  i: number;
  w: Token;
  lower: string;
  prev: string | undefined;
  next: string | undefined;
  /**
   * The time after the work is given by the sentence's place (a Result section): a count of none there
   * needs no period of its own ("No callbacks from any of the households", "…, and none of the buyers
   * pulled out"), as the section already says it was counted after the work (zero-after-work.ts).
   */
  periodGiven?: boolean;
}

/**
 * One reading of an outcome that starts at a word. `words` and `lemmas` say which words can start it
 * (the walk runs a rule only on those, so the trigger list is derived from the rules); `match` returns
 * true when the word is settled — a cue added, or a reading that rules out every later one — and false
 * to let the next rule in the table try.
 */
export interface CueRule {
  readonly name: string;
  readonly words?: Iterable<string>;
  readonly lemmas?: readonly LemmaSet[];
  match(s: CueScan): boolean;
}

/** Records a cue from `from` to `to` (module level: a closure per call costs more than the call). */
export function addCue(cues: OutcomeCue[], from: Token, to: Token, kind: OutcomeKind): void {
  cues.push({ start: from.start, end: to.end, kind, cue: from.lower });
}

/** Where the clause holding `word` ends: the next comma, semicolon, colon, dash or bracket. */
export function clauseEnd(tokens: Token[], word: Token): number {
  for (const t of tokens)
    if (t.start > word.start && t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text)) return t.start;
  return Number.POSITIVE_INFINITY;
}

export function isQuality(lower: string): boolean {
  return QUALITY_NOUNS.has(lower) || isMlMetricToken(lower);
}

/** A quality noun within `span` words after token `i` (`i` may lie before the sentence: the window starts at its first word). */
export function qualityAhead(words: Token[], i: number, span: number): boolean {
  for (let k = Math.max(0, i + 1); k < words.length && k <= i + span; k++) if (isQuality(words[k].lower)) return true;
  return false;
}

/** Does a comparative or a multiplier follow within `span` words ("resolve tickets faster")? */
export function betterAhead(words: Token[], i: number, span: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + span; k++) {
    const l = words[k].lower;
    if (COMPARATIVES.has(l) || l === 'twice' || l === 'more') return true;
  }
  return false;
}

/** The index of a better state within the clause, two to five words after a causative verb at `i` (-1 if none). */
export function betterStateAhead(words: Token[], i: number, clauseEndsAt: number): number {
  for (let k = i + 2; k < words.length && k <= i + 5 && words[k].start < clauseEndsAt; k++)
    if (BETTER_STATES.has(words[k].lower)) return k;
  return -1;
}

/** Is a ready state or a "more …" quality among the three words after `k`? */
export function readyStateAfter(words: Token[], k: number): Token | undefined {
  for (let j = k + 1; j < words.length && j <= k + 3; j++) {
    const l = words[j].lower;
    if (READY_STATES.has(l) || MORE_ADJECTIVES.has(l)) return words[j];
    if (j + 1 < words.length && READY_PAIRS.has(`${l} ${words[j + 1].lower}`)) return words[j + 1];
  }
  return undefined;
}

/**
 * A word at `k` that tells a benefit for whoever does the thing: a comparative ("faster", "less"), a
 * time to result ("within seconds", "the same day", "in half the time"), a dependency gone ("without
 * waiting on engineering", "no longer", "never") or independence ("on their own", "by themselves").
 */
export function benefitMarkerAt(words: Token[], k: number): boolean {
  const l = words[k].lower;
  const next = words[k + 1]?.lower;
  if (COMPARATIVES.has(l) || l === 'twice' || l === 'more' || l === 'less') return true;
  if (l === 'within')
    return next !== undefined && (TIME_WORDS.has(next) || /^\d/.test(next) || next === 'a' || next === 'an');
  if (l === 'half') return next === 'the';
  // "settle disputes on the first call", "approved on the first try": done without a retry.
  if (l === 'first')
    return next !== undefined && FIRST_TRIES.has(next) && words[k - 1]?.lower === 'the' && words[k - 2]?.lower === 'on';
  if (l === 'same') return next === 'day' || next === 'week';
  if (l === 'without' || l === 'never' || l === 'independently') return true;
  // "so fixes actually get done", "so working parents could actually attend": it now happens, which it did not.
  if (l === 'actually') return true;
  if (l === 'no') return next === 'longer';
  if (l === 'themselves') return words[k - 1]?.lower === 'by';
  // "on their own" (not "their own list": a possession).
  if (l === 'own') return /^(their|his|her)$/.test(words[k - 1]?.lower ?? '') && words[k - 2]?.lower === 'on';
  return false;
}

/** A benefit marker within the clause, `span` words after `i`. */
export function benefitMarkerAhead(words: Token[], i: number, span: number, clauseEndsAt: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + span && words[k].start < clauseEndsAt; k++)
    if (benefitMarkerAt(words, k)) return true;
  return false;
}

/**
 * Is the word a trouble: a problem, a threat, a fallen count ("refunds"), one named by its modifier
 * ("double bookings", "duplicate-order"), or a word general English rates clearly bad ("shortages",
 * "mistakes": valence −2 or below, word-lists/valence-words.ts)?
 */
export function isTroubleWord(lower: string): boolean {
  if (lower === 'problem' || lower === 'problems') return true;
  if (PROBLEM_NOUNS.has(lower) || FALLEN_TROUBLES.has(lower) || NEGATED_PROBLEMS.has(lower)) return true;
  if (GONE_THINGS.has(lower) || THREATS.has(lower)) return true;
  const head = lower.includes('-') ? lower.slice(0, lower.indexOf('-')) : lower;
  return TROUBLE_MODIFIERS.has(head) || (wordValence(lower) ?? 0) <= -2;
}

/** Is a trouble or a load named in the four words before `i` ("dispatch errors", "refund requests", "the double bookings")? */
export function troubleBefore(words: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (isTroubleWord(words[k].lower)) return true;
  return false;
}
