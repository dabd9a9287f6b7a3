// Numbers that name, date or label a thing rather than count or measure it: "Phase 2", "room 7b",
// "routes 12, 41", "Band 6", "ticket #4471", "JIRA-4471", "#inc-2231", "CVE-2025-31877", "part 4471-B",
// "01632 960123", "14/03/25", "03.2021 – 11.2023", "Sept '22". RUBRIC.md: numbers inside names, codes and
// dates are no metric. One reader decides, by structure, whether a number counts anything at all, before the
// words around it give it a role (quantities.ts asks it once per number):
//   - a date or time shape (number-dates.ts), or the second end of a span of them;
//   - a number inside an identifier token: glued by a hyphen to the letters of a code ("inc-2231", "P-204",
//     "U-16"), glued to a code letter after it ("4471-B"), or written with a leading zero ("01632");
//   - a number right after a naming noun (NAMING_NOUNS, a lemma family of things kept in numbered sets),
//     with no unit after it; a plural noun names several only when a list of numbers follows ("rooms 4
//     and 5"), so "tickets 1,200 → 300" keeps its values;
//   - a number right after any singular noun that a preposition of place opens and nothing after the number
//     continues ("in compartment 12 today", "along field 7 after the storm", "on gate 3 of the depot"): by the
//     slot, not by the noun — a count stands before its noun ("in 12 compartments"), a name after it. The
//     word in the noun's place must be a noun: no determiner, quantifier, approximator, adverb or unit.
import { isCapitalized, type Token } from '../language/tokenize';
import type { ExclusionReason } from './quantity-types';
import { MODAL_VERBS, NAMING_NOUNS, NUMBERED_PERIOD_UNITS, wordSet } from '../language/lexicon';
import { APPROXIMATORS, DURATION_UNITS, ROUGHLY_WORDS, isUnitWord } from './quantity-lexicon';
import { numberWordValue } from './number-words';
import { dateShapeEnd, secondDateEnd } from './number-dates';

/** A number read as a name: the last token it spans (a list of names or a date's parts) and why. */
export interface NamingNumber {
  end: number;
  reason: ExclusionReason;
}

/**
 * Words a hyphen may join to a number that still counts or bounds it: "sub-10", "under-5s", "top-10",
 * "over-40s", "mid-2020" (a year, read as one elsewhere). A code's letters are none of these.
 */
const DEGREE_PREFIXES = wordSet('naming-degree-prefixes', [
  'sub',
  'under',
  'over',
  'top',
  'mid',
  'pre',
  'post',
  'non',
  'near',
  'semi',
  'multi',
  'ultra',
  'super',
  'up',
  'ca',
  'c',
  'approx',
]);

/**
 * Words before a naming noun's bare form that may make it a verb with a count after it: "to grade 30 essays",
 * "we mark 40 papers"; before its "-s" form: "she marks 40 papers" ("moved to rooms 3 and 4" keeps its noun).
 */
const BARE_VERB_LEADS = wordSet('naming-noun-bare-verb-leads', ['to', 'i', 'we', 'they', 'you']);
const S_VERB_LEADS = wordSet('naming-noun-s-verb-leads', ['he', 'she', 'it', 'who']);

/** Marks and words between the numbers of a list of names: "4 and 5", "12, 41", "3–5", "1/2". */
const LIST_JOINS = new Set([',', 'and', '&', 'or', '-', '–', '/']);

/** Whether the token after `k` makes the number at `k` a measure: a percent sign, a duration or a unit word. */
function unitAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && (next.text === '%' || DURATION_UNITS.has(next.lower) || isUnitWord(next.lower));
}

/** Words in "s" that are no plural noun: "to version 12 as planned". */
const NOT_PLURALS = new Set(['as', 'is', 'was', 'has', 'its', 'this', 'us', 'thus', 'plus', 'across', 'always']);

/** Whether a plural noun follows the number at `i` ("30 essays", "40 papers"): a verb's counted object. */
function countedObjectAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && /[a-z]s$/.test(next.lower) && !NOT_PLURALS.has(next.lower);
}

/** Two tokens written together, nothing between them. */
const touching = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

/**
 * Whether the number at `i` sits inside an identifier token: letters glued before it by a hyphen, over any
 * run of glued numbers ("inc-2231", "CVE-2025-31877", "P-204", "U-16"), a code letter glued after it by a
 * hyphen ("4471-B"), or a leading zero on three figures or more ("01632", "0412").
 */
function isInIdentifier(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'number') return false;
  if (/^0\d{2,}$/.test(t.text)) return true;
  // A unit glued to the figures ("sub-10ms") or after them ("under-5 minutes") keeps a measure.
  if (!/^\d+[a-z]?$/i.test(t.text) || unitAfter(tokens, i)) return false;
  let k = i;
  while (
    k >= 2 &&
    tokens[k - 1].text === '-' &&
    touching(tokens[k - 2], tokens[k - 1]) &&
    touching(tokens[k - 1], tokens[k])
  ) {
    const before = tokens[k - 2];
    if (before.kind === 'word')
      return (
        /^\p{L}+$/u.test(before.text) &&
        !DEGREE_PREFIXES.has(before.lower) &&
        numberWordValue(before.lower) === undefined
      );
    if (before.kind !== 'number') return false;
    k -= 2;
  }
  const dash = tokens[i + 1];
  const code = tokens[i + 2];
  return (
    k === i &&
    dash?.text === '-' &&
    touching(t, dash) &&
    touching(dash, code) &&
    code !== undefined &&
    /^[A-Z]{1,2}\d*$/.test(code.text)
  );
}

/** "01632 960123": a group of figures right after a leading-zero code, with only a space between, goes on with it. */
function isCodeGroup(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i].kind === 'number' && before?.kind === 'number' && /^0\d{2,}$/.test(before.text);
}

/**
 * The last index of the list of numbers that starts at `i` after a naming noun: "4 and 5", "12, 41 and 9",
 * "3–5"; `i` itself when none follows. Names in one list share a shape, so an item of another length
 * ("ticket #4521 and 30 others") is a count of its own.
 */
function listEnd(tokens: Token[], i: number): number {
  let end = i;
  const length = tokens[i].text.length;
  for (;;) {
    const item = tokens[end + 2];
    if (!LIST_JOINS.has(tokens[end + 1]?.lower ?? '') || item?.kind !== 'number') return end;
    if (Math.abs(item.text.length - length) > 1 || unitAfter(tokens, end + 2)) return end;
    end += 2;
  }
}

/**
 * The naming noun at `p` (the word before the number at `i`) names the number: its lemma is in NAMING_NOUNS, it
 * is no verb ("to grade 30 essays"), and a unit after the number does not make it a measure — unless the noun
 * is capitalized mid-sentence, a proper name ("Covered Route 12 nights"), and is no unit of time itself.
 * The end of the name (its list of numbers), else -1.
 */
function namedBy(tokens: Token[], i: number, p: number, firstWord: number): number {
  const noun = tokens[p];
  const lemma = NAMING_NOUNS.lemmaOf(noun.lower);
  if (lemma === undefined) return -1;
  const before = tokens[p - 1]?.lower ?? '';
  const bare = lemma === noun.lower;
  // A verb counts its object: a plural noun after the number ("to grade 30 essays"); "moved to version 12"
  // and "to room 7 on nights" keep the preposition and its name.
  const verbLead = bare ? BARE_VERB_LEADS.has(before) || MODAL_VERBS.has(before) : S_VERB_LEADS.has(before);
  if (verbLead && countedObjectAfter(tokens, i)) return -1;
  const properName = p > firstWord && isCapitalized(noun.text) && !DURATION_UNITS.has(noun.lower);
  if (unitAfter(tokens, i) && !properName) return -1;
  const end = listEnd(tokens, i);
  // A plural names several: a list must follow ("rooms 4 and 5"), else the number is the plural's value.
  if (!bare && end === i) return -1;
  return end;
}

/** Words after "N/M" that make it a fraction of something, not a post's number: "2/3 of the forms". */
const FRACTION_FOLLOWERS = wordSet('naming-fraction-followers', ['of', 'percent', 'pc']);

/**
 * The last token of a thread's post number at `i` ("2/ rewrote …", "(3/7) rebuilt …", "🧵 1/6", "… (5/8)"), or
 * -1. A post number is one or two digits and a slash, with the count of posts after it or none (N ≤ M); it
 * stands first in the line (only marks before it: a bracket, an emoji) with no "of" or plural noun after it
 * ("2/3 of the forms", "9/10 patients" are fractions), or last in the line in brackets or after a mark ("… a
 * thread 🧵 1/6"). A score told after its verb ("scored 9/10") has a word before it and no mark: a figure.
 */
export function postNumberEnd(tokens: readonly Token[], i: number): number {
  const n = tokens[i];
  if (n?.kind !== 'number' || !/^\d{1,2}$/.test(n.text) || tokens[i + 1]?.text !== '/') return -1;
  if (tokens[i + 1].start !== n.end) return -1;
  const m = tokens[i + 2];
  const counted = m?.kind === 'number' && m.start === tokens[i + 1].end && /^\d{1,2}$/.test(m.text);
  if (counted && Number(n.text) > Number(m.text)) return -1;
  const end = counted ? i + 2 : i + 1;
  // "2/ rewrote": a slash with no count after it numbers a post wherever the number opens the line.
  const opens = tokens.slice(0, i).every((t) => t.kind === 'symbol');
  const after = tokens[end + 1];
  if (opens) {
    if (after === undefined) return -1;
    if (after.kind === 'word' && counted) {
      const w = after.lower;
      if (FRACTION_FOLLOWERS.has(w) || (w.endsWith('s') && !isCapitalized(after.text) && !/(?:ed|ss)$/.test(w)))
        return -1;
    }
    return after.kind === 'number' ? -1 : end;
  }
  if (!counted) return -1;
  // Last in the line: in brackets, or after a mark (an emoji, a dash), never straight after a word.
  const rest = tokens.slice(end + 1);
  if (!rest.every((t) => t.kind === 'symbol')) return -1;
  const before = tokens[i - 1];
  if (before?.text === '(' || before?.text === '[') return rest[0]?.text === ')' || rest[0]?.text === ']' ? end : -1;
  return before?.kind === 'symbol' && before.text !== '/' && before.text !== '=' && before.text !== ':' ? end : -1;
}

/**
 * Whether the number at `i` is a name, a date or a label rather than a count (see the head of this file), with
 * the last token it spans; `p` is the word before it (symbols such as "#", "." or ":" skipped), `firstWord` the
 * sentence's first word.
 */
export function namingNumberAt(tokens: Token[], i: number, p: number, firstWord: number): NamingNumber | undefined {
  const t = tokens[i];
  if (t.kind === 'number') {
    const date = Math.max(dateShapeEnd(tokens, i), secondDateEnd(tokens, i));
    if (date >= 0) return { end: date, reason: 'date' };
    if (isInIdentifier(tokens, i) || isCodeGroup(tokens, i)) return { end: i, reason: 'identifier' };
    const post = postNumberEnd(tokens, i);
    if (post >= 0) return { end: post, reason: 'identifier' };
  } else if (numberWordValue(t.lower) === undefined) return undefined;
  if (p < 0) return undefined;
  // A number word names only right after its noun ("Phase two"), never across a mark.
  if (t.kind === 'word' && p !== i - 1) return undefined;
  const named = Math.max(namedBy(tokens, i, p, firstWord), namedBySlot(tokens, i, p));
  return named >= 0 ? { end: named, reason: 'identifier' } : undefined;
}

/** Prepositions of place that open a noun phrase a name may close: "in compartment 12", "along field 7". */
const PLACE_PREPOSITIONS = wordSet('naming-place-prepositions', [
  'in',
  'on',
  'at',
  'along',
  'into',
  'onto',
  'near',
  'behind',
  'beside',
  'inside',
  'outside',
  'past',
]);

/**
 * Words that may stand after a preposition and before a count, in the noun's place, without being a noun:
 * determiners, quantifiers, degree words ("in total 12", "at least 5", "on average 3", "in another 4").
 */
const NOT_NAMING_WORDS = wordSet('naming-slot-non-nouns', [
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'our', 'their', 'its', 'his', 'her', 'your'],
  ...['total', 'all', 'least', 'most', 'average', 'best', 'worst', 'another', 'every', 'each', 'some', 'any'],
  ...['first', 'last', 'next', 'top', 'bottom', 'excess', 'exactly', 'precisely', 'maybe', 'perhaps', 'barely'],
  ...['half', 'double', 'extra', 'additional', 'other', 'same', 'whole', 'entire', 'final', 'original', 'further'],
  ...['remaining', 'following', 'previous', 'only', 'just', 'under', 'over', 'about', 'around', 'well', 'far'],
  ...['no', 'not', 'nearly', 'almost', 'up', 'down', 'once', 'least', 'times', 'time', 'peak', 'full'],
]);

/** Words that may follow a name and close it: what comes after the noun phrase, never the noun a count counts. */
const NAME_CLOSERS = wordSet('naming-slot-closers', [
  ...['after', 'before', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'during', 'since', 'until'],
  ...['today', 'yesterday', 'tonight', 'now', 'again', 'and', 'or', 'but', 'so', 'while', 'when', 'where'],
  ...['which', 'that', 'this', 'last', 'every', 'each', 'too', 'as', 'near', 'behind'],
]);

/**
 * The end of a name read by its slot at `i` (see the head of this file), else -1: the word at `p`, right before
 * the number, is a singular noun that a preposition of place opens, and the phrase closes after the number (a
 * mark, the end, or a word that begins what comes next), so the number counts nothing after it.
 */
function namedBySlot(tokens: Token[], i: number, p: number): number {
  if (p !== i - 1 || tokens[i].kind !== 'number' || !/^\d{1,4}[a-z]?$/i.test(tokens[i].text)) return -1;
  const noun = tokens[p];
  const w = noun.lower;
  if (noun.kind !== 'word' || !/^\p{L}{3,}$/u.test(noun.text) || noun.end === tokens[i].start) return -1;
  if (!PLACE_PREPOSITIONS.has(tokens[p - 1]?.lower ?? '')) return -1;
  // A plural or a word of degree is no name's noun: "in teams 4", "at roughly 12", "in hours 3".
  if (/[^su]s$/.test(w) || w.endsWith('ly') || NOT_NAMING_WORDS.has(w) || ROUGHLY_WORDS.has(w)) return -1;
  if (APPROXIMATORS.has(w) || isUnitWord(w) || DURATION_UNITS.has(w) || numberWordValue(w) !== undefined) return -1;
  const end = listEnd(tokens, i);
  const after = tokens[end + 1];
  if (after === undefined) return end;
  // A mark closes the phrase ("in plant 4, …"); one glued to the number that is no punctuation ("12%", "4x") measures.
  if (after.kind === 'symbol') return /^[,.;:!?)\]—–|]$/.test(after.text) || after.start > tokens[end].end ? end : -1;
  return after.kind === 'word' && NAME_CLOSERS.has(after.lower) ? end : -1;
}

/**
 * "a Year 10 set", "over a Week 3 review": a unit of time capitalized in mid-sentence before a bare number
 * names a period (a school year, a week of a plan); it is no length, so "a Year" is no duration.
 */
export function isNamedPeriodUnit(tokens: Token[], j: number): boolean {
  const unit = tokens[j];
  const next = tokens[j + 1];
  return (
    unit !== undefined &&
    j > 0 &&
    NUMBERED_PERIOD_UNITS.has(unit.lower) &&
    isCapitalized(unit.text) &&
    next?.kind === 'number' &&
    /^\d{1,2}$/.test(next.text) &&
    touching(unit, next) === false &&
    next.start - unit.end === 1
  );
}
