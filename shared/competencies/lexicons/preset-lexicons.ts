// Which ideas each preset competency stands for; its lexicon is the union of their phrases.
import { CONCEPT_PHRASES, type ConceptId } from './concepts';

const PRESET_CONCEPTS: Record<string, readonly ConceptId[]> = {
  'ml.leadership': ['leadership', 'influence'],
  'ml.ownership': ['ownership'],
  'ml.impact': ['impact'],
  'ml.ambiguity': ['ambiguity'],
  'ml.collaboration': ['collaboration'],
  'ml.tradeoffs': ['tradeoffs'],
  'ml.technical-depth': ['depth'],
  'ml.production-reliability': ['reliability'],
  'ml.conflict': ['conflict'],
  'ml.failure-learning': ['failure'],
  'ml.communication': ['communication'],
  'ml.mentoring': ['mentoring'],

  'generic.ownership': ['ownership'],
  'generic.impact': ['impact'],
  'generic.technical-leadership': ['leadership'],
  'generic.influence': ['influence'],
  'generic.ambiguity': ['ambiguity'],
  'generic.judgment': ['tradeoffs'],
  'generic.technical-depth': ['depth'],
  'generic.quality': ['reliability', 'quality'],
  'generic.execution': ['execution'],
  'generic.collaboration': ['collaboration'],
  'generic.conflict': ['conflict'],
  'generic.mentoring': ['mentoring'],
  'generic.communication': ['communication'],
  'generic.failure-learning': ['failure'],
  'generic.customer-focus': ['customer'],

  'amazon.customer-obsession': ['customer'],
  'amazon.ownership': ['ownership'],
  'amazon.invent-and-simplify': ['innovation'],
  'amazon.are-right-a-lot': ['tradeoffs'],
  'amazon.learn-and-be-curious': ['learning'],
  'amazon.hire-and-develop': ['mentoring', 'people'],
  'amazon.insist-on-highest-standards': ['quality', 'reliability'],
  'amazon.think-big': ['scope', 'leadership'],
  'amazon.bias-for-action': ['execution'],
  'amazon.frugality': ['frugality'],
  'amazon.earn-trust': ['trust', 'communication'],
  'amazon.dive-deep': ['depth'],
  'amazon.have-backbone': ['conflict'],
  'amazon.deliver-results': ['impact', 'execution'],
  'amazon.best-employer': ['people'],
  'amazon.broad-responsibility': ['responsibility'],

  'meta.resolving-conflict': ['conflict'],
  'meta.growing-continuously': ['learning', 'failure'],
  'meta.embracing-ambiguity': ['ambiguity'],
  'meta.driving-results': ['impact', 'execution'],
  'meta.communicating-effectively': ['communication'],
  'meta.scope': ['scope', 'leadership', 'influence'],

  'google.thriving-in-ambiguity': ['ambiguity'],
  'google.valuing-feedback': ['learning', 'failure'],
  'google.challenging-status-quo': ['innovation'],
  'google.putting-users-first': ['customer'],
  'google.doing-the-right-thing': ['responsibility', 'trust'],
  'google.caring-about-the-team': ['collaboration', 'mentoring'],
  'google.leadership': ['leadership', 'influence'],
};

const lexicons = new Map<string, readonly string[]>(
  Object.entries(PRESET_CONCEPTS).map(([id, concepts]) => [
    id,
    Object.freeze([...new Set(concepts.flatMap((c) => CONCEPT_PHRASES[c]))]),
  ]),
);

/** The shipped lexicon of a preset competency (read-only), or undefined for ids we did not write one for. */
export function presetLexicon(competencyId: string): readonly string[] | undefined {
  return lexicons.get(competencyId);
}
