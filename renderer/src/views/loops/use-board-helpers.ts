// What the board's cards and zones need to know about stories for one loop: titles, readiness, and
// which of the loop framework's competencies each story covers (directly or through the mapping).
import { useMemo } from 'react';
import { competencyMatcher, findFramework, allFrameworks, type MatchKind } from '#shared/competencies/index';
import type { Framework, Loop, Story } from '#shared/domain/schemas';
import { storyReadiness } from '../../data/story-analysis';

export interface BoardHelpers {
  story: (id: string) => Story | undefined;
  title: (id: string) => string;
  readiness: (story: Story) => number;
  covers: (story: Story) => Map<string, MatchKind>;
  competencyName: (id: string) => string;
  framework: Framework;
}

export function useBoardHelpers(loop: Loop, byId: ReadonlyMap<string, Story>, own: readonly Framework[]): BoardHelpers {
  return useMemo(() => {
    const frameworks = allFrameworks({ frameworks: [...own] });
    const framework = findFramework(loop.frameworkId, { frameworks: [...own] }) ?? frameworks[0];
    const match = competencyMatcher(framework, frameworks);
    const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
    const covers = new WeakMap<Story, Map<string, MatchKind>>();
    return {
      story: (id) => byId.get(id),
      title: (id) => byId.get(id)?.title || 'Untitled story',
      readiness: storyReadiness,
      covers: (story) => {
        let hit = covers.get(story);
        if (!hit) {
          hit = match(story.competencies);
          covers.set(story, hit);
        }
        return hit;
      },
      competencyName: (id) => names.get(id) ?? id,
      framework,
    };
  }, [loop.frameworkId, byId, own]);
}
