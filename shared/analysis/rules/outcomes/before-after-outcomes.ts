// Outcomes told against a reference: a before value beside the after value ("from 9 to 3", "came
// back in seconds instead of minutes", "from an internal demo to production-ready"), and a result
// against a plan ("on time and under budget", "above quota", "shipped two weeks early").
import type { Token } from '../language/tokenize';
import {
  DURATION_UNITS,
  PLAN_MET_CHANGE_MARKS,
  RANGE_LEADS,
  TARGET_NOUNS,
  TARGET_VERBS,
  TIME_WORDS,
  wordValence,
} from '../language/lexicon';
import type { OutcomeCue } from './outcome-types';
import { addCue, clauseEnd, readyStateAfter, type CueRule } from './outcome-scan';
import { holdsTrigger, triggerWords } from '../language/trigger-words';

/**
 * "on time", "on schedule", "under budget", "within budget": met the plan. Alone this is a bare
 * delivery ("Shipped the rebrand on time and under budget"), no effect beyond the work (RUBRIC-NOTES);
 * it is an outcome when the sentence tells it as a change for a process that used to slip ("payroll
 * now goes out on time", "finally on time", "on time again", "for the first time that year").
 */
function metPlanAt(words: Token[], i: number): boolean {
  const lower = words[i].lower;
  const next = words[i + 1]?.lower;
  return (
    (lower === 'on' && (next === 'time' || next === 'schedule')) ||
    ((lower === 'under' || lower === 'within') && next === 'budget')
  );
}

/** Is the plan met told as a change: "now", "finally", "again", "for the first time", "started/began …", "every month"? */
function toldAsChange(words: Token[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const l = words[k].lower;
    if (PLAN_MET_CHANGE_MARKS.has(l)) return true;
    if (l === 'first' && words[k + 1]?.lower === 'time') return true;
    if ((l === 'every' || l === 'each') && words[k + 1] !== undefined && DURATION_UNITS.has(words[k + 1].lower))
      return true;
  }
  return false;
}

/** Is the plan beaten by an amount just before it: "12% under budget", "$40K under budget"? */
function byAmountBefore(words: Token[], i: number): boolean {
  const before = words[i - 1]?.lower;
  return before !== undefined && (/\d/.test(before) || before === 'percent' || before === '%');
}

/** Is a span of time told just before "ahead": "two weeks ahead of schedule", "a month ahead of plan"? */
function timeBefore(words: Token[], i: number): boolean {
  const unit = words[i - 1]?.lower;
  return unit !== undefined && (DURATION_UNITS.has(unit) || /^\d/.test(unit));
}

/** "ahead of schedule", "above quota", "ahead of plan"; "on time" and "under budget" told as a change. */
export const AGAINST_PLAN_RULE: CueRule = {
  name: 'against-plan',
  words: ['on', 'under', 'within', 'ahead', 'above'],
  match({ words, cues, i, w, lower, next }) {
    if (metPlanAt(words, i)) {
      // "came in 12% under budget": by how much is money saved; otherwise only a change counts.
      if (!toldAsChange(words) && !byAmountBefore(words, i)) return false;
    } else if (
      lower === 'ahead' &&
      next === 'of' &&
      (words[i + 2]?.lower === 'schedule' || words[i + 2]?.lower === 'plan')
    ) {
      // "delivered ahead of schedule" is a bare delivery, as "on time" is; "two weeks ahead of schedule" names the time won.
      if (!toldAsChange(words) && !timeBefore(words, i)) return false;
    } else if (!((lower === 'above' || lower === 'ahead') && next !== undefined && TARGET_NOUNS.has(next)))
      return false;
    addCue(cues, w, words[i + 1], 'effect');
    return true;
  },
};

/** Prepositions that place a measure inside a target: "inside the ten-day target", "under the 4-hour goal". */
const INSIDE_WORDS = ['inside', 'within', 'under', 'below', 'beneath'];
/** The within-target cue needs one of these prepositions in the sentence. */
const INSIDE_TRIGGER = triggerWords('within-target', (lower) => INSIDE_WORDS.includes(lower));
/** Targets a service is measured against; a plan, a forecast, a quota or a budget met is a bare delivery or the reverse. */
const SERVICE_TARGETS = new Set(['target', 'goal', 'kpi', 'okr', 'objective', 'benchmark', 'sla', 'slo']);
/** Verbs and copulas that place the subject where it stands: "were inside", "stayed under", "came in below". */
const STANDING_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'be',
  'stayed',
  'stays',
  'kept',
  'got',
  'came',
  'in',
  'now',
  'back',
  'well',
  'comfortably',
  'consistently',
  'all',
]);
/** Words before the placing verb that make it a goal or a doubt: "had to be inside", "never got under". */
const NOT_PLACED = new Set(['to', 'not', 'never', "wasn't", "weren't", 'would', 'could', 'might', 'should']);

/**
 * A measure placed inside a target: "we were inside the ten-day target by week six", "waits stayed
 * under the four-hour goal". Meeting a service target is a target reached, like "met its targets"
 * (TARGET_MET_RULE); a plan or a budget met stays a bare delivery (RUBRIC-NOTES). The preposition must
 * follow a verb that places the subject (a copula, "stayed", "came in") with no goal or negation before
 * it, and the target noun must close the phrase within four words ("the 10-day response target").
 */
export const WITHIN_TARGET_RULE: CueRule = {
  name: 'within-target',
  words: INSIDE_WORDS,
  match({ tokens, words, cues, i, w }) {
    const target = targetAfter(tokens, words, i);
    if (target < 0) return false;
    addCue(cues, w, words[target], 'effect');
    return true;
  },
};

/** The index of the service target the preposition at `i` places a measure inside, or -1. */
function targetAfter(tokens: Token[], words: Token[], i: number): number {
  const verb = words[i - 1]?.lower;
  if (verb === undefined || !STANDING_VERBS.has(verb)) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (NOT_PLACED.has(words[k].lower)) return -1;
  const end = clauseEnd(tokens, words[i]);
  for (let k = i + 1; k < words.length && k <= i + 4 && words[k].start < end; k++) {
    const lemma = TARGET_NOUNS.lemmaOf(words[k].lower);
    if (lemma !== undefined && SERVICE_TARGETS.has(lemma) && words[k + 1]?.lower !== 'of') return k;
  }
  return -1;
}

/**
 * The cue of a measure placed inside a service target anywhere in the sentence, for the claim
 * assertion that makes "We were inside the ten-day target" the team's result (claim-exceptions.ts).
 */
export function withinTargetCue(tokens: Token[]): OutcomeCue | undefined {
  // Most sentences hold no "inside" word: they are passed over before their words are copied.
  if (!holdsTrigger(tokens, INSIDE_TRIGGER)) return undefined;
  const words = tokens.filter((t) => t.kind !== 'symbol');
  for (let i = 1; i < words.length; i++) {
    if (!INSIDE_WORDS.includes(words[i].lower)) continue;
    const target = targetAfter(tokens, words, i);
    if (target >= 0) return { start: words[i].start, end: words[target].end, kind: 'effect', cue: words[i].lower };
  }
  return undefined;
}

/** Words before a target verb that say it was not reached: "did not meet", "nearly hit", "to beat" (a plan). */
const TARGET_NOT_REACHED = new Set(['not', "didn't", 'never', 'nearly', 'almost', 'to', 'would', 'could', 'might']);
/** Words after a target verb that make it another verb: "met with", "reached out to", "hit on". */
const TARGET_VERB_PARTICLES = new Set(['with', 'out', 'on', 'up', 'back', 'across']);
/** Words that end the target verb's object before a target noun: "met with leads to discuss targets". */
const TARGET_OBJECT_ENDS = new Set(['to', 'with', 'about', 'for', 'into', 'and', 'by', 'while']);

/** "exceeded quota", "beat the regional revenue forecast", "met its service-level targets": a target reached or beaten. */
export const TARGET_MET_RULE: CueRule = {
  name: 'target-met',
  lemmas: [TARGET_VERBS],
  match({ tokens, words, cues, i, w, prev, next }) {
    if ((prev !== undefined && TARGET_NOT_REACHED.has(prev)) || (next !== undefined && TARGET_VERB_PARTICLES.has(next)))
      return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 1; k < words.length && k <= i + 6 && words[k].start < end; k++) {
      const l = words[k].lower;
      if (TARGET_NOUNS.has(l)) {
        addCue(cues, w, words[k], 'effect');
        return true;
      }
      if (TARGET_OBJECT_ENDS.has(l)) return false;
    }
    return false;
  },
};

/** "shipped the release two weeks early": ahead of schedule by a duration. */
export const EARLY_BY_RULE: CueRule = {
  name: 'early-by',
  words: ['early'],
  match({ words, cues, i, w, prev }) {
    if (!(prev !== undefined && DURATION_UNITS.has(prev))) return false;
    addCue(cues, words[i - 1], w, 'effect');
    return true;
  },
};

/** Is the time unit at `k` the period of a schedule ("every two weeks", "once a month", "per day"), not a duration? */
function periodOfSchedule(words: Token[], k: number): boolean {
  const prev = words[k - 1]?.lower;
  const prev2 = words[k - 2]?.lower;
  if (prev === 'every' || prev === 'each' || prev === 'per') return true;
  // "every two weeks"; "once a month", "three times a week" (but "in a week" is a duration).
  if (prev2 === 'every' || prev2 === 'each') return true;
  return (prev === 'a' || prev === 'an') && (prev2 === 'once' || prev2 === 'twice' || prev2 === 'times');
}

/** The most words of the before value after "instead of": "instead of [the usual three] months". */
const MAX_BEFORE_VALUE_WORDS = 5;

/**
 * "came back in seconds instead of minutes", "seen in 10 days instead of the usual 3 months", "fresher
 * recommendations within minutes instead of next day": an after time beside its before time. The
 * before value is a noun phrase that may open with a determiner and adjectives ("the usual", "the old
 * two") and ends at its time unit, singular or plural, within the clause. A schedule set against
 * another ("daily instead of monthly") is not read here (frequency-changes.ts says why).
 */
export const INSTEAD_OF_RULE: CueRule = {
  name: 'instead-of',
  words: ['instead'],
  match({ tokens, words, cues, i, w, next }) {
    if (next !== 'of') return false;
    let after = false;
    for (let k = Math.max(0, i - 3); k < i; k++)
      if (TIME_WORDS.has(words[k].lower)) after = !periodOfSchedule(words, k);
    if (!after) return false;
    const end = clauseEnd(tokens, words[i + 1]);
    let before = false;
    for (let k = i + 2; k < words.length && k < i + 2 + MAX_BEFORE_VALUE_WORDS && words[k].start < end; k++) {
      const l = words[k].lower;
      if (TIME_WORDS.has(l) || DURATION_UNITS.has(l)) {
        before = !periodOfSchedule(words, k);
        break;
      }
    }
    if (!before) return false;
    addCue(cues, w, words[i + 1], 'change');
    return true;
  },
};

/** A value in a before→after change: a time word or a number, not a version after a name ("React 16"). */
function changeValue(words: Token[], k: number): boolean {
  const w = words[k];
  if (TIME_WORDS.has(w.lower)) return true;
  if (!/\d/.test(w.lower)) return false;
  const prev = words[k - 1];
  const c = prev?.text.charCodeAt(0) ?? 0;
  return !(prev !== undefined && c >= 65 && c <= 90 && k > 0) && !/^v\d/i.test(w.text);
}

/** After values that say none: "from 30 hours a quarter to almost none", "from 40 a month to nothing". */
const NONE_AFTER = new Set(['none', 'nothing', 'zero']);

/** Before → after: "from a manual process taking hours into one taking seconds", "from 9 to 3", "from 40 to none". */
export function beforeAfter(words: Token[]): boolean {
  const from = words.findIndex((w) => w.lower === 'from');
  if (from < 0 || RANGE_LEADS.has(words[from - 1]?.lower ?? '')) return false;
  let sawBefore = false;
  for (let k = from + 1; k < words.length && k <= from + 10; k++) {
    const l = words[k].lower;
    // "took the system from an internal demo to production-ready": a state better in itself.
    if ((l === 'to' || l === 'into') && !sawBefore && readyStateAfter(words, k) !== undefined) return true;
    if ((l === 'to' || l === 'into') && sawBefore) {
      for (let j = k + 1; j < words.length && j < k + 8; j++)
        if (changeValue(words, j) || NONE_AFTER.has(words[j].lower)) return true;
      return false;
    }
    if (changeValue(words, k)) sawBefore = true;
  }
  return false;
}

/** Words that mark a value as the one before: "31% before", "before: 31%", "previously 12". */
const BEFORE_MARKS = new Set(['before', 'previously', 'formerly']);
/** Words that mark a value as the one after: "24% now", "now 24%", "after: 4 days", "today 3". */
const AFTER_MARKS = new Set(['now', 'after', 'today', 'afterwards']);

/** Is there a value (a figure or a time) at word `k`? */
const valueAt = (words: Token[], k: number) => k >= 0 && k < words.length && changeValue(words, k);

/**
 * A verbless before → after pair: "Forecast error: 31% before, 24% now", "before 12 days, now 3", "1 in 8
 * before, 1 in 40 now". A value marked as before, then within eight words a value marked as after.
 */
export function beforeNowPair(words: Token[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!BEFORE_MARKS.has(words[k].lower)) continue;
    // The before value stands after its mark ("before 31%") or before it ("31% before").
    for (const value of [k - 1, k + 1]) {
      if (!valueAt(words, value)) continue;
      for (let j = value + 1; j < words.length && j <= value + 8; j++) {
        if (!AFTER_MARKS.has(words[j].lower)) continue;
        if ((valueAt(words, j + 1) && j + 1 !== value) || (j - 1 > value && j - 1 !== k && valueAt(words, j - 1)))
          return true;
      }
    }
  }
  return false;
}

/** The summed valence of the words from `a` to `b` (inclusive): "Requires Improvement" 2, "Inadequate" −2. */
function spanValence(words: Token[], a: number, b: number): number {
  let sum = 0;
  for (let k = a; k <= b; k++) sum += wordValence(words[k].lower) ?? 0;
  return sum;
}

/** Quote marks that set off a grade's name: 'Good', "Outstanding", ‘Good’. */
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);

/**
 * A named grade moved up: "took the school out of 'Requires Improvement' to 'Good'", "from Silver to
 * Gold", "from 'Inadequate' to 'Requires Improvement'". The after grade is a name (capitalized or
 * quoted), better than the before one by the valence of its words, and good in itself. Names of places,
 * folders or plans ("from Draft to Published", "from the Free plan to Pro") carry no valence and are not read.
 */
export function gradePair(tokens: Token[], words: Token[]): boolean {
  for (let f = 0; f < words.length; f++) {
    const l = words[f].lower;
    const opens = l === 'from' || (l === 'of' && words[f - 1]?.lower === 'out');
    if (!opens) continue;
    for (let t = f + 2; t < words.length && t <= f + 4; t++) {
      if (words[t].lower !== 'to' && words[t].lower !== 'into') continue;
      const after = words[t + 1];
      if (after === undefined) return false;
      const at = tokens.indexOf(after);
      const named = /^[A-Z]/.test(after.text) || QUOTES.has(tokens[at - 1]?.text ?? '');
      if (!named) return false;
      const end = Math.min(words.length - 1, t + 3);
      let last = t + 1;
      while (last < end && /^[A-Z]/.test(words[last + 1].text)) last++;
      const good = spanValence(words, t + 1, last);
      return good >= 2 && good > spanValence(words, f + 1, t - 1);
    }
  }
  return false;
}
