// An incident story is after-launch work from start to end (RUBRIC.md: the incident, its symptom, its
// diagnosis, its root cause and its fix). Sentence by sentence, "I read the logs" or "deployed new
// credentials" shows nothing; in a story whose setup is a production failure, they are the writer
// running the live system. So: when the setup (Situation, Task, or the first sentences of a story
// without them) names a live failure, its diagnosis and fix sentences count as after-launch evidence.
import { LruCache } from '../sentence-cache';
import type { StorySentence } from './story-sentences';
import { notASystem, pastReason } from './classes/after-launch';
import { readableText } from './sentence-view';
import { WRONG_LIVE_OUTPUT } from './wrong-live-output';

/**
 * A live system falling behind, told without a failure word: consumers lagging, a queue or backlog growing, data
 * (files, orders, messages, reports …) arriving late, a system slow since a release ("were lagging every Friday night", "the indexing queue kept
 * growing", "files started arriving late", "was slow since the update"). A queue of people (phones, a waiting list)
 * is no system, so "queue" needs no phone or waiting word before it; a person arriving late is no data arriving late.
 */
const SLOW_LIVE = String.raw`(?:(?:were|was|kept|started|began|had\s+been)\s+(?:\w+ly\s+)?(?:lagging|falling\s+behind|backing\s+up)|(?<!\b(?:phone|call|calls|waiting|customer|patient|student)\s)(?:lag|backlog|queue|queues)\s+(?:kept\s+|started\s+|began\s+)?(?:growing|grew|building\s+up|built\s+up|piling\s+up|spiked|climbed|climbing)|(?:files?|orders?|messages?|events?|data|reports?|payments?|batch(?:es)?|feeds?|records?|emails?|notifications?|updates?|results?|exports?|extracts?|jobs?|loads?|transactions?|invoices?)\s+(?:[\w-]+\s+){0,3}?(?:arriving|arrived|reaching\s+[\w-]+|landing|landed|loading|coming\s+in)\s+(?:[\w-]+\s+)?late\b|(?:was|were|got|ran|became)\s+(?:very\s+|really\s+|much\s+|so\s+)?slow(?:er)?\s+(?:since|after)\s+(?:the|our|its|their|a|an|that)\s+(?:\w+\s+)?(?:update|release|upgrade|deploy\w*|launch|change|migration|cutover|switch|rollout))`;

/**
 * A live system failing for a told while: "returned errors for 42 minutes", "replication stopped for 40 minutes",
 * "the API returned 500s". A duration in minutes or hours keeps a paused project ("stopped for two weeks") out.
 */
const FAILED_FOR = String.raw`(?:returned|returning|threw|throwing)\s+(?:\w+\s+){0,2}?(?:errors|5\d\d(?:s|\s+errors)|5xx|timeouts|exceptions)|(?:stopped|froze|hung|failed)\s+for\s+(?:about\s+|around\s+|nearly\s+|over\s+)?(?:\d+|an?|two|three|four|five|ten|twenty|forty)\s+(?:minutes|hours?)`;

/** A live system failing: an outage, a page, a crash, a production error, users hitting failures. */
const INCIDENT = new RegExp(
  String.raw`\b(?:outages?|incidents?|on[- ]?call|paged|(?:started|kept|began|had\s+been|has\s+been)\s+(?:failing|crashing|timing\s+out|erroring|dropping\s+\w+)|ran\s+out\s+of\s+(?:memory|disk|connections|file\s+descriptors)|went\s+(?:down|dark|offline)(?!\s*(?:by|to|from|about|nearly|almost|roughly|over|\d|~|\())|(?:gone|went)\s+(?:fully\s+)?(?:dark|down)(?!\s*(?:by|to|from|about|nearly|almost|roughly|over|\d|~|\())|(?:was|were)\s+down\b|crash(?:ed|es|ing)|cascading\s+failures?|loss\s+of\s+service|service\s+(?:was\s+)?(?:down|degraded|unavailable)|(?:production|prod|live)\s+(?:issues?|bugs?|failures?|errors?|outages?|incidents?)|(?:hit|saw|seeing|caused|reported|had)\s+(?:\w+\s+){0,2}(?:failures|errors|timeouts)|failed\s+at\s+\d|stopped\s+(?:working|loading|sending|processing|responding)|showed\s+(?:zero|no)\s+(?:traffic|data|orders|events|rows|sales|users)|${FAILED_FOR}|(?:error\s+rates?|errors|latency|timeouts)\s+(?:spiked|jumped|doubled|tripled)|data\s+(?:integrity|corruption|loss)\s+(?:bug|issue|incident)|(?:bug|issue)\s+in\s+production|${SLOW_LIVE}|${WRONG_LIVE_OUTPUT})\b`,
  'i',
);

/** Reading, narrowing and fixing a failure. */
const DIAGNOSIS_OR_FIX =
  /\b(?:logs?|trac(?:e|es|ed|ing)|timeouts?|timing\s+out|backfill\w*|diagnos\w+|isolat\w+|investigat\w+|root[- ]caus\w*|ruled\s+out|symptoms?|noticed|reproduc\w+|debug\w*|pinpoint\w*|narrow\w*\s+(?:it|down)|confirm\w*|fix(?:ed|es|ing)?|patch(?:ed|ing)?|hotfix\w*|restor\w+|restart\w*|roll(?:ed)?[- ]?back|revert\w*|redeploy\w*|re-?ran|mitigat\w+|workaround|impact\b[^.;]{0,30}\bon\s+(?:the\s+)?(?:users|customers)|(?:issue|error|bug|problem|failure)\s+(?:did\s+not|didn't|no\s+longer)\s+(?:occur|happen|reproduce|recur)|the\s+(?:real\s+|actual\s+)?cause|caused\s+by|error\s+(?:messages?|pattern|rates?)|health\s+checks?|(?:find|found|figure|figured)\s+out\s+why|(?:complete|working|normal|healthy|up)\s+again|back\s+to\s+normal|open\s+(?:files|descriptors)|credentials|by\s+hand|manually|(?:service|traffic|the\s+site|it)\s+came\s+back)\b/i;

/**
 * A follow-up that stops a repeat (RUBRIC after-launch: "a regression test and a DB constraint to catch similar
 * bugs"): a check, test, alert or contract added or argued for. Read only after the failure in an incident story,
 * since the same words while building ("wrote tests for each job") are no running of a live system.
 */
const GUARD_ADDED =
  /\b(?:added|adding|set\s+up|wrote|introduced|put\s+in|built|proposed|pushed\s+for|argued\s+(?:\w+\s+){0,3}?for|asked\s+for)\b[^.;]{0,60}?\b(?:checks?|tests?|test\s+sets?|alerts?|alarms?|guards?|guardrails?|contracts?|validations?|gates?|canar(?:y|ies)|runbooks?)\b/i;

const SETUP_SENTENCES = 3;

// Per sentence text, like the sentence signals: bit 1 names a live failure, bit 2 diagnoses or fixes, bit 4 adds a
// guard against a repeat.
const cache = new LruCache<string, number>(20_000);
const INCIDENT_BIT = 1;
const WORK_BIT = 2;
const GUARD_BIT = 4;

// A business figure that went down ("sales went down in Q3", "morale was down") or a market crash is no live failure.
const FIGURE_DOWN =
  /\b(?:sales|revenue|morale|numbers|attendance|enrol\w*|scores?|profits?|margins?|orders|bookings|volumes?|engagement|productivity|costs?|prices?|rates?|satisfaction|NPS|headcount|turnover|spend\w*|usage|visits|calls|complaints|tickets|churn|returns|demand|market|stocks?|shares)\s+(?:\w+\s+){0,2}?(?:went|was|were|had\s+gone|has\s+gone|have\s+gone|crashed|crash)\b(?:\s+down\b)?|\b(?:market|stock|car|price)\s+crash\w*/gi;

/** The sentence names a failure of a live system (not a figure going down, not patients or a safety incident). */
function namesIncident(text: string): boolean {
  return INCIDENT.test(text.replace(FIGURE_DOWN, '')) && !pastReason(text) && !notASystem(text);
}

function bits(raw: string): number {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const text = readableText(raw);
  // Outages named only as the history behind the work ("had three outages last year") set up no incident.
  const b =
    (namesIncident(text) ? INCIDENT_BIT : 0) |
    (DIAGNOSIS_OR_FIX.test(text) ? WORK_BIT : 0) |
    (GUARD_ADDED.test(text) ? GUARD_BIT : 0);
  if (raw.length <= 2_000) cache.set(raw, b);
  return b;
}

/** Whether the sentence names a failure of a live system, by its words alone (cached with the incident reading). */
export function namesLiveFailure(text: string): boolean {
  return (bits(text) & INCIDENT_BIT) !== 0;
}

// Whether a sentence is the story's setup: Situation or Task, or the first sentences of a story without them.
function setupOf(sentences: readonly StorySentence[]): (s: StorySentence, i: number) => boolean {
  const hasSetup = sentences.some((s) => s.section === 'situation' || s.section === 'task');
  return (s, i) => (hasSetup ? s.section === 'situation' || s.section === 'task' : i < SETUP_SENTENCES);
}

// The first setup sentence that names a live failure, or -1.
function failureInSetup(sentences: readonly StorySentence[]): number {
  const inSetup = setupOf(sentences);
  return sentences.findIndex((s, i) => inSetup(s, i) && (bits(s.text) & INCIDENT_BIT) !== 0);
}

/**
 * True when the story's setup names a failure, by its word alone ("outage", "kept dropping out", "paged"): a problem
 * the work was for, incident or not. Someone the writer asks to help with it brings no stake of their own.
 */
export function setupNamesFailure(sentences: readonly StorySentence[]): boolean {
  return failureInSetup(sentences) >= 0;
}

/**
 * True when the story has an incident's shape: its setup names a live failure, and a later sentence (not a
 * reflection) reads, narrows or fixes it. A failure word alone is no incident: "candidates kept dropping out", an
 * on-call rotation to set up, "the search cluster paged the on-call about 30 times a week", with no service restored
 * after, tell a problem the work changed, not one the writer ran down live.
 */
export function isIncidentStory(sentences: readonly StorySentence[]): boolean {
  const named = failureInSetup(sentences);
  if (named < 0) return false;
  const inSetup = setupOf(sentences);
  return sentences.some(
    (s, i) => i > named && !inSetup(s, i) && s.section !== 'reflection' && (bits(s.text) & WORK_BIT) !== 0,
  );
}

/**
 * A failure told as it happened, in the middle of a story ("One morning the dashboards showed zero
 * traffic", "the loader had been failing since 1 a.m."): narrower than INCIDENT, because a result
 * ("crashes fell by half") or a cause of the work names failures without one happening.
 */
const INCIDENT_EVENT = new RegExp(
  String.raw`\b(?:(?:had\s+been|has\s+been|was|were|started|kept|began)\s+(?:failing|crashing|timing\s+out|erroring)|went\s+(?:down|dark|offline)(?!\s*(?:by|to|from|about|nearly|almost|roughly|over|\d|~|\())|showed\s+(?:zero|no)\s+(?:traffic|data|orders|events|rows|sales|users)|stopped\s+(?:working|loading|sending|processing|responding)|${FAILED_FOR}|(?:I|we)\s+(?:was|were|got)\s+paged|(?:error\s+rates?|errors|latency|timeouts)\s+(?:spiked|jumped|doubled|tripled)|${SLOW_LIVE}|${WRONG_LIVE_OUTPUT})\b`,
  'i',
);

/**
 * In an incident story, the sentences (not the lessons) that describe, diagnose or fix the failure:
 * all of them when the setup names the failure, else those from the sentence that tells it happening.
 * `shape`: "word" takes a setup that names a failure by its word alone (the after-launch evidence is tuned on it:
 * session 23 measured the incident's shape there, sentence precision up and recall down on the held-aside halves,
 * so it was not kept); "incident" takes only a setup whose failure a later sentence reads or fixes (the depth map).
 */
export function incidentWork(
  sentences: readonly StorySentence[],
  shape: 'word' | 'incident' = 'word',
): StorySentence[] {
  const fromSetup = shape === 'word' ? setupNamesFailure(sentences) : isIncidentStory(sentences);
  const from = fromSetup
    ? 0
    : sentences.findIndex(
        // The narrow event pattern first: most stories have no failure in them, and it is one scan.
        (s) => s.section !== 'reflection' && INCIDENT_EVENT.test(s.text) && (bits(s.text) & INCIDENT_BIT) !== 0,
      );
  if (from < 0) return [];
  return sentences.filter((s, i) => i >= from && s.section !== 'reflection' && bits(s.text) !== 0);
}
