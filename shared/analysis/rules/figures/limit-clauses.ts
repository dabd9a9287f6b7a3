// A limit the work had to respect ("latency had to stay under 200 ms", "every build had to finish
// within 10 minutes", "we couldn't take more than four hours of downtime", "the rule was that no
// patient waits more than 15 minutes"): the figure bounds what was allowed, it measures nothing done
// (RUBRIC.md: deadlines and configuration values are no metrics; RUBRIC-NOTES "Targets and
// deadlines"). The same figure reached ("kept p99 under 200 ms", "cut page load to under two seconds")
// has no obligation before it and stays a metric.
import type { Token } from '../language/tokenize';
import type { TargetSpan } from './target-span';
import {
  CLAUSE_OPENER_CORE,
  LIMIT_BOUNDS,
  LIMIT_RULE_NOUNS,
  OBLIGATION_HAVE,
  OBLIGATION_LEADS,
  clauseOpeners,
} from '../language/lexicon';

// Punctuation and words that close the clause a limit sits in.
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')', '.']);
const JOINS = clauseOpeners('limit-clause-joins', [CLAUSE_OPENER_CORE, ['which']]);
/** Words from the obligation to the bound: "had to stay under", "must go out within", "couldn't take more than". */
const BOUND_REACH = 6;

/** Length of an obligation at `i` ("had to", "must", "couldn't", "was that" after a rule noun), or 0. */
function obligationLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1]?.lower;
  if (OBLIGATION_HAVE.has(t.lower) && next === 'to') return 2;
  if (t.lower === 'could' && next === 'not') return 2;
  if (OBLIGATION_LEADS.has(t.lower)) {
    // "required", "allowed": only as a verb with "to" ("were required to finish within", "allowed to go over").
    if ((t.lower === 'required' || t.lower === 'allowed') && next !== 'to') return 0;
    return 1;
  }
  // "the rule was that …", "the contract said …"
  if (LIMIT_RULE_NOUNS.has(t.lower) && (next === 'said' || next === 'says' || next === 'stated')) return 2;
  if (LIMIT_RULE_NOUNS.has(t.lower) && (next === 'was' || next === 'is') && tokens[i + 2]?.lower === 'that') return 3;
  return 0;
}

/** Whether the word is one an obligation can start with (obligationLength is 0 at every other word). */
function isObligationStart(lower: string): boolean {
  return OBLIGATION_HAVE.has(lower) || lower === 'could' || OBLIGATION_LEADS.has(lower) || LIMIT_RULE_NOUNS.has(lower);
}

/** isObligationStart, remembered in the word's facts (most words start none). */
function startsObligation(t: Token): boolean {
  return t.facts ? (t.facts.obligationStart ??= isObligationStart(t.lower)) : isObligationStart(t.lower);
}

function endsClause(t: Token): boolean {
  return CLAUSE_ENDS.has(t.text) || JOINS.has(t.lower);
}

/** Spans (offsets relative to the sentence) from an obligation to the end of its clause, where a bound follows it. */
export function limitSpans(tokens: Token[]): TargetSpan[] {
  const spans: TargetSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !startsObligation(tokens[i])) continue;
    const length = obligationLength(tokens, i);
    if (length === 0) continue;
    let bound = -1;
    let k = i + length;
    for (let seen = 0; k < tokens.length && seen < BOUND_REACH; k++) {
      if (endsClause(tokens[k])) break;
      if (tokens[k].kind !== 'word') continue;
      seen++;
      if (LIMIT_BOUNDS.has(tokens[k].lower)) {
        bound = k;
        break;
      }
    }
    if (bound < 0) continue;
    let end = tokens[bound].end;
    for (k = bound + 1; k < tokens.length && !endsClause(tokens[k]); k++) end = tokens[k].end;
    spans.push({ start: tokens[i].start, end, foreseen: true, limit: true });
    i = k - 1;
  }
  return spans;
}
