// Words that state a change in a quantity, by direction, for the coaching rules that read figures
// (a before value with no after, a relative figure with no base, a figure that cannot be right).
// Inflected forms are listed because the rules match tokens, not lemmas; each list is one verb family.

import { formMembersOf } from '../language/word-lists/change-families';
import { EFFECT_VERBS, IMPROVE_VERBS } from '../language/lexicon';

// Each list also reads the words that stand for its own by family ("diminished" for "reduced",
// word-lists/change-families.ts).
const forms = (...words: string[]) => new Set([...words, ...formMembersOf(words)]);

/** Verbs and nouns that state a decrease. */
export const DECREASE_WORDS = forms(
  'reduce',
  'reduced',
  'reduces',
  'reducing',
  'reduction',
  'cut',
  'cuts',
  'cutting',
  'decrease',
  'decreased',
  'decreasing',
  'lower',
  'lowered',
  'lowering',
  'drop',
  'dropped',
  'dropping',
  'drops',
  'slash',
  'slashed',
  'shrink',
  'shrank',
  'shrunk',
  'trim',
  'trimmed',
  'fell',
  'fall',
  'declined',
  'decline',
  'less',
  'fewer',
  'cheaper',
  'smaller',
);

/** Verbs and nouns that state an increase or improvement. */
export const INCREASE_WORDS = forms(
  'increase',
  'increased',
  'increasing',
  'increases',
  'improve',
  'improved',
  'improving',
  'improvement',
  'improves',
  'grow',
  'grew',
  'grown',
  'growing',
  'growth',
  'raise',
  'raised',
  'raising',
  'boost',
  'boosted',
  'boosting',
  'lift',
  'lifted',
  'rose',
  'risen',
  'gain',
  'gained',
  'up',
  'higher',
  'more',
  'expanded',
);

/** Verbs that move a quantity from one value to another without saying which way. */
export const MOVE_WORDS = forms('went', 'moved', 'brought', 'took', 'changed', 'scaled', 'sped', 'shifted');

/**
 * Whether a word states a change or an effect, by any list and any member of its family: "reducing", "cut",
 * "savings", "improvement", "diminished". The one test the number readers ask of the word before a figure.
 */
export function isChangeWord(lower: string): boolean {
  return DECREASE_WORDS.has(lower) || INCREASE_WORDS.has(lower) || EFFECT_VERBS.has(lower) || IMPROVE_VERBS.has(lower);
}
