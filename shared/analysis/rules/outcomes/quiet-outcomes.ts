// Outcomes told without a change word: a problem that stopped or went away ("on-call stopped
// paging", "release-day breakages disappeared", "missed invoices became a thing of the past"),
// nobody needing to act any more ("nobody was paged", "no one had to babysit the batch"), the work
// still in use ("the playbook the team still uses"), something kept going ("kept orders flowing
// when the provider went down") and a way opened ("opened the door to …"). Each reading starts at
// one trigger word, so findOutcomeCues skips every other word with one lookup.
import type { Token } from '../language/tokenize';
import type { OutcomeKind } from './outcome-types';
import {
  FAILING,
  FIRST_PERSON,
  KEEP,
  KEPT_GOING,
  NOBODY_AUX,
  NOBODY_VERBS,
  OUTGROWN_THINGS,
  VANISH,
} from '../language/lexicon';
import { isTroubleWord, troubleBefore } from './outcome-scan';
import { writerActsBefore } from '../voices/clause-actors';
import { isPartyWord } from '../voices/party-kinds';

/** Words after an intransitive "stopped" ("the refunds stopped that week", "complaints stopped after the fix"). */
const AFTER_STOPPING = new Set([
  'after',
  'that',
  'within',
  'once',
  'when',
  'in',
  'by',
  'for',
  'overnight',
  'completely',
  'altogether',
  'entirely',
  'almost',
  'and',
  'soon',
  'right',
  'immediately',
]);
/** Verbs before "down" that tell a trouble dying out: "the scraping died down". */
const DIED = new Set(['died', 'calmed', 'quieted', 'settled']);
/** Verbs before "away" and copulas before "gone": "the pages went away", "the backlog was gone". */
const WENT = new Set(['went', 'gone', 'go', 'goes']);
const WAS = new Set(['was', 'were', 'is', 'are', "'s", 'been']);

/** Words that can start a reading below. */
export const QUIET_TRIGGERS: ReadonlySet<string> = new Set([
  'stopped',
  'stop',
  'stops',
  'away',
  'down',
  'gone',
  ...VANISH,
  'past',
  'nobody',
  'one',
  'still',
  ...KEEP,
  'opened',
  'opening',
  'paved',
]);

export interface QuietCue {
  kind: OutcomeKind;
  /** Index of the last word of the cue. */
  to: number;
  zeroCount?: boolean;
}

/** The outcome told without a change word at word `i`, if any. */
/** Words that make a thing kept going a second one beside the new: "in parallel", "alongside", "as a fallback". */
const REDUNDANCY_WORDS = new Set(['parallel', 'alongside', 'fallback', 'backup', 'side', 'safety']);

/**
 * "kept the old engine running in parallel", "kept the legacy API alive alongside v2": the writer's
 * arrangement during a change, not a service kept up through a strain. Told by an outgrown thing kept, or
 * a redundancy word within the clause after it.
 */
function keptAsRedundancy(words: Token[], keep: number, going: number): boolean {
  for (let k = keep + 1; k < going; k++)
    if (OUTGROWN_THINGS.has(words[k].lower) || words[k].lower === 'existing' || words[k].lower === 'previous')
      return true;
  for (let k = going + 1; k < words.length && k <= going + 5; k++)
    if (REDUNDANCY_WORDS.has(words[k].lower)) return true;
  return false;
}

export function quietOutcome(words: Token[], i: number): QuietCue | undefined {
  const lower = words[i].lower;
  const prev = words[i - 1]?.lower;
  const next = words[i + 1]?.lower;
  if (lower === 'stopped' || lower === 'stop' || lower === 'stops') {
    // "on-call stopped paging", "customers stopped asking for exports" (not "I stopped …", "it stopped working").
    if (prev === undefined || FIRST_PERSON.has(prev) || prev === 'to') return undefined;
    // "the double bookings stopped after that": a trouble as the subject of an intransitive "stopped".
    if ((next === undefined || AFTER_STOPPING.has(next)) && lower === 'stopped' && troubleBefore(words, i))
      return { kind: 'state', to: i };
    if (lower === 'stopped' && intransitiveEnd(words, i) && endedSubject(words, i)) return { kind: 'state', to: i };
    if (next === undefined || !next.endsWith('ing') || next.length < 6 || FAILING.has(next)) return undefined;
    return { kind: 'state', to: i + 1 };
  }
  // "the 3 a.m. pages went away", "the scraping died down", "the backlog was gone": a trouble ended.
  if (
    (lower === 'away' && prev !== undefined && WENT.has(prev)) ||
    (lower === 'down' && prev !== undefined && DIED.has(prev)) ||
    (lower === 'gone' && prev !== undefined && WAS.has(prev))
  ) {
    if (troubleBefore(words, i - 1)) return { kind: 'state', to: i };
    return lower === 'gone' && thingEndedAfter(words, i - 1, i) ? { kind: 'state', to: i } : undefined;
  }
  // "the stale alerts were largely gone", "timeouts gone within a day": a degree word before "gone", or no copula.
  if (lower === 'gone') {
    const before = pastDegreeWords(words, i);
    if (before < 0 || FIRST_PERSON.has(words[before].lower)) return undefined;
    const copula = WAS.has(words[before].lower);
    if (!copula && before === i - 1 && !(before === 0 || isTroubleWord(words[before].lower))) return undefined;
    if (troubleBefore(words, copula ? before : before + 1)) return { kind: 'state', to: i };
    return copula && thingEndedAfter(words, before, i) ? { kind: 'state', to: i } : undefined;
  }
  if (VANISH.has(lower)) {
    // "release-day breakages disappeared": a problem as the subject.
    if (troubleBefore(words, i)) return { kind: 'state', to: i };
    const before = pastDegreeWords(words, i);
    return before >= 0 && thingEndedAfter(words, WAS.has(words[before].lower) ? before : before + 1, i)
      ? { kind: 'state', to: i }
      : undefined;
  }
  if (lower === 'past') {
    // "became a thing of the past"
    return prev === 'the' && words[i - 2]?.lower === 'of' && words[i - 3]?.lower === 'thing'
      ? { kind: 'state', to: i }
      : undefined;
  }
  if (lower === 'nobody' || (lower === 'one' && prev === 'no')) {
    let k = i + 1;
    if (words[k]?.lower === 'else' || words[k]?.lower === 'ever') k++;
    const v = words[k]?.lower;
    if (v === undefined) return undefined;
    if (NOBODY_VERBS.has(v)) return { kind: 'state', to: k, zeroCount: v !== 'noticed' && !lackFelt(words, k) };
    if (!NOBODY_AUX.has(v)) return undefined;
    const w = words[k + 1]?.lower;
    if (w === 'to') return { kind: 'state', to: k + 1 }; // "nobody had to babysit the batch"
    if (w !== undefined && (NOBODY_VERBS.has(w) || w === 'woken' || w === 'blocked' || w === 'interrupted'))
      return { kind: 'state', to: k + 1, zeroCount: true }; // "nobody was paged"
    return undefined;
  }
  if (lower === 'still') {
    // "the playbook the team still uses", "still in use".
    if (prev !== undefined && FIRST_PERSON.has(prev)) return undefined;
    if (next === 'uses' || next === 'use' || next === 'used' || next === 'relies' || next === 'rely')
      return { kind: 'adoption', to: i + 1 };
    if (next === 'in' && words[i + 2]?.lower === 'use') return { kind: 'adoption', to: i + 2 };
    return undefined;
  }
  if (KEEP.has(lower)) {
    // "kept orders flowing when the provider went down": something kept going through a risk.
    for (let k = i + 2; k < words.length && k <= i + 5; k++)
      if (KEPT_GOING.has(words[k].lower)) return keptAsRedundancy(words, i, k) ? undefined : { kind: 'benefit', to: k };
    return undefined;
  }
  if (lower === 'opened' || lower === 'opening' || lower === 'paved') {
    // "opened the door to", "paved the way for"
    const object = words[i + 2]?.lower;
    return next === 'the' && (object === 'door' || object === 'way') ? { kind: 'effect', to: i + 2 } : undefined;
  }
  return undefined;
}

/**
 * Whether a lower-case word looks like a plural noun able to be a subject ("reruns", "handovers"): three
 * letters or more before an "-s" that is no "-ss", "-us" or possessive. Shared by the end-verb and
 * "now"-verb readings, which both tell a result from a plural subject.
 */
export function looksPluralSubject(lower: string): boolean {
  return /^[a-z][a-z-]{2,}[^su'’]s$/.test(lower);
}

/** Degree and hedge words between a subject and its end verb: "basically stopped", "mostly gone", "all but". */
const DEGREE_WORDS = new Set(['almost', 'just', 'pretty', 'much', 'all', 'but', 'nearly', 'more', 'or', 'less']);

/** Words that anchor an end to the time after the writer's act: "after the change", "since", "now", "anymore". */
const AFTER_ANCHORS = new Set(['after', 'afterwards', 'since', 'now', 'anymore', 'overnight']);
/** Past perfects and people: "had disappeared" is the background, and a person gone has left. */
const NOT_ENDED_SUBJECTS = new Set(['had', 'he', 'she', 'they', 'who', 'everyone', 'everybody']);

/**
 * A thing that is no trouble by its word, gone or vanished after the act: "the morning queue at reception
 * disappeared after the online check-in", "the queue is practically disappeared", "the paper forms are
 * gone now". The subject (the words of the clause before the verb, `verb` its first verb word) names no
 * person or party ("the original author was gone"), and the sentence anchors the end to the after: an
 * after word or a present copula or perfect ("is disappeared", "are gone", "has vanished"). The writer's
 * act earlier in the line alone is no anchor: it added a false outcome on real résumé lines.
 */
function thingEndedAfter(words: Token[], verb: number, end: number): boolean {
  let start = verb;
  while (start > 0 && verb - start < 8 && !CLAUSE_JOINS.has(words[start - 1].lower)) start--;
  if (start === verb) return false;
  for (let k = start; k <= verb; k++) {
    const l = words[k].lower;
    if (NOT_ENDED_SUBJECTS.has(l) || FIRST_PERSON.has(l) || isPartyWord(l)) return false;
  }
  const link = words[verb].lower;
  const aux = words[verb - 1]?.lower;
  if (link === 'is' || link === 'are' || link === "'s" || aux === 'has' || aux === 'have') return true;
  for (let k = 0; k < words.length; k++) if (k !== end && AFTER_ANCHORS.has(words[k].lower)) return true;
  return false;
}
/** Words that open a clause: the subject of an end starts after them. */
const CLAUSE_JOINS = new Set(['and', 'but', 'so', 'after', 'when', 'since', 'this', 'that', 'then']);

/** The index of the word before `i` past any degree words ("basically", "mostly", "pretty much"), or -1. */
function pastDegreeWords(words: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (DEGREE_WORDS.has(words[k].lower) || /^[a-z]{4,}ly$/.test(words[k].lower))) k--;
  return k;
}

/** Words after an intransitive end that open a time: "stopped the same week", "stopped the next day". */
const TIME_AFTER_THE = new Set(['same', 'next', 'following', 'first']);

/**
 * Whether an end verb at `i` has no object: nothing after it, a word of the time after
 * (AFTER_STOPPING), a manner adverb ("stopped completely"), or "the same/next …" ("stopped the same
 * week"). "stopped the rollout" has an object: the writer's act, not a trouble ending.
 */
function intransitiveEnd(words: Token[], i: number): boolean {
  const next = words[i + 1]?.lower;
  if (next === undefined || AFTER_STOPPING.has(next) || /^[a-z]{3,}ly$/.test(next)) return true;
  return next === 'the' && TIME_AFTER_THE.has(words[i + 2]?.lower ?? '');
}

/**
 * The subject of an intransitive end verb at `i` is a trouble or a count of things: past degree words
 * ("billing tickets pretty much stopped"), a plural noun right before ("the chargebacks stopped"), or a trouble
 * word up to six words back ("the complaints from the night team largely stopped"). A plural subject of
 * "stopped" with no object tells things that kept happening and no longer do; a person ("I", "we") or
 * a single thing ("the project stopped") is passed over.
 */
function endedSubject(words: Token[], i: number): boolean {
  const head = pastDegreeWords(words, i);
  if (head < 0) return false;
  for (let k = head; k >= 0 && k >= head - 5; k--) if (isTroubleWord(words[k].lower)) return true;
  // A plural of any other thing only after the writer's own act in an earlier clause ("Fixed the lock;
  // reruns for it stopped the next day", "Moved us to one form; the callbacks pretty much stopped"):
  // alone, "the trucks stopped completely" or "the funds stopped in March" tells no result.
  const plural = (w: string) => looksPluralSubject(w) && !FIRST_PERSON.has(w);
  // "reruns for it stopped": a plural head before a short "for"/"on" phrase.
  const subject = plural(words[head].lower)
    ? head
    : (words[head - 1]?.lower === 'for' || words[head - 1]?.lower === 'on') &&
        head >= 2 &&
        plural(words[head - 2].lower)
      ? head - 2
      : -1;
  return subject > 1 && writerActsBefore(words, subject);
}

/** Verbs after "nobody" that can tell a lack felt rather than events that did not happen. */
const LACK_VERBS = new Set(['missed', 'lost']);
/** Objects that name a thing already there: "nobody missed the old report", "nobody lost it". */
const DEFINITE_OBJECTS = new Set(['the', 'it', 'them', 'that', 'this', 'those', 'these']);

/**
 * "nobody missed the old pages": with a definite object, "missed" tells that nobody felt its lack, and
 * counts no events; "nobody missed a dose" counts none of them (RUBRIC.md, zero counts).
 */
function lackFelt(words: Token[], k: number): boolean {
  return LACK_VERBS.has(words[k].lower) && DEFINITE_OBJECTS.has(words[k + 1]?.lower ?? '');
}
