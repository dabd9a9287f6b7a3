// A relative figure with no base and no period: "cut p99 latency by 20%" — 20% of what, and over what
// time? A coach asks for the absolute values ("from 800 ms to 640 ms") or at least the period ("in the
// first quarter"). Only a percentage that measures a change is read: "by 20%", "a 20% reduction",
// "dropped 20%". A share ("20% of tickets") or a level ("95% accuracy") is not relative, and any other
// figure in the sentence (a before/after value, money, a duration, a count) or a period gives the base, and so
// does the comparison the sentence says the figure came from ("in the A/B test", comparison-arms.ts).
import { firstTokenFrom, type Token } from '../language/tokenize';
import type { Quantity } from '../quantity/quantity-types';
import { DECREASE_WORDS, INCREASE_WORDS } from '../outcomes/change-words';
import { namesComparisonFrame } from '../figures/comparison-arms';

export interface RelativeHit {
  start: number;
  end: number;
}

const CHANGE_NOUNS = new Set([
  'reduction',
  'decrease',
  'drop',
  'increase',
  'improvement',
  'gain',
  'uplift',
  'lift',
  'boost',
  'growth',
  'rise',
  'decline',
  'cut',
  'savings',
  'faster',
  'slower',
  'cheaper',
  'fewer',
  'less',
  'more',
  'higher',
  'lower',
  'smaller',
  'larger',
  'better',
]);

const PERIOD =
  /\b(?:per|a|an|each|every)\s+(?:day|week|month|quarter|year|sprint|release)\b|\b(?:daily|weekly|monthly|quarterly|annually|yearly|year[- ]over[- ]year|yoy|mom|qoq|wow|annualized)\b|\b(?:over|in|within|across|during|after|for)\s+(?:the\s+)?(?:first|next|following|last|past|same|one|two|three|four|five|six|nine|twelve|a|\d+)?\s*(?:few\s+)?(?:days?|weeks?|months?|quarters?|years?|sprints?|releases?|half)\b|\bq[1-4]\b|\bh[12]\b|\b(?:19|20)\d\d\b/i;

const LEVEL_WORDS = new Set(['to', 'at', 'from', 'of', 'reached', 'hit', 'reaching', 'above', 'below', 'under']);
const APPROXIMATORS = new Set([
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'than',
  'more',
]);

const BASE_KINDS = new Set(['money', 'duration', 'data-size', 'count', 'magnitude', 'ratio', 'rank']);

/** True when the percentage at `q` measures a change: "by 20%", "20% reduction", "dropped 20%". */
function isChangePercent(tokens: Token[], q: Quantity): boolean {
  const before = tokens.filter((t) => t.end <= q.start && t.kind !== 'symbol');
  while (before.length > 0 && APPROXIMATORS.has(before[before.length - 1].lower)) before.pop();
  const prev = before[before.length - 1];
  // A level, not a change: "to 99.9%", "at 95%", "from 80%".
  if (prev && LEVEL_WORDS.has(prev.lower)) return false;
  const i = firstTokenFrom(tokens, q.end);
  const next = i >= 0 ? tokens[i] : undefined;
  if (next && next.lower === 'of') return false;
  if (q.change || prev?.lower === 'by') return true;
  if (next && CHANGE_NOUNS.has(next.lower)) return true;
  return (
    prev !== undefined && (DECREASE_WORDS.has(prev.lower) || INCREASE_WORDS.has(prev.lower)) && prev.lower !== 'more'
  );
}

export function findRelativeWithoutBase(text: string, tokens: Token[], quantities: Quantity[]): RelativeHit[] {
  const relative = quantities.filter((q) => q.kind === 'percent' && isChangePercent(tokens, q));
  if (relative.length === 0) return [];
  // Any absolute figure gives the base; a second percentage as a level ("to 99.9%") too.
  const base = quantities.some((q) => BASE_KINDS.has(q.kind) || (q.kind === 'percent' && !relative.includes(q)));
  if (base || PERIOD.test(text) || namesComparisonFrame(tokens)) return [];
  return [{ start: relative[0].start, end: relative[0].end }];
}
