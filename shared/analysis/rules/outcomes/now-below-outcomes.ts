// A measure now under a level, told by a copula or after a comma with no change verb: "Flaky test
// rate is now under 2%", "I rewrote it with Spark, now only 25 minutes". "now" says the level is new
// and the degree word says it came down, so the line reports a change (RUBRIC-NOTES: an after value
// of the writer's change). A level with no degree word ("is now 3%") or the writer's own state ("we
// are now under budget") or a headcount ("the team is now only 4 people") is not read here.
import type { Token } from '../language/tokenize';
import { COPULAS, FIRST_PERSON_WORDS } from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { APPROXIMATORS } from '../quantity/quantity-lexicon';
import { addCue, type CueRule } from './outcome-scan';
import { isPartyNoun, isServedNoun } from '../quantity/scale';

/** Degree words after "now" that put the level below what it was: "now under 2%", "now only 25 minutes". */
const BELOW_WORDS = new Set(['under', 'below', 'only', 'just']);
/** Two-word degrees: "now less than 1%", "now fewer than 3 a week", "now down to 40 min". */
const BELOW_PAIRS: Readonly<Record<string, string>> = { less: 'than', fewer: 'than', down: 'to' };

/** The index of the figure a degree word at `k` leads to, or -1: "under 2%", "less than ~1%", "only two". */
function figureAfterDegree(words: Token[], k: number): number {
  const l = words[k]?.lower;
  if (l === undefined) return -1;
  let f = k + 1;
  if (BELOW_PAIRS[l] !== undefined) {
    if (words[k + 1]?.lower !== BELOW_PAIRS[l]) return -1;
    f = k + 2;
  } else if (!BELOW_WORDS.has(l)) return -1;
  while (words[f] !== undefined && APPROXIMATORS.has(words[f].lower)) f++;
  const figure = words[f];
  if (figure === undefined) return -1;
  return figure.kind === 'number' || (numberWordValue(figure.lower) ?? 0) > 1 ? f : -1;
}

/** Does "now" at `i` follow a copula of a measure, or open a clause after a comma? */
function nowOpensLevel(tokens: Token[], words: Token[], i: number): boolean {
  const prev = words[i - 1];
  if (prev === undefined) return false;
  if (COPULAS.has(prev.lower)) {
    const subject = words[i - 2]?.lower;
    // "the team is now only 4 people": a headcount, not a measure that came down.
    const people = subject !== undefined && isPartyNoun(subject) && !isServedNoun(subject);
    return subject !== undefined && !FIRST_PERSON_WORDS.has(subject) && !people;
  }
  return tokens.some((t) => t.text === ',' && t.start >= prev.end && t.end <= words[i].start);
}

/** "is now under 2%", ", now only 25 minutes", "are now down to 40 min": a level newly reached below the old one. */
export const NOW_BELOW_RULE: CueRule = {
  name: 'now-below',
  words: ['now'],
  match({ tokens, words, cues, i, w }) {
    const figure = figureAfterDegree(words, i + 1);
    if (figure < 0 || !nowOpensLevel(tokens, words, i)) return false;
    addCue(cues, w, words[figure], 'change');
    return true;
  },
};
