// Builds what the document writers take (SheetInput, StoryBookInput) from the open bank: the user's profile and
// paper size, competency and stage names from the frameworks, and, for the book's appendix, the analyzer's verdict.
import { storyReport } from '#shared/analysis/story-readiness';
import { competencyName } from '#shared/competencies/index';
import type { Bank, Story } from '#shared/domain/schemas';
import type { PaperSize, SheetInput } from '#shared/sheet/index';
import type { ReadinessFinding, StoryBookInput, StoryReadiness } from './story-book-docx';
import type { ResolvedScope } from './export-scope';

/** Competency id → display name for the tags of these stories; a loop's framework names win over the active one. */
export function competencyNames(bank: Bank, stories: Story[], frameworkId?: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of new Set(stories.flatMap((s) => s.competencies))) names[id] = competencyName(id, bank, frameworkId);
  return names;
}

export function sheetInputFor(
  bank: Bank,
  { stories, loop }: ResolvedScope,
  options: { paper?: PaperSize; company?: string; date?: string },
): SheetInput {
  return {
    stories,
    ...(loop ? { loop } : {}),
    profile: bank.profile,
    // A blank company or date means "none": fall back to the loop's only when the user left it out entirely.
    ...(options.company !== undefined ? { company: options.company.trim() } : {}),
    ...(options.date ? { date: options.date } : {}),
    paper: options.paper ?? bank.settings.paperSize,
    competencyNames: competencyNames(bank, stories, loop?.frameworkId),
  };
}

const EXCERPT_CHARS = 120;

/** The story's readiness (the one definition, signals included) and its findings, with the words each finding is about. */
export function readinessOf(story: Story): StoryReadiness {
  const report = storyReport(story);
  const findings: ReadinessFinding[] = report.findings.map((f) => {
    const text = f.section ? story[f.section] : '';
    const excerpt =
      f.section && f.end > f.start ? text.slice(f.start, Math.min(f.end, f.start + EXCERPT_CHARS)).trim() : '';
    return {
      severity: f.severity,
      message: f.message,
      ...(f.section ? { field: f.section } : {}),
      ...(excerpt ? { excerpt } : {}),
    };
  });
  return { score: report.score.total, findings };
}

export function bookInputFor(
  bank: Bank,
  { stories, loop }: ResolvedScope,
  options: { appendix: boolean; paper?: PaperSize; date?: string },
): StoryBookInput {
  return {
    stories,
    profile: bank.profile,
    paper: options.paper ?? bank.settings.paperSize,
    competencyNames: competencyNames(bank, stories, loop?.frameworkId),
    stageNames: Object.fromEntries(bank.stages.map((s) => [s.id, s.name])),
    ...(options.date ? { date: options.date } : {}),
    ...(options.appendix ? { readiness: Object.fromEntries(stories.map((s) => [s.id, readinessOf(s)])) } : {}),
  };
}
