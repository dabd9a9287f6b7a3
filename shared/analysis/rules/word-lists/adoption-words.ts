// Adoption and agreement: what the work becomes for others, and what others are brought to do.
import { lemmaSet, wordSet } from './lemma-set';

/** What a thing becomes when others adopt it: "became the default alerting tool". */
export const ADOPTED_ROLES = wordSet('adopted-roles', [
  'default',
  'standard',
  'norm',
  'go-to',
  'template',
  'blueprint',
  'reference',
  'foundation',
  'basis',
  'backbone',
  'used',
  'uses',
  'official',
]);
/** Adverbs before a reduced passive of taking up: "…, later picked up by two other courts". */
export const LATER_TAKE_UP_ADVERBS = wordSet('later-take-up-adverbs', [
  'later',
  'soon',
  'since',
  'quickly',
  'eventually',
  'then',
  'also',
]);
/** What others are brought to do: "got the team to agree", "convinced finance to fund it". */
export const AGREEMENT_VERBS = wordSet('agreement-verbs', [
  'agree',
  'adopt',
  'use',
  'switch',
  'commit',
  'approve',
  'sign',
  'buy',
  'standardize',
  'standardise',
  'fund',
  'move',
  'change',
  'invest',
  // Taking on, trying or backing the work: "got the data lead to (co-)own it", "got two clinics to pilot it".
  'own',
  'try',
  'pilot',
  'back',
  'sponsor',
  'join',
  'share',
  'accept',
  'prioritize',
  'prioritise',
]);
/** Verbs of looking after what others built: "Maintained libraries used by millions of devices" is context. */
export const KEEPING_VERBS = wordSet('keeping-verbs', [
  'maintained',
  'maintain',
  'maintaining',
  'maintains',
  'supported',
  'supporting',
  'patched',
  'updated',
  'fixed',
  're',
]);
/** What others do with the work once it is theirs: "every team now uses it", "the org relies on it" (base forms). */
export const USE_VERBS = lemmaSet('use-verbs', [
  'use',
  'rely',
  'depend',
  'build',
  'follow',
  'open',
  'check',
  'run',
  'reuse',
  'copy',
  'ship',
  'deploy',
  // Others trusting the work: "dispatchers trust the ETAs now".
  'trust',
]);
/** Adverbs that tell others' use is the result: "every team now uses it", "new hires still follow it", "have since built on it". */
export const RESULT_ADVERBS = wordSet('result-adverbs', [
  'now',
  'still',
  'actually',
  'since',
  'routinely',
  'regularly',
]);
/** Verbs of others agreeing to the writer's case: "finance approved the budget", "she agreed to wait" (past or present, never bare). */
export const AGREEING_VERBS = lemmaSet(
  'agreeing-verbs',
  ['agree', 'approve', 'accept', 'endorse', 'sign', 'greenlight', 'sponsor', 'fund'],
  ['agree', 'approve', 'accept', 'endorse', 'sign', 'greenlight', 'sponsor', 'fund'],
);
/** What others take up from the writer's work: "the rewrite was picked up", "the template got picked up by two wards". */
export const WORK_PRODUCTS = lemmaSet(
  'work-products',
  [
    'rewrite',
    'idea',
    'proposal',
    'template',
    'tool',
    'process',
    'approach',
    'design',
    'plan',
    'pattern',
    'playbook',
    'guide',
    'framework',
    'library',
    'checklist',
    'format',
    'method',
    'practice',
    'rota',
    'runbook',
    'dashboard',
    'script',
    'project',
    'recommendation',
    'workflow',
    'change',
  ],
  [],
  { nouns: true },
);
