// How the writer laid out the work: the parts a plan, a rollout or a group was cut into, and the
// verbs that lay such parts out. A count of them is a design choice (RUBRIC.md: configuration values),
// not a measure of what was delivered.
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
