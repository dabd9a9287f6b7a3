// Hedges: words that soften a claim until an interviewer cannot tell what happened ("I think",
// "sort of", "probably"). Said aloud they sound unsure of one's own work. Narrative of attempts
// ("I tried to reproduce it") and of what something looked like at the time ("it seemed out of
// memory") is not hedging and is not matched.
import { tokenStartingAt, type Token } from '../language/tokenize';
import { matchPhrases, phraseIndex, type PhraseHit } from '../language/phrase-match';

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
  'a bit',
  'a little',
  'more or less',
  'to some extent',
  'i hope',
  'presumably',
  'supposedly',
  'basically',
]);

// "this kind of issue", "what sort of data": a noun phrase, not a hedge.
const DETERMINERS = new Set([
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'the',
  'a',
  'an',
  'any',
  'some',
  'every',
  'each',
  'one',
  'same',
  'other',
  'new',
  'right',
  'wrong',
]);

export function findHedges(tokens: Token[]): PhraseHit[] {
  return matchPhrases(tokens, HEDGE_PHRASES).filter((hit) => {
    if (hit.phrase !== 'kind of' && hit.phrase !== 'sort of') return true;
    const i = tokenStartingAt(tokens, hit.start);
    const prev = tokens[i - 1];
    return !prev || !DETERMINERS.has(prev.lower);
  });
}
