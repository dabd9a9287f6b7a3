// written-43.jsonl (40 resume and STAR lines, ours, session 21): a duration that sets a term, a trial or
// a pick ("ran an interleaving test for 2 weeks", "they renewed for another 2 years", "offered a daily
// file within two weeks", "called every account that hadn't logged in for 30 days") is no metric; the
// span of the writer's effort, the time a result took and before/after values beside them stay metrics.
// Labeled and committed before the rule; half aside. Before the rule: has_metric tuning .800 (6/1/2),
// aside .500 (5/7/3); after: tuning .857 (6/0/2), aside .667 (5/2/3).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-43.jsonl',
  'durations that are a term, a trial or a pick',
  {
    tuning: { is_claim: 0.99, has_metric: 0.85 },
    aside: { is_claim: 0.99, has_metric: 0.66 },
  },
  15,
);
