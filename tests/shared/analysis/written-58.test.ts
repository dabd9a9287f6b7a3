// written-58.jsonl (48 résumé lines and STAR sentences, ours, session 25): markup before the verb (LaTeX,
// emoji with a variation selector or joiner, org-mode and checkbox markers, lettered and roman bullets,
// quote markers, HTML entities, table pipes) with near misses (lines of markup only, "C++", "#1", "5*");
// configuration values and duty spans; people led or scheduled and age ranges; a following clause that
// cancels nothing. Labeled and committed before the rules; odd rows tuning, even rows aside.
// Before (aba8e08): tuning is_claim 15/1/5, has_metric 7/4/0, has_scale 3/1/2, vague 5/0/5; aside
// is_claim 14/1/4, has_metric 7/4/0, has_scale 3/2/1, vague 1/0/8.
// After the line markup reading (line-markup.ts): tuning is_claim 19/1/1, vague 8/0/2; aside is_claim
// 18/1/0, vague 5/0/4.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-58.jsonl',
  'markup before the verb and number roles',
  {
    tuning: { is_claim: 0.95, has_metric: 0.77, has_scale: 0.66, vague_claim: 0.88 },
    aside: { is_claim: 0.97, has_metric: 0.77, has_scale: 0.66, vague_claim: 0.71 },
  },
  24,
);
