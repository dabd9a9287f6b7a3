// Counts joined by "and" or a comma share the verb or the preposition the first one hangs on:
// "managed 8 engineers and 2 contractors" leads both (scale), "hired 4 engineers and 2 designers"
// hired both (metric), "across 4 regions and 12 countries" spreads over both. Only the first count
// sits next to its verb, so the later ones take its role. Runs after detection, like quantity-changes.ts.
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';
import { tokenIndexFrom } from './quantity-phrase';
import { figureValue } from './number-words';

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

/** A large count: a magnitude ("2M+"), or digits of 20 or more. */
function isLargeCount(q: Quantity): boolean {
  return q.kind === 'magnitude' || (figureValue(q.text) ?? 0) >= 20;
}

/** Words a parenthesis may give before its one size, after a comma: "(chilled, 140 trucks)". */
const LABEL_WORDS_MAX = 3;

/**
 * Whether the count or sum `q` stands alone in a parenthesis, or after a short label and a comma,
 * and the parenthesis follows a word: "Northway Foods (chilled, 140 trucks)", "the ward budget ($1.1M)".
 * Returns the token index of the word before the parenthesis, or -1.
 */
function soleParentheticalSize(tokens: Token[], quantities: Quantity[], a: number): number {
  const q = quantities[a];
  const after = tokens[tokenIndexFrom(tokens, q.end)]?.text;
  if (after !== ')' && after !== ',') return -1;
  let k = tokenIndexFrom(tokens, q.start) - 1;
  while (k >= 0 && (APPROXIMATORS.has(tokens[k].lower) || tokens[k].text === '~')) k--;
  if (tokens[k]?.text === ',') {
    k--;
    let words = 0;
    while (k >= 0 && tokens[k].kind === 'word' && !/\d/.test(tokens[k].text) && words < LABEL_WORDS_MAX) {
      k--;
      words++;
    }
    if (words === 0) return -1;
  }
  if (tokens[k]?.text !== '(' || tokens[k - 1]?.kind !== 'word') return -1;
  // "3 papers (2 …)": the parenthesis breaks down a count, it sizes no noun.
  if (a > 0 && tokenIndexFrom(tokens, quantities[a - 1].end) === k) return -1;
  return k - 1;
}

/**
 * "Transport planner, Northway Foods (chilled, 140 trucks)", "Ran the ward's budget ($1.1M)": one count,
 * alone in a parenthesis or after a short label and a comma, right after a noun, gives the size of what
 * that noun names, as a list of counts does (above): context, so scale and no metric. A sum does only
 * after a noun of a budget (`isBudgetNoun`); a sum after anything else may be what the work saved or won.
 * A count a verb or a change already governs keeps its role.
 */
export function markParentheticalSize(
  tokens: Token[],
  quantities: Quantity[],
  isBudgetNoun: (lower: string) => boolean,
  isGroupNoun: (lower: string) => boolean,
): void {
  for (let a = 0; a < quantities.length; a++) {
    const q = quantities[a];
    const plain = (q.kind === 'count' || q.kind === 'magnitude') && !hasOwnRole(q) && !q.fromTo;
    const sum = q.kind === 'money' && !q.change && !q.result && !q.fromTo;
    if (!plain && !sum) continue;
    const noun = soleParentheticalSize(tokens, quantities, a);
    if (noun < 0) continue;
    if (sum && !isBudgetNoun(tokens[noun].lower)) continue;
    // A few of something ("a pilot (two stores)", "our analysts (3 people)") may be the people or the
    // test design of the story; a few make a size only of a group noun ("the ward team (5 nurses)").
    if (plain && !isLargeCount(q) && !isGroupNoun(tokens[noun].lower)) continue;
    q.context = true;
  }
}
