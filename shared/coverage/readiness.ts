// The one readiness score every planning feature uses: the analyzer's 0–100 score (STAR completeness,
// specificity, ownership, length). The coverage matrix, its CSV, Suggest, loop warnings and question
// ranking all take it, on the server and on screen, so a story is never "ready 80" in one place and
// "ready 100" in another. (The renderer reads the same number from its cached StoryReport.)
import { analyzeStory } from '../analysis';
import type { StoryReport } from '../analysis/types';
import type { Story } from '../domain/schemas';

export const readinessOfReport = (report: Pick<StoryReport, 'score'>): number => report.score.total;

export function analyzerReadiness(story: Story): number {
  return readinessOfReport(analyzeStory(story));
}
