// Which competencies mean roughly the same thing across the preset frameworks. Each group is one idea;
// a competency may sit in several groups (Amazon's Earn Trust is both collaboration and communication).
// Mapping is one hop through a group, never transitive, so meanings do not drift across frameworks.
export interface EquivalenceGroup {
  /** A readable name for the idea, shown when explaining a mapping. */
  concept: string;
  members: readonly string[];
}

export const EQUIVALENCE_GROUPS: readonly EquivalenceGroup[] = [
  { concept: 'ownership', members: ['ml.ownership', 'amazon.ownership', 'generic.ownership'] },
  {
    concept: 'results and impact',
    members: ['ml.impact', 'amazon.deliver-results', 'meta.driving-results', 'generic.impact'],
  },
  { concept: 'speed of execution', members: ['amazon.bias-for-action', 'meta.driving-results', 'generic.execution'] },
  {
    concept: 'ambiguity',
    members: ['ml.ambiguity', 'meta.embracing-ambiguity', 'google.thriving-in-ambiguity', 'generic.ambiguity'],
  },
  {
    concept: 'collaboration',
    members: ['ml.collaboration', 'amazon.earn-trust', 'google.caring-about-the-team', 'generic.collaboration'],
  },
  {
    concept: 'judgment and trade-offs',
    members: ['ml.tradeoffs', 'amazon.are-right-a-lot', 'amazon.frugality', 'generic.judgment'],
  },
  { concept: 'technical depth', members: ['ml.technical-depth', 'amazon.dive-deep', 'generic.technical-depth'] },
  {
    concept: 'quality and reliability',
    members: ['ml.production-reliability', 'amazon.insist-on-highest-standards', 'generic.quality'],
  },
  {
    concept: 'conflict and disagreement',
    members: ['ml.conflict', 'amazon.have-backbone', 'meta.resolving-conflict', 'generic.conflict'],
  },
  {
    concept: 'learning and growth',
    members: [
      'ml.failure-learning',
      'amazon.learn-and-be-curious',
      'meta.growing-continuously',
      'google.valuing-feedback',
      'generic.failure-learning',
    ],
  },
  {
    concept: 'communication',
    members: ['ml.communication', 'amazon.earn-trust', 'meta.communicating-effectively', 'generic.communication'],
  },
  {
    concept: 'growing others',
    members: [
      'ml.mentoring',
      'amazon.hire-and-develop',
      'amazon.best-employer',
      'google.caring-about-the-team',
      'generic.mentoring',
    ],
  },
  {
    concept: 'leadership',
    members: ['ml.leadership', 'google.leadership', 'generic.technical-leadership', 'generic.influence'],
  },
  {
    concept: 'scope and vision',
    members: ['ml.leadership', 'amazon.think-big', 'meta.scope', 'generic.technical-leadership'],
  },
  {
    concept: 'innovation',
    members: ['amazon.invent-and-simplify', 'google.challenging-status-quo', 'generic.technical-leadership'],
  },
  {
    concept: 'customer focus',
    members: ['amazon.customer-obsession', 'google.putting-users-first', 'generic.customer-focus'],
  },
  {
    concept: 'integrity and responsibility',
    members: ['amazon.broad-responsibility', 'google.doing-the-right-thing', 'amazon.earn-trust'],
  },
];
