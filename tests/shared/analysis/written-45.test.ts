// written-45.jsonl (24 resume and STAR lines, ours, session 22): a count of none over a period ("not one
// stockout in Q4", "zero payroll reruns since go-live", "no falls on the ward in the six months after")
// is a metric and an outcome whatever it counts; what the work lacked ("no budget", "no analyst for the
// first quarter", "no experience") counts nothing. Labeled and committed before the rule; half aside.
// Before the rule: has_metric tuning .769 (5/0/3), aside .769 (5/0/3); has_outcome tuning .667 (4/0/4),
// aside .857 (6/0/2). After: has_metric 1.0 (8/0/0) on both halves, has_outcome tuning .857 (6/0/2),
// aside 1.0 (8/0/0).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-45.jsonl',
  'counts of none over a period',
  {
    tuning: { is_claim: 0.95, has_metric: 0.99, has_outcome: 0.85 },
    aside: { is_claim: 0.94, has_metric: 0.99, has_outcome: 0.99 },
  },
  12,
);
