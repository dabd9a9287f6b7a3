// written-17.jsonl (24 resume lines, ours, session 17) aims at scale precision (ERROR-KINDS-S17 kinds 2 and 3):
// a limit, cap, maximum, timeout or placement the writer set ("Set a limit of 500 requests per minute",
// "Spread the replicas across three availability zones") and the story's own people ("with the other two
// teachers", "Supported 3 PMs") size nothing, each beside true scale that looks alike ("a fleet of 40 nodes
// across three availability zones", "a team of 8 engineers"). Labeled and committed before the rule; half
// aside. Before the rule: tuning scale .667 (3 fp), aside scale .667 (3 fp).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-17.jsonl',
  'configuration values and story people vs true scale',
  {
    tuning: { is_claim: 0.99, has_scale: 0.92 },
    aside: { is_claim: 0.99, has_scale: 0.79 },
  },
  12,
);
