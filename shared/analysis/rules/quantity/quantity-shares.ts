// Shares told in words: a ratio ("1 in 20 payouts", "four in five students", "nine out of ten
// tickets") and a fraction standing for a count ("about a third were duplicates", "half of the
// alerts", "nearly half the failed payouts"). Both measure how much of something (RUBRIC.md: a
// quantity in digits or words; RUBRIC-NOTES, before values in context): a metric, never a size of
// the context. The fraction of a change ("cut by a third", "in half") is quantity-word-patterns.ts's.
import type { Token } from '../language/tokenize';
import { COPULAS } from '../language/lexicon';
import { digitsValue, numberWordValue } from './number-words';
import { APPROXIMATORS } from './quantity-lexicon';
import { isPastForm } from '../language/verbs';

/** The value of a number token in digits or words ("20", "1,200", "five"), else undefined. */
function valueOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'word') return t.lower === 'one' ? 1 : numberWordValue(t.lower);
  if (t.kind !== 'number' || !/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(t.text)) return undefined;
  return digitsValue(t.text);
}

/**
 * "1 in 20", "1-in-20", "four in five", "nine out of ten": the index of the second number when token `i` opens
 * a ratio, else -1. The first must be the smaller and the second no year ("2 in 2021").
 */
export function ratioDenominator(tokens: readonly Token[], i: number): number {
  const top = valueOf(tokens[i]);
  if (top === undefined) return -1;
  let k = i + 1;
  // "one request in five", "1 patient out of 10": the counted noun may stand between the two numbers.
  const between = countedBetween(tokens, k);
  if (between) k++;
  if (tokens[k]?.lower === 'in') k++;
  // "a 1-in-6 rotation": the ratio written as one hyphenated word.
  else if (tokens[k]?.text === '-' && tokens[k + 1]?.lower === 'in' && tokens[k + 2]?.text === '-') k += 3;
  else if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
  else return -1;
  const bottom = valueOf(tokens[k]);
  if (bottom === undefined || bottom <= top || /^(19|20)\d\d$/.test(tokens[k].text)) return -1;
  // "one engineer in 3 teams", "one nurse in 40 wards", "one store in 12 regional chains": a count of things
  // in a set of others, not a ratio. With the counted noun between, the ratio must end at its second number.
  if (between && !endsRatio(tokens[k + 1])) return -1;
  // "1 in 20" is a ratio; "3 in 4 weeks" is a count of things in a period.
  return k;
}

/** Nouns of time: "one day in five", "one week in four" are the turns of a rota, no share of things. */
const TURN_NOUNS = new Set(['day', 'night', 'week', 'weekend', 'month', 'shift', 'year', 'hour', 'time']);

/** Whether token `k` is the counted noun of a ratio told around it: "one request in five", "1 patient out of 10". */
function countedBetween(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || TURN_NOUNS.has(t.lower) || t.lower.length < 3) return false;
  const next = tokens[k + 1]?.lower;
  if (next !== 'in' && !(next === 'out' && tokens[k + 2]?.lower === 'of')) return false;
  return valueOf(tokens[next === 'in' ? k + 2 : k + 3]) !== undefined;
}

/** Words that may follow a ratio's second number: a verb of what the share did, or a clause's joint. */
const RATIO_FOLLOWERS = new Set([
  'had',
  'did',
  'got',
  'came',
  'went',
  'would',
  'could',
  'still',
  'never',
  'and',
  'but',
  'so',
  'because',
  'before',
  'after',
  'when',
  'until',
]);

/** Whether `t` may follow a ratio told around its counted noun ("one request in five failed", "… in ten, …"). */
function endsRatio(t: Token | undefined): boolean {
  // A clause mark ends it; a hyphen joins the number to a noun ("in 40-person teams").
  if (t === undefined) return true;
  if (t.kind === 'symbol') return t.text !== '-' && t.text !== '–' && t.text !== '/';
  if (t.kind !== 'word') return false;
  return COPULAS.has(t.lower) || RATIO_FOLLOWERS.has(t.lower) || isPastForm(t.lower);
}

/** Words after a fraction that make it the subject of a clause: "a third were …", "half never logged in". */
function opensPredicate(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return (
    (COPULAS.has(t.lower) && t.lower !== 'its' && t.lower !== "it's") ||
    t.lower === 'had' ||
    t.lower === 'never' ||
    t.lower === 'still' ||
    isPastForm(t.lower)
  );
}

// Determiners after "half" that make what follows a set of things shared out: "half the alerts".
const SHARE_DETERMINERS = new Set(['the', 'our', 'my', 'their', 'all']);

/**
 * A fraction word at token `i` ("third", "thirds", "quarter", "half") told as a share of things rather
 * than a change: the index of its last token, else -1. "a third were …", "two thirds had …", "half of
 * …", "half the <plural noun>", "nearly half said …"; not "a third distribution center", "half-day",
 * "half the job".
 */
export function fractionShareEnd(tokens: readonly Token[], i: number, leads: ReadonlySet<string>): number {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.text === '-' || prev?.text === '-') return -1;
  // "which was half of the Polish web": a fraction after a copula compares sizes, it counts nothing.
  let b = t.lower === 'half' ? i - 1 : i - 2;
  while (b >= 0 && (tokens[b].kind === 'symbol' || APPROXIMATORS.has(tokens[b].lower))) b--;
  if (b >= 0 && COPULAS.has(tokens[b].lower)) return -1;
  if (t.lower === 'half') {
    // "an hour and a half", "one and a half years": part of a larger amount.
    if (prev && (prev.lower === 'and' || prev.lower === 'a' || prev.lower === 'one')) return -1;
    if (next?.lower === 'of') return i;
    if (next && SHARE_DETERMINERS.has(next.lower)) {
      const noun = tokens[i + 2];
      // A plural count noun: "half the failed payouts" reads through one modifier.
      const plural = (w: Token | undefined) => w?.kind === 'word' && /[a-z]{2,}[^s]s$/.test(w.lower);
      return plural(noun) || (noun?.kind === 'word' && plural(tokens[i + 3])) ? i : -1;
    }
    return opensPredicate(next) ? i : -1;
  }
  if (!prev || !leads.has(prev.lower)) return -1;
  return opensPredicate(next) ? i : -1;
}
