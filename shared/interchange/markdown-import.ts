// Stories from Markdown, in the shapes people keep in Notion and Google Docs:
//   ## Title            then   ### Situation / **Situation:** / Situation: / S:   then the text
// Section headings are read as the story splitter reads them (section-headings.ts, via
// markdown-syntax.ts): "S -", "Task - …", "What was the result?", "1. Situation", "The ask", ....
// Metadata lines ("Competencies: a, b", "- **Project:** x") set fields. Which heading level holds
// stories is found from the file: the highest level whose headings directly contain story
// sections; higher headings are document titles or groups, deeper ones are text. Files without
// headings can separate stories with "Title:" lines, bold lines, or by starting over at S:.
// A heading with text but no section labels under it is still a story: its text is cut into STAR
// sections by what it says (story-segments.ts), and the import says so, so the user can check.
import { SECTION_FIELDS, type FieldKey } from './field-names';
import { buildStory, where, type ImportedStory, type ImportProblem, type RawStory } from './imported-story';
import { splitList } from './list-field';
import { readLine, type LineToken } from './markdown-syntax';
import type { ParsedImport } from './csv-import';
import type { TagCatalog } from './tag-catalog';
import { SECTION_LABELS, STORY_SECTIONS } from '../domain/sections';
import { inlineHeadings, storySections } from '../analysis/story-segments';

const MARKDOWN_HEADING = /^ {0,3}#{1,6}\s/;

const SPOKEN = STORY_SECTIONS.filter((s) => s !== 'reflection');

interface Draft {
  title?: string;
  line: number;
  /** The level of the heading that started the story; undefined when a label or Title: line did. */
  level?: number;
  /** The heading's next heading is deeper: it groups stories rather than holding one. */
  groups?: boolean;
  values: RawStory;
  preamble: string[];
  /** The section or multi-line metadata field the next text lines belong to. */
  open?: FieldKey;
  filled: Set<FieldKey>;
}

const isSection = (field: FieldKey) => (SECTION_FIELDS as readonly string[]).includes(field);

/**
 * The fields of the labels directly under each heading (before the next heading of any level), by
 * token index. A heading with labels under it holds a story, whatever its level: people mix "#" and
 * "##" for their stories in one file.
 */
function labelsUnderHeadings(tokens: LineToken[]): Map<number, Set<FieldKey>> {
  const under = new Map<number, Set<FieldKey>>();
  let current: Set<FieldKey> | undefined;
  tokens.forEach((token, index) => {
    if (token.kind === 'heading') {
      current = new Set();
      under.set(index, current);
    } else if (token.kind === 'label') current?.add(token.field);
  });
  for (const [index, fields] of under) if (fields.size === 0) under.delete(index);
  return under;
}

/** A label of a field our exporter writes on one line (role, project, status, lists), not a story section. */
function isOneLineField(token: LineToken): boolean {
  return token.kind === 'label' && !token.fromHeading && !isSection(token.field);
}

export function importMarkdown(text: string, catalog?: TagCatalog): ParsedImport {
  // A story pasted as one paragraph ("**Situation:** … **Task:** …") is cut as the splitter cuts it.
  // A '#' line is a title or one heading, never a pasted paragraph: "## Q3. Result: shipped" stays one title.
  // A one-line field ("- **Role:** ! ** S: !") holds its whole line: its value may contain "S:" or "**".
  // A line escaped with "\" is text as written (our exporter escapes a line the splitter would cut).
  const pieces = (line: string) =>
    MARKDOWN_HEADING.test(line) || line.startsWith('\\') || isOneLineField(readLine(line, 0))
      ? [line]
      : inlineHeadings(line);
  const tokens = text.split('\n').flatMap((line, i) => pieces(line).map((piece) => readLine(piece, i + 1)));
  const storyHeadings = labelsUnderHeadings(tokens);
  const storyLevels = new Set([...storyHeadings.keys()].map((i) => (tokens[i] as { level: number }).level));
  const topStoryLevel = storyLevels.size > 0 ? Math.min(...storyLevels) : undefined;
  const stories: ImportedStory[] = [];
  const problems: ImportProblem[] = [];
  // Headings whose next heading is deeper: they group stories ("# My stories" above "## Outage").
  const groupingHeadings = new Set<number>();
  let below: number | undefined;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.kind !== 'heading') continue;
    if (below !== undefined && below > token.level) groupingHeadings.add(i);
    below = token.level;
  }
  let draft: Draft | undefined;
  let count = 0;
  let skippedOutside: number | undefined;

  const start = (line: number, title?: string, level?: number, groups?: boolean): Draft => ({
    title,
    line,
    level,
    groups,
    values: title !== undefined ? { title } : {},
    preamble: [],
    filled: new Set(),
  });

  const finish = () => {
    if (!draft) return;
    const current = draft;
    draft = undefined;
    const values: RawStory = { ...current.values };
    for (const key of Object.keys(values) as FieldKey[]) if (isSection(key)) values[key] = (values[key] ?? '').trim();
    let preamble = current.preamble.join('\n').trim();
    count++;
    const row = count;
    // Only a heading's story can be unlabelled (text outside any heading may be anything), and not a
    // heading that groups deeper ones ("# My stories" above "## Outage"): its text is an introduction.
    const unlabelled =
      current.level !== undefined && !current.groups && preamble !== '' && ![...current.filled].some(isSection);
    if (unlabelled) {
      for (const part of storySections(preamble))
        values[part.section] = values[part.section] ? `${values[part.section]}\n${part.text.trim()}` : part.text.trim();
      preamble = '';
      problems.push({
        row,
        line: current.line,
        severity: 'warning',
        message: `${where(row, 'Story', current.title, current.line)}: no Situation, Task, Action or Result labels, so its text was split into sections by what it says. Check where each part landed.`,
      });
    }
    const hasContent = current.filled.size > 0 || unlabelled;
    if (!hasContent) {
      const name = current.title ? `“${current.title}”` : 'This part';
      problems.push({
        row,
        line: current.line,
        severity: 'warning',
        message: `Line ${current.line}: ${name} has no Situation, Task, Action or Result, so it was not imported as a story.`,
      });
      count--;
      return;
    }
    if (preamble) values.notes = values.notes ? `${preamble}\n\n${values.notes}` : preamble;
    const built = buildStory(values, { row, line: current.line, noun: 'Story', catalog, splitList });
    problems.push(...built.problems);
    if (built.story) stories.push(built.story);
  };

  /**
   * What a heading does: start a story, close the current one (a document title or group heading),
   * or nothing (it is text inside the story). A heading with sections under it starts a story unless
   * it sits deeper than the current story's heading and its sections only continue that story (a bold
   * line in the middle of a story, followed by its Result). A heading without sections closes the
   * story when it is at or above the story's level.
   */
  const headingRole = (token: LineToken & { kind: 'heading' }, index: number): 'story' | 'close' | 'text' => {
    if (topStoryLevel === undefined) return 'story';
    const fields = storyHeadings.get(index);
    const openLevel = draft?.level ?? (draft ? topStoryLevel : undefined);
    if (fields) {
      if (!draft || openLevel === undefined || token.level <= openLevel) return 'story';
      return [...fields].some((f) => draft!.filled.has(f) && isSection(f)) ? 'story' : 'text';
    }
    if (openLevel !== undefined ? token.level <= openLevel : token.level <= topStoryLevel)
      return storyLevels.has(token.level) ? 'story' : 'close';
    return 'text';
  };

  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'heading') {
      const role = headingRole(token, index);
      if (role !== 'text') {
        finish();
        if (role === 'story') draft = start(token.line, token.text, token.level, groupingHeadings.has(index));
        continue;
      }
    }
    if (token.kind === 'label') {
      const field = token.field;
      // A second Title, or a section that was already written and closed, starts the next story.
      const repeats =
        draft &&
        ((field === 'title' && draft.values.title !== undefined && draft.filled.size > 0) ||
          (draft.filled.has(field) && draft.open !== field && isSection(field)));
      if (!draft || repeats) {
        finish();
        draft = start(token.line);
      }
      const current: Draft = draft!;
      current.filled.add(field);
      if (isSection(field)) {
        current.values[field] = current.values[field] ? `${current.values[field]}\n${token.rest}` : token.rest;
        current.open = field;
      } else {
        current.values[field] = token.rest.trim();
        if (field === 'title') current.title = current.values.title;
        // "Competencies:" alone on its line (or as a heading) takes the lines below it.
        current.open = token.rest.trim() === '' ? field : undefined;
      }
      continue;
    }
    const line = token.kind === 'heading' ? `${'#'.repeat(Math.min(token.level, 6))} ${token.text}` : token.text;
    if (!draft) {
      if (line.trim() !== '' && skippedOutside === undefined) skippedOutside = token.line;
      continue;
    }
    if (draft.open && isSection(draft.open)) draft.values[draft.open] = `${draft.values[draft.open]}\n${line}`;
    else if (draft.open) {
      if (line.trim() === '') {
        if (draft.values[draft.open]) draft.open = undefined;
      } else
        draft.values[draft.open] = draft.values[draft.open]
          ? `${draft.values[draft.open]}\n${line.replace(/^[ \t]*[-*+][ \t]+/, '')}`
          : line.replace(/^[ \t]*[-*+][ \t]+/, '');
    } else draft.preamble.push(line);
  }
  finish();
  if (skippedOutside !== undefined && stories.length > 0) {
    problems.push({
      row: 0,
      line: skippedOutside,
      severity: 'warning',
      message: `Line ${skippedOutside}: text before the first story (or between groups) is not part of any story and was skipped.`,
    });
  }
  if (stories.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      row: 0,
      severity: 'error',
      message: `No stories were found. Storybank reads a heading per story with ${SPOKEN.map((k) => SECTION_LABELS[k]).join('/')} under it, as headings, bold labels (**Situation:**) or S:/T:/A:/R: prefixes.`,
    });
  }
  return { stories, problems, unknownColumns: [] };
}
