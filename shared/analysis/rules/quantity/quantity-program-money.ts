// Money that modifies the program, project or contract the writer ran or delivered ("delivered the
// $2.5M ERP rollout on time", "managed the $800K vendor contract", "led procurement for a $60M
// hospital expansion") sizes the context: scale, not a metric (RUBRIC.md: money that sizes the
// context is scale; money saved or earned is a metric and an outcome). A verb of winning or saving
// keeps the money a result: "won a $1.2M contract", "secured a $250K grant", "saved $380K a year"
// (isWonMoney marks such money a result where no listed result verb did).
import type { NumberContext } from './quantity-context';
import type { Token } from '../language/tokenize';
import { MONEY_WINNING_VERBS, PLANNED_SPAN_NOUNS, PROGRAM_SIZE_NOUNS } from '../language/lexicon';
import { BUDGET_NOUNS } from './scale';

/** Words of the noun phrase after the money that may come before what it sizes: "ERP", "vendor", "hospital". */
const PHRASE_REACH = 4;
/** Words back from the money searched for the verb that governs it. */
const VERB_REACH = 5;

const sizedNoun = (w: string) => PLANNED_SPAN_NOUNS.has(w) || PROGRAM_SIZE_NOUNS.has(w) || BUDGET_NOUNS.has(w);

/** Whether money modifies a program, a project or a contract that no winning or saving verb governs. */
export function isProgramMoney(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'money' || q.change || q.fromTo || q.perTime) return false;
  let first = n.at;
  while (first < tokens.length && tokens[first].kind === 'symbol') first++; // "$"

  // "the $1.2M billing migration two weeks early": a second number swallowed into the phrase keeps its own role.
  for (let j = first + 1; j < tokens.length && tokens[j].start < q.end; j++)
    if (tokens[j].kind === 'number') return false;
  // The money is a modifier: a word of its noun phrase follows it, and the phrase names a program.
  let sized = false;
  // The quantity may already take the phrase in ("$2.5M ERP"): look from the number on.
  for (let j = first + 1, seen = 0; j < tokens.length && seen < PHRASE_REACH + 1; j++) {
    const t = tokens[j];
    if (t.kind === 'symbol') {
      if (t.text === '-' || t.text === '/' || t.text === '&') continue;
      break;
    }
    if (t.kind !== 'word') continue; // "$2.5M": the magnitude suffix
    if (/^(in|of|a|an|per|for|to|from|by|on|and|or|the|with|each|every|annually|yearly|monthly)$/.test(t.lower)) break;
    if (sizedNoun(t.lower)) {
      sized = true;
      break;
    }
    seen++;
  }
  // "won a $1.2M contract", "secured a $250K grant": money the work brought in.
  return sized && !wonBy(tokens, first);
}

/** Whether a verb of winning or saving governs the money at token `first`, within its clause. */
function wonBy(tokens: Token[], first: number): boolean {
  for (let j = first - 1, seen = 0; j >= 0 && seen < VERB_REACH; j--) {
    const t = tokens[j];
    if (t.kind === 'symbol') {
      if (/^[,;:(—]$/.test(t.text)) return false;
      continue;
    }
    if (MONEY_WINNING_VERBS.has(t.lower)) return true;
    seen++;
  }
  return false;
}

/**
 * Money a verb of winning or saving governs ("secured a $250K state grant", "landed a $90K
 * sponsorship"): money the work brought in, a metric even where "a $…" reads as a size.
 */
export function isWonMoney(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'money' || q.change || q.fromTo || q.result) return false;
  let first = n.at;
  while (first < tokens.length && tokens[first].kind === 'symbol') first++;
  return wonBy(tokens, first);
}
