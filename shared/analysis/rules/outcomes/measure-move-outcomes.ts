// A measure that moved, told with the measure as the subject: "latency dropped", "readmissions fell
// by a fifth", "revenue hit $500K", "activation went up". The writer's verb is not needed: the change
// itself is the outcome. Also a measure the writer brought to a level ("got the error down to 12
// minutes") and a thing turned better, told with a comparative ("incidents became rarer").
import type { Token } from '../language/tokenize';
import {
  COMPARATIVES,
  GO_VERBS,
  LESSENED_STATES,
  FIRST_PERSON_WORDS,
  LEVEL_VERBS,
  MEASURE_HEADS,
  MOVE_COMPLEMENTS,
  MOVE_DEGREES,
  MOVE_VERBS,
  PERSON_PRONOUNS,
  POSSESSIVE_LEADS,
  REACH_VERBS,
  RISEN_MEASURES,
  STATE_CHANGE_VERBS,
  TURNING_VERBS,
} from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { CURRENCY_SYMBOLS, DURATION_UNITS, PERCENT_WORDS } from '../quantity/quantity-lexicon';
import { addCue, clauseEnd, isQuality, isTroubleWord, troubleBefore, type CueRule } from './outcome-scan';
import { isGerund, isPastForm } from '../language/verbs';
import { postModifiedSubjectHeads } from './change-subjects';
import { isPartyWord } from '../voices/party-kinds';

/**
 * Intransitive changes after a quality: "latency dropped", "precision improved", "membership has
 * risen", and after a quality narrowed by a post-modifier: "the accuracy of the forecasts improved".
 * The verb is read by lemma in its past and participle forms and its third person, never bare ("a
 * latency drop" is a noun) nor as a gerund ("with costs increasing" tells a problem).
 */
export const QUALITY_CHANGED_RULE: CueRule = {
  name: 'quality-changed',
  lemmas: [STATE_CHANGE_VERBS],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (i === 0 || isGerund(lower)) return false;
    const go = STATE_CHANGE_VERBS.lemmaOf(lower) === 'go';
    // "went up"/"went down" is read by its particle (WENT_UP_RULE): a trouble that went up is no result.
    if (go && (next === 'up' || next === 'down')) return false;
    // "went" with no particle says nothing of a change by itself: only the word before it is read, as before.
    const subject = isQuality(words[i - 1].lower)
      ? words[i - 1]
      : go
        ? undefined
        : postModifiedSubjectHeads(tokens, words, i).find((h) => isQuality(h.lower));
    if (subject === undefined) return false;
    addCue(cues, subject, w, 'state');
    return true;
  },
};

/** Periods a measure moves by, one after another: "month on month", "year over year". */
const PERIOD_STEPS = new Set(['day', 'week', 'month', 'quarter', 'year', 'round', 'season', 'term', 'shift']);

/**
 * A frequency after the verb: "fell each round", "grew every month, ending at …", "fell month on month" — how often
 * the measure moved, no object of the verb.
 */
function frequencyAfter(words: Token[], i: number): boolean {
  const q = words[i + 1]?.lower;
  const unit = words[i + 2]?.lower;
  if (q === 'each' || q === 'every') return unit !== undefined && /^[a-z]+$/.test(unit);
  return (
    q !== undefined &&
    PERIOD_STEPS.has(q) &&
    (unit === 'on' || unit === 'over' || unit === 'after') &&
    words[i + 3]?.lower === q
  );
}

/**
 * Intransitive changes that name their own size: "readmissions fell by a fifth", "CTR rose about 8%",
 * "membership has risen by 600". The verb by lemma, in any form but the bare one and the gerund
 * ("jumping to conclusions").
 */
export const MOVED_BY_RULE: CueRule = {
  name: 'moved-by',
  lemmas: [MOVE_VERBS],
  match({ words, cues, i, w, lower, prev, next }) {
    if (!(
      i > 0 &&
      !isGerund(lower) &&
      prev !== 'i' &&
      prev !== 'we' &&
      (next === undefined || MOVE_COMPLEMENTS.has(next) || /^\d/.test(next) || frequencyAfter(words, i))
    ))
      return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/** Verbs that reach a level: "revenue hit $500K", "satisfaction reached 4.6", "traffic peaked at …". */
export const REACHED_LEVEL_RULE: CueRule = {
  name: 'reached-level',
  words: [...REACH_VERBS, 'peaked'],
  match({ words, cues, i, w, lower, next }) {
    if (!(
      (REACH_VERBS.has(lower) && words.slice(Math.max(0, i - 4), i).some((x) => isQuality(x.lower))) ||
      (lower === 'peaked' && (next === 'at' || next === 'above'))
    ))
      return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/**
 * "activation went up", "costs came down": a change told with a phrasal verb ("the site went down" is
 * an outage). "Went down" needs a measure or a trouble as its subject, read through post-modifiers
 * ("the waste of plants went down", "complaints about cleanliness went down"); a trouble going up
 * ("complaints about the app went up") and a measure people want up going down ("attendance at
 * the club went down") tell a problem, not a result.
 */
export const WENT_UP_RULE: CueRule = {
  name: 'went-up',
  words: GO_VERBS,
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    if (!((next === 'up' || next === 'down') && words[i + 2]?.lower !== 'to')) return false;
    // "absence has come down a lot since": a present perfect tells the after state; its subject stands
    // before the auxiliary. A past perfect ("had gone down") is the background, not read.
    const perfect = prev === 'has' || prev === 'have' || prev === "'s" || prev === "'ve";
    if (prev === 'had' && (lower === 'gone' || lower === 'come')) return false;
    const subject = perfect ? i - 2 : i - 1;
    const heads = postModifiedSubjectHeads(tokens, words, i);
    if (subject >= 0) heads.push(words[subject]);
    if (next === 'up') {
      if (lower === 'came' || lower === 'come') return false;
    } else {
      if (heads.some((h) => RISEN_MEASURES.has(h.lower))) return false;
      // A trouble just before "went down" is an outage ("the site went down"), unless a degree, a size or
      // an anchor tells a measure that fell ("slips went down noticeably", "the bill has gone down by a
      // third", "absence has gone down since").
      const after = words[i + 2]?.lower ?? '';
      const fell = MOVE_DEGREES.has(after) || /^(a|since|by|very)$/.test(after) || /^[a-z]{4,}ly$/.test(after);
      const came = lower === 'came' || (perfect && lower === 'come');
      if (!(
        came ||
        (fell && !isPartyWord(words[subject]?.lower ?? '')) ||
        heads.some((h) => isQuality(h.lower) || ((h !== words[subject] || fell) && isTroubleWord(h.lower)))
      ))
        return false;
    }
    addCue(cues, w, words[i + 1], 'change');
    return true;
  },
};

/** Rate and score words that make a level a measure beside the lexicon's percent and duration units ("two per week"). */
const RATE_UNITS = new Set(['per', 'points', 'pts']);
/** A unit that makes a level a measure: a share, a time, a rate ("to 6%", "to three weeks", "to two a month"). */
const isMeasureUnit = (unit: string) => PERCENT_WORDS.has(unit) || DURATION_UNITS.has(unit) || RATE_UNITS.has(unit);

/**
 * Does a measured level start at word `k`: a number with a share, a time, a rate or money ("6%",
 * "three weeks", "two a month", "£4")? A bare count ("three people", "two suppliers") sizes a group or
 * a choice, not a measure. "Down to a day" is left out: the number rules do not read "a day" as a
 * measure, so an outcome there would ask for a number the sentence gives.
 */
function measuredLevelAt(tokens: Token[], words: Token[], k: number): boolean {
  if (words[k] !== undefined && LEVEL_LEADS.has(words[k].lower)) k++;
  const w = words[k];
  if (w === undefined) return false;
  const unit = words[k + 1]?.lower ?? '';
  if (w.kind !== 'number' && numberWordValue(w.lower) === undefined) return false;
  const t = tokens.indexOf(w);
  if (tokens[t + 1]?.text === '%' || CURRENCY_SYMBOLS.has(tokens[t - 1]?.text ?? '')) return true;
  if (isMeasureUnit(unit)) return true;
  // "1 in 50": a rate told as a count in a total.
  if (unit === 'in' && words[k + 2]?.kind === 'number') return true;
  return unit === 'a' && isMeasureUnit(words[k + 2]?.lower ?? '');
}

/**
 * A fall or a rise told only by its end value: "stock-outs went down to 6%", "the wait came down to
 * three weeks", "attendance went up to 95%". The verb of going with its particle and "to" before a
 * measured level (a share, a time, a rate, money); the before value is not needed, the change is the
 * outcome. Not the writer going somewhere ("we went down to the depot", no level), not a group or a
 * choice narrowed to a count ("the team went down to three people"), not a trouble going up or a
 * risen measure going down, and not "came up", which tells a topic raised.
 */
export const FELL_TO_LEVEL_RULE: CueRule = {
  name: 'fell-to-level',
  words: GO_VERBS,
  match({ tokens, words, cues, i, w, lower, next }) {
    if (!((next === 'down' || next === 'up') && words[i + 2]?.lower === 'to')) return false;
    if (next === 'up' && (lower === 'came' || lower === 'come' || lower === 'comes')) return false;
    if (!measuredLevelAt(tokens, words, i + 3)) return false;
    // The subject: the words of the clause before the verb.
    let start = i;
    while (start > 0 && i - start < 8 && !CLAUSE_MARKS.has(words[start - 1].lower)) {
      const gap = tokens.some(
        (t) =>
          t.kind === 'symbol' &&
          t.start >= words[start - 1].end &&
          t.start < words[start].start &&
          CLAUSE_MARKS.has(t.text),
      );
      if (gap) break;
      start--;
    }
    const subject = words.slice(start, i);
    if (subject.length === 0 || subject.some((x) => FIRST_PERSON_WORDS.has(x.lower))) return false;
    if (next === 'up' ? troubleBefore(words, i) : subject.some((x) => RISEN_MEASURES.has(x.lower))) return false;
    addCue(cues, w, words[i + 2], 'change');
    return true;
  },
};
/** Marks and words that open a clause: the subject of a verb starts after them. */
const CLAUSE_MARKS = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  'and',
  'but',
  'so',
  'while',
  'when',
  'after',
  'by',
  'within',
]);

/** Words a level may open with before its number: "down to about 12", "under an hour", "down to single digits". */
const LEVEL_LEADS = new Set([
  'about',
  'around',
  'roughly',
  'just',
  'nearly',
  'almost',
  'under',
  'below',
  'less',
  'maybe',
]);
const LEVEL_UNITS = new Set([
  'third',
  'quarter',
  'half',
  'fraction',
  'tenth',
  'fifth',
  'minute',
  'hour',
  'day',
  'week',
]);

/** Does a level of one unit start at word `k`: "an hour", "about a day", "a third"? */
function unitLevelAt(words: Token[], k: number): boolean {
  if (words[k] !== undefined && LEVEL_LEADS.has(words[k].lower)) k++;
  const a = words[k]?.lower;
  return (a === 'a' || a === 'an') && LEVEL_UNITS.has(words[k + 1]?.lower ?? '');
}

/** Does a level start at word `k`: a number ("12", "twelve", "zero"), "single digits", "an hour", "a third"? */
export function levelAt(words: Token[], k: number): boolean {
  let w = words[k];
  if (w !== undefined && LEVEL_LEADS.has(w.lower)) w = words[++k];
  if (w === undefined) return false;
  if (w.kind === 'number' || numberWordValue(w.lower) !== undefined || w.lower === 'single') return true;
  return (w.lower === 'a' || w.lower === 'an') && LEVEL_UNITS.has(words[k + 1]?.lower ?? '');
}

/**
 * A measure the writer brought to a level: "got the average error down to 12 minutes", "pushed
 * first-call resolution up to 78%", "got the reject rate under 2%". The particle must stand apart
 * from the verb ("brought up to 12 people" tells who was brought, not a level) and a level must
 * follow; the choice of what to keep ("narrowed the list down to five") has no verb of bringing.
 */
export const BROUGHT_TO_LEVEL_RULE: CueRule = {
  name: 'brought-to-level',
  lemmas: [LEVEL_VERBS],
  match({ tokens, words, cues, i, w }) {
    const end = clauseEnd(tokens, w);
    for (let k = i + 2; k < words.length && k <= i + 8 && words[k].start < end; k++) {
      const l = words[k].lower;
      const up = (l === 'down' || l === 'up') && words[k + 1]?.lower === 'to';
      if (!up && l !== 'under' && l !== 'below') continue;
      if (!levelAt(words, up ? k + 2 : k + 1)) return false;
      addCue(cues, w, words[k], 'change');
      return true;
    }
    return false;
  },
};

/** Degree words between a verb of turning and its comparative: "grew much less common", "got steadily lighter". */
const TURN_DEGREES = new Set([
  'much',
  'far',
  'way',
  'even',
  'steadily',
  'noticeably',
  'markedly',
  'visibly',
  'a',
  'lot',
]);
const NOT_TURNED = new Set(['not', 'never', "didn't", "hadn't", 'to', 'would', 'could', 'might', 'i', 'we']);

/**
 * A thing turned better, told with a comparative: "deploys became twice as frequent", "handoffs got
 * smoother", and for a trouble or a load "incidents became rarer", "refund requests grew much less
 * common", "the on-call load got lighter". Not the writer's own growth ("I got better at SQL"), and
 * not a comparative that is bad or neutral by itself ("the team grew more anxious", "the stakes got higher").
 */
export const TURNED_COMPARATIVE_RULE: CueRule = {
  name: 'turned-comparative',
  lemmas: [TURNING_VERBS],
  match({ words, cues, i, w, prev }) {
    if (i === 0 || prev === undefined || NOT_TURNED.has(prev)) return false;
    let k = i + 1;
    while (k < words.length && k <= i + 3 && TURN_DEGREES.has(words[k].lower)) k++;
    const state = words[k];
    if (state === undefined) return false;
    const l = state.lower;
    const next = words[k + 1]?.lower;
    let to = -1;
    // "twice as frequent", "three times as fast".
    if (
      (l === 'twice' || (numberWordValue(l) !== undefined && next === 'times')) &&
      words[k + (l === 'twice' ? 1 : 2)]?.lower === 'as'
    )
      to = k + (l === 'twice' ? 2 : 3);
    else if (COMPARATIVES.has(l) && !LESSENED_STATES.has(l) && l !== 'higher') to = k;
    else if (
      troubleBefore(words, i) &&
      (LESSENED_STATES.has(l) || (l === 'less' && (next === 'common' || next === 'frequent')))
    )
      to = l === 'less' ? k + 1 : k;
    if (to < 0 || to >= words.length) return false;
    addCue(cues, w, words[to], 'comparative');
    return true;
  },
};

/**
 * Is `w` a noun a participle before it modifies ("regretted attrition", "unplanned absence"), not the
 * object of a verb ("turned the heating way down", "scaled it down")?
 */
const modifiesMeasure = (w: Token | undefined) =>
  w !== undefined &&
  w.kind === 'word' &&
  !POSSESSIVE_LEADS.has(w.lower) &&
  !PERSON_PRONOUNS.has(w.lower) &&
  w.lower !== 'it';

/** Words that end the noun phrase before a verbless move: a clause mark or a joining word. */
const PHRASE_BREAKS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'with', 'while']);
/** Verbs a verbless clause cannot hold before its "down"/"up" ("shut down", "was down", "set up"). */
const LINKS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'get', 'got', 'keep', 'kept']);

/**
 * A measure that moved, told without a verb: "error rate down to 0.4%", "churn down 2 points",
 * "complaints down by half", "query costs down a lot", "sales up 12%". The clause opens with the
 * measure (a quality, a trouble, or a measure head like "rate" or "times"), in at most four words and
 * with no verb, so "shut down the old cluster", "broke costs down by region" and "set up" are not read.
 * A trouble going up is no result, so "up" needs a quality that is not one.
 */
export const VERBLESS_MOVE_RULE: CueRule = {
  name: 'verbless-move',
  words: ['down', 'up'],
  match({ tokens, words, cues, i, w, lower }) {
    let k = i - 1;
    while (k >= 0 && MOVE_DEGREES.has(words[k].lower)) k--;
    if (k < 0) return false;
    // The noun phrase runs back to the clause's start: the sentence's start, a clause mark or a join.
    let start = k;
    while (start > 0 && k - start < 4) {
      const before = words[start - 1];
      const mark = tokens.some(
        (t) =>
          t.kind === 'symbol' && t.start >= before.end && t.start < words[start].start && PHRASE_BREAKS.has(t.text),
      );
      if (mark || PHRASE_BREAKS.has(before.lower)) break;
      start--;
    }
    if (start > 0) {
      const before = words[start - 1];
      const mark = tokens.some(
        (t) =>
          t.kind === 'symbol' && t.start >= before.end && t.start < words[start].start && PHRASE_BREAKS.has(t.text),
      );
      if (!mark && !PHRASE_BREAKS.has(before.lower)) return false; // a longer phrase: likely a verb in it
    }
    const phrase = words.slice(start, k + 1);
    // A link, the writer, a past verb or a negation ("complaints aren't down") makes it no verbless result;
    // a participle that opens the phrase before its measure modifies it ("regretted attrition way down").
    if (
      phrase.some(
        (x, p) =>
          LINKS.has(x.lower) ||
          FIRST_PERSON_WORDS.has(x.lower) ||
          (isPastForm(x.lower) && !(p === 0 && x.lower.endsWith('ed') && modifiesMeasure(phrase[1]))) ||
          x.lower.endsWith("n't"),
      )
    )
      return false;
    const head = words[k].lower;
    const measured = phrase.some((x) => isQuality(x.lower) || RISEN_MEASURES.has(x.lower)) || MEASURE_HEADS.has(head);
    const trouble = phrase.some((x) => isTroubleWord(x.lower));
    // "fuel use well down", "empty running down noticeably": a degree on "down" makes the phrase a measure
    // that fell, whatever its noun — but not one that should rise ("bookings way down").
    // "down a lot" as "way down": "a lot" is a degree too.
    const degreed =
      k < i - 1 ||
      MOVE_DEGREES.has(words[i + 1]?.lower ?? '') ||
      (words[i + 1]?.lower === 'a' && words[i + 2]?.lower === 'lot');
    const fellByDegree = lower === 'down' && degreed && !phrase.some((x) => RISEN_MEASURES.has(x.lower));
    if (lower === 'down' ? !(measured || trouble || fellByDegree) : !measured || trouble) return false;
    // "down" or "up" must end the clause or lead its size: "down 2 points", "down to 5%", "down a lot".
    if (!moveEndsClause(tokens, words, i)) return false;
    addCue(cues, words[start], w, 'change');
    return true;
  },
};

/**
 * Does "down"/"up" at `i` end its clause, or lead the move's size, degree, time or comparison: "down 2
 * points", "down to 5%", "down a lot", "down again", "down since May", "down vs last year", "up on last
 * year", "down compared with 2023", "up year on year"?
 */
function moveEndsClause(tokens: Token[], words: Token[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined || next.start >= clauseEnd(tokens, words[i])) return true;
  const n = next.lower;
  if (comparisonTailAt(words, i + 1)) return true;
  return (
    /^[\d+~$£€]/.test(n) ||
    MOVE_COMPLEMENTS.has(n) ||
    n === 'a' ||
    n === 'again' ||
    n === 'since' ||
    n === 'after' ||
    n === 'in' ||
    n === 'year' ||
    n === 'quarter' ||
    MOVE_DEGREES.has(n) ||
    n === 'for' ||
    n === 'now'
  );
}

/** Words that set a move against a base period: "vs last year", "versus Q1", "compared with 2023", "year on year". */
const COMPARISON_LEADS = new Set(['vs', 'vs.', 'v', 'versus', 'compared', 'yoy', 'year-on-year', 'year-over-year']);
/** Words after "on" that name a base period: "up on last year", "down on the same quarter". */
const BASE_PERIOD_LEADS = new Set(['last', 'the', 'previous', 'a']);

/** Does a comparison with a base period start at word `k`? */
export function comparisonTailAt(words: Token[], k: number): boolean {
  const l = words[k]?.lower;
  if (l === undefined) return false;
  if (COMPARISON_LEADS.has(l)) return true;
  const next = words[k + 1]?.lower;
  if (l === 'on' && next !== undefined && BASE_PERIOD_LEADS.has(next)) return true;
  return l === 'year' && next === 'on' && words[k + 2]?.lower === 'year';
}

/** Forms of "be" that link a measure to "down"/"up": "complaints are down", "sales were up 12% that year". */
const MOVE_LINKS = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);

/**
 * A measure told by a copula as moved the right way: "complaints are down", "repeat bookings are up",
 * "the waste of plants is down a lot", "sales were up 12% on last year". The subject is read through
 * its post-modifiers ("complaints about cleanliness are down"): a trouble that is down, or a measure
 * that is no trouble and is up. Not "the site is down" (no trouble that can fall), not a trouble that
 * is up ("errors are up": the problem), not negated ("aren't down"), not "to be down" or "should be
 * up" (the link must be finite), and not the writer ("we were down to two people").
 */
export const LINKED_MOVE_RULE: CueRule = {
  name: 'linked-move',
  words: ['down', 'up'],
  match({ tokens, words, cues, i, w, lower }) {
    let k = i - 1;
    while (k >= 0 && MOVE_DEGREES.has(words[k].lower)) k--;
    if (k < 1 || !MOVE_LINKS.has(words[k].lower)) return false;
    const before = words[k - 1].lower;
    if (FIRST_PERSON_WORDS.has(before) || before === 'not' || before === 'never' || before.endsWith("n't"))
      return false;
    if (words[k - 2]?.lower === 'to' || words[i + 1]?.lower === 'to') {
      // "down to 6%" is a level: read by the level rules; "to be down" a goal.
      if (words[k - 2]?.lower === 'to') return false;
    }
    const heads = [words[k - 1], ...postModifiedSubjectHeads(tokens, words, k)];
    const trouble = heads.some((h) => isTroubleWord(h.lower));
    const measured = heads.some((h) => isQuality(h.lower) || RISEN_MEASURES.has(h.lower));
    // "manual QA is down to about an hour per release", "late departures are down to 1 in 50": a measured
    // level told after "down to" is the after value of any measure but one people want up, or a party's size.
    const level =
      lower === 'down' &&
      words[i + 1]?.lower === 'to' &&
      (measuredLevelAt(tokens, words, i + 2) || unitLevelAt(words, i + 2)) &&
      !heads.some((h) => RISEN_MEASURES.has(h.lower) || isPartyWord(h.lower));
    if (lower === 'down' ? !(trouble || level) : trouble || !measured) return false;
    if (!moveEndsClause(tokens, words, i)) return false;
    addCue(cues, words[k - 1], w, 'change');
    return true;
  },
};
