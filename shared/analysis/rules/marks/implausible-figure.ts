// A figure that cannot be right, which an interviewer will catch at once and then doubt the rest:
// a reduction by more than 100% ("cut latency by 150%"), a bounded rate above 100% ("accuracy of
// 120%"), or uptime or availability raised by a large relative amount ("improved uptime by 25%" means
// it was about 75% before). Percent values only; each case names what makes it impossible.
import { tokenIndexFrom, type Token } from '../language/tokenize';
import type { Quantity } from '../quantity/quantity-types';
import { DECREASE_WORDS, INCREASE_WORDS } from '../outcomes/change-words';

export type ImplausibleReason = 'reduction-over-100' | 'rate-over-100' | 'uptime-jump';

export interface ImplausibleHit {
  start: number;
  end: number;
  reason: ImplausibleReason;
  /** The bounded quantity, for the message ("uptime", "accuracy"). */
  what?: string;
}

/** Rates that cannot exceed 100%. */
const BOUNDED = new Set([
  'accuracy',
  'precision',
  'recall',
  'uptime',
  'availability',
  'coverage',
  'sla',
  'slo',
  'f1',
  'completion',
  'compliance',
  'reliability',
  'satisfaction',
  'csat',
]);
/** Rates that sit close to 100% in any working service, so a large relative rise is impossible. */
const NEAR_FULL = new Set(['uptime', 'availability', 'sla']);

function percentValue(q: Quantity): number | undefined {
  const m = /(\d+(?:[.,]\d+)?)/.exec(q.text.replace(/,(?=\d{3})/g, ''));
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

/** Words (not symbols) before and after a quantity, nearest first. */
function around(tokens: Token[], q: Quantity, n: number): { before: Token[]; after: Token[] } {
  const before: Token[] = [];
  const after: Token[] = [];
  // Tokens are in order and do not overlap: those ending by q.start come first, those from q.end last.
  for (let k = tokenIndexFrom(tokens, q.start) - 1; k >= 0 && before.length < n; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && t.end <= q.start) before.push(t);
  }
  for (let k = tokenIndexFrom(tokens, q.end); k < tokens.length && after.length < n; k++)
    if (tokens[k].kind === 'word') after.push(tokens[k]);
  return { before, after };
}

export function findImplausibleFigures(tokens: Token[], quantities: Quantity[]): ImplausibleHit[] {
  const hits: ImplausibleHit[] = [];
  // Only a percentage can be implausible: most sentences have none, and need no scan for "uptime".
  if (!quantities.some((q) => q.kind === 'percent')) return hits;
  const nearFull = tokens.find((t) => NEAR_FULL.has(t.lower));
  for (const q of quantities) {
    if (q.kind !== 'percent') continue;
    const value = percentValue(q);
    if (value === undefined) continue;
    const { before, after } = around(tokens, q, 6);
    const lead = before[0]?.lower;
    // "from 80% to 95%": levels, not the size of a change.
    if (lead === 'from' || lead === 'to' || lead === 'at') continue;
    const byChange = lead === 'by' || q.change;
    const nearestChange = before.find((t) => DECREASE_WORDS.has(t.lower) || INCREASE_WORDS.has(t.lower));
    const decrease =
      (byChange && nearestChange !== undefined && DECREASE_WORDS.has(nearestChange.lower)) ||
      (after[0] !== undefined && DECREASE_WORDS.has(after[0].lower) && after[0].lower !== 'cut');
    if (value > 100 && decrease) {
      hits.push({ start: q.start, end: q.end, reason: 'reduction-over-100' });
      continue;
    }
    // A level of a bounded rate: "accuracy of 120%", "120% test coverage", "coverage reached 110%".
    const namesRate =
      (after[0] && BOUNDED.has(after[0].lower)) ||
      (after[1] && BOUNDED.has(after[1].lower) && after[0].lower === 'test') ||
      before.slice(0, 3).some((t) => BOUNDED.has(t.lower));
    if (value > 100 && !byChange && !nearestChange && namesRate) {
      const what = [after[0], after[1], ...before.slice(0, 3)].find((t) => t && BOUNDED.has(t.lower));
      hits.push({ start: q.start, end: q.end, reason: 'rate-over-100', what: what?.lower });
      continue;
    }
    // "improved uptime by 25%": only a service that was down a quarter of the time could do that.
    if (
      nearFull &&
      value >= 10 &&
      byChange &&
      nearestChange !== undefined &&
      INCREASE_WORDS.has(nearestChange.lower) &&
      nearFull.start < q.start
    )
      hits.push({ start: q.start, end: q.end, reason: 'uptime-jump', what: nearFull.lower });
  }
  return hits;
}
