// Money labeled as the size of a business or a contract (RUBRIC.md: money that sizes the context is
// scale; money saved or earned is a metric): "Financial Controller, Larkspur Foods (turnover £62m)",
// "Ran tenders above the threshold, total contract value ~£9m", "Managed a store of 40 staff and £5M
// turnover". The label stands in a verbless phrase of its own, so no verb of the writer's made the sum.
// A sum a verb raised or won keeps its metric ("Took the shop to £3.4M turnover", "Lifted turnover
// £400k", "Won the framework, total contract value £9m").
import type { NumberContext } from './quantity-context';
import type { Quantity } from './quantity-types';
import { APPROXIMATORS, CURRENCY_SYMBOLS } from './quantity-lexicon';
import { MONEY_WINNING_VERBS } from '../language/lexicon';
import { BUDGET_NOUNS, GROUP_NOUNS } from './scale';

/** Labels that size a business in a parenthesis: "(turnover £62m)", "(annual revenue c. £5m)". */
const BUSINESS_SIZE_LABELS = new Set(['turnover', 'revenue']);
/** "c." and "ca." before a sum: about. */
const ABBREVIATED_CIRCA = new Set(['c', 'ca', 'approx']);
/** Modifiers a label may carry: "annual turnover", "total contract value". */
const MAX_MODIFIERS = 2;

/** The index of the word before the money's number, past currency symbols and approximators ("~£9m", "c. £62m"). */
function labelEnd(n: NumberContext): number {
  const { tokens } = n;
  let k = n.at - 1;
  for (; k >= 0; k--) {
    const t = tokens[k];
    if (CURRENCY_SYMBOLS.has(t.text) || APPROXIMATORS.has(t.lower) || t.text === '~') continue;
    // "c. £62m", "ca. £9m": an abbreviated "circa" and its point.
    if (ABBREVIATED_CIRCA.has(t.lower) || (t.text === '.' && ABBREVIATED_CIRCA.has(tokens[k - 1]?.lower ?? '')))
      continue;
    break;
  }
  return k;
}

/**
 * Whether money `n` follows a label in a verbless phrase of its own: "(turnover £62m)" after a
 * parenthesis, "…, total contract value ~£9m" after a comma or a parenthesis.
 */
export function isSizeLabelMoney(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'money' || q.change || q.fromTo || q.result || q.perTime) return false;
  const end = labelEnd(n);
  const label = tokens[end]?.lower;
  if (label === undefined) return false;
  let k = end - 1;
  const words: string[] = [];
  while (k >= 0 && tokens[k].kind === 'word' && words.length < MAX_MODIFIERS) words.push(tokens[k--].lower);
  const opener = tokens[k]?.text;
  // "(turnover £62m)": the size of the business named before the parenthesis.
  if (BUSINESS_SIZE_LABELS.has(label)) return opener === '(';
  // "total contract value ~£9m": the value of a contract, unless a verb of winning made it the line's result.
  if (label !== 'value' || !words.some((w) => BUDGET_NOUNS.has(w))) return false;
  if (opener !== '(' && opener !== ',') return false;
  for (let v = k - 1; v >= 0; v--) if (MONEY_WINNING_VERBS.has(tokens[v].lower)) return false;
  return true;
}

/**
 * "a store of 40 staff and £5M turnover": a business's turnover joined to a size of the same unit (a
 * count in a group, one a context verb governs or one a sizing preposition holds) sizes it too.
 */
export function isJoinedTurnover(n: NumberContext, before: Quantity | undefined): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'money' || q.change || q.fromTo || q.result || q.head !== 'turnover' || before === undefined)
    return false;
  // The money starts at its currency symbol or its figure: the word before it joins it.
  const k = n.at - 1;
  if (tokens[k]?.lower !== 'and') return false;
  // "Grew a team of 5 and £2M turnover": a size a verb grew or won is a result, and so is the turnover.
  if (before.result || before.change) return false;
  return (
    (before.group !== undefined && GROUP_NOUNS.has(before.group)) || before.context === true || before.sizing === true
  );
}
