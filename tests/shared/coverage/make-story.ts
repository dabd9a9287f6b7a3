// Test helper: a valid story with just the fields a test cares about.
import type { Story } from '#shared/domain/schemas';

let counter = 0;

export function makeStory(fields: Partial<Story> = {}): Story {
  counter++;
  return {
    id: `story_t${counter.toString(36).padStart(4, '0')}`,
    title: `Story ${counter}`,
    project: '',
    role: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    competencies: [],
    stages: [],
    companies: [],
    status: 'ready',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    rehearsals: [],
    notes: '',
    ...fields,
  };
}
