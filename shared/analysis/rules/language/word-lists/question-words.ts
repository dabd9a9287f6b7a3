// The verbs a heading's question asks about (question-headings.ts), matched by lemma: taking a lesson, an obligation
// or aim, what the work won, how the work came out. Which section a question names hangs on them.
import { lemmaSet, wordSet } from './lemma-set';

/** Verbs of taking a lesson: "What did you learn?", "What did it teach you?", "What did you take away?". */
export const QUESTION_LESSON_VERBS = lemmaSet('question-lesson-verbs', [
  'learn',
  'teach',
  'realise',
  'realize',
  'take',
]);
/** Verbs of an obligation or aim, before "to": "What did you need to do?", "What were you asked to fix?". */
export const QUESTION_AIM_VERBS = lemmaSet('question-aim-verbs', [
  'need',
  'have',
  'want',
  'try',
  'ask',
  'expect',
  'suppose',
  'hire',
  'task',
  'aim',
  'mean',
]);
/** Verbs of what the writer won by the work: "What did you achieve?", "What did you deliver?". */
export const QUESTION_ACHIEVE_VERBS = lemmaSet('question-achieve-verbs', [
  'achieve',
  'accomplish',
  'deliver',
  'gain',
  'win',
]);
/**
 * Verbs of how the work came out, with the work as subject or none: "How did it go?", "How did it turn out?",
 * "What changed?", "Did it work?", "Where did you end up?", "What did it lead to?".
 */
export const QUESTION_OUTCOME_VERBS = lemmaSet('question-outcome-verbs', [
  'go',
  'turn',
  'end',
  'work',
  'pan',
  'play',
  'land',
  'change',
  'improve',
  'lead',
  'pay',
  'help',
  'come',
  'result',
  'succeed',
  'achieve',
]);
/**
 * Verbs that take an indirect question or a told content as their object: "showed them how the template saves
 * time", "agreed which fixes reduced the crashes", "asked the vet what lowered lameness". What the question or the
 * content says is what was looked into or argued, not a result the work had (act-frame-cues.ts).
 */
export const CONTENT_CLAUSE_VERBS = lemmaSet('content-clause-verbs', [
  'show',
  'explain',
  'demonstrate',
  'illustrate',
  'ask',
  'agree',
  'decide',
  'check',
  'understand',
  'learn',
  'discuss',
  'review',
  'tell',
  'teach',
  'brief',
  'assess',
  'investigate',
  'establish',
  'determine',
  'confirm',
]);
/**
 * Verbs that take an indirect question only with a particle of looking into or going through ("worked out which",
 * "found out what", "looked into which", "walked them through how", "went over what"): alone they are acts of
 * their own ("worked on", "found a fix").
 */
export const CONTENT_PHRASAL_VERBS = lemmaSet('content-phrasal-verbs', [
  'work',
  'figure',
  'find',
  'look',
  'go',
  'walk',
  'take',
  'talk',
]);
/** The particles that make a CONTENT_PHRASAL_VERBS verb take an indirect question. */
export const CONTENT_PARTICLES = wordSet('content-particles', ['out', 'into', 'through', 'over']);
