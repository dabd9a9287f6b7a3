// Outcome: an effect beyond the action itself — what changed for users, the business, the team or
// the system ("reducing churn", "which cut page load time", "adopted by 3 teams", "enabling the EU
// launch", "improving reliability", "won the contract", a promotion, an award, a patent). A bare
// action ("Developed a REST API") has none. A purpose clause naming a benefit ("to reduce support
// load") counts; one naming what the thing does ("to automate uploads") does not.
//
// This module walks a sentence and runs the cue rules in the order of CUE_RULES; the rules live in
// modules by concern (purpose clauses, changes made, measures that moved, recognition, adoption,
// result states, before → after) and their words in the lexicon.
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from './outcome-types';
import type { CueRule, CueScan } from './outcome-scan';
import {
  ENABLING_RULE,
  FOR_PURPOSE_RULE,
  SO_BENEFIT_RULE,
  SO_NOT_RULE,
  SO_THAT_RULE,
  TO_PURPOSE_RULE,
} from './purpose-outcomes';
import {
  BENEFIT_VERB_RULE,
  KEPT_MORE_RULE,
  BETTER_COMPARATIVE_RULE,
  CHANGE_NOUN_RULE,
  COMPARATIVE_RULE,
  EFFECT_VERB_RULE,
  IMPROVE_RULE,
  MAKE_RULE,
  REWORK_RULE,
  TRANSFORM_RULE,
  TURNED_AROUND_RULE,
} from './change-outcomes';
import {
  BROUGHT_TO_LEVEL_RULE,
  MOVED_BY_RULE,
  QUALITY_CHANGED_RULE,
  REACHED_LEVEL_RULE,
  TURNED_COMPARATIVE_RULE,
  VERBLESS_MOVE_RULE,
  WENT_UP_RULE,
  FELL_TO_LEVEL_RULE,
  LINKED_MOVE_RULE,
} from './measure-move-outcomes';
import {
  CLOSED_DEAL_RULE,
  CREDENTIAL_RULE,
  CUSTOMER_STAYED_RULE,
  NAMED_RULE,
  PLACE_RULE,
  POPULAR_RULE,
  PROMOTED_TO_RULE,
  PUBLISHED_RULE,
  RATED_RULE,
  RECOGNITION_RULE,
  SALES_HONOUR_RULE,
  SOLD_RULE,
  SUCCESSFUL_RULE,
  WAS_PROMOTED_RULE,
  WON_CUSTOMERS_RULE,
  WON_RULE,
  isRecognitionWord,
} from './recognition-outcomes';
import {
  HALL_OF_FAME_RULE,
  HONOURABLE_MENTION_RULE,
  HONOUR_TITLE_RULE,
  MEDAL_METAL_RULE,
  PLACING_FIELD_RULE,
  RANKED_ROLE_RULE,
  RUNNER_UP_RULE,
} from './recognition-heads';
import {
  ACCEPTED_RULE,
  ADOPTED_RULE,
  BECAME_STANDARD_RULE,
  COPIED_RULE,
  GOT_AGREEMENT_RULE,
  HAD_PARTY_ACT_RULE,
  OTHERS_AGREED_RULE,
  PERSUADED_RULE,
  PICKED_UP_RULE,
  REUSED_RULE,
  USED_RULE,
} from './adoption-outcomes';
import {
  BECAME_STATE_RULE,
  BLOCKED_THREAT_RULE,
  CAUGHT_BEFORE_RULE,
  LEADING_TO_RULE,
  LITTLE_OF_RULE,
  NONE_OF_RULE,
  NOW_DONE_RULE,
  NOW_HANDLES_RULE,
  NOW_PLURAL_PRESENT_RULE,
  NO_LONGER_RULE,
  ON_THEIR_OWN_RULE,
  QUIET_RULE,
  RESULTING_IN_RULE,
  RESULT_MARKER_RULE,
  STOPPED_PROBLEM_RULE,
  TIME_TO_RESULT_RULE,
  FIRST_TIME_RULE,
} from './state-outcomes';
import {
  AGAINST_PLAN_RULE,
  WITHIN_TARGET_RULE,
  EARLY_BY_RULE,
  INSTEAD_OF_RULE,
  TARGET_MET_RULE,
  beforeAfter,
  beforeNowPair,
  gradePair,
} from './before-after-outcomes';
import {
  AGREEMENT_WON_RULE,
  BACKLOG_CLEARED_RULE,
  ENDED_RULE,
  ENDURED_RULE,
  GO_AHEAD_RULE,
  NEED_REMOVED_RULE,
  PASSED_CHECK_RULE,
  ADMITTED_RULE,
  RAPPORT_RULE,
  RECORD_RULE,
  SPARED_RULE,
  STAYED_UP_RULE,
  TAKEN_OFF_RULE,
  TRIM_RULE,
  UNDER_CONTROL_RULE,
} from './phrase-outcomes';
import {
  PRAISED_VERDICT_RULE,
  RANKED_AGAINST_PAST_RULE,
  SATISFIED_WITH_RULE,
  REPORTED_BENEFIT_RULE,
  THANKED_RULE,
  WAS_A_HIT_RULE,
  WENT_WELL_RULE,
} from './verdict-outcomes';
import { HELPED_INTO_RULE, MENTEE_GREW_RULE } from './mentee-outcomes';
import { AFTER_STATE_RULE } from './after-state-outcomes';
import { OTHERS_TOOK_UP_RULE } from './others-reaction-outcomes';
import { PARTY_DECIDED_RULE } from './party-decision-outcomes';
import { PARTY_ACT_RULE } from './party-act-outcomes';
import { AGREEMENT_WITH_PARTY_RULE } from './agreement-with-party';
import {
  GOT_ONTO_RULE,
  KEPT_BY_OTHERS_RULE,
  OTHERS_KEEP_IT_RULE,
  RELATIVE_TAKE_UP_RULE,
  STATUS_RELATIVE_RULE,
  WORK_STATUS_RULE,
} from './after-act-adoption';
import { NOW_BELOW_RULE } from './now-below-outcomes';
import { PARTICLE_CHANGE_RULE } from './phrasal-change-outcomes';
import { MORE_OFTEN_RULE, arrowMoreOften } from './frequency-changes';
import { ZERO_OVER_PERIOD_RULE } from '../figures/zero-over-period';
import { NONE_SINCE_RULE } from './none-since-outcomes';
import { ZERO_SUBJECT_RULE } from '../figures/zero-subject';
import { zeroAfterLabel } from '../figures/zero-label';
import { NEGATED_COUNT_RULE } from '../figures/negated-counts';
import { ATTAINMENT_RULE, NUMBER_COMPARATIVE_RULE, signedChange } from './measured-difference-outcomes';
import { describesPeople, fillsABracket, isCompoundPart, modifiesATerm, namesAStep } from './cue-modifiers';
import { TIME_SAVED_RULE } from './time-saved-outcomes';
import { BRACKETED_PAST_VALUE_RULE, PAST_COUNT_COMPARISON_RULE } from '../figures/past-count-comparisons';
import { BACK_TO_LEVEL_RULE } from './recovery-outcomes';
import { SERVICE_RESTORED_RULE } from './service-restored';
import { THRESHOLD_REACHED_RULE } from './threshold-outcomes';
import { MADE_STANDARD_RULE, PART_OF_PRACTICE_RULE } from './practice-inclusion-outcomes';
import { BAD_STOPPED_RULE, GOOD_STATE_RULE, STATE_AFTER_WORK_RULE } from './valence-outcomes';
import {
  GOOD_EVER_SINCE_RULE,
  GOT_BACK_RULE,
  NOT_ANYMORE_RULE,
  PERFECT_SINCE_RULE,
  TROUBLE_NOW_AMOUNT_RULE,
} from './after-condition-outcomes';
import { RESULT_STATE_RULE } from './result-state-outcomes';
import { AFTER_ACT_STATE_RULE } from './after-act-states';

export type { OutcomeCue, OutcomeKind } from './outcome-types';

/**
 * The cue rules in the order they are tried on a word: the first whose `match` returns true settles
 * the word. Order matters only between rules that share a trigger word (e.g. "to" is read by the
 * enabling verbs before the purpose clause, "caught … before" before "caught a regression").
 */
const CUE_RULES: readonly CueRule[] = [
  RESULT_MARKER_RULE,
  // The people the writer developed, grown ("two promoted", "who went on to lead"), before "got" and "made" are read otherwise.
  MENTEE_GREW_RULE,
  // People helped into a new place in their lives, before "got" is settled as agreement: "helped 12 clients into work".
  HELPED_INTO_RULE,
  ENABLING_RULE,
  // A sale closed or a customer who stayed, before the change verbs read "expanded" or "upgraded" as a change.
  CLOSED_DEAL_RULE,
  CUSTOMER_STAYED_RULE,
  EFFECT_VERB_RULE,
  // A status given to the work, read before the causative settles "made": "made the template the default".
  MADE_STANDARD_RULE,
  MAKE_RULE,
  IMPROVE_RULE,
  BENEFIT_VERB_RULE,
  // Keeping told as a comparison with others: "kept more members than the other two dairies".
  KEPT_MORE_RULE,
  TO_PURPOSE_RULE,
  FOR_PURPOSE_RULE,
  // Time saved against a past period ("a week earlier than the year before"), before the comparatives read "earlier".
  TIME_SAVED_RULE,
  // A counted difference ("an 8% lower rate") before the comparative is read by what follows it.
  NUMBER_COMPARATIVE_RULE,
  // A state after the work told by a comparative anchored to a before ("is lower by about 40 percent",
  // "much lighter since"), before the comparative rule settles a copula and a comparative as a description.
  AFTER_STATE_RULE,
  COMPARATIVE_RULE,
  BETTER_COMPARATIVE_RULE,
  CHANGE_NOUN_RULE,
  RECOGNITION_RULE,
  // A standing told by its head on a line with no verb of winning (recognition-heads.ts): a place in a field, a
  // place word before the writer's noun, an honour title, a runner-up, a hall of fame, a metal for its medal.
  PLACING_FIELD_RULE,
  RANKED_ROLE_RULE,
  HONOUR_TITLE_RULE,
  RUNNER_UP_RULE,
  HALL_OF_FAME_RULE,
  MEDAL_METAL_RULE,
  HONOURABLE_MENTION_RULE,
  // A sales honour named after a leader: "President's Club 2022".
  SALES_HONOUR_RULE,
  CREDENTIAL_RULE,
  PUBLISHED_RULE,
  RATED_RULE,
  NAMED_RULE,
  PROMOTED_TO_RULE,
  WON_RULE,
  SOLD_RULE,
  ADOPTED_RULE,
  PICKED_UP_RULE,
  USED_RULE,
  COPIED_RULE,
  REUSED_RULE,
  NOW_DONE_RULE,
  // A level newly below the old one: "is now under 2%", ", now only 25 minutes".
  NOW_BELOW_RULE,
  NO_LONGER_RULE,
  // A count of none over a period ("not one stockout in Q4"), before the problem list settles "no".
  ZERO_OVER_PERIOD_RULE,
  // The same count told by its subject: "Nobody left the rota that year", "none since".
  ZERO_SUBJECT_RULE,
  // A count of none told with a negated perfect: "haven't had a stockout since".
  NONE_SINCE_RULE,
  // The same count told by a negated event with a countable object: "didn't drop a release in that period".
  NEGATED_COUNT_RULE,
  NONE_OF_RULE,
  LITTLE_OF_RULE,
  BECAME_STATE_RULE,
  RESULTING_IN_RULE,
  LEADING_TO_RULE,
  SO_THAT_RULE,
  TRANSFORM_RULE,
  TURNED_AROUND_RULE,
  REWORK_RULE,
  QUALITY_CHANGED_RULE,
  MOVED_BY_RULE,
  REACHED_LEVEL_RULE,
  BROUGHT_TO_LEVEL_RULE,
  // A change told by a verb and its particle, after the level and turnaround readings: "brought spend down".
  PARTICLE_CHANGE_RULE,
  TURNED_COMPARATIVE_RULE,
  WAS_PROMOTED_RULE,
  PLACE_RULE,
  AGAINST_PLAN_RULE,
  // A measure placed inside a service target: "we were inside the ten-day target".
  WITHIN_TARGET_RULE,
  WENT_UP_RULE,
  // A fall or rise told only by its end value: "went down to 6%".
  FELL_TO_LEVEL_RULE,
  BLOCKED_THREAT_RULE,
  CAUGHT_BEFORE_RULE,
  BECAME_STANDARD_RULE,
  // The work taken into a practice: "became part of the protocol", "made it part of onboarding".
  PART_OF_PRACTICE_RULE,
  ACCEPTED_RULE,
  // Admission won ("got the farm into the stewardship scheme"), before "got" is settled as agreement or a state.
  ADMITTED_RULE,
  GOT_AGREEMENT_RULE,
  // The same told with a causative "have": "had the council reopen the bus stop".
  HAD_PARTY_ACT_RULE,
  STOPPED_PROBLEM_RULE,
  SO_NOT_RULE,
  QUIET_RULE,
  SUCCESSFUL_RULE,
  POPULAR_RULE,
  EARLY_BY_RULE,
  INSTEAD_OF_RULE,
  // A schedule made more often: "deploys went from weekly to several times a day".
  MORE_OFTEN_RULE,
  NOW_HANDLES_RULE,
  NOW_PLURAL_PRESENT_RULE,
  // Read last, so they change no reading above: outcomes told by what others did, customers won, benefits after "so".
  OTHERS_AGREED_RULE,
  // Another party's act in answer to the work, read by roles where the agreeing party is not right before its
  // verb ("the consultant was doubtful, but agreed to try it", "the bank approved the loan after I …") and for
  // custom returned, joining, paying and a plan changed ("the client came back to us", "the council paid for a
  // second year").
  PARTY_ACT_RULE,
  // The writer and a party deciding together: "we agreed with the tenants to move the bins", "reached an agreement with the union".
  AGREEMENT_WITH_PARTY_RULE,
  PERSUADED_RULE,
  // Others' uptake told actively or as a participle clause with a party as agent: "…, later picked up by national press".
  OTHERS_TOOK_UP_RULE,
  // A party's own decision to take the work up: "the principal decided to keep it".
  PARTY_DECIDED_RULE,
  // Others keeping to the work after the act, one step off the verbs of adopting: "they open it every month",
  // "which is now the template every team starts from", "is now owned by the platform team".
  OTHERS_KEEP_IT_RULE,
  RELATIVE_TAKE_UP_RULE,
  WORK_STATUS_RULE,
  STATUS_RELATIVE_RULE,
  KEPT_BY_OTHERS_RULE,
  GOT_ONTO_RULE,
  WON_CUSTOMERS_RULE,
  SO_BENEFIT_RULE,
  ON_THEIR_OWN_RULE,
  TIME_TO_RESULT_RULE,
  // Done with no second go, after the work: "passed its audit first time", "the page loads first time now".
  FIRST_TIME_RULE,
  // Outcomes told by a phrase: trust won, the go-ahead, a check passed, a record, a cost trimmed, a problem ended.
  RAPPORT_RULE,
  GO_AHEAD_RULE,
  PASSED_CHECK_RULE,
  RECORD_RULE,
  TRIM_RULE,
  ENDED_RULE,
  UNDER_CONTROL_RULE,
  SPARED_RULE,
  // Work taken off a team's load: "which took the resets off our queue".
  TAKEN_OFF_RULE,
  ENDURED_RULE,
  STAYED_UP_RULE,
  // A need removed, a backlog cleared: "removed the need for", "cleared a backlog of invoices".
  NEED_REMOVED_RULE,
  BACKLOG_CLEARED_RULE,
  // Agreement won, told by a noun: "secured buy-in", "got sign-off from legal".
  AGREEMENT_WON_RULE,
  // A target reached or beaten: "exceeded quota", "met its service-level targets".
  TARGET_MET_RULE,
  ATTAINMENT_RULE,
  // A threshold now reached: "made the suite fast enough to run on every PR".
  THRESHOLD_REACHED_RULE,
  // A verdict on the result: "big win for the team", "best quarter in years".
  PRAISED_VERDICT_RULE,
  RANKED_AGAINST_PAST_RULE,
  // A measure that moved, told without a verb: "error rate down to 0.4%", "churn down 2 points".
  VERBLESS_MOVE_RULE,
  // The same told with a copula: "complaints are down", "repeat bookings are up".
  LINKED_MOVE_RULE,
  // A count set against the same count a period before: "two short payslips, against nineteen the spring before".
  PAST_COUNT_COMPARISON_RULE,
  // An after value with its past value in a bracket: "NPS 71 (previous year 52)".
  BRACKETED_PAST_VALUE_RULE,
  // A measure recovered: "back to normal", "back above 99.5%", "back under 200 ms".
  BACK_TO_LEVEL_RULE,
  // A service restored: "Checkout was healthy again", "search was back about 15 minutes later".
  SERVICE_RESTORED_RULE,
  // Praise of the result with no content: "went really well", "finance was happy with it", "a hit", "thanked me".
  SATISFIED_WITH_RULE,
  WENT_WELL_RULE,
  WAS_A_HIT_RULE,
  THANKED_RULE,
  // Others' report that the work did good: "patients told me the leaflet helped".
  REPORTED_BENEFIT_RULE,
  // Read last: a good state after the act or a bad thing stopped, told in words no rule above lists.
  GOOD_STATE_RULE,
  // The same state in a word of no valence, anchored to the after and tied to the writer's act: "the yard is flat now".
  STATE_AFTER_WORK_RULE,
  BAD_STOPPED_RULE,
  // The condition after the act with no change verb or bad word: "is not needed anymore", "clean audits
  // ever since", "got most of its Fridays back", "waste is now a few loaves a night", "has shipped every
  // quarter since".
  NOT_ANYMORE_RULE,
  GOOD_EVER_SINCE_RULE,
  GOT_BACK_RULE,
  TROUBLE_NOW_AMOUNT_RULE,
  PERFECT_SINCE_RULE,
  // Read last: a result told as a party's new standing or state, with no change word ("we were the top
  // pharmacy in the area", "17 of 22 went on to pass", "the bursar asked me back", "they finally have alerts that mean something").
  RESULT_STATE_RULE,
  // Read last: a good state of the work's thing or a party in a clause after the writer's act, told with no change
  // word ("…; it was fixed the same week", "…, and we were back up in 40 minutes", "…; most of them still walk together").
  AFTER_ACT_STATE_RULE,
];

const RULE_WORDS = CUE_RULES.map((r) => new Set(r.words ?? []));
const NO_RULES: readonly CueRule[] = [];
// Inflection and exact lists alike: a word with a digit can start a rule only if some rule lists one.
/** The rules' exact trigger words with a digit: "0" (zero-over-period) is the only one so far. */
const DIGIT_WORDS: ReadonlySet<string> = new Set(RULE_WORDS.flatMap((words) => [...words].filter((w) => /\d/.test(w))));
/** Whether a lemma list has an entry with a digit: only then may an inflected number start a rule (lemma-set.ts). */
const DIGIT_LEMMAS = CUE_RULES.some((r) => r.lemmas?.some((l) => l.entries.some((e) => /\d/.test(e))));
const DIGIT_TRIGGERS = DIGIT_WORDS.size > 0 || DIGIT_LEMMAS;

/** The rules a word can start, in table order: the trigger list, derived from the rules themselves. */
function rulesFor(lower: string): readonly CueRule[] {
  let rules = rulesMemo.get(lower);
  if (rules !== undefined) return rules;
  if (!DIGIT_TRIGGERS && /\d/.test(lower)) return NO_RULES; // numbers are mostly unique: kept out of the memo
  const found = CUE_RULES.filter((r, b) => RULE_WORDS[b].has(lower) || r.lemmas?.some((l) => l.has(lower)) === true);
  rules = found.length === 0 ? NO_RULES : found;
  if (rulesMemo.size > 50_000) rulesMemo.clear();
  rulesMemo.set(lower, rules);
  return rules;
}
// Most words are looked up once per vocabulary; a word no rule reads ("the", "team") is rejected
// with this one lookup.
const rulesMemo = new Map<string, readonly CueRule[]>();

/**
 * Outcome cues in a sentence. `changeQuantity` is true when a from→to change was measured; `words`
 * are the non-symbol tokens, if the caller has them already. Capitalized cue words in mid-sentence
 * are names ("the Save/Open feature"), not verbs.
 */
export function findOutcomeCues(
  tokens: Token[],
  changeQuantity = false,
  words: Token[] = tokens.filter((t) => t.kind !== 'symbol'),
): OutcomeCue[] {
  const cues: OutcomeCue[] = [];
  const firstStart = words.length > 0 ? words[0].start : 0;
  const scan: CueScan = { tokens, words, cues, i: 0, w: words[0], lower: '', prev: undefined, next: undefined };
  /** Where the last word looked up for isCompoundPart sits in `tokens`. */
  let at = 0;

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.lower;
    const c0 = lower.charCodeAt(0);
    // A number starts no cue but a listed one ("0"): the rest are skipped before the rule memo, where every
    // number of every sentence was looked up (a fresh string, hashed each time) since "0" made DIGIT_TRIGGERS true.
    if (c0 >= 48 && c0 <= 57 && !DIGIT_LEMMAS && !DIGIT_WORDS.has(lower)) continue;
    const rules = w.facts ? ((w.facts.cueRules ??= rulesFor(lower)) as readonly CueRule[]) : rulesFor(lower);
    if (rules.length === 0) continue;
    // A capitalized cue word in mid-sentence is a name ("the Save feature"), not a verb; recognition
    // words keep their meaning ("won the Best Paper Award").
    const t0 = w.text.charCodeAt(0);
    const capitalizedMid = w.start !== firstStart && ((t0 >= 65 && t0 <= 90) || (t0 > 127 && w.text[0] !== w.lower[0]));
    if (capitalizedMid && !isRecognitionWord(lower)) continue;
    // "the promotion policy", "an improvement tracker": the word names a thing, not a result.
    if (modifiesATerm(words, i)) continue;
    // "a check before promotion", "It took some convincing", "Ensured compliance with": a step, an effort or a duty.
    if (namesAStep(words, i, tokens)) continue;
    // "a drop-in session", "a gradient-boosted model": part of a hyphenated name.
    // The words are the tokens without symbols, in order, so the word's token is found by walking on from the
    // last one found rather than by indexOf from the start on every cue word (quadratic on long lines).
    while (at < tokens.length && tokens[at] !== w) at++;
    if (at === tokens.length) at = tokens.indexOf(w);
    if (isCompoundPart(tokens, at)) continue;
    // "(gradient boosting)": the head of a technique's name filling a bracket.
    if (fillsABracket(tokens, words, i)) continue;
    // "patients recovering from surgery": a participle naming who the people are, not a change of the work's.
    if (describesPeople(tokens, words, i)) continue;
    scan.i = i;
    scan.w = w;
    scan.lower = lower;
    scan.prev = words[i - 1]?.lower;
    scan.next = words[i + 1]?.lower;
    for (const rule of rules) if (rule.match(scan)) break;
  }
  // Before → after ("from a manual process taking hours into one taking seconds", "from 9 to 3").
  // A verbless pair marked before and now ("31% before, 24% now"), a named grade moved up ("from 'Requires Improvement' to 'Good'").
  if (changeQuantity || beforeAfter(words) || beforeNowPair(words) || gradePair(tokens, words))
    cues.push({ start: words[0]?.start ?? 0, end: words[words.length - 1]?.end ?? 0, kind: 'change', cue: 'from-to' });
  // A signed figure: "+8% sign-ups", "recall +4 pts".
  const signed = signedChange(tokens);
  if (signed) cues.push(signed);
  // A trouble's label and a value of none: "Regretted attrition: 0 in 18 months".
  const none = zeroAfterLabel(tokens);
  if (none) cues.push(none);
  // A schedule pair typed with an arrow: "weekly → daily retrains".
  const schedule = arrowMoreOften(tokens, words);
  if (schedule) cues.push(schedule);
  return cues;
}
