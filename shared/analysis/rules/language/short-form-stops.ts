// Whether a full stop after a short form ends its sentence when the next word is in lower case. A unit after a
// number ("in 11 min."), a clock suffix ("at 7 a.m.") and "etc." often end a sentence, and writers who type fast
// go on in lower case ("… in 11 min. people wait less"); read as an abbreviation, the two sentences merge and the
// second one's claim is read with the first one's measure. Other short forms ("approx.", "e.g.", "vs.", "no.",
// "Dr.") take an object after them and never end a sentence before lower case: they are not asked here.
//
// Decided by structure, not by the short form: the stop ends a sentence only when a clause follows it (a subject
// and its finite verb) and a clause stands before it (the text before the stop is not just a fronted time
// phrase: "At 6 a.m. we unload …", "In 11 min. people can be seen …" are one sentence each).
import {
  AUXILIARIES,
  CONTEXT_PREPOSITIONS,
  LEADING_CONJUNCTIONS,
  MODAL_VERBS,
  OTHER_PEOPLE,
  PEOPLE_GROUPS,
  POST_HOLDERS,
  POST_MODIFIER_PREPOSITIONS,
  SERVED_PEOPLE,
  WINDOW_PREPOSITIONS,
} from './lexicon';
import { AMBIGUOUS_PAST, IRREGULAR_PAST, isPastForm } from './verbs';

/** Clock suffixes: "7 a.m." ends a sentence as "7 o'clock" does. */
export const CLOCK_SUFFIXES = new Set(['a.m', 'p.m']);

// Subjects that open a clause on their own: the people of a story ("we", "she", lower-case "i") and "it".
const isSubjectPronoun = (w: string) =>
  POST_HOLDERS.has(w) || w === 'it' || w === 'nobody' || w === 'everyone' || w === 'everybody';

// Words that open a noun phrase before its head ("the night nurses", "each filing", "no patient").
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'each',
  'every',
  'all',
  'most',
  'some',
  'both',
]);

// Adverbs between a subject and its verb ("farmers now finish", "the clerk still does it").
const MID_ADVERBS = new Set(['now', 'still', 'never', 'also', 'then', 'just', 'only', 'already']);

// Words that open a fronted time or place phrase ("At 6 a.m.", "Within 10 min.", "Every 15 min.").
const isPhraseOpener = (w: string) =>
  CONTEXT_PREPOSITIONS.has(w) ||
  WINDOW_PREPOSITIONS.has(w) ||
  POST_MODIFIER_PREPOSITIONS.has(w) ||
  w === 'by' ||
  w === 'within' ||
  w === 'after' ||
  w === 'before' ||
  w === 'under' ||
  w === 'until' ||
  w === 'every' ||
  w === 'each';

// A word that cannot stand in a subject's noun phrase: a preposition, a conjunction, "than", a figure.
const isFunctionWord = (w: string) =>
  CONTEXT_PREPOSITIONS.has(w) ||
  POST_MODIFIER_PREPOSITIONS.has(w) ||
  LEADING_CONJUNCTIONS.has(w) ||
  w === 'than' ||
  w === 'or' ||
  w === 'per' ||
  !/^\p{L}/u.test(w);

/** A finite verb form: an auxiliary or modal, a negated one ("didn't"), or an unambiguous past ("signed", "had"). */
function isFinite(w: string): boolean {
  return (
    AUXILIARIES.has(w) ||
    MODAL_VERBS.has(w) ||
    /n[’']t$/.test(w) ||
    IRREGULAR_PAST.has(w) ||
    (isPastForm(w) && !AMBIGUOUS_PAST.has(w))
  );
}

/** A people noun in the plural ("patients", "nurses", "customers", "people"): a subject of a bare present verb. */
function isPluralParty(w: string): boolean {
  if (w === 'people' || w === 'staff') return true;
  if (!w.endsWith('s')) return false;
  return [OTHER_PEOPLE, SERVED_PEOPLE, PEOPLE_GROUPS].some((list) => {
    const lemma = list.lemmaOf(w);
    return lemma !== undefined && lemma !== w;
  });
}

/** The lower-case words from `at` to the first mark that closes a phrase (a comma, a stop, a bracket, a line end). */
function wordsUpToMark(text: string, at: number, reach: number): string[] {
  const slice = text.slice(at, at + reach);
  const cut = /[,;:!?()[\]\n]|\.(?:\s|$)/.exec(slice);
  return (cut === null ? slice : slice.slice(0, cut.index))
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^["'“‘]+|["'”’]+$/g, ''))
    .filter((w) => w !== '');
}

/**
 * Whether the words open a clause: a subject pronoun and a word after it ("we leave …"), or a noun phrase of up
 * to three words (after a determiner or none) whose next word is a finite verb ("the partners signed …"), an
 * adverb and a verb ("farmers now finish …"), or, after a plural people noun, a bare present verb ("people wait
 * less").
 */
export function opensClause(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (isSubjectPronoun(words[0])) return !isFunctionWord(words[1]) || MID_ADVERBS.has(words[1]);
  let k = DETERMINERS.has(words[0]) || words[0] === 'no' ? 1 : 0;
  const head = k;
  for (; k < words.length && k - head < 4; k++) {
    const w = words[k];
    if (isFunctionWord(w) || DETERMINERS.has(w)) return false;
    // The noun phrase holds at least one word before its verb.
    if (k === head) continue;
    if (isFinite(w)) return true;
    const next = words[k + 1];
    if (MID_ADVERBS.has(w)) return next !== undefined && !isFunctionWord(next);
    if (isPluralParty(words[k - 1]) && !w.endsWith('s') && next !== undefined) return true;
  }
  return false;
}

/**
 * Whether the full stop at `dot`, after a short form that may end a sentence (a unit after a number, a clock
 * suffix, "etc."), ends its sentence before the lower-case text at `after`: a clause follows it (opensClause) and
 * the sentence from `start` is more than a fronted phrase ("At 6 a.m.", "Within 10 min.").
 */
export function clauseEndsAtShortForm(text: string, start: number, dot: number, after: number): boolean {
  if (!opensClause(wordsUpToMark(text, after, 80))) return false;
  const before = text
    .slice(start, dot)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (before.length === 0) return false;
  return !(isPhraseOpener(before[0].replace(/^\P{L}+/u, '')) && before.length <= 5);
}

/** Whether a capitalised word opens a clause after a clock suffix ("… at 8 a.m. The first patients …"). */
export function capitalOpensClause(text: string, after: number): boolean {
  const words = wordsUpToMark(text, after, 80);
  if (words.length < 2) return false;
  return isSubjectPronoun(words[0]) || DETERMINERS.has(words[0]) || words[0] === 'no';
}
