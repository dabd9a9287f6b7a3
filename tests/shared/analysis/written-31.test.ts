// written-31.jsonl (60 STAR and resume lines, ours, session 20) aims at three kinds of
// ERROR-KINDS-S20-VAGUE.md seen in several spent sets: praise of the result ("went really well",
// "finance was happy with the new checklist", "a hit with the reps") is a vague outcome; delivery on
// time or on budget alone is a bare delivery, no outcome, unless a late process changed ("payroll now
// goes out on time"); renewals, upsells and contracts won are outcomes. Each beside negatives (praise
// denied, asked about or of the old thing; work toward a renewal). Labeled and committed before the
// rules; half aside. Before the rules: has_outcome F1 tuning .600, aside .688; vague_claim tuning .556,
// aside .400.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-31.jsonl',
  'praise, bare delivery and sales results',
  {
    tuning: { is_claim: 0.97, has_outcome: 1, vague_claim: 0.95 },
    aside: { is_claim: 0.97, has_outcome: 0.94, vague_claim: 0.79 },
  },
  30,
);
