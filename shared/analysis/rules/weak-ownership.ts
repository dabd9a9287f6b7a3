// Weak ownership verbs: phrasings that hide what the speaker personally did ("helped", "worked on",
// "was involved in", "responsible for", "participated in"). Interviewers probe exactly these.
import type { Token } from './tokenize';
import { matchPhrases, phraseIndex, type PhraseHit } from './phrase-match';

const WEAK_OWNERSHIP_PHRASES = phraseIndex([
  'helped',
  'help',
  'helping',
  'helps',
  'assisted',
  'assist',
  'assisting',
  'worked on',
  'working on',
  'work on',
  'was involved in',
  'were involved in',
  'involved in',
  'responsible for',
  'participated in',
  'participating in',
  'contributed to',
  'contributing to',
  'was part of',
  'took part in',
  'was tasked with',
  'supported the',
]);

export function findWeakOwnership(tokens: Token[]): PhraseHit[] {
  return matchPhrases(tokens, WEAK_OWNERSHIP_PHRASES);
}
