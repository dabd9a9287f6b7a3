// The stories that answer a drill question best: the question bank's ranking (competency overlap,
// readiness from the analyzer, shared words, recent use), joined back to the stories it names.
import type { Question, Story } from '#shared/domain/schemas';
import { rankStoriesForQuestion } from '#shared/questions/rank-stories';
import { storyReadiness } from '../../../data/story-analysis';

export interface StorySuggestion {
  story: Story;
  reason: string;
}

const readiness = storyReadiness;

export function suggestStoriesFor(
  question: Question,
  stories: readonly Story[],
  nameOf: (id: string) => string,
  now: Date,
  limit = 6,
): StorySuggestion[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  return rankStoriesForQuestion(question, stories, { readiness, competencyName: nameOf, now, limit }).flatMap((r) => {
    const story = byId.get(r.storyId);
    return story ? [{ story, reason: r.reason }] : [];
  });
}
