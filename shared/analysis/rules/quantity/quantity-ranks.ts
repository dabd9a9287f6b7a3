// A placing told with the field it was won in: "41st of 2,300 teams", "third out of 140 baristas", "placed
// 12th from 600 entrants", "4th of 38 consultants nationally", "top 10 of 1,200". RUBRIC.md lists the writer's
// own rankings ("top 10 of 1,200") among the measures; the field only frames the place. It counts the others
// who competed, not the people, systems or volume the writer's work sits in, so it is no scale (RUBRIC-NOTES,
// recognition: the spent writers fresh-23, 24, 25 and 31 label the field so). The place and its field are read
// as ONE rank quantity, so the field's count is never scanned on its own.
//
// What separates a placing from an ordinal of a sequence ("the second of three site visits", "the 3rd of
// June") is the line's shape, not a list of events: no determiner before the ordinal (a sequence names its
// item: "the second …"), a number after "of" / "out of" / "from" / "among" that is no year, and, if a noun
// follows the field, a noun of those who compete (an agent noun: "entrants", "baristas", "consultants"; or a
// competing unit: "teams", "schools", "stores"). Steps, visits, days and audits are no competitors.
import type { Token } from '../language/tokenize';
import { numberWordValue, ORDINAL_WORDS } from './number-words';
import { PLACE_NOUNS } from './quantity-lexicon';
import { isTradeNoun } from '../lines/title-lines';
import { lemmaSet, wordSet } from '../language/word-lists/lemma-set';

/** Ordinal words a place is told with, beyond the digits ("3rd", "41st"). */
export const ORDINAL_PLACES = wordSet('ordinal-places', [
  ...ORDINAL_WORDS,
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
]);

/** Words before an ordinal that make it an item of a sequence, not a place won: "the second of three visits". */
const SEQUENCE_DETERMINERS = wordSet('sequence-determiners', [
  'the',
  'a',
  'an',
  'this',
  'that',
  'each',
  'every',
  'its',
  'their',
  'his',
  'her',
  'my',
  'our',
  'your',
]);

/**
 * Units that compete as one besides agent nouns (nouns; plurals match): "of 2,300 teams", "out of 40 schools".
 * A person's agent noun ("entrant", "seller", "consultant") is read by its suffix (isTradeNoun).
 */
const COMPETING_UNITS = lemmaSet(
  'competing-units',
  [
    'team',
    'entry',
    'submission',
    'school',
    'store',
    'shop',
    'branch',
    'site',
    'office',
    'depot',
    'ward',
    'club',
    'crew',
    'squad',
    'firm',
    'company',
    'agency',
    'practice',
    'farm',
    'restaurant',
    'pub',
    'hotel',
    'region',
    'country',
    'university',
    'student',
    'pupil',
    'employee',
    'rep',
    'people',
    'person',
    'colleague',
    'candidate',
  ],
  [],
  { nouns: true },
);

/**
 * Items a sequence is counted in (nouns; plurals match), never a field of competitors: "2nd of 3 attempts",
 * "the third of four site visits", "day 3 of 10".
 */
const SEQUENCE_UNITS = lemmaSet(
  'sequence-units',
  [
    'attempt',
    'try',
    'step',
    'stage',
    'phase',
    'round',
    'sprint',
    'visit',
    'audit',
    'module',
    'lesson',
    'chapter',
    'part',
    'day',
    'week',
    'month',
    'year',
    'hour',
    'shift',
    'session',
    'inspection',
    'interview',
    'release',
    'version',
  ],
  [],
  { nouns: true },
);

/** A plural noun read by its ending ("baristas", "entries"), not "is", "was" or "this". */
const isPluralWord = (lower: string) => lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss');

/** Prepositions that introduce the field of a placing: "of 2,300", "out of 140", "from 37", "among 12". */
const FIELD_LEADS = new Set(['of', 'from', 'among', 'amongst']);

/** A digit ordinal ("3rd", "41st", "12th") or an ordinal word ("third", "twelfth"). */
export function isOrdinalPlace(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'number') return /^\d+(?:st|nd|rd|th)$/i.test(t.text);
  return t.kind === 'word' && ORDINAL_PLACES.has(t.lower);
}

/** The value of a field's count in digits or words ("2,300", "nine"), else undefined; a year is none. */
function fieldValue(t: Token | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (t.kind === 'word') return numberWordValue(t.lower);
  if (t.kind !== 'number' || !/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t.text)) return undefined;
  if (/^(?:19|20)\d\d$/.test(t.text)) return undefined;
  return Number(t.text.replace(/,/g, ''));
}

/** Whether `lower` names those who compete for a place: an agent noun or a competing unit, singular or plural. */
export function isCompetitorNoun(lower: string): boolean {
  if (COMPETING_UNITS.has(lower)) return true;
  return isTradeNoun(lower) || (lower.endsWith('s') && isTradeNoun(lower.slice(0, -1)));
}

/**
 * If token `i` is a place (an ordinal, or the number after "top") followed by its field ("of 2,300 teams",
 * "out of 140", "from 37 teams"), the index of the field's last token (its noun, or its number when no noun
 * follows), else -1. `afterTop`: token `i` is the number of "top N", which no determiner test applies to.
 */
export function rankFieldEnd(tokens: readonly Token[], i: number, afterTop = false): number {
  if (!afterTop) {
    if (!isOrdinalPlace(tokens[i])) return -1;
    if (SEQUENCE_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return -1;
  }
  let k = i + 1;
  // "2nd place from 37 teams", "3rd position out of 40": the place's noun before its field.
  if (!afterTop && PLACE_NOUNS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
  else if (FIELD_LEADS.has(tokens[k]?.lower ?? '')) k++;
  else return -1;
  const value = fieldValue(tokens[k]);
  if (value === undefined || value < 2) return -1;
  // The field must outnumber the place: "12th of 600"; "3rd of 2" is no placing.
  const place = Number.parseInt(tokens[i].text, 10);
  if (!Number.isNaN(place) && place >= value) return -1;
  const noun = tokens[k + 1];
  if (noun === undefined || noun.kind !== 'word') return k;
  // "of 2,300 teams", "from 140 entrants", "out of 140 baristas"; "of three site visits" names a sequence's items.
  if (isCompetitorNoun(noun.lower) || (isPluralWord(noun.lower) && !SEQUENCE_UNITS.has(noun.lower))) {
    // A modifier before the competitor noun: "of 45 sales reps", "of 600 student teams".
    const second = tokens[k + 2];
    if (second?.kind === 'word' && isCompetitorNoun(second.lower)) return k + 2;
    if (second?.kind === 'word' && SEQUENCE_UNITS.has(second.lower)) return -1;
    return k + 1;
  }
  // A word that opens the next phrase ("of 140 in the regional final", "of 38 nationally") leaves the field bare.
  return FIELD_AFTER.has(noun.lower) ? k : -1;
}

/** Words that may follow a bare field's number: "came 3rd of 140 in the final", "4th of 38 nationally". */
const FIELD_AFTER = wordSet('rank-field-after', [
  'in',
  'at',
  'on',
  'for',
  'nationally',
  'overall',
  'worldwide',
  'globally',
  'regionally',
  'across',
  'and',
  'with',
]);

/** Verbs of reaching a place, by lemma: "ranked in the top 5", "finished among the top 10", "made the top 50". */
const PLACING_VERBS = lemmaSet('rank-placing-verbs', [
  'rank',
  'place',
  'finish',
  'come',
  'end',
  'make',
  'reach',
  'get',
]);

/** Whether `lower` is a form of a verb of reaching a place: "placed", "finished", "came", "ranked". */
export const isPlacingVerb = (lower: string) => PLACING_VERBS.lemmaOf(lower) !== undefined;

/** Words between a placing verb and "top": "in the", "among the", "into the", "the". */
const INTO_TOP = new Set(['in', 'into', 'among', 'amongst', 'the', 'within']);

/** Whether `words` (lower case) from `k` back to the line's start are only "one of the" or nothing. */
function opensLine(tokens: readonly Token[], k: number): boolean {
  const before = tokens.slice(0, k).filter((t) => t.kind === 'word');
  if (before.length === 0) return true;
  const lowers = before.map((t) => t.lower).join(' ');
  return lowers === 'one of the' || lowers === 'one of our' || lowers === 'one of my';
}

/**
 * Whether "top" at `top` is governed as the writer's place: a past placing verb or a be-form before it (through
 * "in", "among", "the": "ranked in the top 5", "made the top 50", "was in the top 1%"), or nothing before it on
 * the line but "one of the". "Ranking the top 10 risks", "picked the top 3 of 40 candidates" select things.
 */
export function topGovernedAsPlace(tokens: readonly Token[], top: number): boolean {
  let k = top - 1;
  let preposition = false;
  while (k >= 0 && INTO_TOP.has(tokens[k].lower)) preposition ||= tokens[k--].lower !== 'the';
  const governor = tokens[k];
  if (k < top - 1 && governor !== undefined && governor.kind === 'word') {
    // A past form, reached in or made: "ranked in the top 5", "made the top 50"; "rank the top 3" asks it.
    const verb = PLACING_VERBS.lemmaOf(governor.lower);
    const past =
      verb !== undefined && governor.lower !== verb && !governor.lower.endsWith('ing') && !governor.lower.endsWith('s');
    if (past && (preposition || verb === 'make' || verb === 'reach')) return true;
    if (preposition && (governor.lower === 'was' || governor.lower === 'were')) return true;
  }
  return opensLine(tokens, top);
}

/**
 * "Top 5 sales rep in the region", "Ranked in the top 5 reps", "finished among the top 10", "One of the top 50
 * researchers": "top N" as the writer's place, where "the top 3 challenges" or "the top 500 risky customers"
 * select things. Token `i` is the number after "top". Governed as a place (topGovernedAsPlace); opening the
 * line, only before a noun of those who compete ("Top 10 tips for new nurses" lists things).
 */
export function placedInTop(tokens: readonly Token[], i: number): boolean {
  const top = i - 1;
  if (tokens[top]?.lower !== 'top' || !topGovernedAsPlace(tokens, top)) return false;
  if (!opensLine(tokens, top)) return true;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (isCompetitorNoun(t.lower)) return true;
  }
  return false;
}
