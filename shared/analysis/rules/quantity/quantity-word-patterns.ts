// Quantities made of words alone: change words ("doubled", "tenfold", "cut in half"), magnitudes
// ("hundreds of", "tens of thousands of"), and "one"/"a"/"an" where they count ("about an hour",
// "a full day", "only one outage", "one in three"). Digits and number words with a unit go through
// the main scan in quantities.ts; these words need their own shapes.
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { CHANGE_MULTIPLIERS, MAGNITUDE_PLURALS } from './number-words';
import { CURRENCY_WORDS, DURATION_UNITS, OFFSET_WORDS, TIME_NOUNS } from './quantity-lexicon';
import { findHead, perTimeAfter, tokenIndexAt } from './quantity-phrase';
import { isChangeWord } from '../outcomes/change-words';
import { quantity } from './quantity-record';
import { fractionShareEnd, ratioDenominator } from './quantity-shares';
import { isAgainstPlan } from './quantity-exclusions';
import { isNamedPeriodUnit } from './naming-numbers';
import { isSpanUnit, spanRole } from './quantity-spans';

// Words after which "one" is a count: "was one line", "only one outage", "took one day".
const ONE_COUNTS_AFTER = new Set(['was', 'is', 'were', 'only', 'just', 'took', 'needed', 'required', 'single']);
// Fractions that measure a change after "by a" or before "of": "cut it by a third", "two fifths of".
export const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);
const FRACTION_LEADS = new Set(['a', 'one', 'two', 'three', 'four']);
/** Words that hedge a fraction without changing its role: "by more than half", "by almost a third". */
const APPROXIMATORS = new Set(['almost', 'nearly', 'over', 'about', 'roughly', 'around', 'approximately']);

/** Words in "-er" that are no comparative: "twice per week", "twice over", "twice after launch" are no measure. */
const NOT_COMPARATIVE = new Set([
  'per',
  'over',
  'after',
  'under',
  'ever',
  'never',
  'other',
  'either',
  'whether',
  'later',
]);

/** "twice faster", "twice bigger": a comparative after "twice" makes it a multiplier. */
export function isComparative(lower: string): boolean {
  return lower.endsWith('er') && !NOT_COMPARATIVE.has(lower);
}

/** "by" at `j`, or "by" before an approximation ending at `j` ("by more than", "by nearly"). */
function byBefore(tokens: Token[], j: number): boolean {
  const at = tokens[j]?.lower;
  const back1 = tokens[j - 1]?.lower;
  if (at === 'by') return true;
  if (APPROXIMATORS.has(at ?? '')) return back1 === 'by' || (back1 === 'just' && tokens[j - 2]?.lower === 'by');
  return at === 'than' && (back1 === 'more' || back1 === 'less') && tokens[j - 2]?.lower === 'by';
}

/** Prepositions writers put before the fraction of a change in place of "by": "reduced at the half", "cut of a third". */
const CHANGE_PREPOSITIONS = new Set(['by', 'at', 'of', 'to', 'in']);

/**
 * "reduced at the half", "cut of half", "fell to the half", "lowered by the third": the index of the
 * preposition when a change word, a preposition and "the" (or "a" before a fraction) come right before
 * the fraction at `i`, else -1. "by half", "by a third" and "in half" are read by their own shapes below.
 */
function changePrepositionBefore(tokens: Token[], i: number): number {
  let p = i - 1;
  const article = tokens[p]?.lower;
  if (article === 'the') p--;
  else if (article === 'a' && tokens[i].lower !== 'half') p--;
  const prep = tokens[p]?.lower;
  if (prep === undefined || !CHANGE_PREPOSITIONS.has(prep)) return -1;
  // The plain shapes ("by half", "in half", "by a third") keep their readers.
  if (p === i - 1 && (prep === 'by' || prep === 'in')) return -1;
  if (article === 'a' && prep === 'by') return -1;
  const verb = tokens[p - 1];
  return verb?.kind === 'word' && isChangeWord(verb.lower) ? p : -1;
}

/** Every word that can start one of the patterns below: any other word starts none. */
export const WORD_QUANTITY_STARTS: ReadonlySet<string> = new Set([
  'once',
  'twice',
  'half',
  'one',
  'a',
  'an',
  ...CHANGE_MULTIPLIERS,
  ...FRACTIONS,
  ...MAGNITUDE_PLURALS,
]);

/**
 * If word token `i` starts one of these patterns, pushes what it finds (possibly nothing) and returns
 * the index of the last token it used, where the scan continues; otherwise returns -1.
 */
export function wordQuantity(sentence: string, tokens: Token[], i: number, quantities: Quantity[]): number {
  const t = tokens[i];
  if (!WORD_QUANTITY_STARTS.has(t.lower)) return -1;
  // A frequency in a change: "from once a month to twice a day".
  const freq = frequencyEnd(tokens, i, quantities);
  if (freq > 0) {
    quantities.push(quantity(t.start, tokens[freq].end, sentence, 'count', { head: 'times' }));
    return freq;
  }
  // Words that are a measured change by themselves: doubled, halved, tenfold, "cut in half".
  if (CHANGE_MULTIPLIERS.has(t.lower)) {
    if (t.lower === 'twice' && !(tokens[i + 1] && (tokens[i + 1].lower === 'as' || isComparative(tokens[i + 1].lower))))
      return i;
    quantities.push(quantity(t.start, t.end, sentence, 'multiplier', { change: true }));
    return i;
  }
  // "half a day", "half an hour": a duration.
  if (
    t.lower === 'half' &&
    (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an') &&
    DURATION_UNITS.has(tokens[i + 2]?.lower ?? '')
  ) {
    quantities.push(quantity(t.start, tokens[i + 2].end, sentence, 'duration', { tokens, index: i }));
    return i + 2;
  }
  if (
    FRACTIONS.has(t.lower) &&
    i > 0 &&
    FRACTION_LEADS.has(tokens[i - 1].lower) &&
    (byBefore(tokens, i - 2) || tokens[i + 1]?.lower === 'of')
  ) {
    quantities.push(quantity(tokens[i - 1].start, t.end, sentence, 'multiplier', { change: true }));
    return i;
  }
  // "reduced at the half", "cut of half", "dropped to the half": a non-native preposition before the fraction of a change.
  const lead = changePrepositionBefore(tokens, i);
  if (lead >= 0 && (t.lower === 'half' || FRACTIONS.has(t.lower)) && tokens[i + 1]?.lower !== 'of') {
    quantities.push(quantity(tokens[lead].start, t.end, sentence, 'multiplier', { change: true }));
    return i;
  }
  if (t.lower === 'half' && i > 0 && (tokens[i - 1].lower === 'in' || byBefore(tokens, i - 1))) {
    const from = tokens[i - 1].lower === 'in' || tokens[i - 1].lower === 'by' ? tokens[i - 1].start : t.start;
    quantities.push(quantity(from, t.end, sentence, 'multiplier', { change: true }));
    return i;
  }
  // "about a third were duplicates", "half of the alerts": a share of things (quantity-shares.ts).
  if (t.lower === 'half' || FRACTIONS.has(t.lower)) {
    const last = fractionShareEnd(tokens, i, FRACTION_LEADS);
    if (last >= 0) {
      const from = t.lower === 'half' ? t.start : tokens[i - 1].start;
      quantities.push(quantity(from, tokens[last].end, sentence, 'percent', {}));
      return last;
    }
  }
  // "saved thousands/month", "hundreds a day": an order of magnitude per unit of time, its noun said before.
  if (MAGNITUDE_PLURALS.has(t.lower) && t.lower !== 'tens' && perTimeAfter(tokens, i + 1)) {
    const q = quantity(t.start, t.end, sentence, 'magnitude', { tokens, index: i });
    q.perTime = true;
    quantities.push(q);
    return i;
  }
  // "hundreds of", "tens of thousands of", "millions of": a magnitude.
  if (MAGNITUDE_PLURALS.has(t.lower) && tokens[i + 1]?.lower === 'of') {
    if (t.lower === 'tens' && !(tokens[i + 2] && MAGNITUDE_PLURALS.has(tokens[i + 2].lower))) return i;
    let j = i + 2;
    while (j + 1 < tokens.length && MAGNITUDE_PLURALS.has(tokens[j].lower) && tokens[j + 1].lower === 'of') j += 2;
    const { head, end } = findHead(tokens, j, false);
    quantities.push(
      quantity(
        t.start,
        tokens[Math.max(end, j - 1)].end,
        sentence,
        head && CURRENCY_WORDS.has(head) ? 'money' : 'magnitude',
        {
          head,
          vagueMoney: head !== undefined && CURRENCY_WORDS.has(head),
          tokens,
          index: i,
        },
      ),
    );
    return Math.max(i, j - 1);
  }
  // "one", "a" and "an" count only in duration phrases ("about an hour", "a full day") or ratios ("one in three").
  if (t.lower === 'one' || t.lower === 'a' || t.lower === 'an') {
    const q = smallDuration(tokens, i, sentence);
    if (q) {
      quantities.push(q);
      return tokenIndexAt(tokens, q.end, i);
    }
    // "the fix was one line", "only one incident": a count; "one of", "one client" are not.
    if (
      t.lower === 'one' &&
      i > 0 &&
      ONE_COUNTS_AFTER.has(tokens[i - 1].lower) &&
      tokens[i + 1]?.kind === 'word' &&
      tokens[i + 1].lower !== 'of'
    ) {
      const { head, end } = findHead(tokens, i + 1);
      quantities.push(quantity(t.start, tokens[Math.max(end, i)].end, sentence, 'count', { head, tokens, index: i }));
      return Math.max(end, i);
    }
    // "one in three", "one out of ten", "one request in five": a ratio (quantity-shares.ts reads them all).
    // ("a one-in-six rota" is a rota's turn, not read here, as before.)
    const k = t.lower === 'one' && tokens[i + 1]?.kind === 'word' ? ratioDenominator(tokens, i) : -1;
    if (k > 0) {
      const between = tokens[i + 1].lower !== 'in' && tokens[i + 1].lower !== 'out' ? tokens[i + 1].lower : undefined;
      const { head, end } = findHead(tokens, k + 1);
      const counted = between ?? head;
      quantities.push(
        quantity(t.start, tokens[Math.max(between ? k : end, k)].end, sentence, 'ratio', {
          head: counted,
          tokens,
          index: i,
        }),
      );
      return between ? k : Math.max(end, k);
    }
    return i;
  }
  return -1;
}

/**
 * "once a month", "twice a day" after "from", or after "to" when a frequency came before: the last token
 * of the frequency, else -1. A frequency alone is a cadence, not a measure.
 */
function frequencyEnd(tokens: Token[], i: number, quantities: Quantity[]): number {
  const t = tokens[i];
  if (t.lower !== 'once' && t.lower !== 'twice') return -1;
  const per = tokens[i + 1]?.lower;
  if (!(per === 'a' || per === 'an' || per === 'per' || per === 'every') || !TIME_NOUNS.has(tokens[i + 2]?.lower ?? ''))
    return -1;
  const before = tokens[i - 1]?.lower;
  const last = quantities[quantities.length - 1];
  if (before === 'from' || (before === 'to' && last?.head === 'times')) return i + 2;
  return -1;
}

// Words after "a month of" that make it a point or a part of time ("a day of the week", "a month of my leave").
const SPAN_DETERMINERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'each', 'every']);

/**
 * "pulled a month of appeals", "shadowed a week of night shifts": a span of material gone through is the
 * amount of the effort (RUBRIC-NOTES, effort spans), whatever verb went through it.
 */
function materialSpan(tokens: Token[], unit: number): boolean {
  const after = tokens[unit + 2];
  return tokens[unit + 1]?.lower === 'of' && after?.kind === 'word' && !SPAN_DETERMINERS.has(after.lower);
}

/** "about an hour", "a full day", "in under a week", "one year": durations with "a"/"an"/"one". */
function smallDuration(tokens: Token[], i: number, sentence: string): Quantity | undefined {
  let j = i + 1;
  if (tokens[j] && (tokens[j].lower === 'full' || tokens[j].lower === 'entire' || tokens[j].lower === 'whole')) j++;
  const unit = tokens[j];
  // "took over a Year 10 set": the unit names a period with the number after it, it is no length.
  if (!unit || !isSpanUnit(unit.lower) || isNamedPeriodUnit(tokens, j)) return undefined;
  // "for a week", "takes an afternoon", "an hour old": what the span hangs on makes it one (quantity-spans.ts).
  const role = spanRole(tokens, i, j);
  const measured = role !== undefined && role !== 'when' && role !== 'held';
  if (!DURATION_UNITS.has(unit.lower) && !measured) return undefined;
  const prev = tokens[i - 1]?.lower;
  const qualified =
    measured ||
    j > i + 1 ||
    (prev !== undefined &&
      [
        'about',
        'around',
        'roughly',
        'approximately',
        'under',
        'within',
        'nearly',
        'almost',
        'than',
        'just',
        'only',
        'over',
        // "from a day to an hour": either end of a change.
        'from',
      ].includes(prev)) ||
    (prev === 'to' && tokens.slice(Math.max(0, i - 5), i).some((w) => w.lower === 'from')) ||
    materialSpan(tokens, j) ||
    isAgainstPlan(tokens, j + 1);
  if (!qualified) return undefined;
  const after = tokens[j + 1];
  // "a week after the launch" places a point; "in a day after the key went missing" is a length all the same.
  const length = measured && (prev === 'in' || prev === 'within');
  if (after && OFFSET_WORDS.has(after.lower) && !isAgainstPlan(tokens, j + 1) && !length) return undefined;
  // The unit is the span's head, as a figure's is: the tenure and term readers read it ("for a year" in a post).
  return quantity(tokens[i].start, unit.end, sentence, 'duration', { head: unit.lower, tokens, index: i });
}
