import type { Framework } from '../../domain/schemas';

// Meta's five behavioral focus areas, plus the scope signal its leveling looks for.
export const META_FOCUS_AREAS: Framework = {
  id: 'meta-focus-areas',
  name: 'Meta behavioral focus areas',
  preset: true,
  competencies: [
    {
      id: 'meta.resolving-conflict',
      name: 'Resolving conflict',
      description: 'Worked through a real disagreement with empathy and reached an outcome both sides could live with.',
    },
    {
      id: 'meta.growing-continuously',
      name: 'Growing continuously',
      description: 'Sought feedback, acted on it, and can show how you grew because of it.',
    },
    {
      id: 'meta.embracing-ambiguity',
      name: 'Embracing ambiguity',
      description: 'Made progress when goals, ownership or data were unclear, and brought clarity to others.',
    },
    {
      id: 'meta.driving-results',
      name: 'Driving results',
      description: 'Pushed a project to a measurable outcome, removing blockers along the way.',
    },
    {
      id: 'meta.communicating-effectively',
      name: 'Communicating effectively',
      description: 'Adapted your message to the audience and kept people aligned as plans changed.',
    },
    {
      id: 'meta.scope',
      name: 'Scope',
      description:
        'Worked at a scope that matches the level: beyond your team, across quarters, with many stakeholders.',
    },
  ],
};
