// A Result with no measure at all: no figure measures the result and none sizes its reach. The first
// thing a coach asks of such a Result is "how much, how many, how fast?". The same fact feeds the
// readiness score (readiness-score.ts), so the score and the mark never disagree.
import type { StoryFinding, TextAnalysis } from '../types';

/** Below this many words the Result is not written yet; "missing-section" speaks for an empty one. */
const MIN_RESULT_WORDS = 5;

/** True when some Result sentence carries a metric or a scale. */
export function resultHasMeasure(result: TextAnalysis): boolean {
  return result.sentences.some((s) => s.hasMetric || s.hasScale);
}

/** The story-level finding, anchored on the Result's first sentence; undefined when there is a measure. */
export function resultWithoutMeasure(result: TextAnalysis): StoryFinding | undefined {
  if (result.words < MIN_RESULT_WORDS || resultHasMeasure(result)) return undefined;
  const first = result.sentences[0];
  return {
    rule: 'result-without-measure',
    section: 'result',
    severity: 'warning',
    start: first.start,
    end: first.end,
    message: 'The Result gives no measure: nothing says how much, how many or how fast.',
    suggestion: 'Add one figure for the change (before and after) or its reach (users, requests, teams).',
  };
}
