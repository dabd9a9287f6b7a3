// Figures an Action names ahead of the work (RUBRIC-NOTES, "Targets and deadlines"; "a planned change
// measures nothing done"): a target in a purpose clause ("to get the failure rate below 1%", "to cut
// the bill by 30%"), a figure foreseen ("estimated it would take 6 weeks", "projected $1M in
// savings", "committed to a 4-hour response time"), asked for ("asked for a 20% increase") or set as
// a goal ("set a target of 500 sign-ups"). A number there measures nothing done. The same figure
// reached ("which got the failure rate below 1%", "shipped the fix within 48 hours") stays a metric.
// In any section, a figure under a lead that makes it an assignment, a wish or a proposal ("Tasked with
// cutting costs by 15%", "I proposed cutting the build from 6 hours to 2", "Asked to bring churn from 8%
// to 5%") is a target too, a before → after pair included; the clause that reports it reached after
// the lead ("… and cut it from 40 minutes to 12", "a cache that cut p95 by half") is not under it.
import type { Token } from '../language/tokenize';
import {
  ASSIGNMENT_VERBS,
  EFFECT_VERBS,
  FORESIGHT_VERBS,
  PROPOSAL_VERBS,
  REACHING_VERBS,
  AHEAD_FIGURE_NOUNS,
  WISH_VERBS,
  CLAUSE_COORDINATORS,
  clauseOpeners,
} from '../language/lexicon';
import { limitSpans } from './limit-clauses';
import type { TargetSpan } from './target-span';

export type { TargetSpan } from './target-span';

// Punctuation and words that close the clause a target sits in.
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);
const JOINS = clauseOpeners('target-clause-joins', [CLAUSE_COORDINATORS, ['which']]);
// "asked for", "pushed for", "aimed for", "argued for": a figure wanted.
const WANTING_VERBS = new Set(['asked', 'pushed', 'aimed', 'argued', 'lobbied', 'fought', 'called']);
// Words that make an -ing form a noun: "the budgeting", "our forecasting".
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'our', 'my', 'their', 'this', 'that', 'its']);

function clauseEnd(tokens: Token[], from: number): number {
  let end = tokens[from].end;
  for (let k = from + 1; k < tokens.length; k++) {
    if (CLAUSE_ENDS.has(tokens[k].text) || JOINS.has(tokens[k].lower)) break;
    end = tokens[k].end;
  }
  return end;
}

// Words before "asked to" that make the writer the one asked: "I was asked to", "after being asked to".
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'am', 'are']);
// Relative words that open a clause reporting what the proposed thing did: "a cache that cut p95 by half".
const RELATIVES = new Set(['that', 'which', 'who']);

/** Length of the lead at `i` ("tasked with", "asked to", "aimed to", "proposed"), or 0 when there is none. */
function leadLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1]?.lower;
  const past = t.lower.endsWith('ed') || t.lower.endsWith('ing');
  if (!past) return 0;
  // "Tasked with reducing costs by 15%", "assigned to reduce the backlog by 40%".
  if ((next === 'with' || next === 'to') && ASSIGNMENT_VERBS.has(t.lower)) return 2;
  if (next === 'to' && WISH_VERBS.has(t.lower)) {
    // "Other teams asked to use the template" is their request; "(I was) asked to bring churn to 5%" the writer's task.
    if (t.lower === 'asked' && i > 0 && !PASSIVE_AUX.has(tokens[i - 1].lower)) return 0;
    return 2;
  }
  // "Proposed raising the on-call pay from $200 to $350", "I pitched moving the batch to 30 minutes".
  if (PROPOSAL_VERBS.has(t.lower) && next !== undefined && !CLAUSE_ENDS.has(next) && !JOINS.has(next)) return 1;
  return 0;
}

/** Push the spans of the lead at `i`: a foreseen part, and a purpose clause in it that keeps its benefit as an outcome. */
function pushLeadSpans(tokens: Token[], i: number, length: number, spans: TargetSpan[]): void {
  const start = tokens[i].start;
  let end = tokens[i + length - 1].end;
  for (let k = i + length; k < tokens.length; k++) {
    const w = tokens[k];
    if (CLAUSE_ENDS.has(w.text) || JOINS.has(w.lower) || (RELATIVES.has(w.lower) && k > i + length)) break;
    // "proposed moving to spot instances to cut the bill by 30%": the purpose names a benefit (RUBRIC.md).
    const verb = tokens[k + 1];
    if (w.lower === 'to' && k > i + length && verb?.kind === 'word' && EFFECT_VERBS.has(verb.lower)) {
      spans.push({ start, end, foreseen: true, lead: true });
      spans.push({ start: w.start, end: clauseEnd(tokens, k), foreseen: false, lead: true });
      return;
    }
    end = w.end;
  }
  spans.push({ start, end, foreseen: true, lead: true });
}

/** Every word a lead or a target clause starts with (read below): any other word opens none. */
function isTargetOpener(lower: string): boolean {
  return (
    lower === 'to' ||
    ASSIGNMENT_VERBS.has(lower) ||
    WISH_VERBS.has(lower) ||
    PROPOSAL_VERBS.has(lower) ||
    FORESIGHT_VERBS.has(lower) ||
    WANTING_VERBS.has(lower) ||
    AHEAD_FIGURE_NOUNS.has(lower)
  );
}

/** isTargetOpener, remembered in the word's facts (most words open nothing). */
function opensTarget(t: Token): boolean {
  return t.facts ? (t.facts.targetOpener ??= isTargetOpener(t.lower)) : isTargetOpener(t.lower);
}

/**
 * Spans (offsets relative to the sentence) whose numbers are targets, estimates or asks, not measures.
 * `ahead` reads the figures an Action names ahead of the work (purpose clauses, estimates, asks, goals);
 * the assignment, wish and proposal leads are read in every section.
 */
export function targetSpans(tokens: Token[], ahead = true): TargetSpan[] {
  // "latency had to stay under 200 ms": a limit the work had to respect (limit-clauses.ts), in every section.
  const spans: TargetSpan[] = limitSpans(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !opensTarget(t)) continue;
    const lead = leadLength(tokens, i);
    if (lead > 0) {
      pushLeadSpans(tokens, i, lead, spans);
      continue;
    }
    if (!ahead) continue;
    const next = tokens[i + 1]?.lower;
    const before = tokens[i - 1]?.lower ?? '';
    // "estimated the migration would take 6 weeks", "committed to a 4-hour response time".
    // A past form is the verb or its participle ("the projected savings"); an -ing form after a determiner is a noun.
    const foresight =
      (t.lower.endsWith('ed') || (t.lower.endsWith('ing') && !NOUN_MARKERS.has(before))) &&
      FORESIGHT_VERBS.has(t.lower);
    // "asked for a 20% increase", "pushed for a 2-week cadence".
    const wanting = next === 'for' && WANTING_VERBS.has(t.lower);
    // "set a goal of answering every ticket within 24 hours", "a target of 500 sign-ups".
    const goal = (next === 'of' || next === 'to') && AHEAD_FIGURE_NOUNS.has(t.lower);
    if (foresight || wanting || goal) {
      spans.push({ start: t.start, end: clauseEnd(tokens, i), foreseen: true });
      continue;
    }
    // "to get the failure rate below 1%", "to cut the bill by 30%": a purpose that reaches a figure.
    if (t.lower === 'to' && i > 0) {
      const verb = tokens[i + 1];
      if (verb?.kind === 'word' && (REACHING_VERBS.has(verb.lower) || EFFECT_VERBS.has(verb.lower)))
        spans.push({ start: t.start, end: clauseEnd(tokens, i), foreseen: false });
    }
  }
  return spans;
}

/** Whether the offset `start` lies inside one of `spans` (only foreseen ones, or only leads, when asked). */
export function inTargetSpan(
  start: number,
  spans: readonly TargetSpan[],
  foreseenOnly = false,
  leadOnly = false,
): boolean {
  return spans.some(
    (s) => (!foreseenOnly || s.foreseen) && (!leadOnly || s.lead === true) && s.start <= start && start < s.end,
  );
}

/** Whether the offset `start` lies inside a limit the work had to respect (limit-clauses.ts). */
export function inLimitSpan(start: number, spans: readonly TargetSpan[]): boolean {
  return spans.some((s) => s.limit === true && s.start <= start && start < s.end);
}
