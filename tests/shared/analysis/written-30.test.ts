// written-30.jsonl (66 STAR and resume lines, ours, session 20) and written-34.jsonl (12): a number's
// role by what it hangs on, in nurse, teacher, sales, support, SRE, ML, PM and logistics voices:
// counts the writer delivered, counts sizing the context, configuration and design values, the
// story's own people and things, rollouts to sites, effort spans and before values (written-30); a
// count under an "-ing" form that describes a thing ("a courier firm covering 9 boroughs") against
// the writer's own "-ed" and "-ing" forms (written-34). Labeled and committed before the rule; half
// aside. written-34 before the rule: has_metric F1 tuning .400, has_scale tuning .500.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-30.jsonl',
  'number roles by what they hang on',
  {
    // has_metric .70 → .68 (session 37): a verbless "Speaker at two regional nursing conferences" (w30-055) has
    // no clause evidence of a measure under quantity-evidence.ts; spent writers lost no true metric to it.
    tuning: { is_claim: 0.98, has_metric: 0.68, has_scale: 0.78 },
    aside: { is_claim: 0.97, has_metric: 0.72, has_scale: 0.91, vague_claim: 0.9 },
  },
  30,
);

describeWrittenSet(
  'written-34.jsonl',
  'counts under an -ing form that describes a thing',
  { tuning: { has_metric: 1, has_scale: 0.9 }, aside: { is_claim: 1, has_scale: 0.88 } },
  6,
);
