// The turn of a duty shared out by a schedule (RUBRIC-NOTES "Effort spans": a schedule is no metric;
// RUBRIC.md: configuration values): "on-call 1 week in 6", "one weekend in four", "1 in 6 weeks",
// "4 on 4 off", "2 days on, 2 off". Two numbers, one of them told in a unit of a rota (a day, a night, a
// week, a weekend, a shift), say how often the writer takes a turn, not how much they did. A share of
// things ("1 in 20 payouts", quantity-shares.ts) and a count of things in a period ("3 releases in 2
// weeks": the first number counts releases) are other shapes.
import type { Token } from './tokenize';
import { ROTA_TURN_UNITS } from './lexicon';
import { numberWordValue } from './number-words';

/** The value of a plain count token ("6", "four"), else undefined; no year ("1 in 2021"). */
function countAt(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'word') return t.lower === 'one' ? 1 : numberWordValue(t.lower);
  if (t.kind !== 'number' || !/^\d{1,3}$/.test(t.text)) return undefined;
  return Number(t.text);
}

const isUnit = (t: Token | undefined) => t?.kind === 'word' && ROTA_TURN_UNITS.has(t.lower);

/**
 * The index of the last token of a rota turn that opens at token `i`, else -1: "N <unit> in M",
 * "N in M <unit>" (N smaller than M), or "N [<unit>] on[,] N [<unit>] off".
 */
export function rotaTurnEnd(tokens: readonly Token[], i: number): number {
  const n = countAt(tokens[i]);
  if (n === undefined) return -1;
  let k = i + 1;
  const unitFirst = isUnit(tokens[k]);
  if (unitFirst) k++;
  if (tokens[k]?.lower === 'in') {
    const m = countAt(tokens[k + 1]);
    if (m === undefined || m <= n) return -1;
    // "1 week in 6", "1 week in 6 weeks"; "six weeks in 12 stores" counts stores, a place of the work.
    if (unitFirst) {
      const after = tokens[k + 2];
      if (isUnit(after)) return k + 2;
      return after === undefined || after.kind === 'symbol' ? k + 1 : -1;
    }
    // "1 in 6 weeks": the unit after the second number.
    return isUnit(tokens[k + 2]) ? k + 2 : -1;
  }
  // "4 on 4 off", "2 days on, 2 days off", "4 on / 4 off".
  if (tokens[k]?.lower !== 'on') return -1;
  k++;
  while (tokens[k]?.kind === 'symbol' && (tokens[k].text === ',' || tokens[k].text === '/')) k++;
  if (countAt(tokens[k]) === undefined) return -1;
  k++;
  if (isUnit(tokens[k])) k++;
  return tokens[k]?.lower === 'off' ? k : -1;
}
