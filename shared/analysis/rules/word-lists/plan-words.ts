// How the writer laid out the work: the parts a plan, a rollout or a group was cut into, the verbs
// that lay such parts out, the scope of a plan and the options chosen among. A count of them is a
// design choice (RUBRIC.md: configuration values), not a measure of what was delivered, and cutting
// them down is a choice, not an effect.
import { lemmaSet } from './lemma-set';

/** Parts a plan, a process or a group is cut into: "four phases", "two shifts", "three tiers". */
export const PLAN_PART_NOUNS = lemmaSet(
  'plan-part-nouns',
  [
    'phase',
    'stage',
    'wave',
    'step',
    'round',
    'milestone',
    'tier',
    'track',
    'workstream',
    'shift',
    'level',
    'bucket',
    'lane',
    'squad',
    'pod',
    'cohort',
    'batch',
    'slice',
    'checkpoint',
    'gate',
  ],
  [],
  { nouns: true },
);

/** Verbs that lay out parts rather than deliver them: "set up two review rounds", "defined 3 severity levels". */
export const LAYOUT_VERBS = lemmaSet('layout-verbs', [
  'define',
  'introduce',
  'design',
  'plan',
  'structure',
  'add',
  'create',
  'establish',
  'propose',
  'use',
]);

/** Nouns of options under consideration: "the candidate list", "two variants", "the vendor shortlist". */
export const CHOICE_NOUNS = lemmaSet(
  'choice-nouns',
  ['candidate', 'shortlist', 'option', 'choice', 'alternative', 'finalist', 'contender', 'proposal', 'variant', 'bet'],
  [],
  { nouns: true },
);

/** What a change of scope cuts when it is the object itself: "cut the pilot down to one clinic", "trimmed the agenda to three topics". */
export const SCOPE_NOUNS = lemmaSet('scope-nouns', ['scope', 'pilot', 'rollout', 'agenda', 'roadmap', 'launch'], [], {
  nouns: true,
});

/**
 * What a length in front of it names the planned span of: "a six-week onboarding plan", "the 18-month
 * roadmap", "a 3-month migration", "a two-week sprint". The span is a timeline, not the time the work
 * took (RUBRIC-NOTES "Effort spans": a period is no metric). Events whose length is their content
 * ("an 8-hour workshop", "a two-week course") are not listed.
 */
export const PLANNED_SPAN_NOUNS = lemmaSet(
  'planned-span-nouns',
  [
    'plan',
    'roadmap',
    'strategy',
    'program',
    'programme',
    'schedule',
    'cadence',
    'sprint',
    'rotation',
    'curriculum',
    'contract',
    'engagement',
    'initiative',
    'project',
    'migration',
    'rollout',
    'transformation',
    'overhaul',
    'rewrite',
    'rebuild',
    'internship',
    'residency',
    'placement',
    'secondment',
    'apprenticeship',
    'fellowship',
    'assignment',
  ],
  [],
  { nouns: true },
);

/**
 * Verbs and nouns of a rule or an alert the writer set up: "alert on PSI > 0.2", "route any claim with a
 * score > 0.85 to review", "flag any student under 60%". The value a comparison names beside them is the
 * threshold that fires the rule, a configuration value.
 */
export const RULE_WORDS = lemmaSet('rule-words', [
  'alert',
  'alarm',
  'page',
  'flag',
  'trigger',
  'route',
  'escalate',
  'filter',
  'rule',
  'threshold',
  'monitor',
  'block',
  'reject',
  'notify',
  'quarantine',
  'auto-close',
]);
