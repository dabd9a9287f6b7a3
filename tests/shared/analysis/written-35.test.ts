// written-35.jsonl (32 STAR and resume lines, ours, session 20): durations that are effort spans (the
// time work took or saved, a course the writer taught) against durations that are not — a post held
// ("Acting charge nurse for 9 months"), the opening stretch of a duty ("for the first 6 weeks"), and
// the length of a thing set up ("a 4-week trial", "a 90-day payment term", "a 30-second grace
// period"). Labeled and committed before the rule; half aside. Before the rule: has_metric F1 tuning
// .667 (5/4/1), aside .556 (5/7/1); after: tuning .714, aside .769.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-35.jsonl',
  'durations by what they hang on',
  {
    tuning: { is_claim: 0.95, has_metric: 0.7, vague_claim: 0.84 },
    aside: { is_claim: 0.95, has_metric: 0.83 },
  },
  16,
);
