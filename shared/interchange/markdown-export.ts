// Stories as Markdown: a heading per story, metadata as bold-label bullets, and each STAR section
// under its own heading. Story text that would read as structure (a line starting with "#",
// "Result:", "**bold**" or "\") is escaped with a leading backslash, which the importer removes,
// so our export imports back into identical stories.
import type { Story, StoryFields } from '../domain/schemas';
import { FIELD_LABELS, SECTION_FIELDS, type FieldKey } from './field-names';
import { textFileSafe } from './export-text';
import { joinList } from './list-field';
import { needsEscape, readLine } from './markdown-syntax';
import { EMPTY_CATALOG, tagLabeller, type TagCatalog } from './tag-catalog';

const SECTIONS: readonly FieldKey[] = SECTION_FIELDS;
const METADATA: FieldKey[] = ['project', 'role', 'status', 'competencies', 'stages', 'companies'];

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
const escapeBody = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => (needsEscape(line) ? `\\${line}` : line))
    .join('\n');

function titleHeading(title: string): string {
  const text = oneLine(title);
  // A title such as "Impact" or "Result:" would read as a section heading; a "\" keeps it a title.
  const read = readLine(`## ${text}`, 0);
  const escape = text.startsWith('\\') || read.kind !== 'heading' || read.text !== text;
  return `## ${escape ? '\\' : ''}${text}`.trimEnd();
}

/**
 * Competencies and stages are written by name (with the catalog of the bank they come from), so the
 * file reads as the app does; importing it with the same catalog gives the same ids back.
 */
export function exportMarkdown(
  stories: readonly (Story | StoryFields)[],
  options: { heading?: string; catalog?: TagCatalog } = {},
): string {
  const catalog = options.catalog ?? EMPTY_CATALOG;
  const labels = { competencies: tagLabeller(catalog.competencies), stages: tagLabeller(catalog.stages) };
  const out: string[] = [`# ${options.heading ?? 'Storybank stories'}`, ''];
  for (const story of stories) {
    out.push(titleHeading(story.title), '');
    for (const key of METADATA) {
      const label = key === 'competencies' || key === 'stages' ? labels[key] : (item: string) => item;
      const value = Array.isArray(story[key])
        ? joinList((story[key] as string[]).map(label))
        : oneLine(story[key] as string);
      if (value !== '' || key === 'status') out.push(`- **${FIELD_LABELS[key]}:** ${value}`);
    }
    out.push('');
    for (const key of SECTIONS) {
      const text = story[key] as string;
      if (text.trim() === '') continue;
      out.push(`### ${FIELD_LABELS[key]}`, '', escapeBody(text), '');
    }
  }
  // Trailing line breaks cut with a loop: `/\n+$/` is quadratic in V8 on long inner runs of them.
  const text = out.join('\n');
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return textFileSafe(`${text.slice(0, end)}\n`);
}
