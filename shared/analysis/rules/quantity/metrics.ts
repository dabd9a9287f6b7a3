// Metric: a quantity that measures the result, the change or the effort — percentages, money,
// multipliers, durations, rankings, counts of things delivered, before/after values. A number that
// only sizes the context (users served, team size) is scale, not a metric, unless it changed
// ("from 2 to 20 developers") or is itself the result ("processed 20,000 pictures", "5M downloads").
//
// A count is a metric only when something in the sentence says it measures the work (session 42). The
// definition, from RUBRIC.md has_metric / has_scale and RUBRIC-NOTES "Numbers": a count measures the work
// when what it counts is related to the writer's work by
//   - the writer's act: it is the object or the result of a verb the writer (or their team) did — any verb,
//     found by its place (after "I"/"we", opening a line, a past form), not by a list of verbs seen;
//   - a change or a comparison: a before → after pair, a change word, one figure set against another
//     ("against 19 in March", "= 51 queries", "previously 22");
//   - an event, a state reached or a period: the count is the subject of a past event, "now" holds it, a past
//     period bounds it, or a period of output follows it ("every night", "a week": the writer's own load);
//   - a zero: "zero downtime", "none of our forty shops had …";
//   - its place in a result: a Result section, the opening of a verbless result line, a score.
// A count that nothing relates to the work counts the context's people, places and parts, a thing's
// property, a name, a code or a setting: it is no metric (scale.ts still reads a size of the context).
// Until session 42 a count no preposition, state or unit held was a metric by default: on the readable
// writers that default was right on 17 counts and wrong on 28, a coin toss; it is gone, and the evidence
// above (quantity-evidence.ts, quantity-handled-load.ts) carries the right half.
import type { Quantity } from './quantities';
import { countSize } from './number-words';
import {
  DATA_UNITS,
  GROUP_NOUNS,
  RATE_NOUNS,
  RESULT_NOUNS,
  isModelSize,
  isFollowingCount,
  isScaleQuantity,
  isScore,
  isZeroCount,
} from './scale';

/** Whether quantity `q` is a metric: a measure of the result, the change or the effort. */
export function isMetricQuantity(q: Quantity): boolean {
  return metricReading(q, false);
}

/**
 * Whether quantity `q` is a metric in a Result section: the section tells what the work produced, which is
 * the evidence a count with no clause evidence needs (see the count case of metricReading).
 */
export function isResultSectionMetric(q: Quantity): boolean {
  return metricReading(q, true);
}

function metricReading(q: Quantity, sectionEvidence: boolean): boolean {
  // "four outages in a quarter", "eleven pupils were missing from the list": troubles over a period or found, a
  // before or after value whoever they befell (quantity-trouble-counts.ts).
  if (q.trouble && !q.limit && !q.titleFigure) return true;
  // "paired with two engineers", "a three-week pilot": who or what took part measures nothing.
  if (q.participants) return false;
  // "12-hour night shifts": the length of a shift is a schedule, not a count of shifts.
  if (q.shift) return false;
  // "fluent in 3 languages": what the writer knows, not what they did.
  if (q.skill) return false;
  // "Store manager — 3 floors, 45 staff", "— up to £10k": a title line's sizes and limits.
  if (q.titleFigure) return false;
  // "35 pickers under me": the people the writer leads size the job, they measure no work.
  if (q.led) return false;
  // "happy to travel up to 40 miles", "authority up to $75,000": a limit bounds the context, it measures nothing.
  if (q.limit) return false;
  // "a 40 kW boiler", "a hoist rated to 1.5 t": a physical measure that sizes a thing measures no work
  // (quantity-dimensions.ts); a change told in the clause never reaches here marked so.
  if (q.thingSize) return false;
  switch (q.kind) {
    case 'percent':
      // "owned support for the 30% of customers on the legacy plan": a share of the context sizes it.
      return !q.populationShare;
    case 'multiplier':
    case 'rank':
      return true;
    case 'duration':
      // "had two weeks to build it": time allowed is a constraint; the time the work took is a measure.
      // Time in a job or field ("8 years of experience") is a period of a career, not of the work.
      // The planned span of a plan or project ("a six-week plan", "a 3-month migration") is a timeline.
      // "over the last 12 months", "trained on the past two years of claims": a window of past time is a period.
      // "After two weeks I showed the draft …": the point the writer's next act came at (quantity-spans.ts).
      return !q.allowance && !q.tenure && !q.planned && !q.window && !q.when;
    case 'money':
      // "delivered the $2.5M ERP rollout": money that sizes the program delivered, not money it made.
      if (q.programMoney) return false;
      // "schemes between £2m and £25m": a range of sums sizes the work, unless the writer's verb produced it.
      if (q.range && !q.delivered && !q.result && !q.change) return false;
      return q.change || q.result || !isScaleQuantity(q);
    case 'data-size':
      return q.change || q.result;
    case 'ratio':
      return !isScaleQuantity(q);
    case 'magnitude':
    case 'count': {
      // "Paramedic, 8 yrs frontline, 2 as team leader": a bare count that goes on with a time in a post.
      if (q.tenure) return false;
      // "Handled escalated calls, around 25 per shift": the writer's own load measures their effort.
      if (q.handled) return true;
      // "trained a 7B model": a size class names the model (RUBRIC-NOTES), whatever verb governs it.
      if (!q.change && isModelSize(q)) return false;
      if (q.change || q.result || q.adopters || isZeroCount(q) || isScore(q)) return true;
      // "zero-touch pipelines", "zero-trust network": the name of a kind of thing.
      if (/^zero-/i.test(q.text)) return false;
      if ((q.head && RESULT_NOUNS.has(q.head)) || isFollowingCount(q)) return true;
      // "40–120 attendees": a range sizes something, it measures no result, unless the writer's verb
      // produced it ("answered between 50 and 80 tickets a day").
      if (q.range && !q.delivered) return false;
      if (q.head && (RATE_NOUNS.has(q.head) || DATA_UNITS.has(q.head))) return false;
      if (q.group && GROUP_NOUNS.has(q.group)) return false;
      // "supported 3 product lines": a count the context verb governs sizes the context; so does one
      // the work spans ("across four business units").
      if (q.context || q.known || q.spread) return false;
      // "reviewed 400+ pull requests", "gave a dozen talks": things the writer delivered.
      if (q.delivered || q.partitive) return true;
      // A count hanging on a preposition that no verb of the writer's produced names the context
      // ("worked with two shop owners", "taught it to 3 developers"), it measures no result.
      if (q.sizing) return false;
      // Any other count is decided by what it hangs on (issue 11), not by its noun: a count a context
      // preposition, a present state, a hyphen or an apposition holds ("taught geography to five
      // classes", "has about 20 regulars", "a forty-cover bistro", "Herd: 220 Holstein Friesians") is a
      // size of the context or nothing, unless its clause gives positive evidence of a measure — the
      // writer's past act, a past event, a state reached, a past period, a score (quantity-evidence.ts) —
      // or it opens a verbless line ("116 commits — …"), counts times, or stands in a Result (the
      // section is the evidence). A size — a known scale noun, or a large count no verb of the writer's
      // produced — stays scale either way.
      // A count nothing holds and no evidence reached ("the big four supermarkets", "had three different
      // numbers", "trench 4") says nothing of the work: no metric (the definition above).
      // "Set the alarm to go off at 8°C and the freezer at -15°C": a temperature no change holds is a setting
      // or a condition the work kept, a configuration value and no metric (RUBRIC.md), whatever act opens the line.
      if (q.dimension === 'temperature') return false;
      const evidenced = sectionEvidence || q.lead === true || q.evidence !== undefined || q.head === 'times';
      // A past event whose subject is the count ("14 new pickers trained by me", "two of my nurses left")
      // tells what happened, a measure whatever the noun; other evidence leaves a size its scale.
      return evidenced && (q.evidence === 'event' || !isScaleQuantity(q));
    }
  }
}

/**
 * A few things that are a metric only by default: a count under 20 that no change, result, delivering
 * verb, adopters, result noun or partitive gave a role, and no context verb or preposition made a size.
 * On a resume line such a count is most often the work ("into 3 languages", "taught 3 developers"); in
 * a STAR Action, where the writer tells what they did with the story's own people, places and parts
 * ("met with the two product owners", "interviewed pickers on all three shifts"), it is most often one of
 * them. A larger count there is still the material the work went through ("read the last 30 reports").
 */
export function isFewByDefault(q: Quantity): boolean {
  if (q.kind !== 'count') return false;
  if (q.change || q.result || q.adopters || isZeroCount(q) || isScore(q)) return false;
  if (q.head && RESULT_NOUNS.has(q.head)) return false;
  if (q.delivered || q.partitive) return false;
  const value = countSize(q.text);
  return value !== undefined && value < 20;
}

export function hasMetric(quantities: Quantity[]): boolean {
  return quantities.some(isMetricQuantity);
}
