// Why a number is not a quantity: years, versions, product names ("Python 3"), ordinals, identifiers
// ("#4521"), fixed compounds ("3-tier"), "top 3" selections, configuration values
// ("a 30s timeout"), date offsets ("3 months after") and example scenarios ("a bug where ₹800 …").
// Each check answers for one token; findQuantities (quantities.ts) asks them in a fixed order and
// records the reason, so the exclusions stay testable and in one place. Numbers that name a thing in a
// numbered set ("Phase 2", "trench 4") and dates in figures are read by naming-numbers.ts, asked first.
import { isCapitalized, type Token } from '../language/tokenize';
import type { ExclusionReason, QuantityKind } from './quantity-types';
import { MAGNITUDE_WORDS, isDigitRun, numberWordValue } from './number-words';
import { isMlMetricToken } from './ml-evidence';
import { isScaleNoun } from './scale';
import {
  CONFIG_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DATA_SUFFIXES,
  DURATION_SUFFIXES,
  DURATION_UNITS,
  MAGNITUDE_SUFFIXES,
  PERCENT_WORDS,
  OFFSET_WORDS,
  ORDINAL_SUFFIXES,
  RATE_SUFFIXES,
  TIME_NOUNS,
  isHourMinuteSuffix,
  isUnitWord,
} from './quantity-lexicon';
import { NUMBERED_PERIOD_UNITS, PERIOD_LABEL_PREPOSITIONS, isMonthWord } from '../language/lexicon';
import { isNumericToken, perTimeAfter } from './quantity-phrase';
import { ACTION_BASE, isGerund, isPastForm } from '../language/verbs';
import { isExposureShare } from './exposure-share';

// "1-way", "3-tier", "1-on-1", "2-factor", "3rd-party": a number inside a fixed compound.
const COMPOUND_TAILS = new Set([
  'way',
  'tier',
  'factor',
  'on',
  'off',
  'click',
  'stop',
  'party',
  'page',
  'liner',
  'pager',
  'd',
  'dimensional',
  'sided',
  'step',
]);
// Tails that keep a hyphenated number a quantity: "a 10-point gain", "a 5-star rating", "a two-time winner".
const QUANTITY_TAILS = new Set(['point', 'star', 'time', 'fold', 'figure', 'person', 'man', 'member', 'seat', 'bed']);
// Capitalized words that may stand before a number without making it a name ("Over 200", "Top 10").
const CAPITALIZED_OK = new Set([
  'over',
  'under',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'approx',
  'more',
  'less',
  'fewer',
  'only',
  'just',
  'from',
  'to',
  'by',
  'with',
  'of',
  'in',
  'for',
  'and',
  'across',
  'top',
  'up',
  'some',
  'all',
  'the',
  'result',
  'impact',
  'outcome',
  'cut',
  'saved',
  'reduced',
  'grew',
  'led',
  'managed',
  'built',
  'shipped',
  'hired',
  'served',
  'serving',
  'handled',
  'processed',
  'migrated',
  'launched',
  'delivered',
  'i',
  'we',
  'our',
  'my',
  'at',
  'least',
  'than',
  'within',
  'each',
  'every',
  'per',
  'after',
  'before',
  'another',
  'those',
  'these',
  'its',
  'their',
  'by',
]);
// "a bug where paying ₹800 on a ₹500 installment …", "edge cases where two organizations …": the
// numbers describe an example scenario, not a measured result or the size of the context.
const SCENARIO_NOUNS = new Set([
  'bug',
  'bugs',
  'case',
  'cases',
  'scenario',
  'scenarios',
  'situation',
  'situations',
  'example',
  'instance',
  'instances',
  'condition',
  'conditions',
]);

/** Index of the first token of an example scenario ("bugs where …", "cases in which …"), or tokens.length. */
export function scenarioStart(tokens: Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (
      (tokens[i + 1].lower === 'where' || (tokens[i + 1].lower === 'in' && tokens[i + 2]?.lower === 'which')) &&
      SCENARIO_NOUNS.has(tokens[i].lower)
    )
      return i + 2;
  }
  return tokens.length;
}

/**
 * Letters before the digits: "v2", "EC2", "S3", "K8s", "B2B", "p99", "Q3", "FY2024". Undefined for an
 * ML metric ("p99", "top1"), which is skipped without a reason.
 */
export function letteredNumberReason(t: Token): ExclusionReason | undefined {
  if (/^v\d/i.test(t.text)) return 'version';
  if (/^(q[1-4]|h[12]|fy\d+)$/i.test(t.text)) return 'date';
  if (!isMlMetricToken(t.lower)) return 'name';
  return undefined;
}

/**
 * What follows the digits in the token ("1.2.3", "3rd", "3D", "2FA", "5G", "1Password"), `suffix`
 * lower-cased. A suffix the quantity rule reads as a unit ("x", "k", "GB", "qps", "ms"; "3d" is days)
 * gives undefined.
 */
export function suffixReason(text: string, suffix: string): ExclusionReason | undefined {
  // Two dots or more ("1.2.3"): the first and the last dot differ (a scan, not a match array per number).
  if (suffix.startsWith('.') || text.indexOf('.') !== text.lastIndexOf('.')) return 'version';
  if (ORDINAL_SUFFIXES.has(suffix)) return 'ordinal';
  if (suffix === 'd' && /D$/.test(text)) return 'name'; // "3D"
  if (suffix === 's' && /S$/.test(text)) return 'name'; // "5S", not seconds
  if (
    suffix !== '' &&
    !(
      suffix === 'x' ||
      suffix === '×' ||
      MAGNITUDE_SUFFIXES.has(suffix) ||
      PERCENT_WORDS.has(suffix) ||
      DATA_SUFFIXES.has(suffix) ||
      RATE_SUFFIXES.has(suffix) ||
      DURATION_SUFFIXES.has(suffix) ||
      isHourMinuteSuffix(suffix)
    )
  ) {
    return 'name'; // "2FA", "5G", "1Password"
  }
  return undefined;
}

/** Words that hedge an amount: "over 2000 boilers", "about 1500 homes", "more than 2000 files". */
const COUNT_HEDGES = new Set([
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'than',
]);

/**
 * "serviced over 2000 boilers", "about 1500 homes": a round year-like figure between a hedge and a plural
 * noun is a count written without its comma. A year takes no such hedge before a plural ("in 2019 prices
 * rose", "since 2015 boilers …" keep their year); "over" also means "during" ("worked over 2020
 * lockdowns"), so only a round hundred, which a writer hedging a count gives, is read as one.
 */
function isHedgedCount(tokens: Token[], i: number): boolean {
  if (Number(tokens[i].text) % 100 !== 0) return false;
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || next.text !== next.lower) return false;
  if (!next.lower.endsWith('s') || next.lower.endsWith('ss') || next.lower.length < 4) return false;
  return COUNT_HEDGES.has(tokens[i - 1]?.lower ?? '');
}

/** A plain integer token `i` (no suffix, grouping or decimals) of `digits`: a year, a long identifier, or neither. */
export function plainNumberReason(tokens: Token[], i: number, digits: string): ExclusionReason | undefined {
  const value = Number(digits);
  const nextT = tokens[i + 1];
  const countable =
    nextT &&
    (nextT.text === '+' || nextT.text === '%' || MAGNITUDE_WORDS.has(nextT.lower) || DURATION_UNITS.has(nextT.lower));
  const prevSym = i > 0 ? tokens[i - 1].text : '';
  if (
    digits.length === 4 &&
    value >= 1900 &&
    value <= 2099 &&
    !countable &&
    !CURRENCY_SYMBOLS.has(prevSym) &&
    !(tokens[i + 1] && isScaleNoun(tokens[i + 1].lower)) &&
    !isHedgedCount(tokens, i)
  ) {
    return 'year';
  }
  if (digits.length >= 7) return 'identifier';
  return undefined;
}

/**
 * "Mistral-7B", "Llama-2-70B", "Qwen2.5-14B", "GPT-4-32K": a size class joined by hyphens to a model's
 * name is part of the name (RUBRIC-NOTES: model size classes are names, like versions). The chain of
 * joined tokens must reach a word, so a range ("40-50K", "$1-2M") keeps its role.
 */
function isModelSizeInName(tokens: Token[], i: number): boolean {
  const text = tokens[i].text;
  // Every size ends in b, m or k (either case): most numbers stop at that one character.
  const last = text.charCodeAt(text.length - 1) | 32;
  if (last !== 98 && last !== 109 && last !== 107) return false;
  if (tokens[i].kind !== 'number' || !/^\d+(\.\d+)?[bmk]$/i.test(text)) return false;
  let k = i;
  // Walk back over "-" joins with no space around them.
  while (
    k >= 2 &&
    tokens[k - 1].text === '-' &&
    tokens[k - 1].start === tokens[k - 2].end &&
    tokens[k].start === tokens[k - 1].end
  ) {
    k -= 2;
    if (tokens[k].kind === 'word' || /^[a-z]/i.test(tokens[k].text)) return true;
  }
  return false;
}

/** A number written as a multiplier: "4x", "2.5x", "10×" (not "3.x", a version series). */
const MULTIPLIER_TOKEN = /^\d+(\.\d+)?[x×]$/i;

/**
 * The words before number token `i` (`p`: the previous word, skipping "~#.:" and the like; `firstWord`:
 * the sentence's first word): a label ("Phase 2", "#4521"), a date ("March 3") or a name ("Python 3").
 * 'rank' for a rank such as "ranked #1", which is a quantity.
 */
export function labelBeforeReason(
  tokens: Token[],
  i: number,
  p: number,
  firstWord: number,
): ExclusionReason | 'rank' | undefined {
  const t = tokens[i];
  const prev = p >= 0 ? tokens[p] : undefined;
  const rawPrev = i > 0 ? tokens[i - 1] : undefined;
  if (isModelSizeInName(tokens, i)) return 'name';
  if (prev && t.kind === 'number') {
    if (rawPrev && rawPrev.text === '#') {
      if (
        Number(t.text) > 10 ||
        !(prev.lower === 'ranked' || prev.lower === 'rated' || prev.lower === 'became' || prev.lower === 'reached')
      )
        return 'identifier';
      return 'rank';
    } else if (
      // "Dec 2021", "June 3", "March 2020": a month before a number dates it; "may" and "march" only capitalized
      // ("may 3 teams", "march 2 miles" are a modal and a verb).
      (isMonthWord(prev.lower) && prev.lower !== 'may' && prev.lower !== 'march') ||
      ((prev.lower === 'may' || prev.lower === 'march') && isCapitalized(prev.text))
    ) {
      return 'date';
    } else if (
      p > firstWord &&
      isCapitalized(prev.text) &&
      !CAPITALIZED_OK.has(prev.lower) &&
      !isMlMetricToken(prev.lower) &&
      !CURRENCY_WORDS.has(prev.lower) &&
      rawPrev === prev &&
      !(tokens[i + 1] && (tokens[i + 1].text === '%' || isUnitWord(tokens[i + 1].lower))) &&
      // "made the nightly ETL 4x faster", "sped CI up 3x": a multiplier after a name is no part of it.
      !MULTIPLIER_TOKEN.test(t.text)
    ) {
      return 'name'; // "Python 3", "Radio 4", "Fortune 500", "Windows 10"
    }
  }
  if (numberedPeriodLabel(tokens, i, p)) return 'date';
  // "Python 3, Django 4.2": a name opening a list, not a verb opening a bullet ("Saved 3 hours").
  const after = tokens[i + 1];
  if (
    prev &&
    p === firstWord &&
    rawPrev === prev &&
    t.kind === 'number' &&
    isCapitalized(prev.text) &&
    !CAPITALIZED_OK.has(prev.lower) &&
    !isPastForm(prev.lower) &&
    !isGerund(prev.lower) &&
    !ACTION_BASE.has(prev.lower) &&
    // "Python 2 → 3 migration": a product name (capitalized, not an acronym such as "NPS") before a version step.
    (!after ||
      after.text === ',' ||
      after.text === '/' ||
      (/^[A-Z][a-z]/.test(prev.text) && isVersionStep(tokens, i + 1)))
  )
    return 'name';
  return undefined;
}

/**
 * "Python 2 → 3 migration", "Node 16 to 20": at token `k` a step to a bare number with no unit after it, the
 * other end of a name's version (a unit, a percent or a rate after it makes the pair a measure: "Cut 40 to 12
 * hours").
 */
function isVersionStep(tokens: Token[], k: number): boolean {
  const join = tokens[k];
  const end = tokens[k + 1];
  if (join === undefined || (join.text !== '→' && join.lower !== 'to') || end?.kind !== 'number') return false;
  if (!/^\d+(?:\.\d+)*$/.test(end.text)) return false;
  const unit = tokens[k + 2];
  // "Tickets 40 → 12 a day": a rate after the pair makes it a measure too.
  return unit === undefined || !(unit.text === '%' || isUnitWord(unit.lower) || perTimeAfter(tokens, k + 2));
}

/**
 * "wk 13 – on-call", "Month 3: moved …", "in yr 2": a singular unit of time a day or longer
 * (NUMBERED_PERIOD_UNITS) right before a bare whole number names which period of a log or a plan a line
 * is about, as "Q3" does; a length is told the other way round ("13 weeks"). The unit opens the sentence
 * or follows a symbol or a preposition (PERIOD_LABEL_PREPOSITIONS), so a quantifier's adverbial keeps the
 * count after it ("every month 40 new stores"), and neither a number before the unit ("2 hr 30") nor a
 * unit after the number ("day 1 hour 4") makes it a label.
 */
function numberedPeriodLabel(tokens: Token[], i: number, p: number): boolean {
  const t = tokens[i];
  const unit = tokens[i - 1];
  if (t.kind !== 'number' || p < 0 || p !== i - 1 || !isDigitRun(t.text, 3)) return false;
  if (!NUMBERED_PERIOD_UNITS.has(unit.lower)) return false;
  const after = tokens[i + 1];
  if (after && (after.text === '%' || DURATION_UNITS.has(after.lower) || isUnitWord(after.lower))) return false;
  const before = tokens[i - 2];
  return before === undefined || before.kind === 'symbol' || PERIOD_LABEL_PREPOSITIONS.has(before.lower);
}

/** "1-way", "3-tier", "3rd-party", "1-on-1". */
export function isFixedCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const tail = tokens[i + 2];
  if (!next || (next.text !== '-' && next.text !== '‑') || next.start !== t.end || !tail || tail.kind !== 'word')
    return false;
  if (COMPOUND_TAILS.has(tail.lower)) return true;
  // "a two-phase commit", "a three-stage pipeline": a small number joined to a singular noun that
  // modifies another names a kind of thing. A unit ("a two-week pilot"), a size ("a 12-node cluster",
  // "a 40-person team") or a score ("a 10-point gain") stays a quantity.
  const value = t.kind === 'number' ? Number(t.text) : numberWordValue(t.lower);
  return (
    value !== undefined &&
    value < 20 &&
    tail.start === next.end &&
    tokens[i + 3]?.kind === 'word' &&
    !tail.lower.endsWith('s') &&
    !isUnitWord(tail.lower) &&
    !isScaleNoun(`${tail.lower}s`) &&
    !isScaleNoun(tail.lower) &&
    !QUANTITY_TAILS.has(tail.lower)
  );
}

/** Nouns a star grade may stand before and still be a score the work earned: "a 2-star rating", "5-star reviews". */
const STAR_SCORE_NOUNS = new Set(['rating', 'ratings', 'score', 'scores', 'average']);

/**
 * "a 5-star hotel", "city-centre 4-star", "our 1-star reviews": a small number joined to "star" names the
 * class of a place or of a review, a grade as "NVQ Level 3" is (RUBRIC-NOTES status lines): neither a measure
 * nor a size. Before a rating's noun ("a 2-star rating") it stays the score the writers label a metric.
 */
export function isStarGrade(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const hyphen = tokens[i + 1];
  const star = tokens[i + 2];
  if (hyphen?.text !== '-' || hyphen.start !== t.end || star?.lower !== 'star' || star.start !== hyphen.end)
    return false;
  const value = t.kind === 'number' ? Number(t.text) : numberWordValue(t.lower);
  if (value === undefined || value > 5) return false;
  // The words after the grade, up to its noun: "5-star food hygiene rating" keeps its score.
  for (let k = i + 3; k < tokens.length && k <= i + 6 && tokens[k].kind === 'word'; k++)
    if (STAR_SCORE_NOUNS.has(tokens[k].lower)) return false;
  return true;
}

/** After "top": "top 3 challenges" selects; "top 10 of 1,200" or "top 5%" is a ranking (true). */
export function isTopRanking(tokens: Token[], i: number): boolean {
  // A ranking names the field: "top 10 of 1,200", "top 5 out of 90", "top 5%".
  let k = i + 1;
  while (k < tokens.length && k <= i + 4 && tokens[k].lower !== 'of' && tokens[k].lower !== 'out') k++;
  return tokens[i + 1]?.text === '%' || (k <= i + 4 && tokens.slice(k + 1, k + 3).some((x) => isNumericToken(x)));
}

// Settings named before "to N" ("the batch size to 64"), beside the CONFIG_WORDS after a number.
const SETTING_NOUNS = new Set([...CONFIG_WORDS, 'size', 'retries', 'concurrency', 'parallelism']);

/**
 * A setting named just before "to"/"at" (token `p`), with no "from" between ("set the retry limit to
 * 3"); "cut the timeout from 30 to 5 seconds" is a measured change.
 */
function settingNamedBefore(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    if (w.lower === 'from') return false;
    if (SETTING_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** Arrows typed between a before and an after value: "180ms→45ms", "6h -> 40 min". */
const PAIR_ARROWS = new Set(['→', '⇒', '⟶', '>']);

/** Is the token at `p` (just before a figure) the arrow of a before → after pair, a figure before it? */
function afterArrow(tokens: Token[], p: number): boolean {
  if (p < 1 || !PAIR_ARROWS.has(tokens[p].text)) return false;
  const before = tokens[p].text === '>' && tokens[p - 1].text === '-' ? p - 2 : p - 1;
  // The before value may carry its unit as a word: "6 hours → 40 min".
  return isNumericToken(tokens[before]) || isNumericToken(tokens[before - 1]);
}

/** What a delivery is measured against: "before the deadline", "ahead of schedule", "behind plan". */
const PLAN_NOUNS = new Set(['deadline', 'schedule', 'plan', 'target', 'forecast']);
/** "later than planned", "earlier than promised": the plan told by its participle, not another event. */
const PLAN_PARTICIPLES = new Set(['planned', 'promised', 'scheduled', 'expected', 'agreed', 'forecast', 'committed']);

/**
 * "later than planned", "earlier than promised", "before the deadline", "ahead of schedule": an offset
 * word at `k` that compares the time with a plan rather than placing a point in time.
 */
export function isAgainstPlan(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.lower;
  if ((word === 'later' || word === 'earlier') && tokens[k + 1]?.lower === 'than')
    return PLAN_PARTICIPLES.has(tokens[k + 2]?.lower ?? '');
  if (word !== 'before' && word !== 'after' && word !== 'ahead' && word !== 'behind') return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (PLAN_NOUNS.has(tokens[j].lower)) return true;
  return false;
}

/**
 * The words around a read quantity (its last token `end`, its `head` and `kind`, the word `p` before
 * it) that make it a setting or a point in time: "a 30s timeout", "TTL of 5 minutes", "3 months
 * after", "every 5 minutes", "3 replicas per shard".
 */
export function settingReason(
  tokens: Token[],
  end: number,
  head: string | undefined,
  kind: QuantityKind,
  p: number,
): ExclusionReason | undefined {
  const prev = p >= 0 ? tokens[p] : undefined;
  const after = tokens[end + 1];
  if (after && CONFIG_WORDS.has(after.lower) && after.lower !== 'window') return 'config';
  if (head && CONFIG_WORDS.has(head)) return 'config';
  if (
    (prev && CONFIG_WORDS.has(prev.lower)) ||
    (prev?.lower === 'of' && p > 0 && CONFIG_WORDS.has(tokens[p - 1].lower))
  )
    return 'config';
  // "set the retry limit to 3", "the timeout to 30 seconds": the value a setting was given.
  if ((prev?.lower === 'to' || prev?.lower === 'at') && settingNamedBefore(tokens, p)) return 'config';
  // "rolled out to 5% of traffic", "an A/B test on 10% of sessions": the share a change or a test is exposed to.
  if (kind === 'percent' && isExposureShare(tokens, p, end)) return 'config';
  // "3 months after launch" is a point in time; "p95 180ms → 45ms after the move" is a pair's after value.
  // "four days later than planned", "three weeks before the deadline": time against a plan is how early
  // or late the work came in (RUBRIC-NOTES effort spans), not a point in time.
  if (
    kind === 'duration' &&
    after &&
    OFFSET_WORDS.has(after.lower) &&
    !afterArrow(tokens, p) &&
    !isAgainstPlan(tokens, end + 1)
  )
    return 'offset';
  if (kind === 'duration' && (prev?.lower === 'every' || prev?.lower === 'each')) return 'config';
  // "2–3 cards per query", "3 replicas per shard": a design parameter, not a measurement.
  if (
    kind === 'count' &&
    after &&
    after.lower === 'per' &&
    tokens[end + 2] &&
    !TIME_NOUNS.has(tokens[end + 2].lower) &&
    tokens[end + 2].kind === 'word'
  ) {
    return 'config';
  }
  return undefined;
}
