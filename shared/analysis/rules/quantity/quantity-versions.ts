// A before → after pair of bare numbers that are versions of a named thing: "Postgres upgrades (12 → 16)",
// "upgraded the Node runtime 16 → 20", "bumped the Kafka clients from 2.8 to 3.6", "moved the minimum OS
// from 14.0 to 16.0". Versions are names, not quantities (RUBRIC.md), so the pair measures no change.
// The pair is a version when a version noun stands before it, or an upgrade word with a product name
// (a capitalized word, not an acronym such as "NPS" or "CSAT", which are measures). "Bumped test coverage
// from 45 to 80" (no name) and "grew the fleet from 40 to 60 nodes" (a counted noun) stay quantities.
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { CLAUSE_OPENER_CORE, UPGRADE_WORDS, VERSION_NOUNS, clauseOpeners } from '../language/lexicon';
import { tokenIndexFrom } from './quantity-phrase';

// Words that end the look back: another clause.
const CLAUSE_BREAKS = new Set([
  ...[';', ':', '—'],
  ...clauseOpeners('version-clause-breaks', [CLAUSE_OPENER_CORE, ['which', 'that']]),
]);

/** "Kafka", "Postgres", "Node": a product name, capitalized but not all capitals. */
function isProductName(t: Token): boolean {
  return t.kind === 'word' && /^[A-Z][a-z]/.test(t.text);
}

/** Whether the pair end `q` (the first value of `pair`, or the second) is a version. */
export function isVersionPair(tokens: Token[], q: Quantity, pairStart: number): boolean {
  if (!q.fromTo || q.head !== undefined || q.kind !== 'count') return false;
  const at = tokenIndexFrom(tokens, pairStart);
  let upgrade = false;
  let name = false;
  for (let k = at - 1, seen = 0; k >= 0 && seen < 6; k--) {
    const w = tokens[k];
    if (CLAUSE_BREAKS.has(w.lower)) break;
    if (w.kind !== 'word') continue;
    seen++;
    if (VERSION_NOUNS.has(w.lower)) return true;
    if (UPGRADE_WORDS.has(w.lower)) upgrade = true;
    else if (isProductName(w)) name = true;
  }
  return upgrade && name;
}
