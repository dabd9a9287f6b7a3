// Practice's follow-up round: after the main answer, the interviewer's next two or three questions
// about the same story, 45 seconds each. Taken from followUps() in its order, so the round asks the
// probes interviewers use most (the numbers, the decision, your part) first.
import { followUps, type FollowUp, type StoryText } from '../analysis/index';

/** Seconds for one follow-up answer. */
export const FOLLOW_UP_SECONDS = 45;
export const ROUND_MIN = 2;
export const ROUND_MAX = 3;

/** The follow-ups for a round, or [] when the story gives fewer than two to ask. */
export function followUpRound(story: StoryText): FollowUp[] {
  const list = followUps(story);
  return list.length < ROUND_MIN ? [] : list.slice(0, ROUND_MAX);
}
