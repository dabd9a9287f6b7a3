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
  // Restoring or renewing what the work asked for: "got the council to reopen the stop" ("keep", "stock" and
  // "extend" are chores as often: "got them to keep a log", "had the volunteers stock the shelves").
  'renew',
  'reopen',
  'reinstate',
  'restore',
]);
/** Phrasal acts others are brought to, by their particle: "got the warehouse team to take up the pick list", "to bring it in". */
export const AGREEMENT_PHRASALS: Readonly<Record<string, string>> = {
  take: 'up',
  bring: 'in',
  roll: 'out',
  buy: 'into',
};
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
/** Statuses that bind others to the work: "it is now obligatory for all new projects", "now compulsory for every service". */
export const REQUIRED_STATUSES = wordSet('required-statuses', ['mandatory', 'obligatory', 'compulsory', 'required']);
/** Words of a time after the act that others' keeping to the work stands in: "now", "since", "to this day". */
export const AFTER_ACT_MARKERS = wordSet('after-act-markers', ['now', 'since', 'still', 'today', 'nowadays']);
/**
 * Verbs others turn to the work with that tell no take-up: a wish or a request ("the board wants it monthly"),
 * a rejection ("the nurses ignore it"), or a judgement with a state after ("they find it slow").
 */
export const NO_TAKE_UP_VERBS = lemmaSet('no-take-up-verbs', [
  'want',
  'need',
  'ask',
  'request',
  'expect',
  'hope',
  'wish',
  'plan',
  'intend',
  'hate',
  'dislike',
  'ignore',
  'skip',
  'bypass',
  'avoid',
  'reject',
  'drop',
  'question',
  'doubt',
  'break',
  'blame',
  'resent',
  'refuse',
  'fear',
  'criticise',
  'criticize',
  'mock',
  'find',
  'call',
  'consider',
  'replace',
  'retire',
  'scrap',
  'abandon',
  'forget',
  'lose',
  'have',
  'do',
  'say',
  'tell',
  'see',
]);
/** Verbs of others' take-up told in the past after the act: "the whole team moved onto it", "the other wards took it up". */
export const TAKE_UP_PAST_VERBS = lemmaSet('take-up-past-verbs', [
  'move',
  'switch',
  'migrate',
  'adopt',
  'copy',
  'keep',
  'take',
  'pick',
  'roll',
  'use',
  'reuse',
  'follow',
  'embed',
  'standardise',
  'standardize',
]);
/** Participles of a passive that tell harm, cause or replacement, not others keeping the work: "is now blocked by", "has since been replaced by". */
export const NO_TAKE_UP_PARTICIPLES = wordSet('no-take-up-participles', [
  'affected',
  'caused',
  'blocked',
  'hit',
  'impacted',
  'limited',
  'driven',
  'replaced',
  'superseded',
  'rejected',
  'questioned',
  'challenged',
  'threatened',
  'delayed',
  'hampered',
  'constrained',
  'joined',
]);
