// Clauses that carry no claim and no outcome (RUBRIC.md, clarifications): questions, hypotheticals
// and wishes ("would minimize", "wanted to cut"), and statements of a problem ("which was leading to
// drift"). An outcome cue inside such a clause names an effect nobody achieved.
import type { Token } from './tokenize';
import type { OutcomeCue } from './outcomes';
import { isInside, unassertedSpans } from './unasserted-spans';

export { isQuestion } from './unasserted-spans';

/** Words after which, up to the end of the clause, effects are hoped for, not achieved. */
const IRREALIS = new Set(['would', 'could', 'might', 'may', 'should']);
/** Verbs of wishing and planning, irrealis when "to" follows: "wanted to reduce", "plan to cut". */
const WISH_VERBS = new Set([
  'want',
  'wants',
  'wanted',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intended',
  'aim',
  'aimed',
  'aiming',
  'need',
  'needs',
  'needed',
  'trying',
  'tried',
]);
/** Openers of a condition: what follows up to the clause's end is the trigger, not an effect ("When error rates dropped, …"). */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless']);
/** Verbs of proposing: what someone else proposes is not done ("Our architect suggested caching it to reduce load"). */
const PROPOSALS = new Set([
  'suggested',
  'proposed',
  'recommended',
  'requested',
  'urged',
  'pitched',
  'suggests',
  'proposes',
  'recommends',
]);
const WRITER = new Set(['i', 'we']);
/** "I learned that a written comparison lands better": a lesson, not an effect. */
const LESSON_VERBS = new Set(['learned', 'learnt', 'realized', 'realised', 'learn', 'realize', 'realise']);
/** Punctuation that closes a clause. */
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Verbs that tie a cause to its effect; the effect is a problem when a problem noun follows. */
const CAUSE_VERBS = new Set(['leading', 'led', 'causing', 'caused', 'resulting', 'resulted', 'creating']);
/** What a problem leads to: "leading to drift", "causing delays and rework". */
const PROBLEMS = new Set([
  'drift',
  'delay',
  'delays',
  'outage',
  'outages',
  'error',
  'errors',
  'failure',
  'failures',
  'confusion',
  'frustration',
  'issues',
  'problems',
  'downtime',
  'incidents',
  'bugs',
  'complaints',
  'churn',
  'rework',
  'debt',
  'inconsistencies',
  'inconsistency',
  'bottlenecks',
  'slowdowns',
  'crashes',
  'escalations',
  'loss',
  'losses',
  'missed',
  'duplicate',
  'duplicated',
  'waste',
  'toil',
  'friction',
]);

/**
 * Offset spans of clauses whose effects are not achieved: from a hypothetical modal ("would", "could"),
 * a wish ("wanted to"), a condition ("when latency rose") or someone else's proposal ("a colleague
 * suggested …") to the end of its clause. "so (that) … could" is a result, not a hypothetical.
 */
export function irrealisSpans(tokens: Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const wish = WISH_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'to';
    const lesson = LESSON_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'that';
    const unasserted =
      wish || lesson || CONDITIONS.has(t.lower) || (PROPOSALS.has(t.lower) && !WRITER.has(tokens[i - 1]?.lower ?? ''));
    if (!unasserted && !IRREALIS.has(t.lower)) continue;
    if (!unasserted && (tokens[i - 1]?.lower === 'so' || tokens[i - 2]?.lower === 'so')) continue;
    let end = t.end;
    for (let k = i + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].text); k++) end = tokens[k].end;
    spans.push({ start: t.start, end });
  }
  return spans;
}

/**
 * Offset spans of condition clauses, from "if"/"when"/"whenever"/"unless" to the end of the clause: a
 * number there is the condition's threshold ("when a ticket sat for two days"), not a measure of the work.
 */
export function conditionSpans(tokens: Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!CONDITIONS.has(tokens[i].lower)) continue;
    let end = tokens[i].end;
    for (let k = i + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].text); k++) end = tokens[k].end;
    spans.push({ start: tokens[i].start, end });
  }
  return spans;
}

/** Is the cue an effect of a problem ("leading to drift", "causing duplicate charges")? */
function isProblemEffect(cue: OutcomeCue, tokens: Token[]): boolean {
  if (!CAUSE_VERBS.has(cue.cue)) return false;
  const i = tokens.findIndex((t) => t.start === cue.start);
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) break;
    if (PROBLEMS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** The outcome cues that stand in achieved, asserted clauses (not quoted, hoped for or a problem's). */
export function assertedOutcomes(cues: OutcomeCue[], tokens: Token[], text: string): OutcomeCue[] {
  if (cues.length === 0) return cues;
  const spans = irrealisSpans(tokens);
  // Quotes, code, placeholders and questions need one of these marks; most sentences have none.
  const quoted = /["“`[{<?]|\b(?:TBD|TBC|TODO|FIXME|XX?X?|NN?)\b/.test(text) ? unassertedSpans(text) : [];
  return cues.filter(
    (c) =>
      c.cue === 'from-to' ||
      (!spans.some((s) => c.start >= s.start && c.start < s.end) &&
        !isInside(c, quoted) &&
        !isProblemEffect(c, tokens)),
  );
}
