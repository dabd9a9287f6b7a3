// Pacing marks for one answer: where Situation/Task should give way to Action, and Action to Result,
// as shares of the target length. The Action is about half of a good answer (DESIGN.md §4), the
// setup under a quarter.
import type { TargetBand } from '#shared/practice/progress';

export interface PaceMark {
  id: 'setup' | 'action' | 'result';
  label: string;
  /** The word on the pacing bar's tick: short, because the timer stands in a narrow column. */
  tick: string;
  /** Seconds from the start by which this part should be done. */
  by: number;
}

export function paceMarks(target: TargetBand): PaceMark[] {
  const length = (target.min + target.max) / 2;
  return [
    { id: 'setup', label: 'Situation / Task', tick: 'S / T', by: Math.round(length * 0.25) },
    { id: 'action', label: 'Action', tick: 'Action', by: Math.round(length * 0.75) },
    { id: 'result', label: 'Result', tick: 'Result', by: Math.round(length) },
  ];
}

/** The part of the answer the speaker should be in at `seconds`, or 'wrap up' past the last mark. */
export function currentPart(marks: readonly PaceMark[], seconds: number): string {
  return marks.find((m) => seconds < m.by)?.label ?? 'Wrap up';
}
