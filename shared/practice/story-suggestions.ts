// Which stories answer a question, by competency overlap alone (ready before draft). The drill now
// uses the question bank's richer ranking (shared/questions/rank-stories.ts); this plain version is
// kept only because main/api/handlers/loops-planning.ts still imports it — remove it once that moves.
import { equivalentCompetencyIds } from '../competencies/map-competencies';
import { isTellable } from '../coverage/story-state';
import type { Question, Story } from '../domain/schemas';

export interface StorySuggestion {
  story: Story;
  /** Question competencies the story covers. */
  matched: string[];
  reason: string;
}

export function suggestStories(
  question: Pick<Question, 'competencies'>,
  stories: readonly Story[],
  competencyName: (id: string) => string = (id) => id,
): StorySuggestion[] {
  const out: StorySuggestion[] = [];
  for (const story of stories) {
    if (!isTellable(story)) continue;
    const tags = new Set(story.competencies.flatMap((id) => [id, ...equivalentCompetencyIds(id)]));
    const matched = question.competencies.filter((c) => tags.has(c));
    if (matched.length === 0) continue;
    const draft = story.status === 'draft' ? ' (draft)' : '';
    out.push({ story, matched, reason: `covers ${matched.map(competencyName).join(', ')}${draft}` });
  }
  const readyFirst = (s: Story) => (s.status === 'ready' ? 0 : 1);
  return out.sort((a, b) => b.matched.length - a.matched.length || readyFirst(a.story) - readyFirst(b.story) || a.story.title.localeCompare(b.story.title));
}
