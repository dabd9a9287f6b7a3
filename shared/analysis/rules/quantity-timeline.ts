// The planned span of a plan, a roadmap or a project ("a six-week onboarding plan", "the 18-month
// roadmap", "led a 3-month migration", "a two-week sprint cadence") is a timeline, not the time the
// work took (RUBRIC-NOTES "Effort spans": a schedule or a period is no metric; "Targets and
// deadlines"). The time the work took stays a metric: "finished the migration in five weeks", "a week
// ahead of plan", "cut the release cycle from six weeks to one".
import type { Token } from './tokenize';
import type { Quantity } from './quantity-types';
import { CONTEXT_PREPOSITIONS, PLANNED_SPAN_NOUNS } from './lexicon';
import { DURATION_UNITS } from './quantity-lexicon';
import { tokenIndexFrom } from './quantity-phrase';

/** Words of a noun phrase that may stand between the length and what it spans: "onboarding", "product", "ERP". */
const MODIFIER_REACH = 3;

/** Whether the duration is the planned span of a plan or a project named right after it. */
export function isPlannedSpan(tokens: Token[], q: Quantity): boolean {
  if (q.kind !== 'duration' || q.change || q.fromTo) return false;
  // A length used as a modifier has its unit in the singular: "six-week", "12 month", "30-60-90 day".
  const words = q.text.toLowerCase().split(/[\s-]+/);
  const unitAt = words.findIndex((w) => DURATION_UNITS.has(w));
  if (unitAt < 0 || words[unitAt].endsWith('s')) return false;
  // The head itself ("a two-week sprint"), or a noun a few modifiers on ("a six-week onboarding plan").
  if (words.slice(unitAt + 1).some((w) => PLANNED_SPAN_NOUNS.has(w))) return true;
  for (let k = tokenIndexFrom(tokens, q.end), seen = 0; k < tokens.length && seen < MODIFIER_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (t.text === '-' || t.text === '/') continue;
      return false;
    }
    if (PLANNED_SPAN_NOUNS.has(t.lower)) return true;
    // The noun phrase ends at a preposition, a conjunction or a determiner: "a 2-hour outage during the migration".
    if (
      CONTEXT_PREPOSITIONS.has(t.lower) ||
      /^(and|or|but|that|which|who|the|a|an|by|during|across|over)$/.test(t.lower)
    )
      return false;
    seen++;
  }
  return false;
}
