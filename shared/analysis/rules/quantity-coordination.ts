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

/** Whether the counts `list` (in order) are all plain counts no verb governs. */
function plainCounts(list: Quantity[]): boolean {
  return list.every(
    (q) =>
      (q.kind === 'count' || q.kind === 'magnitude') && !q.change && !q.fromTo && !q.result && q.delivered !== true,
  );
}

/**
 * "Tech lead, Search (4 engineers, 1 data scientist)", "unit manager (28 beds, 40 staff)": a parenthesis
 * that holds only a list of two or more counts, right after a noun, gives the size of what that noun names
 * (the team, the unit): context, so scale and no metric, whatever the counted nouns are. A breakdown of
 * a count just given ("published 3 papers (2 first-author, 1 workshop)") keeps the roles it has.
 */
export function markParentheticalSizes(tokens: Token[], quantities: Quantity[]): void {
  for (let a = 0; a + 1 < quantities.length; a++) {
    const first = tokenIndexFrom(tokens, quantities[a].start);
    let open = first - 1;
    while (open >= 0 && (APPROXIMATORS.has(tokens[open].lower) || tokens[open].text === '~')) open--;
    if (tokens[open]?.text !== '(' || tokens[open - 1]?.kind !== 'word') continue;
    // "3 papers (2 …)": the parenthesis breaks down a count, it sizes no noun.
    if (a > 0 && tokenIndexFrom(tokens, quantities[a - 1].end) === open) continue;
    let b = a;
    while (b + 1 < quantities.length && joined(tokens, quantities[b], quantities[b + 1])) b++;
    if (b === a) continue;
    // Only the list stands inside the parenthesis.
    if (tokens[tokenIndexFrom(tokens, quantities[b].end)]?.text !== ')') continue;
    const list = quantities.slice(a, b + 1);
    if (plainCounts(list)) for (const q of list) q.context = true;
    a = b;
  }
}
