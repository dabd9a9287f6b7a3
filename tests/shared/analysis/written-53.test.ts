// written-53.jsonl (20 resume and STAR lines, ours, session 22): numbered days, weeks or hours compared
// ("on day 3 instead of day 10", "from week 6 to week 2") and reductions told only by their end ("reduced
// the stand-ups to one"), beside spans of a plan ("from day 1 to day 90") and choices narrowed to one.
// Labeled and committed before the rule; odd rows tuning, even rows aside. The numbered points landed:
// has_metric tuning .000 (0/0/6) → .286 (1/0/5), aside .667 (3/0/3) → .909 (5/0/1). A reduction verb
// reaching "one" was tried and dropped: it cost an aside row a false metric.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-53.jsonl',
  'numbered points compared',
  {
    tuning: { is_claim: 0.94, has_metric: 0.28 },
    aside: { is_claim: 0.94, has_metric: 0.9 },
  },
  10,
);
