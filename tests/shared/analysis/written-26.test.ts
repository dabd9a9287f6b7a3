// written-26.jsonl (49 resume and STAR lines, ours, session 19) aims at kinds 1, 2, 4 and 5 of
// ERROR-KINDS-S19-OUTCOMES.md: "for <quality>" that names what a measuring thing looks at or a
// problem looked for, a decision's infinitive, "so" clauses that contrast with the old way, and
// people brought to take on or back the work ("got the lead to co-own it"), each with contrast rows.
// Labeled and committed before the rules; half aside. Before the rules: has_outcome F1 tuning .381,
// aside .333. The "so … instead of" rows stay unread: that rule cost the figures-only sets.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-26.jsonl',
  "'for <quality>', a decision's infinitive, 'so' contrasts, people brought to act",
  { tuning: { has_outcome: 0.75, vague_claim: 0.84 }, aside: { has_outcome: 0.61, vague_claim: 0.72 } },
  24,
);
