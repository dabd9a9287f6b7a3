// The threshold of a rule the writer set up, told inside the noun it selects: "flagged orders stuck for
// more than a day", "accounts inactive for 90 days", "a second approval for refunds above $500". The
// number says which items the rule picks — a configuration value (RUBRIC.md) — not a measure. A state
// with no rule around it ("the site was down for 3 hours") is a before value and stays a quantity.
import type { Token } from './tokenize';
import type { Quantity } from './quantity-types';
import { tokenIndexFrom } from './quantity-phrase';
import { lemmaSet } from './lexicon';

/** States an item waits in until a rule picks it up: "stuck", "idle", "unanswered" (no "down": an outage is a before value). */
const WAITING_STATES = lemmaSet('waiting-states', [
  'stuck',
  'open',
  'idle',
  'inactive',
  'unanswered',
  'unassigned',
  'untouched',
  'pending',
  'unpaid',
  'overdue',
  'unread',
  'unused',
  'unreviewed',
  'dormant',
  'stale',
  'silent',
  'waiting',
  'unchanged',
  'older',
]);

// "for more than a day", "for at least 90 days", "for over two weeks": words between "for" and the number.
const FOR_LEADS = new Set(['more', 'than', 'at', 'least', 'over', 'longer', 'a', 'an']);
// Comparisons that pick items by a value: "refunds above $500", "orders over 10 kg".
const COMPARATORS = new Set(['above', 'over', 'below', 'under', 'exceeding']);
// What comes before the picked noun: "for refunds above $500", "on all orders over $50".
const PICK_LEADS = new Set(['for', 'on', 'to', 'all', 'any', 'every', 'each']);

/** Whether the quantity `q` is the threshold a rule picks items by. */
export function isRuleThreshold(tokens: Token[], q: Quantity): boolean {
  if (q.change || q.fromTo) return false;
  const at = tokenIndexFrom(tokens, q.start);
  let p = at - 1;
  if (q.kind === 'duration') {
    while (p >= 0 && FOR_LEADS.has(tokens[p].lower) && tokens[p].lower !== 'for') p--;
    if (tokens[p]?.lower !== 'for') return false;
    // "orders stuck for more than a day"; "older than 30 days" has no "for".
    return WAITING_STATES.has(tokens[p - 1]?.lower);
  }
  if (q.kind === 'money' || q.kind === 'count' || q.kind === 'data-size') {
    // "$500" starts at the symbol; the comparison is the word before it.
    if (!COMPARATORS.has(tokens[p]?.lower ?? '')) return false;
    const noun = tokens[p - 1];
    return noun?.kind === 'word' && /s$/.test(noun.lower) && PICK_LEADS.has(tokens[p - 2]?.lower ?? '');
  }
  return false;
}
