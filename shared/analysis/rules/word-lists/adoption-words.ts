// Adoption and agreement: what the work becomes for others, and what others are brought to do.
import { wordSet } from './lemma-set';

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
