// The sheet planner's report in plain words, per story: what is on the sheet in full, what was shortened (and by how
// much), what was left out. Pure, so the wording is tested without a browser.
import type { SheetReportDto } from '../../../../shared/api/channels/exports';

type StoryReport = SheetReportDto['stories'][number];
type FieldReport = StoryReport['fields'][number];

export const FIELD_NAMES: Record<FieldReport['field'], string> = {
  title: 'Title', tags: 'Competency tags', numbers: 'Key numbers', situation: 'Situation', task: 'Task',
  action: 'Action', result: 'Result', reflection: 'Reflection',
};

export interface StoryCuts {
  id: string;
  title: string;
  onSheet: boolean;
  /** "Action: 180 of 2,400 characters", "Key numbers: 3 of 7 (left out: 40%, $3M)". */
  shortened: string[];
  /** Field names left out entirely. */
  omitted: string[];
  /** Sections longer than the sheet reads. */
  longSections: string[];
}

const count = (n: number) => n.toLocaleString('en-US');

function shortenedWords(f: FieldReport): string {
  const name = FIELD_NAMES[f.field];
  if (f.field === 'numbers' || f.field === 'tags') {
    const left = f.omittedValues ?? [];
    return left.length ? `${name}: left out ${left.join(', ')}` : `${name}: shortened`;
  }
  return `${name}: ${count(f.shownChars)} of ${count(f.totalChars)} characters`;
}

export function storyCuts(story: StoryReport): StoryCuts {
  const shortened = story.fields.filter((f) => f.status === 'shortened').map(shortenedWords);
  const omitted = story.fields.filter((f) => f.status === 'omitted').map((f) => FIELD_NAMES[f.field]);
  return {
    id: story.id, title: story.title, onSheet: story.onSheet, shortened, omitted,
    longSections: (story.longSections ?? []).map((f) => FIELD_NAMES[f]),
  };
}

/** One sentence about the whole sheet. */
export function modeSentence(report: SheetReportDto): string {
  const onSheet = report.stories.filter((s) => s.onSheet).length;
  const stories = `${onSheet} ${onSheet === 1 ? 'story' : 'stories'}`;
  if (report.omittedStories.length) return `${stories} fit on one page; ${report.omittedStories.length} did not fit and are left out.`;
  if (report.mode === 'full') return `All ${stories} fit on one page with every cue.`;
  if (report.mode === 'compact') return `${stories} fit on one page; to make room some cues are shorter or left out.`;
  return `${stories} fit on one page as titles and key numbers only (no cues).`;
}

/** Stories with something cut first, in sheet order otherwise. */
export function cutsFirst(cuts: StoryCuts[]): StoryCuts[] {
  const cut = (c: StoryCuts) => !c.onSheet || c.shortened.length > 0 || c.omitted.length > 0;
  return [...cuts.filter(cut), ...cuts.filter((c) => !cut(c))];
}
