// written-54.jsonl (20 STAR and resume lines, ours, session 22): counts of a process compared with "now …
// instead of / rather than / down from" ("a claim now passes through two hand-offs instead of five", "now
// needs one approval, down from four"), beside counts compared as a choice ("booked two rooms instead of
// one"). Labeled and committed before the rule; odd rows tuning, even rows aside. Before: has_metric tuning
// 0/2/6, aside 5/1/1; has_outcome tuning 4/1/3, aside 3/0/3; has_scale aside 0/4/0. After: has_metric
// tuning 6/2/0 (the two false ones are older: people of the story), aside 5/1/1; has_outcome tuning 6/1/1,
// aside 5/0/1; has_scale aside 0/2/0.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-54.jsonl',
  'counts compared with now',
  {
    tuning: { is_claim: 0.99, has_metric: 0.85, has_outcome: 0.85 },
    aside: { is_claim: 0.82, has_metric: 0.83, has_outcome: 0.9 },
  },
  10,
);
