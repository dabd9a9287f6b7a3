// A date label in front of a resume line: "Sep. 2016: Coached …", "2019–2021: Reduced …",
// "Q3 2022 — cut …", "Mar 2020 - Present: Built …", "(2020) Shipped …". It dates the line and says
// nothing about it, but it hides the line's start: the verb after it is the sentence's first word,
// not a capitalized name in mid-sentence, and the year is no quantity. The claim rules read the line
// without it.
import type { Token } from '../language/tokenize';
import { AUXILIARIES, SEASONS, isMonthWord } from '../language/lexicon';
import { AMBIGUOUS_PAST, IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { isDigitRun } from '../quantity/number-words';

/** Words that say which part of a period a date label means: "Early 2020", "Mid-2019 – Present". */
const PERIOD_PARTS = new Set(['early', 'mid', 'late']);
/** A month (named or abbreviated, "May" too: a label is no sentence), a season or a part of a period. */
const isCalendarWord = (lower: string) => isMonthWord(lower) || SEASONS.has(lower) || PERIOD_PARTS.has(lower);
/** Words that end an open range: "2020 – Present". */
const OPEN_ENDS = new Set(['present', 'current', 'now', 'today', 'date']);
/** Between two dates of a range. */
const RANGE_JOINS = new Set(['-', '–', '—', '/', 'to', 'until', 'till']);
/** After the date, before the line. */
const TERMINATORS = new Set([':', '|', ')', ']', '-', '–', '—', '·', '•']);

/** A year (2016, '19) or a quarter/half (Q3, H2): what makes a label a date. */
function isYearOrPeriod(t: Token): boolean {
  // Each pattern matches one length only (four characters; two; four or six): every other word skips them.
  const n = t.lower.length;
  return (
    (t.text.length === 4 && /^(?:19|20)\d\d$/.test(t.text)) ||
    (n === 2 && /^[qh][1-4]$/.test(t.lower)) ||
    ((n === 4 || n === 6) && /^fy\d\d(?:\d\d)?$/.test(t.lower))
  );
}

/** "Led", "Cut", "Reduced": a past verb (no auxiliary: "2019 Was a busy year") written with its capital. */
function isCapitalisedPastVerb(t: Token): boolean {
  if (t.kind !== 'word' || !/^[A-Z][a-z]+$/.test(t.text) || AUXILIARIES.has(t.lower)) return false;
  return IRREGULAR_PAST.has(t.lower) || AMBIGUOUS_PAST.has(t.lower) || isPastForm(t.lower);
}

function isDateWord(t: Token): boolean {
  return (
    isYearOrPeriod(t) ||
    isCalendarWord(t.lower) ||
    OPEN_ENDS.has(t.lower) ||
    (t.kind === 'number' && isDigitRun(t.text, 2)) // "03/2019"
  );
}

/**
 * How many leading tokens form a date label ("Sep. 2016:", "2019–2021 —"), or 0. The label must hold a
 * year or a quarter and end in a separator with words after it, so "2019 was a busy year" keeps its
 * tokens.
 */
export function datePrefixLength(tokens: Token[]): number {
  const n = tokens.length;
  let i = 0;
  if (n > 0 && (tokens[0].text === '(' || tokens[0].text === '[')) i++;
  let sawDate = false;
  while (i < n) {
    const t = tokens[i];
    if (isDateWord(t)) {
      sawDate ||= isYearOrPeriod(t);
      i++;
      // "Sep." : the abbreviation's dot
      if (tokens[i]?.text === '.' && isCalendarWord(t.lower)) i++;
      continue;
    }
    if (t.text === ',' && tokens[i + 1] && isYearOrPeriod(tokens[i + 1])) {
      i++; // "Sep 3, 2019"
      continue;
    }
    const next = tokens[i + 1];
    if (RANGE_JOINS.has(t.lower) && next && isDateWord(next) && i > 0) {
      i++;
      continue;
    }
    // "2023\tCut overtime by 30%", "Mar 2020 Led the …": a date cell before a capitalised past verb, a column
    // of a table pasted as text or a line typed without a separator.
    if (sawDate && isCapitalisedPastVerb(t) && tokens.slice(i + 1).some((x) => x.kind === 'word')) return i;
    if (sawDate && TERMINATORS.has(t.text)) {
      let end = i + 1;
      while (end < n && TERMINATORS.has(tokens[end].text)) end++; // "(2020): …"
      return tokens.slice(end).some((x) => x.kind === 'word') ? end : 0;
    }
    return 0;
  }
  return 0;
}
