// In a Result, what happened is the writer's result whoever the grammatical subject is: "Deals
// stopped slipping", "The customer renewed their contract", "He agreed to start with the refactor",
// "Every lead now lives in one place". The same words in a Situation are context, and on a resume
// line they are someone else's doing, so this reading is for the Result only (sentence-facts.ts).
//
// A report is a main clause whose first verb tells an event or a reached state: a past verb, a
// present perfect, a past ability ("could keep selling"), a past copula ("the release was on time"),
// or any clause with "now". Not a report: present-tense description ("The client submits 1,000 a
// day"), a background past perfect ("had been delayed"), a belief or a wish ("thought", "wanted"),
// an explanation ("came from", "meant"), a definition ("The deciding argument was speed"), a lesson
// ("taught me …"), a hypothetical ("would"), and sentences about the writer's own state, which
// detectClaim has already judged.
//
// A state told in the present with a cue that it was reached ("again", "is happy with it", "love")
// is read by present-state.ts.
//
// This is the one reader of Result sentences: the claim (sentence-facts.ts), its outcome and the
// headerless splitter (story-segments.ts) all ask it whether a Result sentence reports an event.
import type { Token } from '../language/tokenize';
import {
  AS_OPENER,
  CHANGE_NEGATIONS,
  CONCESSIVE_SUBORDINATORS,
  DELIVERY_VERBS,
  EFFECT_VERBS,
  FIRST_PERSON,
  FIRST_PERSON_WORDS,
  IMPROVE_VERBS,
  OWN_ARTIFACT_LEADS,
  REMARK_PRONOUNS,
  TIME_REASON_SUBORDINATORS,
  WORK_NOUNS,
  clauseOpeners,
} from '../language/lexicon';
import { isGoodState } from './state-outcomes';
import { presentState } from './present-state';
import { AMBIGUOUS_PAST, IRREGULAR_PAST, SPEECH_PAST, STATIVE, isPastForm } from '../language/verbs';

/** Openers of a leading subordinate clause; the main clause starts after its comma. */
const SUBORDINATORS = clauseOpeners('result-leading-openers', [
  TIME_REASON_SUBORDINATORS,
  AS_OPENER,
  CONCESSIVE_SUBORDINATORS,
  // Prepositions that open a leading phrase before the main clause: "By March, …", "Thanks to the fix, …".
  ['by', 'within', 'following', 'thanks', 'with', 'in', 'over'],
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'my',
  'his',
  'her',
  'this',
  'these',
  'those',
  'that',
  'every',
  'each',
  'all',
  'both',
  'no',
  'some',
  'any',
]);
/** Present-tense verbs that open a description; without "now" it is context, not a result. */
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", 'does', 'do']);
const HYPOTHETICAL = new Set(['would', 'should', 'might', 'may', 'will', 'must', "'d", "'ll", 'shall']);
/** Past verbs of belief, wish, requirement and moving on: a state of mind, a need or a move, not an event. */
const NOT_EVENTS = new Set([
  'thought',
  'believed',
  'assumed',
  'wanted',
  'hoped',
  'wished',
  'expected',
  'feared',
  'doubted',
  'wondered',
  'needed',
  'seemed',
  'appeared',
  'remembered',
  'forgot',
  'preferred',
  'meant',
  'required',
  'involved',
  'depended',
  'stemmed',
  'learned',
  'learnt',
  'realized',
  'realised',
  'taught',
  // Comings and goings: "The team later moved to a different tool" is news, not the writer's result.
  'moved',
  'left',
  'joined',
  'relocated',
  'transferred',
  'quit',
  'retired',
]);
/** Subject nouns that make a copula a definition or an explanation, not a result. */
const DEFINITIONAL = new Set([
  'argument',
  'reason',
  'lesson',
  'lessons',
  'takeaway',
  'value',
  'point',
  'key',
  'tradeoff',
  'trade-off',
  'problem',
  'issue',
  'challenge',
  'question',
  'goal',
  'idea',
  'plan',
  'difference',
  'cause',
  'catch',
  'downside',
  'mistake',
  'part',
  'risk',
  'constraint',
  'priority',
  'focus',
]);
/** A subject that makes a past copula a remark about the work: a bare "it"/"this"/"that", or the work itself. */
function remarkSubject(subject: string[]): boolean {
  return (subject.length === 1 && REMARK_PRONOUNS.has(subject[0])) || subject.some((s) => WORK_NOUNS.has(s));
}

/** A ranking ("the smoothest release", "our best quarter") or a participle ("well received") in the copula's predicate. */
function rankedOrDone(main: string[], at: number): boolean {
  for (let k = at + 1; k < main.length && k <= at + 3; k++) if (isParticiple(main[k])) return true;
  for (let k = at + 1; k < main.length; k++) {
    const w = main[k];
    if (w === '.' || CLAUSE_END.has(w)) break;
    const lead = main[k - 1];
    const superlative = w === 'best' || (w.length > 5 && w.endsWith('est') && w !== 'latest');
    if (superlative && (lead === 'the' || OWN_ARTIFACT_LEADS.has(lead))) return true;
  }
  return false;
}

/** Openers of a lesson or a look back. */
const LESSON_OPENERS = new Set(['lesson', 'lessons', 'takeaway', 'looking', 'hindsight', 'retrospect', 'next']);
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(']);
/** Irregular past forms of change verbs that verbs.ts does not list (it serves resume openings). */
const MORE_PAST = new Set(['came', 'fell', 'shrank', 'sank', 'became', 'went', 'grew', 'rose']);

/** Words that anchor a present state to the change before it: "has been stable ever since", "is gone for good". */
const STATE_ANCHORS = new Set(['since', 'anymore', 'today', 'nowadays']);
/** Degree words before a state: "is far more reliable", "has been really stable". */
const STATE_DEGREES = new Set(['much', 'far', 'more', 'fully', 'really', 'quite', 'very', 'consistently']);

/** Is there a good state ("stable", "routine", "smooth") at word `k`, past degree words? */
function goodStateAt(main: string[], k: number): boolean {
  let j = k;
  while (j < main.length && j <= k + 1 && STATE_DEGREES.has(main[j])) j++;
  return main[j] !== undefined && isGoodState(main[j]);
}

/** Does the sentence tie its present state to the change ("ever since", "these days", "for good")? */
function anchoredState(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (STATE_ANCHORS.has(w)) return true;
    if ((w === 'days' && words[i - 1] === 'these') || (w === 'good' && words[i - 1] === 'for')) return true;
  }
  return false;
}

function isPast(lower: string): boolean {
  return MORE_PAST.has(lower) || isPastForm(lower);
}

function isParticiple(lower: string | undefined): boolean {
  return lower !== undefined && isPast(lower) && !NOT_EVENTS.has(lower);
}

export interface ResultReport {
  /** The verb that tells what happened, offsets relative to the sentence. */
  start: number;
  end: number;
  /** An effect beyond the work ("Deals stopped slipping"), not the work done ("The fix shipped"). */
  effect: boolean;
}

/** The main clause of a Result sentence: its words from `start` on, and the tokens they came from. */
interface MainClause {
  all: Token[];
  start: number;
  main: string[];
}

/** The report at word `i` of the main clause; `verb` tells what happened when word `i` is an auxiliary ("was merged"). */
function reportAt(clause: MainClause, i: number, verb = clause.main[i]): ResultReport {
  const token = clause.all[clause.start + i];
  // "The model went live in April": the delivery itself, whatever the verb.
  const delivery = DELIVERY_VERBS.has(verb) || clause.main.includes('live');
  return { start: token.start, end: token.end, effect: !delivery && !negatedChange(clause.main, i) };
}

/** A verb of change: an effect or an improvement. (A module function: a closure per call costs a name under tsx.) */
function isChange(w: string | undefined): boolean {
  return EFFECT_VERBS.has(w) || IMPROVE_VERBS.has(w);
}

/** Is the change at word `i` negated ("never improved", "did not increase")? A change not made is no effect. */
function negatedChange(main: string[], i: number): boolean {
  if (main[i] === 'did' || main[i] === "didn't")
    return (
      (main[i] === "didn't" || CHANGE_NEGATIONS.has(main[i + 1])) && isChange(main[i + (main[i] === 'did' ? 2 : 1)])
    );
  return isChange(main[i]) && (CHANGE_NEGATIONS.has(main[i - 1]) || CHANGE_NEGATIONS.has(main[i - 2]));
}

/**
 * Does this Result sentence report what happened (an event or a reached state), and with which verb?
 * A state told in the present ("Analysts trust the numbers again") is read by present-state.ts.
 */
export function resultReport(tokens: Token[]): ResultReport | undefined {
  const event = eventReport(tokens);
  if (event) return event;
  const first = tokens.find((t) => t.kind !== 'symbol')?.lower;
  if (first === undefined || LESSON_OPENERS.has(first) || first === 'in') return undefined;
  const state = presentState(tokens);
  return state && { ...state, effect: true };
}

/** Does "still" at `k` keep the work in use ("still used", "still in use", "still running", "still in place")? */
function stillInUse(main: string[], k: number): boolean {
  const next = main[k + 1];
  if (next === 'used' || next === 'running' || next === 'live') return true;
  return next === 'in' && (main[k + 2] === 'use' || main[k + 2] === 'place');
}

/** A Result sentence that tells an event, or a state with "now" or a past copula. */
function eventReport(tokens: Token[]): ResultReport | undefined {
  const all = tokens.filter((t) => t.kind !== 'symbol' || CLAUSE_END.has(t.text) || t.text === '.');
  const words = all.map((t) => t.lower);
  if (words.length === 0 || LESSON_OPENERS.has(words[0]) || (words[0] === 'in' && words[1] === 'hindsight'))
    return undefined;
  // A leading subordinate clause or adverbial ("When December arrived, …", "Three weeks later, …")
  // is not the main clause.
  let start = 0;
  const comma = words.indexOf(',');
  if (
    comma > 0 &&
    comma < words.length - 2 &&
    (SUBORDINATORS.has(words[0]) || (comma <= 6 && !words.slice(0, comma).some((w) => isPast(w) || isVerbWord(w))))
  )
    start = comma + 1;
  const main = words.slice(start);
  const clause: MainClause = { all, start, main };
  const now = main.indexOf('now');
  if (now >= 0 && main[now + 1] !== 'that' && !main.slice(0, now).some((w) => CLAUSE_END.has(w) || w === '.'))
    return FIRST_PERSON.has(main[0]) ? undefined : reportAt(clause, now);
  // "The dashboard is still used in the weekly ops meeting", "the checklist is still in use": the work
  // kept in use after it landed is a reached state, like one told with "now".
  const still = main.indexOf('still');
  if (still > 0 && stillInUse(main, still) && !main.slice(0, still).some((w) => CLAUSE_END.has(w) || w === '.'))
    return FIRST_PERSON.has(main[0]) ? undefined : reportAt(clause, still);
  // The first verb of the main clause decides; the scan ends with the clause.
  for (let i = 0; i < main.length; i++) {
    const w = main[i];
    if (w === '.' || CLAUSE_END.has(w)) return pastEventAfterPause(clause);
    const next = main[i + 1];
    // The words before `i` are the clause's subject: `i` of them, copied out only where a check reads them
    // as a list (a copy per word cost more than the checks).
    if (i === 1 && FIRST_PERSON.has(main[0])) return undefined;
    // A present state tied to the change ("Handoffs are smooth these days") or one that is itself the
    // change ("The flaky tests are gone").
    if (
      (w === 'is' || w === 'are') &&
      i > 0 &&
      !someBefore(main, i, DEFINITIONAL) &&
      next !== undefined &&
      (next === 'gone' || (goodStateAt(main, i + 1) && anchoredState(words)))
    )
      return reportAt(clause, i);
    if (HYPOTHETICAL.has(w) || PRESENT_AUX.has(w)) return undefined;
    if (w === 'was' || w === 'were') {
      if (i === 0 || someBefore(main, i, DEFINITIONAL)) return undefined;
      // "It was a tough call", "Most of the work was reading docs": a remark about the work, unless it
      // ranks the result or tells what was done to it ("the smoothest release yet", "well received").
      if (remarkSubject(main.slice(0, i)) && !rankedOrDone(main, i)) return undefined;
      return reportAt(clause, i, next !== undefined && isPast(next) ? next : w); // "The fix was merged on Friday": delivery
    }
    if (w === 'has' || w === 'have') {
      // Present perfect: "has not failed since", "has since been copied".
      for (let k = i + 1; k < main.length && k <= i + 3; k++)
        if (isParticiple(main[k])) return i > 0 ? reportAt(clause, k) : undefined;
      // "has been stable ever since": a state held since the change.
      if (main[i + 1] === 'been' && i > 0 && goodStateAt(main, i + 2) && anchoredState(words))
        return reportAt(clause, i + 1);
      return undefined;
    }
    if (w === 'had') return undefined;
    if (w === 'could' || w === 'can')
      return next !== 'have' && next !== "'ve" && i > 0 ? reportAt(clause, i) : undefined;
    if (w === 'did') return i > 0 ? reportAt(clause, i) : undefined;
    if (NOT_EVENTS.has(w)) return undefined;
    if (isPast(w) && i > 0 && !DETERMINERS.has(main[i - 1])) {
      if (w === 'came' && next === 'from') return undefined;
      if ((next === 'me' || next === 'us') && w === 'taught') return undefined;
      return reportAt(clause, i);
    }
  }
  return pastEventAfterPause(clause);
}

/** Whether one of the first `end` words is in `set`. */
function someBefore(words: readonly string[], end: number, set: ReadonlySet<string>): boolean {
  for (let k = 0; k < end; k++) if (set.has(words[k])) return true;
  return false;
}

/** Modals and auxiliaries: a clause that has one before its past verb is no plain past event. */
const AUX_OR_MODAL = new Set([
  ...PRESENT_AUX,
  ...HYPOTHETICAL,
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'did',
  'could',
  'can',
]);

/**
 * A subject broken by a pause before its verb ("Both teams, after a week of testing, signed off"):
 * the first past event verb past the punctuation, unless the writer is the subject or an auxiliary,
 * a modal, a state or someone's words come first.
 */
function pastEventAfterPause(clause: MainClause): ResultReport | undefined {
  const main = clause.main;
  for (let i = 0; i < main.length; i++) {
    const w = main[i];
    if (w === '.') return undefined;
    if (CLAUSE_END.has(w)) continue;
    if (AUX_OR_MODAL.has(w) || FIRST_PERSON_WORDS.has(w)) return undefined;
    if (!(isPastForm(w) || IRREGULAR_PAST.has(w)) || AMBIGUOUS_PAST.has(w)) continue;
    const prev = main[i - 1];
    if (prev === 'a' || prev === 'an' || prev === 'the') continue;
    return STATIVE.has(w) || SPEECH_PAST.has(w) || NOT_EVENTS.has(w) ? undefined : reportAt(clause, i);
  }
  return undefined;
}

function isVerbWord(w: string): boolean {
  return (
    w === 'was' ||
    w === 'were' ||
    w === 'has' ||
    w === 'have' ||
    w === 'had' ||
    w === 'did' ||
    PRESENT_AUX.has(w) ||
    HYPOTHETICAL.has(w)
  );
}
