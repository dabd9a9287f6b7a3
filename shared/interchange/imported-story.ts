// What every importer produces: story fields read from one row or section of a file, checked
// against the same schema the bank uses, with problems that name the row and the field.
import { StoryFields, STORY_STATUSES, type StoryStatus } from '../domain/schemas';
import { emptyStoryFields } from '../domain/defaults';
import { FIELD_LABELS, type FieldKey } from './field-names';
import { EMPTY_CATALOG, resolveTags, type TagCatalog } from './tag-catalog';

export interface ImportProblem {
  /** 1-based: the spreadsheet row (header is row 1), the story's number in a Markdown file, or the story's index in a backup. */
  row: number;
  /** Line in the file, where known. */
  line?: number;
  field?: FieldKey | string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ImportedStory {
  row: number;
  fields: StoryFields;
}

/** Raw values read from a file: text per field, lists still as text. */
export type RawStory = Partial<Record<FieldKey, string>>;

export function where(row: number, noun: 'Row' | 'Story', title?: string, line?: number): string {
  const name = title ? ` “${title.length > 40 ? `${title.slice(0, 40)}…` : title}”` : '';
  return `${noun} ${row}${name}${line ? ` (line ${line})` : ''}`;
}

export function readStatus(value: string | undefined): StoryStatus | undefined {
  if (value === undefined || value.trim() === '') return 'draft';
  const normalized = value.trim().toLowerCase();
  if ((STORY_STATUSES as readonly string[]).includes(normalized)) return normalized as StoryStatus;
  if (normalized === 'done' || normalized === 'final') return 'ready';
  if (normalized === 'archived' || normalized === 'retire') return 'retired';
  return undefined;
}

export function buildStory(
  raw: RawStory,
  context: {
    row: number;
    line?: number;
    noun: 'Row' | 'Story';
    catalog?: TagCatalog;
    splitList: (text: string) => string[];
  },
): { story?: ImportedStory; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const catalog = context.catalog ?? EMPTY_CATALOG;
  const at = where(context.row, context.noun, raw.title, context.line);
  const problem = (field: FieldKey, severity: ImportProblem['severity'], message: string) =>
    problems.push({
      row: context.row,
      line: context.line,
      field,
      severity,
      message: `${at}, ${FIELD_LABELS[field]}: ${message}`,
    });

  const fields: StoryFields = { ...emptyStoryFields() };
  for (const key of [
    'title',
    'project',
    'role',
    'situation',
    'task',
    'action',
    'result',
    'reflection',
    'notes',
  ] as const) {
    if (raw[key] !== undefined) fields[key] = raw[key];
  }
  const status = readStatus(raw.status);
  if (status) fields.status = status;
  else
    problem('status', 'warning', `“${raw.status}” is not draft, ready or retired; the story is imported as a draft.`);

  const competencies = resolveTags(context.splitList(raw.competencies ?? ''), catalog.competencies);
  fields.competencies = competencies.ids;
  if (competencies.unknown.length > 0 && catalog.competencies.length > 0) {
    problem(
      'competencies',
      'warning',
      `${competencies.unknown.map((u) => `“${u}”`).join(', ')} ${competencies.unknown.length === 1 ? 'is' : 'are'} not in any of your frameworks; kept as ${competencies.unknown.length === 1 ? 'a new tag' : 'new tags'}.`,
    );
  }
  const stages = resolveTags(context.splitList(raw.stages ?? ''), catalog.stages);
  fields.stages = stages.ids;
  if (stages.unknown.length > 0 && catalog.stages.length > 0) {
    problem(
      'stages',
      'warning',
      `${stages.unknown.map((u) => `“${u}”`).join(', ')} ${stages.unknown.length === 1 ? 'is' : 'are'} not one of your interview stages; kept as ${stages.unknown.length === 1 ? 'a new tag' : 'new tags'}.`,
    );
  }
  fields.companies = context.splitList(raw.companies ?? '');

  const checked = StoryFields.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = (issue.path[0] ?? 'title') as FieldKey;
      problem(key, 'error', issue.message);
    }
    return { problems };
  }
  return { story: { row: context.row, fields: checked.data }, problems };
}
