// The coverage matrix for the screen, computed here from the loaded bank (instant, and it follows
// edits as they are typed) with the analyzer's readiness score. The CSV export asks main for the same
// matrix, computed by the same shared code.
import { useMemo } from 'react';
import { activeFramework, allFrameworks } from '#shared/competencies/index';
import { coverageMatrix, stageCoverageMatrix, type CoverageMatrix } from '#shared/coverage/index';
import type { Framework, Settings, Stage, Story } from '#shared/domain/schemas';
import { storyReadiness } from '../../data/story-analysis';

export type CoverageViewKind = 'competencies' | 'stages';

export { storyReadiness };

export interface CoverageModel {
  matrix: CoverageMatrix;
  framework: Framework;
  frameworks: Framework[];
  /** Column id → one-line description (competencies only). */
  descriptions: ReadonlyMap<string, string>;
}

export function useCoverage(
  bank: {
    stories: readonly Story[];
    frameworks: readonly Framework[];
    stages: readonly Stage[];
    settings: Settings | null;
  },
  view: CoverageViewKind,
): CoverageModel {
  const { stories, frameworks: own, stages, settings } = bank;
  const frameworks = useMemo(() => allFrameworks({ frameworks: [...own] }), [own]);
  const framework = useMemo(
    () => activeFramework({ frameworks: [...own], settings: settings ?? undefined }),
    [own, settings],
  );
  const matrix = useMemo(
    () =>
      view === 'stages'
        ? stageCoverageMatrix(stories, stages, { readiness: storyReadiness })
        : coverageMatrix(stories, framework, { readiness: storyReadiness, frameworks }),
    [view, stories, stages, framework, frameworks],
  );
  const descriptions = useMemo(
    () => new Map(view === 'stages' ? [] : framework.competencies.map((c) => [c.id, c.description])),
    [view, framework],
  );
  return { matrix, framework, frameworks, descriptions };
}
