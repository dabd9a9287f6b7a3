// The after-launch finders: the vocabulary of running a live system (monitoring, rollback, on-call,
// incidents), times after the release when someone watched, fixed or met trouble, and the events of
// after-launch-events.ts. Kept off options weighed before launch, tests run before shipping, alerts
// the product sends its users, failures named only as history, and operations words whose object is
// no shipped system (patients monitored, stock tracked).
import { anyGated, gatedAlternation, gatedCue } from '../gated-alternatives';
import type { Finder } from './finder-parts';
import { CLAUSE_OPENER_CORE, clauseOpeners, wordAlternation } from '../../rules/language/lexicon';
import { findAll, first, span, word } from '../sentence-view';
import { OPERATE_WORDS } from '../signal-lexicon';
import { AFTER_LAUNCH_EVENTS, AFTER_LAUNCH_EVENT_WORDS } from '../after-launch-events';
import { returnAfterOwnEvent } from '../later-returns';

// Building monitoring as the deliverable ("built an alerting service for the fleet") is the product, not running it.
const BUILDS_OPS_PRODUCT =
  /\b(?:built|build|building|created|designed|developed|wrote|implemented)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}(?:monitoring|alerting|incident|observability|rollback)\s+(?:tool|system|service|platform|dashboard|product|pipeline|framework|app)\b/i;

// Operations named as the cost of an option, not as work done: "would have added on-call load", "two options: …".
const HYPOTHETICAL =
  /\b(?:would|might|could)\s+(?:have\s+)?(?:added|add|meant|mean|required|require|cost|costed|taken|take|needed|need|involved|involve|brought|bring|handle|drift|break|fail|degrade|decay)\b|\b(?:would|might|could)\s+have\s+\w+|\b(?:adds?|adding|means?|requires?|brings?)\s+(?:\w+\s+)?(?:operational|ops|maintenance|on-?call)\s+(?:complexity|burden|overhead|cost|load|work)|\b(?:options?|alternatives?)\b|\bweigh(?:ed|ing|s)?\b[^.;]{0,80}\bagainst\b|\b(?:designs?|approaches)\s*:/i;

// A test run before shipping decides whether to ship; it is not running the live system.
const BEFORE_LAUNCH =
  /\bin\s+(?:staging|pre-?prod\w*|(?:the\s+|a\s+)?(?:test|QA|dev)\s+environment|a\s+sandbox)\b|\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:full\s+|wider\s+|public\s+|first\s+)?(?:launch|rollout|roll-out|release|shipping|go-live|cutover|launching|rolling\s+out|switch|migration|send|deploy|deployment)\b|\bpre-?(?:launch|release|rollout)\b|\bto\s+decide\s+whether\s+to\s+(?:ship|launch|roll)|\b(?:before|ahead\s+of|prior\s+to)\s+(?:we\s+|I\s+)?(?:rolling|rolled|launching|launched|shipping|shipped|releasing|released|switching|switched|turning|turned)\s+(?:it|them|this|that)\s+(?:out|on|live)\b|\bbefore\s+(?:going|it\s+went|we\s+went)\s+live\b/i;

/**
 * Alerts and monitoring that are what the product does for its users ("texts the store manager when
 * stock runs low", "alerts now reach the crew", "lets parents monitor screen time", "the model monitors
 * 4,000 SKUs"), not the writer watching the live system.
 */
const PRODUCT_ALERTS = gatedAlternation('productAlerts', [
  [
    /text|send|sent|email|notif|ping|warn/i,
    /\b(?:texts?|sends?|sent|emails?|notif(?:y|ies|ied)|pings?|warns?)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:the\s+|a\s+|each\s+|every\s+)?(?:[\w-]+\s+)?(?:managers?|users?|customers?|crews?|drivers?|parents|staff|nurses|doctors|clinicians|agents|owners?|buyers|sellers|shoppers|planners|dispatchers|farmers|patients|members|subscribers|technicians)\b/i,
  ],
  [/alert/i, /\balerts?\s+(?:now\s+)?(?:reach|go\s+to|tell|warn|notify)\s+(?!(?:me|us|on-?call|the\s+on-?call)\b)/i],
  [
    /monitor/i,
    /\b(?:lets?|helps?|allows?|enables?)\s+(?:\w+\s+){0,2}(?:to\s+)?monitor\b|\bfor\s+(?:[\w-]+\s+){1,3}to\s+monitor\s+(?!(?:it|them|the\s+(?:service|system|model|pipeline|job|rollout|launch))\b)/i,
  ],
  [
    /alert|notification|warning|alarm/i,
    /^\W*alerts?\s+(?:the|a|an|users?|customers?|staff|authorities|drivers|patients|doctors|parents|owners?|operators?)\b|\b(?:managers?|users?|customers?|crews?|drivers?|parents|staff|nurses|doctors|clinicians|agents|owners?|buyers|sellers|shoppers|planners|dispatchers|farmers|patients|members|subscribers|technicians|operators?|traders|analysts|tenants|residents)\s+(?:now\s+)?(?:get|gets|got|receive|receives|received|see|saw)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:alerts?|notifications?|warnings?|alarms?)\b/i,
  ],
  [
    /monitors/i,
    /\b(?:the|our|this|a)\s+(?:[\w-]+\s+)?(?:model|tool|app|system|service|product|platform|sensor|detector|bot|device)\s+(?:now\s+)?monitors\b/i,
  ],
]);

/** Outages named as the reason for the work ("had three outages last year, which is why …"), not run by the writer. */
const PAST_REASON =
  /\b(?:last|previous|past|prior)\s+(?:year|quarter|month|summer|winter|spring|autumn|release|season)\b/i;

const WHY_THE_WORK =
  /\bwhich\s+(?:is|was)\s+why\b|\bthat(?:'s|\s+(?:is|was))\s+why\b|\bprompted\b|\bmotivat\w+\b|\bled\s+to\s+(?:this|the)\s+(?:project|rebuild|rewrite|work|migration)\b/i;

const WRITER = /\b(?:I|we|me|us|my|our)\b/;

/** A failure named only as history that set up the work: no writer in it, a past period or "which is why". */
export function pastReason(text: string): boolean {
  return WHY_THE_WORK.test(text) || (PAST_REASON.test(text) && !/\b(?:I|we|me|us)\b/.test(text));
}

// Where a clause ends around an operations word: a colon or semicolon, a dash, or a clause word. Not the
// coordinators "and", "but", "then": they join the parts of one account of past failures ("two incidents and a
// rollback last quarter"), which must stay one clause.
const CLAUSE_EDGE = new RegExp(
  String.raw`[:;—–]|\b${wordAlternation(
    clauseOpeners('operations-clause-edges', [CLAUSE_OPENER_CORE, ['which', 'who']], ['and', 'but', 'then']),
  )}\b`,
  'gi',
);

// Others' past, told in the past perfect: "after each had shipped a regression", "the vendor had broken it".
const OTHERS_PAST_PERFECT =
  /\bhad\s+(?:already\s+|just\s+|also\s+)?(?:shipped|had|caused|seen|suffered|hit|released|pushed|deployed|broken|introduced)\b/i;

/**
 * The clause around text position `at` names past failures as history, not run by the writer: a past period
 * with no writer in it ("…: two incidents last quarter from unthrottled sends"), or others' past perfect
 * ("proposed a harness to three teams after each had shipped a regression").
 */
function pastInClause(text: string, at: number): boolean {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    if (m.index < at) start = m.index;
    else {
      end = m.index;
      break;
    }
  }
  const clause = text.slice(start, end);
  if (/\b(?:I|we|me|us)\b/.test(clause)) return false;
  return PAST_REASON.test(clause) || OTHERS_PAST_PERFECT.test(clause);
}

const operateWord: Finder = (v) => {
  // The operations words first (a set lookup per token): most sentences have none, and skip the two costly checks.
  const found = findAll(v, OPERATE_WORDS, { hyphenated: true });
  if (found.length === 0 || anyGated(v.text, PRODUCT_ALERTS) || pastReason(v.text)) return undefined;
  for (const k of found) {
    const w = word(v, k);
    const prev = word(v, k - 1);
    if (/^regression/.test(w) && /^(?:logistic|linear|ridge|lasso|polynomial|poisson|quantile)$/.test(prev)) continue;
    // "9 points lower than in the holdout": a result read against the holdout, not a test being run.
    if (/^(?:holdout|control)$/.test(w) && RESULT_AGAINST.test(v.text.slice(0, v.tokens[k].start))) continue;
    if (/^page/.test(w) && !/^(?:paged|paging)$/.test(w)) continue;
    // "a triage model", "triage levels": the clinical sense, not triaging a live system's failures.
    if (w === 'triage' && /^(?:model|levels?|nurses?|categor\w+|scores?|decisions?|notes?|tool)$/.test(word(v, k + 1)))
      continue;
    if (/^alert/.test(w) && /^(?:an|to)$/.test(prev) && /^(?:the|me|us)$/.test(word(v, k + 1))) continue;
    // "launched without an outage", "no rollback" as a brag is fine, but an operations word inside an
    // option being weighed ("retraining would have tripled spend", "designs: retraining …") is a cost, not ownership.
    if (/^(?:without|no)$/.test(prev) || /^(?:without|no)$/.test(word(v, k - 2))) {
      if (/^without$/.test(prev) || /^without$/.test(word(v, k - 2))) continue;
    }
    if (BUILDS_OPS_PRODUCT.test(v.text)) continue;
    if (HYPOTHETICAL.test(v.text) || BEFORE_LAUNCH.test(v.text)) continue;
    if (pastInClause(v.text, v.tokens[k].start)) continue;
    return span(v, k, k);
  }
  return undefined;
};

// A result measured since launch with nobody acting on it ("Since launch, orders per hour are up 12%"): RUBRIC, not ownership.
const LAUNCH_TIME =
  /^(?:after|post|following|since|once)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping)|^since\s+then\b|^(?:after|following|since)\s+the\s+(?:switch|cutover|migration)\b|^(?:during|after)\s+the\s+(?:initial\s+|first\s+)?(?:rollout|launch)/i;

const MEASURED_RESULT =
  /\d+(?:\.\d+)?\s*%|\b(?:(?:is|are|was|were)\s+up|(?:is|are|was|were)\s+down|grew|rose|fell|dropped|increased|decreased|doubled|tripled|halved|improved|(?:stayed|held|remained)\s+(?:at|above|below|under|over|steady|flat|stable|within)|has\s+not|hasn't|have\s+not|haven't|never)\b/i;

const TOLD_AFTER_LAUNCH =
  /\b(?:after|post|following|since|once)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping)\b|\bsince\s+then\b|\b(?:after|following|since)\s+the\s+(?:switch|cutover|migration)\b/i;

/**
 * The sentence tells what happened once the work was live, as ownership or as a result measured
 * then ("Since launch, orders are up 12%"): a follow-up asking "what happened after launch?" is answered.
 */
export function toldAfterLaunch(text: string): boolean {
  return TOLD_AFTER_LAUNCH.test(text) && !HYPOTHETICAL.test(text) && !BEFORE_LAUNCH.test(text);
}

// The writer only as the one who received a result: "we took 3,100 orders", "we had 40 sign-ups".
const WRITER_RECEIVES =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:took|had|got|saw|reached|hit|made|won|sold|gained|earned|booked|signed\s+up|received|collected|served|processed|raised|passed|crossed|topped|beat|exceeded|ended\s+(?:up|with))\b/gi;

const RESULT_AGAINST = /\bthan\s+(?:in\s+|for\s+|with\s+)?(?:the\s+|a\s+|our\s+|its\s+)?$/i;

const afterShipping: Finder = (v) => {
  if (HYPOTHETICAL.test(v.text) || BEFORE_LAUNCH.test(v.text)) return undefined;
  const c = afterShippingAny(v);
  // A result measured since launch (RUBRIC): the writer in it only as the one the result came to is no act.
  if (
    c &&
    LAUNCH_TIME.test(v.text.slice(c.start)) &&
    MEASURED_RESULT.test(v.text) &&
    !WRITER.test(v.text.replace(WRITER_RECEIVES, ''))
  )
    return undefined;
  // A time alone ("After the launch, the team celebrated", "Since then, I have run the event every year")
  // says when, not that anyone ran the live thing: the rest must watch, fix, change or meet trouble.
  if (c && BARE_TIME.test(v.text.slice(c.start, c.end)) && !WRITER_SUBJECT.test(v.text))
    return OPS_AFTER.test(v.text.slice(0, c.start) + ' ' + v.text.slice(c.end)) ? c : undefined;
  return c;
};

const WRITER_SUBJECT = /\b(?:I|we)\b/;

const BARE_TIME =
  /^(?:(?:after|post|following|since|once|during)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:initial\s+|first\s+|full\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping|switch|cutover|migration)|since\s+then|(?:once|after|when|since)\s+(?:it|the\s+[\w-]+|they|we)\s+(?:was|were|went)\s+live|(?:once|after)\s+(?:it|we)\s+(?:shipped|launched|released))$/i;

// Running the live thing, or trouble met in it: watching, checking, fixing, tuning, rolling back, errors, complaints.
const OPS_AFTER =
  /\b(?:watch|monitor|check|review|read|track|compar|audit|look(?:ed|ing)?\s+(?:at|into)|went\s+through|go\s+through|fix|patch|chang|adjust|tun(?:e|ed|ing)\b|retun|tweak|recalibrat|retrain|paus|held\s+back|hold\s+back|roll(?:ed|ing)?\s+(?:\w+\s+)?back|revert|rewr|iterat|refin|respond|investigat|debug|dug|found|notic|spott|caught|complain|error|bug|issue|problem|fail|broke|crash|drift|incident|outage|alert|alarm|feedback|ticket|escalat|regress|reopen|lagg|spik|slow|stale|wrong|missing|on[- ]call|paged|hotfix|A\/B|experiment|holdout|kept\s+\w+ing|kept\s+an\s+eye|eye\s+on|own(?:ed|ing)?\b|maintain|support(?:ed|ing)?\b|stayed\s+on|on\s+the\s+hook|graph|dashboard|metric|log)\w*/i;

/** After-launch events and habits (after-launch-events.ts), kept out of options weighed and tests before launch. */
const afterLaunchEvent: Finder = (v) => {
  if (!AFTER_LAUNCH_EVENT_WORDS.test(v.text)) return undefined;
  // The events are rare, so look for one before the costlier checks that rule it out.
  const c = first(v, AFTER_LAUNCH_EVENTS);
  return c && !HYPOTHETICAL.test(v.text) && !BEFORE_LAUNCH.test(v.text) ? c : undefined;
};

// Running the live thing after launch: times after the release, checks and habits, incidents, recovery, drift.
const AFTER_SHIPPING = gatedAlternation('afterShipping', [
  [
    /after|post|following|since|once|roll|nightly|daily|weekly|hourly|every|when/i,
    /\b(?:(?:after|post|following|since|once)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping|incident)|(?:after|once|since)\s+(?:the|our|its)\s+(?:switch|cutover|migration|change|upgrade|fix)\s+(?:went\s+(?:out|live)|shipped|landed|was\s+(?:live|deployed|released))|(?:after|following|since)\s+the\s+(?:switch|cutover|migration)\b|since\s+then\b|roll(?:ed|ing)?\s+(?:it\s+|them\s+|(?:this|that|the|our|its|their|one|both|each|every)\s+(?!(?:[\w-]+\s+)?(?:prices?|fees?|rates?|charges?|tariffs?|pay|wages|clocks?|hours)\s)(?:[\w-]+\s+){0,2}?)?back\b(?!\s+(?:to\s+(?:school|work|basics)|in\b))|(?:nightly|daily|weekly|hourly)\s+(?:[\w-]+\s+){0,2}(?:jobs?|checks?|reports?|scripts?|tasks?|reviews?|reconciliations?)\s+(?:that|which|to|showing|for)\s+(?:\w+\s+){0,3}?(?:compar|check|report|flag|show|catch|detect|verif|alert|reconcil|misroute|error|drift|mismatch)\w*|(?:review|check|look|went\s+through|go\s+through|audit|compar|inspect)\w*\b[^.;]{0,80}\bevery\s+(?:day|week|weekday|monday|tuesday|wednesday|thursday|friday|morning|month|night)\b[^.;]{0,30}\b(?:after|since|for\s+the\s+first)|(?:once|after|when|since)\s+(?:it|the\s+[\w-]+|they|we)\s+(?:was|were|went)\s+live|(?:once|after)\s+(?:it|we)\s+(?:shipped|launched|released))\b/i,
  ],
  [
    /patch|a\/b|ab\s|split|shadow|call|war|mttr|feedback|root|cascading|online|down/i,
    /\b(?:post-patch\w*|A\/B\s+(?:tests?|testing|tested)|AB\s+tests?|split\s+tests?|shadow\s+(?:mode|period|traffic)|on[- ]call|war\s+room|MTTR|feedback\s+loops?|root[- ]caus\w+|cascading\s+failures?|back\s+online|(?<!\b(?:losses|costs?|spend|rates?|numbers|sales|churn|complaints|tickets|errors|latency|times?|prices?|usage|volume|traffic|fraud|count)\s)(?:went|was|were)\s+down\b(?!\s*(?:by|to|from|about|nearly|almost|roughly|over|\d|~|\()))\b/i,
  ],
  [
    /started|been|kept|began|[45]\d\d|5xx|restor|recovered|doubled|tripled|spiked|jumped|slipped|degraded|decayed|rollout|launch|iterat|email|alert|notification|message|ping|watching|tracking|monitoring|improving|deteriorated/i,
    /\b(?:(?:started|had\s+started)\s+(?:returning|failing|throwing|timing\s+out|dropping|erroring|missing)|(?:had|has)\s+been\s+(?:failing|erroring|timing\s+out|dropping\s+\w+)\s+since\s+(?:\d|about|around|midnight|yesterday|last\s+night|the\s+(?:morning|night|deploy|release|upgrade))|(?:kept|began)\s+failing|[45]\d\d(?:s|\s+errors)|5xx|kept\s+(?:iterating|improving|tuning|refining|monitoring|watching|tracking)|(?:restored|restoring|restore)\s+(?:full\s+)?(?:service|the\s+\w+)|(?:traffic|service|latency|the\s+site|the\s+system|error\s+rates?)\s+recovered|recovered\s+the\s+(?:lost|missing)|(?:error|errors|error\s+rate|latency|precision|recall|accuracy)\s+(?:had\s+)?(?:doubled|tripled|spiked|jumped|slipped|degraded|decayed)|(?:during|after)\s+the\s+(?:initial\s+|first\s+)?(?:rollout|launch)|feedback\s+and\s+iterat\w+|(?:get|send|receive|sends|gets)\s+an?\s+(?:email|alert|notification|message|ping)\s+(?:when|if)|(?:keep|keeps)\s+(?:watching|tracking|monitoring|iterating|improving)|(?:slipped|degraded|decayed|deteriorated)\s+(?:to|from|over|by))\b/i,
  ],
  [
    /slipped|degraded|decayed|drifted|eroded|deteriorated|again|twice|back|similar|future|repeat|same|stayed|held|remained|tracked|measured|watched|monitored|checked|reviewed|every|each|adoption|usage|grew|production|prod|live/i,
    /\b(?:(?:calibration|accuracy|precision|recall|AUC|performance|quality|CTR|conversion|F1)\s+(?:had\s+)?(?:slipped|degraded|decayed|drifted|eroded|deteriorated)|(?:never|not)\s+(?:\w+\s+)?(?:happen|recur|repeat)\w*\s+again|the\s+same\s+way\s+twice|(?:slip|creep|come)\s+back\s+in|(?:catch|prevent|stop)\s+(?:similar|future|repeat|the\s+same)\s+\w+|(?:has|have)\s+(?:stayed|held|remained)\s+(?:above|below|under|at|steady)|(?:tracked|measured|watched|monitored)\s+(?:\w+\s+){0,3}(?:in\s+production|over\s+time|after|since|weekly|daily)|(?:watched|checked|reviewed)\s+(?:the\s+)?(?:dashboards?|graphs|error\s+rates?)|(?:every|each)\s+(?:week|monday|morning|month|quarter|sprint|day)\s+(?:I|we)\s+(?:compared|checked|reviewed|looked)|(?:adoption|usage)\s+(?:grew|climbed|rose|dropped|fell)|grew\s+with\s+the\s+product|in\s+production\b[^.;]{0,40}\b(?:failures?|broke|crash\w*|errors?)|(?:production|prod|live)\s+(?:failures?|outages?|issues?|bugs?|errors?))\b/i,
  ],
]);

/** Whether the text tells running the live thing or trouble met in it (watching, fixing, errors, complaints …). */
export const opsOrTrouble = (text: string): boolean => OPS_AFTER.test(text);

const afterShippingAny: Finder = (v) => gatedCue(v.text, AFTER_SHIPPING);

/**
 * Operations words whose object is no shipped system (roles outside software, RUBRIC after-launch):
 * patients triaged or monitored, stock tracked, invoices audited, competitor prices watched, a safety
 * incident, scope drift, an on-call phone line.
 */
const NOT_A_SYSTEM = gatedAlternation('notASystem', [
  [
    /monitor|track|triag|audit|watch/i,
    /\b(?:monitor\w*|track\w*|triag\w*|audit\w*|watch\w*)\s+(?:the\s+|our\s+|their\s+|my\s+|each\s+|every\s+|all\s+|new\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:patients?|admissions|students?|pupils|progress|budgets?|spend\w*|costs?|prices?|competitors?|inventory|stock|invoices?|sales|leads|attendance|grades|staff|employees|hours|timesheets|expenses|contracts?|suppliers?|shipments?|KPIs|OKRs|milestones|risks?|schedules?|supplier\s+lead\s+times|lead\s+times|pipeline\s+deals|deals|starters|hires|trainees|apprentices|volunteers|residents|children|kids|visitors|guests|footfall|queues?|waiting\s+times|wait\s+times|rotas?|shifts|deliveries|donations|bookings|occupancy|beds|temperatures?|fridges?|vital\s+signs|vitals|blood\s+pressure|wounds?|symptoms|classes|lessons|requests|referrals|enquiries|inquiries|applications|applicants|mail|post)\b/i,
  ],
  [
    /call/i,
    /\bon[- ]call\s+for\s+(?:the\s+|our\s+|a\s+)?(?:ward|wards|clinic|practice|unit|site|building|estate|store|shop|school|home|residents|patients|families|hospital|surgery)\b/i,
  ],
  [
    /fell|slipped|tripped|hurt|injured|assaulted/i,
    /\b(?:patient|resident|pupil|child|customer|visitor|colleague|guest)\s+(?:fell|slipped|tripped|was\s+(?:hurt|injured|assaulted))\b/i,
  ],
  [
    /alarm|alert|panel/i,
    /\b(?:fire|smoke|burglar|intruder|door|panic|car|building)\s+(?:alarms?|alerts?|panel)\b|\b(?:the\s+)?(?:store|shop|office|building|house|school|site)(?:'s)?\s+alarm\b/i,
  ],
  [
    /miss|regression|incident|drift/i,
    /\bnear\s+miss(?:es)?\b|\bregression\s+(?:in|of)\s+(?:\w+\s+)?(?:scores?|grades?|results|reading|maths|math|writing|behaviou?r|attendance|sales|pupils|students|children|patients|mobility|skills)\b|\b(?:safety|workplace|HR|medical|patient|clinical|fire|traffic|road|food|harassment|customer\s+service)\s+incidents?\b|\b(?:scope|project|team|budget|schedule|timeline|requirements?)\s+drift\b/i,
  ],
  [/call/i, /\bon[- ]call\s+(?:phone|nurse|doctor|physician|pharmacist|clinician|social\s+worker|line\b)/i],
]);

/** True when the sentence's operations words have an object that is no shipped system (see above). */
export const notASystem = (text: string): boolean => anyGated(text, NOT_A_SYSTEM);

/**
 * Hindsight or a lesson ("Next time I would check the logs every day after go-live", "In hindsight we would
 * watch the queue first"): what the writer would do, not what they did once it was live (RUBRIC: a lesson is no signal).
 * "Which I should have seen coming" after a real page stays: the event happened.
 */
const HINDSIGHT =
  /\b(?:next\s+time|in\s+hindsight|looking\s+back|if\s+I\s+(?:did|ran|had\s+to\s+do)\s+(?:it|this)\s+again|(?:I|we)\s+would\s+(?!have\b)(?:\w+ly\s+)?[a-z]+|(?:I|we)'d\s+(?!have\b)[a-z]+|lessons?\s+(?:I|we)\s+(?:learned|learnt|took))\b/i;

/** An after-launch finder kept off operations words whose object is no shipped system, and off hindsight. */
function aboutALiveSystem(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    return c && !notASystem(v.text) && !HINDSIGHT.test(v.text) ? c : undefined;
  };
}

/** The after-launch finders, tried in order, each kept to a live system. */
export const AFTER_LAUNCH_FINDERS: readonly Finder[] = [
  operateWord,
  afterShipping,
  afterLaunchEvent,
  returnAfterOwnEvent,
].map(aboutALiveSystem);
