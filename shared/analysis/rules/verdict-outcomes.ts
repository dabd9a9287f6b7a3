// Outcomes told as a verdict on the result rather than by a change word: praise with a verdict noun
// ("big win for the team", "a huge step forward", "great results") and a ranking against the past
// ("best quarter the territory had in years", "our strongest launch ever", "its best month on
// record"). Users write them as verbless Result lines; they claim an effect without saying how big it
// was, so they are outcomes with no number.
import {
  PRAISE_ADJECTIVES,
  RANKING_SPANS,
  RANKING_SUPERLATIVES,
  VERDICT_LEADS,
  VERDICT_NOUNS,
  VERDICT_VERBS,
} from './lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';

/**
 * Whether the praised noun phrase opening at `k` is the verdict itself: a verbless line ("Big win for
 * the team."), the complement of a copula ("it was a huge win") or what the work delivered ("got great
 * results"), not what someone looked for ("looked for big results").
 */
function givenAsVerdict(words: { lower: string }[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && VERDICT_LEADS.has(words[j].lower)) j--;
  return j < 0 || VERDICT_VERBS.has(words[j].lower);
}

/** "big win", "a huge success", "great results", "a big step forward"; not "quick wins", "a step function". */
export const PRAISED_VERDICT_RULE: CueRule = {
  name: 'praised-verdict',
  lemmas: [VERDICT_NOUNS],
  match({ words, cues, i, w, lower, prev, next }) {
    if (prev === undefined || !PRAISE_ADJECTIVES.has(prev) || !givenAsVerdict(words, i - 1)) return false;
    if (VERDICT_NOUNS.lemmaOf(lower) === 'step' && next !== 'forward' && next !== 'up') return false;
    addCue(cues, words[i - 1], w, 'recognition');
    return true;
  },
};

/** "best quarter the territory had in years", "our best launch ever", "its best month on record". */
export const RANKED_AGAINST_PAST_RULE: CueRule = {
  name: 'ranked-against-past',
  words: RANKING_SUPERLATIVES,
  match({ tokens, words, cues, i, w, prev }) {
    // "the best practices", "the fastest route": a superlative that ranks no result of the writer's.
    if (prev !== undefined && prev !== 'our' && prev !== 'its' && prev !== 'their' && prev !== 'my' && prev !== 'the')
      return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 1; k < words.length && k <= i + 8 && words[k].start < end; k++) {
      const l = words[k].lower;
      if (!RANKING_SPANS.has(l)) continue;
      // "in years", "in a decade", "on record", "to date", "in memory", "ever"
      const before = words[k - 1]?.lower;
      const closes =
        l === 'ever' ||
        (l === 'record' && before === 'on') ||
        (l === 'date' && before === 'to') ||
        ((l === 'years' || l === 'decade' || l === 'memory') &&
          (before === 'in' || before === 'a' || before === 'living'));
      // "in years of bids": the years are what the sentence counts, not how far back the ranking reaches.
      if (!closes || words[k + 1]?.lower === 'of') continue;
      addCue(cues, w, words[k], 'recognition');
      return true;
    }
    return false;
  },
};
