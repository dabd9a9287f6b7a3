// written-42.jsonl (10 resume and STAR lines, ours, session 21): a score or rate change of a thing an
// "-ing" noun names ("raised CSAT of the onboarding flow by 11 points") is a metric and sizes nothing;
// the same word as the writer's verb ("Onboarded 300 new merchants") still processes a volume. Labeled
// and committed before the rule; half aside. Before the rule: tuning has_metric .889, has_scale .333
// (1/4/0); aside 1.000 both; after: tuning 1.000 both.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-42.jsonl',
  'score changes of a thing an -ing noun names',
  {
    tuning: { is_claim: 0.99, has_metric: 0.99, has_scale: 0.99 },
    aside: { is_claim: 0.99, has_metric: 0.99, has_scale: 0.99 },
  },
  5,
);
