// A Result with no measure at all: no figure measures the result and none sizes its reach. The first
// thing a coach asks of such a Result is "how much, how many, how fast?". The same verdict feeds the
// readiness score (readiness-score.ts), so the score and the mark never disagree.
//
// Two kinds of Result need no figure, and a coach would not ask for one:
// - a measure the sentence flags do not count, because it is a point in time or a frequency: "by week
//   three I was shipping", "a week early", "deploys went from weekly to daily" (time to result is
//   the measure of a learning or delivery story);
// - a Result about people or a decision, where a qualitative result is what a coach expects: most of
//   its sentences tell of a relationship, an agreement or a decision ("we did not adopt the tool",
//   "the teammate thanked me", "our working relationship grew stronger"). A placeholder the writer
//   left for a figure ("[?] how many clients") says they know one belongs there, so the mark stays.
import type { StoryFinding, TextAnalysis } from '../../types';
import { hasPlaceholder } from '../language/unasserted-spans';
import { hasTimeMeasure } from '../figures/time-measures';
import { lemmaSet } from '../language/lexicon';

/** Below this many words the Result is not written yet; "missing-section" speaks for an empty one. */
const MIN_RESULT_WORDS = 5;

/**
 * How a Result stands on measures: it gives one (`measured`), needs none because it is about people or
 * a decision (`qualitative`), lacks one (`missing`), or is not written yet (`unwritten`).
 */
export type ResultMeasure = 'measured' | 'qualitative' | 'missing' | 'unwritten';

/** Words that tell of a relationship, an agreement or a decision (matched on lower-cased words). */
const PEOPLE_OR_DECISION = new Set([
  'relationship',
  'relationships',
  'rapport',
  'trust',
  'trusted',
  'respect',
  'respected',
  'tone',
  'collaboration',
  'collaborating',
  'thanked',
  'thank',
  'thanks',
  'appreciated',
  'apologized',
  'apologised',
  'agreed',
  'agreement',
  'aligned',
  'realigned',
  'alignment',
  'consensus',
  'compromise',
  'decided',
  'decision',
  'deciding',
  'adopt',
  'tradeoff',
  'trade-off',
  'feedback',
  'friendlier',
  'mentee',
  'disagreement',
  'conflict',
  'listened',
  'understood',
  'accepted',
]);

/**
 * Verbs of a thing kept as it was, the outcome of a decision at stake: "the free tier stayed", "leadership kept
 * a smaller shift", "refunds remained flat" (matched by lemma).
 */
const KEPT_VERBS = lemmaSet('kept-as-decided-verbs', ['keep', 'stay', 'remain', 'retain']);

const words = (text: string) => text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];

function sentencesOf(result: TextAnalysis, text: string): string[] {
  return result.sentences.map((s) => text.slice(s.start, s.end));
}

/** True when some Result sentence carries a metric or a scale. */
export function resultHasMeasure(result: TextAnalysis): boolean {
  return result.sentences.some((s) => s.hasMetric || s.hasScale);
}

/** The verdict on a Result (its analysis and its text). */
export function resultMeasure(result: TextAnalysis, text: string): ResultMeasure {
  if (result.words < MIN_RESULT_WORDS) return 'unwritten';
  if (resultHasMeasure(result)) return 'measured';
  const sentences = sentencesOf(result, text);
  if (sentences.some(hasTimeMeasure)) return 'measured';
  if (sentences.some(hasPlaceholder)) return 'missing';
  const aboutPeople = sentences.filter((s) =>
    words(s).some((w) => PEOPLE_OR_DECISION.has(w) || KEPT_VERBS.has(w)),
  ).length;
  return aboutPeople * 2 > sentences.length ? 'qualitative' : 'missing';
}

/** The story-level finding, anchored on the Result's first sentence; undefined unless a measure is missing. */
export function resultWithoutMeasure(result: TextAnalysis, text: string): StoryFinding | undefined {
  if (resultMeasure(result, text) !== 'missing') return undefined;
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
