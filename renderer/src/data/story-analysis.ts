// The renderer's door to the analyzer: per-section analyze functions for the editors (stable
// identities, so editors do not re-mark needlessly) and a per-story report cached by object identity
// (the bank store replaces a story object on every edit, so an unchanged story is never re-analyzed).
import { analyzeStory, analyzeText } from '../../../shared/analysis';
import type { StoryReport } from '../../../shared/analysis/types';
import type { Story, StorySection } from '../../../shared/domain/schemas';
import { STORY_SECTIONS } from '../../../shared/domain/schemas';
import type { AnalyzeFn } from '../editor/finding-types';

const reports = new WeakMap<Story, StoryReport>();

export function storyReport(story: Story): StoryReport {
  const cached = reports.get(story);
  if (cached) return cached;
  const report = analyzeStory(story);
  reports.set(story, report);
  return report;
}

/** Whether the report for this story object is already cached (so reading it costs nothing). */
export function hasStoryReport(story: Story): boolean {
  return reports.has(story);
}

const sectionAnalyzer =
  (section: StorySection): AnalyzeFn =>
  (text) =>
    analyzeText(text, { section }).findings;

// analyzeText and analyzeStory share one cache, so the editor's marks and the issues panel agree.
export const SECTION_ANALYZERS = Object.fromEntries(
  STORY_SECTIONS.map((s) => [s, sectionAnalyzer(s)]),
) as unknown as Record<StorySection, AnalyzeFn>;

/** Speaking time in seconds: the middle of the analyzer's fast–slow range. */
export function speakingSeconds(report: StoryReport): number {
  return Math.round((report.speakingTime.minSeconds + report.speakingTime.maxSeconds) / 2);
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r === 0 ? `${m} min` : `${m} min ${r} s`;
}

/** Compact form for list rows: 1:45. */
export function formatClock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
