// A count set against the same count in a past period, appended after a pause: "we logged two short
// payslips, against nineteen the spring before", "no broken links in the final model, against about a
// dozen the previous year", "3 falls this quarter — versus 11 in the quarter before". The pair is a
// before → after (RUBRIC.md: before/after values; RUBRIC-NOTES: counts of none), so the sentence
// states a change: an outcome. What makes it one is the shape, not the words: a count (or a none)
// before the pause, "against" / "versus" / "vs" right after it, a count after, and a marker of past
// time after that count. "Tested it against two baselines" has no pause and no past; "voted against
// the plan" has no count.
import type { Token } from './tokenize';
import { numberWordValue } from './number-words';
import { APPROXIMATORS } from './quantity-lexicon';
import { addCue, type CueRule } from './outcome-scan';

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
