// Weasel words: intensifiers, vague quantities and marketing words that sound like evidence but give
// none ("significantly", "a lot of", "world-class"). Each hit asks for the number behind it.
// Split by kind because they belong in different places: an intensifier or a marketing word inflates
// any claim, but a vague quantity ("several teams", "many customers") is plain description in the
// setup and only stands in for a measure in the Result.
import type { Token } from '../language/tokenize';
import { matchPhrases, phraseIndex, type PhraseHit } from '../language/phrase-match';

// The tokenizer splits "world-class" into world, -, class; phrases are matched token by token.
const hyphenated = (phrases: string[]) => phrases.map((p) => p.replace(/-/g, ' - '));

const INFLATING = phraseIndex(
  hyphenated([
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
    'world-class',
    'world class',
    'best-in-class',
    'cutting-edge',
    'game-changing',
    'next-generation',
    'seamless',
    'seamlessly',
  ]),
);

const VAGUE_AMOUNTS = phraseIndex([
  'various',
  'numerous',
  'several',
  'many',
  'countless',
  'a lot of',
  'lots of',
  'tons of',
  'a ton of',
  'a number of',
  'a variety of',
  'huge',
  'massive',
  'enormous',
]);

export type WeaselKind = 'inflating' | 'vague-amount';

export interface WeaselHit extends PhraseHit {
  kind: WeaselKind;
}

/** A phrase hit with its kind (built field by field: an object spread costs more than the match). */
function weaselHit(h: PhraseHit, kind: WeaselKind): WeaselHit {
  return { start: h.start, end: h.end, phrase: h.phrase, kind };
}

export function findWeaselWords(tokens: Token[]): WeaselHit[] {
  const inflating = matchPhrases(tokens, INFLATING);
  const vague = matchPhrases(tokens, VAGUE_AMOUNTS);
  if (inflating.length + vague.length === 0) return [];
  return [...inflating.map((h) => weaselHit(h, 'inflating')), ...vague.map((h) => weaselHit(h, 'vague-amount'))].sort(
    (a, b) => a.start - b.start,
  );
}
