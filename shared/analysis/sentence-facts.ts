// The facts about one sentence, computed once and cached by sentence text and section: tokens,
// quantities, outcome cues and the four rubric flags. Offsets are relative to the sentence.
//
// The section matters (RUBRIC.md, clarifications): a Situation describes context, so only the
// writer's own first-person action in it is a claim and it states no outcome; a Task states a goal,
// an assignment or a plan, so it is no claim and its numbers and effects are targets. The same words
// on a resume line (no section) are a claim. Questions, hypotheticals, wishes and problem statements
// carry no claim or outcome anywhere (see clauses.ts). Every exception to the claim rules (vetoes and
// assertions) is listed in claim-exceptions.ts.
import { tokenize, type Token, tokenStartingAt, tokenIndexFrom } from './rules/language/tokenize';
import { wordsWithArrows } from './rules/language/direction-arrows';
import { governorOf } from './rules/quantity/quantity-governor';
import { isStandingRuleCondition } from './rules/figures/rule-conditions';
import { measuresStart, opensWithSettingLabel, predicateStart } from './rules/lines/predicate-start';
import { findQuantities, type Quantity, type ExcludedNumber } from './rules/quantity/quantities';
import { markTroubleCounts } from './rules/quantity/quantity-trouble-counts';
import { isFewByDefault, isMetricQuantity, isResultSectionMetric } from './rules/quantity/metrics';
import { isScaleQuantity } from './rules/quantity/scale';
import { findOutcomeCues, type OutcomeCue } from './rules/outcomes/outcomes';
import { refusedTakeUp } from './rules/outcomes/party-take-up';
import { actionResultCues } from './rules/outcomes/act-frame-cues';
import { detectClaim } from './rules/claims';
import { furnitureSizes, type FurnitureKind } from './rules/lines/page-furniture';
import { lineKind } from './rules/lines/layout-kinds';
import { assertedOutcomes, conditionSpans, irrealisSpans, isQuestion } from './rules/language/clauses';
import type { StorySection } from './domain-types';
import { GOAL_NOUNS, UNREAL_MODALS, WISH_VERBS } from './rules/language/lexicon';
import { inLimitSpan, inTargetSpan, targetSpans, type TargetSpan } from './rules/figures/target-clauses';
import {
  BEFORE_VALUE_VETOES,
  CLAIM_ASSERTIONS,
  CLAIM_VETOES,
  LATE_CLAIM_ASSERTIONS,
  LATE_MEASURE_ASSERTIONS,
  MEASURE_ASSERTIONS,
  firstHolding,
  situationClaim,
  type AssertedClaim,
  type LateFacts,
  type SentenceReading,
} from './claim-exceptions';

export interface SentenceFacts {
  text: string;
  tokens: Token[];
  words: number;
  quantities: Quantity[];
  excluded: ExcludedNumber[];
  outcomes: OutcomeCue[];
  isClaim: boolean;
  hasMetric: boolean;
  hasScale: boolean;
  hasOutcome: boolean;
  /** A claim veto held: a goal, a question, a request, a lesson … (claim-exceptions.ts). */
  vetoed: boolean;
  /** The line frames the page (a greeting, a heading, a field …): the kind found (page-furniture.ts). */
  furniture: FurnitureKind | undefined;
  /** A target, assignment or limit lead governs some figure (target-clauses.ts). */
  targeted: boolean;
}

/** What the sentence before says, where a sentence's meaning depends on it. */
export interface SentenceContext {
  /** The previous sentence of the same section is the writer's claim (their action or result). */
  afterClaim?: boolean;
  /**
   * An earlier sentence of the same field is the writer's claim: a later sentence with no act of its own stands after
   * the work (after-the-work.ts).
   */
  afterAct?: boolean;
  /** The sentence opens a line under an unticked checkbox ("- [ ] …"): a to-do (line-markup.ts). */
  openTodo?: boolean;
  /** The sentence goes on a chat line under another speaker's name and stamp (line-voice.ts). */
  othersChat?: boolean;
  /**
   * The field tells the writer's work in the first person elsewhere: a "he" or "she" there is a colleague or
   * someone the writer served, whose bare act is no claim of the writer's (third-person-lines.ts).
   */
  writerInField?: boolean;
  /** The sentence is the writer's own chat message and tells the speaker's act (chat-voices.ts). */
  ownChatAct?: boolean;
}

/** A Situation's counts size the context ("sold to 200 shops"); only a measured change there is a metric. A frequency there ("paged forty times a week") is a before value, a measure. */
function isMetricIn(q: Quantity, section: StorySection | undefined, tokens: Token[] = []): boolean {
  // A Result tells what the work produced: it is the evidence a bare count needs there (metrics.ts).
  if (!(section === 'result' ? isResultSectionMetric(q) : isMetricQuantity(q))) return false;
  // A count of troubles over a period is the problem's value before the work (RUBRIC-NOTES before values).
  if (section === 'situation')
    return q.change || (q.kind !== 'count' && q.kind !== 'magnitude') || q.head === 'times' || q.trouble === true;
  // In an Action a few things no verb or change gave a role are the story's own people, places or
  // parts ("met with the two product owners", "on all three shifts"), not a measure.
  if (section === 'action') return !isFewByDefault(q) || madeOrPartOf(tokens, q) || q.trouble === true;
  return true;
}

/**
 * "split the handler into five modules": what a thing was made into is left to the plan-part rule
 * (quantity-plan-parts.ts); "sat in on three of her team's reviews": a part of a whole the work went
 * through; "traced it through all four layers": the whole scope the effort covered (the real corpus
 * labels it a measure). All stay a measure in an Action.
 */
function madeOrPartOf(tokens: Token[], q: Quantity): boolean {
  if (tokens[tokenIndexFrom(tokens, q.end)]?.lower === 'of') return true;
  if (tokens[tokenIndexFrom(tokens, q.start) - 1]?.lower === 'all') return true;
  return tokens[governorOf(tokens, tokenIndexFrom(tokens, q.start))]?.lower === 'into';
}

/**
 * "When a ticket sat for two days, …": a count or a duration in a condition clause is its threshold; in
 * the condition of a standing rule ("a check that fails if they differ by more than 2x") any figure is.
 */
function isThreshold(q: Quantity, conditions: { start: number; end: number }[], tokens: Token[]): boolean {
  const plain = !q.change && (q.kind === 'count' || q.kind === 'duration');
  for (const c of conditions)
    if (q.start >= c.start && q.start < c.end && (plain || isStandingRuleCondition(tokens, c.start))) return true;
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
  const i = tokenStartingAt(tokens, span.start);
  const t = tokens[i];
  if (!t) return false;
  if (UNREAL_MODALS.has(t.lower)) return true;
  const next = tokens[i + 1]?.lower;
  if (next === 'to' && WISH_VERBS.has(t.lower)) return true;
  return GOAL_NOUNS.has(t.lower) && (next === 'was' || next === 'is');
}

/** "so that pages could load in 200 ms": a result told with a modal, not a hypothetical. */
function afterSoThat(tokens: Token[], span: { start: number }): boolean {
  const i = tokenStartingAt(tokens, span.start);
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
    if (!isMetricIn(q, section, tokens)) continue;
    // "to get the failure rate below 1%", "estimated it would take 6 weeks": a figure named ahead of the
    // work; a before → after pair still gives its before value.
    // Under an assignment, wish or proposal lead ("Asked to bring churn from 8% to 5%") the pair is a target too.
    if (inTargetSpan(q.start, targets, false, q.fromTo)) continue;
    conditions ??= conditionSpans(tokens);
    if (isThreshold(q, conditions, tokens)) continue;
    // "we would have saved $100K", "aiming to reach 1M users": a figure nobody reached.
    unreal ??= unrealSpans(tokens, conditions, irrealis());
    if (!insideAny(q.start, unreal)) return true;
  }
  return false;
}

/**
 * A figure in a label's aside sizes the thing the label names, as a title line's figures do, or tells how long
 * the post lasted: it measures nothing the clause did.
 */
function markLabelSize(q: Quantity): void {
  if (q.change || q.fromTo) return;
  if (q.kind === 'count' || q.kind === 'magnitude' || q.kind === 'money') q.titleFigure ??= 'size';
  // "Acme Retail (contract, 6 months): …": the time the post lasted.
  else if (q.kind === 'duration') q.tenure = true;
}

export function sentenceFacts(text: string, section?: StorySection, context: SentenceContext = {}): SentenceFacts {
  // A leading date label, bracketed tag, arrow or label ("Sep. 2016: Coached …", "[Acme] Rebuilt …",
  // "Highlight: Won …") is read past: the line starts after it (predicate-start.ts).
  const allTokens = tokenize(text);
  const start = predicateStart(allTokens);
  const tokens = start > 0 ? allTokens.slice(start) : allTokens;
  // "Moor Lane housing (42 homes, Passivhaus): led …": the figures of the label's aside size what it names.
  const from = start > 0 ? measuresStart(allTokens, start) : start;
  const { quantities, excluded } = findQuantities(text, from < start ? allTokens.slice(from) : tokens);
  if (from < start) for (const q of quantities) if (q.start < allTokens[start].start) markLabelSize(q);
  // "four outages in a quarter", "losing 30 deliveries a week": a count of troubles is a before or after value.
  if (quantities.length > 0) markTroubleCounts(quantities, tokens);
  const question = isQuestion(text);
  // One object for every exception to read, its later facts filled in as they are found (a spread
  // copy per step cost more than the exceptions themselves).
  const reading: SentenceReading & LateFacts = {
    text,
    tokens,
    lineTokens: allTokens,
    section,
    quantities,
    question,
    afterClaim: context.afterClaim === true,
    afterAct: context.afterAct === true,
    openTodo: context.openTodo === true,
    othersChat: context.othersChat === true,
    ownChatAct: context.ownChatAct === true,
    outcomes: [],
    words: [],
    hasScale: false,
    isClaim: false,
    // Set by the page-furniture veto; declared here so every reading keeps one object shape.
    furniture: undefined,
    // A line's kind by its layout, read once and first: outside a story's sections only (layout-kinds.ts).
    lineKind: section === undefined ? lineKind(text, allTokens) : undefined,
  };
  // A goal, a question, a request of others', a lesson, a problem that kept happening: no claim, no
  // measure, no outcome (claim-exceptions.ts lists every exception below).
  const vetoed = firstHolding(CLAIM_VETOES, reading) !== undefined;
  // In an Action, figures named ahead of the work are targets (target-clauses.ts); on a resume line
  // "to cut latency by 40%" is read as the result it reports. Figures under an assignment, wish or
  // proposal lead ("Tasked with cutting costs by 15%") are targets in every section.
  const targets = quantities.length > 0 ? targetSpans(tokens, section === 'action') : [];
  // Hypothetical and wished-for clauses, found once for the metric and the outcome checks that read them.
  // (Arrows written at each call rather than one named const: a named closure costs more to build per sentence.)
  let irrealis: { start: number; end: number }[] | undefined;
  let hasMetric =
    !vetoed && hasMetricQuantity(quantities, section, tokens, targets, () => (irrealis ??= irrealisSpans(tokens)));
  // "memory had to stay below 512 MB": a limit's figure sizes nothing (limit-clauses.ts).
  // A page's furniture sizes nothing unless it is a field or the writer's post ("Team: 6 MLEs": scale;
  // "Reflective account 2 of 5", "two sisters planning weddings": none; page-furniture.ts).
  const sizesNothing = reading.furniture !== undefined && !furnitureSizes(reading.furniture);
  const hasScale = !sizesNothing && quantities.some((q) => isScaleQuantity(q) && !inLimitSpan(q.start, targets));
  // An arrow standing alone is read as the "down" or "up" it stands for ("sick days ↓ noticeably").
  const words = wordsWithArrows(tokens);
  // A measured before→after change is itself an outcome.
  // A change proposed or assigned ("I proposed cutting the build from 6 hours to 2") was not measured.
  const changes = quantities.filter((q) => q.change && !inTargetSpan(q.start, targets, true, true));
  const measuredChange = changes.some((q) => q.kind !== 'multiplier' && q.head !== undefined) || changes.length >= 2;
  // A vetoed sentence (a goal, a task statement) names effects hoped for, not achieved.
  let outcomes: OutcomeCue[] =
    vetoed || section === 'situation'
      ? []
      : assertedOutcomes(
          findOutcomeCues(tokens, measuredChange, words),
          tokens,
          text,
          () => (irrealis ??= irrealisSpans(tokens)),
        );
  // "predicted a 15% drop in demand", "asked for a 20% increase": an effect foreseen or asked for.
  if (targets.length > 0) outcomes = outcomes.filter((o) => !inTargetSpan(o.start, targets, true));
  // "I proposed cutting the build from 6 hours to 2": every before → after pair is under a lead, none measured.
  // "bumped the clients from 2.8 to 3.6": a pair of versions measures no change either.
  if (changes.length === 0 && (quantities.some((q) => q.change) || excluded.some((e) => e.reason === 'version')))
    outcomes = outcomes.filter((o) => o.cue !== 'from-to');
  // "The old routing sheet was off by 30 minutes": a before value, a metric but no claim or outcome.
  const oldValue = !vetoed && firstHolding(BEFORE_VALUE_VETOES, reading) !== undefined;
  if (oldValue) outcomes = [];
  // An Action's cue in the act's own frame (a content, setting or function clause) tells no result (act-frame-cues.ts),
  // but the sentence is the writer's act all the same: the claim is read with the cues the frames refused.
  let claimCues = outcomes;
  if (section === 'action') outcomes = actionResultCues(outcomes, tokens, words);
  // A Result's report, the effect of the action just told: claims the claim rules would miss.
  const asserted: AssertedClaim[] = [];
  if (!vetoed)
    for (const assertion of CLAIM_ASSERTIONS) {
      const found = assertion.find(reading);
      // A take-up that ended is no result and no claim whichever reading found it (party-take-up.ts).
      if (found === undefined || (found.outcome !== undefined && refusedTakeUp(found.outcome, tokens))) continue;
      asserted.push(found);
      if (found.outcome && outcomes.length === 0) outcomes = [found.outcome];
      if (found.outcome && claimCues.length === 0) claimCues = [found.outcome];
    }
  // A count of none is a metric.
  reading.outcomes = outcomes;
  reading.words = words;
  // A goal or a task statement counts nothing the work did (the readings below but the count over a period
  // need an outcome, which a vetoed sentence has none of).
  if (!hasMetric && !vetoed && firstHolding(MEASURE_ASSERTIONS, reading) !== undefined) hasMetric = true;
  const firstWord = words[0] as Token | undefined;
  const startsWithMetric =
    firstWord !== undefined &&
    !vetoed &&
    quantities.some((q) => q.start <= firstWord.start && q.end > firstWord.start && isMetricQuantity(q));
  // A line labeled as the setting ("Problem: …", "Context: …") is read as a Situation's sentence is.
  let isClaim =
    section === 'situation' || (section === undefined && opensWithSettingLabel(allTokens))
      ? situationClaim(reading)
      : !vetoed &&
        !oldValue &&
        (asserted.length > 0 ||
          detectClaim({
            tokens,
            section,
            hasMetric,
            outcomes: claimCues,
            startsWithMetric,
            writerInField: context.writerInField === true,
          }));
  // A resume title with a sized remit; then the time a result took as its measure.
  reading.hasScale = hasScale;
  reading.isClaim = isClaim;
  if (!isClaim && !vetoed && firstHolding(LATE_CLAIM_ASSERTIONS, reading) !== undefined)
    isClaim = reading.isClaim = true;
  if (!hasMetric && firstHolding(LATE_MEASURE_ASSERTIONS, reading) !== undefined) hasMetric = true;
  return {
    text,
    tokens,
    words: words.length,
    quantities,
    excluded,
    outcomes,
    isClaim,
    hasMetric,
    hasScale,
    hasOutcome: outcomes.length > 0,
    vetoed,
    furniture: reading.furniture,
    targeted: targets.length > 0,
  };
}
