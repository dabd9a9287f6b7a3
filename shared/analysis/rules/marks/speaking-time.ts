// Speaking time as a range: people say 130–150 words a minute in an interview. A behavioral answer
// should take about 1.5–2 minutes; past 3 minutes the interviewer stops listening.
import type { SpeakingTime } from '../../types';

export const WORDS_PER_MINUTE = { slow: 130, fast: 150 } as const;
export const TARGET_SECONDS = { min: 90, max: 120, warnAfter: 180 } as const;

export function speakingTime(words: number): SpeakingTime {
  return {
    minSeconds: Math.round((words / WORDS_PER_MINUTE.fast) * 60),
    maxSeconds: Math.round((words / WORDS_PER_MINUTE.slow) * 60),
  };
}

export type LengthVerdict = 'empty' | 'short' | 'on-target' | 'long' | 'too-long';

/** Too long only if even a fast speaker runs past 3 minutes; long if a slow one passes the target. */
export function lengthVerdict(time: SpeakingTime): LengthVerdict {
  if (time.maxSeconds === 0) return 'empty';
  if (time.minSeconds > TARGET_SECONDS.warnAfter) return 'too-long';
  if (time.maxSeconds > TARGET_SECONDS.max && time.minSeconds > TARGET_SECONDS.max) return 'long';
  if (time.maxSeconds < TARGET_SECONDS.min) return 'short';
  return 'on-target';
}

export function formatMinutes(seconds: number): string {
  return (seconds / 60).toFixed(1);
}
