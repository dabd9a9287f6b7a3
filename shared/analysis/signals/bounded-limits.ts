// Constraint (RUBRIC.md): limits told as a bound on the work with any verb, where the older finders
// hold closed verb lists ("had to stay under", "could only get"). Each class reads one clause shape:
//  - an obligation whose clause carries a bound: "had to answer in under a second", "was told to bring
//    first-reply time under two minutes", "must respond within 200 ms", "unless we shipped it by March";
//  - a capacity told as "could only" + a verb ("the dock could only take 6 trucks", "the bootloader could
//    only read uncompressed images"), or a holder that "only kept 30 days of history" (not "only had": "only had two
//    incidents" is a result);
//  - a time box as a note fragment: "3 months to ship", "— six weeks to move 40 services";
//  - a thing too big for the hardware: "256 KB of flash and the feature did not fit";
//  - a resource told as a fact with "only" or "just" bounding its count: "we only had two GPUs", "We just had one van
//    that week", "Only two of us were trained on the pumps", "the hall was only free on Thursdays", and money whose
//    cover is counted: "the grant covered one engineer for a year" (not a result counted: "only had two incidents");
//  - a deadline met, told as the date or day of something else: "went live on the day the new policy started",
//    "the partner launch went out on the date", "shipped on the day of the quarterly review" (session 19).
// Written from the session-18 recall kinds (ERROR-KINDS-S18-RECALL.md) and written-stories-12's tuning half.
import { match, type Finder } from './sentence-view';

const NUM = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|a\s+few|a\s+couple\s+of|half\s+an?|\d+(?:[.,]\d+)?)`;
// Units a bound is given in: time (seconds to years), size, share, money after the number.
const UNIT = String.raw`(?:%|(?:seconds?|secs?|s|ms|milliseconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|sprints?|years?|percent|KB|MB|GB|TB)\b)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])`;
const OBLIGATION = String.raw`(?:had\s+to|has\s+to|have\s+to|needed\s+to|needs\s+to|must|(?:was|were|am|is|are)\s+(?:told|asked|required|expected|supposed|meant)\s+to|unless)`;
const BOUND = String.raw`(?:in\s+(?:just\s+|only\s+)?(?:under|less\s+than)|in|within|under|below|inside|less\s+than|no\s+more\s+than|at\s+most|no\s+later\s+than)`;

/** An obligation whose own clause carries a bound: "had to answer in under a second". */
const BOUNDED_OBLIGATION = new RegExp(
  String.raw`\b${OBLIGATION}\s+[^.;:,]{0,60}?\b${BOUND}\s+(?:about\s+|roughly\s+|around\s+)?(?:[$£€]\s?\d[\d.,]*[kmb]?\b|${NUM}\s*${UNIT})|\b${OBLIGATION}\s+[^.;:,]{0,60}?\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?${MONTH}\b`,
  'i',
);
// Verbs after "could only" that say what the writer thought or felt, not what a thing could hold or do.
const NOT_CAPACITY =
  /^(?:guess|hope|wait|watch|imagine|assume|speculate|think|wonder|laugh|stand|say|tell|apologi[sz]e|suspect|dream)$/i;
const COULD_ONLY =
  /\b(?:could|can|was\s+able\s+to|were\s+able\s+to)\s+only\s+(?:ever\s+|really\s+)?([a-z]+)\b|\bonly\s+(?:kept|keeps|covered|covers|held|holds|stored|stores|supported|supports|allowed|allows|accepted|accepts|seated|seats|fitted|fits|served|serves|handled|handles|retained|retains|exposed|exposes)\s+(?:[\w-]+\s+){0,3}?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+single|a\s+few)\b(?![^.;]{0,20}\b(?:failures?|incidents?|errors?|complaints?|bugs?|outages?|defects?|issues?)\b)/i;
/** "could only" + a verb of holding or doing, or a holder that "only kept 30 days". */
const capacityOnly: Finder = (v) => {
  const m = COULD_ONLY.exec(v.text);
  if (!m || (m[1] && NOT_CAPACITY.test(m[1]))) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};

// Counts, without "a"/"an": "just had a baby" and "only had a look" count nothing.
const COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|a\s+single|a\s+handful\s+of|a\s+few|half\s+(?:a|the)|\d+(?:[.,]\d+)?)`;
// What a count held must name to bound the work: people who do it, the kit, rooms or vehicles it runs on, or time.
// Anything else counted is as often a result met ("we had only two disputes", "only had three complaints").
const HELD_HEAD =
  /^(?:engineers?|developers?|people|staff|nurses?|doctors?|midwives|teachers?|drivers?|technicians?|volunteers?|hands|workers?|cooks?|chefs?|pickers?|cleaners?|housekeepers?|carers?|analysts?|testers?|designers?|GPUs?|CPUs?|TPUs?|servers?|machines?|nodes?|vans?|trucks?|lorries|cars?|buses|boats?|rooms?|beds?|desks?|laptops?|tablets?|printers?|licen[cs]es?|seats?|slots?|lanes?|docks?|ovens?|hobs?|fridges?|tractors?|forklifts?|days?|weeks?|hours?|months?|evenings?|afternoons?|mornings?|shifts?)$/i;
const RESULT_TIME =
  /\b(?:(?:the|that|this|in\s+the)\s+(?:first|second|next|last|whole)\s+(?:week|month|quarter|year|term|season)|since\s+(?:launch|then|the)|after\s+(?:launch|the\s+(?:launch|change|switch|rollout)))\b/i;
const HELD_COUNT = new RegExp(
  String.raw`\b(?:(?:only|just)\s+(?:had|have|has|got|owned|kept)|(?:had|have|has|got)\s+(?:only|just))\s+(?:about\s+|around\s+|roughly\s+)?${COUNT}\s+((?:[\w-]+\s+){0,2}[\w-]+)\b|^\W*(?:only|just)\s+${COUNT}\s+of\s+(?:us|them|the\s+[\w-]+|our\s+[\w-]+)\s+(?:were|was|could|had|knew|spoke|did|worked|held)\b|\b(?:was|were|is|are)\s+only\s+(?:free|open|available|staffed|bookable|there|on\s+site|in\s+the\s+office|running)\s+(?:on|at|in|for|until|between|from|during|twice|once|two|three|\d)\b|\b(?:(?:had|have|has)\s+no|with\s+no)\s+(?:spare|extra|free|additional)\s+[\w-]+|\b(?:only|just)\s+had\s+(?:labels|data|history|records|logs)\b|\b(?:grant|funding|budget|money|donation|allowance|sponsorship)\b[^.;,]{0,30}?\b(?:covered|paid\s+for|funded|stretched\s+to)\s+(?:only\s+)?${COUNT}\s+(?:[\w-]+\s+){0,2}?(?:for|of)\s+(?:a|an|one|two|three|six|\d+)\s+(?:years?|months?|weeks?|terms?|seasons?|days?)\b`,
  'i',
);
/**
 * A resource held or open, its count bounded by "only"/"just" (people, kit or time, not a result counted), a spare
 * resource nobody had, or money's cover counted (see the head of this module).
 */
const heldCount: Finder = (v) => {
  if (!/\b(?:only|just|no|covered|paid\s+for|funded|stretched)\b/i.test(v.text)) return undefined;
  const m = HELD_COUNT.exec(v.text);
  if (!m) return undefined;
  // A count after a time of use ("The first month on the new report we had only two disputes") is a result.
  if (RESULT_TIME.test(v.text.slice(0, m.index))) return undefined;
  // The thing counted, up to three words after the count ("only had two old vans"), must be held for the work.
  if (m[1] !== undefined && !m[1].split(/\s+/).some((w) => HELD_HEAD.test(w))) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};

/** A time box as a note fragment, opening its clause: "3 months to ship", "; two weeks to move 40 services". */
const FRAGMENT_TIME_BOX = new RegExp(
  String.raw`(?:^|[,:;—–(]\s*|\s-\s)(?:only\s+|just\s+)?${NUM}\s+(?:minutes?|hours?|days?|weeks?|months?|quarters?|sprints?)\s+(?:left\s+)?to\s+(?:ship|launch|deliver|build|finish|migrate|move|go\s+live|hire|train|open|fix|prepare|complete|rebuild|replace|roll\s+out|get|make|cut|close|land|do)\b`,
  'i',
);

/** Something too big for the hardware it had to run on. */
const DID_NOT_FIT =
  /\b(?:KB|MB|GB|TB|flash|memory|RAM|VRAM|disk|storage)\b[^.;]{0,60}\b(?:did\s+not|didn't|would\s+not|wouldn't|could\s+not|couldn't|does\s+not|doesn't)\s+fit\b|\b(?:did\s+not|didn't|would\s+not|wouldn't|could\s+not|couldn't)\s+fit\s+(?:in|on|into|within)\s+(?:the\s+|our\s+|its\s+)?(?:\d[\d.,]*\s*(?:KB|MB|GB|TB)|memory|RAM|VRAM|flash|disk|the\s+device|one\s+(?:GPU|machine|node|server))\b/i;

/** A launch on the date or day something else set: a deadline met, told without the word (like "on time"). */
const ON_THE_DATE =
  /\b(?:went\s+(?:out|live)|go(?:es)?\s+live|(?<!\b(?:I|he|she|we|they)\s)(?:was|were|is|are)\s+(?:live|out|ready|in\s+place)|launched|shipped|opened|released|delivered|landed|switched\s+on)\s+(?:\w+\s+){0,2}?on\s+the\s+(?:same\s+|agreed\s+|planned\s+|promised\s+)?(?:date|day)\b(?!\s+(?:after|before|off|one|two|three)\b)(?=\s*(?:[.;,!]|$)|\s+(?:of|the|that|when|we|our|it|they|its|their|term|school|[a-z]+\s+(?:started|opened|began|launched|went|switched|came)))/i;

// A cheap first look for the date finder.
const ON_THE_DATE_WORDS = /\bon\s+the\s+(?:\w+\s+)?(?:date|day)\b/i;

/** The bound finders, tried in order. */
export const BOUNDED_LIMITS: readonly Finder[] = [
  (v) => match(v, BOUNDED_OBLIGATION),
  capacityOnly,
  heldCount,
  (v) => match(v, FRAGMENT_TIME_BOX),
  (v) => match(v, DID_NOT_FIT),
  (v) => (ON_THE_DATE_WORDS.test(v.text) ? match(v, ON_THE_DATE) : undefined),
];
