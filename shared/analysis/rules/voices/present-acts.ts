// The writer's act told in the present simple: "After that I call each driver", "These days I check the
// supplier list every Monday", "Then I move the nightly batch". English puts a verb right after the
// subject "I" (past its adverbs), so the word there is read as a verb by its place, whether or not a
// verb list knows it — a story told in the present, a practice the writer still follows (RUBRIC-NOTES
// "Reflection"), or a non-native tense. What is not an act stays out: a word that cannot be a verb
// (a preposition, a conjunction, "myself"), a verb of thinking, feeling, wanting or trying ("I think",
// "I hope", "I try to"), and a word with nothing after it.
import { isGerund, isPastForm } from '../language/verbs';

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

/** Words after "help" and its clients that show no bare verb follows: "help patients with …", "help out at …". */
const NOT_PITCH_VERBS = new Set([...NOT_VERBS_AFTER_I, 'out', 'each', 'every', 'all', 'their', 'them']);

/** The most words of the clients a pitch names: "busy parents", "first-time buyers", "small care homes". */
const MAX_CLIENT_WORDS = 3;

/**
 * A service pitch in the present: "I help busy parents get strong again …", "We help farmers cut their feed
 * costs", "I help landlords keep their flats legal" — "help" (present, after "I" or "we" at `i`), the clients
 * as a plural noun, then what they get as a bare verb or "to" and a verb. It tells what the trade offers, not
 * something done (RUBRIC-NOTES status lines: a trade held on one's own account), so it is no act. Not a pitch:
 * "I helped …" (a past act), "I help out at the food bank" (no clients), a count anywhere ("I help 30
 * families a week …": a load held, left to the other readers).
 */
export function isServicePitch(words: readonly string[], i: number): boolean {
  if (words[i] !== 'i' && words[i] !== 'we') return false;
  if (words[i + 1] !== 'help' || words.some((w) => /\d/.test(w))) return false;
  for (let k = i + 2; k < words.length && k < i + 2 + MAX_CLIENT_WORDS; k++) {
    const w = words[k];
    if (NOT_PITCH_VERBS.has(w) || !/^[a-z][a-z-]+$/.test(w)) return false;
    // The clients' head: a plural ("parents", "bakeries", "homes"), then the bare verb or "to".
    if (!w.endsWith('s') || w.endsWith('ss')) continue;
    const next = words[k + 1];
    if (next === undefined) return false;
    if (next === 'to') return words[k + 2] !== undefined && /^[a-z]+$/.test(words[k + 2]);
    // A bare verb: "cut", "set" and "put" look like past forms too, so only an "-ed" ending refuses one.
    return !NOT_PITCH_VERBS.has(next) && !isGerund(next) && !next.endsWith('ed') && /^[a-z][a-z-]+$/.test(next);
  }
  return false;
}
