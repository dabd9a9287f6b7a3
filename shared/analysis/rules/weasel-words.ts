// Weasel words: intensifiers and vague quantities that sound like evidence but give none
// ("significantly", "various", "a lot of", "world-class"). Each hit asks for the number behind it.
import type { Token } from './tokenize';
import { matchPhrases, phraseIndex, type PhraseHit } from './phrase-match';

const WEASEL_PHRASES = phraseIndex([
  'significantly',
  'greatly',
  'dramatically',
  'substantially',
  'considerably',
  'massively',
  'vastly',
  'hugely',
  'drastically',
  'tremendously',
  'immensely',
  'extremely',
  'very',
  'really',
  'highly',
  'various',
  'numerous',
  'several',
  'many',
  'multiple',
  'countless',
  'a lot of',
  'lots of',
  'tons of',
  'a number of',
  'a variety of',
  'huge',
  'massive',
  'enormous',
  'world-class',
  'world class',
  'best-in-class',
  'cutting-edge',
  'state-of-the-art',
  'next-generation',
  'game-changing',
  'seamless',
  'seamlessly',
  'robust',
  'etc',
]);

export function findWeaselWords(tokens: Token[]): PhraseHit[] {
  return matchPhrases(tokens, WEASEL_PHRASES);
}
