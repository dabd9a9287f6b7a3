// Quantity detection: numbers in digits or words with what they count or measure. Also reports the
// numbers it rejects and why (years, versions, product names, ordinals, identifiers, dates,
// configuration values, date offsets, "top 3" selections), so the exclusions are testable.
// This is the public entry and the scan that ties the parts together, in a fixed order:
//   quantity-types.ts          the records returned (re-exported here)
//   quantity-lexicon.ts        units, currencies and other word lists, the digit pattern
//   quantity-masks.ts          URLs, code and fixed compounds where digits are not quantities
//   quantity-word-patterns.ts  quantities made of words ("doubled", "hundreds of", "about an hour")
//   naming-numbers.ts          numbers that name, date or label ("trench 4", "JIRA-4471", "14/03/25"; number-dates.ts)
//   quantity-exclusions.ts     why a number is not a quantity
//   setting-clauses.ts         values a setting verb gives, retries, retention, thresholds, partitions
//   quantity-phrase.ts         the noun a number counts, the group before it, a per-time tail
//   quantity-record.ts         building a Quantity (and whether a result verb governs it)
//   quantity-nominal-acts.ts   a noun of work governing it as its verb would ("Organisation of 35 weddings"; act-nouns.ts)
//   quantity-changes.ts        before→after and "by N" across the quantities found
//   quantity-selection.ts      counts of options kept or of a scope ("narrowed the shortlist to three") set aside
//   quantity-plan-parts.ts     counts of the parts a plan was cut into ("split the migration into four phases")
//   quantity-thresholds.ts     the threshold a rule picks items by ("orders stuck for more than a day")
//   quantity-terms.ts          a trial's length, an agreement's term, a delivery offered ("renewed for 2 years")
//   quantity-subjects.ts       a count as the subject of others taking the work up ("3 teams adopted it")
//   quantity-coordination.ts   a count joined to the one before takes its role ("8 engineers and 2 contractors")
//   quantity-ages.ts           ages and school years ("children ages 5-10") are no quantities
//   quantity-problem-ages.ts   how long a problem had lasted ("ended two years of debate") is no quantity
//   quantity-shifts.ts         the length of a work shift ("12-hour shifts") is no metric
//   quantity-skills.ts         the number of skills in a skill line ("fluent in 3 languages")
//   quantity-tenure.ts         time in a job or field ("10 years of experience") is no metric
//   quantity-timeline.ts       the planned span of a plan or project ("a six-week plan") is no metric; nor a date shifted ("moved by two weeks")
//   quantity-windows.ts        a window of past time ("over the last 12 months") is no metric
//   quantity-spans.ts          what a span of time hangs on ("for a week" after an act; "After two weeks I …", a duty's span: no metric)
//   quantity-population-share.ts  a share of the population worked in ("the 30% of customers …") is scale
//   quantity-program-money.ts  money sizing a program the writer ran ("the $2.5M ERP rollout") is scale
//   quantity-hardware.ts       the few machines a job was set to run on ("onto 4 A100s") are configuration
//   quantity-options.ts        a few options compared side by side ("compared three carriers") are test design
//   quantity-versions.ts       a before → after pair of versions ("Postgres upgrades (12 → 16)") is no change
//   quantity-handled-load.ts   the writer's own load per period ("Handled 45 chats a day") is a metric, not scale
//   quantity-limits.ts         a limit or an area's reach ("travel up to 40 miles", "within 20 miles") is no metric
//   quantity-target-values.ts  a value that sets a target or a budget ("(99.95% SLO)") is no metric
//   quantity-course-lengths.ts a course's length in brackets after its name ("Outdoor First Aid (16 hr)") is no quantity
//   quantity-size-labels.ts    money labeled as a business's or contract's size ("(turnover £62m)") is scale
//   quantity-dimensions.ts     a unit of physical measure ("a 40 kW boiler", "lost 6 kg"): what a measure sizes
//   quantity-team-makeup.ts    people under the writer, a "Team:" line's counts ("35 pickers under me") are scale
import { isTimeAllowance } from './quantity-allowance';
import { isTenure } from './quantity-tenure';
import { isCredentialLine, isTitleLine } from '../lines/title-lines';
import { titleLineFigure, titleLineTime, titleSizesFrom } from './quantity-title-sizes';
import { postOfUnitAt } from '../lines/post-of-unit-lines';
import { rotaTurnEnd } from './quantity-rota-turns';
import { isAge } from './quantity-ages';
import { isProblemAge } from './quantity-problem-ages';
import { isRoundTheClock, isShiftLength, isShiftSchedule } from './quantity-shifts';
import { isDateShift, isLengthSetting, isPlannedSpan } from './quantity-timeline';
import { isPopulationShare } from './quantity-population-share';
import { isPastWindow } from './quantity-windows';
import { spanMeasuresNothing } from './quantity-spans';
import { isProgramMoney, isWonMoney } from './quantity-program-money';
import { HARDWARE_HEADS, ROTA_NOUNS, TENURE_UNITS } from '../language/lexicon';
import { isSkillCount } from './quantity-skills';
import { isParticipantCount } from './quantity-participants';
import { isHandledLoad } from './quantity-handled-load';
import { isLimit } from './quantity-limits';
import { isTargetValue } from './quantity-target-values';
import { isCourseLength } from './quantity-course-lengths';
import { isLedByWriter, teamLabelAt } from './quantity-team-makeup';
import { isJoinedTurnover, isSizeLabelMoney } from './quantity-size-labels';
import type { Token } from '../language/tokenize';
import { NUMBER_WORDS, ORDINAL_WORDS, numberWordValue } from './number-words';
import type { ExcludedNumber, ExclusionReason, Quantity, QuantityKind, QuantityScan } from './quantity-types';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DATA_SUFFIXES,
  DIGIT_NUMBER,
  DURATION_SUFFIXES,
  DURATION_UNITS,
  MAGNITUDE_SUFFIXES,
  PERCENT_WORDS,
  PLACE_NOUNS,
  RATE_SUFFIXES,
  isHourMinuteSuffix,
  isUnitWord,
  quantityWordSet,
} from './quantity-lexicon';
import { inRanges, maskedRanges } from './quantity-masks';
import { WORD_QUANTITY_STARTS, wordQuantity } from './quantity-word-patterns';
import {
  markReplacedCounts,
  numberedPointPair,
  oneAfterValue,
  oneNowReplacing,
  ordinalPair,
} from './quantity-after-values';
import {
  isFixedCompound,
  isStarGrade,
  isTopRanking,
  labelBeforeReason,
  letteredNumberReason,
  plainNumberReason,
  scenarioStart,
  settingReason,
  suffixReason,
} from './quantity-exclusions';
import { BUDGET_NOUNS, GROUP_NOUNS, isScaleNoun } from './scale';
import { settingClauseReason } from './setting-clauses';
import { findHead, groupBefore, labelHeadBefore, perTimeAfter, prevWordIndex } from './quantity-phrase';
import { quantity } from './quantity-record';
import { markChanges } from './quantity-changes';
import { inheritCoordinatedRoles, markParentheticalSize, markParentheticalSizes } from './quantity-coordination';
import { isSelection } from './quantity-selection';
import { isPlanPartCount } from './quantity-plan-parts';
import { isRuleThreshold } from './quantity-thresholds';
import { isScheduleSetting } from './quantity-schedule-settings';
import { isTermLength } from './quantity-terms';
import { isVersionPair } from './quantity-versions';
import { namingNumberAt } from './naming-numbers';
import { isHardwareSetting } from './quantity-hardware';
import { isComparedOptions } from './quantity-options';
import { markCountedSubjects } from './quantity-subjects';
import { ratioDenominator } from './quantity-shares';
import { ORDINAL_PLACES, placedInTop, rankFieldEnd } from './quantity-ranks';
import { numberContext } from './quantity-context';
import { clauseEvidence, contextHold } from './quantity-evidence';
import { isMeasuredByAct, quantityDimension, sizesAThing } from './quantity-dimensions';

export type { QuantityKind, Quantity, ExclusionReason, ExcludedNumber, QuantityScan } from './quantity-types';

/** The words findQuantities reads in its main loop; it passes over every other word. */
const SCANNED_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(),
  ...ORDINAL_WORDS,
  ...ORDINAL_PLACES,
  ...WORD_QUANTITY_STARTS,
]);

function isScannedWord(t: Token): boolean {
  return t.facts ? (t.facts.scanned ??= SCANNED_WORDS.has(t.lower)) : SCANNED_WORDS.has(t.lower);
}

/** Records a number that is not a quantity, with why. */
function exclude(excluded: ExcludedNumber[], t: Token, reason: ExclusionReason): void {
  excluded.push({ start: t.start, end: t.end, text: t.text, reason });
}

export function findQuantities(sentence: string, tokens: Token[]): QuantityScan {
  const quantities: Quantity[] = [];
  const excluded: ExcludedNumber[] = [];
  // Most sentences hold no number at all: one pass over the tokens settles that.
  const hasDigit = tokens.some((t) => t.kind === 'number');
  if (!hasDigit && !tokens.some((t) => t.kind === 'word' && quantityWordSet().has(t.lower)))
    return { quantities, excluded };
  const masks = hasDigit ? maskedRanges(sentence) : [];
  const firstWord = tokens.findIndex((t) => t.kind !== 'symbol'); // the sentence start

  const scenarioFrom = scenarioStart(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A word the scan below can read is a number word, an ordinal or the start of a word pattern.
    if (t.kind === 'word' && !isScannedWord(t)) continue;
    if (i >= scenarioFrom) {
      if (t.kind === 'number' || numberWordValue(t.lower) !== undefined) exclude(excluded, t, 'scenario');
      continue;
    }
    if (t.kind === 'symbol') continue;
    // After values told as "one", an ordinal or a numbered point: "from 14 tabs to one page", "the third
    // day instead of the tenth", "day 3 instead of day 10".
    const after = Math.max(
      oneAfterValue(sentence, tokens, i, quantities),
      ordinalPair(sentence, tokens, i, quantities),
      numberedPointPair(sentence, tokens, i, quantities),
      oneNowReplacing(sentence, tokens, i, quantities),
    );
    if (after >= 0) {
      i = after;
      continue;
    }
    // "41st of 2,300 teams", "third out of 140", "top 10 of 1,200": a place with its field is one rank; the
    // field frames the place and sizes nothing (quantity-ranks.ts).
    const field = rankFieldEnd(tokens, i, tokens[i - 1]?.lower === 'top');
    if (field >= 0) {
      quantities.push(quantity(t.start, tokens[field].end, sentence, 'rank', { tokens, index: i }));
      i = field;
      continue;
    }
    const wordValue = t.kind === 'word' ? numberWordValue(t.lower) : undefined;

    // "on-call 1 week in 6", "4 on 4 off": the turn of a rota, a schedule (quantity-rota-turns.ts).
    const rota = rotaTurnEnd(tokens, i);
    if (rota >= 0) {
      const end = tokens[rota].end;
      excluded.push({ start: t.start, end, text: sentence.slice(t.start, end), reason: 'config' });
      i = rota;
      continue;
    }
    // Change words, magnitudes, "about an hour", "only one", "one in three" (quantity-word-patterns.ts).
    if (t.kind === 'word') {
      const last = wordQuantity(sentence, tokens, i, quantities);
      if (last >= 0) {
        i = last;
        continue;
      }
    }
    // An ordinal word counts only as a placing: "second place", "third prize".
    if (
      t.kind !== 'number' &&
      wordValue === undefined &&
      !(ORDINAL_WORDS.has(t.lower) && PLACE_NOUNS.has(tokens[i + 1]?.lower ?? ''))
    )
      continue;
    if (wordValue === undefined && inRanges(masks, t.start)) {
      exclude(excluded, t, 'code');
      continue;
    }

    // ----- what kind of token is this number? -----
    let kind: QuantityKind = 'count';
    let suffixHead: string | undefined;
    if (t.kind === 'number') {
      // The digits, the decimals and what follows (DIGIT_NUMBER's groups). Most numbers are digits alone or with
      // letters after them ("918989", "40k", "3rd"): no grouping or decimals can follow, so they are split
      // where the digits end, without running the regular expression.
      let int: string;
      let decimals: string | undefined;
      let rawSuffix: string;
      const digitsEnd = asciiDigitsEnd(t.text);
      if (digitsEnd > 0 && (digitsEnd === t.text.length || isAsciiLetter(t.text.charCodeAt(digitsEnd)))) {
        int = t.text.slice(0, digitsEnd);
        decimals = undefined;
        rawSuffix = t.text.slice(digitsEnd);
      } else {
        const m = DIGIT_NUMBER.exec(t.text);
        if (!m) {
          // Letters before the digits: "v2", "EC2", "S3", "K8s", "B2B", "p99", "Q3", "FY2024".
          const reason = letteredNumberReason(t);
          if (reason) exclude(excluded, t, reason);
          continue;
        }
        [, int, decimals, rawSuffix] = m;
      }
      const suffix = rawSuffix.toLowerCase();
      const suffixExcluded = suffixReason(t.text, suffix) ?? bareDecimalCommaReason(tokens, i, decimals, suffix);
      const placed = PLACE_NOUNS.has(tokens[i + 1]?.lower ?? '');
      if (suffixExcluded === 'ordinal' && placed)
        kind = 'rank'; // "1st place"
      else if (suffixExcluded) {
        exclude(excluded, t, suffixExcluded);
        continue;
      }
      if (suffix === 'x' || suffix === '×') kind = 'multiplier';
      else if (MAGNITUDE_SUFFIXES.has(suffix)) kind = 'count';
      else if (DATA_SUFFIXES.has(suffix)) {
        kind = 'data-size';
        suffixHead = suffix;
      } else if (RATE_SUFFIXES.has(suffix) || PERCENT_WORDS.has(suffix)) {
        // "40bps", "2pp", "3pct": a share's unit typed against its digits, read as "40 bps" is.
        suffixHead = suffix;
      } else if (DURATION_SUFFIXES.has(suffix) || isHourMinuteSuffix(suffix)) kind = 'duration';
      if (suffix === '' && !int.includes(',') && decimals === undefined) {
        const reason = plainNumberReason(tokens, i, int); // a year or a long identifier
        if (reason) {
          exclude(excluded, t, reason);
          continue;
        }
      }
    } else if (ORDINAL_WORDS.has(t.lower)) {
      if (!PLACE_NOUNS.has(tokens[i + 1]?.lower ?? '')) continue;
      kind = 'rank'; // "second place"
    }

    // ----- context before and right after the number -----
    const p = prevWordIndex(tokens, i);
    const prev = p >= 0 ? tokens[p] : undefined;
    const rawPrev = i > 0 ? tokens[i - 1] : undefined;
    // "from Python 3.8 to 3.11", "Ubuntu 18.04 to 22.04", "Node 16 → 20": the second end of a version change is a
    // version too;
    // "Tier 1 and 2", "Class 4 and 5": the second of two labels is a label.
    const lastExcluded = excluded[excluded.length - 1];
    if (
      t.kind === 'number' &&
      lastExcluded !== undefined &&
      (lastExcluded.reason === 'version' ||
        lastExcluded.reason === 'name' ||
        // A label word before the first ("Tier 1"), not "#4521 and 30 others".
        (lastExcluded.reason === 'identifier' && tokens[p - 2]?.kind === 'word')) &&
      prev !== undefined &&
      (prev.lower === 'to' ||
        prev.lower === 'and' ||
        prev.lower === 'or' ||
        // "Node 16 → 20": an arrow joins two versions, not two labels ("page 4.1s → 2.3s" is a measure).
        (prev.text === '→' && lastExcluded.reason !== 'identifier')) &&
      p >= 1 &&
      tokens[p - 1].start === lastExcluded.start
    ) {
      exclude(excluded, t, lastExcluded.reason === 'identifier' ? 'identifier' : 'version');
      continue;
    }
    // "chainsaw tickets CS30/31", "ICD-10/11": a second code joined to a name by a slash is the same name.
    if (
      t.kind === 'number' &&
      rawPrev?.text === '/' &&
      rawPrev.start === tokens[i - 2]?.end &&
      t.start === rawPrev.end &&
      lastExcluded !== undefined &&
      (lastExcluded.reason === 'name' || lastExcluded.reason === 'version') &&
      tokens[i - 2].start === lastExcluded.start &&
      /\p{L}/u.test(lastExcluded.text)
    ) {
      exclude(excluded, t, lastExcluded.reason);
      continue;
    }
    // "a top-10 US bank": a ranking that describes the context.
    if (rawPrev?.text === '-' && tokens[i - 2]?.lower === 'top') {
      exclude(excluded, t, 'selection');
      continue;
    }
    // "by week three", "by day 10": the time the work took to reach a point, not a label.
    if (prev && TIME_LABELS.has(prev.lower) && rawPrev === prev && tokens[p - 1]?.lower === 'by') {
      quantities.push(quantity(prev.start, t.end, sentence, 'duration', { tokens, index: i }));
      continue;
    }
    // "3 errors per 1,000 orders", "falls per 100 patient days": the base of a rate is its unit, it sizes nothing.
    if (prev?.lower === 'per' && rawPrev === prev) {
      exclude(excluded, t, 'denominator');
      i = Math.max(i, findHead(tokens, i + 1, true).end);
      continue;
    }
    // "a 72-year-old man", "a five-year-old feud": an age, in digits or words.
    if ((t.kind === 'number' || wordValue !== undefined) && isAge(tokens, i, excluded)) {
      exclude(excluded, t, 'age');
      continue;
    }
    // "trench 4", "JIRA-4471", "14/03/25", "03.2021 – 11.2023": a number that names, dates or labels (naming-numbers.ts).
    const named = namingNumberAt(tokens, i, p, firstWord);
    if (named) {
      for (let k = i; k <= named.end; k++)
        if (tokens[k].kind === 'number' || k === i) exclude(excluded, tokens[k], named.reason);
      i = named.end;
      continue;
    }
    const before = labelBeforeReason(tokens, i, p, firstWord);
    if (before === 'rank') kind = 'rank';
    else if (before) {
      exclude(excluded, t, before);
      continue;
    }
    // "a 5-star hotel", "our 1-star reviews": the class of a place or a review, a grade's name.
    if (isStarGrade(tokens, i)) {
      exclude(excluded, t, 'name');
      continue;
    }
    if (isFixedCompound(tokens, i)) {
      exclude(excluded, t, 'compound');
      continue;
    }
    // "top 3 challenges" selects; "top 10 of 1,200" or "top 5%" is a ranking.
    if (prev && prev.lower === 'top') {
      if (!isTopRanking(tokens, i) && !placedInTop(tokens, i)) {
        exclude(excluded, t, 'selection');
        continue;
      }
      kind = 'rank';
    }

    // "1 in 20 payouts", "nine out of ten tickets": a share, a metric that sizes nothing (quantity-shares.ts).
    const denominator = ratioDenominator(tokens, i);
    if (denominator > 0) {
      const { head: counted, end: countedEnd } = findHead(tokens, denominator + 1);
      const last = Math.max(countedEnd, denominator);
      // "on a 1-in-6 rotation": the turns of a schedule, not a share of anything.
      if (counted !== undefined && ROTA_NOUNS.has(counted)) {
        excluded.push({
          start: t.start,
          end: tokens[last].end,
          text: sentence.slice(t.start, tokens[last].end),
          reason: 'config',
        });
        i = last;
        continue;
      }
      quantities.push(quantity(t.start, tokens[last].end, sentence, 'ratio', { head: counted, tokens, index: i }));
      i = last;
      continue;
    }

    // ----- units and the noun after the number -----
    const { head: scannedHead, end: headEnd } = findHead(tokens, i + 1, prev?.lower !== 'from');
    // "DAU about 300k", "daily orders above 3 million": a bare figure's noun may stand before it, as a label.
    let head =
      suffixHead ?? scannedHead ?? (kind === 'count' && t.kind === 'number' ? labelHeadBefore(tokens, i) : undefined);
    const end = Math.max(i, headEnd);
    // "8x A100 GPUs", "4× H100 nodes": an "x" before hardware counts the machines, it multiplies nothing.
    if (kind === 'multiplier' && isHardwareCount(tokens, i, head)) kind = 'count';
    // "a storeroom of 3 × 4 m", "a 2 x 3 grid": a figure after the sign makes it the sides of a size, no multiple.
    if (
      tokens[end + 1]?.kind === 'number' &&
      (head === 'x' || head === '×') &&
      tokens[end + 1].start - tokens[end].end <= 1
    ) {
      exclude(excluded, t, 'compound');
      exclude(excluded, tokens[end + 1], 'compound');
      i = end + 1;
      continue;
    }
    if (head === '%' || (head && PERCENT_WORDS.has(head))) {
      kind = 'percent';
      head = undefined;
    } else if (rawPrev && CURRENCY_SYMBOLS.has(rawPrev.text)) kind = 'money';
    else if (head && CURRENCY_WORDS.has(head)) kind = 'money';
    else if (
      head === 'x' ||
      head === '×' ||
      (head === 'times' && tokens[end + 1] && /er$|^(more|less|as)$/.test(tokens[end + 1].lower))
    )
      kind = 'multiplier';
    else if (head === 'fold') kind = 'multiplier';
    else if (head === 'figure' || head === 'figures') {
      // "a 7-figure deal" is money won; "a 7-figure budget" sizes the context.
      kind = 'money';
      const sized = tokens.slice(headEnd + 1, headEnd + 4).find((w) => BUDGET_NOUNS.has(w.lower));
      if (sized) head = sized.lower;
    } else if (kind !== 'rank' && head && DURATION_UNITS.has(head)) kind = 'duration';
    else if (head && DATA_SUFFIXES.has(head)) kind = 'data-size';
    if (rawPrev && CURRENCY_SYMBOLS.has(rawPrev.text)) kind = 'money';

    // Words after the quantity can still disqualify it: a setting or a point in time.
    const setting =
      settingReason(tokens, end, head, kind, p) ??
      settingClauseReason(tokens, p, head, kind, head !== undefined && isScaleNoun(head), end) ??
      rateWindowReason(excluded, tokens, p, kind);
    if (setting) {
      exclude(excluded, t, setting);
      i = end;
      continue;
    }

    // "1,000 applications a day, of which 300 are abandoned": a bare count refers back to the last counted noun.
    if (
      !head &&
      kind === 'count' &&
      prev &&
      (prev.lower === 'which' || prev.lower === 'them' || prev.lower === 'whom') &&
      quantities.length > 0
    ) {
      const last = quantities[quantities.length - 1];
      const inherited = quantity(t.start, t.end, sentence, 'count', {
        head: last.head,
        group: last.group,
        tokens,
        index: i,
      });
      inherited.perTime = last.perTime;
      quantities.push(inherited);
      continue;
    }
    const group = groupBefore(tokens, i);
    const q = quantity(
      rawPrev && CURRENCY_SYMBOLS.has(rawPrev.text) ? rawPrev.start : t.start,
      tokens[end].end,
      sentence,
      kind,
      {
        head: head === '%' ? undefined : head,
        group,
        tokens,
        index: i,
      },
    );
    q.perTime = perTimeAfter(tokens, end + 1);
    quantities.push(q);
    i = end;
  }

  markChanges(tokens, quantities);
  markReplacedCounts(tokens, quantities);
  // "Postgres upgrades (12 → 16)": a before → after pair of versions is a name, not a change.
  for (let a = quantities.length - 2; a >= 0; a--)
    if (
      quantities[a].fromTo &&
      quantities[a + 1].fromTo &&
      isVersionPair(tokens, quantities[a], quantities[a].start) &&
      isVersionPair(tokens, quantities[a + 1], quantities[a].start)
    )
      for (const q of quantities.splice(a, 2))
        excluded.push({ start: q.start, end: q.end, text: q.text, reason: 'version' });
  // Each role check below reads one context per quantity (quantity-context.ts), kept in step with the list.
  const contexts = quantities.map((q) => numberContext(tokens, q));
  // "narrowed the vendor shortlist from eight to three": how many options were kept is a choice, not a quantity.
  for (let a = quantities.length - 1; a >= 0; a--) {
    const n = contexts[a];
    if (isSelection(n)) {
      const [q] = quantities.splice(a, 1);
      contexts.splice(a, 1);
      excluded.push({ start: q.start, end: q.end, text: q.text, reason: 'selection' });
    } else if (isProblemAge(n)) {
      // "ended two years of debate": how long a problem had lasted measures nothing done.
      const [q] = quantities.splice(a, 1);
      contexts.splice(a, 1);
      excluded.push({ start: q.start, end: q.end, text: q.text, reason: 'age' });
    } else if (
      isPlanPartCount(n) ||
      isRuleThreshold(n) ||
      isScheduleSetting(n) ||
      isTermLength(n) ||
      isHardwareSetting(n) ||
      isComparedOptions(n) ||
      isCourseLength(n)
    ) {
      // "split the migration into four phases", "orders stuck for more than a day", "compared three
      // carriers": how the work was laid out, what a rule picks and how many options a test had are
      // configuration values; so are a trial's length and an agreement's term ("piloted it for a month").
      const [q] = quantities.splice(a, 1);
      contexts.splice(a, 1);
      excluded.push({ start: q.start, end: q.end, text: q.text, reason: 'config' });
    }
  }
  inheritCoordinatedRoles(tokens, quantities);
  markParentheticalSizes(tokens, quantities);
  markParentheticalSize(
    tokens,
    quantities,
    (lower) => BUDGET_NOUNS.has(lower),
    (lower) => GROUP_NOUNS.has(lower),
  );
  markCountedSubjects(tokens, quantities);
  for (const q of quantities)
    if (isRange(tokens, q)) {
      q.range = true;
      q.change = false;
      q.fromTo = false;
    }
  // "budgets between $50K and $200K": the second end of a range hangs on what the first hangs on.
  for (let a = 1; a < quantities.length; a++) {
    const first = quantities[a - 1];
    const second = quantities[a];
    if (!first.range || !second.range || first.kind !== second.kind) continue;
    if (!/^\s*(and|to)\s*$/i.test(sentence.slice(first.end, second.start))) continue;
    second.sizing ||= first.sizing;
    second.context ||= first.context;
    second.spread ||= first.spread;
    second.group ??= first.group;
  }
  // "Interim manager of the research team (6 months)": on a title or credential line a stretch of months
  // or years is the time held in the post (read once a line, and only when it holds a duration).
  let titleLine: boolean | undefined;
  let titleSizesAt: number | undefined;
  for (let a = 0; a < quantities.length; a++) {
    const q = quantities[a];
    const n = contexts[a];
    // The readers of one kind of quantity, asked only of that kind (each answers no to any other).
    if (q.kind === 'duration') {
      if (isTimeAllowance(n)) q.allowance = true;
      if (isTenure(n)) q.tenure = true;
      else if (q.head && TENURE_UNITS.has(q.head) && !q.change) {
        titleLine ??= isTitleLine(tokens) || isCredentialLine(tokens);
        if (titleLine) q.tenure = true;
      }
      if (isPlannedSpan(n) || isLengthSetting(n) || isDateShift(n)) q.planned = true;
      if (isPastWindow(n)) q.window = true;
      if (spanMeasuresNothing(n)) q.when = true;
    } else if (q.kind === 'percent') {
      if (isPopulationShare(n)) q.populationShare = true;
    } else if (q.kind === 'money') {
      if (isProgramMoney(n)) q.programMoney = true;
      else if (isWonMoney(n)) q.result = true;
      // "(turnover £62m)", "total contract value ~£9m", "40 staff and £5M turnover": a size, no verb's result.
      else if (isSizeLabelMoney(n) || isJoinedTurnover(n, quantities[a - 1])) q.context = true;
    }
    if (isShiftLength(q) || isRoundTheClock(n) || isShiftSchedule(q)) q.shift = true;
    if (q.kind === 'count' && isSkillCount(n)) q.skill = true;
    if (isParticipantCount(n)) q.participants = true;
    if (q.kind === 'count' && isHandledLoad(n)) q.handled = true;
    if (isLedByWriter(n)) q.led = true;
    if (isLimit(n) || isTargetValue(n)) q.limit = true;
    if (q.kind === 'count' || q.kind === 'magnitude') {
      q.evidence = clauseEvidence(n);
      q.held = contextHold(n);
      // "a 40 kW boiler", "lost 6 kg": a unit of physical measure gives the number a dimension.
      q.dimension = quantityDimension(n);
      if (q.dimension !== undefined && sizesAThing(n)) q.thingSize = true;
      // "900,000 km driven without accident": a past participle after the measure tells a past event of it.
      if (q.dimension !== undefined && q.evidence === undefined && isMeasuredByAct(n)) q.evidence = 'event';
    }
    // "Dental practice manager — 6 surgeries, 11 clinicians": sizes and limits after a title.
    if (q.kind === 'count' || q.kind === 'magnitude' || q.kind === 'money') {
      // "Office manager for a 40-person practice, budget 2 MEUR": the unit a post belongs to, sized.
      // "Team: 6 MLEs, 1 analyst": the counts of a team label line are its make-up.
      titleSizesAt ??= Math.max(titleSizesFrom(tokens, isTitleLine(tokens)), postOfUnitAt(tokens), teamLabelAt(tokens));
      // "Paramedic, 8 yrs frontline, 2 as team leader": a bare count after the time in the post is more of it.
      if (q.kind === 'count' && q.head === undefined && q.group === undefined && quantities[a - 1]?.tenure === true)
        q.tenure = true;
      else if (!q.handled) q.titleFigure = titleLineFigure(tokens, q, titleSizesAt);
    } else if (q.kind === 'duration' && !q.change && !q.fromTo) {
      // "First Officer, A320 family, 3,900 hours total time", "Hygienist, 3 days/week at …": time in the post.
      titleSizesAt ??= Math.max(titleSizesFrom(tokens, isTitleLine(tokens)), postOfUnitAt(tokens));
      const held = titleLineTime(tokens, q, titleSizesAt);
      if (held === 'tenure') q.tenure = true;
      else if (held === 'schedule') q.shift = true;
    }
  }
  return { quantities, excluded };
}

/** The index after the ASCII digits `text` opens with (0 when it opens with none). */
function asciiDigitsEnd(text: string): number {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k;
}

/** Whether a UTF-16 code is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the "Nx" at token `i` counts hardware: a model code ("A100", "H100", "T4") or a machine noun after it. */
function isHardwareCount(tokens: Token[], i: number, head: string | undefined): boolean {
  if (!/^\d+[x×]$/i.test(tokens[i].text)) return false;
  const next = tokens[i + 1];
  return (
    (next !== undefined && /^[A-Z]{1,4}\d{1,4}[A-Za-z]*$/.test(next.text)) ||
    (head !== undefined && HARDWARE_HEADS.has(head))
  );
}

/** "open after 5 errors in 10 seconds": the window of a threshold just set aside is part of the setting. */
function rateWindowReason(
  excluded: ExcludedNumber[],
  tokens: Token[],
  p: number,
  kind: QuantityKind,
): ExclusionReason | undefined {
  if (kind !== 'duration' || p < 0 || (tokens[p].lower !== 'in' && tokens[p].lower !== 'within')) return undefined;
  const last = excluded[excluded.length - 1];
  if (last?.reason !== 'config') return undefined;
  // The threshold's number and its noun end just before "in".
  return p >= 2 && tokens[p - 2].start === last.start ? 'config' : undefined;
}

// Period labels that "by" turns into the time a result took: "by week three", "by day 10".
const TIME_LABELS = new Set(['week', 'day', 'month', 'sprint', 'quarter']);

// Words before "from" that make "from X to Y" a range of values rather than a change: "anywhere from 10,000 to 1,000,000".
const RANGE_OPENERS = new Set(['anywhere', 'ranging', 'range', 'varying', 'varied']);

/** Whether the text holds a hyphen, an en dash or an em dash. */
function hasDash(text: string): boolean {
  return text.includes('-') || text.includes('–') || text.includes('—');
}

/** The last non-symbol token at or before `k` (-1 when none). */
function wordAtOrBefore(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k].kind === 'symbol') k--;
  return k;
}

/**
 * "40–120 attendees", "between 40 and 120 attendees", "anywhere from 10,000 to 1,000,000 daily requests":
 * a span of sizes, not a before and after.
 */
function isRange(tokens: Token[], q: Quantity): boolean {
  // Only a quantity with a dash in it can be a span written with one ("40–120"): most skip the expression.
  if (hasDash(q.text) && /\d\s?[-–—]\s?\d/.test(q.text)) return true;
  // The first token at or after the quantity's start (binary search: a long text has many quantities).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < q.start) lo = mid + 1;
    else hi = mid;
  }
  const i = lo;
  // The first value of the range, or the second ("from 10,000 to 1,000,000": "to" and "from" before it).
  let k = wordAtOrBefore(tokens, i - 1);
  if (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'and') {
    k = wordAtOrBefore(tokens, k - 1);
    k = wordAtOrBefore(tokens, k - 1); // skip the first value
  }
  const opener = tokens[k]?.lower;
  if (opener === 'between') return true;
  return opener === 'from' && RANGE_OPENERS.has(tokens[wordAtOrBefore(tokens, k - 1)]?.lower ?? '');
}

/**
 * "97,1%", "8,5 %", "1,25x": a decimal comma is read only where a unit or a percent sign follows; two
 * bare numbers joined by a comma ("routes 12,41") are a list or a name, as before decimal commas were read.
 */
function bareDecimalCommaReason(
  tokens: Token[],
  i: number,
  decimals: string | undefined,
  suffix: string,
): ExclusionReason | undefined {
  if (decimals === undefined || decimals[0] !== ',' || suffix !== '') return undefined;
  const next = tokens[i + 1];
  if (next !== undefined && (next.text === '%' || DURATION_UNITS.has(next.lower) || isUnitWord(next.lower)))
    return undefined;
  return 'name';
}
