// Building a Quantity record from a matched span, including whether a result verb governs it
// ("processed 20,000 pictures"). One constructor, so every pattern fills the record the same way.
import type { Token } from './tokenize';
import type { Quantity, QuantityKind } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';

// Verbs that make a counted thing a result of the work ("processed 20,000 pictures").
const RESULT_VERBS = new Set([
  'processed', 'processing', 'migrated', 'migrating', 'onboarded', 'onboarding', 'hired', 'hiring', 'recruited',
  'acquired', 'signed', 'converted', 'sold', 'closed', 'resolved', 'won', 'trained', 'mentored', 'coached',
  'interviewed', 'labeled', 'labelled', 'annotated', 'ingested', 'indexed', 'scanned', 'reached', 'attracted',
  'added', 'grew', 'grown', 'scaled', 'gained', 'saved', 'recovered', 'retained', 'transferred', 'moved',
  'consolidated', 'decommissioned', 'retired', 'eliminated', 'removed', 'deleted', 'cleaned', 'fixed', 'triaged',
  'automated', 'doubled', 'tripled', 'raised', 'generated', 'collected', 'delivered', 'published', 'released',
  'handled', 'answered', 'reviewed', 'deprecated', 'deprecating', 'moving', 'shipped', 'launched', 'built',
]);

// Particles of phrasal verbs between the verb and the number: "closed out 200 tickets".
const PARTICLES = new Set(['over', 'out', 'down', 'off', 'through']);

export function quantity(
  start: number, end: number, sentence: string, kind: QuantityKind,
  extra: { head?: string; group?: string; change?: boolean; vagueMoney?: boolean; tokens?: Token[]; index?: number },
): Quantity {
  let result = false;
  if (extra.tokens && extra.index !== undefined) {
    // A result verb up to three words before the number (skipping approximators).
    for (let k = extra.index - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const w = extra.tokens[k];
      if (w.kind === 'symbol') continue;
      seen++;
      if (RESULT_VERBS.has(w.lower)) { result = true; break; }
      if (!APPROXIMATORS.has(w.lower) && !PARTICLES.has(w.lower) && w.lower !== 'the' && w.lower !== 'a') break;
    }
  }
  return {
    start, end, text: sentence.slice(start, end), kind, head: extra.head, group: extra.group,
    change: extra.change ?? false, result, perTime: false,
  };
}
