// A count of the parts the writer cut the work into: "split the migration into four phases", "rolled it
// out in three waves", "organized the volunteers into two shifts", "set up two review rounds". How
// many phases, shifts or tiers a plan has is a design choice — a configuration value (RUBRIC.md) — not
// a measure of what was delivered. "Ran two rounds of interviews" counts the effort and "cut the
// process from 12 steps to 4" measures a change: both stay quantities.
import type { NumberContext } from './quantity-context';
import { CLAUSE_OPENER_CORE, LAYOUT_VERBS, PLAN_PART_NOUNS, clauseOpeners } from '../language/lexicon';

// Words between the preposition or the verb and the number: "into the first two phases".
const LEADS = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'my', 'just', 'only', 'first', 'last']);
const CLAUSE_BREAKS = new Set([
  ...[',', ';', ':', '(', '—', '–'],
  ...clauseOpeners('plan-part-clause-breaks', [CLAUSE_OPENER_CORE, ['which', 'that']]),
]);

/** Whether the count `q` counts parts the work was laid out in rather than things delivered. */
export function isPlanPartCount(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'count' || q.change || q.fromTo || q.head === undefined) return false;
  const at = n.at;
  const end = n.after - 1;
  // "two rounds of interviews", "three waves of hiring": the effort itself.
  if (tokens[end + 1]?.lower === 'of') return false;
  const part = PLAN_PART_NOUNS.has(q.head);
  let p = at - 1;
  while (p >= 0 && LEADS.has(tokens[p].lower)) p--;
  const prep = tokens[p]?.lower;
  if (!part) return false;
  // "adopted by 5 product squads": the agent of a passive verb took the work up; it is no part of a plan.
  if (prep === 'by') return false;
  if (prep === 'in') return p > 0 && tokens[p - 1].kind === 'word';
  // "set up two review rounds", "defined 3 severity levels": the verb that lays the parts out.
  for (let k = p; k >= 0 && k >= p - 6; k--) {
    const w = tokens[k];
    if (CLAUSE_BREAKS.has(w.lower)) return false;
    if (w.kind !== 'word') continue;
    // "a design-system process": a word joined by a hyphen is a modifier, not the verb that lays parts out.
    if (tokens[k + 1]?.text === '-' && tokens[k + 1].start === w.end) continue;
    if (w.lower === 'up' && /^set/.test(tokens[k - 1]?.lower ?? '')) return true;
    if (LAYOUT_VERBS.has(w.lower)) return true;
  }
  return false;
}
