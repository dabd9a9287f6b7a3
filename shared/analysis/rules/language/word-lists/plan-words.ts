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

/**
 * Verbs that lay out parts rather than deliver them: "set up two review rounds", "defined 3 severity
 * levels", "split the migration into four phases", "organized the volunteers into two shifts".
 */
export const LAYOUT_VERBS = lemmaSet('layout-verbs', [
  'split',
  'divide',
  'break',
  'broke',
  'group',
  'organize',
  'organise',
  'arrange',
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
 * What a length in front of it may measure as effort (RUBRIC-NOTES "Effort spans"): a session whose
 * length is its content ("an 8-hour workshop", "a two-week course" the writer taught), time itself or a
 * change of it ("a 2-day turnaround", "a 3-week saving"), and a stretch of trouble the work faced or
 * ended ("a 6-hour outage"). Any other noun behind a length ("a 12-month extension", "a 6-week eval", "a
 * 30-second grace period", "a rolling 52-week window") takes the length as a setting of the thing.
 */
export const LENGTH_MEASURE_NOUNS = lemmaSet(
  'length-measure-nouns',
  [
    'course',
    'workshop',
    'class',
    'lecture',
    'talk',
    'seminar',
    'session',
    'training',
    'bootcamp',
    'tutorial',
    'webinar',
    'masterclass',
    'module',
    'video',
    'turnaround',
    'saving',
    'reduction',
    'improvement',
    'speedup',
    'cut',
    'drop',
    'decrease',
    'gain',
    'head',
    'lead',
    'delay',
    'slip',
    'outage',
    'downtime',
    'wait',
    'lag',
    'backlog',
    'effort',
    'push',
    'crunch',
    'investigation',
    'review',
    'audit',
  ],
  [],
  { nouns: true },
);

/**
 * Verbs of what a piece of work cost: a length they govern is the time the work took, whatever it
 * modifies ("every release needed a 3-hour manual regression pass", "it took a 2-day audit").
 */
export const LENGTH_COST_VERBS = lemmaSet('length-cost-verbs', [
  'take',
  'took',
  'taken',
  'need',
  'require',
  'cost',
  'spend',
  'spent',
  'eat',
  'ate',
  'waste',
  'last',
  'involve',
]);

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
