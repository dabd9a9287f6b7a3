// What the planning operations need from the bank: the one readiness score (the analyzer's, as the
// renderer shows it), and the frameworks and names the shared planning code takes as options.
import { allFrameworks, competencyName } from '#shared/competencies/index';
import { storyReadiness } from '#shared/analysis/story-readiness';
import type { Bank, Framework, Story } from '#shared/domain/schemas';

/** The analyzer's readiness score, 0–100: the same number the renderer shows for the story. */
export const readinessOf: (story: Story) => number = storyReadiness;

/** Options for shared/loops and shared/questions: readiness, every framework, and names in the given framework. */
export function planningOptions(
  bank: Bank,
  frameworkId?: string,
): {
  readiness: (story: Story) => number;
  frameworks: Framework[];
  competencyName: (id: string) => string;
} {
  return {
    readiness: readinessOf,
    frameworks: allFrameworks(bank),
    competencyName: (id) => competencyName(id, bank, frameworkId),
  };
}
