// A share of a population the writer's work sits in ("owned support for the 30% of customers still on
// the legacy plan", "supported 15% of students", "accounts representing 40% of company revenue")
// sizes the context: scale, not a metric (issue 11: percentages of a population vs percentage change).
// A share the work went through or changed ("migrated 85% of workloads", "handled 40% of tickets",
// "from 12% of calls to under 1%") keeps its role as a metric.
import type { NumberContext } from './quantity-context';
import type { Token } from '../language/tokenize';
import { BUDGET_NOUNS, isScaleNoun } from './scale';

/** Words between "of" and the population: "of the", "of our", "of all", "of company". */
const POPULATION_LEADS = /^(the|our|all|its|their|company|total|annual|global|overall)$/;

/** Money a share of which sizes an account book: "40% of company revenue". */
const BOOK_NOUNS = new Set(['revenue', 'revenues', 'sales', 'arr', 'gmv', 'bookings']);

/** Words before a share that make it the context's: "representing 40% of", "accounting for 20% of". */
const SHARE_OF_CONTEXT = new Set(['representing', 'comprising', 'making']);

function population(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'of') return false;
  for (let j = k + 1, seen = 0; j < tokens.length && seen < 4; j++) {
    const w = tokens[j].lower;
    if (tokens[j].kind === 'symbol') return false;
    if (isScaleNoun(w) || BUDGET_NOUNS.has(w) || BOOK_NOUNS.has(w)) return true;
    if (!POPULATION_LEADS.test(w) && !/'s$/.test(w) && seen > 0) return false;
    seen++;
  }
  return false;
}

/** Whether a percentage is a share of a population the work sits in, governed as context. */
export function isPopulationShare(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'percent' || q.change || q.fromTo || q.result) return false;
  const at = n.at;
  let after = n.after;
  while (after < tokens.length && tokens[after].kind === 'symbol' && tokens[after].text === '%') after++;
  if (!population(tokens, after)) return false;
  if (q.context || q.known) return true;
  const before = tokens[at - 1]?.lower;
  return before !== undefined && SHARE_OF_CONTEXT.has(before);
}
