// After-launch work told by the time that had passed since the thing started running (RUBRIC.md after-launch:
// iteration after launch, acting on what was seen once it was live), in notes' and stories' words: "6 wks in,
// reviewed the log again", "About twenty minutes in, the database started to lag, and I moved its reads to a
// replica", "Once the checks had been running for a month, I went through every report", "in the first fortnight
// after he switched, so we added a review". The shape: an elapsed-time phrase — a duration then a bare "in" closed
// by a comma (time into a run), a thing told in the past perfect as running or live for a duration, or "the first
// <period> after <a clause>" — then, later in the same sentence, the writer ("I", "we", or a subjectless note right
// after the phrase) as the subject of a correcting or reviewing verb (first-use-corrections.ts). Without that verb
// it is a result measured then ("six weeks in, queues were down a third") and stays unread, and so does a phrase
// in a project's own phases ("two weeks into the sprint"): those are before any launch.
import type { Finder } from './sentence-view';
import { CORRECTS, REVIEWS } from './first-use-corrections';

const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|a\s+few|a\s+couple\s+of|\d+)`;
const UNIT = String.raw`(?:mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|fortnights?|months?|mths?)`;
const ABOUT = String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|~\s*)?`;
const DURATION = String.raw`${ABOUT}${COUNT}\s*-?\s*${UNIT}`;

// The three ways of telling the time elapsed; each ends where the act may begin.
const ELAPSED = new RegExp(
  [
    // "6 wks in, …": the comma closes the phrase, so "three weeks in advance" and "two weeks in total" stay unread.
    String.raw`\b${DURATION}\s+in\s*,`,
    // "Once the checks had been running for a month, …": a thing already in use for a while.
    String.raw`\b(?:once|after|when)\s+(?:it|they|the\s+(?:[\w'-]+\s+){0,3}?[\w-]+|our\s+(?:[\w'-]+\s+){0,3}?[\w-]+)\s+had\s+(?:been\s+)?(?:running|in\s+use|in\s+place|live|up)\s+for\s+(?:a\s+full\s+|over\s+|more\s+than\s+)?${DURATION}\b`,
    // "in the first fortnight after he switched": the first period of use, told by the change that began it.
    String.raw`\b(?:in|during|within|over)\s+the\s+first\s+(?:few\s+|couple\s+of\s+|${COUNT}\s+)?${UNIT}\s+after\s+(?:he|she|they|it|we|the\s+[\w-]+|[\w-]+)\s+(?:had\s+)?(?:switched|started|moved|went\s+live|launched|opened|changed|began)\b`,
  ].join('|'),
  'gi',
);

// A project's own phases: the time into them is before any launch.
const PROJECT_PHASE =
  /\b(?:project|sprint|kick-?off|prototype|pilot|trial|planning|discovery|build|course|training)\b/i;

// After the phrase: the writer's verb ("…, the database started to lag, and I moved …"), tried in turn.
const WRITER_ACT =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|again\s+|quickly\s+)?(went\s+through|read\s+through|[a-z-]+)\b/gi;
// A subjectless note's verb right after the comma: "6 wks in, reviewed the gate log again".
const NOTE_ACT = /^\s*(?:then\s+)?(went\s+through|read\s+through|[a-z-]+)\b/i;

// Beside corrections and reviews, the acts of keeping a live thing running: moving it to a fallback, pausing it.
const KEEPS_RUNNING = /^(?:switched|paused|reverted|restarted|rerouted)$/;

const isAct = (verb: string) => [CORRECTS, REVIEWS, KEEPS_RUNNING].some((r) => r.test(verb.toLowerCase()));

/**
 * Where the writer's act ends in `rest`, the sentence part after a time phrase: a subjectless note's verb right at its
 * start, else the first "I" or "we" with a correcting, reviewing or keeping-running verb; undefined when none.
 */
function actEnd(rest: string): number | undefined {
  const note = NOTE_ACT.exec(rest);
  if (note && isAct(note[1])) return note[0].length;
  WRITER_ACT.lastIndex = 0;
  for (let a = WRITER_ACT.exec(rest); a; a = WRITER_ACT.exec(rest)) if (isAct(a[1])) return a.index + a[0].length;
  return undefined;
}

// A review told by the calendar, opening the sentence: "Next month …", "The following quarter …", "A month later …",
// "Later that week …". Writers date what came after a change this way as often as by the time elapsed.
const CALENDAR_UNIT = String.raw`(?:weeks?|fortnights?|months?|quarters?|sprints?|terms?|years?|seasons?)`;
const CALENDAR = new RegExp(
  String.raw`^\W*(?:(?:the\s+)?(?:next|following)\s+${CALENDAR_UNIT}|${COUNT}\s+${CALENDAR_UNIT}\s+later|later\s+(?:that|the\s+same)\s+${CALENDAR_UNIT})\b[\s,]*`,
  'i',
);
// After a calendar opener, a check the writer had put in place catching a repeat: "the alert caught it", "the lookup
// caught a renamed code". A check is no act of the writer's, but the check is theirs and it ran on the live thing.
const CHECK_CAUGHT =
  /\b(?:alerts?|alarms?|checks?|monitors?|monitoring|lookups?|tests?|guards?|rules?|dashboards?|canar(?:y|ies))\s+(?:I|we)?\s*(?:had\s+)?(?:\w+\s+){0,2}?(?:caught|fired|flagged|spotted|picked\s+up|went\s+off)\b/i;

/** A correction or review told after a calendar opener, or a check catching a repeat (see above). */
function reviewedByCalendar(text: string): { start: number; end: number } | undefined {
  const m = CALENDAR.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).split(/[.;]/)[0];
  const from = m[0].length;
  const caught = CHECK_CAUGHT.exec(rest);
  if (caught) return { start: m.index, end: from + caught.index + caught[0].length };
  const act = actEnd(rest);
  return act === undefined ? undefined : { start: m.index, end: from + act };
}

/** A correction or review the writer made once the thing had been running for a while (see above). */
export const reviewedAfterElapsedTime: Finder = (v) => {
  if (PROJECT_PHASE.test(v.text)) return undefined;
  const byCalendar = reviewedByCalendar(v.text);
  if (byCalendar) return byCalendar;
  ELAPSED.lastIndex = 0;
  for (let m = ELAPSED.exec(v.text); m; m = ELAPSED.exec(v.text)) {
    const from = m.index + m[0].length;
    // The act stays in the phrase's sentence part: up to a full stop or semicolon.
    const rest = v.text.slice(from).split(/[.;]/)[0];
    const act = actEnd(rest);
    if (act !== undefined) return { start: m.index, end: from + act };
  }
  return undefined;
};
