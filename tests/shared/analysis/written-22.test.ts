// written-22.jsonl (68 resume and STAR lines, ours, session 18) aims at kinds 6, 7 and 18 of
// ERROR-KINDS-S17.md: a metric told as a fraction, ratio, growth or reach ("about a third were
// duplicates", "1 in 12 shipments", "had grown to over 200", "now used by five other wards"); the amount
// of material gone through ("a week of checkout logs", "a few hundred claims"); a title line with a remit
// ("Team lead for a support pod of 9 agents") beside titles with only an employer, course or project.
// Labeled and committed before the rules; half aside. Before the rules: tuning claim .837 metric .643
// scale .741 vague .600; aside claim .829 metric .538 scale .857 vague .889.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-22.jsonl',
  'fractions, effort spans, remit titles',
  {
    tuning: { is_claim: 0.91, has_metric: 0.97, has_scale: 0.83, has_outcome: 0.99, vague_claim: 0.85 },
    aside: { is_claim: 0.95, has_metric: 0.91, has_scale: 0.92, has_outcome: 0.99, vague_claim: 0.99 },
  },
  30,
);
