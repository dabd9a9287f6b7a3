// What an import would repeat: stories already in the bank (in the list or in the Trash), and, for a
// backup, stories that come from the backup's own Trash. Said as warnings in the preview, because
// importing a file twice or a backup's trash silently is how a bank fills with copies.
import type { Story, StoryFields } from '../domain/schemas';
import { where, type ImportedStory, type ImportProblem } from './imported-story';

const TEXT_FIELDS = ['title', 'situation', 'task', 'action', 'result', 'reflection'] as const;

/** Same title and STAR text, ignoring case and spacing: what a person would call the same story. */
function contentKey(fields: Pick<StoryFields, (typeof TEXT_FIELDS)[number]>): string {
  return TEXT_FIELDS.map((key) => fields[key].replace(/\s+/g, ' ').trim().toLowerCase()).join('\u0000');
}

const isTrashed = (fields: StoryFields) => (fields as Partial<Story>).deletedAt !== undefined;

/** Warnings for imported stories that repeat a story of the bank, or that sit in a backup's trash. */
export function duplicateWarnings(
  stories: readonly ImportedStory[],
  existing: readonly Story[],
  noun: 'Row' | 'Story',
): ImportProblem[] {
  const byKey = new Map<string, Story>();
  // A story in the list wins over a trashed copy of it: that is the one the user would look for.
  for (const story of existing) {
    const key = contentKey(story);
    const known = byKey.get(key);
    if (!known || (known.deletedAt !== undefined && story.deletedAt === undefined)) byKey.set(key, story);
  }
  const problems: ImportProblem[] = [];
  for (const { row, fields } of stories) {
    const at = where(row, noun, fields.title);
    if (isTrashed(fields)) {
      problems.push({
        row,
        severity: 'warning',
        message: `${at} is in the backup’s Trash; it is imported into your Trash, not your story list.`,
      });
    }
    const same = byKey.get(contentKey(fields));
    if (!same) continue;
    problems.push({
      row,
      severity: 'warning',
      message:
        same.deletedAt === undefined
          ? `${at} is already in your bank (same title and text); adding it makes a second copy.`
          : `${at} is already in your bank, in the Trash (same title and text); adding it makes a second copy. To get it back, restore it from the Trash instead.`,
    });
  }
  return problems;
}
