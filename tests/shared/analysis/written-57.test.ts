// written-57.jsonl (36 STAR and resume lines, ours, session 24): configuration values — policy windows,
// lengths of schedule units, test design, thresholds that pick items, joined offsets — and title lines
// with a workplace size, a project or an authority limit, beside near misses that keep their metric or
// claim. Labeled and committed before the rules; odd rows tuning, even rows aside. Before (51ada6c):
// tuning is_claim 15/2/0, has_metric 6/8/0, has_scale 4/0/2, vague 3/0/5; aside is_claim 15/3/0,
// has_metric 4/10/0, has_scale 3/1/0, vague 3/0/6. After: tuning is_claim 15/0/0, has_metric 6/1/0,
// has_scale 6/0/0, vague 7/0/1; aside is_claim 15/0/0, has_metric 4/1/0, has_scale 3/0/0, vague 8/1/1.
// The false metrics left are a window applied to every item ("within 72 hours of their first visit"),
// a shape that cost a true metric on a figures-only set.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-57.jsonl',
  'configuration values and title-line figures',
  {
    tuning: { is_claim: 0.99, has_metric: 0.92, has_scale: 0.99, vague_claim: 0.93 },
    aside: { is_claim: 0.99, has_metric: 0.88, has_scale: 0.99, vague_claim: 0.88 },
  },
  18,
);
