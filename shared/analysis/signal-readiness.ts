// Readiness counts the senior signals a story's competencies ask for (issue 12): a story tagged
// "Ownership" is not ready until it shows ownership after launch and the writer's own call. The
// analyzer's four text parts keep their proportions, scaled into 85 points, and a fifth part,
// Signals, carries the other 15. A story whose competencies ask for no signal (or that has none
// tagged) is judged on its text alone, so its score does not change.
import { signalsForCompetencies } from '../competencies/competency-signals';
import type { Story } from '../domain/schemas';
import { storySignals, type StorySignal, type StorySignals } from './signals/story-signals';
import { SIGNALS } from './signals/signal-ids';
import type { ReadinessScore, ScorePart } from './types';

export const SIGNALS_MAX = 15;
// What a signal is worth toward the part: shown in full; "unsure" (a likely phrasing the detector
// cannot confirm) half, so a missed phrasing costs less than a real gap; missing nothing.
const CREDIT: Record<StorySignal['status'], number> = { present: 1, unsure: 0.5, missing: 0 };

const labelList = (signals: readonly StorySignal[]) => signals.map((s) => SIGNALS[s.id].label.toLowerCase()).join(', ');

/** The Signals part for a story, or undefined when its competencies ask for no signal. */
export function signalsPart(
  story: Story,
  signalsOf: (story: Story) => StorySignals = storySignals,
): ScorePart | undefined {
  const needed = signalsForCompetencies(story.competencies ?? []);
  if (needed.size === 0) return undefined;
  const signals = signalsOf(story).signals.filter((s) => needed.has(s.id));
  const credit = signals.reduce((n, s) => n + CREDIT[s.status], 0);
  const shown = signals.filter((s) => s.status === 'present');
  const unsure = signals.filter((s) => s.status === 'unsure');
  const missing = signals.filter((s) => s.status === 'missing');
  const parts = [
    `Shows ${shown.length} of the ${signals.length} signal${signals.length > 1 ? 's' : ''} its competencies ask for`,
    missing.length > 0 ? `missing: ${labelList(missing)}` : '',
    unsure.length > 0 ? `not clearly shown: ${labelList(unsure)}` : '',
  ].filter(Boolean);
  return {
    id: 'signals',
    label: 'Senior signals',
    points: Math.round((SIGNALS_MAX * credit) / signals.length),
    max: SIGNALS_MAX,
    reason: `${parts.join('; ')}.`,
  };
}

/** The analyzer's score with the Signals part added when the story's competencies ask for signals. */
export function withSignals(
  score: ReadinessScore,
  story: Story,
  signalsOf: (story: Story) => StorySignals = storySignals,
): ReadinessScore {
  const signals = signalsPart(story, signalsOf);
  if (!signals) return score;
  const room = 100 - SIGNALS_MAX;
  const base = score.parts.reduce((n, p) => n + p.max, 0);
  // Scale each text part into the room left; the last takes the rounding so the maxima sum to 100.
  let maxLeft = room;
  const scaled = score.parts.map((p, i) => {
    const max = i === score.parts.length - 1 ? maxLeft : Math.round((p.max * room) / base);
    maxLeft -= max;
    return { ...p, max, points: Math.min(max, Math.round((p.points * max) / p.max)) };
  });
  const parts = [...scaled, signals];
  return { total: parts.reduce((n, p) => n + p.points, 0), parts };
}
