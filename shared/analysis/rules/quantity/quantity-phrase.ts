// Reading the words around a number: the noun it counts (with ranges and modifiers skipped), the group
// noun before it ("a team of 6"), a per-time tail ("a day", "monthly"), and token-index helpers. Every
// quantity pattern and exclusion asks these questions; none of them decides anything by itself.
import type { Token } from '../language/tokenize';
import { MAGNITUDE_WORDS, numberWordValue } from './number-words';
import { WEEKDAY_NAMES } from '../language/word-lists/calendar-words';
import { GROUP_NOUNS, isScaleNoun } from './scale';
import {
  APPROXIMATORS,
  CURRENCY_SYMBOLS,
  DIGIT_NUMBER,
  ONE_WORD_HEDGES,
  TIME_NOUNS,
  isKnownHead,
} from './quantity-lexicon';

// Callers of the number rules find the token at an offset here too.
export { tokenIndexFrom } from '../language/tokenize';

// Words that end the search for the noun a number counts.
const HEAD_STOPS = new Set([
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'into',
  'across',
  'per',
  'that',
  'which',
  'who',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'a',
  'an',
  'than',
  'as',
  'while',
  'when',
  'after',
  'before',
  'during',
  'over',
  'under',
  'via',
  'through',
  'within',
  'without',
  'so',
  'but',
  'then',
  'because',
  'each',
  'every',
  'via',
  'had',
  'has',
  'have',
  'it',
  'they',
  'we',
  'i',
  'our',
  'my',
  'their',
  'his',
  'her',
]);
const PER_TIME_WORDS = new Set(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'a-day']);

/** The last token, from `from` on, that starts before `end`. */
export function tokenIndexAt(tokens: Token[], end: number, from: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1].start < end) k++;
  return k;
}

export function isNumericToken(t: Token | undefined): boolean {
  return !!t && (t.kind === 'number' ? DIGIT_NUMBER.test(t.text) : numberWordValue(t.lower) !== undefined);
}

/** Index of the previous non-symbol token, skipping the listed symbols. */
export function prevWordIndex(tokens: Token[], i: number, skip = '~≈+#.:*_'): number {
  let j = i - 1;
  while (j >= 0 && tokens[j].kind === 'symbol' && skip.includes(tokens[j].text)) j--;
  return j;
}

/**
 * Which of the noun phrase's words (token indexes, in order) is its head: the last known head that is no group
 * noun, else the first known head, else the first plural, else the first word; a word joined to the next by a
 * hyphen is a modifier. Plain loops: findHead runs on every number, and closures over `tokens` cost a scope each.
 */
function headPick(tokens: Token[], words: readonly number[]): number {
  for (let n = words.length - 1; n >= 0; n--) {
    const k = words[n];
    if (isKnownHead(tokens[k].lower) && !GROUP_NOUNS.has(tokens[k].lower) && hyphenFree(tokens, k)) return k;
  }
  for (const k of words) if (isKnownHead(tokens[k].lower) && hyphenFree(tokens, k)) return k;
  for (const k of words) if (endsAsPlural(tokens[k].lower) && hyphenFree(tokens, k)) return k;
  return words[0];
}

/** The word at `k` is not joined to the next by a hyphen. */
function hyphenFree(tokens: Token[], k: number): boolean {
  return tokens[k + 1]?.text !== '-';
}

/**
 * A word ending in "s" after another letter than "s": "users", not "class" (`/[^s]s$/` as a plain check of
 * the last two characters: findHead asks it of every word it reads).
 */
export function endsAsPlural(lower: string): boolean {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 115 && lower.charCodeAt(n - 2) !== 115;
}

/**
 * Scan forward from token `i` (just after the number) for the noun it counts: skips magnitude
 * words, "+", hyphens, "of the", range partners ("1–2 days", "2 to 3 weeks") and modifiers
 * ("4 full-time engineers", "12 medium-sized client businesses"); stops at function words and
 * punctuation. Prefers a known noun or unit; otherwise the first plural-looking word, else the first word.
 */
export function findHead(
  tokens: Token[],
  i: number,
  allowRange = true,
): { head?: string; headIndex: number; end: number } {
  let j = i;
  let end = i - 1;
  let sawOf = false;
  const words: number[] = [];
  while (j < tokens.length && words.length < 5) {
    const t = tokens[j];
    if (t.kind === 'symbol') {
      if (t.text === '+' || t.text === '-' || t.text === '‑' || t.text === '~') {
        j++;
        continue;
      }
      if (allowRange && (t.text === '–' || t.text === '—') && words.length === 0 && isNumericToken(tokens[j + 1])) {
        j += 2;
        end = j - 1;
        continue;
      }
      if (t.text === '%' && words.length === 0) return { head: '%', headIndex: j, end: j };
      if (t.text === '×' && words.length === 0) return { head: 'x', headIndex: j, end: j };
      break;
    }
    if (allowRange && (t.lower === 'to' || t.lower === 'or') && isNumericToken(tokens[j + 1]) && words.length === 0) {
      j += 2; // a range: "2 to 3 weeks"
      end = j - 1;
      continue;
    }
    if (t.lower === 'of' && !sawOf && words.length === 0) {
      sawOf = true;
      j++;
      continue;
    } // "2 of the largest banks"
    if (
      sawOf &&
      (t.lower === 'the' || t.lower === 'our' || t.lower === 'its' || t.lower === 'their' || t.lower === 'all')
    ) {
      j++;
      continue;
    }
    if (MAGNITUDE_WORDS.has(t.lower) && words.length === 0) {
      j++;
      end = j - 1;
      continue;
    }
    const compound = tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end; // "in-house", "full-time"
    if ((t.lower === 'and' || t.lower === 'or') && words.length > 0 && tokens[j + 1]?.kind === 'word') {
      j++;
      continue;
    } // "internal and external customers"
    if (!compound && (HEAD_STOPS.has(t.lower) || t.lower === 'the')) break;
    words.push(j);
    // A known plural ends the noun phrase; a singular one may be a modifier ("client clusters").
    const nextLower = tokens[j + 1]?.kind === 'word' ? tokens[j + 1].lower : '';
    const pluralNext = nextLower.length > 3 && endsAsPlural(nextLower) && !HEAD_STOPS.has(nextLower); // "user interviews"
    if (
      isKnownHead(t.lower) &&
      !GROUP_NOUNS.has(t.lower) &&
      !compound &&
      (t.lower.endsWith('s') || (!isKnownHead(nextLower) && !pluralNext))
    )
      break;
    j++;
  }
  if (words.length === 0) return { headIndex: -1, end };
  const lastWord = words[words.length - 1];
  const modified =
    words.length >= 2 &&
    endsAsPlural(tokens[lastWord].lower) &&
    !isKnownHead(tokens[lastWord].lower) &&
    isKnownHead(tokens[lastWord - 1].lower) &&
    !tokens[lastWord - 1].lower.endsWith('s');
  if (modified) return { head: tokens[lastWord].lower, headIndex: lastWord, end: Math.max(end, lastWord) }; // "user interviews"
  const pick = headPick(tokens, words);
  // "pull requests", "merge requests", "change requests" are work items, not traffic.
  let head =
    tokens[pick].lower === 'requests' && WORK_ITEM_LEADS.has(tokens[pick - 1]?.lower ?? '')
      ? 'pull-requests'
      : tokens[pick].lower;
  // "sign-ups", "check-ins": the hyphenated compound is the noun when the rule knows it.
  if (tokens[pick - 1]?.text === '-' && tokens[pick - 1].start === tokens[pick - 2]?.end && pick - 2 >= i) {
    const compound = `${tokens[pick - 2].lower}-${head}`;
    if (isKnownHead(compound)) head = compound;
  }
  return { head, headIndex: pick, end: Math.max(end, pick) };
}
const WORK_ITEM_LEADS = new Set(['pull', 'merge', 'change', 'feature']);

/** Nouns that average an amount without naming another thing: "an average of 22 files", "a mean of 40 calls". */
const AVERAGING_NOUNS = new Set(['average', 'mean', 'median']);

/**
 * "closed an average of 22 files a month": where the number's phrase starts when "a(n) average of" stands
 * before it (the article's index), so the verb before it governs the number as it governs "22 files";
 * else `index` itself.
 */
export function averagedStart(tokens: Token[], index: number): number {
  const article = tokens[index - 3]?.lower;
  return tokens[index - 1]?.lower === 'of' &&
    AVERAGING_NOUNS.has(tokens[index - 2]?.lower ?? '') &&
    (article === 'a' || article === 'an')
    ? index - 3
    : index;
}

/** Hedges between a label noun and its figure: "DAU about 300k", "daily orders above 3 million", "circ. 18,000". */
const LABEL_HEDGES = new Set([...ONE_WORD_HEDGES, 'above', 'below', 'c', 'ca', 'est']);

/** Labels of a readership: "(weekly, circ. 18,000)" counts the readers. */
const READERSHIP_LABELS = new Set(['circ', 'circulation', 'readership']);

/**
 * "DAU about 300k", "daily orders above 3 million", "subscribers: 80k": a figure with no noun after it
 * whose noun stands right before it, as a label and its value. Gives that noun when it is a scale noun
 * (users, orders, subscribers …), else undefined; only hedges, "~" and a colon may stand between
 * ("grew users to 300k" has "to": the figure is where the users went, not a label's value).
 */
export function labelHeadBefore(tokens: Token[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j];
    if (t.kind === 'symbol' && (t.text === '~' || t.text === '≈' || t.text === ':')) j--;
    else if (t.kind === 'symbol' && t.text === '.' && READERSHIP_LABELS.has(tokens[j - 1]?.lower ?? '')) j--;
    else if (t.kind === 'symbol' && t.text === '.' && LABEL_HEDGES.has(tokens[j - 1]?.lower ?? '')) j -= 2;
    else if (t.kind === 'word' && LABEL_HEDGES.has(t.lower)) j--;
    else break;
  }
  const label = tokens[j];
  if (label?.kind !== 'word') return undefined;
  if (READERSHIP_LABELS.has(label.lower)) return 'readers';
  // A plural or an upper-case label ("orders", "DAU"); "a customer 360" names a product.
  const labelShape = /s$/.test(label.lower) || /^[A-Z]{2,}$/.test(label.text);
  return labelShape && isScaleNoun(label.lower) ? label.lower : undefined;
}

// Nouns that take a money figure right after them: "budgets over $50M", "annual spend of $3M".
const MONEY_GROUPS = new Set(['budget', 'budgets', 'spend']);

/** "a team of 6", "a budget of more than $2M", "budgets over $50M": the group noun before the number. */
export function groupBefore(tokens: Token[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (APPROXIMATORS.has(tokens[j].lower) || CURRENCY_SYMBOLS.has(tokens[j].text))) j--;
  if (j >= 0 && j < i - 1 && MONEY_GROUPS.has(tokens[j].lower) && CURRENCY_SYMBOLS.has(tokens[i - 1]?.text ?? ''))
    return tokens[j].lower;
  if (j >= 1 && tokens[j].lower === 'of') {
    // "a team (eng, design, data) of 11": skip a short parenthetical back to its noun.
    let g = j - 1;
    if (tokens[g].text === ')') {
      const stop = Math.max(0, g - 12);
      while (g > stop && tokens[g].text !== '(') g--;
      if (tokens[g].text === '(' && g >= 1) g--;
    }
    return tokens[g].lower;
  }
  return undefined;
}

export function perTimeAfter(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (PER_TIME_WORDS.has(t.lower)) return true;
  if (t.text === '/' && tokens[j + 1] && TIME_NOUNS.has(tokens[j + 1].lower)) return true;
  if (
    (t.lower === 'a' || t.lower === 'per' || t.lower === 'each' || t.lower === 'an') &&
    tokens[j + 1] &&
    TIME_NOUNS.has(tokens[j + 1].lower)
  )
    return true;
  return false;
}

/** Words that end the clause a recurrence is looked for in. */
const RECURRENCE_STOPS = new Set([',', ';', '.', '—', '–', '(', ':']);

/**
 * Whether the clause goes on, from token `j`, to say the work recurs: a rate ("a week", "per shift", "daily") or
 * "every"/"each" with a time, a day part or a weekday ("every Monday", "each morning"). A count the writer works
 * through on such a schedule is a standing duty or a load ("Inspected all 4 fire exits every Monday", "a depot
 * that serviced 300 buses a week"), not a finished job's volume. `window` bounds the tokens read, for a reader
 * that asks it of every count of a sentence (a clause with no stop would make that grow with its square).
 */
export function recursLater(tokens: Token[], j: number, window = tokens.length): boolean {
  for (let k = j; k < tokens.length && k < j + window; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' && RECURRENCE_STOPS.has(t.text)) return false;
    if (perTimeAfter(tokens, k)) return true;
    if (t.lower !== 'every' && t.lower !== 'each') continue;
    const next = tokens[k + 1]?.lower ?? '';
    const singular = next.endsWith('s') ? next.slice(0, -1) : next;
    if (TIME_NOUNS.has(next) || TIME_NOUNS.has(singular) || RECURRING_TIMES.has(singular) || WEEKDAY_NAMES.has(next))
      return true;
  }
  return false;
}

/** Parts of a day or a week a recurrence names ("each morning", "every weekend") beside TIME_NOUNS. */
const RECURRING_TIMES = new Set(['morning', 'evening', 'afternoon', 'night', 'weekend', 'shift', 'term', 'season']);
