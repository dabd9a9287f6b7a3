// written-36.jsonl (36 STAR and resume lines, ours, session 21): outcomes told by shape rather than
// by a listed word — what the people the writer developed went on to do ("two promoted within a
// year", "11 of whom came back") beside what they merely were or did, and a difference told by a
// sign, a number before a comparative or attainment ("+8% sign-ups", "an 8% lower rate", "124% of
// quota") beside settings, targets and context values. Labeled and committed before the rules; half
// aside. Before: has_outcome F1 tuning .588 (5/0/7), aside .588 (5/0/7); after the mentee rule:
// tuning .800, aside .800; after the measured-difference rules: 1.000 and 1.000.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-36.jsonl',
  'outcomes of mentees and measured differences',
  {
    tuning: { is_claim: 0.95, has_outcome: 0.95 },
    aside: { is_claim: 0.9, has_outcome: 0.95 },
  },
  18,
);
