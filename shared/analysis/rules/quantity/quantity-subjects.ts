// A count that is the subject of what others did with the work: "Three other teams adopted the
// checklist", "40 customers signed up in the first week", "Two engineers I mentored were promoted".
// The count measures the result (RUBRIC-NOTES, populations versus results): a metric; a base that took
// the work up for good is scale too, a one-off act ("signed up", "attended") is not. Whether it is
// a Situation's context or a Task's goal is decided by the section (sentence-facts.ts), not here.
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { ADOPTED_ROLES, ONE_OFF_RESPONSE_VERBS, lemmaSet } from '../language/lexicon';
import { APPROXIMATORS } from './quantity-lexicon';
import { LATER_TAKE_UP_ADVERBS } from '../language/word-lists/adoption-words';
import { tokenIndexFrom } from './quantity-phrase';
import { isScaleNoun, isStaffNoun } from './scale';

/**
 * What others do with the work, or what happens to people because of it, as the verb of a counted subject:
 * taking it up for good, or the one-off responses of the lexicon ("come" only with "back", below).
 */
const TAKE_UP_VERBS = lemmaSet(
  'take-up-verbs',
  [
    'adopt',
    'copy',
    'use',
    'switch',
    'move',
    'migrate',
    'rely',
    'reuse',
    'roll',
    ...ONE_OFF_RESPONSE_VERBS.entries.filter((verb) => verb !== 'come'),
  ],
  // "a copy of the script" is a noun: "copy" takes up the work only inflected ("copied", "copies").
  ['copy'],
);

/** Take-up verbs that keep the work for good: "adopted", "copied", "use", "reused". */
const KEPT_UP = new Set(['adopt', 'copy', 'use', 'reuse']);

/** Verbs that take up the work only with a particle: "came back", "went live", "built on it". */
const PARTICLE_TAKE_UP: Readonly<Record<string, string>> = {
  came: 'back',
  come: 'back',
  went: 'live',
  go: 'live',
  built: 'on',
  build: 'on',
};

// Clause breaks end the search for the subject's verb.
const BREAKS = new Set([',', ';', ':', '.', '—', '(', 'but', 'because', 'so']);

/** Words after "join" that make the joiners people of the story ("joined me", "joined the team"). */
const STORY_OBJECTS = new Set(['me', 'us', 'my', 'our', 'the']);

/** Whether only approximators and markup stand between the clause start and token `at`. */
function opensClause(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k];
    if (w.text === ',' || w.text === ';' || w.text === ':') return true;
    if (w.kind === 'symbol' || APPROXIMATORS.has(w.lower)) continue;
    return false;
  }
  return true;
}

/** Whether the verb at token `k` says others took up the work. */
function takesUp(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  const particle = PARTICLE_TAKE_UP[w];
  if (particle !== undefined) return tokens[k + 1]?.lower === particle;
  if (!TAKE_UP_VERBS.has(w)) return false;
  // "used to", "using": a habit or a modifier, not taking the work up; "joined me": people of the story.
  if (w === 'used' && tokens[k + 1]?.lower === 'to') return false;
  if (TAKE_UP_VERBS.lemmaOf(w) === 'join' && STORY_OBJECTS.has(tokens[k + 1]?.lower ?? '')) {
    const next = tokens[k + 1].lower;
    if (next !== 'the' || tokens[k + 2]?.lower === 'team') return false;
  }
  return true;
}

/** Words that open the object of a verb: "run the same class", "use it", "follow our rota". */
const OBJECT_LEADS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'its', 'it', 'this', 'these', 'every', 'each']);

/** Is token `k` a word followed by the opening of its object ("run the …", "use it"), as a transitive verb is? */
function takesObjectAfter(tokens: Token[], k: number): boolean {
  const verb = tokens[k];
  if (verb === undefined || verb.kind !== 'word' || OBJECT_LEADS.has(verb.lower)) return false;
  return OBJECT_LEADS.has(tokens[k + 1]?.lower ?? '');
}

/** Adverbs that make "used by N" a base the work has reached: "is now used by four other teams". */
const REACHED_ADVERBS = new Set(['now', 'already', 'soon', 'quickly', 'eventually']);

/** Present verbs of a base served that "now" turns into a base reached: "now serves 9 teams". */
const NOW_SERVING = new Set(['serves', 'supports', 'covers', 'reaches', 'powers']);

/** Verbs whose passive agent took the work up for good: "adopted by 5 squads", "copied by two depots". */
const TAKE_UP_PARTICIPLES = lemmaSet('take-up-participles', ['adopt', 'reuse', 'embrace', 'copy']);

/** Participles that take the work up with "up" before "by": "picked up by", "taken up by". */
const PHRASAL_TAKE_UP = new Set(['picked', 'taken']);

/**
 * "…, later picked up by two neighbouring courts", "soon taken up by four schools": the counted agent of
 * a reduced passive of taking up, after an adverb of later time (not "traffic picked up by 3 points").
 */
function phrasalTakeUpAgent(tokens: Token[], q: Quantity, at: number): boolean {
  if (q.kind !== 'count' || q.head === undefined || isStaffNoun(q.head)) return false;
  let k = at - 1;
  while (k >= 0 && (APPROXIMATORS.has(tokens[k].lower) || AGENT_DETERMINERS.has(tokens[k].lower))) k--;
  if (tokens[k]?.lower !== 'by' || tokens[k - 1]?.lower !== 'up') return false;
  return PHRASAL_TAKE_UP.has(tokens[k - 2]?.lower ?? '') && LATER_TAKE_UP_ADVERBS.has(tokens[k - 3]?.lower ?? '');
}

/**
 * Words that may stand between "by" and the count of its agent: "adopted by all five teachers", "by
 * the other two squads".
 */
const AGENT_DETERMINERS = new Set(['all', 'the', 'other', 'both']);

/**
 * The agent of a passive take-up verb is the base the work reached (RUBRIC-NOTES, populations versus
 * results): "adopted by all five maths teachers", "copied by the two other wards", and the agents of
 * "used" after an adverb of a reached state ("now used by four other teams", "was soon used by 3
 * schools"). A bare "used by 3 kiosk apps" stays the context the work sits in.
 */
function reachedUsers(tokens: Token[], at: number, perTime: boolean): boolean {
  let k = at - 1;
  while (
    k >= 0 &&
    (tokens[k].kind === 'symbol' || APPROXIMATORS.has(tokens[k].lower) || AGENT_DETERMINERS.has(tokens[k].lower))
  )
    k--;
  // "the platform now serves 9 teams", "now covers 4 homes": a base the work has reached, told in the present.
  // A load per unit of time ("now serves 2M requests a day") is a system's throughput, the context only.
  if (NOW_SERVING.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'now') return !perTime;
  // "is now used on all four wards", "now used in six branches": the places the work reached, after an adverb of a reached state.
  if (USE_PLACES.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'used') return reachedAdverbBefore(tokens, k);
  if (tokens[k]?.lower !== 'by') return false;
  const participle = tokens[k - 1]?.lower ?? '';
  // A passive participle ("adopted", "copied"), not the base form of an imperative or an infinitive.
  if (participle.endsWith('ed') && TAKE_UP_PARTICIPLES.has(participle)) return true;
  if (participle !== 'used') return false;
  return reachedAdverbBefore(tokens, k);
}

/** Prepositions of the places a thing is used in: "used on all four wards", "used across 3 depots". */
const USE_PLACES = new Set(['on', 'in', 'across', 'at']);

/** Is there an adverb of a reached state ("now", "already") in the three words before "used" (at `k` - 1)? */
function reachedAdverbBefore(tokens: Token[], k: number): boolean {
  for (let a = k - 2; a >= 0 && a >= k - 4; a--) if (REACHED_ADVERBS.has(tokens[a].lower)) return true;
  return false;
}

/** ASCII letters, digits and "_": the word characters of `\b` in an expression without the u flag. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * The text holds the word "other" in any case, as `/\bother\b/i` finds it (a plain scan: asked of every
 * count, most of which hold no "other"). `c | 32` folds exactly an ASCII letter's two cases together.
 */
export function holdsOther(text: string): boolean {
  for (let i = 0; i + 5 <= text.length; i++) {
    if (
      (text.charCodeAt(i) | 32) !== 111 ||
      (text.charCodeAt(i + 1) | 32) !== 116 ||
      (text.charCodeAt(i + 2) | 32) !== 104 ||
      (text.charCodeAt(i + 3) | 32) !== 101 ||
      (text.charCodeAt(i + 4) | 32) !== 114
    )
      continue;
    if ((i === 0 || !isAsciiWordChar(text.charCodeAt(i - 1))) && !isAsciiWordChar(text.charCodeAt(i + 5))) return true;
  }
  return false;
}

/**
 * "Two other depots", "the other two wards": a count of peers of the writer's own unit. People ("the
 * other two engineers") are the story's own people, not units the work spread to.
 */
function isOtherPeers(tokens: Token[], q: Quantity, at: number): boolean {
  if (q.head === undefined || isStaffNoun(q.head)) return false;
  if (holdsOther(q.text)) return true;
  return tokens[at - 1]?.lower === 'other' && tokens[at - 2]?.lower === 'the';
}

/** Verbs that carry the work over to more units: "rolled it to all 12 doors", "funded it for the other 6 wards". */
const SPREAD_VERBS = lemmaSet('spread-verbs', ['roll', 'extend', 'spread', 'fund', 'expand', 'scale']);
/** Prepositions of the units the work was carried to. */
const SPREAD_PREPOSITIONS = new Set(['to', 'for', 'across']);

/**
 * "Site manager rolled it to all 12 doors", "the trust funded it for the other 6 wards", "made the
 * print standard for all three depots": the whole set of units (after "all" or "the other") the work
 * was carried to, with a verb of spreading or a role the work became ("standard", "default") before it
 * in the clause. The base the work reached sizes its context (RUBRIC-NOTES, populations versus
 * results): scale. A count of a listed scale noun ("all 3 regions") was scale already and stays no
 * metric; any other ("all 12 doors") keeps the metric its reach gives it.
 */
function spreadToAllUnits(tokens: Token[], q: Quantity, at: number): boolean {
  if (q.kind !== 'count' || q.head === undefined || isStaffNoun(q.head)) return false;
  let k = at - 1;
  let whole = false;
  while (k >= 0 && AGENT_DETERMINERS.has(tokens[k].lower)) {
    if (tokens[k].lower === 'all' || tokens[k].lower === 'other') whole = true;
    k--;
  }
  if (!whole || !SPREAD_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  for (let v = k - 1, words = 0; v >= 0 && words < 8; v--) {
    const w = tokens[v];
    if (BREAKS.has(w.lower)) return false;
    if (w.kind !== 'word') continue;
    words++;
    if (SPREAD_VERBS.has(w.lower) || ADOPTED_ROLES.has(w.lower)) return true;
  }
  return false;
}

/**
 * Marks counts that open a clause as the subject of a take-up verb (`adopters`), or are the agents of a
 * passive take-up verb, the base the work reached (`adopters` and `reached`).
 */
export function markCountedSubjects(tokens: Token[], quantities: Quantity[]): void {
  for (const q of quantities) {
    if ((q.kind !== 'count' && q.kind !== 'magnitude') || q.participants) continue;
    const at = tokenIndexFrom(tokens, q.start);
    if (!q.fromTo && phrasalTakeUpAgent(tokens, q, at)) {
      q.change = false;
      q.adopters = true;
      q.reached = true;
      continue;
    }
    if (q.change) continue;
    if (spreadToAllUnits(tokens, q, at)) {
      q.reached = true;
      // "all 12 doors": a count of units no list names was a count of the work's reach, and stays one.
      if (!isScaleNoun(q.head ?? '')) q.adopters = true;
    }
    // The agent of "adopted by" is a result too (quantity-record.ts); it is also the base reached.
    if (reachedUsers(tokens, at, q.perTime)) {
      q.adopters = true;
      if (q.kind === 'count' || q.kind === 'magnitude') q.reached = true;
      continue;
    }
    if (q.result) continue;
    // "The other two wards adopted the sheet": "the other" before the count still opens the clause.
    const peers = isOtherPeers(tokens, q, at);
    const opens = opensClause(tokens, at);
    if (!opens && !(peers && opensClause(tokens, at - 2))) continue;
    const from = tokenIndexFrom(tokens, q.end);
    for (let k = from, words = 0; k < tokens.length && words < 10; k++) {
      const w = tokens[k];
      if (BREAKS.has(w.lower)) break;
      if (w.kind !== 'word') continue;
      words++;
      // "Two other clinics now run the same class": a counted subject whose verb after "now" takes an
      // object has taken the work up, whatever the verb (a present state the work reached). An
      // adjective after "now" ("two engineers now comfortable enough") has no object.
      const now = w.lower === 'now' && takesObjectAfter(tokens, k + 1);
      if (takesUp(tokens, k) || now) {
        // "Two other depots copied the board", "the other two wards adopted it": peers of the writer's
        // own unit that took the work up for good are the base it reached, a size too (RUBRIC-NOTES,
        // populations versus results). After "the other" only such a verb makes the count a result.
        const forGood = now || KEPT_UP.has(TAKE_UP_VERBS.lemmaOf(w.lower) ?? '');
        if (!opens && !forGood) break;
        q.adopters = true;
        if (peers && forGood) q.reached = true;

        // "1,200 users joined the waitlist", "three customers came back": events the result produced,
        // a metric that sizes nothing (the same flag as accounts won).
        if (ONE_OFF_RESPONSE_VERBS.has(tokens[k].lower)) q.gained = true;
        break;
      }
    }
  }
}
