// Every exception to the plain reading of a sentence, in one place. The plain reading: the claim rules
// (rules/claims.ts) decide whether the writer did something, the quantity rules whether a figure
// measures it, the cue rules whether an effect came of it. The exceptions below overrule them, each
// named, with the rubric clause (RUBRIC.md, tests/fixtures/claims/RUBRIC-NOTES.md) it follows and an
// example. sentenceFacts (sentence-facts.ts) reads them in this file's order:
//   1. CLAIM_VETOES          no claim, no measure, no outcome: the sentence names no result at all
//   2. BEFORE_VALUE_VETOES   no claim, no outcome, but its figure stays a measure
//   3. CLAIM_ASSERTIONS      a claim the claim rules would miss, with the outcome it states
//   4. MEASURE_ASSERTIONS    a measure with no metric figure
//   5. situationClaim        in a Situation only the writer's own act is a claim, in place of the rules
//   6. LATE_CLAIM_ASSERTIONS a claim where the rules found none, read once they have answered
//   7. LATE_MEASURE_ASSERTIONS a measure read once the claim is known
// A new exception belongs in one of these lists, not inline in sentenceFacts.
import { zeroInResult } from './rules/figures/zero-after-work';
import type { Token } from './rules/language/tokenize';
import type { Quantity } from './rules/quantity/quantities';
import type { OutcomeCue } from './rules/outcomes/outcomes';
import type { StorySection } from './domain-types';
import { isFirstPersonAction, isGoalStatement, othersActAfterWriter } from './rules/claims';
import { lineVoice } from './rules/lines/line-voice';
import { isOpenGoalItem } from './rules/lines/goal-items';
import { isLessonSentence } from './rules/marks/lessons';
import { isServicePitch } from './rules/voices/present-acts';
import { isRecurringProblem } from './rules/voices/recurring-problems';
import { backgroundPerfectAt } from './rules/voices/background-past-perfect';
import { findOutcomeCues } from './rules/outcomes/outcomes';
import { partyTakeUp } from './rules/outcomes/party-take-up';
import { isOldSystemValue } from './rules/voices/old-system-values';
import { resultReport } from './rules/outcomes/result-report';
import { changedStateCue } from './rules/outcomes/changed-states';
import { gainWonCue } from './rules/outcomes/gains-won';
import { effectOfPrevious } from './rules/voices/effect-of-previous';
import { gerundRemitAfterTitle, isRemitTitle } from './rules/lines/title-remits';
import { isDutyLine } from './rules/lines/duty-lines';
import { isNegatedSinceCount } from './rules/figures/zero-since';
import { isCountOverPeriod } from './rules/figures/count-over-period';
import { hasTimeToResult } from './rules/figures/time-measures';
import { noneSinceCue } from './rules/outcomes/none-since-outcomes';
import { withinTargetCue } from './rules/outcomes/before-after-outcomes';
import { pageFurniture, type FurnitureKind } from './rules/lines/page-furniture';
import { stateOfUse } from './rules/outcomes/state-of-use';
import { namedPersonActs } from './rules/voices/third-person-lines';
import { countsStanding, writerHoldsStanding } from './rules/outcomes/recognition-heads';
import { isCreditLine } from './rules/lines/credit-lines';
import type { LineKind, LineReading } from './rules/lines/layout-kinds';

/** What the exceptions read about a sentence. */
export interface SentenceReading {
  /** The sentence as the rules read it (readable-text.ts). */
  text: string;
  /** Its tokens, a leading date label read past. */
  tokens: Token[];
  /** All its tokens, a leading label kept (the page-furniture veto reads the label); `tokens` when absent. */
  lineTokens?: readonly Token[];
  section: StorySection | undefined;
  quantities: Quantity[];
  /** The sentence, read as a whole, asks something. */
  question: boolean;
  /** The previous sentence of the same section is the writer's claim (SentenceContext). */
  afterClaim: boolean;
  /** An earlier sentence of the same field is the writer's claim (SentenceContext). */
  afterAct?: boolean;
  /** The sentence opens a line under an unticked checkbox (SentenceContext). */
  openTodo?: boolean;
  /** The sentence goes on another speaker's chat line, after its first sentence (SentenceContext). */
  othersChat?: boolean;
  /** The sentence is the writer's own chat message and tells the speaker's act (SentenceContext). */
  ownChatAct?: boolean;
  /** The kind of page furniture the page-furniture veto found, once it has held (page-furniture.ts). */
  furniture?: FurnitureKind;
  /** The line's kind by its layout, read once outside a story's sections (layout-kinds.ts). */
  lineKind?: LineReading;
}

/** The furniture kind each line kind that holds no claim plays (page-furniture.ts sizes by it). */
const LINE_KIND_FURNITURE: Partial<Record<LineKind, FurnitureKind>> = {
  stats: 'stats',
  tenure: 'tenure',
  // A growth area or a weakness is a goal told as what to get better at (page-furniture.ts's goal field).
  'weakness-label': 'goal-field',
  'holding-label': 'holding',
};

/** An exception that holds or not of a sentence. */
export interface SentenceException<Extra = object> {
  /** What the exception is, in a word or two: for docs, tests and reports. */
  id: string;
  holds(reading: SentenceReading & Extra): boolean;
}

/**
 * Readings that make a sentence no claim, with no measure and no outcome, whatever its words: it names a
 * goal, asks, or tells what others wanted, what always holds or what kept going wrong. Read in order,
 * cheapest first; the first that holds decides.
 */
export const CLAIM_VETOES: readonly SentenceException[] = [
  // RUBRIC.md, clarifications: a Task states a goal, an assignment or a plan; its numbers and effects are targets.
  { id: 'task-section', holds: (s) => s.section === 'task' },
  // A line whose layout holds no claim, read before any of its words: a profile's stats, a title with its dates,
  // a label of what the writer holds or finds hard ("Coach Dani · ★ 4.9 · 310 sessions", "2020.07-now  Xinghe
  // Technology  Algorithm Engineer", "Gap: I still struggle to delegate …"): layout-kinds.ts.
  {
    id: 'line-kind',
    holds: (s) => {
      const furniture = s.lineKind === undefined ? undefined : LINE_KIND_FURNITURE[s.lineKind.kind];
      if (furniture !== undefined) s.furniture = furniture;
      return furniture !== undefined;
    },
  },
  // An unticked to-do ("- [ ] Move the release train to weekly") is a plan, as a Task's goal is.
  { id: 'open-todo', holds: (s) => s.openTodo === true },
  // Questions carry no claim or outcome (clauses.ts): "How many customers is this for?"
  { id: 'question', holds: (s) => s.question },
  // A goal or task statement names a target, not a result: "Target: cut costs by 15%".
  // A post held under its label is no goal: "Role: Ana is the lead nurse for the discharge lounge".
  {
    id: 'goal-statement',
    holds: (s) =>
      isGoalStatement(s.tokens) && !(HELD_POST_LABELS.has(s.tokens[0]?.lower ?? '') && caseClauseInField(s)),
  },
  // A key result or an objective whose status tells no work done ("KR2 Reduce missed doses by 30% — not
  // started", "O1: Make churn predictable …") is a goal; "— done", "— reached 0.08" tell the writer's work
  // (goal-items.ts).
  { id: 'open-goal-item', holds: (s) => isOpenGoalItem(s.lineTokens ?? s.tokens) },
  // Another speaker's words (a chat line under their name, a quotation with only its voice around it, a
  // request to the writer: "My manager asked me to …") or a line with no realis clause (a hypothetical, a
  // future, a condition, a wish, a prompt to the reader): no claim, whatever it tells (line-voice.ts).
  // A later sentence of another speaker's chat line ("[16:40] Sam: can you cover? I moved the run") is theirs too.
  {
    id: 'line-voice',
    holds: (s) => s.othersChat === true || lineVoice(s.text, s.tokens, s.lineTokens ?? s.tokens) !== undefined,
  },
  // A lesson or advice claims nothing: "Short huddles beat long reports", "Bring the money a change loses"
  // (lessons.ts). A sentence with a figure is left to the claim rules.
  { id: 'lesson', holds: (s) => s.quantities.length === 0 && isLessonSentence(s.tokens, s.section) },
  // A service pitch on a profile: "I help busy parents get strong again …" tells what the trade offers, not
  // what was done, and what the clients get is the offer's promise, no outcome (present-acts.ts).
  {
    id: 'service-pitch',
    holds: (s) =>
      s.section === undefined &&
      isServicePitch(
        s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.lower),
        0,
      ),
  },
  // A problem that kept happening, told outside the Result: "Parents kept emailing the office" (recurring-problems.ts).
  { id: 'recurring-problem', holds: (s) => s.section !== 'result' && isRecurringProblem(s.tokens) },
  // How things stood before the story, told in the past perfect of someone else, outside the Result: "The
  // backlog had grown past what the team could handle" (background-past-perfect.ts). Only where the
  // perfect is what reads as an effect; a figure is left to the number rules.
  {
    id: 'background-past-perfect',
    holds: (s) =>
      s.section !== undefined && s.section !== 'result' && s.quantities.length === 0 && perfectCarriesOutcome(s.tokens),
  },
  // A line that frames the page rather than tells the work: a greeting, a sign-off, a letter's or a post's
  // opener, a heading, a form header, a field, someone else's comment, a goal field, "I work as …", the
  // writer's contact details, availability or status ("Dear hiring team, I am writing to apply …", "Herd:
  // 220 Holstein Friesians", "Reflective account 2 of 5", "RVN, 6 years small animal"). One classifier
  // reads the line's shape for every reader (page-furniture.ts) and records the kind, whose figures may
  // still size the post (furnitureSizes). A line that also tells the writer's act or an effect is left
  // to the rules.
  {
    id: 'page-furniture',
    holds: (s) => {
      // A label of the writer's work ("Duties/responsibilities: payroll, …") is no furniture: its kind is decided.
      if (s.lineKind?.kind === 'work-label' || s.lineKind?.kind === 'result-label') return false;
      s.furniture = pageFurniture(s.text, s.tokens, s.lineTokens ?? s.tokens, s.section);
      // A field whose value is a case's clause about the writer ("Scope: Tomasz is the site lead for …") stands.
      if (s.furniture === 'field' && caseClauseInField(s)) s.furniture = undefined;
      return s.furniture !== undefined;
    },
  },
];

/** Labels of a post held, where a goal's label ("Goal:", "Target:") names a plan. */
const HELD_POST_LABELS = new Set(['role', 'responsibility', 'responsibilities', 'remit', 'job']);

/** The most words of a field's label before its colon: "Scope:", "Area of responsibility:". */
const MOST_LABEL_WORDS = 3;

/**
 * A field, outside a story's sections, whose value is a third-person clause of a case, a nomination or a bio
 * about the writer ("Scope: Tomasz is the site lead for both packing halls", "Role: Ana is the lead nurse for
 * …"): the label is the form's words, the clause tells the writer's remit or act as third-person-lines.ts reads
 * it after a label.
 */
function caseClauseInField(s: SentenceReading): boolean {
  const line = (s.lineTokens ?? s.tokens) as Token[];
  const colon = line.findIndex((t) => t.text === ':');
  if (s.section !== undefined || colon < 1 || colon > MOST_LABEL_WORDS) return false;
  return namedPersonActs(
    line,
    line.filter((t) => t.kind === 'word').map((t) => t.lower),
  );
}

/**
 * Readings that make a sentence no claim and no outcome but keep its figure a measure: a before value
 * told as context (RUBRIC-NOTES "Before values in context"). Read when no claim veto holds.
 */
export const BEFORE_VALUE_VETOES: readonly SentenceException[] = [
  // "The old routing sheet was off by 30 minutes": what the old system did (old-system-values.ts). In a
  // Result the same words may report the change, so the Result is left to the rules.
  { id: 'old-system-value', holds: (s) => s.section !== 'result' && isOldSystemValue(s.tokens) },
];

/** A claim asserted by an exception, and the outcome it states when the cue rules found none. */
export interface AssertedClaim {
  id: string;
  outcome?: OutcomeCue;
}

/** An exception that asserts a claim (read only when no claim veto holds). */
export interface ClaimAssertion {
  id: string;
  find(reading: SentenceReading): AssertedClaim | undefined;
}

/**
 * Readings that make a sentence the writer's claim where the claim rules find no act of the writer's.
 * Each may state an outcome; the first one stated stands when the cue rules found none. Read when no
 * claim veto holds; a before-value veto still denies the claim but not the outcome stated.
 */
export const CLAIM_ASSERTIONS: readonly ClaimAssertion[] = [
  {
    // "Achievements: the storage became the main source of the numbers", "Main activities and responsibilities:
    // management of a 62-place day nursery": a label of the writer's work makes its value their claim, however
    // it is told (layout-kinds.ts).
    id: 'work-label',
    find(s) {
      const line = s.lineKind;
      if (line === undefined || (line.kind !== 'work-label' && line.kind !== 'result-label')) return undefined;
      if (line.kind === 'work-label') return { id: this.id };
      // A result label over a thing's state: the value is what came of the work.
      const start = s.tokens.length > 0 ? (s.lineTokens ?? s.tokens)[line.value].start : 0;
      return {
        id: this.id,
        outcome: { start, end: s.text.length, kind: 'state', cue: s.text.slice(start).toLowerCase() },
      };
    },
  },
  {
    // "I rewrote the loader. This cut memory use.": the effect of the writer's action just told
    // (effect-of-previous.ts). The setup and the lesson tell no effect of the work.
    id: 'effect-of-previous',
    find(s) {
      if (!s.afterClaim || s.section === 'situation' || s.section === 'reflection') return undefined;
      const effect = effectOfPrevious(s.tokens);
      if (effect === undefined) return undefined;
      return { id: this.id, outcome: { start: effect.start, end: effect.end, kind: 'effect', cue: effect.lower } };
    },
  },
  {
    // "We haven't had a stockout since": a count of none after the work is the writer's result, though
    // the claim rules read "we haven't" as a state (none-since-outcomes.ts). Not in the setup or a lesson.
    id: 'none-since',
    find(s) {
      if (s.section === 'situation' || s.section === 'reflection') return undefined;
      const outcome = noneSinceCue(s.tokens);
      return outcome && { id: this.id, outcome };
    },
  },
  {
    // "We were inside the ten-day target by week six": a measure placed inside a service target is the
    // team's result, though the claim rules read "we were" as a state (before-after-outcomes.ts). Not
    // in the setup or a lesson.
    id: 'within-target',
    find(s) {
      if (s.section === 'situation' || s.section === 'reflection') return undefined;
      const outcome = withinTargetCue(s.tokens);
      return outcome && { id: this.id, outcome };
    },
  },
  {
    // "The governors signed off the spend after I showed them the payback": what others did once the writer
    // had acted is the writer's claim and an outcome (claims.ts). Not in the setup or a lesson.
    id: 'others-after-writer',
    find(s) {
      if (s.section === 'situation' || s.section === 'reflection') return undefined;
      const cue = othersActAfterWriter(s.tokens);
      if (cue === undefined) return undefined;
      return { id: this.id, outcome: { start: 0, end: s.text.length, kind: 'adoption', cue } };
    },
  },
  {
    // "The forecast is since 2023 the basis for the team's nightly planning", "our new ledger is live for every
    // customer", "we now have one model that both teams sign off": the writer's work in a state of use by
    // others, the act unsaid, is the writer's claim and an adoption; live for others, a delivery, is a claim
    // alone (state-of-use.ts). Not in the setup or a lesson.
    id: 'state-of-use',
    find(s) {
      if (s.section === 'situation' || s.section === 'reflection') return undefined;
      const state = stateOfUse(s.tokens);
      if (state === undefined) return undefined;
      if (!state.adopted) return { id: this.id };
      return { id: this.id, outcome: { start: 0, end: s.text.length, kind: 'adoption', cue: state.cue } };
    },
  },
  {
    // "…; on-call uses it now instead of pinging me", "3 of 4 clinics moved over by April": a party taking up
    // what the writer made, tied to the work by the writer's act before it, the Result section or a time after
    // the work, is the writer's claim and an adoption (party-take-up.ts). Not in the setup or a lesson; in an
    // Action only when the writer's thing is named as the clause's antecedent ("I designed the referral form the
    // nurses use"): otherwise others' use there is how the act was set up ("…, the second is reviewed by support").
    id: 'party-take-up',
    find(s) {
      if (s.section === 'situation' || s.section === 'reflection') return undefined;
      const takeUp = partyTakeUp(s.tokens, s.section === 'result');
      if (takeUp === undefined || (s.section === 'action' && !takeUp.relative)) return undefined;
      return { id: this.id, outcome: { start: takeUp.start, end: takeUp.end, kind: 'adoption', cue: takeUp.cue } };
    },
  },
  {
    // "…, and the damp in the stockroom dried up", "Appeals fell away after my new letter", "…, which now has a
    // waiting list": the thing or party the work touched, changed or set against before, after the writer's act
    // (changed-states.ts). The sentence itself shows the act or stands in a Result, so it is the writer's claim.
    id: 'changed-state',
    find(s) {
      const outcome = changedStateCue(s.tokens, {
        section: s.section,
        afterClaim: s.afterClaim,
        afterAct: s.afterAct === true,
      });
      return outcome && { id: this.id, outcome };
    },
  },
  {
    // "renewed most of the at-risk accounts", "Negotiated venue contracts, usually well below rate card", "secured a
    // grant from the trust": the writer's own act of winning, keeping or getting back a gain for the business or the
    // people served (gains-won.ts). The act is the writer's, so the sentence is the writer's claim.
    id: 'gain-won',
    find(s) {
      const outcome = gainWonCue(s.tokens, s.section);
      return outcome && { id: this.id, outcome };
    },
  },
  {
    // In a Result, what happened is the writer's result whoever the subject is ("Deals stopped
    // slipping", "The customer renewed"); an effect beyond the work done is an outcome (result-report.ts).
    id: 'result-report',
    find(s) {
      if (s.section !== 'result') return undefined;
      const report = resultReport(s.tokens);
      if (report === undefined) return undefined;
      if (!report.effect) return { id: this.id };
      const cue = s.text.slice(report.start, report.end).toLowerCase();
      return { id: this.id, outcome: { start: report.start, end: report.end, kind: 'state', cue } };
    },
  },
  {
    // "No callbacks from any of the households", "…, and none of the buyers pulled out": in a Result a
    // count of none needs no period of its own; it is the team's result (zero-after-work.ts). Last: where
    // a Result's report already reads an effect ("Nobody complained after the switch"), the writers
    // label that effect alone, not a count.
    id: 'zero-in-result',
    find(s) {
      if (s.section !== 'result') return undefined;
      const outcome = zeroInResult(s.tokens);
      return outcome && { id: this.id, outcome };
    },
  },
];

/** What the measure assertions read beside the sentence: the outcomes found so far and its word tokens. */
export interface MeasureFacts {
  outcomes: readonly OutcomeCue[];
  words: readonly Token[];
  /** Every token, symbols included: where a clause ends. */
  tokens: readonly Token[];
}

/**
 * Readings that give a sentence a measure with no metric figure: a count of none is a metric
 * (RUBRIC.md). Read when no metric figure was found, before the claim rules (which read the measure).
 */
export const MEASURE_ASSERTIONS: readonly SentenceException<MeasureFacts>[] = [
  // "No customer escalations since", "zero incidents".
  { id: 'zero-count', holds: (s) => s.outcomes.some((o) => o.kind === 'state' && o.zeroCount) },
  // "has not missed a night since", "never failed again": the same count of none, told with a verb (zero-since.ts).
  { id: 'negated-since-count', holds: (s) => s.outcomes.length > 0 && isNegatedSinceCount(s.words) },
  // "closed four days earlier than the year before": time saved against a past period (time-saved-outcomes.ts).
  { id: 'time-saved', holds: (s) => s.outcomes.some((o) => o.timeSaved === true) },
  // "Hall of fame: 14 programs": the count of those who granted a standing (recognition-heads.ts).
  { id: 'standing-count', holds: (s) => countsStanding(s.text, s.outcomes, s.quantities) },
  // "has failed twice in the six months since", "since the rewire it tripped just once": a count in one
  // word over a period, as "three times since March" is (count-over-period.ts).
  { id: 'count-over-period', holds: (s) => isCountOverPeriod(s.tokens) },
  // "The sheet is used on both our wards", "3 of 4 clinics moved over": a take-up by a counted group is a metric
  // (RUBRIC-NOTES adoption), read where the take-up is the sentence's outcome (party-take-up.ts).
  {
    id: 'take-up-count',
    holds: (s) =>
      s.outcomes.some((o) => o.kind === 'adoption') &&
      s.section !== 'action' &&
      partyTakeUp(s.tokens, s.section === 'result')?.counted === true,
  },
];

/**
 * In a Situation only the writer's own first-person action is a claim (RUBRIC.md, clarifications: the
 * Situation describes context), and it states no outcome. "When I joined, I had to learn the billing
 * domain": an obligation there is its context. Decides in place of the claim rules.
 */
export function situationClaim(s: SentenceReading): boolean {
  return !s.question && isFirstPersonAction(s.tokens, true);
}

/** What the late assertions read beside the sentence. */
export interface LateFacts extends MeasureFacts {
  hasScale: boolean;
  isClaim: boolean;
}

/** Readings that make a sentence a claim where the claim rules found none, read once they have answered. */
export const LATE_CLAIM_ASSERTIONS: readonly SentenceException<LateFacts>[] = [
  // "[09:41] Dev: also broke down the pork loins", "[15:02] Ade: kitchen at Elm Rd done, tiles up": the writer's
  // own chat message that tells the speaker's act is the writer's claim (RUBRIC-NOTES pasted lines), though a
  // note's clipped words ("done", "also …") hide it from the claim rules (chat-voices.ts).
  { id: 'own-chat-act', holds: (s) => s.ownChatAct === true },
  // "Account manager for 30 retail clients": a resume title with a sized remit (title-remits.ts).
  {
    id: 'remit-title',
    holds: (s) => s.section === undefined && s.hasScale && isRemitTitle(s.tokens, s.quantities),
  },
  // "Accuracy checking technician, dispensing for 9 care homes": a title, then the act of its remit.
  {
    id: 'gerund-remit-title',
    holds: (s) => s.section === undefined && gerundRemitAfterTitle(s.tokens),
  },
  // "On-call for the payments API", "Kafka consumers for payment events, ~30k msgs/min": a verbless
  // resume line that states a duty or a system with its load (duty-lines.ts).
  {
    id: 'duty-line',
    holds: (s) => s.section === undefined && isDutyLine(s.tokens, s.quantities),
  },
  // "CVE-2025-31877, CVE-2026-0412 (credited)", "… credited to me": the writer's finding with its credit, no
  // outcome (credit-lines.ts).
  {
    id: 'credit-line',
    holds: (s) => s.section === undefined && isCreditLine(s.tokens),
  },
  // "I was runner-up for Nurse of the Year", "we were second out of nine teams": the writer holding a standing
  // won, though "I was" places the writer (recognition-heads.ts). Not in the setup or a lesson.
  {
    id: 'writer-standing',
    holds: (s) => s.section !== 'situation' && s.section !== 'reflection' && writerHoldsStanding(s.tokens, s.outcomes),
  },
  // "We didn't drop a release in that period", "In the next quarter we had no late responses": a count
  // of none after the work is the team's result (RUBRIC.md: zero counts are metrics and outcomes),
  // though the claim rules read "we didn't"/"we had" as no act. Not in the setup (no outcomes are read
  // there) or a lesson.
  {
    id: 'count-of-none',
    holds: (s) => s.section !== 'reflection' && countsNone(s.outcomes),
  },
];

/** A count of none among the outcomes: a zero-count state cue. */
const countsNone = (outcomes: readonly OutcomeCue[]) => outcomes.some((o) => o.kind === 'state' && o.zeroCount);

/** Readings that give a claim a measure once it is known to be one. */
export const LATE_MEASURE_ASSERTIONS: readonly SentenceException<LateFacts>[] = [
  // "By week three I was shipping features": the time it took is the result's measure (RUBRIC.md). A
  // change in a quantity ("latency improved in the first month") still needs its number.
  {
    id: 'time-to-result',
    holds: (s) =>
      s.isClaim &&
      s.section !== 'situation' &&
      s.outcomes.length > 0 &&
      s.outcomes.every((o) => o.kind !== 'change' && o.kind !== 'comparative') &&
      hasTimeToResult(s.text),
  },
];

/** The first exception of `list` that holds, or undefined. */
export function firstHolding<Extra>(
  list: readonly SentenceException<Extra>[],
  reading: SentenceReading & Extra,
): SentenceException<Extra> | undefined {
  for (const exception of list) if (exception.holds(reading)) return exception;
  return undefined;
}

/** A background past perfect (background-past-perfect.ts) whose verb or what follows it reads as an outcome cue. */
function perfectCarriesOutcome(tokens: Token[]): boolean {
  const at = backgroundPerfectAt(tokens);
  return at !== undefined && findOutcomeCues(tokens).some((c) => c.start >= at);
}
