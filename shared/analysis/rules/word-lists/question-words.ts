// The verbs a heading's question asks about (question-headings.ts), matched by lemma: taking a lesson, an obligation
// or aim, what the work won, how the work came out. Which section a question names hangs on them.
import { lemmaSet } from './lemma-set';

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
