// A count set against the same count in a past period, appended after a pause: "we logged two short
// payslips, against nineteen the spring before", "no broken links in the final model, against about a
// dozen the previous year", "3 falls this quarter — versus 11 in the quarter before". The pair is a
// before → after (RUBRIC.md: before/after values; RUBRIC-NOTES: counts of none), so the sentence
// states a change: an outcome. What makes it one is the shape, not the words: a count (or a none)
// before the pause, "against" / "versus" / "vs" right after it, a count after, and a marker of past
// time after that count. "Tested it against two baselines" has no pause and no past; "voted against
// the plan" has no count.
import type { Token } from '../language/tokenize';
import { numberWordValue } from '../quantity/number-words';
import { APPROXIMATORS } from '../quantity/quantity-lexicon';
import { addCue, type CueRule } from '../outcomes/outcome-scan';
import { SEASONS } from '../language/lexicon';

/** Words that count none, or a few times: the after value of the pair. */
const COUNT_WORDS = new Set(['no', 'zero', 'none', 'nobody', 'nothing', 'once', 'twice', 'dozen', 'handful']);
/** Markers that the second count is of a past period: "the year before", "the previous quarter", "last spring". */
const PAST_MARKERS = new Set(['before', 'previous', 'prior', 'last', 'earlier', 'ago', 'previously']);
/** Pauses that append the comparison: a comma, a dash, a bracket. */
const PAUSES = new Set([',', '—', '–', '-', '(', ';']);

/** Is word `k` a count: a figure, a number word, or a word that counts none or a few? */
function countAt(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  return w.kind === 'number' || COUNT_WORDS.has(w.lower) || numberWordValue(w.lower) !== undefined;
}

/** The index in `tokens` of word `w`. */
function tokenIndex(tokens: Token[], w: Token): number {
  return tokens.indexOf(w);
}

export const PAST_COUNT_COMPARISON_RULE: CueRule = {
  name: 'past-count-comparison',
  words: ['against', 'versus', 'vs'],
  match({ tokens, words, cues, i, w }) {
    if (i === 0) return false;
    const before = tokens[tokenIndex(tokens, w) - 1];
    if (before === undefined || before.kind !== 'symbol' || !PAUSES.has(before.text)) return false;
    let hasCountBefore = false;
    for (let k = 0; k < i; k++) if (countAt(words, k)) hasCountBefore = true;
    if (!hasCountBefore) return false;
    // The count after, past hedges: "against about a dozen", "versus roughly 40".
    let k = i + 1;
    while (k < words.length && k <= i + 3 && (APPROXIMATORS.has(words[k].lower) || words[k].lower === 'a')) k++;
    if (!countAt(words, k)) return false;
    for (let m = k + 1; m < words.length && m <= k + 7; m++)
      if (PAST_MARKERS.has(words[m].lower)) {
        addCue(cues, w, words[m], 'change');
        return true;
      }
    return false;
  },
};

/** Words that name the past period inside the bracket: "(previous year 52)", "(41 the term before)", "(last spring 11)". */
const PERIOD_WORDS = new Set(['year', 'quarter', 'month', 'week', 'season', 'term', 'event', 'cycle', 'time', 'round']);
/** Words a bracketed past value may hold besides its count, period and marker: "(the previous year: 52)". */
const BRACKET_FILLERS = new Set(['the', 'a', 'in', 'was', 'vs', 'from']);
/** Symbols that may sit inside the bracket, or between the value and it: "94% (81% last year)", "(prior year: 52)". */
const VALUE_MARKS = new Set(['%', ':', '.', ',']);

const isCount = (x: Token) => x.kind === 'number' || numberWordValue(x.lower) !== undefined;
/** "2023", "1999": a year names when, it is no value set against another. */
const isYear = (x: Token) => /^(?:19|20)\d\d$/.test(x.text);

/** Is the word before token index `t` a value: a figure, a number word, or a unit right after one ("94%", "3.1 days")? */
function valueBefore(tokens: Token[], t: number): boolean {
  let k = t - 1;
  if (tokens[k]?.text === '%') k--;
  const last = tokens[k];
  if (last === undefined || isYear(last)) return false;
  if (isCount(last)) return true;
  const beforeUnit = tokens[k - 1];
  return last.kind === 'word' && beforeUnit !== undefined && beforeUnit.kind === 'number' && !isYear(beforeUnit);
}

/**
 * "NPS 71 (previous year 52)", "fill rate 94% (last year 81%)", "3 falls (11 the winter before)": an
 * after value with its past value in a bracket right behind it, a before → after told without a verb
 * (RUBRIC.md before/after values). The bracket holds only a count (and its unit), a marker of past time
 * and a period word; "(last updated 2023)", "(previous role)" and years set against years are no value
 * set against the one before the bracket.
 */
export const BRACKETED_PAST_VALUE_RULE: CueRule = {
  name: 'bracketed-past-value',
  words: ['previous', 'prior', 'last', 'before'],
  match({ tokens, cues, w }) {
    const t = tokenIndex(tokens, w);
    let open = t - 1;
    while (
      open >= 0 &&
      tokens[open].text !== '(' &&
      (tokens[open].kind !== 'symbol' || VALUE_MARKS.has(tokens[open].text))
    )
      open--;
    if (open < 1 || tokens[open].text !== '(' || !valueBefore(tokens, open)) return false;
    let close = t + 1;
    while (close < tokens.length && tokens[close].text !== ')' && close - open <= 9) close++;
    if (tokens[close]?.text !== ')') return false;
    let count = false;
    for (let k = open + 1; k < close; k++) {
      const x = tokens[k];
      if (isYear(x)) return false;
      if (isCount(x)) count = true;
      else if (
        x.kind === 'symbol'
          ? VALUE_MARKS.has(x.text)
          : x === w || PERIOD_WORDS.has(x.lower) || SEASONS.has(x.lower) || BRACKET_FILLERS.has(x.lower)
      )
        continue;
      // A unit right after the count: "(previous quarter 5.4 days)".
      else if (!(x.kind === 'word' && tokens[k - 1] !== undefined && isCount(tokens[k - 1]))) return false;
    }
    if (!count) return false;
    addCue(cues, w, w, 'change');
    return true;
  },
};
