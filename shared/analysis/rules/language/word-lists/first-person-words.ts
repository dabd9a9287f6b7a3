// The writer in the first person. The rules ask two questions: is the writer the subject here ("I",
// "we"), and is the writer anywhere in the sentence (a pronoun, "our", a contraction). One list answers
// each; the few rules that read a variant name how theirs differs and why, here, so a word added to the
// writer's words is added once and every difference stays in sight.
import { wordSet } from './lemma-set';

/** The writer as a subject: "we still use" is no adoption by others. */
export const FIRST_PERSON = wordSet('first-person', ['i', 'we']);

/**
 * The writer as the subject of a verb, with the contractions that carry one ("I'd", "I've", "we've",
 * "we'd"): "I've rebuilt", "we'd shipped" (claims.ts).
 */
export const FIRST_PERSON_SUBJECTS = wordSet('first-person-subjects', [
  ...FIRST_PERSON,
  "i'd",
  "i've",
  "we've",
  "we'd",
]);

const WRITER_WORDS = ['i', 'me', 'my', 'we', 'us', 'our', "i'd", "i've", "we've", "i'm"];

/**
 * Every word that puts the writer in a sentence: "I", "me", "my", "we", "us", "our" and the contracted
 * forms. A sentence holding one is not told of someone else ("Dr. Lee rebuilt …" is a third-person
 * resume line; "…, and I rebuilt it" is not), and its verb may be the writer's (claims.ts,
 * result-report.ts).
 */
export const FIRST_PERSON_WORDS = wordSet('first-person-words', WRITER_WORDS);

/**
 * FIRST_PERSON_WORDS and "we're" ("we're still paged every night"): a sentence with the writer in it
 * tells no problem of others that kept happening (recurring-problems.ts). Only this list and the two
 * below hold "we're"; whether FIRST_PERSON_WORDS should is a change of behaviour, left to its own commit.
 */
export const FIRST_PERSON_WORDS_WITH_WE_RE = wordSet('first-person-words-with-we-re', [...WRITER_WORDS, "we're"]);

/**
 * FIRST_PERSON_WORDS_WITH_WE_RE without "our", on purpose: "our" names whose the old system was ("Our
 * old scheduler dropped 2% of jobs" is a before value), so only the other words put the writer's act in
 * the sentence (old-system-values.ts).
 */
export const FIRST_PERSON_WORDS_BUT_OUR = wordSet(
  'first-person-words-but-our',
  [...FIRST_PERSON_WORDS_WITH_WE_RE].filter((w) => w !== 'our'),
);

/**
 * FIRST_PERSON_WORDS_WITH_WE_RE and the possessives "mine" and "ours": a lesson or advice told with the
 * writer in it ("a mistake of mine", "the call was ours") is the writer's story, not a rule of thumb
 * (lessons.ts).
 */
export const FIRST_PERSON_WORDS_WITH_POSSESSIVES = wordSet('first-person-words-with-possessives', [
  ...FIRST_PERSON_WORDS_WITH_WE_RE,
  'mine',
  'ours',
]);
