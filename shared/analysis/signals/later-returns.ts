// After-launch (RUBRIC.md: running the system after it shipped, iteration after launch, follow-up fixes) read from
// story order rather than from launch, monitoring or rollback words: the writer's thing was put in use, and later the
// writer came back to it. Who acts: the writer's side. What it acts on: the thing in use, not the writer's next job.
// What makes it after launch: a time after the thing went into use, or a report by the people who use it. Three
// operators carry it, whatever the trade:
// - the thing PUT IN USE, told as done (inUseTold): a launch as story-context.ts reads it, or the thing in use from a
//   start ("Kiosks in the library are open from September", "every parcel carried the new label from 1 April", "We put
//   the new pick route into the warehouse in week 10", "the irrigation timers were fitted on all the farms in spring"):
//   a verb of putting into use or being in use, with the time it started;
// - a LATER TIME or a USERS' REPORT in the sentence after it (laterReturn, read with the story context of a launch told
//   a few sentences before): "In May", "Two months on", "A month later", "In week 14", "At half-term", "Feb:", or the
//   thing's users telling what went wrong ("readers kept asking staff how to renew", "passengers told the crew the
//   machines refused foreign cards");
// - the WRITER'S RETURN ACT: the writer (or a subject-less clause after a time: "Feb: re-checked …") changing the thing (the adjusting verbs), examining
//   it (read, checked, counted, pulled the numbers, visited, rode, sat in), or any act told with "again", "back" or a
//   re- verb ("went back over", "re-checked"). The writer's other work ("went on holiday", "started a new project",
//   "hired a second designer") is no return to the thing.
// The time may also carry the event in its own clause, with no sentence before it (returnAfterOwnEvent): "A year after
// the new clinic opened I sat in the waiting room for a morning and moved the check-in desk", "After customers started
// using the new loyalty card, several said …, so I changed the nightly batch to hourly".
// Not read: a result measured then with nobody acting, a plan or hindsight ("Next time I would …", "I will check"), a
// pilot or a test before the launch, and anything in a lesson (story-context.ts keeps lessons out of the launch).
import type { Cue, Finder } from './sentence-view';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const SEASON = String.raw`(?:spring|summer|autumn|fall|winter|easter|christmas|half-?term|new\s+year)`;
const UNIT = String.raw`(?:days?|nights?|weeks?|fortnights?|months?|years?|terms?|quarters?|shifts?|seasons?|sprints?)`;
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several|\d+)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const WEEK_NAMED = String.raw`(?:week|month|day)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** The time the thing started in use: "from September", "since version 4.2", "in week 10", "on 1 April". */
const START_TIME = String.raw`(?:(?:the\s+)?(?:first\s+of\s+)?${MONTH}|${SEASON}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|(?:the\s+)?${WEEK_NAMED}|(?:the\s+)?(?:autumn|spring|summer)\s+term|(?:version|release|v)\s*\d[\d.]*|\d{4})`;

// The thing in use from a start, or put into use at a time: a verb of putting into use or being in use.
const IN_USE_FROM = new RegExp(
  String.raw`\b(?:(?:open|opened|live|running|in\s+use|up|used|using|carried|took|ran|printed|fitted|installed|in\s+(?:the|all|every)\s+[\w-]+|on\s+(?:every|all|the)\s+[\w-]+)\b[^.;]{0,40}?\b(?:from|since|as\s+of)\s+${START_TIME}|\b(?:from|since)\s+${START_TIME}\s*,?\s+(?:every|all|each|the\s+new|our\s+new)\b|\b(?:put|brought|introduced|installed|fitted|opened|rolled|went\s+(?:up|out|in))\s+(?:[\w'-]+\s+){0,5}?(?:into|in|on|out\s+(?:to|across|in))\s+(?:[\w'-]+\s+){0,4}?(?:in|on|from)\s+${START_TIME}|\b(?:were|was)\s+(?:fitted|installed|put\s+in|introduced|opened|rolled\s+out)\b[^.;]{0,40}?\b(?:in|on|from|by)\s+${START_TIME})\b`,
  'i',
);
// Plans and tests before the thing is in use.
const NOT_IN_USE =
  /\b(?:plann?\w*|will|would|going\s+to|pilot\w*|trial\w*|test(?:ed|ing)?|before|until|hop(?:e|ed))\b/i;

/** The thing put in use, told as done with the time it started (see the head of this file). */
export function inUseTold(text: string): boolean {
  return IN_USE_FROM.test(text) && !NOT_IN_USE.test(text);
}

/** A time after the start: "In May", "Two months on", "A month later", "In week 14", "At half-term", "Feb:". */
const LATER_TIME = new RegExp(
  String.raw`\b${COUNT}\s+(?:more\s+)?${UNIT}\s+(?:later|on|in|afterwards|after)\b|\bafter\s+${COUNT}\s+${UNIT}\b|\b(?:in|by|at|after|during|from)\s+(?:the\s+)?(?:${MONTH}|${SEASON}|${WEEK_NAMED}|(?:next|following|first|second|third)\s+(?:few\s+)?${UNIT})\b|\b(?:next|the\s+following)\s+${UNIT}\b|\b(?:on|by)\s+${WEEKDAY}\b|^\W*(?:${MONTH}|${SEASON}|${WEEK_NAMED}|q[1-4])\s*[:–—-]`,
  'i',
);

// The people who use a thing telling what went wrong with it: their report is a time in use.
const USERS_REPORT =
  /\b(?:users?|customers?|clients?|readers|passengers|patients|parents|pupils|students|staff|nurses|drivers|guests|members|shoppers|callers|riders|teachers|agents|pickers|residents|carriers?|the\s+carrier|several|some)\s+(?:\w+\s+)?(?:said|told|reported|complained|asked|wrote|rang|kept\s+(?:asking|saying|calling|missing|getting)|still\s+(?:ask|asked|said|say|rang|get|got)|say|ask|complain)\b/i;

// The writer changing the thing: the adjusting verbs.
const ADJUST = String.raw`(?:moved|raised|lowered|cut|swapped|added|dropped|removed|fixed|tweaked|tuned|reverted|extended|shortened|split|rewrote|retrained|replaced|adjusted|changed|increased|reduced|paused|restored|relaxed|tightened|simplified|corrected|updated|reordered|rearranged|renamed|redesigned|reworked|made\s+[\w\s]{1,30}?(?:shorter|longer|simpler|clearer|smaller|bigger)|put\s+[\w\s]{1,20}?(?:on\s+top|back|first|last)|had\s+the\s+\w+\s+change|asked\s+the\s+\w+\s+to\s+change)`;
// The writer examining the thing: reading, checking, counting, pulling the numbers, visiting, riding, sitting in.
const EXAMINE = String.raw`(?:read|checked|counted|pulled|looked\s+(?:at|into)|went\s+through|reviewed|visited|rode|sat\s+in|timed|sampled|compared|audited|measured)`;
// A return told by its own words: "again", "back", a re- verb.
const RETURN_WORD =
  /\b(?:again|once\s+more|went\s+back|came\s+back|back\s+over|re-?(?:checked|read|ran|run|counted|visited|tested|measured|pulled|opened|wrote|did|trained|tuned|priced|labelled|labeled))\b/i;

const WRITER_ACT = new RegExp(
  String.raw`\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|just\s+|first\s+)?(?:have\s+|had\s+)?(?:${ADJUST}|${EXAMINE})\b|(?:[:;,]\s*|\band\s+)(?:${ADJUST}|${EXAMINE})\b|\b\d+\s+(?:[\w-]+\s+){0,2}(?:fixed|corrected|changed|removed|moved)\b`,
  'i',
);
// Plans, wishes and hindsight: what the writer would or will do is not done.
const NOT_DONE = /\b(?:next\s+time|would|will|going\s+to|should|plan(?:ned)?\s+to|hindsight|looking\s+back|if\s+I)\b/i;

/** The writer's act on the thing: changing, examining, or any act told as a return (see the head of this file). */
function returnAct(text: string): RegExpExecArray | undefined {
  if (NOT_DONE.test(text)) return undefined;
  return (
    WRITER_ACT.exec(text) ?? (RETURN_WORD.test(text) && /\b(?:I|we)\b/.test(text) ? RETURN_WORD.exec(text)! : undefined)
  );
}

/**
 * After a launch or an in-use start told a few sentences before: a later time or the users' report, and the writer's
 * return act on the thing (see the head of this file).
 */
export function laterReturn(text: string): boolean {
  if (!LATER_TIME.test(text) && !USERS_REPORT.test(text)) return false;
  return returnAct(text) !== undefined;
}

// The event in the time's own clause: "A year after the new clinic opened", "After customers started using the new
// loyalty card", "Once the new loyalty card was in use", "Six weeks after 4.2".
const OWN_EVENT = new RegExp(
  String.raw`\b(?:${COUNT}\s+${UNIT}\s+)?(?:after|once|since)\s+(?:(?:the|our)\s+)?(?:new\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:opened|went\s+(?:live|up|in)|was\s+(?:in\s+use|live|open|fitted|installed)|were\s+(?:in\s+use|live|fitted|installed)|came\s+in|started\s+using|began\s+using)\b|\b${COUNT}\s+${UNIT}\s+after\s+(?:opening|(?:the\s+)?(?:opening|handover|changeover)\b|(?:version\s+|v)?\d[\d.]*\b)|\b(?:after|since)\s+(?:the|our)\s+(?:move|opening|handover|changeover|switch(?:-?over)?|cut-?over|go-?live|launch|roll-?out|release|upgrade|installation|relaunch|refit)\b(?!\s+(?:to|of|date|plan|meeting)\b)`,
  'i',
);

/** A later time carrying the in-use event in its own clause, and the writer's return act (see the head of this file). */
export const returnAfterOwnEvent: Finder = (v) => {
  const m = OWN_EVENT.exec(v.text);
  if (!m || NOT_IN_USE.test(v.text.replace(m[0], ''))) return undefined;
  return returnAct(v.text.slice(0, m.index) + ' ' + v.text.slice(m.index + m[0].length))
    ? ({ start: m.index, end: m.index + m[0].length } satisfies Cue)
    : undefined;
};

// ---- the incident run on: the sentence after trouble met in use ----

// Trouble met in the thing in use, told by the sentence before: what the writer's next act answers.
const TROUBLE_TOLD =
  /\b(?:broke|broken|fail\w*|crash\w*|errors?|bugs?|complain\w*|complaints?|spik\w+|stuck|wrong|missing|stale|leak\w*|drift\w*|tripled|doubled|jump(?:ed)?|dropp\w+|timeouts?|timing\s+out|outages?|down|declin\w+|lagg\w+|paged|alert\w*|flagged|fired|stopped|ran\s+out|overnight)\b/i;
// The writer's answer to it: tracing or finding the cause, mending, guarding against a repeat, or the cause told.
const ANSWER = new RegExp(
  String.raw`^\W*(?:(?:then|so|first|next|after\s+(?:this|that))\s*,?\s+)?(?:(?:I|we)\s+(?:\w+ly\s+|then\s+|first\s+|also\s+)?(?:traced|tracked|found|fixed|patched|rolled|reverted|paused|drained|restarted|replayed|reran|added|put|wrote|set|switched|turned|checked|dug|pulled|isolated|disabled|blocked|moved|changed|raised|lowered|capped|throttled)\b|it\s+turned\s+out\b|the\s+(?:cause|culprit|root\s+cause|reason|bug|problem)\s+(?:was|turned)\b|(?:it|this|that)\s+(?:was|had\s+been)\s+(?:caused|a\s+\w+\s+bug|a\s+bug)\b)`,
  'i',
);

/** Whether a sentence read as after-launch tells trouble met in the thing in use (what the next act may answer). */
export const troubleTold = (text: string): boolean => TROUBLE_TOLD.test(text);

/**
 * Right after a sentence that told trouble met in the thing in use (read as after-launch: troubleTold), the writer's
 * answer to it opening the next: "I traced it to the chain's new terminals …", "I added a completeness check on every
 * partition and a page when it fails", "it turned out to be a card-update bug". RUBRIC: an incident's diagnosis and
 * fix are after-launch.
 */
export function answersTrouble(text: string): boolean {
  return ANSWER.test(text) && !NOT_DONE.test(text);
}
