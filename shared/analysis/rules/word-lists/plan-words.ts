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
