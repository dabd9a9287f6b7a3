// The facts about one sentence, computed once and cached by sentence text and section: tokens,
// quantities, outcome cues and the four rubric flags. Offsets are relative to the sentence.
//
// The section matters (RUBRIC.md, clarifications): a Situation describes context, so only the
// writer's own first-person action in it is a claim and it states no outcome; a Task states a goal,
// an assignment or a plan, so it is no claim and its numbers and effects are targets. The same words
// on a resume line (no section) are a claim. Questions, hypotheticals, wishes and problem statements
// carry no claim or outcome anywhere (see clauses.ts).
import { tokenize, type Token } from './rules/tokenize';
import { datePrefixLength } from './rules/date-prefix';
import { findQuantities, type Quantity, type ExcludedNumber } from './rules/quantities';
import { isMetricQuantity } from './rules/metrics';
import { isScaleQuantity } from './rules/scale';
import { findOutcomeCues, type OutcomeCue } from './rules/outcomes';
import { detectClaim, isGoalStatement, isFirstPersonAction } from './rules/claims';
import { assertedOutcomes, conditionSpans, irrealisSpans, isQuestion } from './rules/clauses';
import type { StorySection } from './domain-types';
import { findMlTerms, type MlTerm } from './rules/ml-evidence';
import { resultReport } from './rules/result-report';
import { effectOfPrevious } from './rules/effect-of-previous';
import { hasTimeToResult } from './rules/time-measures';
import { isNegatedSinceCount } from './rules/zero-since';
import { isOthersRequest } from './rules/requests';
import { isRemitTitle } from './rules/title-remits';
import { isLessonSentence } from './rules/lessons';
import { isRecurringProblem } from './rules/recurring-problems';
import { isOldSystemValue } from './rules/old-system-values';
import { GOAL_NOUNS, UNREAL_MODALS, WISH_VERBS } from './rules/lexicon';
import { inLimitSpan, inTargetSpan, targetSpans, type TargetSpan } from './rules/target-clauses';

export interface SentenceFacts {
  text: string;
  tokens: Token[];
  words: number;
  quantities: Quantity[];
  excluded: ExcludedNumber[];
  outcomes: OutcomeCue[];
  mlTerms: MlTerm[];
  isClaim: boolean;
  hasMetric: boolean;
  hasScale: boolean;
  hasOutcome: boolean;
}

/** What the sentence before says, where a sentence's meaning depends on it. */
export interface SentenceContext {
  /** The previous sentence of the same section is the writer's claim (their action or result). */
  afterClaim?: boolean;
}

/** A Situation's counts size the context ("sold to 200 shops"); only a measured change there is a metric. A frequency there ("paged forty times a week") is a before value, a measure. */
function isMetricIn(q: Quantity, section: StorySection | undefined): boolean {
  return (
    isMetricQuantity(q) &&
    (section !== 'situation' || q.change || (q.kind !== 'count' && q.kind !== 'magnitude') || q.head === 'times')
  );
}

/** "When a ticket sat for two days, …": a count or a duration in a condition clause is its threshold. */
function isThreshold(q: Quantity, conditions: { start: number; end: number }[]): boolean {
  if (q.change || (q.kind !== 'count' && q.kind !== 'duration')) return false;
  for (const c of conditions) if (q.start >= c.start && q.start < c.end) return true;
  return false;
}

/** Hypothetical, wished-for and planned clauses ("would have saved", "want to", "aiming to"), not conditions. */
function unrealSpans(
  tokens: Token[],
  conditions: readonly { start: number }[],
  irrealis: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  return irrealis.filter(
    (s) => !conditions.some((c) => c.start === s.start) && opensUnreal(tokens, s) && !afterSoThat(tokens, s),
  );
}

/**
 * Whether an irrealis span opens with a hypothetical modal, a wish ("want to", "aiming to") or a goal
 * ("the aim was to"), not with an experiment or a lesson, whose clause may still report a result ("ran
 * an experiment that lifted ARPU by 6%").
 */
function opensUnreal(tokens: Token[], span: { start: number }): boolean {
  const i = tokens.findIndex((t) => t.start === span.start);
  const t = tokens[i];
  if (!t) return false;
  if (UNREAL_MODALS.has(t.lower)) return true;
  const next = tokens[i + 1]?.lower;
  if (next === 'to' && WISH_VERBS.has(t.lower)) return true;
  return GOAL_NOUNS.has(t.lower) && (next === 'was' || next === 'is');
}

/** "so that pages could load in 200 ms": a result told with a modal, not a hypothetical. */
function afterSoThat(tokens: Token[], span: { start: number }): boolean {
  const i = tokens.findIndex((t) => t.start === span.start);
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (tokens[k].lower === 'so') return tokens[k + 1]?.lower === 'that';
  return false;
}

function insideAny(offset: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

function hasMetricQuantity(
  quantities: Quantity[],
  section: StorySection | undefined,
  tokens: Token[],
  targets: readonly TargetSpan[],
  irrealis: () => readonly { start: number; end: number }[],
): boolean {
  let conditions: { start: number; end: number }[] | undefined;
  let unreal: { start: number; end: number }[] | undefined;
  for (const q of quantities) {
    if (!isMetricIn(q, section)) continue;
    // "to get the failure rate below 1%", "estimated it would take 6 weeks": a figure named ahead of the
    // work; a before → after pair still gives its before value.
    // Under an assignment, wish or proposal lead ("Asked to bring churn from 8% to 5%") the pair is a target too.
    if (inTargetSpan(q.start, targets, false, q.fromTo)) continue;
    conditions ??= conditionSpans(tokens);
    if (isThreshold(q, conditions)) continue;
    // "we would have saved $100K", "aiming to reach 1M users": a figure nobody reached.
    unreal ??= unrealSpans(tokens, conditions, irrealis());
    if (!insideAny(q.start, unreal)) return true;
  }
  return false;
}

export function sentenceFacts(text: string, section?: StorySection, context: SentenceContext = {}): SentenceFacts {
  // A leading date label ("Sep. 2016: Coached …") is read past: the line starts after it.
  const allTokens = tokenize(text);
  const dated = datePrefixLength(allTokens);
  const tokens = dated > 0 ? allTokens.slice(dated) : allTokens;
  const { quantities, excluded } = findQuantities(text, tokens);
  const question = isQuestion(text);
  // A goal or task statement names a target, not a result: its numbers are no metric ("Target: cut costs by 15%").
  // So is another person's request to the writer ("My manager asked me to …"): context, not a claim.
  // A lesson or advice ("Short huddles beat long reports", "Bring the money a change loses") claims nothing either.
  const goal =
    section === 'task' ||
    question ||
    isGoalStatement(tokens) ||
    isOthersRequest(tokens) ||
    (quantities.length === 0 && isLessonSentence(tokens, section)) ||
    // "Parents kept emailing the office": a problem that kept happening, told outside the Result.
    (section !== 'result' && isRecurringProblem(tokens));
  // In an Action, figures named ahead of the work are targets (target-clauses.ts); on a resume line
  // "to cut latency by 40%" is read as the result it reports. Figures under an assignment, wish or
  // proposal lead ("Tasked with cutting costs by 15%") are targets in every section.
  const targets = quantities.length > 0 ? targetSpans(tokens, section === 'action') : [];
  // Hypothetical and wished-for clauses, found once for the metric and the outcome checks that read them.
  let irrealis: { start: number; end: number }[] | undefined;
  const irrealisOnce = () => (irrealis ??= irrealisSpans(tokens));
  let hasMetric = !goal && hasMetricQuantity(quantities, section, tokens, targets, irrealisOnce);
  // "memory had to stay below 512 MB": a limit's figure sizes nothing (limit-clauses.ts).
  const hasScale = quantities.some((q) => isScaleQuantity(q) && !inLimitSpan(q.start, targets));
  const words = tokens.filter((t) => t.kind !== 'symbol');
  // A measured before→after change is itself an outcome.
  // A change proposed or assigned ("I proposed cutting the build from 6 hours to 2") was not measured.
  const changes = quantities.filter((q) => q.change && !inTargetSpan(q.start, targets, true, true));
  const measuredChange = changes.some((q) => q.kind !== 'multiplier' && q.head !== undefined) || changes.length >= 2;
  // A goal or task statement names effects hoped for, not achieved.
  let outcomes: OutcomeCue[] =
    goal || section === 'situation'
      ? []
      : assertedOutcomes(findOutcomeCues(tokens, measuredChange, words), tokens, text, irrealisOnce);
  // "predicted a 15% drop in demand", "asked for a 20% increase": an effect foreseen or asked for.
  if (targets.length > 0) outcomes = outcomes.filter((o) => !inTargetSpan(o.start, targets, true));
  // "I proposed cutting the build from 6 hours to 2": every before → after pair is under a lead, none measured.
  // "bumped the clients from 2.8 to 3.6": a pair of versions measures no change either.
  if (changes.length === 0 && (quantities.some((q) => q.change) || excluded.some((e) => e.reason === 'version')))
    outcomes = outcomes.filter((o) => o.cue !== 'from-to');
  // "The old routing sheet was off by 30 minutes": a before value, a metric but no claim or outcome.
  const oldValue = !goal && section !== 'result' && isOldSystemValue(tokens);
  if (oldValue) outcomes = [];
  // In a Result, what happened is the writer's result whoever the subject is ("Deals stopped
  // slipping", "The customer renewed"); an effect beyond the work done is an outcome.
  const report = section === 'result' && !goal ? resultReport(tokens) : undefined;
  // "I rewrote the loader. This cut memory use.": the effect of the writer's action just told.
  const effect =
    context.afterClaim && !goal && section !== 'situation' && section !== 'reflection'
      ? effectOfPrevious(tokens)
      : undefined;
  if (effect && outcomes.length === 0)
    outcomes = [{ start: effect.start, end: effect.end, kind: 'effect', cue: effect.lower }];
  if (report?.effect && outcomes.length === 0)
    outcomes = [
      { start: report.start, end: report.end, kind: 'state', cue: text.slice(report.start, report.end).toLowerCase() },
    ];
  // "No customer escalations since", "zero incidents": a count of none is a metric (RUBRIC.md).
  if (!hasMetric && outcomes.some((o) => o.kind === 'state' && o.zeroCount)) hasMetric = true;
  // "has not missed a night since", "never failed again": the same count of none, told with a verb.
  if (!hasMetric && outcomes.length > 0 && isNegatedSinceCount(words)) hasMetric = true;
  const firstWord = tokens.find((t) => t.kind !== 'symbol');
  const startsWithMetric =
    firstWord !== undefined &&
    !goal &&
    quantities.some((q) => q.start <= firstWord.start && q.end > firstWord.start && isMetricQuantity(q));
  let isClaim =
    section === 'situation'
      ? // "When I joined, I had to learn the billing domain": an obligation in a Situation is its context.
        !question && isFirstPersonAction(tokens, true)
      : !goal &&
        !oldValue &&
        (report !== undefined ||
          effect !== undefined ||
          detectClaim({ tokens, section, hasMetric, outcomes, startsWithMetric }));
  // "Account manager for 30 retail clients": a resume title with a sized remit (title-remits.ts).
  if (!isClaim && section === undefined && !goal && hasScale && isRemitTitle(tokens, quantities)) isClaim = true;
  // "By week three I was shipping features": the time it took is the result's measure (RUBRIC.md).
  // A change in a quantity ("latency improved in the first month") still needs its number.
  if (
    !hasMetric &&
    isClaim &&
    section !== 'situation' &&
    outcomes.length > 0 &&
    outcomes.every((o) => o.kind !== 'change' && o.kind !== 'comparative') &&
    hasTimeToResult(text)
  )
    hasMetric = true;
  return {
    text,
    tokens,
    words: words.length,
    quantities,
    excluded,
    outcomes,
    mlTerms: findMlTerms(tokens),
    isClaim,
    hasMetric,
    hasScale,
    hasOutcome: outcomes.length > 0,
  };
}
