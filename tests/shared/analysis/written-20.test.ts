// written-20.jsonl (60 resume and STAR lines, ours, session 18) aims at kinds 14, 15 and 16 of
// ERROR-KINDS-S17.md: context and lessons read as claims. Others' requests, recurring problems and an old
// system's before value ("Legal asked for the same", "Parents kept emailing about missing grades", "The old
// routing sheet was off by 30 minutes") are context; the writer's own setting under a Situation heading
// ("We ran a marketplace of about 50,000 sellers", "I was leading five people") is context with its
// scale; a lesson or advice, in a Reflection or headerless ("Short huddles beat long reports", "Bring the
// money a change loses"), is no claim. Each class has look-alikes that are claims: the writer acting on
// the request, a one-off act in the Situation, a practice adopted, a specific past result. Labeled and
// committed before the rules; half aside. Before the rules: tuning claim .500, outcome .500; aside claim
// .500, outcome .182.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-20.jsonl',
  'context and lessons vs the writer’s claims',
  {
    tuning: { is_claim: 0.77, has_outcome: 0.85 },
    aside: { is_claim: 0.76, has_outcome: 0.28 },
  },
  30,
);
