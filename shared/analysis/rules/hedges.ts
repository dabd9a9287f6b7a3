// Hedges: words that soften a claim until an interviewer cannot tell what happened ("I think",
// "sort of", "tried to", "probably"). Said aloud they sound unsure of one's own work.
import type { Token } from './tokenize';
import { matchPhrases, phraseIndex, type PhraseHit } from './phrase-match';

const HEDGE_PHRASES = phraseIndex([
  'i think',
  'i believe',
  'i feel',
  'i guess',
  'i suppose',
  'i would say',
  "i'd say",
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'sort of',
  'kind of',
  'somewhat',
  'hopefully',
  'arguably',
  'seems',
  'seemed',
  'appears to',
  'appeared to',
  'tried to',
  'attempted to',
  'a bit',
  'a little',
  'more or less',
  'might have',
  'could have',
  'to some extent',
  'in a way',
  'i hope',
  'presumably',
  'supposedly',
  'basically',
]);

export function findHedges(tokens: Token[]): PhraseHit[] {
  return matchPhrases(tokens, HEDGE_PHRASES);
}
