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
import { match, type Finder } from './sentence-view';

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
const EVENT_BOUND_WORDS = /\b(?:before|by\s+the\s+time|until|till)\b/i;

/** An obligation or a need bounded by another party's event (see above). */
export const obligationBeforeEvent: Finder = (v) =>
  EVENT_BOUND_WORDS.test(v.text) ? match(v, OBLIGATION_BEFORE_EVENT) : undefined;
