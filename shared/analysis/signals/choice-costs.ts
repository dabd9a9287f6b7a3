// Trade-off (RUBRIC.md: "an accepted cost") told as what the chosen road cost, with the verb "cost" and a subject
// that points back at the choice: "That cost us a day of rework, which I was fine with", "kept one lane free for
// returns, which costs us some throughput", "Batching the writes cost a couple of points of freshness". The shape,
// read on tokens:
// - the verb "cost" whose subject is a demonstrative opening a clause ("That cost …", "…; this cost …"), "which"
//   after a comma (the clause before is the choice), or a gerund phrase opening the sentence ("Dropping the
//   feature cost …");
// - then its object: a person it cost ("us", "me", "the team") or an amount ("a", "some", "about", a number).
// "The outage cost us a day" (a noun subject: the cost of a problem), "GPUs that cost $40k a month" (a relative
// clause on a noun: a price), "Hosting costs fell" ("costs" as a noun) and "it cost …" (as often an incident's cost)
// stay unread.
import { NOT_GERUND } from './costs-accepted';
import { word, type Cue, type Finder, type SentenceView } from './sentence-view';

const COST = /^(?:cost|costs|costing)$/;
// What opens the object of "cost": whom it cost, or how much.
const OBJECT_START =
  /^(?:us|me|them|him|her|the|our|my|their|a|an|some|about|around|roughly|nearly|almost|over|under|at|up|more|less|half|most|part|one|two|three|four|five|six|seven|eight|nine|ten|several|little|\d[\d.,]*%?|[£$€]\d[\d.,]*[kmb]?)$/;
// Nouns in -ing that name a cost line, not a choice: "Hosting costs fell", "Training cost about £3k".
const COST_LINE_NOUN =
  /^(?:hosting|housing|funding|pricing|spending|shipping|parking|training|building|listing|marketing|staffing|licensing|engineering|heating|lighting|catering|clothing|banking|accounting|billing|booking|pending|notwithstanding)$/;

/** A clause opens at token i: the sentence starts there, or a comma, semicolon, dash, "and", "but" or "so" precedes it. */
function clauseOpensAt(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = v.tokens[j];
    if (t.kind === 'symbol')
      return /^[,;:—–(]$/.test(t.text) || j === 0 || v.tokens.slice(0, j).every((x) => x.kind === 'symbol');
    return /^(?:and|but|so|then)$/.test(t.lower);
  }
  return true;
}

/** The verb "cost" at k has a subject that points back at a choice (see above). */
function choiceSubject(v: SentenceView, k: number): boolean {
  const s = word(v, k - 1);
  if (/^(?:that|this)$/.test(s)) return clauseOpensAt(v, k - 1);
  if (s === 'which') return v.tokens[k - 2]?.text === ',';
  const first = v.tokens.findIndex((t) => t.kind === 'word');
  if (first < 0 || first >= k || k - first > 8 || !/^[a-z]{3,}ing$/.test(word(v, first))) return false;
  // Words in -ing that open no choice ("During …", "Fixing the bug …", "Hosting costs fell").
  if (NOT_GERUND.test(word(v, first)) || COST_LINE_NOUN.test(word(v, first))) return false;
  // A gerund phrase opening the sentence, unbroken up to "cost": "Dropping the feature cost …".
  return v.tokens.slice(first, k).every((t) => t.kind !== 'symbol' || t.text === '-');
}

/** What the chosen road cost (see above). */
export const choiceCost: Finder = (v): Cue | undefined => {
  if (!/\bcost/i.test(v.text)) return undefined;
  for (let k = 1; k < v.tokens.length; k++) {
    if (!COST.test(word(v, k)) || !choiceSubject(v, k)) continue;
    const next = v.tokens[k + 1];
    if (!next || !(OBJECT_START.test(next.lower) || next.kind === 'number')) continue;
    return { start: v.tokens[k - 1].start, end: next.end };
  }
  return undefined;
};
