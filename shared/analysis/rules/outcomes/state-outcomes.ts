// Result states and prevention: a result told as how things are now ("are now archived
// automatically", "no longer", "It now handles 3x the traffic"), a count of none ("no incidents",
// "without a single escalation"), a link to a result ("resulting in", "leading to"), and problems
// stopped before they happened ("blocked most card-testing attacks", "caught two bad releases before
// they reached customers").
import {
  BECOME_VERBS,
  BETTER_STATES,
  COPULAS,
  DURATION_UNITS,
  EASE_ADJECTIVES,
  MORE_ADJECTIVES,
  NEGATED_PROBLEMS,
  POSSESSIVE_LEADS,
  READY_STATES,
  RESULT_MARKERS,
  SETTLED_STATES,
  SMALL_AMOUNTS,
  THREATS,
  THREAT_MODIFIERS,
  TROUBLE_MODIFIERS,
  USE_VERBS,
  MODAL_VERBS,
  NEGATIONS,
  wordSet,
} from '../language/lexicon';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import type { Token } from '../language/tokenize';
import { QUIET_TRIGGERS, looksPluralSubject, quietOutcome } from './quiet-outcomes';
import { addCue, clauseEnd, troubleBefore, type CueRule } from './outcome-scan';

/** Words before "first time" that make it a count of occasions ("the first time", "for the first time", "my first time"). */
const OCCASION_LEADS = wordSet('first-time-occasion-leads', [
  'the',
  'a',
  'for',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'every',
  'each',
]);
/** Words after "first time" that open a clause of its own: "first time I ran it", "first time that it …". */
const CLAUSE_AFTER = wordSet('first-time-clause-after', [
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'that',
  'which',
  'round',
  'around',
]);
/** Words in a line that place a present act after the work: "loads first time now", "since my fix it starts first time". */
const AFTER_ANCHORS = wordSet('first-time-after-anchors', ['now', 'since', 'nowadays']);

/**
 * "The ward passed its audit first time", "the booking page loads first time now", "since I changed the glow plugs
 * the van starts first time": a thing or a party doing it with no second go, a state after the work. "first time"
 * stands as an adverb (no determiner, no "for the", not "first-time buyers", no clause after it: "first time I ran
 * it"), after a past form in its clause, or after a present one with "now" or "since" in the line; a negation or a
 * modal in the clause before it ("never starts first time", "should pass first time") tells none.
 */
export const FIRST_TIME_RULE: CueRule = {
  name: 'first-time',
  words: ['first'],
  match({ tokens, words, cues, i, w, prev }) {
    const time = words[i + 1];
    if (time?.lower !== 'time' || time.start !== w.end + 1 || i === 0) return false;
    if (prev !== undefined && OCCASION_LEADS.has(prev)) return false;
    if (CLAUSE_AFTER.has(words[i + 2]?.lower ?? '')) return false;
    // The clause before "first": back to the nearest clause mark.
    let from = i - 1;
    while (from > 0 && clauseEnd(tokens, words[from - 1]) > words[from].start) from--;
    let past = false;
    for (let k = from; k < i; k++) {
      const l = words[k].lower;
      if (NEGATIONS.has(l) || l.endsWith("n't") || MODAL_VERBS.has(l) || l === 'to') return false;
      if (isPastForm(l) || IRREGULAR_PAST.has(l)) past = true;
    }
    if (!past && !words.some((x) => AFTER_ANCHORS.has(x.lower))) return false;
    addCue(cues, w, time, 'state');
    return true;
  },
};

/** "Result: …", "Impact: …" opening a line. */
export const RESULT_MARKER_RULE: CueRule = {
  name: 'result-marker',
  words: RESULT_MARKERS,
  match({ tokens, cues, i, w }) {
    if (!(i === 0 && tokens.some((t) => t.text === ':' && t.start === w.end))) return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/** "are now archived automatically". */
export const NOW_DONE_RULE: CueRule = {
  name: 'now-done',
  words: ['now'],
  match({ words, cues, i, w, prev, next }) {
    if (!(prev && COPULAS.has(prev) && next && /(ed|able|en)$/.test(next))) return false;
    addCue(cues, w, words[i + 1], 'state');
    return true;
  },
};

/** "no longer needs a manual step". */
export const NO_LONGER_RULE: CueRule = {
  name: 'no-longer',
  words: ['no'],
  match({ words, cues, i, w, next }) {
    if (next !== 'longer') return false;
    addCue(cues, w, words[i + 1], 'state');
    return true;
  },
};

/**
 * A trouble told by its modifier: "missed doses", "lost records", "failed deploys", "late shipments",
 * "dropped calls". The index of the counted noun within the four words after `i` (the modifier may be
 * joined to it: "lost-time injuries"), or -1; "no missed" with no noun after it names nothing.
 */
function troubleCountAfter(words: Token[], i: number): number {
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const l = words[k].lower;
    const head = l.includes('-') ? l.slice(0, l.indexOf('-')) : l;
    if (!TROUBLE_MODIFIERS.has(head)) continue;
    const noun = words[k + 1];
    return noun !== undefined && noun.kind === 'word' && !TROUBLE_MODIFIERS.has(noun.lower) ? k + 1 : -1;
  }
  return -1;
}

/** A count of none: "no stale data incidents", "zero outages", "without a single dropped order", "with no missed runs". */
/** Verbs that carry a count to a value: "went to zero", "fell to zero", "came down to zero". */
const REACHED_VALUE_VERBS = new Set([
  'went',
  'go',
  'gone',
  'fell',
  'dropped',
  'came',
  'got',
  'is',
  'are',
  'was',
  'were',
  'now',
]);

/** Is "zero" at `i` a trouble's count that reached none ("refund tickets went to zero")? */
function troubleReachedZero(words: Token[], i: number): boolean {
  if (words[i - 1]?.lower !== 'to' && words[i - 1]?.lower !== 'at') return false;
  let v = i - 2;
  if (words[v]?.lower === 'down') v--;
  if (v < 1 || !REACHED_VALUE_VERBS.has(words[v].lower)) return false;
  return troubleBefore(words, v);
}

export const NONE_OF_RULE: CueRule = {
  name: 'none-of',
  words: ['no', 'zero', 'without', 'not'],
  match({ words, cues, i, w, lower, next }) {
    // "duplicate charges went to zero", "missed doses came down to zero": a trouble counted down to none.
    if (lower === 'zero' && troubleReachedZero(words, i)) {
      addCue(cues, w, w, 'state');
      cues[cues.length - 1].zeroCount = true;
      return true;
    }
    if (!(i + 1 < words.length)) return false;
    // "not one missed handoff", "not a single late order": only a count of none reads "not".
    if (lower === 'not' && !(next === 'one' || (next === 'a' && words[i + 2]?.lower === 'single'))) return false;
    // Five words: "without a single customer-facing incident" (the compound is two).
    for (let k = i + 1; k < words.length && k <= i + 5; k++)
      if (NEGATED_PROBLEMS.has(words[k].lower)) {
        if (words[k - 1].lower === 'of' && words[k - 2]?.lower === 'point') break; // "no single point of failure": a design
        addCue(cues, w, words[k], 'state');
        // "without issues" is an idiom for "smoothly", and "without loss", "without disruption" tell the
        // manner: a count of none needs "no", "zero" or "without any".
        const manner = words[k].lower === 'issues' || (lower === 'without' && k === i + 1);
        if (!manner) cues[cues.length - 1].zeroCount = true;
        break;
      }
    // "with no missed runs", "zero lost records": a trouble named by its modifier. "Without a missed
    // deadline" tells the manner, like "without disruption": an outcome, a count of none only with
    // "without any" or "without a single".
    const counted = cues.length > 0 && cues[cues.length - 1].start === w.start ? -1 : troubleCountAfter(words, i);
    if (counted > 0) {
      addCue(cues, w, words[counted], 'state');
      const single = next === 'any' || next === 'one' || (next === 'a' && words[i + 2]?.lower === 'single');
      if (lower !== 'without' || single) cues[cues.length - 1].zeroCount = true;
      return true;
    }
    // "without a single dropped order": a count of none of whatever follows ("a single point of failure" is a design).
    const single = next === 'a' && words[i + 2]?.lower === 'single' ? i + 3 : next === 'one' ? i + 2 : -1;
    if (
      lower === 'without' &&
      single > 0 &&
      single < words.length &&
      words[single].lower !== 'point' &&
      (cues.length === 0 || cues[cues.length - 1].start !== w.start)
    ) {
      addCue(cues, w, words[single], 'state');
      cues[cues.length - 1].zeroCount = true;
    }
    return true;
  },
};

/**
 * Little of a problem: "with minimal disruption to patient care", "little downtime", "kept disruption
 * to a minimum". A vague outcome, not a count of none ("a little downtime" is some).
 */
export const LITTLE_OF_RULE: CueRule = {
  name: 'little-of',
  words: SMALL_AMOUNTS,
  match({ words, cues, i, w, lower, prev }) {
    if (prev === 'a' && lower === 'little') return false;
    // "minimal customer disruption": the problem within two words after the amount.
    for (let k = i + 1; k < words.length && k <= i + 2; k++)
      if (NEGATED_PROBLEMS.has(words[k].lower)) {
        addCue(cues, w, words[k], 'state');
        return true;
      }
    // "kept disruption to a minimum": the problem within three words before "to a minimum".
    if (lower === 'minimum' && prev === 'a' && words[i - 2]?.lower === 'to')
      for (let k = i - 3; k >= 0 && k >= i - 5; k--)
        if (NEGATED_PROBLEMS.has(words[k].lower)) {
          addCue(cues, words[k], w, 'state');
          return true;
        }
    return false;
  },
};

/** Is `lower` a state that is good by itself ("trustworthy", "routine", "stable", "self-serve")? */
export function isGoodState(lower: string): boolean {
  return (
    SETTLED_STATES.has(lower) ||
    EASE_ADJECTIVES.has(lower) ||
    MORE_ADJECTIVES.has(lower) ||
    READY_STATES.has(lower) ||
    BETTER_STATES.has(lower)
  );
}
/** Degree words between a verb of becoming and its state: "became far more reliable", "turned fully green". */
const DEGREE_WORDS = new Set([
  'much',
  'far',
  'more',
  'fully',
  'finally',
  'truly',
  'really',
  'quite',
  'very',
  'genuinely',
]);
const NOT_BECOME = new Set(['not', 'never', "didn't", 'to', 'would', 'could', 'might']);

/** A thing come into a good state: "the forecasts became trustworthy", "the build turned green", "became routine". */
export const BECAME_STATE_RULE: CueRule = {
  name: 'became-state',
  lemmas: [BECOME_VERBS],
  match({ words, cues, i, w, prev }) {
    if (prev !== undefined && NOT_BECOME.has(prev)) return false;
    let k = i + 1;
    while (k < words.length && k <= i + 2 && DEGREE_WORDS.has(words[k].lower)) k++;
    const state = words[k];
    if (state === undefined || !isGoodState(state.lower)) return false;
    addCue(cues, w, state, 'state');
    return true;
  },
};

/** "resulting in", "resulted with". */
export const RESULTING_IN_RULE: CueRule = {
  name: 'resulting-in',
  words: ['resulting', 'resulted'],
  match({ words, cues, i, w, next }) {
    if (!(next === 'in' || next === 'with')) return false;
    addCue(cues, w, words[i + 1], 'effect');
    return true;
  },
};

/** "leading to fewer pages"; not a sentence that opens with "Led to …" or "… and led to". */
export const LEADING_TO_RULE: CueRule = {
  name: 'leading-to',
  words: ['leading', 'led'],
  match({ words, cues, i, w, prev, next }) {
    if (!(next === 'to' && i > 0 && prev !== 'and')) return false;
    addCue(cues, w, words[i + 1], 'effect');
    return true;
  },
};

/** Is the word a threat or a problem ("attacks", "injection attempts", "outages") or one's modifier ("fake", "leaked")? */
function isThreatOrProblem(x: Token): boolean {
  return THREATS.has(x.lower) || NEGATED_PROBLEMS.has(x.lower) || THREAT_MODIFIERS.has(x.lower);
}

/** "blocked most card-testing attacks", "blocked prompt-injection attempts", "blocks fake sign-ups": prevention. */
export const BLOCKED_THREAT_RULE: CueRule = {
  name: 'blocked-threat',
  words: ['blocked', 'blocking', 'blocks'],
  match({ words, cues, i, w }) {
    if (!words.slice(i + 1, i + 5).some(isThreatOrProblem)) return false;
    addCue(cues, w, w, 'effect');
    return true;
  },
};

/** Relative pronouns before a present "catch": "tests which catch breakages before release" tell what the work does since. */
const CATCH_RELATIVES = new Set(['which', 'that']);

/**
 * "caught two bad releases before they reached customers", "visual tests, which catch most CSS
 * breakages before release" (a present "catch" only in a relative clause of the work: "to catch bugs
 * before release" is a purpose, read by the purpose rules if at all).
 */
export const CAUGHT_BEFORE_RULE: CueRule = {
  name: 'caught-before',
  words: ['caught', 'catching', 'catch', 'catches'],
  match({ words, cues, i, w, lower, prev }) {
    if ((lower === 'catch' || lower === 'catches') && (prev === undefined || !CATCH_RELATIVES.has(prev))) return false;
    if (!words.slice(i + 2, i + 7).some((x) => x.lower === 'before')) return false;
    addCue(cues, w, w, 'effect');
    return true;
  },
};

/** "caught a dozen regressions", "stopped schema breakages", "stopped the scraping". */
export const STOPPED_PROBLEM_RULE: CueRule = {
  name: 'stopped-problem',
  words: ['caught', 'catching', 'stopped', 'stops', 'stopping'],
  match({ words, cues, i, w }) {
    if (!words.slice(i + 1, i + 6).some(isThreatOrProblem)) return false;
    addCue(cues, w, w, 'effect');
    return true;
  },
};

/** Outcomes told without a change word (quiet-outcomes.ts): "on-call stopped paging", "nobody was paged". */
export const QUIET_RULE: CueRule = {
  name: 'quiet',
  words: QUIET_TRIGGERS,
  match({ words, cues, i, w }) {
    const quiet = quietOutcome(words, i);
    if (!quiet) return false;
    addCue(cues, w, words[quiet.to], quiet.kind);
    if (quiet.zeroCount) cues[cues.length - 1].zeroCount = true;
    return true;
  },
};

/** "It now handles 3x the traffic": a present state that is the result. */
export const NOW_HANDLES_RULE: CueRule = {
  name: 'now-handles',
  words: ['now'],
  match({ words, cues, i, w, next }) {
    if (!(
      next !== undefined &&
      next.length > 3 &&
      /[^s]s$/.test(next) &&
      !POSSESSIVE_LEADS.has(next) &&
      next !== 'this' &&
      next !== 'has'
    ))
      return false;
    addCue(cues, w, words[i + 1], 'state');
    return true;
  },
};

/** Words after "now" that are no present verb: determiners, prepositions, degree words, pronouns. */
const NOT_A_PRESENT_VERB = new Set([
  'the',
  'a',
  'an',
  'all',
  'only',
  'about',
  'around',
  'over',
  'under',
  'more',
  'less',
  'at',
  'in',
  'on',
  'for',
  'with',
  'and',
  'or',
  'that',
  'they',
  'them',
  'their',
  'part',
  'one',
  'two',
  'three',
  'almost',
  'nearly',
  'just',
  'also',
  'even',
  'still',
  'too',
  'than',
  'here',
  'there',
  'live',
  'available',
  'ready',
]);

/**
 * "Handovers now take 35 minutes", "the analysts now finish their reports by noon", "guides that now
 * bring in most sign-ups": the plural of NOW_HANDLES_RULE, a present verb after "now" with a plural
 * subject (a plural noun, or "that"/"which" after one). The verb has no -s, so it is told by its place:
 * a lower-case word that is no determiner, preposition, degree word, past form, participle or adverb.
 * Not "we/they now …": the writer's or another team's practice, as "We now review every PR" tells a
 * process, not a result.
 */
export const NOW_PLURAL_PRESENT_RULE: CueRule = {
  name: 'now-plural-present',
  words: ['now'],
  match({ words, cues, i, w, prev, next }) {
    if (prev === undefined || next === undefined) return false;
    const plural = looksPluralSubject(prev);
    const relative = (prev === 'that' || prev === 'which') && looksPluralSubject(words[i - 2]?.lower ?? '');
    if (!plural && !relative) return false;
    if (!/^[a-z]{3,}$/.test(words[i + 1].text) || NOT_A_PRESENT_VERB.has(next)) return false;
    if (/(ed|ing|ly|s)$/.test(next) || COPULAS.has(next) || POSSESSIVE_LEADS.has(next)) return false;
    // "the planners now build on the shared model": others' use, read by the adoption rules.
    if (USE_VERBS.has(next)) return false;
    addCue(cues, w, words[i + 1], 'state');
    return true;
  },
};

/** Modals of what a thing is able to do. */
const ABILITY_MODALS = new Set(['can', 'could', 'will', 'would']);

/**
 * "split the load into steps that can rerun on their own": a relative clause with a modal of ability
 * ("that/which can …") tells what the thing built is able to do, its function, not people working
 * without the writer ("analysts who can now run reports on their own" keeps its people).
 */
function thingsFunction(words: Token[], on: number): boolean {
  for (let k = on - 1; k >= 1 && k >= on - 5; k--)
    if (ABILITY_MODALS.has(words[k].lower)) {
      const rel = words[k - 1].lower;
      return rel === 'that' || rel === 'which';
    }
  return false;
}

/** Others working without the writer ("on my own" is the writer's, and not read): "the new hires were shipping code on their own", "support fixes these by themselves". */
export const ON_THEIR_OWN_RULE: CueRule = {
  name: 'on-their-own',
  words: ['own', 'themselves'],
  match({ words, cues, i, w, lower, prev }) {
    const idiom =
      lower === 'own'
        ? (prev === 'their' || prev === 'his' || prev === 'her') && words[i - 2]?.lower === 'on'
        : prev === 'by';
    if (!idiom) return false;
    if (thingsFunction(words, lower === 'own' ? i - 2 : i - 1)) return true;
    addCue(cues, words[lower === 'own' ? i - 2 : i - 1], w, 'state');
    return true;
  },
};

/** Past forms of "be" that tell a state reached ("were writing", "was live"); not "be" in a goal ("had to be running"). */
const STATE_REACHED = new Set(['was', 'were']);
/** Words that tell a thing was up and working. */
const WORKING_STATES = new Set(['live', 'working', 'running', 'ready']);
const isTimeUnit = (l: string | undefined) =>
  l !== undefined && (DURATION_UNITS.has(l) || l === 'year' || l === 'years' || l === 'end');

/**
 * Time to result: a state reached by a point in time ("By week two the new analysts were writing their
 * own queries", "Within three weeks the pod was answering billing questions") or a thing working within a
 * span ("the new intake flow was live in four days"). "By Friday I had written the plan" is an act with a
 * deadline, and "by then" names no time.
 */
export const TIME_TO_RESULT_RULE: CueRule = {
  name: 'time-to-result',
  words: ['by', 'within', ...WORKING_STATES],
  match({ words, cues, i, w, lower, prev, next }) {
    if (lower === 'by' || lower === 'within') {
      if (i !== 0 || !words.slice(1, 6).some((x) => isTimeUnit(x.lower))) return false;
      for (let k = 2; k < words.length && k <= 12; k++)
        if (STATE_REACHED.has(words[k].lower) && words[k + 1]?.lower.endsWith('ing')) {
          addCue(cues, w, words[k + 1], 'state');
          return true;
        }
      return false;
    }
    if (!(prev !== undefined && STATE_REACHED.has(prev) && (next === 'in' || next === 'within'))) return false;
    const n = words[i + 2];
    if (n === undefined || !(n.kind === 'number' || /^(two|three|four|five|six|seven|eight|nine|ten|a)$/.test(n.lower)))
      return false;
    if (!isTimeUnit(words[i + 3]?.lower)) return false;
    addCue(cues, w, words[i + 3], 'state');
    return true;
  },
};
