// The sheet planner's report in plain words, per story: what is on the sheet in full, what was shortened (and by how
// much), what was left out. Pure, so the wording is tested without a browser.
import type { SheetReportDto } from '#shared/api/channels/exports';
import { SECTION_LABELS } from '#shared/domain/sections';

type StoryReport = SheetReportDto['stories'][number];
type FieldReport = StoryReport['fields'][number];

export const FIELD_NAMES: Record<FieldReport['field'], string> = {
  title: 'Title',
  tags: 'Competency tags',
  numbers: 'Key numbers',
  ...SECTION_LABELS,
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
    if (left.length) return `${name}: left out ${left.join(', ')}`;
    return `${name}: ${f.field === 'tags' ? 'a tag' : 'a number'} cut short to fit the line`;
  }
  const how = f.shortening ? ` (${SHORTENING[f.shortening]})` : '';
  return `${name}: ${count(f.shownChars)} of ${count(f.totalChars)} characters${how}`;
}

/** How a shortened cue was made to fit, in the words the preview uses. */
const SHORTENING: Record<NonNullable<FieldReport['shortening']>, string> = {
  filler: 'filler words dropped',
  clauses: 'the clauses with numbers, outcomes and decisions kept',
  words: 'its key clause cut between words',
};

export function storyCuts(story: StoryReport): StoryCuts {
  const shortened = story.fields.filter((f) => f.status === 'shortened').map(shortenedWords);
  const omitted = story.fields.filter((f) => f.status === 'omitted').map((f) => FIELD_NAMES[f.field]);
  return {
    id: story.id,
    title: story.title,
    onSheet: story.onSheet,
    shortened,
    omitted,
    longSections: (story.longSections ?? []).map((f) => FIELD_NAMES[f]),
  };
}

/** One sentence about the whole sheet. */
export function modeSentence(report: SheetReportDto): string {
  const onSheet = report.stories.filter((s) => s.onSheet).length;
  const one = onSheet === 1;
  const subject = one ? 'The story fits' : `${onSheet} stories fit`;
  const out = report.omittedStories.length;
  if (out)
    return `${one ? '1 story fits' : subject} on one page; ${out} did not fit and ${out === 1 ? 'is' : 'are'} left out.`;
  const shortened = report.stories.some((s) => s.fields.some((f) => f.status === 'shortened'));
  const all = one ? 'The story fits' : `All ${onSheet} stories fit`;
  if (report.mode === 'full')
    return shortened ? `${all} on one page with every cue; some are shortened.` : `${all} on one page in full.`;
  if (report.mode === 'compact') return `${subject} on one page; to make room some cues are shorter or left out.`;
  return `${subject} on one page as titles and key numbers only (no cues).`;
}

/** Stories with something cut first, in sheet order otherwise. */
export function cutsFirst(cuts: StoryCuts[]): StoryCuts[] {
  const cut = (c: StoryCuts) => !c.onSheet || c.shortened.length > 0 || c.omitted.length > 0;
  return [...cuts.filter(cut), ...cuts.filter((c) => !cut(c))];
}
