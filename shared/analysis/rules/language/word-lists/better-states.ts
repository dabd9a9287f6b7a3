// Comparatives and adjectives of a better state: what a change can make a thing or a person.
import { lemmaSet, wordSet } from './lemma-set';

/** Comparatives that claim a better result: "faster deploys", "fewer pages". */
export const COMPARATIVES = wordSet('comparatives', [
  'faster',
  'quicker',
  'better',
  'cheaper',
  'easier',
  'simpler',
  'safer',
  'smoother',
  'sooner',
  'fewer',
  'lower',
  'higher',
  'leaner',
]);
/** Qualities after "more" that claim a better result: "a more reliable pipeline". */
export const MORE_ADJECTIVES = wordSet('more-adjectives', [
  'reliable',
  'usable',
  'accessible',
  'maintainable',
  'efficient',
  'secure',
  'stable',
  'scalable',
  'robust',
  'consistent',
  'accurate',
  'seamless',
  'productive',
  'predictable',
  'resilient',
  'available',
  'responsive',
  'performant',
  'intuitive',
  'affordable',
  'transparent',
  'effective',
  'engaging',
  'profitable',
  'confident',
  'honest',
]);
/** Adjectives a change of state can make a thing: "made onboarding easy", "made releases routine". */
export const EASE_ADJECTIVES = wordSet('ease-adjectives', [
  'easy',
  'simple',
  'safe',
  'trivial',
  'routine',
  'self-serve',
  'painless',
  'obvious',
]);
/** States a thing is brought into that are better by themselves: "from an internal demo to production-ready". */
export const READY_STATES = wordSet('ready-states', [
  'automated',
  'profitable',
  'testable',
  'extensible',
  'modular',
  'maintainable',
]);
/** The same, written as two words (the tokenizer splits at hyphens): "production-ready", "self-service". */
export const READY_PAIRS = wordSet('ready-pairs', ['production ready', 'self service', 'self serve', 'break even']);
/** States people are brought into by the work: "made the team confident", "got everyone aligned". */
export const BETTER_STATES = wordSet('better-states', [
  'comfortable',
  'confident',
  'aligned',
  'unblocked',
  'productive',
  'independent',
  'self-sufficient',
  'autonomous',
]);
/** States a thing settles into that are good by themselves, beside MORE_ADJECTIVES and EASE_ADJECTIVES: "the numbers became trustworthy", "handoffs are smooth". */
export const SETTLED_STATES = wordSet('settled-states', [
  'trustworthy',
  'dependable',
  'green',
  'calm',
  'quiet',
  'healthy',
  'smooth',
  'current',
  'compliant',
]);
/** Verbs of coming into a state: "became trustworthy", "turned green", "is becoming routine". */
export const BECOME_VERBS = lemmaSet('become-verbs', ['become', 'turn']);
/**
 * Adjectives whose comparative tells a better state, matched as comparatives only ("cleaner handoffs",
 * "a clearer view", "happier customers"; "clean data" is a description). Not "tight" (tighter deadlines)
 * or "short" (a shorter form).
 */
const BETTER_BASE_WORDS = ['clear', 'clean', 'calm', 'happy', 'quiet', 'healthy', 'steady', 'strong', 'crisp', 'sharp'];
export const BETTER_COMPARATIVE_BASES = lemmaSet('better-comparative-bases', BETTER_BASE_WORDS, BETTER_BASE_WORDS, {
  comparatives: true,
});
