// written-23.jsonl (22 resume and STAR lines, ours, session 18) aims at kind 17 of ERROR-KINDS-S17.md:
// bare delivery ("on time", "on schedule", "within budget" with no figure) and present throughput with no
// change, multiplier or comparison are no outcome (RUBRIC-NOTES "Delivery on time", "System throughput");
// look-alikes with a before value, a multiplier, a figure under budget or an effect are outcomes. Labeled and
// committed before any rule; half aside. Floors are the figures before any rule: tuning outcome .667
// (P .500 R 1.000), aside outcome .667 (P .500 R 1.000).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-23.jsonl',
  'bare delivery and present throughput',
  {
    tuning: { is_claim: 0.98, has_metric: 0.85, has_scale: 0.98, has_outcome: 0.66 },
    aside: { is_claim: 0.95, has_metric: 0.79, has_scale: 0.72, has_outcome: 0.66 },
  },
  10,
);
