// written-41.jsonl (40 STAR Action lines, ours, session 21): counts of the people, places and parts a
// story already has ("met with the two product owners", "split my territory into three zones") and
// configuration values, against counts of work delivered, material gone through and people trained.
// Labeled and committed before the rule; half aside. Before the rule: has_metric F1 tuning .800
// (8/3/1), aside .889 (8/1/1); after: tuning .889 (8/1/1), aside .889 (a count hanging on "into" is
// left to the plan-part rule, so "put the class into five tables" stays a metric).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-41.jsonl',
  'a few things of the story in an Action',
  {
    tuning: { is_claim: 0.99, has_metric: 0.88 },
    aside: { is_claim: 0.99, has_metric: 0.88 },
  },
  20,
);
