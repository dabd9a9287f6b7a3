// Subjectless résumé lines told in the base form: "Make the sales dashboard for the board", "Clean the
// customer table", "Prepare the reports of cost for the finance manager", "Install and repair the boilers
// in domestic houses". Non-native writers (and many native duty lists) put the present for the past, and
// the line is the writer's act as "Made the sales dashboard …" is (RUBRIC.md: a subjectless fragment
// about the writer's work is a claim). ACTION_BASE (verbs.ts) lists the verbs résumés open with most; a
// writer's own verb is any verb, so the line is read by its shape instead: a line-initial word that is
// no function word, no adverb, no "-ing" or past form, then its object opened by a determiner ("the", "a",
// "our", "every"). A noun or a title is not followed by a bare determiner; a preposition or a
// conjunction is, so those are set aside. "Ask me about …" (to the reader) and "Make sure …" have no
// determiner after the verb. The caller reads this only on a line with no section: a Task's imperative
// is its goal, and claims.ts checks that no adverbial or role opens the line.
import { isGerund, isPastForm, IRREGULAR_PAST } from '../language/verbs';

/** Words that open a verb's object: "Make the …", "Carry a caseload …", "Check every invoice …". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'our', 'their', 'its', 'his', 'her']);

/**
 * Words that stand before a determiner at a line's start and are no verb: prepositions, conjunctions,
 * adverbs of order and focus, pronouns ("In the first month", "After the merger", "Also the …", "Only
 * the …", "Both the …").
 */
const NOT_VERB_LEADS = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'also',
  'among',
  'and',
  'around',
  'as',
  'at',
  'because',
  'before',
  'behind',
  'below',
  'beside',
  'between',
  'beyond',
  'both',
  'but',
  'by',
  'despite',
  'down',
  'during',
  'even',
  'for',
  'from',
  'half',
  'if',
  'in',
  'inside',
  'into',
  'just',
  'like',
  'near',
  'not',
  'of',
  'off',
  'on',
  'once',
  'only',
  'onto',
  'or',
  'out',
  'outside',
  'over',
  'past',
  'per',
  'since',
  'so',
  'than',
  'then',
  'through',
  'throughout',
  'thus',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'up',
  'upon',
  'via',
  'when',
  'where',
  'whereas',
  'while',
  'with',
  'within',
  'without',
  'yet',
  'all',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'who',
  'it',
  'there',
  'here',
  'now',
  'still',
  'again',
  'almost',
  'nearly',
  're',
  'the',
  'a',
  'an',
  'my',
  'our',
  'their',
  'every',
  'each',
  'no',
]);

/** Joiners of two base forms sharing one object: "Install and repair the boilers". */
const VERB_JOINERS = new Set(['and', '&', '/', 'or']);

/** A word that may be a verb's base form by its shape: lower-case letters, neither "-ing", past, "-ly" nor "-s". */
function baseFormShape(w: string | undefined): boolean {
  if (w === undefined || w.length < 2 || !/^[a-z][a-z-]*$/.test(w) || NOT_VERB_LEADS.has(w)) return false;
  if (w.endsWith('ly') || w.endsWith('s')) return false;
  return !isGerund(w) && !isPastForm(w) && !IRREGULAR_PAST.has(w);
}

/**
 * Whether `words[k]` (lower case, punctuation dropped or not) opens a base-form act with its object: a
 * verb-shaped word, then a determiner, or a second verb joined by "and" and then a determiner. At least
 * one word must follow the determiner ("Make the rota", not "Meet the").
 */
export function isBaseFormLead(words: readonly string[], k: number): boolean {
  const lead = words[k];
  if (!baseFormShape(lead)) return false;
  let o = k + 1;
  if (VERB_JOINERS.has(words[o] ?? '') && baseFormShape(words[o + 1])) o += 2;
  return OBJECT_OPENERS.has(words[o] ?? '') && /^[a-z0-9]/.test(words[o + 1] ?? '');
}
