// A count of none told by its subject: "Nobody left the rota that year", "none of the 8 clients broke
// in the cutover", "No one on the ward waited past the hour all winter", "Nothing has sat on the dock
// overnight since April", and the elliptical "One failed load in April, none since". RUBRIC.md counts
// zero counts as metrics (and usually outcomes) whatever is counted; zero-over-period.ts reads the count
// in the object ("not one stockout in Q4"), this reads it as a negative pronoun or partitive subject
// ("nobody", "no one", "none (of …)", "nothing", "not one of …") whose verb tells an event, followed
// or preceded by the period the count runs over. Without a period it is the setup ("Nobody knew why",
// "none of the options fit", "No one owned the queue"); a verb of knowing, owning or suiting tells a
// state, not events that did not happen, so it counts nothing even with a period. Two shapes count
// with no period, in any clause: an event with a countable object ("…, and nobody reported a wrong
// amount", "none of them needed a hospital stay") and a partitive of a counted group with a trouble's
// own event ("none of the 8 clients broke"); the setup keeps no such object ("nobody answered", "no
// one owned the queue").
import type { Token } from '../language/tokenize';
import { addCue, type CueRule } from '../outcomes/outcome-scan';
import { IRREGULAR_PAST, STATIVE, isPastForm } from '../language/verbs';
import { CLAUSE_OPENER_CORE, clauseOpeners, irregularBase, lemmaSet } from '../language/lexicon';
import { periodFrom } from './zero-over-period';
import { countableObject } from './negated-counts';
import { IRREGULAR_TROUBLE_EVENTS, TROUBLE_EVENTS } from '../outcomes/none-since-outcomes';

/**
 * Words that open a clause before its subject: "…, and nobody was paged", "so none of them". Without the
 * subordinators of background and reason ("because nobody was on call", "until no one …", "while none …",
 * "before anyone …"): a zero there is the setting or the cause, not what the work brought; taking them in
 * moves an outcome in the written stories.
 */
const CLAUSE_OPENERS = clauseOpeners(
  'zero-subject-clause-openers',
  [CLAUSE_OPENER_CORE, ['yet', 'now']],
  ['while', 'before', 'until', 'because'],
);
/** Auxiliaries between the subject and its verb: "nobody has left", "no one was sick", "none of them had to". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'did', 'does', 'got', 'ever', 'even']);
/** Adjectives of a trouble after "was/were": "nobody was sick", "no one was late", "nothing was lost". */
const TROUBLE_STATES = new Set(['sick', 'late', 'ill', 'injured', 'hurt', 'absent', 'off', 'short', 'overdrawn']);
/**
 * Verbs that tell a state of the setup, not an event that did not happen: "nobody knew why", "none of
 * the tools fit", "no one owned it", "nobody cared". Matched by lemma.
 */
const STATE_VERBS = lemmaSet('zero-subject-state-verbs', [
  'know',
  'own',
  'fit',
  'suit',
  'match',
  'care',
  'understand',
  'trust',
  'use',
  'want',
  'like',
  'agree',
  'seem',
  'mind',
  'remember',
  'expect',
  'believe',
  'think',
  'bother',
  'track',
  'read',
  'look',
  'notice',
  'see',
]);
/** Subjects of a relative clause inside the negative subject's phrase. */
const RELATIVE_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'who', 'that', 'which']);

/** Is the word at `i` at a subject's place: the sentence's start, after a comma or a clause opener, or after an opening period? */
function atSubjectPlace(tokens: readonly Token[], words: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = words[i - 1];
  if (CLAUSE_OPENERS.has(prev.lower)) return true;
  // "…, none of the 8 clients broke", "In the spring term, nobody failed": a mark between.
  if (
    tokens.some((t) => t.kind === 'symbol' && t.start >= prev.end && t.end <= words[i].start && /[,;:—–-]/.test(t.text))
  )
    return true;
  // "That winter no one waited", "In the spring practical nobody failed": an opening period.
  return periodFrom(words, 0, i);
}

/** Words in "-en" after "been" that are no participle: "been open", "been often", "been even". */
const NOT_PARTICIPLES = new Set(['open', 'often', 'even', 'seen']);

/** "woken", "bitten", "stolen", "forgotten": an irregular participle in "-en" (not "been" itself). */
function isEnParticiple(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('en') && !lower.endsWith('een') && !NOT_PARTICIPLES.has(lower);
}

/** The index of the negative subject's verb: past the pronoun, "of …" or a place ("in the group"), and auxiliaries; or -1. */
function verbAfterSubject(words: readonly Token[], from: number): number {
  // "none of the vendors we called in March": a pronoun in the subject opens a relative clause, whose verb is not the subject's.
  let relative = false;
  for (let k = from; k < words.length && k <= from + 8; k++) {
    const l = words[k].lower;
    if (RELATIVE_SUBJECTS.has(l)) relative = true;
    if (AUXILIARIES.has(l) || l === 'not' || RELATIVE_SUBJECTS.has(l)) continue;
    if (l === 'been' && TROUBLE_STATES.has(words[k + 1]?.lower ?? '')) return k + 1;
    // "nobody has been woken up since June", "nothing has been stolen": the passive's participle in "-en",
    // which the past-form test does not know.
    if (l === 'been' && isEnParticiple(words[k + 1]?.lower ?? '')) return k + 1;
    if (l === 'been') continue;
    if (TROUBLE_STATES.has(l) && AUXILIARIES.has(words[k - 1]?.lower ?? '')) return k;
    if (STATIVE.has(l) || STATE_VERBS.has(l)) return -1;
    if (!(isPastForm(l) || IRREGULAR_PAST.has(l) || irregularBase(l) !== undefined)) continue;
    // "Nobody had touched the scripts since 2019": a past perfect tells the setup before the work.
    if (!relative && words[k - 1]?.lower === 'had') return -1;
    if (!relative) return k;
    relative = false;
  }
  return -1;
}

/**
 * A period within eight words after the verb, or an objectless "since" ("has complained … since"). Not
 * "anymore" or "again" ("Nobody gets paged for it anymore"): a habit ended, a state, not a count.
 */
function periodAfter(words: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < words.length && k <= verb + 8; k++) {
    if (periodFrom(words, k)) return true;
    if (words[k].lower === 'since') return true;
  }
  return false;
}

/** The word just past the negative pronoun at `i` ("nobody", "no one", "none", "nothing", "not one of"), or -1. */
function pastPronoun(words: readonly Token[], i: number): number {
  const lower = words[i].lower;
  const next = words[i + 1]?.lower;
  if (lower === 'nobody' || lower === 'nothing' || lower === 'none') return i + 1;
  if (lower === 'no' && next === 'one') return i + 2;
  if (lower === 'not' && next === 'one' && words[i + 2]?.lower === 'of') return i + 2;
  return -1;
}

/** Auxiliaries after a "no <noun>" subject that tell an event since, or in, a period: not "had" (the background). */
const NOUN_SUBJECT_AUXILIARIES = new Set(['has', 'have', 'was', 'were']);

/**
 * "No public bucket has been found since go-live", "No bank has timed us out since April", "Not a single
 * order was lost in Q4": a negative determiner with a short noun phrase as the subject counts none as the
 * pronoun "nobody" does. Gives the index of the auxiliary after the noun phrase, or -1; a past perfect
 * ("No engineer had touched it since 2019") is the setup, not a count.
 */
function pastNounSubject(words: readonly Token[], i: number): number {
  const lower = words[i].lower;
  let k: number;
  if (lower === 'no' && words[i + 1]?.lower !== 'one') k = i + 1;
  else if (lower === 'not' && words[i + 1]?.lower === 'a' && words[i + 2]?.lower === 'single') k = i + 3;
  else return -1;
  const first = k;
  for (; k < words.length && k < first + 4; k++) {
    const l = words[k].lower;
    if (NOUN_SUBJECT_AUXILIARIES.has(l)) return k > first ? k : -1;
    if (AUXILIARIES.has(l) || l === 'not' || isPastForm(l) || IRREGULAR_PAST.has(l) || RELATIVE_SUBJECTS.has(l))
      return -1;
  }
  return -1;
}

/**
 * An event that counts with no period: a countable object after the verb ("nobody reported a wrong
 * amount"), or "none of" a group whose own trouble the verb tells ("none of the 8 clients broke").
 */
function countedEvent(words: readonly Token[], after: number, verb: number): boolean {
  if (countableObject(words, verb)) return true;
  const v = words[verb].lower;
  return words[after]?.lower === 'of' && (TROUBLE_EVENTS.has(v) || IRREGULAR_TROUBLE_EVENTS.has(v));
}

/** A count of none told by a negative subject (see the file comment). */
export const ZERO_SUBJECT_RULE: CueRule = {
  name: 'zero-subject',
  words: ['nobody', 'nothing', 'none', 'no', 'not'],
  match({ tokens, words, cues, i, w, periodGiven }) {
    const noun = pastNounSubject(words, i);
    const after = noun >= 0 ? noun : pastPronoun(words, i);
    if (after < 0 || !atSubjectPlace(tokens, words, i)) return false;
    // "One failed load in April, none since", "none in the year after": the count of none with its period, no verb.
    if (w.lower === 'none' && words[after]?.lower !== 'of') {
      const since = words[after]?.lower === 'since';
      if (!since && !periodFrom(words, after)) return false;
      addCue(cues, w, words[since ? after : after - 1], 'state');
      cues[cues.length - 1].zeroCount = true;
      return true;
    }
    const verb = verbAfterSubject(words, after);
    if (verb < 0) return false;
    // In a Result the section gives the period (CueScan.periodGiven): "…, and none of the buyers pulled out".
    if (
      periodGiven !== true &&
      !(i > 0 && periodFrom(words, 0, i)) &&
      !periodAfter(words, verb) &&
      !countedEvent(words, after, verb)
    )
      return false;
    addCue(cues, w, words[verb], 'state');
    cues[cues.length - 1].zeroCount = true;
    return true;
  },
};
