// The STAR sections of a story, in order, and what each is called wherever the user reads it (the editor,
// exports, the sheet, messages). Free of zod, so the analyzer's worker can import it.

export const STORY_SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type SectionName = (typeof STORY_SECTIONS)[number];

export const SECTION_LABELS: Readonly<Record<SectionName, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};
