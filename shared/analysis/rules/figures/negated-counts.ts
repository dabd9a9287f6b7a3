// A count of none told by a negated verb: "we didn't drop a release in that period", "the team never
// missed a payroll run all year", "we haven't double-booked since March", and its copular form with a
// trouble state, "returns are never late now". RUBRIC.md counts zero counts as metrics and usually
// outcomes whatever is counted (RUBRIC-NOTES, counts of none); zero-subject.ts reads the count in a
// negative subject, zero-over-period.ts in a "no"/"zero" object, none-since-outcomes.ts in a negated
// perfect of undergoing. This reads the shape that is left, with any event verb:
//   negation (did not, didn't, never, has not, hasn't) + an event verb (not a state: "didn't have a
//   plan", "never knew") + a countable object ("a"/"an"/"any"/"one"/"a single" + a noun)
// and the period the count runs over anywhere in the sentence ("in that period", "all year", "since
// March", an opening "That winter"). Without a period it is the setup or a confession ("we didn't
// write a design doc", "I never used a profiler"). A perfect with no object counts its own event only
// right before "since" or "again" ("haven't double-booked since March"); a modal or a past perfect
// ("couldn't hire a tester", "hadn't run a drill") tells what was not possible or the background; the
// writer alone as the subject tells their own lack ("I haven't failed an inspection since").
import type { Token } from '../language/tokenize';
import { addCue, type CueRule } from '../outcomes/outcome-scan';
import { isPastForm, STATIVE } from '../language/verbs';
import { EFFECT_VERBS, IMPROVE_VERBS, MOVE_VERBS, TURNING_VERBS, lemmaSet } from '../language/lexicon';
import { periodFrom } from './zero-over-period';

/** Negations fused with the auxiliary of an event: did, does, has, have (not modals, not "hadn't"). */
const FUSED_EVENT_NEGATIONS = new Set(["didn't", "doesn't", "don't", "hasn't", "haven't"]);
/** Auxiliaries before a free "not" or "never" that leave an event: "did not drop", "has never missed". */
const EVENT_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', "we've", "they've"]);
/** Copulas before "never" + a trouble state: "are never late", "was never short". */
const STATE_COPULAS = new Set(['is', 'are', 'was', 'were']);
/**
 * States of a trouble after "never": "never late", "never short". What is never late is counted in its
 * instances, so "returns are never late now" is a count of none, as "no late returns since" is.
 */
const TROUBLE_STATES = new Set(['late', 'overdue', 'short', 'missed', 'down', 'overdrawn', 'understaffed', 'wrong']);
/** Markers of the time after the work, which make a period of a present or perfect. */
const AFTER_THE_WORK = new Set(['since', 'again', 'anymore', 'now']);
/** Words that pick out one or any thing of a kind: the countable object. */
const ANY_ONE = new Set(['a', 'an', 'any', 'one', 'single']);
/**
 * Verbs of a state or a stance, not an event that did not happen: "didn't know a soul", "never
 * trusted a vendor", "didn't need a rewrite". Matched by lemma, beside the stative past forms.
 */
const STANCE_VERBS = lemmaSet('negated-count-stance-verbs', [
  'be',
  'have',
  'know',
  'need',
  'want',
  'like',
  'trust',
  'expect',
  'own',
  'mind',
  'see',
  'think',
  'feel',
  'get',
  'give',
  'use',
  'find',
  'ask',
  'say',
  'mean',
  'take',
  'make',
  'do',
]);

/** A verb of change or effect: "sales haven't grown since", "costs haven't dropped since". */
const isChange = (v: string) =>
  EFFECT_VERBS.has(v) ||
  IMPROVE_VERBS.has(v) ||
  TURNING_VERBS.has(v) ||
  MOVE_VERBS.has(v) ||
  v === 'grown' ||
  v === 'changed';

/** Normalizes a typographic apostrophe: "didn’t" → "didn't". */
const plain = (lower: string) => lower.replace('’', "'");

/** The index of the verb a negation at `i` negates, and whether the verb is a perfect's participle; or undefined. */
function negatedVerb(words: readonly Token[], i: number): { verb: number; perfect: boolean } | undefined {
  const lower = plain(words[i].lower);
  let perfect: boolean;
  if (FUSED_EVENT_NEGATIONS.has(lower)) perfect = lower === "hasn't" || lower === "haven't";
  else if (lower === 'not' || lower === 'never') {
    const before = plain(words[i - 1]?.lower ?? '');
    if (EVENT_AUXILIARIES.has(before)) perfect = before !== 'did' && before !== 'does' && before !== 'do';
    // "we never dropped a release": "never" with a past form and no auxiliary.
    else if (lower === 'never' && isPastForm(words[i + 1]?.lower ?? '')) perfect = false;
    else return undefined;
  } else return undefined;
  let verb = i + 1;
  if (words[verb]?.lower === 'once' || words[verb]?.lower === 'even' || words[verb]?.lower === 'ever') verb++;
  return verb < words.length ? { verb, perfect } : undefined;
}

/** Is there a countable object ("a release", "any customers", "a single shift") within a word or two after `verb`? */
export function countableObject(words: readonly Token[], verb: number): boolean {
  // "didn't drop a release", "never let a call go unanswered"; a particle between: "didn't turn away a patient".
  for (let k = verb + 1; k <= verb + 2 && k < words.length; k++) {
    if (!ANY_ONE.has(words[k].lower)) continue;
    const noun = words[k + 1]?.lower === 'single' ? k + 2 : k + 1;
    return noun < words.length && /^\p{L}/u.test(words[noun].text);
  }
  return false;
}

/** A period anywhere after word `from`, an opening period before word `i`, or a marker of the time after the work. */
function periodAround(words: readonly Token[], i: number, from: number): boolean {
  if (i > 0 && periodFrom(words, 0, i)) return true;
  for (let k = from; k < words.length; k++) if (periodFrom(words, k) || AFTER_THE_WORK.has(words[k].lower)) return true;
  return false;
}

/** The word ending a count of none told by a negated verb at `i` (see the file comment), or -1. */
export function negatedCountEnd(words: readonly Token[], tokens: readonly Token[], i: number): number {
  const lower = plain(words[i].lower);
  // "VAT returns are never late now": a trouble state never reached, after the work.
  if (
    lower === 'never' &&
    STATE_COPULAS.has(words[i - 1]?.lower ?? '') &&
    TROUBLE_STATES.has(words[i + 1]?.lower ?? '')
  )
    return periodAround(words, i, i + 2) ? i + 1 : -1;
  const found = negatedVerb(words, i);
  if (found === undefined) return -1;
  // The writer alone as the subject tells their own lack or record ("I haven't failed an inspection
  // since"), as in none-since-outcomes.ts, not the team's result.
  for (let k = 0; k < i; k++) if (words[k].lower === 'i' || plain(words[k].lower) === "i've") return -1;
  let { verb } = found;
  // "haven't double-booked": the hyphenated verb's head is its last part.
  while (tokens.some((t) => t.start === words[verb].end && t.text === '-') && verb + 1 < words.length) verb++;
  const v = words[verb].lower;
  if (STATIVE.has(v) || STANCE_VERBS.has(v)) return -1;
  if (countableObject(words, verb)) return periodAround(words, i, verb + 1) ? verb : -1;
  // "We haven't double-booked since March": a perfect's own event, with no object, right before the
  // marker. Not a change ("sales haven't grown since"): a lack of change is no count.
  const marker = words[verb + 1]?.lower;
  if (found.perfect && isPastForm(v) && !isChange(v) && (marker === 'since' || marker === 'again')) return verb;
  // "we haven't run short on a saturday since march", "the site hasn't gone down since": a perfect of
  // going into a trouble state, with the period after it, counts the times it did not happen.
  if (found.perfect && TROUBLE_STATES.has(marker ?? '') && periodAround(words, i, verb + 2)) return verb + 1;
  return -1;
}

/** Negations that can open a count of none told by a verb. */
const NEGATION_WORDS = ['not', 'never', ...FUSED_EVENT_NEGATIONS, 'didn’t', 'doesn’t', 'don’t', 'hasn’t', 'haven’t'];

/** A count of none told by a negated verb (see the file comment): a state outcome that is a count of none. */
export const NEGATED_COUNT_RULE: CueRule = {
  name: 'negated-count',
  words: NEGATION_WORDS,
  match({ tokens, words, cues, i, w }) {
    const end = negatedCountEnd(words, tokens, i);
    if (end < 0) return false;
    addCue(cues, w, words[end], 'state');
    cues[cues.length - 1].zeroCount = true;
    return true;
  },
};
