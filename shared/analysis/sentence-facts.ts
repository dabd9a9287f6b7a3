// The facts about one sentence, computed once and cached by sentence text: tokens, quantities,
// outcome cues and the four rubric flags. Offsets are relative to the sentence.
import { tokenize, countWords, type Token } from './rules/tokenize';
import { findQuantities, type Quantity, type ExcludedNumber } from './rules/quantities';
import { isMetricQuantity } from './rules/metrics';
import { isScaleQuantity } from './rules/scale';
import { findOutcomeCues, type OutcomeCue } from './rules/outcomes';
import { detectClaim } from './rules/claims';
import { findMlTerms, type MlTerm } from './rules/ml-evidence';

export interface SentenceFacts {
  text: string;
  tokens: Token[];
  words: number;
  quantities: Quantity[];
  excluded: ExcludedNumber[];
  outcomes: OutcomeCue[];
  mlTerms: MlTerm[];
  isClaim: boolean;
  hasMetric: boolean;
  hasScale: boolean;
  hasOutcome: boolean;
}

export function sentenceFacts(text: string): SentenceFacts {
  const tokens = tokenize(text);
  const { quantities, excluded } = findQuantities(text, tokens);
  const hasMetric = quantities.some(isMetricQuantity);
  const hasScale = quantities.some(isScaleQuantity);
  const outcomes = findOutcomeCues(tokens, quantities.some((q) => q.change && q.kind !== 'multiplier' && q.head !== undefined || q.change && quantities.filter((x) => x.change).length >= 2));
  const firstWord = tokens.find((t) => t.kind !== 'symbol');
  const startsWithMetric = firstWord !== undefined && quantities.some((q) => q.start <= firstWord.start && q.end > firstWord.start && isMetricQuantity(q));
  const isClaim = detectClaim({ tokens, hasMetric, outcomes, startsWithMetric });
  return {
    text, tokens, words: countWords(tokens), quantities, excluded, outcomes, mlTerms: findMlTerms(tokens),
    isClaim, hasMetric, hasScale, hasOutcome: outcomes.length > 0,
  };
}
