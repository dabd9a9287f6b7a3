// written-18.jsonl (24 resume and STAR lines, ours, session 17) aims at kind 8 of ERROR-KINDS-S17.md: a
// benefit told by let/allow/so/which-let ("which let us retire the old cron box", "let the agents answer
// without a human") is an outcome; the same shape naming only a function ("a portal to let customers
// manage their invoices", "which let us run them in containers") is not. Labeled and committed before the
// rule; half aside. Before the rule: tuning outcome .800, aside outcome .600 (P .750 R .500).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-18.jsonl',
  'benefit clauses vs function look-alikes',
  {
    tuning: { is_claim: 0.99, has_outcome: 0.99, vague_claim: 0.99 },
    aside: { is_claim: 0.99, has_outcome: 0.92, vague_claim: 0.9 },
  },
  12,
);
