// The renderer's door to the analyzer: per-section analyze functions for the editors (stable
// identities while the story's text is unchanged, so editors do not re-mark needlessly), the one list
// of marks that editors, issues panel and counts share, and the per-story report and readiness of
// shared/analysis (cached by object identity: the bank store replaces a story object on every edit).
import { analyzeStory } from '#shared/analysis/index';
import type { StoryFinding, StoryReport } from '#shared/analysis/types';
import type { Story, StorySection } from '#shared/domain/schemas';
import { STORY_SECTIONS } from '#shared/domain/schemas';
import type { AnalyzeFn } from '../editor/finding-types';

export { hasStoryReport, storyReadiness, storyReport, storySignalsOf } from '#shared/analysis/story-readiness';

/** A finding as the issues panel lists it: where it is and the words it is about. */
export interface StoryMark extends StoryFinding {
  /** The quoted words the finding is about (empty for story-level findings with no place). */
  quote: string;
}

/**
 * Every finding of a story in reading order: each section's marks, then the story-level findings
 * (those anchored in a section, such as "we" without "I" or a Result with no measure, point at it).
 * The editors' marks, the issues panel and the section counts all read this one list.
 */
export function storyMarks(story: Pick<Story, StorySection>, report: StoryReport): StoryMark[] {
  const list: StoryMark[] = [];
  for (const section of STORY_SECTIONS)
    for (const f of report.fields[section].findings)
      list.push({ ...f, section, quote: story[section].slice(f.start, f.end) });
  for (const f of report.findings)
    list.push({ ...f, quote: f.section && f.end > f.start ? story[f.section].slice(f.start, f.end) : '' });
  return list;
}

/** The marks an editor shows in one section: its own, and story-level findings anchored in it. */
export function sectionMarks(
  story: Pick<Story, StorySection>,
  report: StoryReport,
  section: StorySection,
): StoryMark[] {
  return storyMarks(story, report)
    .filter((f) => f.section === section && f.end > f.start)
    .sort((a, b) => a.start - b.start);
}

type SectionTexts = Pick<Story, StorySection>;
let lastTexts: SectionTexts | undefined;
let lastAnalyzers: Record<StorySection, AnalyzeFn> | undefined;

/**
 * Analyze functions for the five editors of one story. Each marks its text as part of the whole
 * story (the other sections as they are now), so a story-level mark appears in its section and goes
 * away when another section fixes it. Same texts, same functions: editors re-mark only on a change.
 */
export function storyAnalyzers(story: SectionTexts): Record<StorySection, AnalyzeFn> {
  if (lastAnalyzers && lastTexts && STORY_SECTIONS.every((s) => lastTexts![s] === story[s])) return lastAnalyzers;
  const texts: SectionTexts = {
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    reflection: story.reflection,
  };
  const analyzers = Object.fromEntries(
    STORY_SECTIONS.map((section) => {
      const analyze: AnalyzeFn = (text) => {
        const current = { ...texts, [section]: text };
        return sectionMarks(current, analyzeStory(current as Story), section);
      };
      return [section, analyze];
    }),
  ) as unknown as Record<StorySection, AnalyzeFn>;
  lastTexts = texts;
  lastAnalyzers = analyzers;
  return analyzers;
}

/** Speaking time in seconds: the middle of the analyzer's fast–slow range. */
export function speakingSeconds(report: StoryReport): number {
  return Math.round((report.speakingTime.minSeconds + report.speakingTime.maxSeconds) / 2);
}
