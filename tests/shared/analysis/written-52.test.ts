// written-52.jsonl (32 resume and STAR lines, ours, session 22): before → after pairs whose after value is
// a number word ("from 14 tabs to one page", "to a single queue"), a frequency told with counts ("from
// several a night to one a week") or an ordinal point or try ("by the third working day instead of the
// tenth"); and from/to lines whose ordinals or "one" name places, people or steps. Labeled and committed
// before the rule; odd rows tuning, even rows aside. has_metric before: tuning .533 (4/0/7), aside .533
// (4/0/7); after: .952 (10/0/1) on both halves. has_outcome aside .625 (5/0/6) → .842 (8/0/3).
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-52.jsonl',
  'counts and ordinals as after values',
  {
    tuning: { is_claim: 0.99, has_metric: 0.95, has_outcome: 0.99 },
    aside: { is_claim: 0.99, has_metric: 0.95, has_outcome: 0.84 },
  },
  16,
);
