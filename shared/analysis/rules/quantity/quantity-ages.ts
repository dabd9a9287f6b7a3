// Ages and school years name who the work served ("children ages 5-10", "patients aged 65 and
// older", "a 72-year-old man", "students in grades 9-12", "residents over 80", "the 25–30 age band",
// "pupils in years 7 to 11"): they are neither a measure of the work nor the size
// of its context.
import type { Token } from '../language/tokenize';
import type { ExcludedNumber } from './quantity-types';
import { AGE_LABELS, AGED_PEOPLE } from '../language/lexicon';

/** Largest number read as an age after "over" or "under" ("adults over 40"). */
const OLDEST = 120;

/** A hyphen or a dash between the two ends of a range (compared as strings: this runs on every number). */
function isRangeDash(text: string): boolean {
  return text === '-' || text === '–' || text === '—';
}

function wordBefore(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k].kind === 'symbol') k--;
  return k;
}

/**
 * "72-year-old", "6-year-olds", "40 years old": an age told after the number; also after the other end
 * of a range, so "for 9–13 year olds" and "7 to 9-year-olds" name ages at both ends.
 */
function ageAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (
    tokens[k] &&
    (isRangeDash(tokens[k].text) || tokens[k].lower === 'to') &&
    tokens[k + 1]?.kind === 'number' &&
    (tokens[k + 2]?.text === '-' || tokens[k + 2]?.lower === 'year' || tokens[k + 2]?.lower === 'years')
  )
    k += 2;
  if (tokens[k]?.text === '-') k++;
  const unit = tokens[k]?.lower;
  if (unit !== 'year' && unit !== 'years') return false;
  k++;
  if (tokens[k]?.text === '-') k++;
  const old = tokens[k]?.lower;
  return old === 'old' || old === 'olds';
}

/** Nouns after "age" that make the numbers before it a band of ages: "the 25–30 age band", "the 11-14 age group". */
const AGE_BANDS = new Set(['band', 'bands', 'group', 'groups', 'bracket', 'brackets', 'range', 'ranges']);

/** "the 25–30 age band", "a 16-18 age group": the number, or the first end of its range, names ages. */
function ageBandAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // The other end of a range: "25–30", "16 to 18".
  if (tokens[k] && (isRangeDash(tokens[k].text) || tokens[k].lower === 'to') && tokens[k + 1]?.kind === 'number')
    k += 2;
  if (tokens[k]?.text === '-') k++;
  return tokens[k]?.lower === 'age' && AGE_BANDS.has(tokens[k + 1]?.lower ?? '');
}

/**
 * Whether the number at `i` is an age or a school year: after "aged", "ages", "at age", "grades",
 * before "-year-old", after "people over|under", or the second end of an age range ("aged 8 to 12").
 */
export function isAge(tokens: Token[], i: number, excluded: readonly ExcludedNumber[]): boolean {
  if (ageAfter(tokens, i) || ageBandAfter(tokens, i)) return true;
  const p = wordBefore(tokens, i - 1);
  if (p < 0) return false;
  const prev = tokens[p].lower;
  if (AGE_LABELS.has(prev)) return true;
  // "students in years 7 to 11", "Years 10-13": school years; not "2 years 6 months", a duration told in parts.
  if (prev === 'years' && tokens[wordBefore(tokens, p - 1)]?.kind !== 'number') return true;
  // "adults over 40", "children under 5"
  if ((prev === 'over' || prev === 'under') && Number(tokens[i].text) <= OLDEST) {
    const who = wordBefore(tokens, p - 1);
    if (who >= 0 && AGED_PEOPLE.has(tokens[who].lower)) return true;
  }
  // "aged 8 to 12", "ages 5–10", "grades 9 and 10": the other end of a range just set aside as an age.
  const last = excluded[excluded.length - 1];
  if (last?.reason !== 'age') return false;
  const joiner = i > 0 ? tokens[i - 1] : undefined;
  if (!joiner) return false;
  const joins = joiner.kind === 'symbol' ? /^[-–—]$/.test(joiner.text) : ['to', 'and', 'or', 'through'].includes(prev);
  const other = wordBefore(tokens, i - 2);
  return joins && (joiner.kind === 'symbol' ? tokens[i - 2] : tokens[other])?.start === last.start;
}
