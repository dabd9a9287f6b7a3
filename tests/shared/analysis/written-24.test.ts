// written-24.jsonl (33 resume and STAR lines, ours, session 18) aims at kind 20 of ERROR-KINDS-S17.md:
// the writer's act missed after a verbless head and a clause break ("Shift lead - trained 14 new
// hires", "12-year veteran of X; led Y"), inside a when-clause whose subject is the writer ("I'd been
// there six weeks when I rewrote …"), and under unusual writer subjects ("me and one other engineer
// rebuilt …", a third-person resume line). Each family has look-alikes that are no claim: credentials,
// places, context, others' acts. Labeled and committed before the rules; half aside. Before the rules:
// is_claim F1 tuning .267, aside .375.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-24.jsonl',
  "the writer's act after a title, in a when-clause, odd subjects",
  { tuning: { is_claim: 0.91 }, aside: { is_claim: 0.86 } },
  16,
);
