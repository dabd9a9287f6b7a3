// written-44.jsonl (24 resume and STAR lines, ours, session 22): a schedule told as a before → after
// ("deploys went from fortnightly to several times a day", "from a weekly batch to real time") is an
// outcome with no metric when a process is made more often; made less often, or a meeting's schedule,
// it is a bare action. Labeled and committed before the rule; half aside. Before the rule: has_outcome
// tuning .400 (2/0/6), aside .364 (2/1/6); after (the "from … to" shape only; "X instead of Y" was
// dropped): tuning .933 (7/0/1), aside .941 (8/1/0).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-44.jsonl',
  'schedules told as a change',
  {
    tuning: { is_claim: 0.99, has_outcome: 0.93 },
    aside: { is_claim: 0.99, has_outcome: 0.94 },
  },
  12,
);
