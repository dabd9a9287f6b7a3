// What the people a writer developed did afterwards: "Mentored 3 analysts, two promoted within a
// year", "Coached 9 SDRs, four of whom made AE", "Both interns I mentored got return offers",
// "Mentored a junior data scientist who went on to lead the churn model". RUBRIC-NOTES: the people
// a writer hired, trained, coached or mentored are a count of the work, and their promotions are an
// outcome. Read by shape, not by phrase: a step of growth (GROWTH_STEPS, or an offer received, or
// leading "now") whose subject points back at counted people ("two", "both of them", "11 of whom",
// "who"), in a sentence with a verb that develops people. Where the people merely are or what they did
// as part of the coaching ("two of whom were transfers", "two shadowed my calls") names no growth.
// A post reached ("who became chef de partie", "have since become managers") and a place taken for
// good ("two of whom joined full-time") are steps of growth too; the people the writer led ("two of
// my reports") are people the writer developed, as the mentored are.
import type { Token } from '../language/tokenize';
import { ROLE_NOUNS } from '../lines/title-lines';
import {
  CLAUSE_END_MARKS,
  DEVELOPING_VERBS,
  GROWTH_LATER,
  GROWTH_NOUNS,
  GROWTH_RECEIVING,
  GROWTH_STEPS,
  HELPING_VERBS,
  LIFE_PLACES,
  LED_PEOPLE,
  NEGATIONS,
  PEOPLE_GROUPS,
  PERMANENT_PLACES,
  PEOPLE_BACK_REFERENCES,
  TRAINED_THINGS,
} from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { addCue, type CueRule } from './outcome-scan';
import { PARTY, inParty, isPartyWord } from '../voices/party-kinds';

/** Is the word at `i` a step of growth a person takes ("promoted", "got … offers", "made AE", "now lead")? */
function growthAt(words: Token[], i: number): boolean {
  const lower = words[i].lower;
  const next = words[i + 1]?.lower;
  if (GROWTH_STEPS.has(lower)) return next !== 'over' && next !== 'on' && next !== 'up'; // "passed over", "passed on"
  if (GROWTH_RECEIVING.has(lower)) {
    for (let k = i + 1; k < words.length && k <= i + 3; k++) if (GROWTH_NOUNS.has(words[k].lower)) return true;
    return false;
  }
  switch (lower) {
    case 'made': // "made AE", "made President's Club": a title or a club, named
      return next !== undefined && /^[A-Z]/.test(words[i + 1].text);
    case 'went':
      return next === 'on' && words[i + 2]?.lower === 'to';
    case 'moved':
      return next === 'up';
    case 'came':
      return next === 'back';
    case 'returned':
    case 'stayed':
      return true;
    case 'became':
    case 'become':
      return postAhead(words, i);
    case 'joined':
      return words.slice(i + 1, i + 4).some((x) => PERMANENT_PLACES.has(x.lower));
  }
  const prev = words[i - 1]?.lower;
  return GROWTH_LATER.has(lower) && (prev === 'now' || prev === 'later');
}

/**
 * A post named within three words after "became": "became chef de partie", "have since become
 * managers", "became senior engineers". Not a state or another kind of person ("became parents",
 * "became frustrated", "became the first users").
 */
function postAhead(words: Token[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + 3; k++) if (ROLE_NOUNS.has(words[k].lower)) return true;
  return false;
}

/** Does a clause start at word `k`: the sentence's start, a clause mark before it, "and", or a relative "who"? */
function clauseStartsAt(tokens: Token[], words: Token[], k: number): boolean {
  if (k === 0 || words[k].lower === 'who' || words[k - 1].lower === 'and') return true;
  const from = words[k - 1].end;
  const to = words[k].start;
  return tokens.some((t) => t.start >= from && t.start < to && t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text));
}

/** Does the word point back at people already counted: a number, "both", "all", "who"? */
function isBackReference(w: Token): boolean {
  return w.kind === 'number' || PEOPLE_BACK_REFERENCES.has(w.lower) || numberWordValue(w.lower) !== undefined;
}

/** The subject of the growth verb at `i` when it points back at counted people, or -1 (also when negated). */
function backReference(tokens: Token[], words: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const l = words[k].lower;
    if (NEGATIONS.has(l) || l.endsWith("n't")) return -1;
    if (isBackReference(words[k]) && clauseStartsAt(tokens, words, k)) return k;
  }
  return -1;
}

/** Are the counted people at `head` the writer's own ("two of my reports", "three of our juniors")? */
function ledPeople(words: Token[], head: number): boolean {
  if (words[head + 1]?.lower !== 'of' || !/^(my|our)$/.test(words[head + 2]?.lower ?? '')) return false;
  for (let k = head + 3; k < words.length && k <= head + 5; k++) {
    const l = words[k].lower;
    if (LED_PEOPLE.has(l) || PEOPLE_GROUPS.has(l)) return true;
  }
  return false;
}

/** Does a verb that develops people stand before `i` ("mentored", "coached", "hired"; not "trained 3 models")? */
function developedBefore(words: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const lemma = DEVELOPING_VERBS.lemmaOf(words[k].lower);
    if (lemma === undefined) continue;
    if (lemma === 'train' && words.slice(k + 1, k + 5).some((x) => TRAINED_THINGS.has(x.lower))) continue;
    return true;
  }
  return false;
}

/** The people a writer developed, grown: "two promoted within a year", "three of whom made AE", "who went on to lead". */
export const MENTEE_GREW_RULE: CueRule = {
  name: 'mentee-grew',
  words: ['made', 'went', 'moved', 'came', 'returned', 'stayed', 'became', 'become', 'joined'],
  lemmas: [GROWTH_STEPS, GROWTH_RECEIVING, GROWTH_LATER],
  match({ tokens, words, cues, i, w }) {
    if (!growthAt(words, i)) return false;
    const head = backReference(tokens, words, i);
    if (head < 0 || !(developedBefore(words, i) || ledPeople(words, head))) return false;
    addCue(cues, w, w, 'effect');
    return true;
  },
};

/** Verbs people do on their way to a place, between the helped people and "back"/"into": "get", "go", "move". */
const ON_THEIR_WAY = new Set(['get', 'go', 'move', 'come', 'return', 'to']);
/** Words between "into"/"to" and the place: "into full-time work", "back to their homes", "into paid employment". */
const PLACE_FILLERS = new Set([
  'full-time',
  'full',
  'time',
  'part-time',
  'paid',
  'their',
  'his',
  'her',
  'a',
  'the',
  'stable',
  'secure',
  'further',
]);

/**
 * "Helped 12 clients into work", "helped two trainees get back to work", "got three of my learners back into
 * college": people the writer helped, in a new place in their lives (LIFE_PLACES) — their state after the work.
 * A past form of a helping verb, people as its object within five words (a party, the served, a plural of a person
 * noun, "of my …"), an optional verb of going and "back", then "into"/"to" and the place two words on at most.
 * "helped the driver back into the cab" names no place of a life; "to help them into work" (no past) a purpose.
 */
export const HELPED_INTO_RULE: CueRule = {
  name: 'helped-into',
  lemmas: [HELPING_VERBS],
  match({ words, cues, i, w, lower }) {
    const lemma = HELPING_VERBS.lemmaOf(lower);
    if (lemma === undefined || lower === lemma || lower.endsWith('s') || lower.endsWith('ing')) return false;
    let people = -1;
    let k = i + 1;
    for (; k < words.length && k <= i + 5; k++) {
      const l = words[k].lower;
      if (l === 'back' || l === 'into' || (people >= 0 && ON_THEIR_WAY.has(l))) break;
      if (isPartyWord(l) || inParty(l, PARTY.served | PARTY.peoplePlural | PARTY.objectPronouns) || LED_PEOPLE.has(l))
        people = k;
    }
    if (people < 0) return false;
    while (k < words.length && ON_THEIR_WAY.has(words[k].lower) && words[k].lower !== 'to') k++;
    if (words[k]?.lower === 'back') k++;
    if (words[k]?.lower !== 'into' && words[k]?.lower !== 'to') return false;
    for (let j = k + 1; j < words.length && j <= k + 3; j++) {
      if (LIFE_PLACES.has(words[j].lower)) {
        addCue(cues, w, words[j], 'effect');
        return true;
      }
      if (!PLACE_FILLERS.has(words[j].lower)) return false;
    }
    return false;
  },
};
