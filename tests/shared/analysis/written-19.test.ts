// written-19.jsonl (81 resume and STAR lines, ours, session 18) aims at kinds 4, 5 and 19 of
// ERROR-KINDS-S17.md: numbers that are no measures (tenure, a limit the work had to respect, the age of
// a problem, items chosen to go first, digits inside names), counts of work done and after values
// (metric, not scale), and title or credential lines (no claim), each with look-alikes that keep their
// role. Labeled and committed before the rules; half aside. Before the rules: aside metric .629 (P .500),
// scale .308 (P .182), claim .899, vague .500; tuning metric .605, scale .625, claim .853, vague .190.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-19.jsonl',
  'numbers that are no measures, credential lines',
  {
    tuning: { is_claim: 0.95, has_metric: 0.89, has_scale: 0.66, vague_claim: 0.78 },
    aside: { is_claim: 0.96, has_metric: 0.81, has_scale: 0.44, vague_claim: 0.82 },
  },
  40,
);
