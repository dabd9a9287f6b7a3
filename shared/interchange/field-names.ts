// The names people give story fields in their own documents and spreadsheets. Matching ignores
// case, spaces and punctuation: "Situation", "S", "situation:", "Lessons learned", "Leadership
// Principles" all find their field.
import type { StoryFields } from '../domain/schemas';
import { SECTION_LABELS, STORY_SECTIONS } from '../domain/sections';
import { SECTION_HEADING_WORDS } from '../analysis/section-headings';

export type FieldKey = keyof StoryFields;

export const FIELD_ORDER: readonly FieldKey[] = [
  'title',
  'project',
  'role',
  'situation',
  'task',
  'action',
  'result',
  'reflection',
  'competencies',
  'stages',
  'companies',
  'status',
  'notes',
];

export const FIELD_LABELS: Record<FieldKey, string> = {
  title: 'Title',
  project: 'Project',
  role: 'Role',
  ...SECTION_LABELS,
  competencies: 'Competencies',
  stages: 'Stages',
  companies: 'Companies',
  status: 'Status',
  notes: 'Notes',
};

export const SECTION_FIELDS = [...STORY_SECTIONS, 'notes'] as const;
export type SectionField = (typeof SECTION_FIELDS)[number];
export const LIST_FIELDS = ['competencies', 'stages', 'companies'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

const ALIASES: Record<FieldKey, string[]> = {
  title: ['title', 'story', 'storytitle', 'storyname', 'name', 'headline'],
  project: ['project', 'projectname', 'product'],
  role: ['role', 'myrole', 'position'],
  situation: ['situation', 's', 'context', 'background', 'problem'],
  task: ['task', 't', 'goal', 'objective'],
  action: ['action', 'actions', 'a', 'whatidid'],
  result: ['result', 'results', 'r', 'outcome', 'outcomes', 'impact'],
  reflection: [
    'reflection',
    'l',
    'learning',
    'learnings',
    'lesson',
    'lessons',
    'lessonslearned',
    'lessonlearned',
    'whatilearned',
    'takeaway',
    'takeaways',
  ],
  competencies: [
    'competencies',
    'competency',
    'tags',
    'tag',
    'skills',
    'leadershipprinciples',
    'leadershipprinciple',
    'principles',
    'lps',
    'lp',
    'themes',
  ],
  stages: ['stages', 'stage', 'interviewstages', 'interviewstage', 'rounds'],
  companies: ['companies', 'company', 'usedat', 'companiesused'],
  status: ['status', 'state'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

export const normalizeName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const BY_NAME = new Map<string, FieldKey>();
for (const key of FIELD_ORDER) for (const alias of ALIASES[key]) BY_NAME.set(alias, key);
// The splitter's section words name the section as a column or label too ("Approach", "The ask",
// "Lessons learned"), unless a field above already owns the name ("My role" is the Role field).
for (const section of STORY_SECTIONS)
  for (const words of SECTION_HEADING_WORDS[section])
    if (!BY_NAME.has(normalizeName(words))) BY_NAME.set(normalizeName(words), section);

/** The field a column header names, or undefined. */
export function fieldForColumn(header: string): FieldKey | undefined {
  return BY_NAME.get(normalizeName(header));
}

// Inside running text, single words like "Note:" or "Name:" open a sentence more often than a
// field, so Markdown labels accept a narrower set; single letters must be capitals (S: T: A: R:).
// Section words ("Problem:", "Goal:") are read as the story splitter reads them (section-headings.ts).
const NOT_LINE_LABELS = new Set(['note', 'comment', 'name', 'product', 'position', 'state', 'tag', 'story', 'rounds']);

/** The field a Markdown label ("**Situation:**", "S:", "### Result") names, or undefined. */
export function fieldForLabel(label: string): FieldKey | undefined {
  const trimmed = label.trim();
  if (trimmed.length === 1 && trimmed !== trimmed.toUpperCase()) return undefined;
  const normalized = normalizeName(trimmed);
  if (NOT_LINE_LABELS.has(normalized)) return undefined;
  return BY_NAME.get(normalized);
}
