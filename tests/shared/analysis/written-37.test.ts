// written-37.jsonl (20 resume lines, ours, session 21): unlabelled lists of tools and skills ("Python,
// SQL, Tableau, stakeholder management"), no claims by RUBRIC.md, beside verbless lists of duties the
// writer did ("Full stack development, code reviews, on-call rotation"), claims as in corpus b0417.
// Labeled and committed before the rule; half of each kind aside. Before: is_claim F1 tuning .500
// (2/2/2), aside .857 (3/0/1); after the skill-list rule: tuning .667 (2/0/2), aside .857 — the duty
// lists a claim rule misses are left open.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-37.jsonl',
  'skill lists beside duty lists',
  {
    tuning: { is_claim: 0.65 },
    aside: { is_claim: 0.85 },
  },
  10,
);
