// A recovery state: a measure told as returned to its healthy level, "back to normal", "back to
// baseline", "back above 99.5%", "back under 200 ms". The work undid a fall or a rise, so the
// sentence reports an effect (RUBRIC: outcome) even with no verb of change ("Error rates back to
// normal within the hour"). "back" as a verb's particle of place or time is not this shape: "pushed
// the launch back to 3 March" (a date), "rolled the service back to 2.4" (a version), "called back
// within 5 minutes" (a reply).
import type { Token } from '../language/tokenize';
import { DURATION_UNITS, PERCENT_WORDS } from '../quantity/quantity-lexicon';
import { MEASURE_HEADS, PROBLEM_NOUNS } from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { addCue, clauseEnd, isQuality, type CueRule } from './outcome-scan';

/** Comparisons that place a measure against a level: "back above 99.5%", "back under 200 ms". */
const LEVEL_COMPARISONS = new Set(['above', 'under', 'below']);
/** The healthy level a measure returns to: "back to normal", "back to baseline", "back to green". */
const REFERENCE_LEVELS = new Set(['normal', 'baseline', 'green', 'healthy']);

/**
 * Is word `k` a figure (before the clause ends), and for "to" one measured in per cent or a duration
 * unit? A figure in words counts with a unit after it ("back under ten minutes"), not alone ("back under
 * one roof", "back under one manager").
 */
function levelFigureAt(tokens: Token[], words: Token[], k: number, end: number, measuredOnly: boolean): boolean {
  const w = words[k];
  if (w === undefined || w.start >= end) return false;
  if (!/^\d/.test(w.text)) {
    const unit = words[k + 1]?.lower;
    return (
      !measuredOnly &&
      numberWordValue(w.lower) !== undefined &&
      unit !== undefined &&
      (PERCENT_WORDS.has(unit) || DURATION_UNITS.has(unit))
    );
  }
  if (!measuredOnly) return true;
  // "back to 300 ms", "back to 2%": a level with its unit; "back to 2.4" may be a version, "back to 3 March" a date.
  const unit = tokens.find((t) => t.start >= w.end);
  if (unit === undefined) return false;
  return (
    PERCENT_WORDS.has(unit.lower) || (DURATION_UNITS.has(unit.lower) && /^(ms|s|sec|secs|seconds?)$/.test(unit.lower))
  );
}

/** Marks that open a clause: a measure named before one of them is not what came back. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * Does a measure ("errors", "churn", "p95 latency") stand in the clause before "back" at `i`, within
 * six words? A healthy level with no figure says which way is good only for a measure: "the project
 * was back to green" is a status, "errors back to baseline" a recovery.
 */
function measureBefore(tokens: Token[], words: Token[], i: number): boolean {
  let opener = -1;
  for (const t of tokens)
    if (t.start < words[i].start && t.kind === 'symbol' && CLAUSE_OPENERS.has(t.text)) opener = t.start;
  for (let k = i - 1; k >= 0 && k >= i - 6 && words[k].start > opener; k--) {
    const l = words[k].lower;
    if (isQuality(l) || MEASURE_HEADS.has(l) || PROBLEM_NOUNS.has(l)) return true;
  }
  return false;
}

/**
 * "back" followed by a comparison and a figure ("back above 99.5%", "back below 1k"), or by "to" and
 * a healthy reference level after a measure ("errors back to normal", "back to pre-incident levels") or a figure with a per
 * cent or seconds unit ("back to 300 ms"): a measure recovered, an outcome.
 */
export const BACK_TO_LEVEL_RULE: CueRule = {
  name: 'back-to-level',
  words: ['back'],
  match({ tokens, words, cues, i, w, next }) {
    if (next === undefined) return false;
    const end = clauseEnd(tokens, w);
    let k = i + 2;
    // "back well under", "back to about 2%": a hedge between the preposition and the level.
    if (['well', 'about', 'around', 'roughly', 'comfortably'].includes(words[k]?.lower ?? '')) k++;
    let found = false;
    if (LEVEL_COMPARISONS.has(next)) found = levelFigureAt(tokens, words, k, end, false);
    else if (next === 'to') {
      const l = words[k]?.lower ?? '';
      found =
        (words[k] !== undefined &&
          words[k].start < end &&
          (REFERENCE_LEVELS.has(l) ||
            (l === 'pre' && tokens.some((t) => t.text === '-' && t.start === words[k].end))) &&
          measureBefore(tokens, words, i)) ||
        levelFigureAt(tokens, words, k, end, true);
    }
    if (!found) return false;
    addCue(cues, w, words[k], 'change');
    return true;
  },
};
