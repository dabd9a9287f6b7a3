// A figure measured against a comparison arm: an A/B test, a holdout, a control group, a live test of the new
// version against the old. A relative change such a test reports ("add-to-cart went up 4% in the A/B test") has
// its base, the control arm, and a relative lift is how such tests are reported: a coach does not ask "4% of
// what?". Two shapes are read:
// - a sentence names the comparison its figure came from: a preposition of frame ("in", "during", "against",
//   "versus", "over", "than") heads a noun phrase whose head is a trial noun ("in the live test", "against the
//   holdout", "over the control");
// - a story sets up a controlled experiment before its Result: a test named by its arms ("A/B", "split"), a
//   holdout, a control group or arm, a randomised trial. A bare "test" is not one: "a one-week test on a slice
//   of traffic" may have sized a setting before launch, not measured the result the Result reports.
import { tokenize, type Token } from '../language/tokenize';
import { lemmaSet, wordSet } from '../language/lexicon';

/** Nouns of a comparison a figure is measured in or against (matched by lemma). */
const ARM_NOUNS = lemmaSet(
  'comparison-arm-nouns',
  ['test', 'experiment', 'trial', 'holdout', 'control', 'baseline'],
  [],
  {
    nouns: true,
  },
);
/** Prepositions that place a figure in or against a comparison: "in the test", "against the holdout". */
const FRAME_PREPOSITIONS = wordSet('comparison-frame-prepositions', [
  'in',
  'during',
  'against',
  'versus',
  'vs',
  'over',
  'than',
]);
/** Words that end the noun phrase a preposition heads before its noun is found. */
const PHRASE_ENDS = wordSet('comparison-phrase-ends', [
  'and',
  'or',
  'but',
  'which',
  'that',
  'to',
  'of',
  'with',
  'for',
  'on',
  'after',
  'before',
  'while',
  'since',
]);
/** How many words a noun phrase may put before its head: "in the first two-week A/B test" (symbols not counted). */
const PHRASE_REACH = 6;
/** Nouns that make "control" an arm: "a control group", "the control arm". */
const CONTROL_ARM_NOUNS = lemmaSet(
  'control-arm-nouns',
  ['group', 'arm', 'cell', 'cohort', 'sample', 'variant', 'market', 'region', 'store', 'site'],
  [],
  {
    nouns: true,
  },
);
/** Words that name a randomised comparison outright (as written: "randomly" is not one). */
const RANDOMISED = wordSet('randomised-words', ['randomised', 'randomized']);

/** True when a preposition of frame heads a noun phrase whose head is a trial noun ("in the live test"). */
export function namesComparisonFrame(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !FRAME_PREPOSITIONS.has(tokens[i].lower)) continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length && words < PHRASE_REACH; j++) {
      const t = tokens[j];
      if (t.kind === 'symbol') {
        if (t.text !== '-' && t.text !== '/') break;
        continue;
      }
      if (PHRASE_ENDS.has(t.lower)) break;
      if (ARM_NOUNS.has(t.lower)) return true;
      words++;
    }
  }
  return false;
}

/** "A/B": the letters a test's two arms are named by. */
function isAbAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k].lower === 'a' && tokens[k + 1]?.text === '/' && tokens[k + 2]?.lower === 'b';
}

/** True when the text sets up a controlled experiment: an A/B or split test, a holdout, a control group, a randomised trial. */
export function setsUpControlledExperiment(text: string): boolean {
  const tokens = tokenize(text);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (isAbAt(tokens, k) || RANDOMISED.has(t.lower) || ARM_NOUNS.lemmaOf(t.lower) === 'holdout') return true;
    if (t.lower === 'split' && ARM_NOUNS.has(tokens[k + 1]?.lower ?? '')) return true;
    if (t.lower === 'control' && CONTROL_ARM_NOUNS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
