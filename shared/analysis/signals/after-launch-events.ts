// After-launch work told as events and habits rather than named as "monitoring" (RUBRIC.md): a
// failure that showed up some time after the switch ("two weeks in, the queue file corrupted"), a
// rollback told as what was done ("pointed traffic back to the old instance"), a staged rollout, a
// check that caught bugs before users did, and a regular look at the live system's signs ("I go
// through the downvotes every Friday", "a dashboard we check every Monday").
import { LIVE_SIGNS, REVIEW_VERBS } from './signal-lexicon';
import { match, type Finder } from './sentence-view';
import { correctedAfterFirstRun } from './first-use-corrections';
import { reviewedAfterElapsedTime } from './elapsed-time-reviews';

// Something went wrong or was looked into: what makes "two weeks in" an event, not a result.
export const TROUBLE =
  /\b(?:broke|break\w*|fail\w*|corrupt\w*|crash\w*|errors?|bugs?|complain\w*|complaints?|spik\w+|stuck|backed\s+up|wrong|missing|stale|late|timeouts?|timing\s+out|issues?|problems?|noticed|found|saw|started|stopped|dropp\w+|float\w*|slow\w*|leak\w*|tanked|regress\w*|froze|freez\w*|jamm\w*|(?:could|would)(?:n[’']t|\s+not))\b/i;

// A period counted from going live ("two weeks past go-live", "six weeks into the rollout", "within a fortnight of
// going live", "the morning after the switchover"): the periods, the counts, and the events that make a thing live.
const PERIOD = String.raw`(?:days?|nights?|mornings?|weeks?|fortnights?|months?|shifts?)`;
const COUNT = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|\d+)`;
const FIRST = String.raw`(?:the\s+|our\s+)?(?:full\s+|final\s+|big\s+|first\s+|initial\s+)?`;
/** The thing made live for its users: the time into it or since it is the live thing's time. */
const GOING_LIVE = String.raw`${FIRST}(?:launch|release|roll-?out|go-live|going\s+live|switch-?over|cut-?over)`;
/** The launch told as a clause: "we switched over", "it went live", "they cut over". */
const LAUNCHED_CLAUSE = String.raw`(?:we|it|they|I)\s+(?:went\s+live|switched\s+over|cut\s+over|launched|shipped|released|rolled\s+(?:it\s+)?out)`;
/** A change that may still be a project's work: only the time after it is the live thing's. */
const CHANGE_MADE = String.raw`(?:${FIRST}(?:launch|release|switch|switch-?over|cut-?over|roll-?out|go-live|going\s+live|migration|deploy\w*)|${LAUNCHED_CLAUSE})`;

/** "Two weeks in, …", "second week after the full switch, …", "first week live, …" with something going wrong. */
const LATER_EVENT_PATTERN = new RegExp(
  [
    String.raw`\b(?:a|one|two|three|four|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+in\b(?!\s+(?:a\s+row|advance|total|succession|hospital|bed)\b)`,
    String.raw`\b(?:first|second|third|1st|2nd|3rd)\s+(?:few\s+)?${PERIOD}\s+(?:after|of|live|in\s+production)\b`,
    String.raw`\b${PERIOD}\s+(?:after|past|following)\s+(?:the\s+)?${CHANGE_MADE}\b`,
    String.raw`\b${PERIOD}\s+(?:into|of)\s+${GOING_LIVE}\b`,
    String.raw`\bwithin\s+(?:${COUNT}|the\s+first)\s+${PERIOD}\s+(?:of|after)\s+${GOING_LIVE}\b`,
    String.raw`\b(?:after|since|following)\s+the\s+(?:full|final|big|first|initial|second)\s+(?:switch|cutover|migration|launch|rollout|release)\b`,
  ].join('|'),
  'i',
);
const laterEvent: Finder = (v) => {
  const c = match(v, LATER_EVENT_PATTERN);
  return c && TROUBLE.test(v.text) ? c : undefined;
};

/** A rollback told as an event: traffic pointed back, a flag flipped back, the old version put back. */
const ROLLBACK_EVENT_PATTERN =
  /\b(?:(?:flipped|flip|switched|pointed|routed|failed)\s+(?:\w+\s+){0,4}?back\s+(?:to\s+(?:the\s+)?(?:old|previous|last|original)|for\b|while\b|until\b|that\b|within\b|the\s+same\b)|(?:flipped|switched|pointed|routed)\s+(?:\w+\s+){0,4}?back\s*[,.;]|(?:put|brought)\s+(?:the\s+)?(?:old|previous)\s+[\w-]+\s+back|(?:turned|switched)\s+(?:the\s+)?(?:new\s+)?(?:feature|flag|model|ranker|page|it)\s+off\s+(?:again|for|until|while))/i;
const rollbackEvent: Finder = (v) => match(v, ROLLBACK_EVENT_PATTERN);

/** A rollout done a piece at a time ("one depot at a time"), or a check that caught bugs before users did. */
const STAGED_OR_CAUGHT_PATTERN =
  /\b(?:roll(?:ed|ing)?\s+(?:it\s+|them\s+|this\s+|the\s+[\w-]+\s+)?out\s+(?:to\s+)?(?:one|a|each)\s+[\w-]+\s+at\s+a\s+time|(?:caught|found|flagged|spotted)\s+(?:[\w-]+\s+){0,4}(?:bugs?|errors?|issues?|problems?|regressions?|mismatch\w*|changes)\s+(?:\w+\s+){0,3}before\s+(?:customers|users|anyone|clients|the\s+customers|the\s+users)\b)/i;
const stagedOrCaught: Finder = (v) => match(v, STAGED_OR_CAUGHT_PATTERN);

// A regular period: "every Friday", "each month", "every two weeks", "weekly".
const CADENCE =
  /\b(?:(?:every|each)\s+(?:other\s+|two\s+|three\s+|few\s+)?(?:day|days|week|weeks|weekday|morning|night|month|months|quarter|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|nightly|weekly|monthly|hourly)\b/i;

// "a daily check on the share of OOS items", "a nightly reconciliation of payouts".
const SCHEDULED_CHECK =
  /\b(?:daily|nightly|weekly|hourly|monthly)\s+(?:[\w-]+\s+)?(?:checks?|audits?|reconciliations?|spot-checks?)\s+(?:on|of)\b/i;

// The lexicon's base forms as one pattern each, with their endings: one scan per sentence, not a lookup per word.
const wordsOf = (list: readonly string[]) =>
  new RegExp(String.raw`\b(?:${list.join('|')})(?:s|es|ed|d|ing|ged|ging)?\b`, 'i');
const LIVE_SIGN = wordsOf(LIVE_SIGNS);
const REVIEW_VERB = wordsOf(REVIEW_VERBS);

// The habit dated from the change itself, or the change kept and then reviewed: "Since the change I review every week
// the reject records", "We kept the stagger and reviewed it monthly with the carrier" (the kept thing reviewed, not
// "kept the old rota and reviewed the requests"). Then what is reviewed needs no sign word: it is the live change.
const SINCE_THE_CHANGE =
  /\bsince\s+(?:the|our|that)\s+(?:new\s+)?(?:change|switch|launch|go-?live|roll-?out|cut-?over|migration|release)\b|\bkept\s+(?:the|this)\s+(?!old\b|same\b|usual\b)[^.;]{1,40}?\band\s+(?:\w+ly\s+)?review(?:ed|s)?\s+(?:it|them)\b/i;

// The writer's review kept up to now, "still" saying it began with the change: "I still read the call notes every
// Monday", "still review the macro list every month". Then what is reviewed needs no sign word either; "check in
// with" someone is a meeting, not a review.
const STILL_REVIEWS =
  /(?:^\W*|\b(?:I|we)\s+)still\s+(?:review|check(?!\s+in\b)|re-?read|read|go\s+through|look\s+(?:at|through|over)|audit|compare|sample|scan|watch|track)\w*\s+(?:the|our|its|their|those|these|a\s+sample|a\s+few|some|all|every|each)\b/i;

/**
 * A habit of looking at the live system's signs: a review verb and a sign (errors, downvotes, a dashboard) on a
 * schedule, or a review on a schedule dated from the change (SINCE_THE_CHANGE) or kept up since (STILL_REVIEWS).
 */
const regularReview: Finder = (v) => {
  const check = match(v, SCHEDULED_CHECK);
  if (check) return check;
  const c = match(v, CADENCE);
  if (!c) return undefined;
  if (SINCE_THE_CHANGE.test(v.text) && REVIEW_VERB.test(v.text)) return c;
  if (STILL_REVIEWS.test(v.text)) return c;
  if (!LIVE_SIGN.test(v.text)) return undefined;
  return REVIEW_VERB.test(v.text) || /\b(?:go|goes|went|going)\s+through\b|\blook(?:ed|s|ing)?\s+at\b/i.test(v.text)
    ? c
    : undefined;
};

/**
 * Early life in use, a sign from it, and the writer's response: "On day two the spam complaints started
 * climbing, so I held back the third wave", "In the first week, three stores ran out of the new range,
 * so I doubled their allocation", "Response rates fell in week three, so I changed the subject lines", "In the
 * second week the drafts started to invent refund amounts, so I added a check".
 * All three must be there, and nothing may place it in the project's own phases (a sprint, a prototype).
 */
const EARLY_LIFE =
  /\b(?:on\s+day\s+(?:one|two|three|four|five|\d+)|in\s+(?:the\s+)?(?:first|second)\s+(?:few\s+)?(?:days?|weeks?|months?|term|quarter)|in\s+week\s+(?:one|two|three|four|\d+)|within\s+(?:a|one|two|the\s+first)\s+(?:days?|weeks?)|once\s+it\s+was\s+in\s+use|the\s+(?:morning|day|week)\s+after\s+(?:the\s+)?(?:switch|launch|release|go-live|cutover))\b/i;
// Beside the signs by name, something starting to go wrong: "the drafts started to invent refund amounts", "the flags
// showed it was mixing up renewal and termination dates" (not the writer starting: "I started to write the tests").
export const LIVE_SIGNAL =
  /\b(?:(?<!\b(?:I|we|i)\s)(?:started|began)\s+to|showed\s+(?:it|that|they|them)|mix(?:ed|ing)\s+up|drift\w*|stopped\s+\w+ing|complain\w*|complaints?|said|reported|calling|called\s+about|ran\s+out|errors?|failures?|failed|failing|skipp\w+|ignor\w+|overrid\w+|dropped|fell|doubled|spiked|climb\w*|ris(?:ing|en)|slipped|queue|tickets?|returns|refunds|bounc\w+|unsubscrib\w+|wrong|broke|confus\w+|stuck)\b/i;
const WRITER_RESPONDS = /(?:,?\s+so|;|,?\s+and)\s+I\s+(?:\w+ly\s+)?[a-z]+(?:ed|eld|ut|ept|ote|ode|ook|ound|ent)\b/i;
const PROJECT_PHASE = /\b(?:project|sprint|kick-?off|prototype|planning|discovery|design\s+phase|build)\b/i;
const earlyLifeFix: Finder = (v) => {
  const c = match(v, EARLY_LIFE);
  if (!c || PROJECT_PHASE.test(v.text)) return undefined;
  return LIVE_SIGNAL.test(v.text) && WRITER_RESPONDS.test(v.text) ? c : undefined;
};

/**
 * A watch kept over the first days or weeks of use: "kept a close eye on bounce rates for the first week", "For the
 * first two weeks I watched the queue every morning". The first period of something (the project, a course, the
 * job) and the project's own phases are not early life.
 */
const EARLY_WATCH_PERIOD =
  /\b(?:for|in|during|over)\s+the\s+first\s+(?:few\s+|couple\s+of\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:days?|weeks?|months?|nights?|shifts?)\b(?!\s+(?:of|at|in|on)\b)/i;
const WATCH_VERB =
  /\b(?:kept\s+(?:a\s+(?:close\s+)?eye|an\s+eye|tabs)\s+on|keep\s+(?:a\s+(?:close\s+)?eye|an\s+eye)\s+on|watched|monitored|checked|tracked)\b/i;
const earlyWatch: Finder = (v) => {
  const c = match(v, EARLY_WATCH_PERIOD);
  if (!c || PROJECT_PHASE.test(v.text) || !WATCH_VERB.test(v.text)) return undefined;
  return c;
};

/**
 * Any time placed after going live, told with the word that says so: "in the first week live", "first two
 * weeks live", "on the first Friday under the new plan", "two weeks on the new charts", "after go-live", "go-live
 * weekend". Whatever happened then happened to the live thing, so the sentence tells running it, unless it is
 * only a result measured then with nobody acting (RUBRIC: a result measured after launch is not after-launch).
 */
const LIVE_TIME =
  /\b(?:(?:(?:first|second|third|opening)\s+(?:few\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:day|days|week|weeks|weekend|weekends|night|nights|month|months|shift|shifts|fortnight|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|one|two|three|four|a\s+few|\d+)\s+(?:days?|weeks?|months?))\s+(?:live|in\s+production|(?:after|since)\s+(?:the\s+)?go-?live|(?:on|under|with)\s+the\s+new\s+(?!(?:job|role|team|manager|company|school|class|hire|hires|starter|starters)\b)[\w-]+)|(?:after|since|following)\s+(?:the\s+)?go-?live|go-?live\s+(?:day|week|weekend|night))\b/i;
// A result measured then: a share or a figure that rose or fell.
const MEASURED =
  /\d+(?:\.\d+)?\s*%|\b(?:rose|fell|grew|dropped|increased|decreased|doubled|halved|improved|was\s+up|was\s+down)\b|\b(?:I|we)\s+(?:took|had|got|saw|reached|hit|made|won|sold|gained|earned|booked|received|served|processed)\s+(?:\w+\s+)?\d/i;
// The writer acting then, not only receiving a result ("we took 3,100 orders").
const WRITER_ACTS_THEN =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+)?(?!(?:took|had|got|saw|reached|hit|made|won|sold|gained|earned|booked|received|served|processed|passed|crossed|topped|beat|exceeded)\b)[a-z]+(?:ed|ept|ent|ote|ook|ut|eld|ave|an|ode|ound|oke)\b/i;
const liveTime: Finder = (v) => {
  const c = match(v, LIVE_TIME);
  if (!c) return undefined;
  return MEASURED.test(v.text) && !WRITER_ACTS_THEN.test(v.text) ? undefined : c;
};

/**
 * A guard put on the live path so a failure cannot ship or repeat: a check, gate or test that rejects, holds or
 * stops a release, a model, a load or a change when something is wrong ("added a check that rejects a model if any
 * feature is null for more than 1% of traffic", "a validation step that holds the nightly load when row counts
 * drop"), or a guard's record since it went in ("they've blocked two breaking changes since"). A rule of the product
 * for its users ("blocks any payout over $10k") guards no release, so the object must be the system's own.
 */
const GUARD_PATTERN =
  /\b(?:checks?|guards?|gates?|tests?|validations?|validation\s+steps?|assertions?|circuit\s+breakers?|kill\s+switch(?:es)?|safeguards?|guardrails?)\s+(?:that|which|to)\s+(?:automatically\s+|then\s+)?(?:rejects?|reject|blocks?|holds?|hold|stops?|stop|fails?|fail|halts?|halt|pauses?|pause|quarantines?|quarantine|refuses?|refuse|rolls?\s+back|roll\s+back|skips?|skip)\s+(?:the\s+|a\s+|an\s+|any\s+|each\s+|every\s+|our\s+|that\s+)?(?:new\s+|nightly\s+|daily\s+|weekly\s+|next\s+)?(?:models?|builds?|deploys?|deployments?|releases?|loads?|jobs?|pipelines?|batch(?:es)?|changes?|PRs?|pull\s+requests?|migrations?|rollouts?|retrains?|runs?|files?|schemas?|feeds?|exports?|imports?|uploads?|versions?|it|them)\b[^.;]{0,80}?\b(?:if|when|whenever|once|unless|as\s+soon\s+as)\b|\b(?:has|have|'ve|had)\s+(?:since\s+)?(?:blocked|caught|stopped|rejected|held\s+back|flagged)\s+(?:\w+\s+){0,4}(?:changes?|releases?|models?|deploys?|builds?|loads?|bugs?|regressions?)\s+since\b/i;
const guardAdded: Finder = (v) => match(v, GUARD_PATTERN);

/**
 * A change made once the first stretch of use was over, with what was seen as its reason: "After the first
 * fortnight I changed the walk-in times because nobody came before ten", "At the end of the first term we
 * shortened the quiz, since the lower sets ran out of time" (RUBRIC: acting on what was seen once it was live). A
 * plan changed in the project's own phases (a sprint, a prototype) is not.
 */
const AFTER_FIRST_CHANGE =
  /\b(?:after|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+the\s+first\s+(?:few\s+|two\s+|three\s+|couple\s+of\s+)?(?:days?|weeks?|fortnight|months?|term|half[- ]term|quarter|wave|batch|round|cohort|season|shifts?|clinics?|sessions?|intake)\b[^.;]{0,40}?\b(?:I|we)\s+(?:\w+ly\s+|also\s+)?(?:changed|moved|rewrote|re-?wrote|adjusted|dropped|added|cut|halved|doubled|tweaked|reworked|switched|reduced|raised|lowered|shortened|extended|simplified|removed|split|merged|retrained|swapped|replaced|rescheduled|reordered|relaxed|tightened)\b[^.;]{3,80}?\b(?:because|since|as|when|after)\b/i;
const afterFirstChange: Finder = (v) => (PROJECT_PHASE.test(v.text) ? undefined : match(v, AFTER_FIRST_CHANGE));

/** The after-launch event finders, tried after the named vocabulary. */
export const AFTER_LAUNCH_EVENTS: readonly Finder[] = [
  laterEvent,
  rollbackEvent,
  stagedOrCaught,
  regularReview,
  earlyLifeFix,
  earlyWatch,
  liveTime,
  guardAdded,
  afterFirstChange,
  correctedAfterFirstRun,
  reviewedAfterElapsedTime,
];

/** A cheap first look: every event form above holds one of these words; most sentences hold none. */
export const AFTER_LAUNCH_EVENT_WORDS =
  /\b(?:days?|weeks?|months?|wks|mins?|minutes?|hours?|hrs|fortnight|running|nights?|back|off|time|before|every|each|daily|nightly|weekly|monthly|hourly|term|quarter|use|morning|live|go-?live|first|second|third|opening|if|when|whenever|unless|since|after|once|ended|finished|over)\b/i;
