// written-58.jsonl (48 résumé lines and STAR sentences, ours, session 25): markup before the verb (LaTeX,
// emoji with a variation selector or joiner, org-mode and checkbox markers, lettered and roman bullets,
// quote markers, HTML entities, table pipes) with near misses (lines of markup only, "C++", "#1", "5*");
// configuration values and duty spans; people led or scheduled and age ranges; a following clause that
// cancels nothing. Labeled and committed before the rules; odd rows tuning, even rows aside.
// Before (aba8e08): tuning is_claim 15/1/5, has_metric 7/4/0, has_scale 3/1/2, vague 5/0/5; aside
// is_claim 14/1/4, has_metric 7/4/0, has_scale 3/2/1, vague 1/0/8.
// After the line markup reading (line-markup.ts): tuning is_claim 19/1/1, vague 8/0/2; aside is_claim
// 18/1/0, vague 5/0/4. After the number roles of number-roles-s25.test.ts: tuning has_metric 7/3/0,
// has_scale 3/0/2, vague 9/0/1; aside has_metric 7/0/0, has_scale 3/1/1, vague 9/0/0.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-58.jsonl',
  'markup before the verb and number roles',
  {
    tuning: { is_claim: 0.95, has_metric: 0.82, has_scale: 0.74, vague_claim: 0.94 },
    aside: { is_claim: 0.97, has_metric: 0.99, has_scale: 0.74, vague_claim: 0.99 },
  },
  24,
);
