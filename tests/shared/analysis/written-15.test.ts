// written-15.jsonl (32 resume and STAR lines, ours, session 17) aims at the targets of issue 11: a figure
// under an assignment, wish or proposal lead ("Tasked with reducing costs by 15%", "I proposed cutting the
// build from 6 hours to 2", "Asked to bring churn from 8% to 5%") is no metric in any section, each beside
// the same figure reached ("Reduced costs by 15% after being tasked with it"). Labeled and committed
// before the rule; half aside. Before the rule: tuning metric .737, outcome .706; aside metric .800,
// outcome .700.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-15.jsonl',
  'targets, proposals and assignments vs results reached',
  {
    tuning: { is_claim: 0.95, has_metric: 0.99, has_outcome: 0.92 },
    aside: { is_claim: 0.86, has_metric: 0.94, has_outcome: 0.87 },
  },
  16,
);
