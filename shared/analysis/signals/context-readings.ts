// The signals a sentence shows in its story context (story-context.ts) that it does not show alone. Two readings:
// - after-launch: a time early in use told without its anchor ("In the first fortnight the queue filled up …", "By
//   the second week parents were complaining …") after a launch told as done a few sentences before: the live
//   thing's first days, when the sentence tells trouble met in use or running it, or when the after-launch readers
//   read it once "after launch" is placed after its time (as "In the first month after launch the model flagged …"
//   is read alone);
// - ambiguity and own-decision: the writer acting, opened by a consequence ("So I asked two investigators to …",
//   "So I have followed three pickers …"), right after a sentence that told an unknown, is the writer moving before
//   it was known (RUBRIC ambiguity) and, in the first person singular, the writer's own call of how to find out; the
//   writer going ahead "anyway" right after a sentence that told a gap in an input (input-gaps.ts) is the same move,
//   and so is the writer starting on a part of what was not known, with no "So" (session 38: "I picked the two we
//   could visit and started there");
// - trade-off: the writer's pick or a cost taken on, told a few sentences after options were listed ("I decided on the
//   open-source platform because …", "We accept owning upgrades of someone else's code"; decision-records.ts).
// Cached per sentence text and the context it used, like the sentence signals.
import { LruCache } from '../sentence-cache';
import { sentenceSignals } from './sentence-signals';
import { readableText } from './sentence-view';
import { contextKey, type SentenceContext } from './story-context';
import type { SignalId } from './signal-ids';
import { opsOrTrouble } from './classes/after-launch';
import { LIVE_SIGNAL, TROUBLE } from './after-launch-events';
import { pickAfterOptions } from './decision-records';
import { wentAheadAfterGap } from './input-gaps';
import { answersTrouble, laterReturn } from './later-returns';

/**
 * A time early in use with no anchor of its own: "in the first fortnight", "the first week,", "by the second week",
 * "within a few days", "two weeks later". One followed by what it counts from ("the first week of term", "the first
 * month after I joined", "the first week live") is left to the readers of the sentence alone.
 */
const EARLY_TIME =
  /\b(?:(?:in|during|over|for|within)\s+(?:the\s+)?(?:first|second|third|opening)\s+(?:few\s+|couple\s+of\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:days?|weeks?|fortnights?|months?|mornings?|nights?|shifts?)|(?:^\W*|[,;]\s*)the\s+(?:first|second|third)\s+(?:days?|weeks?|fortnight|months?|morning|night|shift)|(?:on|by)\s+(?:the\s+)?(?:first|second|third|fourth)\s+(?:day|week|morning|night|shift|month)|within\s+(?:a|one|two|three|a\s+few|\d+)\s+(?:days?|weeks?)|(?:a|one|two|three|a\s+few)\s+(?:days?|weeks?)\s+later)\b(?!\s+(?:of|at|in|on|as|with|after|since|into|past|live|before|following|under|when|that)\b)/i;

/** The project's own phases: a first week of a sprint or a prototype is no time in use. */
const PROJECT_PHASE =
  /\b(?:project|sprint|kick-?off|prototype|planning|discovery|design\s+phase|pilot|trial|job|role)\b/i;

const WRITER = /\b(?:I|we)\b/;
/**
 * The writer changing what is live, as the subject of a past verb of adjusting: moved, raised, cut, swapped, added,
 * dropped, kept, fixed, reverted … ("I moved one trip ten minutes later", "we kept the new timetable, with one swap",
 * "I rode the early bus twice and moved one trip", non-native "we have raised").
 * Meeting people, teaching or measuring ("In the first month I also met every new student nurse") changes nothing live.
 */
const WRITER_ADJUSTS =
  /\b(?:I|we)\s+(?:(?:\w+ly\s+|also\s+|then\s+|just\s+)?(?:have\s+|had\s+)?|[^.;,]{1,60}?\band\s+(?:then\s+)?)(?:moved|raised|lowered|cut|swapped|added|dropped|removed|kept|fixed|tweaked|tuned|reverted|rolled\s+back|extended|shortened|split|rewrote|retrained|replaced|adjusted|changed|increased|reduced|paused|restored|relaxed|tightened|simplified|put\s+back|brought\s+back|switched\s+off|turned\s+off)\b/i;
/** A time told as hindsight or a plan: "I would ask … on the first day next time". */
const NOT_TOLD_AS_DONE = /\b(?:would|should|could\s+have|will|next\s+time|if\s+I\s+did\s+it\s+again)\b/i;

// A result measured then, with nobody acting (RUBRIC: a result measured after launch is no after-launch), unless what
// rose is trouble: "sales doubled" is a result, "tickets about locked accounts doubled" is trouble met in use.
const MEASURED =
  /\d+(?:\.\d+)?\s*%|\b(?:rose|fell|grew|dropped|increased|decreased|doubled|tripled|halved|improved|(?:was|were)\s+(?:up|down))\b/i;
const TROUBLE_COUNTED =
  /\b(?:complaints?|tickets?|errors?|failures?|returns|refunds|incidents?|bugs?|crash(?:es)?|timeouts?|cancell?ations|no-shows|rejects?|rejections|escalations?|calls\s+about)\b/i;

/** The early time of a sentence told as done and not of the project's own phases, or undefined. */
function earlyTimeInUse(text: string): RegExpExecArray | undefined {
  const m = EARLY_TIME.exec(text);
  return m && !PROJECT_PHASE.test(text) && !NOT_TOLD_AS_DONE.test(text) ? m : undefined;
}

/**
 * In the result section, which tells what came after the work, an early time counts from the work done even with no
 * launch told; only the writer changing the live thing then is read ("When two jobs starved each other in the first
 * month, I added priority classes …"): trouble or a count told there is as often the result ("In the first three
 * months only two trucks were stopped at the border").
 */
const writerChangedEarly = (text: string): boolean => earlyTimeInUse(text) !== undefined && WRITER_ADJUSTS.test(text);

/**
 * After a told launch, a sentence with an early time and no anchor (EARLY_TIME) tells the live thing's first days when
 * it tells trouble met in use or running the live thing, or when the after-launch readers read it once "after launch"
 * is placed after its time. The writer as the subject with neither ("In the first month I also met every new student
 * nurse") tells the writer's other work; a result measured then with nobody acting is a result, not running it.
 */
function anchoredAfterLaunch(text: string): boolean {
  if (eventAfterLaunch(text)) return true;
  const m = earlyTimeInUse(text);
  if (!m) return false;
  // The writer changing the live thing in its first days ("In the first fortnight I … moved one trip ten minutes
  // later", "We raised the share to 8% in the second month") is owning it past launch, as much as trouble met is,
  // whatever it counts.
  if (WRITER_ADJUSTS.test(text)) return true;
  const sign = opsOrTrouble(text) || TROUBLE.test(text) || LIVE_SIGNAL.test(text);
  const writer = WRITER.test(text);
  if (writer && !sign) return false;
  if (!writer && MEASURED.test(text) && !TROUBLE_COUNTED.test(text)) return false;
  if (sign) return true;
  const at = m.index + m[0].length;
  return sentenceSignals(`${text.slice(0, at)} after launch${text.slice(at)}`).has('after-launch');
}

/**
 * An event told by its own clause at the sentence's head ("When payments switched their API in July, …", "Once the
 * peak came, …"): after a told launch, it is a time in use when the writer, the subject of the rest, runs the live
 * thing or meets trouble in it ("we turned the flag on and nothing broke"). Without the writer it is a result.
 */
const EVENT_CLAUSE = /^\W*(?:when|once|as\s+soon\s+as|the\s+day)\s+(?!(?:I|we)\b)[^,;:]{3,70},\s*(?=(?:I|we)\b)/i;
function eventAfterLaunch(text: string): boolean {
  const m = EVENT_CLAUSE.exec(text);
  if (!m || PROJECT_PHASE.test(text) || NOT_TOLD_AS_DONE.test(text)) return false;
  const rest = text.slice(m[0].length);
  return opsOrTrouble(rest) || TROUBLE.test(rest) || LIVE_SIGNAL.test(rest);
}

// A past act of the writer's, after an optional adverb or a non-native perfect ("have followed"). A state, an
// inability, a modal or a wish is no act.
const ACT = String.raw`(I|we)\s+(?:\w+ly\s+|also\s+|then\s+|first\s+|just\s+)?(?:have\s+|had\s+)?(?!(?:was|were|felt|had|got|did|could|would|should|might|must|can|am|is|are|needed|wanted|hoped|thought|knew|realised|realized|learned|learnt|lost|missed|failed)\b)(?:[a-z]+ed|put|set|cut|split|ran|sat|took|kept|made|went|wrote|read|held|spent|built|sent|led|drew|chose|brought|began|gave|rang|sought|bought|met|found|did|stood|drove|flew|dug|rode|spoke)\b`;

/**
 * The writer acting, opened by a consequence: "So I asked …", "So we put …", "That's why I sat with …", "So I have
 * followed …" (non-native perfect).
 */
const ACTS_ON = new RegExp(
  String.raw`^\W*(?:and\s+)?(?:so(?:\s+then)?|therefore|hence|that(?:'s|\s+is|\s+was)\s+why|to\s+find\s+out\b[^,.;]{0,60},)\s*,?\s*${ACT}`,
  'i',
);

/** The writer's act on the unknown told just before: who acted ("i" or "we"), or undefined. */
function actOnUnknown(text: string): 'i' | 'we' | undefined {
  const m = ACTS_ON.exec(text);
  return m ? (m[1].toLowerCase() as 'i' | 'we') : undefined;
}

/**
 * The writer starting on a part of what was not known, told in the sentence after the unknown with no "So": "I picked
 * the two we could visit and started there", "I called the three biggest farms and started with them", "We chose the
 * two Year 10 groups we could test that week". The part is taken up from the unknown by a number or a superlative
 * standing for its items ("which sites …" → "the two"), or by "there" / "with them" after a start; the writer is the
 * subject of a past act. A whole taken ("we picked the venue") names no part and stays unread, and neither does a
 * sample counted in hundreds ("I took 300 wrong cases and made a list"): that is the writer finding out, not going ahead.
 */
const PART_PICKED = new RegExp(
  String.raw`^\W*(?:(?:first|then|in\s+the\s+end|instead)\s*,?\s+)?(?:I|we)\s+(?:\w+ly\s+|first\s+|just\s+|then\s+)?(?:(?:picked|chose|selected|took|started\s+with|began\s+with|went\s+with|called|rang|phoned|visited|tested|checked|sampled|opened|asked|contacted|emailed)\s+(?:only\s+)?(?:the\s+)?(?:two|three|four|five|six|[2-9](?!\d)|few|first|nearest|closest|biggest|largest|oldest|busiest|worst|most\s+\w+)\b|[^.;]{3,80}?\b(?:and\s+)?(?:started|began)\s+(?:there|with\s+(?:them|those|these|that\s+one|it)|from\s+there)\b)`,
  'i',
);

/**
 * The writer setting out to find out what nobody could say, told in the sentence after the unknown with no "So":
 * writing the open cases or readings down, making a list of questions, sitting in on the calls, setting up a call, or
 * going ahead without the answer ("I did not wait for the bank and …"). A plain act after an unknown ("I built the
 * pipeline") is as often the next part of the story: on the spent writers it marked 19 sentences falsely for 3 found.
 */
const FOUND_OUT =
  /^\W*(?:(?:first|then|instead|so),?\s+)?(?:I|we)\s+(?:\w+ly\s+|first\s+|then\s+)?(?:(?:wrote|noted|jotted|put)\s+down|listed|(?:made|drew\s+up|put\s+together)\s+a\s+list|set\s+up\s+(?:a\s+)?(?:call|meeting)|sat\s+in\s+on|(?:did\s+not|didn't)\s+wait)\b/i;

const cache = new LruCache<string, ReadonlySet<SignalId>>(20_000);
const NONE: ReadonlySet<SignalId> = new Set();

function read(raw: string, context: SentenceContext): ReadonlySet<SignalId> {
  const text = readableText(raw);
  const found = new Set<SignalId>();
  if (context.launched ? anchoredAfterLaunch(text) : context.inResult && writerChangedEarly(text))
    found.add('after-launch');
  // The writer back at the thing in use: a later time or its users' report, and a change or a look (later-returns.ts).
  if (context.launched && laterReturn(text)) found.add('after-launch');
  // The writer's answer to trouble met in use, told in the sentence before (later-returns.ts).
  if (context.troubleBefore && answersTrouble(text)) found.add('after-launch');
  if (context.optionsBefore && pickAfterOptions(text)) found.add('trade-off');
  // "We only had labels for 4% of the claims." then "I trained on those anyway": going ahead without the input.
  if (context.gapBefore && wentAheadAfterGap(text)) found.add('ambiguity');
  // "Nobody could tell us which sites had the old meters." then "I picked the two we could visit and started there."
  if ((context.unknownBefore || context.gapBefore) && PART_PICKED.test(text)) found.add('ambiguity');
  if (context.unknownBefore && FOUND_OUT.test(text)) found.add('ambiguity');
  if (context.unknownBefore) {
    const who = actOnUnknown(text);
    if (who) found.add('ambiguity');
    if (who === 'i') found.add('own-decision');
  }
  return found.size > 0 ? found : NONE;
}

/**
 * The signals the sentence shows in its context (see above), beyond what it shows alone or not. Pure; cached per
 * sentence text and context key.
 */
export function signalsInContext(text: string, context: SentenceContext): ReadonlySet<SignalId> {
  if (
    !context.launched &&
    !context.inResult &&
    !context.unknownBefore &&
    !context.gapBefore &&
    !context.optionsBefore &&
    !context.troubleBefore
  )
    return NONE;
  if (text.length > 2_000) return read(text, context);
  const key = `${contextKey(context)}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fresh = read(text, context);
  cache.set(key, fresh);
  return fresh;
}
