// Constraint (RUBRIC.md: a deadline or time box the work had to respect) whose bound is an event told as a clause
// rather than a date or a named occasion: "Handover had to be finished before the day team started at 7:30", "The
// score had to be ready before the card network timed out", "The shops need the bread before they open at six",
// "everything had to be loaded by the time the ferry left". Read by its frame, not by its words:
// - an OBLIGATION or a NEED on the work: "had to", "must", "needed to", "was due to", or a party needing a thing
//   ("need the bread", "needed the figures");
// - then, in the same clause run (no full stop or semicolon between), "before", "by the time" or "until";
// - then the EVENT: a clause with its own subject and a verb of something happening (starting, opening, arriving,
//   leaving, timing out …). The subject must be another party or thing: "before I left" is the writer's own day, not
//   a bound set on the work.
// "Before the hearing I read the letters again" (no obligation) and "I had to go before we finished" (the writer's
// own event) stay unread. A bound named as a noun ("before the audit", "ahead of the launch") is the older finders'.
//
// Session 39 (signals): the bound may also be a POINT IN TIME, read by its shape rather than by the verb before it
// ("We had to be serving by 7 on Saturday", "I had to get the samples to the lab by 4 p.m.", "The reports had to go
// home by the last day of term", "The samples were due at the lab by 16:00", "no later than", and fronted: "By 7 on
// Saturday we had to be serving", "Before the rain on Thursday, all the grain had to be under cover"). A point is a
// clock time, a weekday, a date or month, the edge of a named period ("the end of term", not a bare "by the end"), or
// an occasion on a day ("Thursday's rain", "the rain on Thursday"). A bare number is a clock time only when a day or a
// part of the day follows it or the clause ends, and never after a verb of change ("had to rise by 7 percent", "cut
// costs by 7"). "by card", "by train", "by the back door", "by a second person" are no point; "until" bounds how long
// something lasts ("had to stay until 7"), not when it was due, so it stays unread. A window of two points is a bound
// too: "any cutover had to land between the 5th and the 25th".
import { lemmaSet } from '../rules/language/lexicon';
import { match, type Cue, type Finder, type SentenceView } from './sentence-view';

/** An obligation on the work, or a party needing a thing. */
const OBLIGATION = String.raw`(?:(?:had|has|have|needed|needs|need)\s+to|must|(?:was|were|is|are)\s+(?:due|required|supposed|meant)\s+to|(?:needs?|needed)\s+(?:the|their|our|its|a|an|every|all|each|it|them)\b)`;
/** What an event's clause opens with: a determiner or a pronoun of another party, never the writer. */
const EVENT_SUBJECT = String.raw`(?:(?:the|their|our|his|her|its|each|every|a|an)\s+(?:[\w'-]+\s+){0,3}?|(?:they|it|he|she|[A-Z][\w'-]+)\s+)`;
/** Verbs of something happening: a start, an opening, an arrival, a departure, a time running out. */
const EVENT_VERB = String.raw`(?:start(?:ed|s)?|open(?:ed|s)?|beg(?:an|ins?)|arriv(?:ed|es?)|came|comes?|clos(?:ed|es?)|finish(?:ed|es)?|end(?:ed|s)?|left|leaves?|land(?:ed|s)?|launch(?:ed|es)?|met|meets?|ran\s+out|runs?\s+out|timed\s+out|times\s+out|woke|wakes?|return(?:ed|s)?|expir(?:ed|es?)|shut|shuts|kick(?:ed|s)?\s+off|went\s+(?:live|out|home)|goes\s+(?:live|out|home)|rolled\s+in|broke|breaks|hit|hits|turn(?:ed|s)?\s+up|show(?:ed|s)?\s+up|sat|sits|went\s+down)`;

const OBLIGATION_BEFORE_EVENT = new RegExp(
  String.raw`\b${OBLIGATION}[^.;!?]{1,90}?\b(?:before|by\s+the\s+time|until|till)\s+(?!(?:I|we)\b)${EVENT_SUBJECT}${EVENT_VERB}\b`,
);

// A cheap first look: every form holds one of these words.
const EVENT_BOUND_WORDS = /\b(?:before|by|until|till|no\s+later\s+than|between|in|within|inside)\b/i;

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const HOUR_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** What may follow a bare hour: a day, a part of the day, or the clause's end ("by 7 on Saturday", "by 9 every day"). */
const AFTER_BARE_HOUR = String.raw`(?=\s+(?:on\b|in\s+the\s+(?:morning|evening|afternoon)|every\b|each\b|that\b|this\b|the\s+next\b|tomorrow|tonight|sharp\b|at\s+night|o'clock)|\s*(?:[.,;:!?)]|$)|\s+(?:so|or|and|because|when|for)\b)`;
/** A point in time (see the head of this module). */
const TIME_POINT = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm|o'clock|h)(?![\w])|\d{1,2}:\d\d\b|(?:noon|midday|midnight|tomorrow|tonight)\b|(?:half|quarter)\s+(?:past\s+|to\s+)?(?:\d{1,2}|${HOUR_WORD})\b|(?:\d{1,2}|${HOUR_WORD})${AFTER_BARE_HOUR}|(?:the\s+|this\s+|next\s+|that\s+)?${WEEKDAY}(?:'s\s+[a-z]+)?\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b|the\s+\d{1,2}(?:st|nd|rd|th)\b|Q[1-4]\b|(?:the\s+)?(?:end|start|beginning|close|middle|last\s+day|first\s+day|last\s+week|first\s+week)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:day|week|month|quarter|year|term|season|shift|play|school\s+year|financial\s+year|${MONTH})\b|end\s+of\s+(?:day|play|business)\b|(?:the\s+)?(?:spring|summer|autumn|winter)\b|the\s+[a-z]+\s+(?:on|at)\s+${WEEKDAY}\b)`;
/** A verb of change before "by" + a number: "rise by 7", "cut costs by 10": a margin, not a time. */
const CHANGE_BEFORE =
  /\b(?:rise|rose|risen|grow|grew|grown|fall|fell|fallen|cut|reduce\w*|increas\w*|decreas\w*|drop\w*|rais\w*|lower\w*|improv\w*|shr[iu]nk\w*|beat|won|win|lost|lose|miss\w*|exceed\w*|went\s+(?:up|down)|go\s+(?:up|down))\s+(?:[\w'-]+\s+){0,3}$/i;
const BY_TIME = String.raw`\b(?:(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:about\s+|around\s+)?${TIME_POINT}|between\s+${TIME_POINT}\s+and\s+${TIME_POINT})`;
const OBLIGATION_BY_TIME = new RegExp(
  String.raw`\b(?:${OBLIGATION}|(?:was|were|is|are)\s+due\b)([^.;!?]{1,90}?)(${BY_TIME})`,
  'gi',
);
const TIME_THEN_OBLIGATION = new RegExp(String.raw`^\W*(${BY_TIME})\s*,?\s+[^.;!?]{0,60}?\b${OBLIGATION}`, 'i');
// A clause break between the obligation and the time: the time belongs to another clause ("had to wait, and by
// Friday it worked").
const CLAUSE_BREAK = /(?:,|;|—|–)\s*(?:so|and|but|then|which|when|while|after)\b/i;

// The writer telling or promising the date ("I told my team that every ticket had to be closed by Friday"): a plan of
// the writer's own, not a limit set on the work (reported-limits.ts reads another party's word).
const WRITER_TOLD =
  /\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:told|asked|reminded|instructed|ordered|promised|said|wrote|decided|set)\b[^.;!?]*$/i;

/** An obligation bounded by a point in time, after it or fronted before it (see above). */
function obligationByTime(v: SentenceView): Cue | undefined {
  const fronted = TIME_THEN_OBLIGATION.exec(v.text);
  if (fronted) return { start: fronted.index, end: fronted.index + fronted[0].length };
  for (const m of v.text.matchAll(OBLIGATION_BY_TIME)) {
    if (CLAUSE_BREAK.test(m[1]) || WRITER_TOLD.test(v.text.slice(0, m.index))) continue;
    const at = m.index + m[0].length - m[2].length;
    if (
      /\bby\s+(?:about\s+|around\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(
        m[2],
      ) &&
      !/[:.]\d\d|[ap]\.?m|o'clock/i.test(m[2]) &&
      CHANGE_BEFORE.test(v.text.slice(0, at))
    )
      continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

// An option the work could not have waited for: "A third lift would not have arrived before February", "We could not
// have trained it properly in three weeks", "tagging won't be finished before July", "There was no way to train it
// within three weeks" (session 39). The negated ability, then a verb of the work arriving or being done (WORK_VERBS, a
// lemma family: "would not start", "would not be known", "could not have asked for a better team" are no limit), then
// a point in time or a span the work had. "without her help" after it makes the negation a thanks, not a limit.
const WORK_VERBS = lemmaSet('signal-work-done-verbs', [
  'arrive',
  'come',
  'deliver',
  'finish',
  'complete',
  'train',
  'build',
  'install',
  'sign',
  'approve',
  'hire',
  'ship',
  'launch',
  'migrate',
  'test',
  'image',
  'fit',
  'replace',
  'translate',
  'tag',
  'do',
  'get',
]);
const NOT_ABLE = String.raw`(?:(?:would|could|will|can)\s+(?:not|never)|wouldn't|couldn't|won't|can't|cannot|(?:was|were|is)\s+(?:no\s+way|not\s+possible|impossible)\s+to|no\s+way\s+(?:to|we\s+could))`;
const READY = /^(?:ready|done|finished|here|there|in\s+place|live|possible)$/i;
const SPAN = String.raw`\b(?:in|within|inside)\s+(?:the\s+|only\s+|just\s+|under\s+)?(?:[\w-]+\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|\d+)\s+(?:days?|weeks?|months?|years?|sprints?|quarters?|hours?)\b`;
const NOT_IN_TIME = new RegExp(
  String.raw`\b${NOT_ABLE}\s+(?:have\s+)?(?:been\s+|be\s+)?([a-z]+(?:\s+(?:in\s+place))?)\b([^.;!?]{0,60}?)(${BY_TIME}|\bin\s+time\s+for\b|${SPAN})`,
  'gi',
);
// The bound fronted: "In time for the first day of term the laptops could never have been imaged".
const IN_TIME_FRONTED = new RegExp(String.raw`^\W*in\s+time\s+for\b[^.;!?]{3,80}?\b${NOT_ABLE}\b`, 'i');

/** An option that could not have been ready by the time the work had (see above). */
function notReadyInTime(v: SentenceView): Cue | undefined {
  const fronted = IN_TIME_FRONTED.exec(v.text);
  if (fronted) return { start: fronted.index, end: fronted.index + fronted[0].length };
  for (const m of v.text.matchAll(NOT_IN_TIME)) {
    const verb = m[1].toLowerCase();
    if (!WORK_VERBS.has(verb) && !READY.test(verb)) continue;
    if (/^\s*without\b/i.test(v.text.slice(m.index + m[0].length))) continue;
    // A span alone bounds the work only in the counterfactual: "could not have trained it in three weeks".
    if (
      /^(?:in|within|inside)\b/i.test(m[3]) &&
      !/\bhave\b|no\s+way/i.test(m[0].slice(0, m[0].length - m[3].length - m[2].length))
    )
      continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** An obligation or a need bounded by another party's event or by a point in time (see above). */
export const obligationBeforeEvent: Finder = (v) =>
  EVENT_BOUND_WORDS.test(v.text)
    ? (match(v, OBLIGATION_BEFORE_EVENT) ?? obligationByTime(v) ?? notReadyInTime(v))
    : undefined;
