// A few options the writer compared or tried side by side: "compared three carriers on cost per
// parcel", "benchmarked two embedding models", "trialled four rota patterns". How many options a test
// had is its design, a configuration value (RUBRIC-NOTES "Rollout shares, canaries and test design":
// "four variants"), not a count of work delivered. What the test found stays the metric; a large count
// tried one by one ("tested 300 devices") is a volume worked through and stays a quantity.
import type { NumberContext } from './quantity-context';
import { lemmaSet } from '../language/lexicon';
import { digitsValue, numberWordValue } from './number-words';
import { governorOf } from './quantity-governor';

/** Verbs that set options side by side ("test" only inflected: "tested two layouts", not "a test of two"). */
const COMPARING_VERBS = lemmaSet(
  'comparing-verbs',
  ['compare', 'evaluate', 'benchmark', 'trial', 'weigh', 'consider', 'shortlist', 'prototype', 'test'],
  ['test'],
);

/** The largest number of options a test of a few is read as. */
const MAX_OPTIONS = 6;

/** Whether the count `q` is the number of options a comparing verb set side by side. */
export function isComparedOptions(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'count' || q.change || q.fromTo || q.result) return false;
  const at = n.at;
  const value = numberWordValue(tokens[at].lower) ?? digitsValue(tokens[at].text);
  if (!(value >= 2 && value <= MAX_OPTIONS)) return false;
  const g = governorOf(tokens, at);
  return g >= 0 && COMPARING_VERBS.has(tokens[g].lower);
}
