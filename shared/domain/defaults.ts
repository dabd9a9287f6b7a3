import { newId } from './ids';
import { SCHEMA_VERSION, type Bank, type Stage, type Story, type StoryFields } from './schemas';

export const DEFAULT_FRAMEWORK_ID = 'senior-ml-engineer';

export const DEFAULT_STAGES: Stage[] = [
  { id: 'recruiter-screen', name: 'Recruiter screen' },
  { id: 'hiring-manager', name: 'Hiring manager' },
  { id: 'technical-screen', name: 'Technical screen' },
  { id: 'ml-fundamentals', name: 'ML fundamentals' },
  { id: 'ml-system-design', name: 'ML system design' },
  { id: 'behavioral', name: 'Behavioral / leadership' },
  { id: 'project-deep-dive', name: 'Project deep-dive' },
  { id: 'onsite-loop', name: 'On-site loop' },
  { id: 'bar-raiser', name: 'Bar raiser' },
];

export function emptyBank(): Bank {
  return {
    schemaVersion: SCHEMA_VERSION,
    bankId: newId('bank'),
    profile: { name: '', targetRole: '' },
    stories: [],
    frameworks: [],
    stages: DEFAULT_STAGES.map((s) => ({ ...s })),
    loops: [],
    questions: [],
    interviews: [],
    projects: [],
    settings: {
      theme: 'system',
      activeFrameworkId: DEFAULT_FRAMEWORK_ID,
      targetSeconds: { min: 90, max: 120 },
      paperSize: 'a4',
    },
  };
}

export function emptyStoryFields(): StoryFields {
  return {
    title: '',
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
    status: 'draft',
    notes: '',
  };
}

export function newStory(fields: Partial<StoryFields> = {}, now: Date = new Date()): Story {
  const at = now.toISOString();
  return {
    id: newId('story', now.getTime()),
    ...emptyStoryFields(),
    ...fields,
    createdAt: at,
    updatedAt: at,
    rehearsals: [],
  };
}
