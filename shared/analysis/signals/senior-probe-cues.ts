// The words that make a sentence worth one of the probes a senior interviewer adds to the basic ones: how a result
// was attributed to the work, how a cause was confirmed, where the data came from, what the monitoring caught. Each
// cue comes with the words that already answer its question (tests/fixtures/follow-ups/RUBRIC.md, fifth set).
import { OTHER_PEOPLE, PEOPLE_GROUPS } from '../rules/language/lexicon';
import { WRITER } from './follow-up-cues';

// An outcome other things move too (the season, the market, other teams' launches): "fraud losses", "churn",
// "handle time", "cancelled orders", "P1 incidents". Not a cost the change set by itself, nor a rate of failures it
// removed directly ("CI failures"), nor a share of drafts accepted.
const MOVED_BY_MANY =
  /\b(?:churn|conversion|revenue|sales|retention|engagement|sign-?ups|click-?through|CTR|tickets|complaints|incidents|pages|escalations|chargebacks|fraud|losses|NPS|CSAT|satisfaction|adoption|cancell?\w*|returns|bookings|orders|handle\s+time|resolution\s+time|uptime|availability|cycle\s+times?|lead\s+times?|onboarding\s+time|waste|deflection|renewals|win\s+rate|success\s+rate|MTTR|attrition|turnover|no-?shows|time\s+to\s+(?:first\s+)?(?:reply|response|resolution))\b/i;

// "Misrouted tickets", "false declines": a model's own errors, counted directly on its output, not moved by others;
// "failed bookings", "broken builds": failures the work removed directly.
const MODEL_ERROR =
  /\b(?:misrouted|misclassified|mislabell?ed|false|wrongly|failed|failing|broken|errored|crashed|timed-out)\s+(?:[\w-]+\s+)?$/i;

/** The words before a measured change name an outcome other things also move: "how do you know it was you?" */
export function attributable(textBeforeNumber: string): boolean {
  const m = MOVED_BY_MANY.exec(textBeforeNumber);
  return m !== null && !MODEL_ERROR.test(textBeforeNumber.slice(0, m.index));
}

/**
 * The story names the comparison that attributes its result: an A/B test, a control or holdout, a run side by side.
 * Its attribution question is answered.
 */
export const COMPARISON_TOLD =
  /\b(?:A\/B|split[-\s]test\w*|control\s+(?:group|stores?|regions?|cohort|arm)s?|hold-?outs?\b|randomi[sz]\w*|side\s+by\s+side|diff(?:erence)?-in-diff\w*|counterfactual|synthetic\s+control|(?:against|compared\s+(?:to|with))\s+(?:the\s+)?(?:other|non-pilot|remaining)\s+(?:stores|regions|teams|users|markets|sites|branches)|against\s+[~≈]?\d[\d.,]*\s*%?\s+(?:among|for|in|across)\b|\b(?:customers|users|stores|accounts|members|patients|students|regions|teams)\s+(?:we|who|that)\s+(?:did\s+not|didn't|were\s+not|weren't|never)\b)/i;

// A cause the writer found: "the root cause was…", "the cause was…", "turned out to be…", "traced it to…".
const CAUSE =
  /\b(?:root\s+cause\s*(?:was|is|:|—|–|turned)|(?:the|a)\s+(?:(?:real|actual|underlying|main)\s+)?cause\s+(?:was|is|turned)|turned\s+out\s+to\s+be|(?:was|were)\s+caused\s+by|traced\s+(?:it|this|that|them|the\s+\w+(?:\s+\w+)?)\s+(?:back\s+)?to|came\s+down\s+to|found\s+the\s+(?:real|actual|root|underlying)\s+(?:cause|problem|issue))/i;

/** Where a sentence names a cause the writer found, or -1. */
export function causeCue(text: string): number {
  return CAUSE.exec(text)?.index ?? -1;
}

/** The sentence tells how the cause was pinned down: profiled, reproduced, confirmed, ruled out, read in the logs. */
export const CAUSE_SHOWN =
  /\b(?:confirm\w*|verif\w*|reproduc\w*|ruled\s+out|profil\w*|bisect\w*|by\s+(?:looking|counting|comparing|replaying|diffing|checking|reading|tracing)|(?:used|using)\s+(?:\S+\s+){0,4}?(?:to\s+(?:isolate|find|pin|identify)|tracing|logs?)|logs?\s+showed)\b/i;

// Data the writer trained or evaluated on: "trained on 3 million images", "built an evaluation set of 1,200 tickets".
const TRAINING =
  /\b(?:training\s+(?:set|data(?:set)?)|(?:re-?)?trained\s+(?:\S+\s+){0,4}?on|fine-?tun\w*\s+(?:\S+\s+){0,4}?on)\b/i;
const EVALUATION =
  /\b(?:(?:evaluation|eval|golden|benchmark|held-?out|test)\s+(?:set|data(?:set)?)|evaluation\s+(?:framework|suite|harness)|test\s+cases)\b/i;

/** Where a sentence names the data a model was trained on ('training') or judged on ('evaluation'). */
// "Trained three new hires on the codebase", "trained the two AP clerks on the queue": people trained, not a model.
function peopleTrained(trainedOn: string): boolean {
  // The head of the object, the word before "on": "hires", "clerks", "team", not "model".
  const head = trainedOn.toLowerCase().split(/\s+/).slice(1, -1).at(-1);
  return head !== undefined && (PEOPLE_GROUPS.has(head) || OTHER_PEOPLE.has(head));
}

export function dataCue(text: string): { index: number; use: 'training' | 'evaluation' } | undefined {
  const training = TRAINING.exec(text);
  if (training && !/^(?:re-?)?trained\b/i.test(training[0])) return { index: training.index, use: 'training' };
  if (training && !peopleTrained(training[0])) return { index: training.index, use: 'training' };
  if (training) return undefined;
  const evaluation = EVALUATION.exec(text);
  // "Recall stayed at 97% on the held-out set": a result on the data, not the data itself.
  if (evaluation && !/\b(?:on|against)\s+(?:the|a|our)\s+$/i.test(text.slice(0, evaluation.index)))
    return { index: evaluation.index, use: 'evaluation' };
  return undefined;
}

/** The sentence says what was wrong with the data: the data question is answered. A gap counts: "slang the training
 * data had never seen", "the set did not include night shifts", "had no examples of", "under-represented". */
export const DATA_FLAW_TOLD =
  /\b(?:(?:had|has|have)\s+never\s+seen|never\s+saw|(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:include|contain|cover)|lacked|had\s+no\s+examples?\s+of|under-?represented|inconsistent|noisy|noise|mislabell?ed|(?:had|have|has|with|were|was)\s+(?:the\s+|a\s+)?(?:wrong|incorrect)|(?:wrong|incorrect)\s+labels?|unreliable|distort\w*|imbalanced|skewed|leak\w*|biased|without\s+clean|re-?label\w*|duplicat\w*|corrupt\w*|missing\s+(?:values|labels|fields|dates|rows))\b/i;

/** The sentence says who labelled the data ("I labeled a sample … with two agents"): where the labels came from is told. */
export const LABELLER_TOLD = /\blabell?ed\b/i;

// Monitoring the writer set up: "set up a weekly drift report", "implemented … observability with SLO dashboards",
// "with DLQ monitoring". A dashboard alone is for people to read (a project's status), not a watch that catches;
// alerts read through ("went through a month of alerts") are studied, not set up.
const MONITORING =
  /\b(?:(?:set\s+up|added|built|implemented|created|wired\s+up|introduced|wrote)\s+(?:\S+\s+){0,6}?(?:monitor\w*|alert\w*|drift\s+(?:reports?|detection|checks?)|observability|anomaly\s+detection)|(?:with|(?<!\b(?:went|looked|read|combed|sorted|dug|searched|scrolled|worked|got)\s+)through|via)\s+(?:\S+\s+){0,3}?(?:monitoring|alerting|alerts))\b/i;

/** Where a sentence says the writer set up monitoring, or -1. */
export function monitoringCue(text: string): number {
  return MONITORING.exec(text)?.index ?? -1;
}

/** A later sentence says what the monitoring caught: "the drift report caught a supplier change". */
export const CAUGHT_TOLD = /\b(?:caught|flagged|fired|detected|surfaced|alerted\s+(?:us|me|the))\b/i;

// A trade the writer accepted: "at the cost of higher latency", "trading some memory for a shorter run", "gave up
// autoscaling to keep the rollout simple", "I accepted the tradeoff". Not trade-offs only discussed, nor a trading desk.
const TRADE =
  /\bat\s+the\s+(?:cost|expense)\s+of\b|\btrad(?:ed|ing)\s+(?!desks?\b|floors?\b|partners?\b|volumes?\b|hours\b|days?\b)(?:\S+\s+){1,4}?for\b|\bgave\s+up\s+(?:\S+\s+){1,4}?(?:for|to)\b|\b(?:accept\w*|made|took)\s+(?:the\s+|a\s+|this\s+|that\s+)?trade-?off\b|\bthe\s+trade-?off\s+(?:was|is)\b/i;

/** Where a sentence tells a trade the writer accepted, or -1. */
export function tradeCue(text: string): number {
  return TRADE.exec(text)?.index ?? -1;
}

// Something the writer had to learn: "I had never worked with Elasticsearch", "no Kubernetes experience", "new to
// streaming systems". Being new to a team or a company is no skill to ask about.
const NEW_SKILL =
  /\b(?:had\s+)?never\s+(?:worked\s+with|used|built|run|touched|done)\b|\bno\s+(?:[\w-]+\s+){0,3}experience\b|\b(?:get|got|getting)\s+up\s+to\s+speed\s+on\b|\bnew\s+to\s+(?!(?:the|our|my|a)\s+(?:team|company|role|org\w*|group|job)\b)\w+/i;

/** Where a sentence says the writer took on something they had not done before, or -1. */
export function rampUpCue(text: string): number {
  if (!WRITER.test(text)) return -1;
  const m = NEW_SKILL.exec(text);
  if (!m) return -1;
  // "Had never worked with …" is the writer's only when the writer is its subject: "the ones they never used" is not.
  if (/^(?:had\s+)?never\b/i.test(m[0]) && !/(?:\b(?:I|i)(?:\s+had|'d)?|^\W*)\s*$/.test(text.slice(0, m.index)))
    return -1;
  return m.index;
}

/** The sentence tells the first mistake made while learning: "At first I tried…", "my first attempt…". */
export const FIRST_MISTAKE_TOLD =
  /\b(?:at\s+first\s+I|initially\s+I|I\s+first\s+tried|my\s+first\s+(?:attempt|try|version|design)|mistakes?)\b/i;

// The part the writer names as the hardest: "the hardest part was…", "the main challenge was…", "what made it
// challenging:". Not a challenging market or a hard deadline.
const DIFFICULTY =
  /(?:^\s*(?:[-*•]\s*)?(?:main\s+|biggest\s+|key\s+)?challenges?\s*:|\b(?:(?:the\s+)?(?:hardest|trickiest|toughest|most\s+(?:difficult|challenging|painful))\s+(?:part|bit|thing|problem|piece)|(?:the\s+)?(?:tricky|hard|tough|difficult)\s+(?:part|bit)|(?:the\s+)?(?:main|biggest|real|key|first)\s+(?:challenges?|difficulty)|the\s+challenge|what\s+made\s+(?:it|this|that)\s+(?:challenging|hard|difficult|tricky))\b\s*(?:was|were|is|are|here\s+was|:|—|–))/i;

/** Where a sentence names the part of the work the writer found hardest, or -1. */
export function difficultyCue(text: string): number {
  return DIFFICULTY.exec(text)?.index ?? -1;
}
