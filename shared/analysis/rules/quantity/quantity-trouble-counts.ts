// A count of troubles over a period is a before value in context or an after value: a metric in any section,
// no scale (RUBRIC-NOTES "Before values in context": "four outages in a quarter", "twelve near-misses in one
// month"; the spent writers label "losing about 30 scheduled trips a week" and "sending back close to 300
// untouched meal trays a day" so, the wasted part read as a trouble, not the place's ongoing volume).
// What makes the count one of troubles is what it hangs on, read in its clause (trouble-clauses.ts):
//   - its head is a noun of trouble (TROUBLE_NOUNS, or a trouble modifier: "missed appointments") and the
//     clause undergoes it, has it as its subject or tells it with no verb ("we had four outages", "two
//     near-misses with live cables that year"), not a planned act on it ("we reviewed 40 complaints a week");
//   - or a verb of a thing going wrong governs it ("was losing about 30 deliveries a week", "about 30
//     deliveries a week were lost").
// And a period bounds it: a rate ("a week"), a span after it ("in one quarter", "during 2024") or one that
// frames its clause ("In one month the night shift recorded five falls", "Each week the depot lost …").
// Refused under a condition, a modal, an allowance, an aim or a negation (a threshold, a limit, a target).
import { isSpace, type Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { periodFrom } from '../figures/zero-over-period';
import { clauseAround, isUnrealClause, type ClauseSpan } from '../figures/trouble-clauses';
import {
  IRREGULAR_STATE_VERBS,
  IRREGULAR_TROUBLE_PASTS,
  IRREGULAR_UNDERGO_VERBS,
  TROUBLE_MODIFIERS,
  TROUBLE_NOUNS,
  TROUBLE_STATES,
  TROUBLE_VERBS,
  UNDERGO_VERBS,
  FINDING_VERBS,
  IRREGULAR_FINDING_VERBS,
} from '../language/lexicon';

/** Words that may stand between a verb and the count it governs: "lost around 30", "had some 5". */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'over',
  'up',
  'to',
  'close',
  'at',
  'least',
  'more',
  'than',
  'only',
  'just',
]);
/** Prepositions a trouble count may hang on as the cause or the time of what followed: "after three outages in a month". */
const TROUBLE_PREPOSITIONS = new Set(['after', 'following']);
/** How far a period may stand after the count: "five falls on the night shift in one month". */
const PERIOD_REACH = 7;

/** The index of the first word ending after offset `start`, searched from index `from` (none before it does). */
function wordAt(words: readonly Token[], start: number, from: number): number {
  let i = from;
  while (i < words.length && words[i].end <= start) i++;
  return i;
}

/** The index of the last word of the quantity. */
function lastWordOf(words: readonly Token[], q: Quantity, first: number): number {
  let k = first;
  while (k + 1 < words.length && words[k + 1].start < q.end) k++;
  return k;
}

/** Whether a word is a verb of a thing going wrong ("lost", "missed", "dropping", "blew" is not). */
function isTroubleVerb(lower: string): boolean {
  return IRREGULAR_TROUBLE_PASTS.has(lower) || TROUBLE_VERBS.has(lower);
}

/** The word before the count, past the approximators ("lost around 30"), within the clause; or -1. */
function governorBefore(words: readonly Token[], first: number, from: number): number {
  let k = first - 1;
  while (k >= from && APPROXIMATORS.has(words[k].lower)) k--;
  return k >= from ? k : -1;
}

/** Whether the count's head is a noun of trouble or carries a trouble modifier ("missed appointments"). */
function troubleHead(q: Quantity): boolean {
  if (q.head !== undefined && TROUBLE_NOUNS.has(q.head)) return true;
  // Word by word between white space (as a split on /\s+/ gives them, without the array and the expression: this
  // runs for every count of every sentence).
  const text = q.text.toLowerCase();
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !isSpace(text.charCodeAt(k))) continue;
    if (k > from && isTroubleWord(text.slice(from, k))) return true;
    from = k + 1;
  }
  return false;
}

/** A trouble state, or a trouble modifier; a hyphenated word's parts are read as modifiers too ("no-show appointments"). */
function isTroubleWord(w: string): boolean {
  if (TROUBLE_STATES.has(w)) return true;
  return w.includes('-') ? w.split('-').some((part) => TROUBLE_MODIFIERS.has(part)) : TROUBLE_MODIFIERS.has(w);
}

/** Whether a word is a verb of finding ("found", "spotted", "discovered"). */
function isFindingVerb(lower: string): boolean {
  return IRREGULAR_FINDING_VERBS.has(lower) || FINDING_VERBS.has(lower);
}

/** Forms of "turn", whose "up" finds ("turned up 70 stale accounts"). */
const TURN = new Set(['turn', 'turns', 'turned', 'turning']);

/** Whether a trouble state follows the count's phrase within a few words: "60 timesheets missing", "8 doors broken". */
function stateAfter(words: readonly Token[], last: number, to: number): boolean {
  for (let k = last + 1; k < to && k <= last + 2; k++) {
    const w = words[k].lower;
    if (TROUBLE_STATES.has(w)) return true;
    // A verb between the count and the state makes the state the verb's manner, not the counted things' state:
    // "Four of us stayed late" is a team acting (claims.test.ts), "120 books missing" a state.
    if (IRREGULAR_STATE_VERBS.has(w) || /ed$/.test(w)) return false;
  }
  return false;
}

/**
 * "We found 70 stale accounts", "the auditor found 60 timesheets missing", "Nine duplicate records were
 * discovered": a count of troubles a finding verb governs, before the count or as its passive after it, is a
 * before value as it stands (RUBRIC-NOTES: "we found 70 stale flags"), with no period.
 */
function troublesFound(q: Quantity, words: readonly Token[], first: number, last: number, span: ClauseSpan): boolean {
  if (!troubleHead(q) && !stateAfter(words, last, span.to)) return false;
  const g = governorBefore(words, first, span.from);
  if (g >= 0 && isFindingVerb(words[g].lower)) return true;
  // "A sweep turned up 70 stale accounts": the phrasal verb of finding.
  // ("up" is read past as in "up to"; the verb before it tells which.)
  if (g >= span.from && TURN.has(words[g].lower) && words[g + 1]?.lower === 'up') return true;
  for (let k = last + 1; k < span.to && k <= last + 4; k++) {
    if (!IRREGULAR_STATE_VERBS.has(words[k].lower)) continue;
    return isFindingVerb(words[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * "60 timesheets were missing", "5 brake lines across the fleet were faulty", "14 drugs had expired": a count
 * that is the subject of a trouble state or a trouble verb (the state of things found) is a before value too;
 * so is one a trouble state follows with no verb ("11 kids missing from the list").
 */
function subjectInTrouble(words: readonly Token[], first: number, last: number, span: ClauseSpan): boolean {
  // The subject opens its clause, or follows "that" after a verb of finding or saying ("found that 11 pupils were …").
  const g = governorBefore(words, first, span.from);
  if (g >= 0 && words[g].lower !== 'that') return false;
  // "11 kids missing from the list", "Stocktake: 120 books missing": the state told with no verb.
  if (stateAfter(words, last, span.to)) return true;
  for (let k = last + 1; k < span.to && k <= last + 5; k++) {
    const w = words[k].lower;
    // "were missing", "had expired", "turned out to be missing".
    if (!IRREGULAR_STATE_VERBS.has(w) && w !== 'be' && w !== 'had' && w !== 'has' && w !== 'have') continue;
    const next = words[k + 1]?.lower ?? '';
    return TROUBLE_STATES.has(next) || isTroubleVerb(next);
  }
  return false;
}

/**
 * Whether the troubles counted are undergone, the subject or verbless: nothing but the clause's start, a verb
 * of undergoing or "there were" before the count ("we had four outages", "Five falls on the night shift …").
 */
function undergoneOrSubject(words: readonly Token[], first: number, span: ClauseSpan): boolean {
  const g = governorBefore(words, first, span.from);
  if (g < 0) return true;
  const w = words[g].lower;
  if (IRREGULAR_UNDERGO_VERBS.has(w) || UNDERGO_VERBS.has(w) || TROUBLE_PREPOSITIONS.has(w)) return true;
  return (w === 'were' || w === 'was') && words[g - 1]?.lower === 'there';
}

/** Whether a verb of trouble governs the count: before it ("was losing 30") or as its passive ("30 … were lost"). */
function troubleGoverned(words: readonly Token[], first: number, last: number, span: ClauseSpan): boolean {
  const g = governorBefore(words, first, span.from);
  if (g >= 0 && isTroubleVerb(words[g].lower)) return true;
  // "About 30 deliveries a week were lost", "Three filing deadlines were missed": a passive right after the phrase.
  for (let k = last + 1; k < span.to && k <= last + 4; k++) {
    if (!IRREGULAR_STATE_VERBS.has(words[k].lower)) continue;
    return isTroubleVerb(words[k + 1]?.lower ?? '');
  }
  return false;
}

/** Words of a share's whole after its part: "9 of my 26 students", "two of the four vans". */
const WHOLE_WORDS = new Set(['of', 'my', 'our', 'the', 'their', 'his', 'her', 'them', 'us', 'these', 'those']);

/**
 * Whether the part of a share is the subject of a trouble verb: "9 of my 26 A-level students failed", "two of
 * the four vans broke down". The verb follows the whole's phrase (the count's own when the reader took it in),
 * with at most an auxiliary before it.
 */
function troubleSubject(words: readonly Token[], last: number, span: ClauseSpan): boolean {
  for (let k = last + 1; k < span.to && k <= last + 7; k++) {
    const w = words[k].lower;
    if (isTroubleVerb(w)) return true;
    if (IRREGULAR_STATE_VERBS.has(w) || w === 'had' || w === 'have') continue;
    if (!WHOLE_WORDS.has(w) && (/ed$/.test(w) || /ing$/.test(w))) return false;
  }
  return false;
}

/** Whether a period bounds the count: a rate, a span after it, or a period opening its clause. */
function bounded(q: Quantity, words: readonly Token[], last: number, span: ClauseSpan): boolean {
  if (q.perTime) return true;
  // "missed three sprint commitments in a row": a streak bounds the count as a period does.
  for (let k = last + 1; k + 2 < span.to && k <= last + PERIOD_REACH; k++)
    if (words[k].lower === 'in' && words[k + 1].lower === 'a' && words[k + 2].lower === 'row') return true;
  for (let k = last + 1; k < span.to && k <= last + PERIOD_REACH; k++) if (periodFrom(words, k, span.to)) return true;
  for (let k = span.from; k < last; k++) if (periodFrom(words, k, span.to)) return true;
  return false;
}

/**
 * A cheap precondition of every reading in isTroubleCount, checked before its clause is read: a trouble head, a
 * trouble verb governing the count from before (bounding it by the clause later only narrows this), or a trouble
 * verb or state among the seven words after it (the farthest any reading looks, troubleSubject's reach).
 */
function troubleNear(q: Quantity, words: readonly Token[], first: number, last: number): boolean {
  const g = governorBefore(words, first, 0);
  if (g >= 0 && isTroubleVerb(words[g].lower)) return true;
  for (let k = last + 1; k < words.length && k <= last + 7; k++) {
    const w = words[k];
    // isTroubleVerb with the lemma list's answer kept in the word's facts: this runs for every count.
    if (IRREGULAR_TROUBLE_PASTS.has(w.lower) || TROUBLE_VERBS.hasWord(w) || TROUBLE_STATES.has(w.lower)) return true;
  }
  return troubleHead(q);
}

/** Whether quantity `q`, a count, counts troubles over a period in its clause (see the file comment). */
function isTroubleCount(q: Quantity, tokens: readonly Token[], words: readonly Token[], first: number): boolean {
  if (q.kind !== 'count' && q.kind !== 'magnitude') return false;
  if (q.change || q.fromTo || q.range) return false;
  if (first >= words.length) return false;
  const last = lastWordOf(words, q, first);
  // Reading the clause is the costly part and most counts have no trouble word near them: every reading below
  // needs a trouble head, a trouble verb before the count, or a trouble verb or state within seven words after.
  if (!troubleNear(q, words, first, last)) return false;
  const span = clauseAround(tokens, words, first);
  if (isUnrealClause(words, span, first)) return false;
  // "9 of my 26 students failed the mock": a share of a whole the trouble befell is a before value as it stands.
  const share = q.partitive === true || / of /i.test(q.text) || words[last + 1]?.lower === 'of';
  if (share && troubleSubject(words, last, span)) return true;
  if (troublesFound(q, words, first, last, span) || subjectInTrouble(words, first, last, span)) return true;
  const troubles =
    (troubleHead(q) && undergoneOrSubject(words, first, span)) || troubleGoverned(words, first, last, span);
  return troubles && bounded(q, words, last, span);
}

/** More quantities than this in one sentence are a table or a list, not a trouble told. */
const MAX_COUNTS = 24;

/** Marks the counts of troubles over a period among `quantities` (`trouble`: a metric, no scale). */
export function markTroubleCounts(quantities: readonly Quantity[], tokens: readonly Token[]): void {
  // Each count's reading walks its whole clause, so a "sentence" of hundreds of counts (a pasted table, a
  // hostile paste: fuzz.test.ts) would cost counts × clause length. No told trouble holds that many counts.
  if (quantities.length > MAX_COUNTS) return;
  let words: Token[] | undefined;
  // The count's first word, found by walking on from the last count's (quantities come in text order), not by a
  // search from the sentence's start per count: that was quadratic on a line of thousands of numbers ("9 9 9 …").
  let first = 0;
  let lastStart = -1;
  for (const q of quantities) {
    if (q.kind !== 'count' && q.kind !== 'magnitude') continue;
    words ??= tokens.filter((t) => t.kind !== 'symbol');
    if (q.start < lastStart) first = 0;
    lastStart = q.start;
    first = wordAt(words, q.start, first);
    if (isTroubleCount(q, tokens, words, first)) q.trouble = true;
  }
}
