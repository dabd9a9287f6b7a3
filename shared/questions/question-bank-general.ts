import type { Question } from '../domain/schemas';

// Classic behavioral questions for senior and staff engineers, written by us.
export const GENERAL_QUESTIONS: readonly Question[] = [
  {
    id: 'q.led-without-authority',
    text: 'Tell me about a time you led a project without formal authority over the people on it.',
    competencies: ['ml.leadership', 'generic.influence', 'google.leadership'],
  },
  {
    id: 'q.set-technical-direction',
    text: 'Describe a time you set the technical direction for a team or several teams.',
    competencies: ['generic.technical-leadership', 'ml.leadership', 'amazon.think-big', 'meta.scope'],
  },
  {
    id: 'q.owned-beyond-scope',
    text: 'Tell me about something you fixed that was not your job.',
    competencies: ['ml.ownership', 'amazon.ownership', 'generic.ownership'],
  },
  {
    id: 'q.end-to-end-ownership',
    text: 'Walk me through a project you owned end to end, including what happened after launch.',
    competencies: ['ml.ownership', 'generic.ownership', 'amazon.deliver-results'],
  },
  {
    id: 'q.biggest-impact',
    text: 'What is the project with the biggest impact you have delivered? How do you know?',
    competencies: ['ml.impact', 'generic.impact', 'amazon.deliver-results', 'meta.driving-results'],
  },
  {
    id: 'q.missed-deadline',
    text: 'Tell me about a time you missed a deadline or a commitment.',
    competencies: ['ml.failure-learning', 'amazon.earn-trust', 'generic.failure-learning'],
  },
  {
    id: 'q.disagreed-with-manager',
    text: 'Describe a time you disagreed with your manager. What happened?',
    competencies: ['ml.conflict', 'amazon.have-backbone', 'meta.resolving-conflict'],
  },
  {
    id: 'q.disagree-and-commit',
    text: 'Tell me about a decision you disagreed with but committed to anyway.',
    competencies: ['amazon.have-backbone', 'ml.conflict', 'generic.conflict'],
  },
  {
    id: 'q.difficult-peer',
    text: 'Tell me about working with a peer who was difficult to work with.',
    competencies: ['ml.conflict', 'meta.resolving-conflict', 'generic.conflict', 'google.caring-about-the-team'],
  },
  {
    id: 'q.conflict-between-teams',
    text: 'Describe a conflict between two teams that you helped resolve.',
    competencies: ['meta.resolving-conflict', 'ml.collaboration', 'generic.influence'],
  },
  {
    id: 'q.ambiguous-project',
    text: 'Tell me about a project where the goal was unclear when you started.',
    competencies: ['ml.ambiguity', 'meta.embracing-ambiguity', 'google.thriving-in-ambiguity', 'generic.ambiguity'],
  },
  {
    id: 'q.changing-priorities',
    text: 'Describe a time priorities changed in the middle of your work. How did you adapt?',
    competencies: ['google.thriving-in-ambiguity', 'meta.embracing-ambiguity', 'generic.execution'],
  },
  {
    id: 'q.hard-tradeoff',
    text: 'Tell me about the hardest technical trade-off you have made.',
    competencies: ['ml.tradeoffs', 'generic.judgment', 'amazon.are-right-a-lot'],
  },
  {
    id: 'q.decision-without-data',
    text: 'Describe a decision you had to make quickly without all the data you wanted.',
    competencies: ['amazon.bias-for-action', 'amazon.are-right-a-lot', 'generic.judgment'],
  },
  {
    id: 'q.deep-debugging',
    text: 'Tell me about the hardest bug you have tracked down.',
    competencies: ['ml.technical-depth', 'amazon.dive-deep', 'generic.technical-depth'],
  },
  {
    id: 'q.raised-the-bar',
    text: 'Tell me about a time you raised the quality bar for your team.',
    competencies: ['amazon.insist-on-highest-standards', 'generic.quality', 'ml.production-reliability'],
  },
  {
    id: 'q.failure-learned',
    text: 'Tell me about your biggest professional failure and what you learned.',
    competencies: ['ml.failure-learning', 'generic.failure-learning', 'meta.growing-continuously'],
  },
  {
    id: 'q.hard-feedback-received',
    text: 'Describe the hardest feedback you have received and what you changed because of it.',
    competencies: ['google.valuing-feedback', 'meta.growing-continuously', 'ml.failure-learning'],
  },
  {
    id: 'q.hard-feedback-given',
    text: 'Tell me about a time you gave difficult feedback to a colleague.',
    competencies: ['google.valuing-feedback', 'amazon.earn-trust', 'ml.mentoring'],
  },
  {
    id: 'q.mentored-someone',
    text: 'Tell me about someone you mentored. How did they grow?',
    competencies: ['ml.mentoring', 'amazon.hire-and-develop', 'generic.mentoring', 'google.caring-about-the-team'],
  },
  {
    id: 'q.hiring-bar',
    text: 'Describe a hiring decision you influenced. What did you look for?',
    competencies: ['amazon.hire-and-develop', 'generic.mentoring'],
  },
  {
    id: 'q.explained-complex',
    text: 'Tell me about explaining something complex to a non-technical audience.',
    competencies: ['ml.communication', 'meta.communicating-effectively', 'generic.communication'],
  },
  {
    id: 'q.written-proposal',
    text: 'Describe a design document or proposal you wrote that changed a decision.',
    competencies: ['generic.communication', 'generic.influence', 'ml.communication'],
  },
  {
    id: 'q.cross-functional-launch',
    text: 'Tell me about a launch that needed several functions (product, design, legal, operations) to work together.',
    competencies: ['ml.collaboration', 'generic.collaboration', 'amazon.earn-trust'],
  },
  {
    id: 'q.customer-insight',
    text: 'Tell me about a time customer feedback changed what you built.',
    competencies: ['amazon.customer-obsession', 'google.putting-users-first', 'generic.customer-focus'],
  },
  {
    id: 'q.user-over-metric',
    text: 'Describe a time you chose the user’s interest over a metric you were measured on.',
    competencies: ['google.putting-users-first', 'google.doing-the-right-thing', 'amazon.customer-obsession'],
  },
  {
    id: 'q.simplified-system',
    text: 'Tell me about a time you made a complex system much simpler.',
    competencies: ['amazon.invent-and-simplify', 'google.challenging-status-quo', 'generic.technical-leadership'],
  },
  {
    id: 'q.challenged-process',
    text: 'Describe a time you challenged the way things had always been done.',
    competencies: ['google.challenging-status-quo', 'amazon.invent-and-simplify', 'amazon.have-backbone'],
  },
  {
    id: 'q.think-big-vision',
    text: 'Tell me about a time you proposed something much bigger than what you were asked to do.',
    competencies: ['amazon.think-big', 'meta.scope', 'ml.leadership'],
  },
  {
    id: 'q.learned-new-area',
    text: 'Tell me about a time you had to learn a new area quickly to deliver.',
    competencies: ['amazon.learn-and-be-curious', 'meta.growing-continuously', 'ml.ambiguity'],
  },
  {
    id: 'q.acted-fast',
    text: 'Describe a time you acted quickly when waiting would have been the safer choice.',
    competencies: ['amazon.bias-for-action', 'meta.driving-results', 'generic.execution'],
  },
  {
    id: 'q.did-more-with-less',
    text: 'Tell me about delivering something important with far fewer resources than you wanted.',
    competencies: ['amazon.frugality', 'amazon.deliver-results', 'generic.execution'],
  },
  {
    id: 'q.earned-trust-back',
    text: 'Tell me about a time you had to rebuild trust with a team or stakeholder.',
    competencies: ['amazon.earn-trust', 'ml.collaboration', 'ml.communication'],
  },
  {
    id: 'q.admitted-mistake',
    text: 'Describe a time you admitted a mistake publicly.',
    competencies: ['amazon.earn-trust', 'ml.failure-learning', 'google.doing-the-right-thing'],
  },
  {
    id: 'q.ethical-concern',
    text: 'Tell me about a time you raised an ethical or safety concern about a product.',
    competencies: ['google.doing-the-right-thing', 'amazon.broad-responsibility', 'amazon.have-backbone'],
  },
  {
    id: 'q.team-wellbeing',
    text: 'Describe something you did to make your team a better place to work.',
    competencies: ['amazon.best-employer', 'google.caring-about-the-team', 'ml.mentoring'],
  },
  {
    id: 'q.helped-teammate-succeed',
    text: 'Tell me about a time you put a teammate’s success ahead of your own work.',
    competencies: ['google.caring-about-the-team', 'ml.mentoring', 'generic.collaboration'],
  },
  {
    id: 'q.blocked-project',
    text: 'Tell me about a project that was blocked. How did you get it moving again?',
    competencies: ['meta.driving-results', 'amazon.deliver-results', 'ml.ownership'],
  },
  {
    id: 'q.delivered-under-pressure',
    text: 'Describe delivering a result under heavy time pressure.',
    competencies: ['amazon.deliver-results', 'meta.driving-results', 'generic.execution'],
  },
  {
    id: 'q.influenced-roadmap',
    text: 'Tell me about changing another team’s roadmap.',
    competencies: ['generic.influence', 'meta.scope', 'ml.leadership'],
  },
  {
    id: 'q.largest-scope',
    text: 'What is the largest-scope project you have led, measured by people, teams or systems involved?',
    competencies: ['meta.scope', 'ml.leadership', 'generic.technical-leadership'],
  },
  {
    id: 'q.reliability-improvement',
    text: 'Tell me about improving the reliability of a system you did not build.',
    competencies: ['ml.production-reliability', 'generic.quality', 'amazon.ownership'],
  },
  {
    id: 'q.long-term-over-short',
    text: 'Describe a time you chose a long-term fix over a quick one, and how you justified it.',
    competencies: ['amazon.ownership', 'ml.tradeoffs', 'generic.judgment'],
  },
  {
    id: 'q.stepped-back-let-lead',
    text: 'Tell me about a time you stepped back so that someone else could lead.',
    competencies: ['google.leadership', 'ml.mentoring', 'google.caring-about-the-team'],
  },
  {
    id: 'q.aligned-stakeholders',
    text: 'Describe how you kept many stakeholders aligned as a plan changed.',
    competencies: ['meta.communicating-effectively', 'ml.communication', 'generic.collaboration'],
  },
  {
    id: 'q.convinced-skeptic',
    text: 'Tell me about convincing a skeptical senior person to support your idea.',
    competencies: ['generic.influence', 'ml.communication', 'ml.leadership'],
  },
  {
    id: 'q.said-no',
    text: 'Tell me about a time you said no to a request from a senior leader.',
    competencies: ['amazon.have-backbone', 'ml.conflict', 'generic.judgment'],
  },
  {
    id: 'q.tech-debt-case',
    text: 'Describe how you made the case for paying down technical debt.',
    competencies: ['generic.quality', 'generic.influence', 'ml.tradeoffs'],
  },
  {
    id: 'q.onboarded-team',
    text: 'Tell me about bringing a new team or new hires up to speed on a complex system.',
    competencies: ['ml.mentoring', 'generic.mentoring', 'ml.communication'],
  },
  {
    id: 'q.why-proud',
    text: 'Which piece of work are you proudest of, and why?',
    competencies: ['ml.impact', 'generic.impact', 'ml.ownership'],
  },
  {
    id: 'q.sustainability-impact',
    text: 'Tell me about reducing the environmental or societal cost of something you built.',
    competencies: ['amazon.broad-responsibility', 'amazon.frugality'],
  },
  {
    id: 'q.curiosity-side-project',
    text: 'Tell me about something you explored out of curiosity that ended up mattering at work.',
    competencies: ['amazon.learn-and-be-curious', 'google.challenging-status-quo'],
  },
  {
    id: 'q.setback-recovery',
    text: 'Describe a serious setback on a project and how you recovered.',
    competencies: ['amazon.deliver-results', 'ml.failure-learning', 'meta.driving-results'],
  },
  {
    id: 'q.quality-vs-speed',
    text: 'Tell me about a time you had to choose between shipping fast and shipping right.',
    competencies: ['ml.tradeoffs', 'amazon.insist-on-highest-standards', 'amazon.bias-for-action'],
  },
  {
    id: 'q.dove-into-metrics',
    text: 'Tell me about a time the numbers on a dashboard hid a problem you found by digging in.',
    competencies: ['amazon.dive-deep', 'ml.technical-depth'],
  },
  {
    id: 'q.growth-plan',
    text: 'How have you grown as an engineer in the last two years? Give a concrete example.',
    competencies: ['meta.growing-continuously', 'google.valuing-feedback', 'amazon.learn-and-be-curious'],
  },
  {
    id: 'q.customer-escalation',
    text: 'Describe handling an escalation from an unhappy customer or internal user.',
    competencies: ['amazon.customer-obsession', 'generic.customer-focus', 'ml.communication'],
  },
  {
    id: 'q.fairer-process',
    text: 'Tell me about changing a team process so that it was fairer or less stressful for the people in it.',
    competencies: ['amazon.best-employer', 'google.caring-about-the-team', 'generic.mentoring'],
  },
];
