// The planned span of a plan, a roadmap or a project ("a six-week onboarding plan", "the 18-month
// roadmap", "led a 3-month migration", "a two-week sprint cadence") is a timeline, not the time the
// work took (RUBRIC-NOTES "Effort spans": a schedule or a period is no metric; "Targets and
// deadlines"). The time the work took stays a metric: "finished the migration in five weeks", "a week
// ahead of plan", "cut the release cycle from six weeks to one".
import { ownWords, type NumberContext } from './quantity-context';
import {
  CONTEXT_PREPOSITIONS,
  LENGTH_COST_VERBS,
  LENGTH_MEASURE_NOUNS,
  PLANNED_SPAN_NOUNS,
  SHIFT_VERBS,
} from '../language/lexicon';
import { governorOf } from './quantity-governor';
import { APPROXIMATORS, DURATION_UNITS } from './quantity-lexicon';
import { NUMBER_WORDS } from './number-words';

/** Words of a noun phrase that may stand between the length and what it spans: "onboarding", "product", "ERP". */
const MODIFIER_REACH = 3;

/** Whether the duration is the planned span of a plan or a project named right after it. */
export function isPlannedSpan(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.change || q.fromTo) return false;
  // A length used as a modifier has its unit in the singular: "six-week", "12 month", "30-60-90 day".
  const words = ownWords(n);
  const unitAt = words.findIndex((w) => DURATION_UNITS.has(w));
  if (unitAt < 0 || words[unitAt].endsWith('s')) return false;
  // The head itself ("a two-week sprint"), or a noun a few modifiers on ("a six-week onboarding plan").
  if (words.slice(unitAt + 1).some((w) => PLANNED_SPAN_NOUNS.has(w))) return true;
  for (let k = n.after, seen = 0; k < tokens.length && seen < MODIFIER_REACH; k++) {
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

/** Words that end the noun phrase after a length: "1 day per week", "a 2-hour outage during the migration". */
const PHRASE_ENDS =
  /^(and|or|but|that|which|who|the|a|an|by|during|across|over|per|each|every|than|instead|before|after|ago|early|late|ahead|sooner|faster|later)$/;

/**
 * Whether the duration is the length of a thing named after it rather than the time work took: a
 * length used as a modifier ("a 12-month extension", "a 6-week eval", "a 30-second grace period", "a
 * rolling 52-week window of sales") sets the thing it modifies (RUBRIC-NOTES "Effort spans": a period is
 * no metric). A session the writer gave ("an 8-hour workshop"), time itself or its change ("a 2-day
 * turnaround") and trouble faced ("a 6-hour outage") keep the length as a measure (LENGTH_MEASURE_NOUNS).
 */
export function isLengthSetting(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.change || q.fromTo) return false;
  // The modifier shape: a number, then the unit in the singular, last: "six-week", "12 month", "30-60-90 day".
  const words = ownWords(n);
  const unit = words[words.length - 1];
  if (words.length < 2 || !DURATION_UNITS.has(unit) || unit.endsWith('s')) return false;
  const count = words[words.length - 2];
  if (!/^\d[\d.,]*$/.test(count) && !NUMBER_WORDS.has(count)) return false;
  // "in 1 day using the old scripts": a singular after one is no modifier unless hyphened ("a one-day audit").
  if (/^(1|one)$/.test(count) && !q.text.includes('-')) return false;
  // "every release needed a 3-hour manual regression pass": what the work cost is its effort.
  const governor = governorOf(tokens, n.at);
  if (governor >= 0 && LENGTH_COST_VERBS.has(tokens[governor].lower)) return false;
  let noun = false;
  for (let k = n.after, seen = 0; k < tokens.length && seen < MODIFIER_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (t.text === '-' || t.text === '/') continue;
      break;
    }
    if (LENGTH_MEASURE_NOUNS.has(t.lower)) return false;
    if (CONTEXT_PREPOSITIONS.has(t.lower) || PHRASE_ENDS.test(t.lower) || t.kind !== 'word') break;
    noun = true;
    seen++;
  }
  return noun;
}

/** Particles between a verb of shifting and "by": "pushed back by", "moved out by". */
const SHIFT_PARTICLES = new Set(['back', 'out', 'later', 'along']);

/**
 * "the go-live moved by two weeks", "we pushed the audit back by a month", "the cutover slipped by 3
 * days": the length a date or a plan was shifted by is a change of the timeline, a deadline moved, not
 * the time the work took or saved (RUBRIC.md: deadlines are no metrics). A date brought forward ("brought
 * the release forward by two weeks") is left to the change rules.
 */
export function isDateShift(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.fromTo) return false;
  let k = n.at - 1;
  while (k >= 0 && (tokens[k].kind === 'symbol' || APPROXIMATORS.has(tokens[k].lower))) k--;
  if (tokens[k]?.lower !== 'by') return false;
  k--;
  if (SHIFT_PARTICLES.has(tokens[k]?.lower ?? '')) k--;
  // The verb right before "by", or two words back past its object ("pushed the audit back by").
  for (let v = k, seen = 0; v >= 0 && seen < 4; v--, seen++) {
    const t = tokens[v];
    if (t.kind !== 'word') return false;
    if (SHIFT_VERBS.has(t.lower)) return true;
  }
  return false;
}
