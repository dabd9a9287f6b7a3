// Counts joined by "and" or a comma share the verb or the preposition the first one hangs on:
// "managed 8 engineers and 2 contractors" leads both (scale), "hired 4 engineers and 2 designers"
// hired both (metric), "across 4 regions and 12 countries" spreads over both. Only the first count
// sits next to its verb, so the later ones take its role. Runs after detection, like quantity-changes.ts.
import type { Token } from './tokenize';
import type { Quantity } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';
import { tokenIndexFrom } from './quantity-phrase';

// Words that join one count to the next in a list ("8 engineers and 2 contractors", "5 engineers, 2 designers").
const JOINERS = new Set([',', 'and', '&', 'plus']);

/** Whether only joiners (and approximators) stand between the end of `before` and the start of `q`. */
function joined(tokens: Token[], before: Quantity, q: Quantity): boolean {
  let k = tokenIndexFrom(tokens, before.end);
  const to = tokenIndexFrom(tokens, q.start);
  let sawJoiner = false;
  for (; k < to; k++) {
    const w = tokens[k];
    if (JOINERS.has(w.lower)) sawJoiner = true;
    else if (!APPROXIMATORS.has(w.lower) && w.text !== '~') return false;
  }
  return sawJoiner;
}

/** Whether a count has a role of its own: a verb or a change governs it, or it is not a plain count. */
function hasOwnRole(q: Quantity): boolean {
  return (
    (q.kind !== 'count' && q.kind !== 'magnitude') ||
    q.change ||
    q.result ||
    q.context === true ||
    q.delivered === true ||
    q.spread === true
  );
}

/** A later count in a list takes the role of the count before it when nothing else governs it. */
export function inheritCoordinatedRoles(tokens: Token[], quantities: Quantity[]): void {
  for (let a = 1; a < quantities.length; a++) {
    const q = quantities[a];
    const before = quantities[a - 1];
    if (hasOwnRole(q) || (before.kind !== 'count' && before.kind !== 'magnitude') || before.change) continue;
    if (!joined(tokens, before, q)) continue;
    q.result = before.result;
    q.gained = before.gained;
    q.volume = before.volume;
    q.context = before.context;
    q.delivered = before.delivered;
    q.spread = before.spread;
    q.sizing = q.sizing === true || before.sizing === true;
    // "a team of 9 engineers and 3 contractors": the group the first count sizes holds both.
    if (q.group === undefined) q.group = before.group;
  }
}
