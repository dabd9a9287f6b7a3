// written-16.jsonl (24 resume and STAR lines, ours, session 17) aims at kind 1 of ERROR-KINDS-S17: an
// outcome word that modifies a following noun ("the promotion policy", "an improvement tracker", "the
// gradient boosting library", "customer success leads") or is the object of "responsible for" names no
// result, each beside the same word as a real outcome ("Boosted conversion", "Earned a promotion",
// "Improved reliability"). Labeled and committed before the rule; half aside. Before the rule: tuning
// outcome .857 (6/2/0), vague .800; aside outcome .750 (6/4/0), vague .286.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-16.jsonl',
  'outcome words inside names and remits vs real outcomes',
  {
    tuning: { is_claim: 0.99, has_outcome: 0.99 },
    aside: { is_claim: 0.95, has_metric: 0.99, has_outcome: 0.99 },
  },
  12,
);
