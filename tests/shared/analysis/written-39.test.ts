// written-39.jsonl (12 STAR lines, ours, session 21): the writer's work still used, in use, in place
// or running, told in a Result (an adoption outcome and the writer's claim), beside an old thing
// still in use under Situation or Task, an act and a hypothetical. Labeled and committed before the
// rule; half of each kind aside. Before: is_claim and has_outcome F1 tuning .667 (2/0/2), aside
// 1.000; after: 1.000 and 1.000.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-39.jsonl',
  'work still in use',
  {
    tuning: { is_claim: 0.95, has_outcome: 0.95 },
    aside: { is_claim: 0.95, has_outcome: 0.95 },
  },
  5,
);
