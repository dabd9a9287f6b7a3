// An outcome word that modifies the noun after it names a thing, not a result: "the promotion
// policy", "an improvement tracker", "the gradient boosting library", "the savings calculator"
// (ERROR-KINDS-S17 kind 1). Only nouns and -ing forms are read this way: a past or base verb before
// a noun is the change itself ("boosted team morale", "cut review time").
import type { Token } from './tokenize';
import { CHANGE_NOUNS, QUALITY_MODIFIED, RECOGNITION_WORDS } from './lexicon';

// Words before an -ing form that make it a verb with an object ("by boosting team morale").
// Words before an -ing form that make it a verb with an object ("by boosting team morale", "kept
// improving team rituals"); a past form before it ("started improving") does too.
const ING_VERB_LEADS = new Set([
  'by',
  'while',
  'after',
  'before',
  'through',
  'and',
  'or',
  'for',
  'in',
  'on',
  'via',
  'from',
  'without',
  'also',
  'thereby',
  'then',
  'of',
  'to',
  'kept',
  'keep',
  'began',
  'begin',
  'start',
  'continue',
  'am',
  'are',
  'is',
  'was',
  'were',
  'been',
  'be',
]);

/** Is the cue word at `i` a modifier of the term noun after it ("promotion policy", "boosting library")? */
export function modifiesATerm(words: Token[], i: number): boolean {
  const next = words[i + 1]?.lower;
  if (next === undefined || !QUALITY_MODIFIED.has(next)) return false;
  const lower = words[i].lower;
  if (CHANGE_NOUNS.has(lower) || (RECOGNITION_WORDS.has(lower) && !lower.endsWith('ed'))) return true;
  if (!lower.endsWith('ing') || i === 0) return false;
  const prev = words[i - 1].lower;
  return !ING_VERB_LEADS.has(prev) && !prev.endsWith('ed');
}
