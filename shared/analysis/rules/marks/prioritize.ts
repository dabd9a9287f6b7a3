// One clear mark per sentence: when several rules fire on one sentence the user sees the most
// important one (errors before warnings before hints; evidence before wording).
import type { Finding } from '../../types';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
export const RULE_RANK = [
  'vague-claim',
  'implausible-figure',
  'unquantified-outcome',
  'before-without-after',
  'relative-without-base',
  'weak-ownership',
  'passive-voice',
  'hedge',
  'weasel-word',
];

function rank(f: Finding): number {
  const r = RULE_RANK.indexOf(f.rule);
  return SEVERITY_RANK[f.severity] * 100 + (r < 0 ? RULE_RANK.length : r);
}

/** The single finding to show for a sentence, or none. */
export function pickMark(candidates: Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of candidates)
    if (!best || rank(f) < rank(best) || (rank(f) === rank(best) && f.start < best.start)) best = f;
  return best;
}
