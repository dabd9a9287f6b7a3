// Constraint (RUBRIC.md: "a real limit the work had to respect", a deadline, a rule set by someone else) told as
// another party's word rather than as the writer's own "had to", read by its frame, whatever the party and the verb:
// - a party TELLING a rule: "In January the council told us that from September every route had to be run with
//   low-emission buses", "Compliance told us that from 1 March every payment over 500 euros needed a second factor":
//   a verb of telling or ruling (told, informed, warned, made clear, ruled, decided, announced …) whose complement is
//   an obligation or a prohibition with a scope, a date or every case. Information told ("told us the depot would
//   open in spring", "told me the board liked the plan") has no obligation in it and is not read;
// - a party PROMISING the work to a third party by a date: "their head had already promised the board a launch in
//   the autumn", "The head had told the governors it would be in every year group by Easter", "the client had fixed
//   with the buyer that the data room closes on 15 November": the promise binds the writer's work. A promise made to
//   the writer ("promised us new batteries by Friday") is a dependency, not a limit, and is not read;
// - a date with no slack after it: "the old nodes were out of warranty at the end of the month so there was no
//   slipping it", "the old paper charts would be taken away at the end of June, so there was no going back": a date
//   and a consequence that denies moving it.
// The writer's own word ("I told the board it would be live by June", "I set the date") is a plan, not a limit set by
// another, and is not read. A demand told with no verb of telling ("the Bank of Spain rules asked that every refusal
// …", "their contract says four-hour response") is read by its frame in party-demands.ts.
import { partyDemand } from './party-demands';
import { match, type Cue, type Finder, type SentenceView } from './sentence-view';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/** A point or a period on the calendar: "September", "15 November", "the autumn term", "the end of the month". */
const WHEN = String.raw`(?:(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b|(?:spring|summer|autumn|fall|winter|Christmas|Easter|half[- ]term)\b(?:\s+term\b)?|(?:financial|school|academic|calendar|tax)\s+year\b|(?:next|this|that|the\s+following)\s+(?:week|month|quarter|year|term|season|spring|summer|autumn|winter)\b|(?:first|second|third|fourth|last|final)\s+(?:quarter|half|week|month|term)\b|Q[1-4]\b|(?:19|20)\d\d\b|(?:month|year|quarter|term|week)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))`;
/** A time scope: a preposition and a point or period on the calendar ("from September", "by Easter"). */
const SCOPE_DATE = String.raw`\b(?:by|before|in|from|until|till|on|at|after)\s+${WHEN}`;
/** A scope over every case: "every route", "all payments", "no customer data". */
const SCOPE_ALL = String.raw`\b(?:every|each|all|any|no)\s+[\w-]+`;

/** An obligation or a prohibition in the told complement. */
const OBLIGED = String.raw`\b(?:had\s+to|has\s+to|have\s+to|must|needed(?:\s+to)?|needs(?:\s+to)?|would\s+(?:have\s+to|need)|(?:was|were|is|are)\s+(?:required|obliged|not\s+(?:allowed|permitted)|to\s+be)|could\s+(?:only|not)|couldn't|cannot|can't|no\s+later\s+than|(?:was|were)\s+due)\b`;

/** Telling or ruling, the complement after the recipient: "told us that", "made clear to the board that", "ruled that". */
const TELLING = String.raw`\b(?:told|informed|warned|reminded|notified|instructed|made\s+(?:it\s+)?clear(?:\s+to\s+[\w-]+(?:\s+[\w-]+)?)?|announced|ruled|decided|confirmed|said)\b`;
/** Promising the work to someone: "promised the board", "had fixed with the buyer that", "had told the governors". */
const PROMISING = String.raw`\b(?:promised|committed|guaranteed|assured|pledged|(?:had\s+)?(?:fixed|agreed|settled)\s+with\s+(?:the\s+|their\s+|our\s+)?[\w-]+|told\s+(?:the\s+|their\s+|our\s+)?(?:board|governors|client|clients|customer|customers|minister|ministers|regulator|investors|parents|trustees|council|mayor|press|shareholders|funders?|CEO|executive\s+team))\b`;

/** Who is told: "us", "the drivers", "our team", "everyone". */
const RECIPIENT = String.raw`(?:(?:us|me|them|him|her|everyone|everybody|all\s+(?:of\s+)?(?:us|the\s+[\w-]+|[\w-]+)|(?:the|our|their|its|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?`;

const TOLD_RULE = new RegExp(String.raw`${TELLING}\s+${RECIPIENT}(?:that\s+)?([^.;!?]{5,200})`, 'gi');
const PROMISED = new RegExp(String.raw`${PROMISING}\s+(?!(?:us|me)\b)([^.;!?]{3,160})`, 'gi');

// The writer, or "you", as the teller or promiser: a plan of the writer's own, not a limit set by another.
const WRITER_BEFORE = /\b(?:I|we|you)\s+(?:\w+\s+){0,2}$/i;

/** A told complement that is a rule: an obligation with a date or every case in scope. */
function isRule(complement: string): boolean {
  return (
    new RegExp(OBLIGED, 'i').test(complement) &&
    (new RegExp(SCOPE_DATE, 'i').test(complement) || new RegExp(SCOPE_ALL, 'i').test(complement))
  );
}

/** A rule or a promise told by another party (see above), the span from the verb to the end of its complement. */
function toldByAnother(v: SentenceView): Cue | undefined {
  for (const [pattern, bound] of [
    [TOLD_RULE, isRule],
    [PROMISED, (c: string) => new RegExp(SCOPE_DATE, 'i').test(c)],
  ] as const) {
    pattern.lastIndex = 0;
    for (const m of v.text.matchAll(pattern)) {
      if (WRITER_BEFORE.test(v.text.slice(0, m.index))) continue;
      if (bound(m[1])) return { start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}

/** A consequence that denies moving a date: "so there was no slipping it", "so we could not ask for more time". */
const NO_SLACK = new RegExp(
  String.raw`(?:${SCOPE_DATE}|\b(?:going\s+)?out\s+of\s+(?:support|warranty|service|maintenance)\s+(?:${WHEN}))[^.;]{0,60}?(?:,|\s)\s*(?:so|which\s+meant|and)\s+(?:there\s+(?:was|were)\s+no\s+(?:slipping|slip|slack|delaying|delay|moving\s+it|going\s+back|extension|more\s+time|room\s+to\s+(?:slip|move|delay))|(?:we|I)\s+(?:could(?:\s+not|n't)|can(?:not|'t))\s+(?:slip|delay|postpone|move|push\s+(?:it|the\s+date)|extend|wait|ask\s+for\s+(?:more\s+time|an\s+extension)))\b`,
  'i',
);

const WORDS =
  /told|inform|warn|remind|notif|instruct|clear|announc|ruled|decided|confirm|said|promis|commit|guarant|assur|pledg|fixed|agreed|settled|slip|slack|delay|going\s+back|more\s+time|extension|postpone/i;

/**
 * Constraint: a rule or a promise told by another party, a date with no slack after it (see above), or a party's or a
 * rule's demand told with no verb of telling (party-demands.ts).
 */
export const reportedLimit: Finder = (v) =>
  (WORDS.test(v.text) ? (toldByAnother(v) ?? match(v, NO_SLACK)) : undefined) ?? partyDemand(v);
