// Figures an Action names ahead of the work (RUBRIC-NOTES, "Targets and deadlines"; "a planned change
// measures nothing done"): a target in a purpose clause ("to get the failure rate below 1%", "to cut
// the bill by 30%"), a figure foreseen ("estimated it would take 6 weeks", "projected $1M in
// savings", "committed to a 4-hour response time"), asked for ("asked for a 20% increase") or set as
// a goal ("set a target of 500 sign-ups"). A number there measures nothing done. The same figure
// reached ("which got the failure rate below 1%", "shipped the fix within 48 hours") stays a metric.
import type { Token } from './tokenize';
import { EFFECT_VERBS, FORESIGHT_VERBS, REACHING_VERBS, AHEAD_FIGURE_NOUNS } from './lexicon';

export interface TargetSpan {
  start: number;
  end: number;
  /** A figure foreseen or asked for: no effect in it is achieved either ("predicted a 15% drop"). */
  foreseen: boolean;
}

// Punctuation and words that close the clause a target sits in.
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);
const JOINS = new Set(['and', 'but', 'which', 'then', 'so']);
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

/** Spans (offsets relative to the sentence) whose numbers are targets, estimates or asks, not measures. */
export function targetSpans(tokens: Token[]): TargetSpan[] {
  const spans: TargetSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
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

/** Whether the offset span [start, end) lies inside one of `spans`. */
export function inTargetSpan(start: number, spans: readonly TargetSpan[], foreseenOnly = false): boolean {
  return spans.some((s) => (!foreseenOnly || s.foreseen) && s.start <= start && start < s.end);
}
