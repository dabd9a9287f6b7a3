// After values told as a count or an ordinal in a before → after (RUBRIC-NOTES: counts and ordinals as
// after values). "from 14 tabs to one page", "from four sign-offs to a single one", "from several a night
// to one a week": "one" alone is no quantity (it names "one of", "one client"), but as the end a change
// reached it measures it. "by the third working day instead of the tenth", "on the first visit rather
// than the third": two ordinal points of time or attempts compared are the two ends of a change.
// Ordinals and "one" that name places, people or steps in turn ("from the second floor to the third",
// "from one nurse to another") are left alone.
import { tokenIndexFrom, type Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { ORDINAL_WORDS, isDigitRun, numberWordValue } from './number-words';
import { findHead } from './quantity-phrase';
import { quantity } from './quantity-record';

/** Words that hedge an after value without changing it: "to just one", "down to about one a week". */
const AFTER_HEDGES = new Set(['just', 'only', 'about', 'around', 'roughly', 'maybe', 'down']);
/** Count words with no figure that can open a before value: "from several a night", "from a handful". */
const VAGUE_BEFORE = new Set(['several', 'few', 'handful', 'dozens', 'hundreds', 'scores', 'multiple']);
/** What "one" names when it is no after value: "from one queue to another", "one of them". */
const NOT_AN_END = new Set(['of', 'another', 'other', 'the', 'more', 'less', 'by']);
/** Symbols that close the clause a from-clause must share with its "to". */
const CLAUSE_BREAKS = new Set([';', ':', '.', '!', '?', '—', '(', ')']);

/**
 * Whether a "from" opens the before value of a "to" at `to`, with a count in between — a quantity
 * already found, or a count word with no figure (`vague`) — else undefined.
 */
function countedFrom(tokens: Token[], to: number, quantities: Quantity[]): { vague: boolean } | undefined {
  for (let f = to - 1; f >= 0 && f >= to - 8; f--) {
    const t = tokens[f];
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) return undefined;
    if (t.lower !== 'from') continue;
    const start = tokens[f].end;
    const end = tokens[to].start;
    if (quantities.some((q) => q.start >= start && q.end <= end && (q.kind === 'count' || q.kind === 'magnitude')))
      return { vague: false };
    let k = f + 1;
    if (tokens[k]?.lower === 'a') k++;
    if (VAGUE_BEFORE.has(tokens[k]?.lower ?? '')) return { vague: true };
    return undefined;
  }
  return undefined;
}

/**
 * If "one" or "a single" at token `i` is the after value of a from-clause that counted ("from 3 pages
 * down to one", "from several a shift to one or two a week"), pushes it as a count that is part of the
 * change and returns its last token's index; otherwise -1.
 */
export function oneAfterValue(sentence: string, tokens: Token[], i: number, quantities: Quantity[]): number {
  const t = tokens[i];
  const single = t.lower === 'a' && tokens[i + 1]?.lower === 'single';
  if (t.lower !== 'one' && !single) return -1;
  const last = single ? i + 1 : i;
  const next = tokens[last + 1];
  if (next && NOT_AN_END.has(next.lower)) return -1;
  let to = i - 1;
  while (to >= 0 && AFTER_HEDGES.has(tokens[to].lower)) to--;
  if (to < 0 || tokens[to].lower !== 'to') return -1;
  const before = countedFrom(tokens, to, quantities);
  if (!before) return -1;
  const { head, end } = findHead(tokens, last + 1);
  const previous = quantities[quantities.length - 1];
  const q = quantity(t.start, tokens[Math.max(end, last)].end, sentence, 'count', {
    head: head ?? previous?.head,
    change: true,
    tokens,
    index: i,
  });
  q.fromTo = !before.vague;
  quantities.push(q);
  return Math.max(end, last);
}

// Nouns whose ordinals are points of a measured span or tries at a task: "the third working day", "the
// first visit". Floors, steps, environments and calendar days of a named month are not.
const ORDINAL_POINT_NOUNS = new Set([
  'day',
  'week',
  'month',
  'shift',
  'visit',
  'call',
  'attempt',
  'try',
  'pass',
  'round',
]);
/** Words between an ordinal and its noun: "third working day", "first business day". */
const POINT_MODIFIERS = new Set(['working', 'business', 'calendar', 'school', 'full']);
/** What joins the two points compared: "instead of", "rather than", "down from". */
const COMPARISONS: readonly (readonly string[])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['down', 'from'],
  ['up', 'from'],
  ['versus'],
  ['vs'],
  ['to'],
];

/**
 * The first of COMPARISONS that the tokens from `k` on spell, if any. A function of its own: a closure over
 * `tokens` in the pair readers below, which run on every number and number word, would cost a scope per call.
 */
function comparisonAt(tokens: Token[], k: number): readonly string[] | undefined {
  for (const words of COMPARISONS) {
    let d = 0;
    while (d < words.length && tokens[k + d]?.lower === words[d]) d++;
    if (d === words.length) return words;
  }
  return undefined;
}

/** An ordinal word or digits with an ordinal suffix ("third", "3rd"). */
function isOrdinal(t: Token | undefined): boolean {
  if (!t) return false;
  // The digits' form needs three or four characters: a cheap length check first (every number is asked).
  return (
    ORDINAL_WORDS.has(t.lower) ||
    (t.kind === 'number' && (t.text.length === 3 || t.text.length === 4) && /^\d{1,2}(st|nd|rd|th)$/i.test(t.text))
  );
}

/**
 * If the ordinal at token `i` opens a comparison of two points in time or tries ("the third working day
 * instead of the tenth", "from the tenth working day to the third"), pushes both ends as the two ends of
 * a change and returns the index of the second ordinal; otherwise -1. "to" compares only after "from".
 */
export function ordinalPair(sentence: string, tokens: Token[], i: number, quantities: Quantity[]): number {
  if (!isOrdinal(tokens[i])) return -1;
  let n = i + 1;
  while (n < tokens.length && n <= i + 2 && POINT_MODIFIERS.has(tokens[n].lower)) n++;
  const noun = tokens[n]?.lower ?? '';
  if (!ORDINAL_POINT_NOUNS.has(noun)) return -1;
  let k = n + 1;
  if (tokens[k]?.kind === 'symbol' && tokens[k].text === ',') k++;
  const join = comparisonAt(tokens, k);
  if (!join) return -1;
  if (join[0] === 'to' && !(tokens[i - 1]?.lower === 'from' || tokens[i - 2]?.lower === 'from')) return -1;
  let o = k + join.length;
  if (tokens[o]?.lower === 'the') o++;
  if (!isOrdinal(tokens[o])) return -1;
  // "the first week of the quarter to the second": a point of the calendar, not of a span.
  if (tokens[o + 1]?.lower === 'of') return -1;
  const first = quantity(tokens[i].start, tokens[n].end, sentence, 'count', { head: noun, change: true });
  const second = quantity(tokens[o].start, tokens[o].end, sentence, 'count', { head: noun, change: true });
  first.fromTo = true;
  second.fromTo = true;
  quantities.push(first, second);
  return o;
}

/** Nouns whose numbers are points of a span: "day 3", "week 6", "hour 2", "month 4". */
const NUMBERED_POINT_NOUNS = new Set(['day', 'week', 'hour', 'month']);

/** The value of a number token: digits or a number word; undefined for anything else. */
function pointValue(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'number') return isDigitRun(t.text, 3) ? Number(t.text) : undefined;
  return numberWordValue(t.lower);
}

/**
 * If the number at token `i` follows a point noun and is compared with another point of the same noun
 * ("day 3 instead of day 10", "from week 6 to week 2"), pushes both as the two ends of a change and
 * returns the index of the second number; otherwise -1. "from … to" compares only when the second point
 * comes earlier: "from day 1 to day 90" is a span, not a change.
 */
export function numberedPointPair(sentence: string, tokens: Token[], i: number, quantities: Quantity[]): number {
  const noun = tokens[i - 1]?.lower ?? '';
  const first = pointValue(tokens[i]);
  if (first === undefined || !NUMBERED_POINT_NOUNS.has(noun)) return -1;
  let k = i + 1;
  if (tokens[k]?.kind === 'symbol' && tokens[k].text === ',') k++;
  const join = comparisonAt(tokens, k);
  if (!join) return -1;
  const o = k + join.length + 1;
  const second = pointValue(tokens[o]);
  if (tokens[o - 1]?.lower !== noun || second === undefined) return -1;
  if (join[0] === 'to' && !(tokens[i - 2]?.lower === 'from' && second < first)) return -1;
  const a = quantity(tokens[i - 1].start, tokens[i].end, sentence, 'count', { head: noun, change: true });
  const b = quantity(tokens[o - 1].start, tokens[o].end, sentence, 'count', { head: noun, change: true });
  a.fromTo = true;
  b.fromTo = true;
  quantities.push(a, b);
  return o;
}

/** What joins a count told now to the count it replaced: "two hand-offs instead of five". */
const REPLACED = new Set(['instead', 'rather', 'down']);
/** The words of each join, after its first. */
const REPLACED_REST: Record<string, string> = { instead: 'of', rather: 'than', down: 'from' };

/** Whether a join of a replaced count opens at token `k` ("instead of", "rather than", "down from"). */
function replacedAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return REPLACED.has(w) && tokens[k + 1]?.lower === REPLACED_REST[w];
}

/** Whether "now" stands a few words before token `i`, in the same clause: "a claim now passes through two". */
function nowBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol' || t.kind === 'number') return false;
    if (t.lower === 'now') return true;
  }
  return false;
}

/**
 * Counts compared as the process now and the one it replaced: "a claim now passes through two hand-offs
 * instead of five", "each release now needs one approval, down from four". "now" before the first count
 * makes the comparison a change; without it ("picked three wards instead of five", "booked two rooms
 * instead of one") it is a choice and is left alone. Marks both counts as the ends of a change.
 */
export function markReplacedCounts(tokens: Token[], quantities: Quantity[]): void {
  for (let a = 0; a + 1 < quantities.length; a++) {
    const q = quantities[a];
    const r = quantities[a + 1];
    if (q.kind !== 'count' || r.kind !== 'count') continue;
    const qi = tokenIndexFrom(tokens, q.start);
    const ri = tokenIndexFrom(tokens, r.start);
    if (ri >= tokens.length || !nowBefore(tokens, qi)) continue;
    // The counted noun may follow the number, a few words at most: "two hand-offs instead of five".
    let k = tokenIndexFrom(tokens, q.end);
    const stop = Math.min(ri, k + 4);
    while (k < stop && (tokens[k].kind === 'word' || tokens[k].text === '-') && !REPLACED.has(tokens[k].lower)) k++;
    if (tokens[k]?.text === ',') k++;
    if (!replacedAt(tokens, k) || k + 2 !== ri) continue;
    for (const end of [q, r]) {
      end.change = true;
      end.fromTo = true;
    }
    if (!r.head && q.head) r.head = q.head;
  }
}

/** "one" told now before the count it replaced: "now takes one sign-off instead of four". */
export function oneNowReplacing(sentence: string, tokens: Token[], i: number, quantities: Quantity[]): number {
  if (tokens[i].lower !== 'one' || !nowBefore(tokens, i)) return -1;
  const next = tokens[i + 1];
  if (next && NOT_AN_END.has(next.lower)) return -1;
  let k = i + 1;
  while (
    k < tokens.length &&
    k <= i + 3 &&
    (tokens[k].kind === 'word' || tokens[k].text === '-') &&
    !REPLACED.has(tokens[k].lower)
  )
    k++;
  if (tokens[k]?.text === ',') k++;
  if (!replacedAt(tokens, k) || pointValue(tokens[k + 2]) === undefined) return -1;
  const { head, end } = findHead(tokens, i + 1, false);
  quantities.push(
    quantity(tokens[i].start, tokens[Math.max(end, i)].end, sentence, 'count', { head, tokens, index: i }),
  );
  return Math.max(end, i);
}
