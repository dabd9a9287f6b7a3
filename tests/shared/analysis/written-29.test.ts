// written-29.jsonl (32 STAR and resume lines, ours, session 19): a change inside what the writer
// found out ("found that conversions had dropped", "noticed the feed no longer sent the field") is
// the problem, no outcome; a setting lowered ("lowered the alert threshold") is the act. Beside them
// the same change words as real outcomes ("churn dropped after the fix", "saw that sign-ups had
// recovered", "found that the new flow cut abandoned carts"). Labeled and committed before the rule;
// half aside. Before the rule: has_outcome F1 tuning .625, aside .800.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-29.jsonl',
  'a change inside a problem found',
  { tuning: { has_outcome: 0.76, vague_claim: 0.95 }, aside: { has_outcome: 0.94 } },
  12,
);
