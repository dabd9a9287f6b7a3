// Work told as a passive with its auxiliary and its agent dropped: "Secrets moved out of repos and into
// Vault", "Fraud model retrained monthly", "Old reporting server switched off in March", "Onboarding flow
// redesigned". On a résumé line or in a brag document the thing worked on comes first and the writer is
// left out, as in "Dashboards rebuilt in Looker"; RUBRIC.md counts such a line as the writer's claim. The
// reduced-passive reading (claims.ts) wants a preposition after the participle ("cached with a TTL"); this
// one reads the other ways such a line goes on: a particle ("out", "off"), a frequency ("monthly"),
// a second participle ("templated and moved"), or nothing. Only a verb of work counts: a thing that
// changed by itself ("Sales dropped off", "Traffic spiked nightly") is not the writer's act.
import { ACTION_BASE, VERB_PREFIXES, isPastForm } from './verbs';
import { CREATION_VERBS, FREQUENCY_WORD_RATES, SWITCH_VERBS, lemmaCandidates } from './lexicon';

/** Particles of a phrasal verb of work: "moved out", "switched off", "rolled over", "handed back". */
const PARTICLES = new Set(['out', 'off', 'over', 'up', 'down', 'back', 'away', 'onto', 'across']);

/** A base form a work verb is listed by: a verb-first bullet's, a creation's or a switch's. */
function isWorkBase(base: string): boolean {
  return ACTION_BASE.has(base) || CREATION_VERBS.has(base) || SWITCH_VERBS.has(base);
}

/** Whether a past form is of a verb of work, its prefix set aside: "redesigned", "retrained" ("train"), "moved". */
export function isWorkParticiple(past: string): boolean {
  if (!isPastForm(past)) return false;
  for (const base of lemmaCandidates(past)) {
    if (isWorkBase(base)) return true;
    for (const prefix of VERB_PREFIXES)
      if (base.startsWith(prefix) && base.length > prefix.length + 2 && isWorkBase(base.slice(prefix.length)))
        return true;
  }
  return false;
}

/**
 * Whether the past form at `v` in the words (lower case, no punctuation) is a work verb done without its
 * agent: the line ends there, or goes on with a particle, a frequency, or "and" and a second past form.
 */
export function isDoneWithoutAgent(words: readonly string[], v: number): boolean {
  if (!isWorkParticiple(words[v])) return false;
  const next = words[v + 1];
  if (next === undefined || PARTICLES.has(next) || FREQUENCY_WORD_RATES.has(next)) return true;
  const then = words[v + 2];
  return (next === 'and' || next === '&') && then !== undefined && isPastForm(then);
}
