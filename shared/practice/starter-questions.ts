// A small interim set of questions, written before the full question bank (shared/questions) landed.
// The drill now uses shared/questions; this stays only because main/api/handlers/loops-planning.ts
// still imports it — remove it once that handler uses BUILT_IN_QUESTIONS.
import type { Question } from '../domain/schemas';

const q = (id: string, text: string, competencies: string[]): Question => ({ id: `practice.${id}`, text, competencies });

export const STARTER_QUESTIONS: readonly Question[] = [
  q('lead-direction', 'Tell me about a time you set the direction for a project without formal authority.', ['ml.leadership']),
  q('own-after-launch', 'Tell me about a model you kept improving after it launched. What did you watch, and what did you fix?', ['ml.ownership', 'ml.production-reliability']),
  q('own-unasked', 'Describe something you fixed that nobody had asked you to own.', ['ml.ownership']),
  q('impact-metric', 'What is the project with the biggest measurable impact you have delivered? How do you know it was you?', ['ml.impact']),
  q('ambiguity-vague-goal', 'Tell me about a time the goal was vague and the data was messy. How did you make progress?', ['ml.ambiguity']),
  q('collab-partner-team', 'Describe a launch that needed another team to change its plans. How did you get them on board?', ['ml.collaboration']),
  q('tradeoff-latency', 'Tell me about a time you traded model quality for latency or cost. How did you decide?', ['ml.tradeoffs']),
  q('depth-root-cause', 'Walk me through the hardest root cause you found in a model or data pipeline.', ['ml.technical-depth']),
  q('reliability-incident', 'Tell me about a production incident involving a model. What happened, and what changed afterwards?', ['ml.production-reliability', 'ml.failure-learning']),
  q('conflict-pushback', 'Tell me about a launch you pushed back on. What was the disagreement, and how was it resolved?', ['ml.conflict']),
  q('conflict-data-quality', 'Describe a fight about data quality. Who disagreed with you, and what did you do?', ['ml.conflict', 'ml.collaboration']),
  q('failure-model', 'Tell me about a model that failed in production. What did you learn?', ['ml.failure-learning']),
  q('failure-mistake', 'Describe a mistake you made that affected others. How did you handle it?', ['ml.failure-learning', 'ml.ownership']),
  q('communicate-uncertainty', 'Tell me about explaining a model’s uncertainty to people who had to make a decision on it.', ['ml.communication']),
  q('mentor-grow', 'Tell me about someone you helped grow into a bigger role.', ['ml.mentoring', 'ml.leadership']),
  q('impact-prioritize', 'Tell me about a time you chose not to build something. What did you do instead, and what did it achieve?', ['ml.impact', 'ml.tradeoffs']),
];
