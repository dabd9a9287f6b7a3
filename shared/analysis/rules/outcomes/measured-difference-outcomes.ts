// A measured difference told without a change verb: a signed figure ("+8% sign-ups", "recall +4
// pts"), a number before a comparative ("an 8% lower rate", "2 more discharges a day", "6 points
// higher than the quarter before") and attainment over a quota or plan ("finished at 124% of
// quota"). Each states that a measure moved or a target was beaten, so it is an outcome as well as a
// metric. A setting chosen ("a 20% higher credit limit"), a comparison with someone else ("10%
// higher than the nearest competitor") and a target set ("aim for 110% of plan") are not.
import { isDirectionArrow } from '../language/direction-arrows';
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from './outcome-types';
import { COMPARATIVES, PROPOSAL_VERBS, WISH_VERBS } from '../language/lexicon';
import { CONFIG_WORDS } from '../quantity/quantity-lexicon';
import { digitsValue, numberWordValue } from '../quantity/number-words';
import { addCue, type CueRule } from './outcome-scan';

/** Units a difference is counted in, between its number and its comparative: "6 points higher", "3x faster". */
const DIFFERENCE_UNITS = new Set(['points', 'pts', 'pp', 'percent', 'bps', 'x', 'times']);

/** What "than" may compare with when the difference is a change over time: "than before", "than last year", "than planned". */
const EARLIER_BASES = new Set([
  'before',
  'previous',
  'prior',
  'last',
  'baseline',
  'plan',
  'planned',
  'expected',
  'forecast',
  'started',
  'budget',
  'budgeted',
  'the',
]);
/** After "than the …", the words that make it an earlier state or the plan: "than the quarter before", "than the budget had assumed". */
const EARLIER_AFTER_THE = new Set([
  'year',
  'quarter',
  'month',
  'week',
  'previous',
  'prior',
  'old',
  'last',
  'baseline',
  'budget',
  'plan',
  'forecast',
]);
/** Plans an amount can come in under: "spent £31,000 less than budgeted", "less than the plan". */
const PLAN_BASES = new Set(['budget', 'budgeted', 'plan', 'planned', 'forecast', 'expected']);

/** Is "less than" at `i` set against a plan: "less than budgeted", "less than the budget had assumed"? */
function lessThanPlan(words: Token[], i: number): boolean {
  if (words[i].lower !== 'less' || words[i + 1]?.lower !== 'than') return false;
  const base = words[i + 2]?.lower === 'the' ? words[i + 3]?.lower : words[i + 2]?.lower;
  return base !== undefined && PLAN_BASES.has(base);
}

/** Is word `k` a count ("8", "two") or a count's unit after one ("6 points")? */
function quantityAt(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  if (w.kind === 'number' || numberWordValue(w.lower) !== undefined) return true;
  return DIFFERENCE_UNITS.has(w.lower) && k > 0 && words[k - 1].kind === 'number';
}

/** Does "than" after the comparative at `i` compare with an earlier state of the same thing (or is there no "than")? */
export function againstEarlier(words: Token[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    if (words[k].lower !== 'than') continue;
    const base = words[k + 1]?.lower;
    if (base === undefined || !EARLIER_BASES.has(base)) return base === 'we' && words[k + 2]?.lower === 'started';
    if (base !== 'the') return true;
    return words.slice(k + 2, k + 5).some((x) => EARLIER_AFTER_THE.has(x.lower));
  }
  return true;
}

/** Is a wish, a request or a plan told in the four words before `i` ("asked for 10% more headcount", "aim for 5% lower")? */
function wishedBefore(words: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--)
    if (WISH_VERBS.has(words[k].lower) || PROPOSAL_VERBS.has(words[k].lower)) return true;
  return false;
}

/** "an 8% lower rate", "2 more discharges a day", "15% less km": a counted difference in a measure. */
export const NUMBER_COMPARATIVE_RULE: CueRule = {
  name: 'number-comparative',
  words: [...COMPARATIVES, 'more', 'less'],
  match({ words, cues, i, w, lower, next }) {
    if (i === 0 || !quantityAt(words, i - 1) || wishedBefore(words, i - 1)) return false;
    // "charged 5% more than the old one": an amount compared, with no measure named to say which way is better.
    // "spent £31,000 less than budgeted" is money saved against the plan.
    if ((lower === 'more' || lower === 'less') && (next === undefined || next === 'than') && !lessThanPlan(words, i))
      return false;
    // "a 20% higher credit limit": a setting chosen, not a measure that moved.
    for (let k = i + 1; k < words.length && k <= i + 3; k++) if (CONFIG_WORDS.has(words[k].lower)) return false;
    if (!againstEarlier(words, i)) return false;
    addCue(cues, words[i - 1], w, 'comparative');
    return true;
  },
};

/** Words that set or aim at a target rather than reach it: "set quota at 120% of plan", "aiming for 110% of target". */
const TARGET_SETTING = new Set(['set', 'sets', 'setting', 'aim', 'aimed', 'aiming', 'targeted', 'targeting', 'goal']);

/** "finished FY23 at 124% of quota", "108% of plan": attainment over a target (a hundred per cent or more). */
export const ATTAINMENT_RULE: CueRule = {
  name: 'attainment',
  words: ['quota', 'plan', 'target', 'forecast'],
  match({ tokens, words, cues, i, w }) {
    let of = -1;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--)
      if (words[k].lower === 'of') {
        of = k;
        break;
      }
    const figure = words[of - 1];
    if (of < 1 || figure.kind !== 'number' || digitsValue(figure.text) < 100) return false;
    const percent = tokens.some((t) => t.text === '%' && t.start === figure.end);
    if (!percent || words.slice(0, of).some((x) => TARGET_SETTING.has(x.lower) || WISH_VERBS.has(x.lower)))
      return false;
    addCue(cues, figure, w, 'change');
    return true;
  },
};

/** Units a signed figure is counted in: "+8%", "+4 pts", "+0.3 pp". */
const SIGNED_UNITS = new Set(['pts', 'points', 'pp', 'bps']);
/** Marks a sign may follow: a sign opens a figure, it does not join two ("C++", "40+"). */
const SIGN_OPENERS = new Set([':', ',', ';', '(', '—', '–']);

/** A multiplier figure typed as one token: "2.3x", "3×". */
const MULTIPLIER_FIGURE = /^\d+(?:\.\d+)?[x×]$/i;

/**
 * A hyphen typed as a minus ("Bundle size -31%", "(-40% infra cost)") is a sign only where it opens
 * the figure after a word or an opening mark: after a number it joins a range ("5 -10%"), and attached
 * to the word before it joins a compound ("tree-shaking").
 */
function hyphenSignAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return true;
  return before.kind !== 'number' && (before.end < tokens[k].start || SIGN_OPENERS.has(before.text));
}

/**
 * A signed figure, "+8% sign-ups", "recall +4 pts", "Bundle size -31%", "throughput +2.3x", "↓ 38% GPU
 * spend": a measure that moved, as the cue, or undefined. The sign says the figure is a change, not a level, whichever
 * way is good for the measure.
 */
export function signedChange(tokens: Token[]): OutcomeCue | undefined {
  for (let k = 0; k < tokens.length - 1; k++) {
    const sign = tokens[k];
    // Every sign and arrow is one symbol token: words and numbers are passed over without a lookup.
    if (sign.kind !== 'symbol') continue;
    const arrow = isDirectionArrow(sign.text);
    if (sign.text !== '+' && sign.text !== '−' && sign.text !== '-' && !arrow) continue;
    const figure = tokens[k + 1];
    if (figure.kind !== 'number' || (figure.start !== sign.end && !arrow)) continue;
    const before = tokens[k - 1];
    if (arrow) {
      // An arrow is a sign wherever it stands; only the figure after it must be a measure.
    } else if (sign.text === '-') {
      if (!hyphenSignAt(tokens, k)) continue;
    } else if (before !== undefined && before.end === sign.start && !SIGN_OPENERS.has(before.text)) continue;
    // "throughput +2.3x": a factor is a change told by its ratio, no unit after it.
    if (MULTIPLIER_FIGURE.test(figure.text))
      return { start: sign.start, end: figure.end, kind: 'change', cue: sign.text };
    const unit = tokens[k + 2];
    if (unit === undefined) continue;
    // "−48 %": a space before the percent sign is typography, the same figure.
    if ((unit.text === '%' && unit.start <= figure.end + 1) || SIGNED_UNITS.has(unit.lower))
      return { start: sign.start, end: unit.end, kind: 'change', cue: sign.text };
  }
  return undefined;
}
