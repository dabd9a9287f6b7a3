// Time saved against a past period: a count of time units before a comparative of time, compared with
// an earlier state ("closed four days earlier than the year before", "gets the numbers a week earlier
// than before", "two weeks sooner than last year", "a month faster than planned"). RUBRIC-NOTES
// (effort spans) makes the time a result came ahead of its old date a metric ("a week ahead of plan"),
// and the earlier end is the effect. The quantities read "four days earlier" as an offset in time
// ("Two days earlier, the server had crashed"), which it is when nothing follows: so the reading needs
// "than" and an earlier base after it (measured-difference-outcomes.ts `againstEarlier`); "a week earlier
// than the launch" compares with another event and says nothing was saved.
import type { Token } from '../language/tokenize';
import { DURATION_UNITS } from '../quantity/quantity-lexicon';
import { numberWordValue } from '../quantity/number-words';
import { againstEarlier } from './measured-difference-outcomes';
import { addCue, type CueRule } from './outcome-scan';

/** Comparatives of time that tell a result came sooner. */
const SOONER = ['earlier', 'sooner', 'faster', 'quicker'];

/** Is word `k` the count of a span of time: a figure, a number word, or "a"/"an" ("a week earlier")? */
function spanCount(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  return w.kind === 'number' || w.lower === 'a' || w.lower === 'an' || numberWordValue(w.lower) !== undefined;
}

/** "four days earlier than the year before": the span and the comparative, with "than" an earlier base right after. */
export const TIME_SAVED_RULE: CueRule = {
  name: 'time-saved',
  words: SOONER,
  match({ words, cues, i, w, next }) {
    if (next !== 'than' || i < 2) return false;
    const unit = words[i - 1];
    if (!DURATION_UNITS.has(unit.lower) || !spanCount(words, i - 2)) return false;
    if (!againstEarlier(words, i)) return false;
    addCue(cues, words[i - 2], w, 'effect');
    cues[cues.length - 1].timeSaved = true;
    return true;
  },
};
