// written-27.jsonl (10 STAR and resume lines, ours, session 19) aims at kind 6 of
// ERROR-KINDS-S19-OUTCOMES.md: a trouble counted down to none ("duplicate charges went to zero"),
// beside settings and before values at zero. Labeled and committed before the rule; half aside.
// Before the rule: has_outcome F1 tuning .500, aside .800.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-27.jsonl',
  'troubles counted down to zero',
  { tuning: { has_outcome: 0.78 }, aside: { has_outcome: 0.78 } },
  5,
);
