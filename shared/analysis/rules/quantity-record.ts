// Building a Quantity record from a matched span, including whether a result verb governs it
// ("processed 20,000 pictures"). One constructor, so every pattern fills the record the same way.
import type { Token } from './tokenize';
import type { Quantity, QuantityKind } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';

// Verbs that make a counted thing a result of the work ("processed 20,000 pictures").
const RESULT_VERBS = new Set([
  'processed',
  'processing',
  'migrated',
  'migrating',
  'onboarded',
  'onboarding',
  'hired',
  'hiring',
  'recruited',
  'acquired',
  'signed',
  'converted',
  'sold',
  'closed',
  'resolved',
  'won',
  'trained',
  'mentored',
  'coached',
  'interviewed',
  'labeled',
  'labelled',
  'annotated',
  'ingested',
  'indexed',
  'scanned',
  'reached',
  'attracted',
  'added',
  'grew',
  'grown',
  'scaled',
  'gained',
  'saved',
  'recovered',
  'retained',
  'transferred',
  'moved',
  'consolidated',
  'decommissioned',
  'retired',
  'eliminated',
  'removed',
  'deleted',
  'cleaned',
  'fixed',
  'triaged',
  'automated',
  'doubled',
  'tripled',
  'raised',
  'generated',
  'collected',
  'delivered',
  'published',
  'released',
  'handled',
  'answered',
  'reviewed',
  'deprecated',
  'deprecating',
  'moving',
  'shipped',
  'launched',
  'built',
]);

// Participles that make "by N <things>" the count of adopters: "adopted by 5 squads".
const ADOPTION_PARTICIPLES = new Set(['adopted', 'reused', 'embraced']);

// Words right after a number that make it an increment: "two additional analysts", "3 extra servers".
const INCREMENT_WORDS = new Set(['additional', 'extra']);

// Verbs that describe what the work sits in, not what it produced: "serving 200 brokers to 9 desks",
// "supported 4 product lines", "used by 3 kiosk apps".
const CONTEXT_VERBS = new Set([
  'serving',
  'served',
  'serves',
  'supporting',
  'supported',
  'supports',
  'powering',
  'powered',
  'powers',
  'used',
]);

/**
 * Whether the nearest verb before the number in its clause describes the context. Stops at a clause
 * break or a result verb. "with the N …" names people or things already known, also context.
 */
function contextGoverned(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.lower === 'the' && tokens[index - 2]?.lower === 'with') return true;
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol' && (w.text === ',' || w.text === ';' || w.text === '(' || w.text === ':' || w.text === '—'))
      return false;
    if (RESULT_VERBS.has(w.lower)) return false;
    if (CONTEXT_VERBS.has(w.lower)) return true;
  }
  return false;
}

// Particles of phrasal verbs between the verb and the number: "closed out 200 tickets".
const PARTICLES = new Set(['over', 'out', 'down', 'off', 'through']);

export function quantity(
  start: number,
  end: number,
  sentence: string,
  kind: QuantityKind,
  extra: { head?: string; group?: string; change?: boolean; vagueMoney?: boolean; tokens?: Token[]; index?: number },
): Quantity {
  let result = false;
  if (extra.tokens && extra.index !== undefined) {
    // A result verb up to three words before the number (skipping approximators).
    for (let k = extra.index - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const w = extra.tokens[k];
      if (w.kind === 'symbol') continue;
      seen++;
      if (RESULT_VERBS.has(w.lower)) {
        result = true;
        break;
      }
      if (w.lower === 'by' && ADOPTION_PARTICIPLES.has(extra.tokens[k - 1]?.lower ?? '')) {
        result = true;
        break;
      }
      if (!APPROXIMATORS.has(w.lower) && !PARTICLES.has(w.lower) && w.lower !== 'the' && w.lower !== 'a') break;
    }
  }
  const increment =
    extra.tokens !== undefined &&
    extra.index !== undefined &&
    INCREMENT_WORDS.has(extra.tokens[extra.index + 1]?.lower ?? '');
  return {
    start,
    end,
    text: sentence.slice(start, end),
    kind,
    head: extra.head,
    group: extra.group,
    change: (extra.change ?? false) || increment,
    result,
    perTime: false,
    context:
      !result && extra.tokens !== undefined && extra.index !== undefined && contextGoverned(extra.tokens, extra.index),
  };
}
