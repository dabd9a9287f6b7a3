import type { Framework } from '../../domain/schemas';

// Amazon's sixteen Leadership Principles; the descriptions are our own one-line readings of them.
export const AMAZON_LEADERSHIP_PRINCIPLES: Framework = {
  id: 'amazon-leadership-principles',
  name: 'Amazon Leadership Principles',
  preset: true,
  competencies: [
    {
      id: 'amazon.customer-obsession',
      name: 'Customer Obsession',
      description: 'Started from what the customer needed and kept that ahead of internal convenience.',
    },
    {
      id: 'amazon.ownership',
      name: 'Ownership',
      description: 'Acted for the long term and beyond your own team, and never said "that is not my job".',
    },
    {
      id: 'amazon.invent-and-simplify',
      name: 'Invent and Simplify',
      description: 'Found a new or much simpler way to solve a problem, even when it looked odd at first.',
    },
    {
      id: 'amazon.are-right-a-lot',
      name: 'Are Right, A Lot',
      description: 'Made good calls with incomplete information and looked for evidence that you were wrong.',
    },
    {
      id: 'amazon.learn-and-be-curious',
      name: 'Learn and Be Curious',
      description: 'Learned something new on your own initiative and put it to use.',
    },
    {
      id: 'amazon.hire-and-develop',
      name: 'Hire and Develop the Best',
      description: 'Raised the bar in hiring and helped people on your team grow.',
    },
    {
      id: 'amazon.insist-on-highest-standards',
      name: 'Insist on the Highest Standards',
      description: 'Refused to ship something below the bar and raised the bar for the people around you.',
    },
    {
      id: 'amazon.think-big',
      name: 'Think Big',
      description: 'Proposed a direction far larger than the task in front of you and made people believe in it.',
    },
    {
      id: 'amazon.bias-for-action',
      name: 'Bias for Action',
      description: 'Moved fast on a reversible decision instead of waiting for perfect information.',
    },
    {
      id: 'amazon.frugality',
      name: 'Frugality',
      description: 'Did more with less: fewer people, less money or less compute, and it worked.',
    },
    {
      id: 'amazon.earn-trust',
      name: 'Earn Trust',
      description: 'Listened, spoke candidly, admitted a mistake and held yourself to the standard you ask of others.',
    },
    {
      id: 'amazon.dive-deep',
      name: 'Dive Deep',
      description: 'Went into the details and the data yourself and found what the dashboards did not show.',
    },
    {
      id: 'amazon.have-backbone',
      name: 'Have Backbone; Disagree and Commit',
      description: 'Challenged a decision you disagreed with, then committed fully once it was made.',
    },
    {
      id: 'amazon.deliver-results',
      name: 'Deliver Results',
      description: 'Delivered the result that mattered, on time, despite setbacks.',
    },
    {
      id: 'amazon.best-employer',
      name: "Strive to be Earth's Best Employer",
      description: 'Made the work environment safer, fairer or more rewarding for the people around you.',
    },
    {
      id: 'amazon.broad-responsibility',
      name: 'Success and Scale Bring Broad Responsibility',
      description: 'Weighed the wider effects of your work on users, society or the environment, and acted on them.',
    },
  ],
};
