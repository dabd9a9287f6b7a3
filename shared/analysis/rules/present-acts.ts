// The writer's act told in the present simple: "After that I call each driver", "These days I check the
// supplier list every Monday", "Then I move the nightly batch". English puts a verb right after the
// subject "I" (past its adverbs), so the word there is read as a verb by its place, whether or not a
// verb list knows it — a story told in the present, a practice the writer still follows (RUBRIC-NOTES
// "Reflection"), or a non-native tense. What is not an act stays out: a word that cannot be a verb
// (a preposition, a conjunction, "myself"), a verb of thinking, feeling, wanting or trying ("I think",
// "I hope", "I try to"), and a word with nothing after it.
import { isGerund, isPastForm } from './verbs';

/** Verbs of the mind, of wanting, seeming and trying: in the present they state a view or a wish, not an act. */
const NON_ACT_PRESENT = new Set([
  'think',
  'guess',
  'mean',
  'wonder',
  'suppose',
  'doubt',
  'suspect',
  'agree',
  'disagree',
  'wish',
  'hope',
  'say',
  'admit',
  'reckon',
  'understand',
  'realise',
  'realize',
  'see',
  'find',
  'know',
  'feel',
  'believe',
  'want',
  'need',
  'like',
  'love',
  'hate',
  'prefer',
  'remember',
  'forget',
  'try',
  'tend',
  'seem',
  'worry',
  'expect',
  'assume',
  'imagine',
  'care',
  'miss',
  'learn',
  'regret',
  'appreciate',
  'recognise',
  'recognize',
  'mind',
  'bet',
  'trust',
  'fear',
  'notice',
  'consider',
  'plan',
  'intend',
  'aim',
  'get',
  'go',
  'am',
  'owe',
]);

/** Words that may follow "I" without being its verb: "I and two others", "I myself", "I, too". */
const NOT_VERBS_AFTER_I = new Set([
  'and',
  'or',
  'but',
  'too',
  'myself',
  'alone',
  'as',
  'at',
  'in',
  'on',
  'with',
  'for',
  'to',
  'from',
  'of',
  'by',
  'the',
  'a',
  'an',
  'who',
  'which',
  'that',
  'this',
  'it',
  'so',
  'if',
  'when',
  'then',
]);

/**
 * Whether `v`, the word after "I" and its adverbs, is an act told in the present simple: a plain word
 * that can only be the verb there, not a verb of the mind or of wanting, with a word after it.
 */
export function isPresentActVerb(v: string, next: string | undefined): boolean {
  if (next === undefined || !/^[a-z][a-z-]+$/.test(v)) return false;
  if (NOT_VERBS_AFTER_I.has(v) || NON_ACT_PRESENT.has(v)) return false;
  // A third-person "-s" form after "I" is not English; a gerund or a past form is read elsewhere.
  return !isGerund(v) && !isPastForm(v) && !v.endsWith('ly');
}

/**
 * Verbs of the mind class above that head a line of work as a gerund: "Caring for women in labour", "Seeing 25
 * patients a day", "Minding three children", "Finding homes for families". After "I" they are no act ("I care
 * about …"); heading a CV line they are the job itself, so the self-description reading skips them.
 */
const WORK_SENSE_GERUNDS = new Set(['care', 'see', 'mind', 'find', 'notice', 'trust']);

/** Verbs of seeking: "looking for senior roles", "seeking a new challenge" state a wish, like "want". */
const SEEKING = new Set(['seek', 'look']);

/**
 * Words that set a line in the writer's own time, outside the job: "in my spare time", "my free time".
 * ("On weekends" is not: a job may be done then, "Teaching Year 9 maths on weekends".)
 */
const OWN_TIME_WORDS = new Set(['spare', 'free']);

/** The base forms an "-ing" word may come from: "learning" → learn, "exploring" → explore, "getting" → get. */
function gerundBases(w: string): string[] {
  const stem = w.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  return out;
}

/**
 * A profile line that describes the writer rather than their work: "Currently learning Rust", "Currently
 * looking for EM roles in Berlin", "Currently exploring RAG evaluation in my spare time". An "-ing" verb
 * at the line's head (`words[k]`, past a leading adverb) of the mind, of wanting or learning (the verbs
 * this module reads as no act: NON_ACT_PRESENT), of seeking ("looking for"), or any "-ing" verb whose
 * line is set in the writer's own time ("in my spare time"). A goal or an interest, no
 * act (RUBRIC.md: goals are no claims). "Currently leading a team of 8" and "Currently migrating the
 * billing service" stay the writer's work. The caller checks the line has no finite verb.
 */
export function isSelfDescription(words: readonly string[], k: number): boolean {
  const w = words[k];
  if (w === undefined || !isGerund(w)) return false;
  const bases = gerundBases(w);
  if (bases.some((b) => NON_ACT_PRESENT.has(b) && !WORK_SENSE_GERUNDS.has(b) && b !== 'get' && b !== 'go')) return true;
  if (bases.some((b) => SEEKING.has(b)) && (words[k + 1] === 'for' || bases.includes('seek'))) return true;
  for (let i = k + 1; i + 1 < words.length; i++) {
    const x = words[i];
    if (x === 'my' && OWN_TIME_WORDS.has(words[i + 1]) && words[i + 2] === 'time') return true;
  }
  return false;
}
