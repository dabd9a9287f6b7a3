import type { Framework } from '../../domain/schemas';
import { DEFAULT_FRAMEWORK_ID } from '../../domain/defaults';

// The default framework: what senior ML engineer loops actually probe, in our own words.
export const SENIOR_ML_ENGINEER: Framework = {
  id: DEFAULT_FRAMEWORK_ID,
  name: 'Senior ML engineer',
  preset: true,
  competencies: [
    {
      id: 'ml.leadership',
      name: 'Leadership',
      description: 'Set direction for a team or project and got people to follow it without relying on a title.',
    },
    {
      id: 'ml.ownership',
      name: 'Ownership end to end',
      description:
        'Carried a model or system from problem framing through launch, monitoring and the fixes after deployment.',
    },
    {
      id: 'ml.impact',
      name: 'Impact',
      description: 'Moved a business or user metric that mattered, and can say by how much and how you know.',
    },
    {
      id: 'ml.ambiguity',
      name: 'Ambiguity',
      description:
        'Turned a vague goal or messy data into a concrete plan, and made progress before everything was clear.',
    },
    {
      id: 'ml.collaboration',
      name: 'Cross-functional collaboration',
      description: 'Worked across product, data, infrastructure and research to ship something none could ship alone.',
    },
    {
      id: 'ml.tradeoffs',
      name: 'Trade-offs and judgment',
      description: 'Chose between accuracy, latency, cost, time and risk on purpose, and explained why.',
    },
    {
      id: 'ml.technical-depth',
      name: 'Technical depth',
      description: 'Went deep enough into models, data or systems to find the root cause others missed.',
    },
    {
      id: 'ml.production-reliability',
      name: 'Production and reliability',
      description: 'Kept models healthy in production: monitoring, drift, rollbacks, on-call and incident follow-up.',
    },
    {
      id: 'ml.conflict',
      name: 'Conflict and disagreement',
      description: 'Disagreed with a peer, manager or partner team on substance and reached a decision that held.',
    },
    {
      id: 'ml.failure-learning',
      name: 'Failure and learning',
      description: 'Owned a mistake or a failed launch, said what you learned, and showed what you do differently now.',
    },
    {
      id: 'ml.communication',
      name: 'Communication',
      description: 'Explained models, uncertainty and results so that non-specialists could decide on them.',
    },
    {
      id: 'ml.mentoring',
      name: 'Mentoring',
      description: 'Made other engineers better through coaching, reviews, pairing or growing someone into a new role.',
    },
  ],
};
