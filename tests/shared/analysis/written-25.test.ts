// written-25.jsonl (40 resume and STAR lines, ours, session 19) aims at the numbers that measure
// nothing, kinds 1–4 of ERROR-KINDS-S19-CLAIMS.md: configuration values (a threshold after a
// comparison sign in an alert or rule, the accelerators a job runs on, shards and caps), the story's own
// people and things ("two of my seniors wanted …", "the two busiest lanes"), names and versions
// ("MRR@20", "upgrades (12 → 16)") and the second count in a title's parentheses ("(6 engineers,
// 1 designer)"). Each family has controls that stay metrics. Labeled and committed before the rules;
// half aside. Before the rules: has_metric F1 tuning .667, aside .545; after them 1.000 and .800.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-25.jsonl',
  'numbers that measure nothing: configuration, the story’s own things, names',
  {
    tuning: { is_claim: 0.99, has_metric: 0.99, has_scale: 0.66 },
    aside: { is_claim: 0.99, has_metric: 0.85, has_scale: 0.88 },
  },
  20,
);
