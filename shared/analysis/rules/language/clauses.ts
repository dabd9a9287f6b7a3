// Clauses that carry no claim and no outcome (RUBRIC.md, clarifications): questions, hypotheticals
// and wishes ("would minimize", "wanted to cut"), and statements of a problem ("which was leading to
// drift"). An outcome cue inside such a clause names an effect nobody achieved.
import { tokenStartingAt, type Token } from './tokenize';
import { isPastForm } from './verbs';
import { isRelativePastPerfect } from '../voices/background-past-perfect';
import type { OutcomeCue } from '../outcomes/outcomes';
import { isInside, unassertedSpans } from './unasserted-spans';
import { refusedTakeUp } from '../outcomes/party-take-up';
import {
  ASSIGNMENT_WORDS,
  CHANGE_NEGATIONS,
  EFFORT_VERBS,
  EXPERIMENT_VERBS,
  EXPLORED_THINGS,
  EXPLORE_VERBS,
  FAILURE_TAILS,
  FAIL_WORDS,
  GOAL_NOUNS,
  OPTION_NOUNS,
  LESSON_VERBS,
  CAUSED_PROBLEMS,
  DISCOVERY_VERBS,
  FOUND_AFTER_WORK,
  RECOVERY_WORDS,
  DECISION_VERBS,
  PROPOSAL_VERBS,
  WISH_VERBS,
  AS_OPENER,
  TIME_REASON_SUBORDINATORS,
  clauseOpeners,
} from './lexicon';

export { isQuestion } from './unasserted-spans';

/** Words after which, up to the end of the clause, effects are hoped for, not achieved. */
const IRREALIS = new Set(['would', 'could', 'might', 'may', 'should']);
/** Openers of a condition: what follows up to the clause's end is the trigger, not an effect ("When error rates dropped, …"). */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless']);
/** Openers of an indirect question: "asked the teachers whether they were happy with it" asserts no effect. */
const INDIRECT_QUESTIONS = new Set(['whether']);
const WRITER = new Set(['i', 'we']);
/** Punctuation that closes a clause. */
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Verbs that tie a cause to its effect; the effect is a problem when a problem noun follows. */
const CAUSE_VERBS = new Set(['leading', 'led', 'causing', 'caused', 'resulting', 'resulted', 'creating']);
/** Words that join a second verb to the clause ("investigated the leak and fixed it"): an explore span stops there. */
const JOINS = new Set(['and', 'but', 'then']);
/** Cue kinds a negation, an effort verb or an assignment can leave unachieved: the changes claimed by a verb. */
const NEGATABLE = new Set(['change', 'comparative', 'effect', 'purpose', 'benefit']);

/**
 * Whether a word token is in any list that can open an irrealis span, remembered per word in its facts:
 * most words are in none, and one answer saves the several lookups of opensIrrealis.
 */
function startsIrrealis(t: Token): boolean {
  return t.facts ? (t.facts.irrealisOpener ??= opensIrrealis(t.lower)) : opensIrrealis(t.lower);
}

function opensIrrealis(lower: string): boolean {
  return (
    WISH_VERBS.has(lower) ||
    DECISION_VERBS.has(lower) ||
    FAIL_WORDS.has(lower) ||
    LESSON_VERBS.has(lower) ||
    GOAL_NOUNS.has(lower) ||
    OPTION_NOUNS.has(lower) ||
    CONDITIONS.has(lower) ||
    INDIRECT_QUESTIONS.has(lower) ||
    isProposing(lower) ||
    EXPERIMENT_VERBS.has(lower) ||
    EXPLORE_VERBS.has(lower) ||
    IRREALIS.has(lower)
  );
}

/** Forms of "be" between a goal or option noun and its "to": "the aim was to", "the options were to". */
const GOAL_LINKS = new Set(['was', 'is', 'were', 'are']);

/**
 * Does the noun at `i` lay out a goal or options: a goal noun or an option noun with "was/is/were/are to"
 * after it, or an option noun before a colon ("two choices: …")?
 */
function laysOutCourses(tokens: Token[], i: number): boolean {
  const lower = tokens[i].lower;
  const goalNoun = GOAL_NOUNS.has(lower);
  if (!goalNoun && !OPTION_NOUNS.has(lower)) return false;
  const next = tokens[i + 1]?.lower;
  if (next !== undefined && GOAL_LINKS.has(next) && tokens[i + 2]?.lower === 'to')
    return goalNoun ? next === 'was' || next === 'is' : true;
  return !goalNoun && tokens[i + 1]?.text === ':';
}

/**
 * Offset spans of clauses whose effects are not achieved: from a hypothetical modal ("would", "could"),
 * a wish ("wanted to"), a condition ("when latency rose") or someone else's proposal ("a colleague
 * suggested …") to the end of its clause. "so (that) … could" is a result, not a hypothetical.
 */
export function irrealisSpans(tokens: Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Every opener below is a word of one of these lists: punctuation, numbers and other words open nothing.
    if (t.kind !== 'word' || !startsIrrealis(t)) continue;
    const next = tokens[i + 1]?.lower;
    if (next === 'to' && DECISION_VERBS.has(t.lower)) {
      const span = chosenSpan(tokens, i + 1);
      if (span) spans.push(span);
      continue;
    }
    const wish = next === 'to' && (WISH_VERBS.has(t.lower) || FAIL_WORDS.has(t.lower));
    const lesson = next === 'that' && LESSON_VERBS.has(t.lower);
    // "the aim was to cut tickets", "our plan is to …": a goal, whatever the section; "the options were to
    // cut the night shift or …", "two choices: improve the sensors or …": courses weighed, not taken.
    const goal = laysOutCourses(tokens, i);
    const unasserted =
      wish ||
      lesson ||
      goal ||
      CONDITIONS.has(t.lower) ||
      INDIRECT_QUESTIONS.has(t.lower) ||
      (isProposing(t.lower) && !WRITER.has(tokens[i - 1]?.lower ?? '')) ||
      EXPERIMENT_VERBS.has(t.lower);
    const explore = !unasserted && EXPLORE_VERBS.has(t.lower) && exploresWays(tokens, i);
    if (!unasserted && !explore && !IRREALIS.has(t.lower)) continue;
    if (!unasserted && !explore && (tokens[i - 1]?.lower === 'so' || tokens[i - 2]?.lower === 'so')) continue;
    let end = t.end;
    // After a colon the courses run on past it: "two choices: improve the sensors or replace them".
    const from = goal && next === ':' ? i + 2 : i + 1;
    for (let k = from; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].text); k++) {
      if (explore && JOINS.has(tokens[k].lower)) break;
      // "I was asked to speed up the build and cut it from 40 minutes to 12": the act after the wish is done.
      if (wish && reportsActAfter(tokens, k)) break;
      end = tokens[k].end;
    }
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
    // Every condition word is a word that opens an irrealis span: its remembered answer settles most words.
    const t = tokens[i];
    if (t.kind !== 'word' || !startsIrrealis(t) || !CONDITIONS.has(t.lower)) continue;
    let end = tokens[i].end;
    for (let k = i + 1; k < tokens.length && !CLAUSE_ENDS.has(tokens[k].text); k++) end = tokens[k].end;
    spans.push({ start: tokens[i].start, end });
  }
  return spans;
}

/** Whether "and"/"then" at `k` opens a clause in the past ("and cut it to 12", "and we shipped it"). */
function reportsActAfter(tokens: Token[], k: number): boolean {
  const join = tokens[k].lower;
  if (join !== 'and' && join !== 'then') return false;
  let v = tokens[k + 1]?.lower;
  if (v === 'i' || v === 'we') v = tokens[k + 2]?.lower;
  return v !== undefined && isPastForm(v);
}

/** Words that end what was chosen: a reason or a result follows ("because the regulator …", "so that …"). */
const CHOICE_ENDS = clauseOpeners('choice-ends', [TIME_REASON_SUBORDINATORS, ['so'], AS_OPENER]);

/**
 * What a decision chose, from its "to" at `k` up to the next purpose "to", a reason or the clause's
 * end: "decided [to cache the catalog] to speed up search" keeps the purpose after it. The decision
 * verb itself stays outside ("finance agreed to fund it": the agreement is the outcome).
 */
function chosenSpan(tokens: Token[], k: number): { start: number; end: number } | undefined {
  let end = tokens[k].end;
  for (let j = k + 1; j < tokens.length && !CLAUSE_ENDS.has(tokens[j].text); j++) {
    const l = tokens[j].lower;
    if ((l === 'to' && j > k + 2) || CHOICE_ENDS.has(l) || reportsActAfter(tokens, j)) break;
    end = tokens[j].end;
  }
  return { start: tokens[k].start, end };
}

/** Is the cue an effect of a problem ("leading to drift", "causing duplicate charges")? */
function isProblemEffect(cue: OutcomeCue, tokens: Token[]): boolean {
  if (!CAUSE_VERBS.has(cue.cue)) return false;
  const i = tokenStartingAt(tokens, cue.start);
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) break;
    if (CAUSED_PROBLEMS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Is the cue the participle of a relative past perfect, the problem addressed ("students who had stopped coming")? */
function isProblemRelative(cue: OutcomeCue, tokens: Token[]): boolean {
  const i = tokenStartingAt(tokens, cue.start);
  if (i < 2 || tokens[i].kind !== 'word') return false;
  const words: string[] = [];
  let at = -1;
  for (let k = 0; k < tokens.length && k <= i; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (k === i) at = words.length;
    words.push(tokens[k].lower);
  }
  return at > 0 && isRelativePastPerfect(words, at);
}

/** Auxiliaries before a found change that make it a state reported ("had dropped", "were declining"). */
const FOUND_STATE_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'been', 'is', 'are']);
/** Words that stop the look back for a verb of finding out: another clause or another verb joined on. */
const FOUND_STOPS = new Set([...CLAUSE_ENDS, ...JOINS, 'so', 'which', 'because']);

/** Words after a found change that make it a pattern of the time, not one change: "doubled every December", "usually". */
const RECURRENCE = new Set(['every', 'each', 'usually', 'always', 'normally', 'typically', 'seasonally', 'anyway']);

/** Is the word a verb of finding out in a past or -ing form ("found", "noticed", "realising"), not a noun ("a note")? */
function isFindingOut(lower: string): boolean {
  if (!DISCOVERY_VERBS.has(lower)) return false;
  return lower === 'found' || lower === 'saw' || lower === 'learnt' || lower.endsWith('ed') || lower.endsWith('ing');
}

/**
 * Is the cue a change inside what the writer found out: the problem, not an effect ("found that
 * conversions had dropped", "noticed the feed no longer sent the field")? A state cue counts there; a
 * change verb counts when an auxiliary before it tells a state reported ("had increased"), so "found
 * that the new flow cut abandoned carts" stays an effect. A recovery ("saw sign-ups had recovered") or a
 * change tied to the work ("noticed error rates fell after the patch") is an effect still.
 */
function isFoundProblem(cue: OutcomeCue, tokens: Token[]): boolean {
  if (cue.kind !== 'state' && cue.kind !== 'change') return false;
  const i = tokenStartingAt(tokens, cue.start);
  if (i < 0 || RECOVERY_WORDS.has(tokens[i].lower)) return false;
  let verb = -1;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const l = tokens[k].lower;
    if (FOUND_STOPS.has(l)) break;
    if (isFindingOut(l)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return false;
  // "Since June the reconciliation has found no gaps": a count of none over the time after a point is
  // the work's result (RUBRIC.md: zero counts), not a problem found.
  if (cue.zeroCount) for (let k = 0; k < verb; k++) if (tokens[k].lower === 'since') return false;
  // "found that sales doubled every December anyway": a change that recurs is a pattern found, as a state is.
  if (cue.kind === 'change' && !FOUND_STATE_AUX.has(tokens[i - 1]?.lower ?? '') && !recursAfter(tokens, i))
    return false;
  for (let k = verb + 1; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (k > i && FOUND_STOPS.has(l)) break;
    if (FOUND_AFTER_WORK.has(l)) return false;
  }
  return true;
}

/** Does a word of recurrence follow the token at `i` within its clause (five tokens on at most)? */
function recursAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    if (CLAUSE_ENDS.has(tokens[k].lower) || FOUND_STOPS.has(tokens[k].lower)) return false;
    if (RECURRENCE.has(tokens[k].lower)) return true;
  }
  return false;
}

/** A verb of proposing, past or -ing: its other forms are mostly nouns ("feature requests", "sales pitches"). */
function isProposing(lower: string): boolean {
  return (lower.endsWith('ed') || lower.endsWith('ing')) && PROPOSAL_VERBS.has(lower);
}

/** Does a thing looked for follow an explore verb at `i` ("explored options for", "investigated how to", "looked into")? */
function exploresWays(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const l = tokens[k].lower;
    if (CLAUSE_ENDS.has(l)) return false;
    if (EXPLORED_THINGS.has(l)) return true;
    if (k === i + 1 && l === 'into') return true;
  }
  return false;
}

/**
 * Is a change cue claimed as not done: negated ("did not reduce", "never improved"), an effort toward it
 * ("worked on lowering") or an assignment ("tasked with improving")? Looks back up to three words, inside
 * the clause.
 */
function isUnachievedChange(cue: OutcomeCue, tokens: Token[]): boolean {
  if (!NEGATABLE.has(cue.kind)) return false;
  const i = tokenStartingAt(tokens, cue.start);
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const l = tokens[k].lower;
    if (CLAUSE_ENDS.has(l)) return false;
    // "not only improved … but also": an emphasis, not a negation.
    if (CHANGE_NEGATIONS.has(l)) return tokens[k + 1]?.lower !== 'only' && tokens[k + 1]?.lower !== 'just';
    const before = tokens[k - 1]?.lower;
    if ((l === 'on' || l === 'toward' || l === 'towards') && EFFORT_VERBS.has(before)) return true;
    if ((l === 'with' || l === 'for') && ASSIGNMENT_WORDS.has(before)) return true;
  }
  return false;
}

/** The failure tails by their first word, each word's in FAILURE_TAILS order. */
const TAILS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const tail of FAILURE_TAILS) {
  const list = TAILS_BY_FIRST.get(tail[0]);
  if (list) list.push(tail);
  else TAILS_BY_FIRST.set(tail[0], [tail]);
}

/** The phrase telling the attempt before it failed ("…, without success", "but it did not help"), if any. */
function failureTail(tokens: Token[]): { start: number; end: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const tails = TAILS_BY_FIRST.get(tokens[i].lower);
    if (tails === undefined) continue;
    for (const tail of tails)
      if (wordsAt(tokens, i, tail)) return { start: tokens[i].start, end: tokens[i + tail.length - 1].end };
  }
  return undefined;
}

/**
 * Whether the tokens from `i` on are `words` (lower case). A function of its own, not a closure in the caller's
 * loop: a closure reading the loop index makes the engine allocate a scope for every token.
 */
function wordsAt(tokens: Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** Figures of a plan, not of the world: what an estimate or a forecast says changes nothing yet. */
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'projection', 'projections']);
/** Where a figure stands in a plan: "during planning", "in the revised plan", "in the draft". */
const PLAN_PLACES = new Set(['planning', 'plan', 'draft', 'proposal', 'budgeting']);
/** Words before a plan place that make it the place a figure stands in ("in the plan"), not the work ("cut the plan"). */
const PLACE_LEADS = new Set(['in', 'during']);
/** Words between a place's lead and the place: "in the revised plan", "during our planning". */
const PLACE_FILLERS = new Set(['the', 'a', 'our', 'their', 'revised', 'final', 'first', 'second', 'new', 'updated']);
/** Links that give an estimate a quality, not a new figure: "the forecasts became trustworthy". */
const ESTIMATE_STATE_LINKS = new Set(['became', 'become', 'becomes', 'turned', 'got', 'grew', 'stayed', 'remained']);
/** Auxiliaries between an estimate and its change: "the estimate had shrunk", "the forecast was cut". */
const ESTIMATE_AUX = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'got', 'then', 'also']);

/** Does word `k` stand in a plan place: "in the (revised) plan", "during planning"? */
function inPlanPlace(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && PLACE_FILLERS.has(tokens[j].lower)) j--;
  return j >= 0 && PLACE_LEADS.has(tokens[j].lower);
}

/**
 * Is the cue a change of a plan's figure: an estimate or forecast as the thing that moved ("the estimate shrank to
 * six weeks", "cut the forecast from 8 to 6"), or a change placed in a plan ("shrank to six weeks in the revised
 * plan", "during planning")? A plan is no result (RUBRIC-NOTES: a planned change), and a from → to pair in such a
 * line is the plan's too. The estimate is the subject right before the cue word or its object right after: "a
 * forecast that cut overstock" is a tool that changed something else.
 */
function isPlannedFigure(cue: OutcomeCue, tokens: Token[]): boolean {
  if (cue.cue !== 'from-to' && cue.kind !== 'state' && !NEGATABLE.has(cue.kind)) return false;
  const i = cue.cue === 'from-to' ? -1 : tokenStartingAt(tokens, cue.start);
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (PLAN_PLACES.has(l) && inPlanPlace(tokens, k) && tokens[k + 1]?.kind !== 'word') return true;
    if (!ESTIMATE_NOUNS.has(l)) continue;
    if (i < 0) {
      // A from → to pair: the estimate is the subject or object of the line's change, not a modifier ("forecast error").
      if (tokens[k + 1]?.kind !== 'word' || ESTIMATE_AUX.has(tokens[k + 1].lower)) return true;
      continue;
    }
    let j = k + 1;
    while (j < i && ESTIMATE_AUX.has(tokens[j].lower)) j++;
    // "the forecasts became trustworthy": a quality the estimate reached, not a figure it moved to.
    if (j === i) return !ESTIMATE_STATE_LINKS.has(tokens[i].lower);
    if (k > i && k <= i + 3 && tokens.slice(i + 1, k).every((t) => PLACE_FILLERS.has(t.lower))) return true;
  }
  return false;
}

/**
 * The outcome cues that stand in achieved, asserted clauses (not quoted, hoped for, failed or a problem's).
 * `irrealis` gives the sentence's irrealisSpans when the caller has them already.
 */
export function assertedOutcomes(
  cues: OutcomeCue[],
  tokens: Token[],
  text: string,
  irrealis: () => readonly { start: number; end: number }[] = () => irrealisSpans(tokens),
): OutcomeCue[] {
  if (cues.length === 0) return cues;
  const spans = irrealis();
  // Quotes, code, placeholders and questions need one of these marks; most sentences have none.
  const quoted = /["“`[{<?]|\b(?:TBD|TBC|TODO|FIXME|XX?X?|NN?)\b/.test(text) ? unassertedSpans(text) : [];
  const failed = failureTail(tokens);
  return cues.filter(
    (c) =>
      (c.cue === 'from-to' && !isPlannedFigure(c, tokens)) ||
      (c.cue !== 'from-to' &&
        !isPlannedFigure(c, tokens) &&
        !spans.some((s) => c.start >= s.start && c.start < s.end) &&
        !isInside(c, quoted) &&
        !isProblemEffect(c, tokens) &&
        !isFoundProblem(c, tokens) &&
        !isProblemRelative(c, tokens) &&
        // The failed attempt's changes, and the tail's own words ("success"), claim nothing.
        !(failed && (c.start >= failed.start ? c.start < failed.end : NEGATABLE.has(c.kind))) &&
        !isUnachievedChange(c, tokens) &&
        // A take-up that ended, or a product's population the writer only kept (party-take-up.ts).
        !refusedTakeUp(c, tokens)),
  );
}
