// Purpose clauses and what the work enables: a benefit is an outcome ("to reduce support load",
// "allowing the service to survive an outage", "for scalability", "so on-call stopped paging"); the
// function of the thing is not ("to let customers manage invoices", "for all customers").
import type { Token } from '../language/tokenize';
import {
  BENEFIT_VERBS,
  CLEAR_VERBS,
  CAUSED_PROBLEMS,
  COMPARATIVES,
  COUNTED_QUALITIES,
  EASE_ADJECTIVES,
  EFFECT_VERBS,
  ENABLED_BENEFITS,
  ENABLING_VERBS,
  IMPROVE_VERBS,
  KEEP,
  KEPT_STATES,
  MEASURING_TERMS,
  MORE_ADJECTIVES,
  NEGATIONS,
  OUTGROWN_THINGS,
  POSSESSIVE_LEADS,
  PROBLEM_NOUNS,
  QUALITY_MODIFIED,
  REMIT_LEADS,
  RETIRING_VERBS,
} from '../language/lexicon';
import {
  addCue,
  benefitMarkerAt,
  benefitMarkerAhead,
  betterAhead,
  clauseEnd,
  isQuality,
  isTroubleWord,
  qualityAhead,
  type CueRule,
} from './outcome-scan';
import { writerActsBefore } from '../voices/clause-actors';

/**
 * Verbs that name a benefit after "to" ("to reduce support load"): the effect, improve and benefit
 * verbs by their base forms (a bare infinitive is a base form), so the lists are kept once, in one place.
 * Enabling verbs are judged by what they enable (enabledBenefit).
 */
const PURPOSE_BENEFITS = new Set<string>([
  // "to recover deleted files" names a function; "recovered $2M" is an effect.
  ...EFFECT_VERBS.entries.filter((v) => v !== 'recover'),
  ...IMPROVE_VERBS.entries,
  ...BENEFIT_VERBS.entries,
  'scale-up',
]);
/** Benefit verbs that name a benefit only with a quality or a comparative after them ("to drive adoption"). */
const GUARDED_PURPOSES = new Set(BENEFIT_VERBS.entries.filter((v) => v !== 'protect' && v !== 'preserve'));

function isBenefitVerb(lower: string): boolean {
  return ENABLED_BENEFITS.has(lower) || EFFECT_VERBS.has(lower) || IMPROVE_VERBS.has(lower) || lower === 'ease';
}

/** Effect verbs whose bare form the lexicon leaves out ("lower prices", "a free tier"); as an infinitive they are verbs. */
const BARE_EFFECT_VERBS = new Set(EFFECT_VERBS.entries.filter((v) => !EFFECT_VERBS.has(v) && v !== 'recover'));

/** "to keep page loads fast", "to keep the site secure", "to keep the launch on schedule": kept in a good state. */
function keepsGoodState(words: Token[], k: number): boolean {
  if (!KEEP.has(words[k].lower)) return false;
  for (let j = k + 2; j < words.length && j <= k + 5; j++) {
    const l = words[j].lower;
    if (l === 'track' && words[j - 1].lower === 'keep') return false; // "keep track of": a function
    if (MORE_ADJECTIVES.has(l) || EASE_ADJECTIVES.has(l) || KEPT_STATES.has(l)) return true;
  }
  return false;
}

/**
 * Is the infinitive at `k` a benefit? A benefit verb, or a bare effect verb with what it changes:
 * "let teams lower their cloud spend", "to free up two days", "help the shop raise its margins"
 * (not "raise a ticket", "double-check the rota").
 */
function benefitInfinitive(words: Token[], k: number): boolean {
  const l = words[k].lower;
  if (isBenefitVerb(l)) return true;
  if (!BARE_EFFECT_VERBS.has(l)) return false;
  return words[k + 1]?.lower === 'up' || qualityAhead(words, k, 4);
}

/** Retiring verbs that put a thing out of use whatever it is called: "retire the Vertica cluster". */
const RETIRED_ANY = new Set(['retire', 'decommission', 'sunset']);

/**
 * Does the verb at `k` put an outgrown thing out of use? "retire the old cron box", "shut down two legacy
 * databases", "stop checking ledgers by hand" (not "drop the files in a bucket", "turn on logging").
 */
function retiresOutgrown(words: Token[], k: number, clauseEndsAt: number, anyObject = false): boolean {
  if (!RETIRING_VERBS.has(words[k].lower)) return false;
  // "which let them retire the Vertica cluster": retiring needs no "old" to put a thing out of use.
  if (anyObject && RETIRED_ANY.has(RETIRING_VERBS.lemmaOf(words[k].lower) ?? '')) return true;
  for (let j = k + 1; j < words.length && j <= k + 5 && words[j].start < clauseEndsAt; j++)
    if (OUTGROWN_THINGS.has(words[j].lower)) return true;
  return false;
}

/**
 * What an enabling verb at `i` enables: a benefit ("to survive an outage", "ship twice as often"),
 * a function ("to manage invoices", "let analysts browse predictions"), or no verb at all (a nominal
 * object: "enabling the EU launch").
 */
function enabledBenefit(words: Token[], i: number, clauseEndsAt: number): 'benefit' | 'function' | 'none' {
  const bare = ENABLING_VERBS.lemmaOf(words[i].lower) === 'let' || ENABLING_VERBS.lemmaOf(words[i].lower) === 'help';
  // "which let them retire the cluster" tells what followed; "to let admins retire devices" and "a portal
  // that lets admins retire devices" tell a tool's function.
  const effect =
    (words[i - 1]?.lower === 'which' || words[i - 1]?.lower === 'that') &&
    !words[i].lower.endsWith('s') &&
    !words[i].lower.endsWith('ing');
  for (let k = i + 1; k < words.length && k <= i + 7 && words[k].start < clauseEndsAt; k++) {
    const l = words[k].lower;
    const verbAt =
      l === 'to'
        ? k + 1
        : bare && k > i + 1 && (benefitInfinitive(words, k) || retiresOutgrown(words, k, clauseEndsAt, effect))
          ? k
          : -1;
    if (verbAt < 0 || verbAt >= words.length) continue;
    const v = words[verbAt].lower;
    const kept = BENEFIT_VERBS.has(v) && qualityAhead(words, verbAt, 4); // "to maintain reliability"
    return benefitInfinitive(words, verbAt) ||
      kept ||
      retiresOutgrown(words, verbAt, clauseEndsAt, effect) ||
      benefitMarkerAhead(words, verbAt - 1, 7, clauseEndsAt)
      ? 'benefit'
      : 'function';
  }
  // "helped the finance team close the books without waiting on engineering", "let the agents answer
  // billing questions without a human": let/help + object + verb is a benefit when the clause says what
  // got better for them (faster, on their own, the same day, without a step).
  if (bare && benefitMarkerAhead(words, i, 10, clauseEndsAt)) return 'benefit';
  if (bare && words[i].lower !== 'help' && words[i].lower !== 'helped' && words[i].lower !== 'helping')
    return betterAhead(words, i, 6) ? 'benefit' : 'function';
  return 'none';
}

/** "allowing the service to survive an outage" is an outcome; "to let customers manage invoices" is a function. */
export const ENABLING_RULE: CueRule = {
  name: 'enabling',
  lemmas: [ENABLING_VERBS],
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    const enabled = enabledBenefit(words, i, clauseEnd(tokens, w));
    if (enabled === 'benefit') {
      addCue(cues, w, w, prev === 'to' ? 'purpose' : 'change');
      return true;
    }
    if (enabled === 'function') return true;
    // A nominal object: "enabling the EU launch" names what it made possible.
    if (ENABLING_VERBS.lemmaOf(lower) === 'enable' || ENABLING_VERBS.lemmaOf(lower) === 'empower') {
      addCue(cues, w, w, prev === 'to' ? 'purpose' : 'change');
      return true;
    }
    if (prev !== 'to' || (next !== undefined && next !== 'with')) {
      if (prev === 'to') addCue(cues, w, w, 'purpose'); // "to help investors …"
    }
    return true;
  },
};

/** Purpose clauses: "to reduce …", "in order to allow …", "to help investors …". */
export const TO_PURPOSE_RULE: CueRule = {
  name: 'to-purpose',
  words: ['to'],
  match({ words, cues, i, w, prev, next }) {
    if (!(
      next &&
      PURPOSE_BENEFITS.has(next) &&
      !ENABLING_VERBS.has(next) && // decided at the verb itself, by what it enables
      prev !== 'how' &&
      prev !== 'want' &&
      prev !== 'wanted' &&
      !(prev === 'up' && next === 'speed') // "got up to speed on the codebase"
    ))
      return false;
    const obj = words[i + 2]?.lower;
    if (
      GUARDED_PURPOSES.has(next) &&
      !qualityAhead(words, i + 1, 4) &&
      !(obj === 'more' || (obj && COMPARATIVES.has(obj))) &&
      !keepsGoodState(words, i + 1)
    )
      return true;
    if ((next === 'help' || next === 'allow' || next === 'let') && (obj === undefined || obj === 'with')) return true;
    // "to lower costs", "to speed up reviews"; not "to double-check the rota", "to raise a ticket".
    if (BARE_EFFECT_VERBS.has(next) && !benefitInfinitive(words, i + 1)) return true;
    addCue(cues, w, words[i + 1], 'purpose');
    return true;
  },
};

/** "for cost-efficient scalability", "in the interest of stability". */
export const FOR_PURPOSE_RULE: CueRule = {
  name: 'for-purpose',
  words: ['for', 'of'],
  match({ words, cues, i, lower, prev }) {
    if (!(prev === 'for' || prev === 'interest' || prev === 'sake' || lower === 'for')) return false;
    // "responsible for reliability of the fleet": a remit, not a benefit reached.
    if (lower === 'for' && prev !== undefined && REMIT_LEADS.has(prev)) return true;
    // "a dashboard for retention", "the success metric for seller growth": what the thing looks at.
    if (lower === 'for' && prev !== undefined && MEASURING_TERMS.has(prev)) return true;
    const look = words.slice(i + 1, i + 4).map((x) => x.lower);
    // "for scalability" names a benefit; "for all customers", "for quarterly scores" name whom or
    // what the work is for.
    // "for quality checks", "for performance reviews": the quality names the work's kind, not a benefit.
    const hit = look.findIndex(
      (x, h) =>
        isQuality(x) &&
        !PROBLEM_NOUNS.has(x) &&
        (lower === 'of' || !COUNTED_QUALITIES.has(x)) &&
        !QUALITY_MODIFIED.has(words[i + 2 + h]?.lower) &&
        // "for security gaps", "for latency regressions": a problem looked for, not a benefit.
        !CAUSED_PROBLEMS.has(words[i + 2 + h]?.lower ?? '') &&
        !PROBLEM_NOUNS.has(words[i + 2 + h]?.lower ?? ''),
    );
    if (
      hit >= 0 &&
      (lower === 'of'
        ? prev === 'interest' || prev === 'sake'
        : look.slice(0, hit).every((x) => !POSSESSIVE_LEADS.has(x) || x === 'the'))
    ) {
      if (lower === 'for' && look[0] === 'the' && !(look[1] === 'sake')) return true;
      addCue(cues, words[i], words[i + 1 + hit], 'purpose');
      return true;
    }
    return false;
  },
};

/** "so that the team could …": a result clause. */
export const SO_THAT_RULE: CueRule = {
  name: 'so-that',
  words: ['so'],
  match({ words, cues, i, w, next }) {
    if (next !== 'that') return false;
    addCue(cues, w, words[i + 1], 'effect');
    return true;
  },
};

/** Is `lower` a negated modal or a negation the list leaves out: "can't", "cannot", "mustn't"? */
const negatedModal = (lower: string) => lower === 'cannot' || lower.endsWith("n't") || lower.endsWith('n’t');

/**
 * "so it wouldn't happen again", "so one client can't starve the pool again": a purpose told as a
 * problem that will not recur. A negated modal is read only after the writer's act and not of the
 * writer ("so I can't finish it" is the writer's limit, "The vendor changed the API so our app can't
 * log in" a problem).
 */
export const SO_NOT_RULE: CueRule = {
  name: 'so-not',
  words: ['so'],
  match({ words, cues, i, w, next }) {
    const modal = next !== 'i' && next !== 'we' && writerActsBefore(words, i);
    if (!words.slice(i + 1, i + 4).some((x) => NEGATIONS.has(x.lower) || (modal && negatedModal(x.lower))))
      return false;
    addCue(cues, w, w, 'purpose');
    return true;
  },
};

/** "so thumbnails appear within seconds", "so the nightly run costs less": a result clause that tells a benefit. */
export const SO_BENEFIT_RULE: CueRule = {
  name: 'so-benefit',
  words: ['so'],
  match({ tokens, words, cues, i, w, next }) {
    // "so I asked …" is the writer's next step; "so that" and "so … not" are read above.
    if (next === undefined || next === 'i' || next === 'we' || next === 'that') return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 2; k < words.length && k <= i + 10 && words[k].start < end; k++)
      if (benefitMarkerAt(words, k) || (i > 0 && (troubleClearedAt(words, i + 1, k) || stateReachedAt(words, k)))) {
        addCue(cues, w, words[k], 'effect');
        return true;
      }
    return false;
  },
};

/** Links before "now" that tell a state the so-clause's subject is in: "so offboarding is now a single click". */
const NOW_LINKS = new Set(['is', 'are']);
/** What a service stayed in, in a so-clause: "so the app stayed up", "so the shop stays open". */
const KEPT_RUNNING = new Set(['up', 'online', 'open', 'available', 'running']);

/**
 * "so offboarding is now a single click", "so the app stayed up": the so-clause tells the state the act
 * brought, a present state after "is/are now" or a service kept running (RUBRIC.md purpose clauses).
 */
function stateReachedAt(words: Token[], k: number): boolean {
  const l = words[k].lower;
  // "so the release is now late": a trouble the act brought is no benefit.
  if (l === 'now')
    return NOW_LINKS.has(words[k - 1]?.lower ?? '') && !words.slice(k + 1, k + 4).some((x) => isTroubleWord(x.lower));
  const stay = l === 'stayed' || l === 'stays' || l === 'stay';
  return stay && KEPT_RUNNING.has(words[k + 1]?.lower ?? '');
}

/** Passive auxiliaries before a participle: "was cleared", "were caught", "got fixed". */
const PASSIVE_AUX = new Set(['was', 'were', 'got', 'is', 'are']);
/** Participles that tell a trouble dealt with: "cleared", "caught", "fixed", "resolved". */
const DEALT_WITH = new Set(['caught', 'fixed', 'resolved', 'answered']);

/**
 * "so the overnight backlog was cleared before customers logged in", "so mistakes were caught before
 * dispatch": the so-clause's subject is a trouble (from word `from` up to the auxiliary) and the
 * participle at `k` tells it dealt with; that is the benefit the act brought (RUBRIC.md purpose clauses).
 */
function troubleClearedAt(words: Token[], from: number, k: number): boolean {
  const l = words[k].lower;
  if (!(CLEAR_VERBS.lemmaOf(l) !== undefined && l.endsWith('ed')) && !DEALT_WITH.has(l)) return false;
  if (!PASSIVE_AUX.has(words[k - 1]?.lower ?? '')) return false;
  for (let j = from; j < k - 1; j++)
    if (isTroubleWord(words[j].lower) || words[j].lower === 'backlog' || words[j].lower === 'backlogs') return true;
  return false;
}
