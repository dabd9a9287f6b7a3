// Quantity detection: numbers in digits or words with what they count or measure. Also reports the
// numbers it rejects and why (years, versions, product names, ordinals, identifiers, dates,
// configuration values, date offsets, "top 3" selections), so the exclusions are testable.
import type { Token } from './tokenize';
import { CHANGE_MULTIPLIERS, MAGNITUDE_PLURALS, MAGNITUDE_WORDS, NUMBER_WORDS, ORDINAL_WORDS, numberWordValue } from './number-words';
import { isMlMetricToken } from './ml-evidence';
import { GROUP_NOUNS, RESULT_NOUNS, isScaleNoun } from './scale';

export type QuantityKind =
  | 'percent' | 'money' | 'multiplier' | 'duration' | 'data-size' | 'rank' | 'count' | 'magnitude' | 'ratio';

export interface Quantity {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  /** The noun the number counts, lower-case ("users" in "2M active users"), if one was found. */
  head?: string;
  /** A group noun before the number: "team" in "a team of 6". */
  group?: string;
  /** Part of a measured change: from→to, "by 40%", a multiplier word. */
  change: boolean;
  /** Governed by a verb that makes the count a result ("processed 20,000 pictures", "hired 12"). */
  result: boolean;
  /** Followed by "a day", "per month", "daily": a throughput or volume. */
  perTime: boolean;
}

export type ExclusionReason =
  | 'year' | 'version' | 'name' | 'ordinal' | 'identifier' | 'date' | 'config' | 'offset' | 'selection' | 'code' | 'compound'
  | 'scenario';

export interface ExcludedNumber {
  start: number;
  end: number;
  text: string;
  reason: ExclusionReason;
}

export interface QuantityScan {
  quantities: Quantity[];
  excluded: ExcludedNumber[];
}

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '₹', '¥', '₩', '₽', '₪', '฿']);
const CURRENCY_WORDS = new Set([
  'dollars', 'dollar', 'usd', 'eur', 'euros', 'euro', 'gbp', 'pounds', 'inr', 'rupees', 'yen', 'cad', 'aud', 'chf', 'k$', 'm$',
]);
const PERCENT_WORDS = new Set(['%', 'percent', 'per-cent', 'pct', 'pp', 'bps', 'percentage', 'basis']);
const DURATION_UNITS = new Set([
  'ms', 'millisecond', 'milliseconds', 'µs', 'us', 'microseconds', 'ns', 's', 'sec', 'secs', 'second', 'seconds',
  'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'wk', 'wks', 'week', 'weeks',
  'month', 'months', 'mo', 'quarter', 'quarters', 'year', 'years', 'yr', 'yrs', 'sprint', 'sprints', 'semester',
  'semesters', 'night', 'nights', 'weekend', 'weekends',
]);
const DATA_SUFFIXES = new Set(['kb', 'mb', 'gb', 'tb', 'pb', 'eb', 'k+', 'gib', 'tib', 'mib', 'pib']);
const MAGNITUDE_SUFFIXES = new Set(['k', 'm', 'mm', 'b', 'bn', 'mn']);
const DURATION_SUFFIXES = new Set(['ms', 's', 'sec', 'secs', 'min', 'mins', 'h', 'hr', 'hrs', 'd', 'wk', 'wks', 'yr', 'yrs', 'mo', 'us', 'µs', 'ns']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const RATE_SUFFIXES = new Set(['qps', 'rps', 'tps', 'rpm']);
// Words before a number that make it a label: "Phase 2", "story 4", "No. 2013…", "level 3".
const LABEL_WORDS = new Set([
  'version', 'v', 'ver', 'release', 'phase', 'step', 'stage', 'level', 'tier', 'class', 'grade', 'chapter',
  'section', 'page', 'story', 'item', 'part', 'round', 'sprint', 'iteration', 'gen', 'generation', 'series',
  'model', 'no', 'number', 'id', 'ticket', 'issue', 'pr', 'room', 'floor', 'route', 'patent', 'rule', 'type',
  'category', 'figure', 'fig', 'table', 'appendix', 'lesson', 'week', 'day', 'season', 'episode', 'volume', 'vol',
  'article', 'clause', 'band', 'mark', 'option', 'slide', 'unit', 'exhibit', 'case', 'station', 'channel',
  'interstate', 'highway', 'gate', 'terminal', 'platform', 'lane', 'suite', 'apt', 'box', 'sp', 'ios', 'android',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Words after a duration that turn it into a point in time ("3 months after joining").
const OFFSET_WORDS = new Set(['after', 'later', 'ago', 'before', 'earlier', 'prior', 'into', 'beforehand', 'since', 'old']);
// Words after a quantity that make it a configuration value, not a measurement.
const CONFIG_WORDS = new Set(['ttl', 'timeout', 'timeouts', 'interval', 'retention', 'cron', 'cooldown', 'deadline', 'backoff', 'expiry', 'window', 'cap', 'limit', 'quota', 'threshold', 'sla']);
// "1-way", "3-tier", "1-on-1", "2-factor", "3rd-party": a number inside a fixed compound.
const COMPOUND_TAILS = new Set(['way', 'tier', 'factor', 'on', 'off', 'click', 'stop', 'party', 'page', 'liner', 'pager', 'd', 'dimensional', 'sided', 'step']);
// Capitalized words that may stand before a number without making it a name ("Over 200", "Top 10").
const CAPITALIZED_OK = new Set([
  'over', 'under', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'approx', 'more', 'less',
  'fewer', 'only', 'just', 'from', 'to', 'by', 'with', 'of', 'in', 'for', 'and', 'across', 'top', 'up', 'some',
  'all', 'the', 'result', 'impact', 'outcome', 'cut', 'saved', 'reduced', 'grew', 'led', 'managed', 'built',
  'shipped', 'hired', 'served', 'serving', 'handled', 'processed', 'migrated', 'launched', 'delivered', 'i', 'we',
  'our', 'my', 'at', 'least', 'than', 'within', 'each', 'every', 'per', 'after', 'before', 'another', 'those',
  'these', 'its', 'their', 'by',
]);
// Words that end the search for the noun a number counts.
const HEAD_STOPS = new Set([
  'to', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'across', 'per', 'that', 'which', 'who',
  'was', 'were', 'is', 'are', 'be', 'been', 'a', 'an', 'than', 'as', 'while', 'when', 'after', 'before', 'during',
  'over', 'under', 'via', 'through', 'within', 'without', 'so', 'but', 'then', 'because', 'each', 'every', 'via',
  'had', 'has', 'have', 'it', 'they', 'we', 'i', 'our', 'my', 'their', 'his', 'her',
]);
const APPROXIMATORS = new Set([
  '~', '≈', 'about', 'around', 'roughly', 'approximately', 'approx', 'nearly', 'almost', 'over', 'under', 'more',
  'less', 'fewer', 'than', 'up', 'to', 'at', 'least', 'most', 'just', 'only', 'some', '+', '>', '<', 'within', 'circa',
]);
// Verbs that make a counted thing a result of the work ("processed 20,000 pictures").
const RESULT_VERBS = new Set([
  'processed', 'processing', 'migrated', 'migrating', 'onboarded', 'onboarding', 'hired', 'hiring', 'recruited',
  'acquired', 'signed', 'converted', 'sold', 'closed', 'resolved', 'won', 'trained', 'mentored', 'coached',
  'interviewed', 'labeled', 'labelled', 'annotated', 'ingested', 'indexed', 'scanned', 'reached', 'attracted',
  'added', 'grew', 'grown', 'scaled', 'gained', 'saved', 'recovered', 'retained', 'transferred', 'moved',
  'consolidated', 'decommissioned', 'retired', 'eliminated', 'removed', 'deleted', 'cleaned', 'fixed', 'triaged',
  'automated', 'doubled', 'tripled', 'raised', 'generated', 'collected', 'delivered', 'published', 'released',
]);
const PER_TIME_WORDS = new Set(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'a-day']);
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'quarter', 'night', 'sec', 'min', 'yr', 'hr', 's']);
// Words after which "one" is a count: "was one line", "only one outage", "took one day".
const ONE_COUNTS_AFTER = new Set(['was', 'is', 'were', 'only', 'just', 'took', 'needed', 'required', 'single']);
// Masked spans: URLs, e-mail addresses, inline code, HTML tags, and fixed compounds like "1:1" or "24/7".
// Each pattern runs only when a cheap substring test says it can match.
const MASK_PATTERNS: Array<[string, RegExp]> = [
  ['://', /https?:\/\/[^\s)\]>]+/gi],
  ['www.', /www\.[^\s)\]>]+/gi],
  // The lookbehind makes a match start only where an address can start, so a long word is scanned once.
  ['@', /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/g],
  ['`', /`[^`\n]{0,200}`/g],
  ['<', /<[^<>\n]{0,300}>/g],
  ['1', /\b1 ?[-:] ?1s?\b|\b1-on-1s?\b/gi],
  ['24/7', /\b24\/7\b/g],
  ['360', /\b360[- ]degrees?\b/gi],
];
const DIGIT_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(.*)$/;

function maskedRanges(sentence: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [probe, pattern] of MASK_PATTERNS) {
    if (!sentence.includes(probe)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  if (ranges.length > 1) ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}

/** Whether `start` falls in one of the sorted, disjoint-enough ranges (binary search: many masks stay cheap). */
function inRanges(ranges: Array<[number, number]>, start: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  // Ranges from different patterns can overlap; check the few that start at or before `start`.
  for (let k = hi; k >= 0 && k >= hi - 8; k--) if (start >= ranges[k][0] && start < ranges[k][1]) return true;
  return false;
}

/** Index of the first token starting at or after `offset` (tokens are sorted). */
function tokenIndexFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isCapitalized(text: string): boolean {
  const c = text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isNumericToken(t: Token | undefined): boolean {
  return !!t && (t.kind === 'number' ? DIGIT_NUMBER.test(t.text) : numberWordValue(t.lower) !== undefined);
}

interface Context {
  tokens: Token[];
  firstWord: number; // index of the first word-like token (sentence start)
}

/** Index of the previous non-symbol token, skipping the listed symbols. */
function prevWordIndex(tokens: Token[], i: number, skip = '~≈+#.:*_'): number {
  let j = i - 1;
  while (j >= 0 && tokens[j].kind === 'symbol' && skip.includes(tokens[j].text)) j--;
  return j;
}

/** Nouns and units the quantity rule knows; the head search prefers them over modifiers. */
let knownHeads: Set<string> | undefined;
function isKnownHead(lower: string): boolean {
  knownHeads ??= new Set([...PERCENT_WORDS, ...CURRENCY_WORDS, ...DURATION_UNITS, ...DATA_SUFFIXES, 'x', ...CONFIG_WORDS, ...RESULT_NOUNS, ...GROUP_NOUNS, 'fold', 'times']);
  return knownHeads.has(lower) || isScaleNoun(lower);
}

/**
 * Scan forward from token `i` (just after the number) for the noun it counts: skips magnitude
 * words, "+", hyphens, "of the", range partners ("1–2 days", "2 to 3 weeks") and modifiers
 * ("4 full-time engineers", "12 medium-sized client businesses"); stops at function words and
 * punctuation. Prefers a known noun or unit; otherwise the first plural-looking word, else the first word.
 */
function findHead(tokens: Token[], i: number, allowRange = true): { head?: string; headIndex: number; end: number } {
  let j = i;
  let end = i - 1;
  let sawOf = false;
  const words: number[] = [];
  while (j < tokens.length && words.length < 5) {
    const t = tokens[j];
    if (t.kind === 'symbol') {
      if (t.text === '+' || t.text === '-' || t.text === '‑' || t.text === '~') { j++; continue; }
      if (allowRange && (t.text === '–' || t.text === '—') && words.length === 0 && isNumericToken(tokens[j + 1])) { j += 2; end = j - 1; continue; }
      if (t.text === '%' && words.length === 0) return { head: '%', headIndex: j, end: j };
      if (t.text === '×' && words.length === 0) return { head: 'x', headIndex: j, end: j };
      break;
    }
    if (allowRange && (t.lower === 'to' || t.lower === 'or') && isNumericToken(tokens[j + 1]) && words.length === 0) {
      j += 2; // a range: "2 to 3 weeks"
      end = j - 1;
      continue;
    }
    if (t.lower === 'of' && !sawOf && words.length === 0) { sawOf = true; j++; continue; } // "2 of the largest banks"
    if (sawOf && (t.lower === 'the' || t.lower === 'our' || t.lower === 'its' || t.lower === 'their' || t.lower === 'all')) { j++; continue; }
    if (MAGNITUDE_WORDS.has(t.lower) && words.length === 0) { j++; end = j - 1; continue; }
    const compound = tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end; // "in-house", "full-time"
    if ((t.lower === 'and' || t.lower === 'or') && words.length > 0 && tokens[j + 1]?.kind === 'word') { j++; continue; } // "internal and external customers"
    if (!compound && (HEAD_STOPS.has(t.lower) || t.lower === 'the')) break;
    words.push(j);
    // A known plural ends the noun phrase; a singular one may be a modifier ("client clusters").
    if (isKnownHead(t.lower) && !GROUP_NOUNS.has(t.lower) && !compound && (t.lower.endsWith('s') || !isKnownHead(tokens[j + 1]?.lower ?? ''))) break;
    j++;
  }
  if (words.length === 0) return { headIndex: -1, end };
  let pick = words.findLast((k) => isKnownHead(tokens[k].lower) && !GROUP_NOUNS.has(tokens[k].lower) && !(tokens[k + 1]?.text === '-'));
  if (pick === undefined) pick = words.find((k) => isKnownHead(tokens[k].lower) && !(tokens[k + 1]?.text === '-'));
  if (pick === undefined) pick = words.find((k) => /[^s]s$/.test(tokens[k].lower) && !(tokens[k + 1]?.text === '-'));
  if (pick === undefined) pick = words[0];
  return { head: tokens[pick].lower, headIndex: pick, end: Math.max(end, pick) };
}

export function findQuantities(sentence: string, tokens: Token[]): QuantityScan {
  const quantities: Quantity[] = [];
  const excluded: ExcludedNumber[] = [];
  // Most sentences hold no number at all: one pass over the tokens settles that.
  let hasDigit = false;
  let mayQuantify = false;
  for (const t of tokens) {
    if (t.kind === 'number') { hasDigit = true; break; }
    if (t.kind === 'word' && quantityWordSet().has(t.lower)) mayQuantify = true;
  }
  if (!hasDigit && !mayQuantify) return { quantities, excluded };
  const masks = hasDigit ? maskedRanges(sentence) : [];
  const ctx: Context = { tokens, firstWord: tokens.findIndex((t) => t.kind !== 'symbol') };
  const exclude = (t: Token, reason: ExclusionReason) => excluded.push({ start: t.start, end: t.end, text: t.text, reason });

  const scenarioFrom = scenarioStart(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i >= scenarioFrom) {
      if (t.kind === 'number' || numberWordValue(t.lower) !== undefined) exclude(t, 'scenario');
      continue;
    }
    if (t.kind === 'symbol') continue;
    const wordValue = t.kind === 'word' ? numberWordValue(t.lower) : undefined;

    // Words that are a measured change by themselves: doubled, halved, tenfold, "cut in half".
    if (t.kind === 'word' && CHANGE_MULTIPLIERS.has(t.lower)) {
      if (t.lower === 'twice' && !(tokens[i + 1] && (tokens[i + 1].lower === 'as' || tokens[i + 1].lower.endsWith('er')))) continue;
      quantities.push(quantity(t.start, t.end, sentence, 'multiplier', { change: true }));
      continue;
    }
    if (t.kind === 'word' && t.lower === 'half' && i > 0 && (tokens[i - 1].lower === 'in' || tokens[i - 1].lower === 'by')) {
      quantities.push(quantity(tokens[i - 1].start, t.end, sentence, 'multiplier', { change: true }));
      continue;
    }
    // "hundreds of", "tens of thousands of", "millions of": a magnitude.
    if (t.kind === 'word' && MAGNITUDE_PLURALS.has(t.lower) && tokens[i + 1]?.lower === 'of') {
      if (t.lower === 'tens' && !(tokens[i + 2] && MAGNITUDE_PLURALS.has(tokens[i + 2].lower))) continue;
      let j = i + 2;
      while (j + 1 < tokens.length && MAGNITUDE_PLURALS.has(tokens[j].lower) && tokens[j + 1].lower === 'of') j += 2;
      const { head, end } = findHead(tokens, j, false);
      quantities.push(quantity(t.start, tokens[Math.max(end, j - 1)].end, sentence, head && CURRENCY_WORDS.has(head) ? 'money' : 'magnitude', {
        head, vagueMoney: head !== undefined && CURRENCY_WORDS.has(head), tokens, index: i,
      }));
      i = Math.max(i, j - 1);
      continue;
    }
    // "one", "a" and "an" count only in duration phrases ("about an hour", "a full day") or ratios ("one in three").
    if (t.kind === 'word' && (t.lower === 'one' || t.lower === 'a' || t.lower === 'an')) {
      const q = smallDuration(tokens, i, sentence);
      if (q) { quantities.push(q); i = tokenIndexAt(tokens, q.end, i); continue; }
      // "the fix was one line", "only one incident": a count; "one of", "one client" are not.
      if (t.lower === 'one' && i > 0 && ONE_COUNTS_AFTER.has(tokens[i - 1].lower) && tokens[i + 1]?.kind === 'word' && tokens[i + 1].lower !== 'of') {
        const { head, end } = findHead(tokens, i + 1);
        quantities.push(quantity(t.start, tokens[Math.max(end, i)].end, sentence, 'count', { head, tokens, index: i }));
        i = Math.max(end, i);
        continue;
      }
      if (t.lower === 'one' && (tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'out') && isNumericToken(tokens[i + 2] ?? tokens[i + 3])) {
        const k = tokens[i + 1].lower === 'out' ? i + 3 : i + 2;
        const { head, end } = findHead(tokens, k + 1);
        quantities.push(quantity(t.start, tokens[Math.max(end, k)].end, sentence, 'ratio', { head }));
        i = Math.max(end, k);
      }
      continue;
    }
    if (t.kind !== 'number' && wordValue === undefined) continue;
    if (wordValue === undefined && inRanges(masks, t.start)) { exclude(t, 'code'); continue; }

    // ----- what kind of token is this number? -----
    let kind: QuantityKind = 'count';
    let suffixHead: string | undefined;
    if (t.kind === 'number') {
      const m = DIGIT_NUMBER.exec(t.text);
      if (!m) {
        // Letters before the digits: "v2", "EC2", "S3", "K8s", "B2B", "p99", "Q3", "FY2024".
        if (/^v\d/i.test(t.text)) exclude(t, 'version');
        else if (/^(q[1-4]|h[12]|fy\d+)$/i.test(t.text)) exclude(t, 'date');
        else if (!isMlMetricToken(t.lower)) exclude(t, 'name');
        continue;
      }
      const [, int, , rawSuffix] = m;
      const suffix = rawSuffix.toLowerCase();
      if (suffix.startsWith('.') || (t.text.match(/\./g)?.length ?? 0) >= 2) { exclude(t, 'version'); continue; }
      if (ORDINAL_SUFFIXES.has(suffix)) { exclude(t, 'ordinal'); continue; }
      if (suffix === 'x' || suffix === '×') kind = 'multiplier';
      else if (MAGNITUDE_SUFFIXES.has(suffix)) kind = 'count';
      else if (DATA_SUFFIXES.has(suffix)) { kind = 'data-size'; suffixHead = suffix; }
      else if (RATE_SUFFIXES.has(suffix)) { suffixHead = suffix; }
      else if (suffix === 'd' && /D$/.test(t.text)) { exclude(t, 'name'); continue; } // "3D"
      else if (DURATION_SUFFIXES.has(suffix)) kind = 'duration';
      else if (suffix !== '') { exclude(t, 'name'); continue; } // "2FA", "5G", "1Password"
      const digits = int.replace(/,/g, '');
      if (suffix === '' && !int.includes(',') && m[2] === undefined) {
        const value = Number(digits);
        const nextT = tokens[i + 1];
        const countable = nextT && (nextT.text === '+' || nextT.text === '%' || MAGNITUDE_WORDS.has(nextT.lower) || DURATION_UNITS.has(nextT.lower));
        const prevSym = i > 0 ? tokens[i - 1].text : '';
        if (digits.length === 4 && value >= 1900 && value <= 2099 && !countable && !CURRENCY_SYMBOLS.has(prevSym) && !(tokens[i + 1] && isScaleNoun(tokens[i + 1].lower))) {
          exclude(t, 'year');
          continue;
        }
        if (digits.length >= 7) { exclude(t, 'identifier'); continue; }
      }
    } else if (ORDINAL_WORDS.has(t.lower)) {
      continue;
    }

    // ----- context before the number -----
    const p = prevWordIndex(tokens, i);
    const prev = p >= 0 ? tokens[p] : undefined;
    const rawPrev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && t.kind === 'number') {
      if (rawPrev && rawPrev.text === '#' ) {
        if (Number(t.text) > 10 || !(prev.lower === 'ranked' || prev.lower === 'rated' || prev.lower === 'became' || prev.lower === 'reached')) { exclude(t, 'identifier'); continue; }
        kind = 'rank';
      } else if (LABEL_WORDS.has(prev.lower) && !(tokens[i + 1] && (tokens[i + 1].text === '%' || DURATION_UNITS.has(tokens[i + 1].lower) || isUnitWord(tokens[i + 1].lower)))) {
        exclude(t, 'identifier'); continue;
      } else if (MONTHS.has(prev.lower) && prev.lower !== 'may' && prev.lower !== 'march' || (prev.lower === 'may' || prev.lower === 'march') && isCapitalized(prev.text)) {
        exclude(t, 'date'); continue;
      } else if (
        p > ctx.firstWord && isCapitalized(prev.text) && !CAPITALIZED_OK.has(prev.lower) && !isMlMetricToken(prev.lower) &&
        !CURRENCY_WORDS.has(prev.lower) && rawPrev === prev && !(tokens[i + 1] && (tokens[i + 1].text === '%' || isUnitWord(tokens[i + 1].lower)))
      ) {
        exclude(t, 'name'); continue; // "Python 3", "Radio 4", "Fortune 500", "Windows 10"
      }
    }
    if (t.kind === 'word' && prev && LABEL_WORDS.has(prev.lower) && rawPrev === prev) { exclude(t, 'identifier'); continue; }
    const next = tokens[i + 1];
    if (next && MONTHS.has(next.lower) && isCapitalized(next.text) && t.kind === 'number' && Number(t.text) <= 31) { exclude(t, 'date'); continue; }
    if (next && (next.lower === 'am' || next.lower === 'pm' || next.text === ':')) { exclude(t, 'date'); continue; }
    if (next && next.text === '/' && isNumericToken(tokens[i + 2]) && tokens[i + 3]?.text === '/') { exclude(t, 'date'); i += 4; continue; }
    // "1-way", "3-tier", "3rd-party", "1-on-1".
    if (next && (next.text === '-' || next.text === '‑') && tokens[i + 2] && COMPOUND_TAILS.has(tokens[i + 2].lower) && next.start === t.end) {
      exclude(t, 'compound'); continue;
    }
    // "top 3 challenges" selects; "top 10 of 1,200" or "top 5%" is a ranking.
    if (prev && prev.lower === 'top') {
      // A ranking names the field: "top 10 of 1,200", "top 5 out of 90", "top 5%".
      let k = i + 1;
      while (k < tokens.length && k <= i + 4 && tokens[k].lower !== 'of' && tokens[k].lower !== 'out') k++;
      const isRank = tokens[i + 1]?.text === '%' || (k <= i + 4 && tokens.slice(k + 1, k + 3).some((x) => isNumericToken(x)));
      if (!isRank) { exclude(t, 'selection'); continue; }
      kind = 'rank';
    }

    // ----- units and the noun after the number -----
    const { head: scannedHead, end: headEnd } = findHead(tokens, i + 1, prev?.lower !== 'from');
    let head = suffixHead ?? scannedHead;
    const end = Math.max(i, headEnd);
    if (head === '%' || (head && PERCENT_WORDS.has(head))) { kind = 'percent'; head = undefined; }
    else if (rawPrev && CURRENCY_SYMBOLS.has(rawPrev.text)) kind = 'money';
    else if (head && CURRENCY_WORDS.has(head)) kind = 'money';
    else if (head === 'x' || head === '×' || head === 'times' && tokens[end + 1] && /er$|^(more|less|as)$/.test(tokens[end + 1].lower)) kind = 'multiplier';
    else if (head === 'fold') kind = 'multiplier';
    else if (kind !== 'rank' && head && DURATION_UNITS.has(head)) kind = 'duration';
    else if (head && DATA_SUFFIXES.has(head)) kind = 'data-size';
    if (rawPrev && CURRENCY_SYMBOLS.has(rawPrev.text)) kind = 'money';

    // Words after the quantity can still disqualify it.
    const after = tokens[end + 1];
    if (after && CONFIG_WORDS.has(after.lower) && after.lower !== 'window') { exclude(t, 'config'); i = end; continue; }
    if (head && CONFIG_WORDS.has(head)) { exclude(t, 'config'); i = end; continue; }
    if (prev && CONFIG_WORDS.has(prev.lower) || (prev?.lower === 'of' && p > 0 && CONFIG_WORDS.has(tokens[p - 1].lower))) { exclude(t, 'config'); i = end; continue; }
    if (kind === 'duration' && after && OFFSET_WORDS.has(after.lower)) { exclude(t, 'offset'); i = end; continue; }
    if (kind === 'duration' && (prev?.lower === 'every' || prev?.lower === 'each')) { exclude(t, 'config'); i = end; continue; }

    // "2–3 cards per query", "3 replicas per shard": a design parameter, not a measurement.
    if ((kind === 'count') && after && after.lower === 'per' && tokens[end + 2] && !TIME_NOUNS.has(tokens[end + 2].lower) && tokens[end + 2].kind === 'word') {
      exclude(t, 'config'); i = end; continue;
    }
    // "1,000 applications a day, of which 300 are abandoned": a bare count refers back to the last counted noun.
    if (!head && kind === 'count' && prev && (prev.lower === 'which' || prev.lower === 'them' || prev.lower === 'whom') && quantities.length > 0) {
      const last = quantities[quantities.length - 1];
      const inherited = quantity(t.start, t.end, sentence, 'count', { head: last.head, group: last.group, tokens, index: i });
      inherited.perTime = last.perTime;
      quantities.push(inherited);
      continue;
    }
    const group = groupBefore(tokens, i);
    const q = quantity(rawPrev && CURRENCY_SYMBOLS.has(rawPrev.text) ? rawPrev.start : t.start, tokens[end].end, sentence, kind, {
      head: head === '%' ? undefined : head, group, tokens, index: i,
    });
    q.perTime = perTimeAfter(tokens, end + 1);
    quantities.push(q);
    i = end;
  }

  markChanges(tokens, quantities);
  return { quantities, excluded };
}

// "a bug where paying ₹800 on a ₹500 installment …", "edge cases where two organizations …": the
// numbers describe an example scenario, not a measured result or the size of the context.
const SCENARIO_NOUNS = new Set(['bug', 'bugs', 'case', 'cases', 'scenario', 'scenarios', 'situation', 'situations', 'example', 'instance', 'instances', 'condition', 'conditions']);
function scenarioStart(tokens: Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (SCENARIO_NOUNS.has(tokens[i].lower) && (tokens[i + 1].lower === 'where' || tokens[i + 1].lower === 'in' && tokens[i + 2]?.lower === 'which')) return i + 2;
  }
  return tokens.length;
}

// Words without digits that can take part in a quantity (number words, "hundreds", "doubled", units).
let quantityWords: Set<string> | undefined;
function quantityWordSet(): Set<string> {
  quantityWords ??= new Set([...NUMBER_WORDS.keys(), ...MAGNITUDE_PLURALS, ...CHANGE_MULTIPLIERS, ...DURATION_UNITS, 'half', 'one']);
  return quantityWords;
}

function isUnitWord(lower: string): boolean {
  return PERCENT_WORDS.has(lower) || CURRENCY_WORDS.has(lower) || DURATION_UNITS.has(lower) || DATA_SUFFIXES.has(lower) || lower === 'x';
}

/** "a team of 6", "a budget of more than $2M": the group noun before "of". */
function groupBefore(tokens: Token[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (APPROXIMATORS.has(tokens[j].lower) || CURRENCY_SYMBOLS.has(tokens[j].text))) j--;
  if (j >= 1 && tokens[j].lower === 'of') return tokens[j - 1].lower;
  return undefined;
}

function perTimeAfter(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (PER_TIME_WORDS.has(t.lower)) return true;
  if (t.text === '/' && tokens[j + 1] && TIME_NOUNS.has(tokens[j + 1].lower)) return true;
  if ((t.lower === 'a' || t.lower === 'per' || t.lower === 'each' || t.lower === 'an') && tokens[j + 1] && TIME_NOUNS.has(tokens[j + 1].lower)) return true;
  return false;
}

/** "about an hour", "a full day", "in under a week", "one year": durations with "a"/"an"/"one". */
function smallDuration(tokens: Token[], i: number, sentence: string): Quantity | undefined {
  let j = i + 1;
  if (tokens[j] && (tokens[j].lower === 'full' || tokens[j].lower === 'entire' || tokens[j].lower === 'whole')) j++;
  const unit = tokens[j];
  if (!unit || !DURATION_UNITS.has(unit.lower)) return undefined;
  const prev = tokens[i - 1]?.lower;
  const qualified = j > i + 1 || (prev !== undefined && ['about', 'around', 'roughly', 'approximately', 'under', 'within', 'nearly', 'almost', 'than', 'just', 'only', 'over'].includes(prev));
  if (!qualified) return undefined;
  const after = tokens[j + 1];
  if (after && OFFSET_WORDS.has(after.lower)) return undefined;
  return quantity(tokens[i].start, unit.end, sentence, 'duration', {});
}

function tokenIndexAt(tokens: Token[], end: number, from: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1].start < end) k++;
  return k;
}

function quantity(
  start: number, end: number, sentence: string, kind: QuantityKind,
  extra: { head?: string; group?: string; change?: boolean; vagueMoney?: boolean; tokens?: Token[]; index?: number },
): Quantity {
  let result = false;
  if (extra.tokens && extra.index !== undefined) {
    // A result verb up to three words before the number (skipping approximators).
    for (let k = extra.index - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const w = extra.tokens[k];
      if (w.kind === 'symbol') continue;
      seen++;
      if (RESULT_VERBS.has(w.lower)) { result = true; break; }
      if (!APPROXIMATORS.has(w.lower) && w.lower !== 'over' && w.lower !== 'the' && w.lower !== 'a') break;
    }
  }
  return {
    start, end, text: sentence.slice(start, end), kind, head: extra.head, group: extra.group,
    change: extra.change ?? false, result, perTime: false,
  };
}

/** from X to Y, X → Y, and "by N" mark quantities as part of a measured change. */
function markChanges(tokens: Token[], quantities: Quantity[]): void {
  if (quantities.length === 0) return;
  const indexOf = (q: Quantity) => tokenIndexFrom(tokens, q.start);
  for (let a = 0; a < quantities.length; a++) {
    const q = quantities[a];
    const qi = indexOf(q);
    // "by 40%", "by 3x", "by ~60%"
    let k = qi - 1;
    while (k >= 0 && (APPROXIMATORS.has(tokens[k].lower) || CURRENCY_SYMBOLS.has(tokens[k].text))) k--;
    if (k >= 0 && tokens[k].lower === 'by' && q.kind !== 'count') q.change = true;
    if (k >= 0 && tokens[k].lower === 'by' && q.kind === 'count' && !q.head) q.change = true;
    // "from X (unit) to Y", "X → Y"
    const b = quantities[a + 1];
    if (!b) continue;
    const bi = indexOf(b);
    let fromNear = false;
    for (let f = qi - 1; f >= 0 && f >= qi - 4; f--) if (tokens[f].lower === 'from') fromNear = true;
    let link = false;
    for (let l = qi + 1; l < bi && l <= qi + 8; l++) {
      const w = tokens[l].lower;
      if (w === '→' || w === '->' || (w === '>' && tokens[l - 1].text === '-') || w === '⇒') link = true;
      if ((w === 'to' || w === 'into' || w === 'down' || w === 'up') && fromNear) link = true;
    }
    if (link) {
      q.change = true;
      b.change = true;
      if (!q.head && b.head) q.head = b.head;
      if (!b.head && q.head) b.head = q.head;
      if (q.kind === 'count' && b.kind !== 'count') q.kind = b.kind;
      if (b.kind === 'count' && q.kind !== 'count') b.kind = q.kind;
    }
  }
}
