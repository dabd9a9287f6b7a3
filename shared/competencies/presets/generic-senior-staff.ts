import type { Framework } from '../../domain/schemas';

// A company-neutral set for senior and staff engineering loops.
export const GENERIC_SENIOR_STAFF: Framework = {
  id: 'generic-senior-staff',
  name: 'Senior / staff engineer',
  preset: true,
  competencies: [
    {
      id: 'generic.ownership',
      name: 'Ownership',
      description: 'Took responsibility for an outcome, not just a task, and saw it through.',
    },
    {
      id: 'generic.impact',
      name: 'Impact',
      description: 'Delivered a result that changed something measurable for users or the business.',
    },
    {
      id: 'generic.technical-leadership',
      name: 'Technical leadership',
      description: 'Set the technical direction for work beyond your own, and got it adopted.',
    },
    {
      id: 'generic.influence',
      name: 'Influence without authority',
      description: 'Changed the minds or plans of people who did not report to you.',
    },
    {
      id: 'generic.ambiguity',
      name: 'Navigating ambiguity',
      description: 'Defined the problem when nobody had, and chose where to start.',
    },
    {
      id: 'generic.judgment',
      name: 'Judgment and trade-offs',
      description: 'Made a hard call between competing goals and explained the reasoning.',
    },
    {
      id: 'generic.technical-depth',
      name: 'Technical depth',
      description: 'Solved a problem that needed real expertise, and can explain it to any depth.',
    },
    {
      id: 'generic.quality',
      name: 'Quality and operational excellence',
      description: 'Raised reliability, testing or operational standards for a system or a team.',
    },
    {
      id: 'generic.execution',
      name: 'Execution',
      description: 'Planned and delivered a complex piece of work on time, adjusting as things went wrong.',
    },
    {
      id: 'generic.collaboration',
      name: 'Collaboration',
      description: 'Worked with other teams and functions toward one goal.',
    },
    {
      id: 'generic.conflict',
      name: 'Handling conflict',
      description: 'Resolved a disagreement in a way that kept the relationship and the project healthy.',
    },
    {
      id: 'generic.mentoring',
      name: 'Mentoring and growing others',
      description: 'Helped engineers around you grow in skill, scope or confidence.',
    },
    {
      id: 'generic.communication',
      name: 'Communication',
      description: 'Wrote or presented clearly enough that the right people made the right decision.',
    },
    {
      id: 'generic.failure-learning',
      name: 'Learning from failure',
      description: 'Owned something that went wrong and changed how you or your team work.',
    },
    {
      id: 'generic.customer-focus',
      name: 'Customer focus',
      description: 'Kept the people who use the system at the centre of technical decisions.',
    },
  ],
};
