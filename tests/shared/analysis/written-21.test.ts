// written-21.jsonl (96 resume and STAR lines, ours, session 18) aims at kinds 10, 11, 12, 13 and 17 of
// ERROR-KINDS-S17.md: outcomes told without a listed change word (a measure brought down to a value,
// "became rarer", "in half the time", lapsed customers won back), zero counts told by a trouble's
// modifier ("with no missed runs"), problems stopped or gone, what others now do with the work, and
// bare delivery or present throughput, which is no outcome. Each family has look-alikes that are no
// outcome. Labeled and committed before the rules; half aside. Before the rules: aside outcome .571
// (P .800 R .444), vague .643; tuning outcome .553, vague .538.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-21.jsonl',
  'outcomes told without a change word, bare delivery',
  {
    tuning: { is_claim: 0.98, has_metric: 0.83, has_outcome: 0.9, vague_claim: 0.7 },
    aside: { is_claim: 0.99, has_metric: 0.93, has_outcome: 0.94, vague_claim: 0.85 },
  },
  40,
);
