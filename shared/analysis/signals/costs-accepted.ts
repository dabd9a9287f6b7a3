// Trade-off (RUBRIC.md: "an accepted cost") told without "vs", "over" or "trade-off": the cost of the writer's
// choice named, and taken on.
//  - a cost clause, then a relative clause that takes it on: "it meant ~50 manual refunds a week, which we
//    accepted", "cost us about £300 more, which I thought was worth it", "doubled the update work, which I took on
//    myself" (a proposal "which the manager accepted" names no cost, and is the manager's assent), or by another
//    party after a loss ("Recall dropped half a point, which the PM agreed was acceptable");
//  - the writer accepting a loss: "built it in a spreadsheet and accepted that only one nurse could edit it",
//    "kept a warm standby and accepted about 15 minutes of failover time", "accepted flatter summaries" (not an
//    offer, a role or feedback accepted);
//  - (the choice named as a gerund, then what it cost — "Printing the medals in two batches cost us £300 more" — is
//    read by consequence-costs.ts since session 39).
// Written from written-stories-20's tuning half and written-stories-19's (session 22); checked on the held-aside
// halves and the figures-only fresh sets.
import { match, type Finder } from './sentence-view';

// Words that say a clause names a cost: more work, money, time, something lost or done by hand.
const COST_WORD = String.raw`(?:cost|costs|meant|meaning|doubled|tripled|added|extra|more|slower|later|longer|fewer|less|lost|losing|lose|manual|by\s+hand|short-staffed|only|gave\s+up|giving\s+up)`;
const TAKEN_ON = new RegExp(
  String.raw`\b${COST_WORD}\b[^.;]{0,80}?,\s*which\s+(?:I|we)\s+(?:\w+ly\s+|all\s+)?(?:accepted|thought\s+was\s+worth\s+it|judged\s+(?:was\s+)?worth\s+it|decided\s+was\s+worth\s+it|(?:was|were)\s+(?:happy|willing|prepared)\s+to\s+(?:pay|take|live\s+with|accept)|could\s+live\s+with|lived\s+with|took\s+on)\b`,
  'i',
);
// The same cost taken on by another party, the taker named in any words: "Recall dropped by less than half a point,
// which the search PM agreed was acceptable", "The steaks arrived a little cooler, which the couple accepted", "…,
// which the head of payments said we can live with". Another's assent names a cost only when the clause before tells a
// loss (a fall, a delay, something slower, colder or fewer): "we shipped more, which the manager accepted" is assent.
const LOSS_WORD = String.raw`(?:dropped|fell|went\s+down|lost|losing|slower|longer|later|cooler|colder|warmer|worse|fewer|less|lower|costs?|extra|delay(?:ed)?|missed)`;
const ACCEPTABLE = String.raw`(?:acceptable|fine|ok|okay|worth\s+it|a\s+fair\s+price)`;
const TAKEN_ON_BY_ANOTHER = new RegExp(
  String.raw`\b${LOSS_WORD}\b[^.;]{0,80}?,\s*which\s+(?!(?:I|we)\b)(?:[\w'’-]+\s+){1,5}?(?:\w+ly\s+)?(?:(?:agreed|said|felt|thought|judged|decided|confirmed)\s+(?:that\s+)?(?:(?:it|this)\s+)?(?:was|is|were|would\s+be)\s+${ACCEPTABLE}|(?:agreed|said|felt|thought|decided|confirmed)\s+(?:that\s+)?(?:we|they|he|she|it)\s+(?:could|can)\s+live\s+with|accepted(?!\s+(?:as|it\s+as)\b)|(?:could|can)\s+live\s+with|signed\s+off|(?:was|were)\s+(?:happy|willing|prepared)\s+to\s+(?:accept|live\s+with))\b`,
  'i',
);
// What the writer accepts as a loss: a clause, an amount, a comparative ("flatter summaries"), not an offer.
const WRITER_ACCEPTED_LOSS =
  /(?:^\W*|\b(?:I|we)\s+(?:[\w'’-]+\s+){0,12}?(?:and\s+)?)(?<!\b(?:they|he|she|who)\s+)accepted\s+(?!(?:the|an?|their|his|her|our|my)\s+(?:offer|role|job|invitation|position|proposal|feedback|changes?|apology|award|place|post|request|terms|invite|challenge|responsibility)\b)(?:that\s+(?:only\s+)?[^.;]{3,}|(?:about|around|roughly|nearly|up\s+to|some)\s+[^.;]{3,}|\d[^.;]{2,}|(?:a\s+|the\s+|some\s+)?(?:slightly\s+)?[a-z]+er\s+[a-z]+)/i;
/**
 * Words in -ing that open no choice: prepositions and pronouns ("during", "nothing"), and repair work ("Fixing the
 * bug cost us two days" is effort, not a road chosen). Shared by choice-costs.ts.
 */
export const NOT_GERUND =
  /^(?:during|nothing|something|anything|everything|morning|evening|according|including|spring|string|thing|king|ring|wing|being|fixing|debugging|investigating|diagnosing|recovering|restoring|repairing|chasing|finding|tracking|getting)$/i;

// The cost told as what the writer accepted doing or losing, or as a hit taken: "and accepted losing two days of
// history", "…, accepting that some context is lost", "i took that hit". A gerund that names no cost ("accepted
// joining the panel") is an offer taken, not a loss; "accepting that" needs the writer's act before it.
const COST_GERUND = String.raw`(?:losing|giving\s+up|dropping|paying|running\s+(?:two|both|a\s+second|the\s+old)|missing|waiting|delaying|skipping|doing\s+(?:it|them|this|that)\s+by\s+hand|having\s+to|keeping\s+(?:two|both|a\s+second|the\s+old))`;
const WRITER_TOOK_COST = new RegExp(
  String.raw`(?:^\W*|\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+)?|^\W*(?:I|we)\b[^.;]{0,160}?,?\s+and\s+(?:also\s+|then\s+)?)accepted\s+${COST_GERUND}\b[^.;]{3,}|^\W*(?:I|we|[A-Z]?[a-z]+ed)\b[^.;]{6,160}?,\s*(?:and\s+)?accepting\s+(?:that\s+[^.;]{3,}|${COST_GERUND}\b)|\b(?:I|we)\s+(?:\w+ly\s+|just\s+)?took\s+(?:that|the|this)\s+(?:\w+\s+)?hit\b`,
  'i',
);

/** An accepted cost: a cost taken on in a relative clause, or a loss the writer accepted. */
export const costAccepted: Finder = (v) => {
  if (
    !/accept|worth\s+it|live\s+with|took\s+on|signed\s+off|willing|happy|prepared|cost|meant|doubled|tripled|added|hit\b/i.test(
      v.text,
    )
  )
    return undefined;
  const taken = match(v, TAKEN_ON) ?? match(v, TAKEN_ON_BY_ANOTHER);
  if (taken) return taken;
  const lost = /accepted/i.test(v.text) ? match(v, WRITER_ACCEPTED_LOSS) : undefined;
  if (lost) return lost;
  return /accept|hit\b/i.test(v.text) ? match(v, WRITER_TOOK_COST) : undefined;
};
