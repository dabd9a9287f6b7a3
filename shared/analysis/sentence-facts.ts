// The facts about one sentence, computed once and cached by sentence text: tokens, quantities,
// outcome cues and the four rubric flags. Offsets are relative to the sentence.
import { tokenize, type Token } from './rules/tokenize';
import { findQuantities, type Quantity, type ExcludedNumber } from './rules/quantities';
import { isMetricQuantity } from './rules/metrics';
import { isScaleQuantity } from './rules/scale';
import { findOutcomeCues, type OutcomeCue } from './rules/outcomes';
import { detectClaim, isGoalStatement } from './rules/claims';
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
  // A goal or task statement names a target, not a result: its numbers are no metric ("Target: cut costs by 15%").
  const goal = isGoalStatement(tokens);
  const hasMetric = !goal && quantities.some(isMetricQuantity);
  const hasScale = quantities.some(isScaleQuantity);
  const words = tokens.filter((t) => t.kind !== 'symbol');
  // A measured before→after change is itself an outcome.
  const changes = quantities.filter((q) => q.change);
  const measuredChange = changes.some((q) => q.kind !== 'multiplier' && q.head !== undefined) || changes.length >= 2;
  // A goal or task statement names effects hoped for, not achieved.
  const outcomes = goal ? [] : findOutcomeCues(tokens, measuredChange, words);
  const firstWord = tokens.find((t) => t.kind !== 'symbol');
  const startsWithMetric =
    firstWord !== undefined &&
    !goal &&
    quantities.some((q) => q.start <= firstWord.start && q.end > firstWord.start && isMetricQuantity(q));
  const isClaim = detectClaim({ tokens, hasMetric, outcomes, startsWithMetric });
  return {
    text,
    tokens,
    words: words.length,
    quantities,
    excluded,
    outcomes,
    mlTerms: findMlTerms(tokens),
    isClaim,
    hasMetric,
    hasScale,
    hasOutcome: outcomes.length > 0,
  };
}
