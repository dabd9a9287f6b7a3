// A count of none over a period: "not one stockout in Q4", "zero payroll reruns since go-live", "no
// falls on the ward in the six months after", "no overnight pages for three straight weeks".
// RUBRIC.md counts zero counts as metrics (and usually outcomes) whatever is counted; the list of
// problems a bare "no" counts (NEGATED_PROBLEMS) misses most of what new writers count, so this reads
// the shape instead: an explicit count of none ("zero", "not one", "not a single"), or "no" before a
// plural or trouble-marked noun, followed by the period the count runs over (a unit of time, a named
// quarter or season, a year, "since …"). What the work lacked ("no budget", "no analyst for the
// first quarter", "no experience") has no plural or trouble mark, or no period: no count. The set of
// the writer's items the count runs over stands for a period ("no callbacks on any of them"), and
// "without" a trouble counts none when a period stands before it ("went the whole winter without a
// missed dose").
import type { Token } from '../language/tokenize';
import {
  CALENDAR_STRETCHES,
  MONTH_NAMES,
  NEGATED_PROBLEMS,
  PERIOD_RATES,
  TROUBLE_MODIFIERS,
  lemmaSet,
} from '../language/lexicon';
import { TROUBLE_EVENTS } from '../outcomes/none-since-outcomes';
import { addCue, type CueRule } from '../outcomes/outcome-scan';
import { negationPicksItems } from '../quantity/quantity-thresholds';

/** Prepositions that open the period a count runs over. */
const PERIOD_LEADS = new Set(['in', 'over', 'for', 'across', 'during', 'throughout', 'within', 'through']);
/** Words that open a named period: "that term", "all winter", "the whole quarter". */
const PERIOD_DETERMINERS = new Set(['that', 'this', 'last', 'all', 'each', 'every']);
/** Words that end the counted noun phrase. */
const PHRASE_ENDS = new Set([
  'in',
  'over',
  'for',
  'across',
  'during',
  'throughout',
  'within',
  'through',
  'since',
  'that',
  'this',
  'last',
  'all',
  'on',
  'at',
  'of',
  'from',
  'to',
  'and',
  'or',
  'but',
  'after',
  'before',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'with',
  'by',
]);

/** Possessives of the writer's own time in a post: "in my tenure", "during our time". */
const OWN_TIME_OWNERS = new Set(['my', 'our']);
/** Nouns of a time in a post. */
const OWN_TIME = new Set(['tenure', 'time', 'watch', 'stint']);

/** Is the word a unit or a named stretch of time ("months", "Q3", "2023", "winter", "March")? */
export function isPeriodWord(w: Token): boolean {
  const l = w.lower;
  // Plurals of either ("in the two seasons since", "over three holidays").
  const single = l.replace(/s$/, '');
  if (PERIOD_RATES.has(l) || PERIOD_RATES.has(single) || CALENDAR_STRETCHES.has(l) || CALENDAR_STRETCHES.has(single))
    return true;
  // A month named in full and capitalized ("in March", "over May"; "may" alone is a modal). Abbreviations ("Mar",
  // "Sep") are left out: they date resume lines and headers, where no count of none is told.
  if (MONTH_NAMES.has(l) && /^[A-Z]/.test(w.text)) return true;
  return /^(q[1-4]|h[12]|(19|20)\d\d)$/.test(l);
}

/** A period within a few words from `k` (and before `end`): "in the six months after", "since go-live", "that term", "all winter". */
export function periodFrom(words: readonly Token[], k: number, end = words.length): boolean {
  const lead = words[k]?.lower;
  if (lead === undefined) return false;
  // "since launch", "since March", "since the cutover": the time after a point.
  if (lead === 'since') return k + 1 < end;
  if (!PERIOD_LEADS.has(lead) && !PERIOD_DETERMINERS.has(lead)) return false;
  // "in my tenure", "during our time as owners": the writer's own time in the post is the period of the work.
  if (OWN_TIME_OWNERS.has(words[k + 1]?.lower ?? '') && OWN_TIME.has(words[k + 2]?.lower ?? '')) return k + 2 < end;
  for (let j = k + 1; j < end && j <= k + 5; j++) {
    if (isPeriodWord(words[j])) return true;
    if (PERIOD_LEADS.has(words[j].lower)) return false;
  }
  return false;
}

/** Words that pick every item of the writer's work: "on any of them", "across all the installs", "in each of the homes". */
const SCOPE_PICKS = new Set(['any', 'all', 'every', 'each', 'either']);
/** Prepositions that open such a scope. */
const SCOPE_LEADS = new Set(['on', 'in', 'across', 'for', 'from', 'among', 'at', 'over']);

/**
 * "no callbacks on any of them", "not one defect across all 40 units": the set of things the count of
 * none runs over stands where a period would (what the work produced, each item counted once).
 */
function scopeFrom(words: readonly Token[], k: number): boolean {
  return SCOPE_LEADS.has(words[k]?.lower ?? '') && SCOPE_PICKS.has(words[k + 1]?.lower ?? '');
}

/** Words before "without" read for its period: "went the whole winter without", "ran 18 months without". */
const WITHOUT_PERIOD_REACH = 5;

/** A period told just before "without" at `i`: a named stretch or unit of time, or a phrase that opens one. */
function periodBefore(words: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - WITHOUT_PERIOD_REACH); k < i; k++)
    if (isPeriodWord(words[k]) || periodFrom(words, k, i)) return true;
  return false;
}

/** Is the noun a plural count ("stockouts", "P1s", "falls") rather than a mass or single thing ("budget", "access")? */
function isPluralCount(lower: string): boolean {
  return /[a-z0-9]s$/.test(lower) && !/(ss|us|is)$/.test(lower);
}

/** The index just past the counted noun phrase opening at `k`, and whether it counts (a plural, a trouble). */
function countedPhrase(words: readonly Token[], k: number, explicit: boolean): { end: number; counts: boolean } {
  let end = k;
  while (end < words.length && end < k + 4 && !PHRASE_ENDS.has(words[end].lower)) end++;
  if (end === k) return { end, counts: false };
  const head = words[end - 1].lower;
  const troubled = words.slice(k, end - 1).some((w) => TROUBLE_MODIFIERS.has(w.lower.split('-')[0]));
  return { end, counts: explicit || isPluralCount(head) || troubled || NEGATED_PROBLEMS.has(head) };
}

/** Verbs of a trouble undergone, whose gerund after "without" counts its object: "without missing a dose". */
const TROUBLE_ACTS = lemmaSet('without-trouble-acts', ['miss', 'lose', 'drop', 'breach', 'spill', 'fall']);

/** Where the counted noun of a count of none starts, and whether the count is explicit ("zero", "not one"). */
function noneAt(words: readonly Token[], i: number): { start: number; explicit: boolean } | undefined {
  const lower = words[i].lower;
  const next = words[i + 1]?.lower;
  // A digit zero is the word zero ("we have 0 open accounts", "— 0 upheld"), as number-typography.ts
  // reads other figures whatever their spelling.
  // "still not zero": a zero denied counts nothing.
  if ((lower === 'zero' || lower === '0') && next !== undefined && words[i - 1]?.lower !== 'not')
    return { start: i + 1, explicit: true };
  if (lower === 'no' && next !== undefined && next !== 'one' && next !== 'longer')
    return { start: i + 1, explicit: false };
  // "went the whole winter without a missed dose", "six months without a single fall": "without" and
  // one of a thing; a plain "a" counts only a trouble or a plural (countedPhrase), so "without a plan" does not.
  if (lower === 'without') {
    // "three years without failing an audit", "a winter without losing a single lamb": the gerund of a
    // trouble done or undergone, then one of a thing, is the same count with its verb told.
    const gerund = next !== undefined && next.endsWith('ing') ? words[i + 1] : undefined;
    if (gerund !== undefined && (TROUBLE_EVENTS.has(gerund.lower) || TROUBLE_ACTS.has(gerund.lower))) {
      const det = words[i + 2]?.lower;
      if (det === 'a' && words[i + 3]?.lower === 'single') return { start: i + 4, explicit: true };
      return det === 'a' || det === 'an' || det === 'one' || det === 'any'
        ? { start: i + 3, explicit: true }
        : undefined;
    }
    if (next === 'a' && words[i + 2]?.lower === 'single') return { start: i + 3, explicit: true };
    if (next === 'one' || next === 'any') return { start: i + 2, explicit: true };
    if (next === 'a' || next === 'an') return { start: i + 2, explicit: false };
    return undefined;
  }
  if (lower !== 'not') return undefined;
  if (next === 'one') return { start: i + 2, explicit: true };
  if (next === 'a' && words[i + 2]?.lower === 'single') return { start: i + 3, explicit: true };
  return undefined;
}

/** A count of none over a period (see the file comment): a state outcome that is a count of none. */
export const ZERO_OVER_PERIOD_RULE: CueRule = {
  name: 'zero-over-period',
  words: ['no', 'zero', '0', 'not', 'without'],
  match({ tokens, words, cues, i, w, periodGiven }) {
    const none = noneAt(words, i);
    // "zero-touch onboarding", "zero-trust network": a kind of thing, no count.
    if (none === undefined || tokens.some((t) => t.start === w.end && t.text === '-')) return false;
    const phrase = countedPhrase(words, none.start, none.explicit);
    if (!phrase.counts) return false;
    // "archived every channel with no messages for 90 days": the none picks the items the work took up
    // (an inactivity pick, quantity-thresholds.ts), it counts no result. Read after the counted phrase,
    // which most "no"s lack, so the token search runs only on a count.
    if (negationPicksItems(tokens, tokens.indexOf(w))) return false;
    // The period opens the sentence ("Since go-live, no invoices went out late") or follows the phrase,
    // past a place ("on the ward", "at the depot") of up to four words.
    // "Without" tells the manner ("without a missed deadline") unless a period stands right before it.
    // In a Result the section gives the period (CueScan.periodGiven); "without" still tells a manner there.
    let found =
      (periodGiven === true && w.lower !== 'without') ||
      (i > 0 && (w.lower === 'without' ? periodBefore(words, i) : periodFrom(words, 0, i)));
    for (let k = phrase.end; k < words.length && k <= phrase.end + 4 && !found; k++)
      found = periodFrom(words, k) || scopeFrom(words, k);
    if (!found) return false;
    addCue(cues, w, words[phrase.end - 1], 'state');
    cues[cues.length - 1].zeroCount = true;
    return true;
  },
};
