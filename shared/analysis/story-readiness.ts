// The one definition of a story's readiness: the analyzer's 0–100 score (STAR completeness,
// specificity, ownership, length) plus, for a story whose competencies ask for senior signals, a
// Signals part (signal-readiness.ts). Coverage, Suggest, loop warnings, question ranking, the story list
// and the exports all call storyReadiness, so a story is never "ready 80" in one place and "ready 100"
// in another. Reports are cached per story object: the stores replace a story object on every edit.
import { analyzeStory } from './index';
import { withSignals } from './signal-readiness';
import { storySignals, type StorySignals } from './signals/story-signals';
import type { StoryReport } from './types';
import type { Story } from '../domain/schemas';

const reports = new WeakMap<Story, StoryReport>();
const signalReports = new WeakMap<Story, StorySignals>();

/** The story's senior signals, computed once per story object (readiness, the list filter and the checklist share it). */
export function storySignalsOf(story: Story): StorySignals {
  let found = signalReports.get(story);
  if (!found) {
    found = storySignals(story);
    signalReports.set(story, found);
  }
  return found;
}

/** The analyzer's full report for a story, its score counting the signals its competencies ask for; once per story object. */
export function storyReport(story: Story): StoryReport {
  let report = reports.get(story);
  if (!report) {
    const text = analyzeStory(story);
    report = { ...text, score: withSignals(text.score, story, storySignalsOf) };
    reports.set(story, report);
  }
  return report;
}

/** Whether the report for this story object is already cached (so reading it costs nothing). */
export function hasStoryReport(story: Story): boolean {
  return reports.has(story);
}

/** The story's readiness score, 0–100. */
export function storyReadiness(story: Story): number {
  return storyReport(story).score.total;
}
