// Whether the clause a number sits in tells a trouble that happened: a value of the problem before the work or
// of the result after it (RUBRIC-NOTES "Before values in context": "four outages in a quarter", "the export broke
// twice a week", "losing 30 trips a week" are metrics), rather than a schedule of planned work ("the board met
// twice a year", "we check the pump once a week", "we reviewed the outages once a month": no metric).
//
// The clause is read by structure, not by phrasing. It tells a trouble when
//   - a verb of a thing going wrong is used as a verb (TROUBLE_VERBS by lemma: "failed", "fell over",
//     "was losing", "got double-booked", "it break"), not as a noun an act handles ("audited falls",
//     "checked for leaks", "a school trip");
//   - a state of trouble follows a verb of being or going ("was wrong", "went down", "ran late", "got stuck",
//     "went missing"), or a negation of working ("was not working", "didn't come on time");
//   - a noun of trouble heads a phrase that is the clause's subject, stands with no verb, or is undergone
//     ("we had four outages", "there were two near-misses", "the home saw five falls"), not one a planned
//     act handles ("we reviewed the outages") nor a modifier of another head ("incident reviews").
// It is refused under a condition, a modal, a rule that allows or aims, or a negation (TROUBLE_UNREAL): a
// threshold, a limit or a target measures nothing that happened.
import type { Token } from '../language/tokenize';
import { isGerund, isPastForm } from '../language/verbs';
import { NUMBER_WORDS } from '../quantity/number-words';
import { isPeriodWord } from './zero-over-period';
import {
  IRREGULAR_STATE_VERBS,
  IRREGULAR_TROUBLE_PASTS,
  IRREGULAR_UNDERGO_VERBS,
  NEGATED_WORKING,
  STATE_VERBS,
  TROUBLE_MODIFIERS,
  TROUBLE_NOUNS,
  TROUBLE_STATES,
  TROUBLE_UNREAL,
  TROUBLE_VERBS,
  UNDERGO_VERBS,
  lemmaSet,
} from '../language/lexicon';

/** A clause of `words`: the indices [from, to). */
export interface ClauseSpan {
  from: number;
  to: number;
}

/** Verbs of an event happening, after a trouble noun as the subject: "a complaint came in", "a spill happened". */
const EVENT_VERBS = lemmaSet('trouble-event-happenings', ['happen', 'occur', 'recur', 'arrive', 'reach', 'hit']);

/** Symbols that end a clause. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')', '…']);
/** Words that open a new clause. */
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'so',
  'because',
  'which',
  'who',
  'while',
  'whereas',
  'although',
  'though',
  'if',
  'whenever',
  'unless',
]);
/** Words of a cadence or a count phrase: a clause made only of them ("About twice a week, …") has no verb of its own. */
const CADENCE_FILLER = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'maybe',
  'perhaps',
  'some',
  'once',
  'twice',
  'thrice',
  'times',
  'time',
  'a',
  'an',
  'per',
  'every',
  'each',
  'or',
  'so',
  'at',
  'least',
  'most',
  'in',
  'only',
  'just',
  'more',
  'than',
  'other',
  'single',
]);
/** Words before a trouble verb's form that make it a noun: a determiner, a preposition, a possessive. */
const NOUN_MAKERS = new Set([
  'a',
  'an',
  'the',
  'any',
  'no',
  'every',
  'each',
  'our',
  'their',
  'his',
  'her',
  'its',
  'my',
  'your',
  'for',
  'of',
  'about',
  'on',
  'after',
  'with',
  'into',
  'from',
  'against',
  'these',
  'those',
  'this',
  'that',
]);
/** Auxiliaries before a past form that keep the trouble word a verb: "had fallen", "was lost", "got lost". */
const AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'had', 'has', 'have', 'got', 'get', 'gets']);
/** Subjects and auxiliaries before a bare form that make it a verb: "it break", "would crash", "did fail". */
const BARE_VERB_MAKERS = new Set([
  'i',
  'we',
  'they',
  'it',
  'he',
  'she',
  'would',
  'did',
  'to',
  'usually',
  'often',
  'always',
  'still',
  'sometimes',
  'regularly',
  'routinely',
]);
/** Words after a form in "-s" that show it is a verb, not a plural noun: "fails about once", "trips twice". */
const AFTER_S_VERB = new Set([
  'once',
  'twice',
  'thrice',
  'about',
  'around',
  'roughly',
  'every',
  'at',
  'down',
  'over',
  'out',
  'up',
  'again',
  'now',
  'only',
  'just',
  'more',
  'most',
  'weekly',
  'daily',
  'monthly',
  'nightly',
]);
/** Words that may stand between a verb of being or going and a trouble state: "was often late", "went out late". */
const STATE_GAP = new Set(['often', 'always', 'usually', 'still', 'sometimes', 'already', 'out', 'up', 'in', 'very']);
/** Words after a trouble noun that show it heads its phrase ("outages in a quarter", "complaints came"). */
const AFTER_HEAD = new Set([
  'in',
  'on',
  'at',
  'over',
  'during',
  'across',
  'within',
  'with',
  'from',
  'about',
  'around',
  'per',
  'a',
  'an',
  'every',
  'each',
  'that',
  'this',
  'last',
  'and',
  'or',
  'but',
  'were',
  'was',
  'a',
  'once',
  'twice',
  'since',
  'for',
  'to',
  'among',
]);

/** Whether a symbol token that ends a clause stands between word tokens `a` and `b`. */
function breakBetween(tokens: readonly Token[], a: Token, b: Token): boolean {
  for (const t of tokens) {
    if (t.start < a.end) continue;
    if (t.start >= b.start) break;
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) return true;
  }
  return false;
}

/** Whether word `k` opens a clause: a clause-ending symbol before it or a joining word. */
function opensClauseAt(tokens: readonly Token[], words: readonly Token[], k: number): boolean {
  if (k === 0 || breakBetween(tokens, words[k - 1], words[k])) return true;
  // "once a week or so": "so" after "or" closes the cadence, it opens nothing.
  return CLAUSE_OPENERS.has(words[k].lower) && !(words[k].lower === 'so' && words[k - 1].lower === 'or');
}

/** Whether every word of [from, to) belongs to a count or a cadence ("About twice a week"). */
function onlyCadence(words: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (!CADENCE_FILLER.has(w.lower) && !NUMBER_WORDS.has(w.lower) && !/^\d/.test(w.lower) && !isPeriodWord(w))
      return false;
  }
  return true;
}

/**
 * The clause holding word `i`: from the clause break before it to the next one. A fronted cadence with no
 * verb of its own ("About twice a week, our job crashed") is read with the clause it opens.
 */
export function clauseAround(tokens: readonly Token[], words: readonly Token[], i: number): ClauseSpan {
  let from = i;
  while (from > 0 && !opensClauseAt(tokens, words, from)) from--;
  let to = i + 1;
  while (to < words.length && !opensClauseAt(tokens, words, to)) to++;
  if (onlyCadence(words, from, to) && to < words.length && !CLAUSE_OPENERS.has(words[to].lower)) {
    to++;
    while (to < words.length && !opensClauseAt(tokens, words, to)) to++;
  }
  return { from, to };
}

/**
 * Whether the clause is out of what happened before word `pivot` (the trouble or the count): a condition, a
 * modal, an allowance, an aim or a negation ahead of it. Words after the pivot tell something else ("we were
 * losing 30 trips a week to vans not being ready").
 */
export function isUnrealClause(words: readonly Token[], span: ClauseSpan, pivot: number): boolean {
  // The word that opens the clause may be the condition ("If a patient misses …"), and so may the one before.
  const from = span.from > 0 && TROUBLE_UNREAL.has(words[span.from - 1].lower) ? span.from - 1 : span.from;
  for (let k = from; k < pivot && k < span.to; k++) {
    if (!TROUBLE_UNREAL.has(words[k].lower)) continue;
    // "was not working", "didn't come on time": a negation of working tells the trouble itself.
    if (negatesWorking(words, k, span.to)) continue;
    return true;
  }
  return false;
}

/** A negation at `k` of working or of being on time: "not working", "didn't come on time". */
function negatesWorking(words: readonly Token[], k: number, to: number): boolean {
  const w = words[k].lower;
  if (w !== 'not' && w !== 'never' && !w.endsWith("n't")) return false;
  for (let j = k + 1; j < to && j <= k + 3; j++) if (NEGATED_WORKING.has(words[j].lower)) return true;
  return false;
}

/** The word at `k` with the word before it when a hyphen joins them ("double-booked" is split at its hyphen). */
function joinedWord(
  tokens: readonly Token[],
  words: readonly Token[],
  k: number,
  from: number,
): { lower: string; first: number } {
  const before = k > from ? words[k - 1] : undefined;
  if (before !== undefined && before.end + 1 === words[k].start) {
    const between = tokens.find((t) => t.start === before.end);
    if (between?.text === '-') return { lower: `${before.lower}-${words[k].lower}`, first: k - 1 };
  }
  return { lower: words[k].lower, first: k };
}

/** Whether the word at `k` is a trouble verb used as a verb (see the file comment). */
function troubleVerbAt(tokens: readonly Token[], words: readonly Token[], k: number, from: number): boolean {
  const joined = joinedWord(tokens, words, k, from);
  const lower = joined.lower;
  const irregular = IRREGULAR_TROUBLE_PASTS.has(lower);
  const lemma = irregular ? undefined : TROUBLE_VERBS.lemmaOf(lower);
  if (!irregular && lemma === undefined) return false;
  const first = joined.first;
  const prev = first > from ? words[first - 1].lower : undefined;
  if (prev !== undefined && (NOUN_MAKERS.has(prev) || NUMBER_WORDS.has(prev) || /^\d/.test(prev))) return false;
  // "audited falls", "reported breaches": a form after another verb's past is the object it handled.
  if (prev !== undefined && isPastForm(prev) && !AUXILIARIES.has(prev)) return false;
  if (irregular || isPastForm(lower) || isGerund(lower)) return true;
  // A form in "-s" is a verb only when a cadence or a particle follows ("fails about once", not "school trips a term").
  if (lower !== lemma && lower.endsWith('s')) return AFTER_S_VERB.has(words[k + 1]?.lower ?? '');
  // A bare form is a verb after a subject pronoun or an auxiliary ("it break", "would crash").
  return prev !== undefined && BARE_VERB_MAKERS.has(prev);
}

/** Whether word `k` is a verb of being or going ("was", "went", "ran", "arrived"). */
function isStateVerb(w: Token): boolean {
  return IRREGULAR_STATE_VERBS.has(w.lower) || STATE_VERBS.has(w.lower);
}

/** Whether a trouble state at `k` follows a verb of being or going within the clause ("was often late"). */
function troubleStateAt(words: readonly Token[], k: number, from: number): boolean {
  if (!TROUBLE_STATES.has(words[k].lower)) return false;
  for (let j = k - 1; j >= from && j >= k - 3; j--) {
    if (isStateVerb(words[j])) return true;
    if (!STATE_GAP.has(words[j].lower) && !/ly$/.test(words[j].lower)) return false;
  }
  return false;
}

/** Whether the word at `k` heads its phrase: nothing, a preposition, a cadence or a verb follows it. */
function headsPhrase(words: readonly Token[], k: number, to: number): boolean {
  if (k + 1 >= to) return true;
  const next = words[k + 1].lower;
  return AFTER_HEAD.has(next) || isPastForm(next) || IRREGULAR_STATE_VERBS.has(next);
}

/** Whether a verb of undergoing ("had", "saw", "there were") stands within a few words before `k` in the clause. */
function undergoneBefore(words: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 5; j--) {
    const w = words[j];
    if (IRREGULAR_UNDERGO_VERBS.has(w.lower) || UNDERGO_VERBS.has(w.lower)) return true;
    if ((w.lower === 'were' || w.lower === 'was') && words[j - 1]?.lower === 'there') return true;
  }
  return false;
}

/** Whether a verb (a past form, a verb of being) stands before `k` in the clause: then the noun is no subject. */
function verbBefore(words: readonly Token[], k: number, from: number): boolean {
  for (let j = from; j < k; j++) {
    const w = words[j].lower;
    if (IRREGULAR_STATE_VERBS.has(w) || (isPastForm(w) && !TROUBLE_MODIFIERS.has(w))) return true;
  }
  return false;
}

/** Whether a trouble noun at `k` heads a phrase the clause undergoes, has as its subject, or tells with no verb. */
function troubleNounAt(words: readonly Token[], k: number, span: ClauseSpan): boolean {
  if (!TROUBLE_NOUNS.has(words[k].lower) || !headsPhrase(words, k, span.to)) return false;
  const prev = k > span.from ? words[k - 1].lower : undefined;
  // "we had four outages", "there were two near-misses": undergone.
  if (undergoneBefore(words, k, span.from)) return true;
  if (prev === 'for' || prev === 'of' || verbBefore(words, k, span.from)) return false;
  // "The outages got reviewed once a month": a subject a planned act is done to tells a schedule.
  return !actDoneAfter(words, k, span.to);
}

/** Whether a past form after `k` in the clause is an act done (not a trouble, a state or an event: "came in", "happened"). */
function actDoneAfter(words: readonly Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < to; j++) {
    const w = words[j].lower;
    if (!isPastForm(w) || TROUBLE_VERBS.has(w) || EVENT_VERBS.has(w) || STATE_VERBS.has(w)) continue;
    return true;
  }
  return false;
}

/** Whether the clause tells a trouble that happened (see the file comment). */
export function tellsTrouble(
  tokens: readonly Token[],
  words: readonly Token[],
  span: ClauseSpan,
  count: number,
): boolean {
  for (let k = span.from; k < span.to; k++) {
    const trouble =
      troubleVerbAt(tokens, words, k, span.from) ||
      troubleStateAt(words, k, span.from) ||
      negatesWorking(words, k, span.to) ||
      troubleNounAt(words, k, span);
    // Nothing unreal may stand before the trouble or the count, whichever comes later.
    if (trouble) return !isUnrealClause(words, span, Math.max(k + 1, count));
  }
  return false;
}
