// A state after the work told with no change verb: a comparative after a copula, anchored to a before
// ("monthly cost of queries is lower by about 40 percent", "the on-call load is much lighter since we
// split the routing", "waiting times are now shorter than last winter"), and a lessened amount of
// what a team does or wastes ("we were throwing away much less food"). The anchor — a measured
// difference ("by 40 percent"), "since", "now", "than before" / "than last year" — makes the
// comparative an after-state; without it a copula and a comparative describe a thing or an option
// ("the old system was slower", "the other vendor is cheaper than ours"), which COMPARATIVE_RULE settles.
import type { Token } from '../language/tokenize';
import { BETTER_COMPARATIVE_BASES, COMPARATIVES, COPULAS, MOVE_DEGREES } from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { addCue, clauseEnd, isQuality, isTroubleWord, type CueRule } from './outcome-scan';
import { postModifiedSubjectHeads } from './change-subjects';

/** Comparatives of less of something: good of a trouble or a time ("costs are lower", "waits are shorter"). */
const LESS_COMPARATIVES = new Set(['lower', 'less', 'fewer', 'shorter', 'smaller', 'lighter']);
/** Comparatives of more of something: good of a quality that is no trouble ("retention is higher"). */
const MORE_COMPARATIVES = new Set(['higher', 'bigger', 'larger', 'greater']);
/** Degree words between the copula and the comparative: "is much lighter", "is now far lower". */
const DEGREES = new Set([
  ...MOVE_DEGREES,
  'far',
  'lot',
  'a',
  'now',
  'still',
  'considerably',
  'markedly',
  'substantially',
]);
/** Words after "than" that name the state before: "than before", "than last year", "than it was". */
const BEFORE_ANCHORS = new Set(['before', 'ever', 'last', 'previously', 'it', 'they', 'we', 'in', 'a', 'the']);
/** Words after "than the" that name a past period, not another option: "than the year before". */
const PAST_PERIODS = new Set(['year', 'quarter', 'month', 'week', 'season', 'term', 'winter', 'summer', 'spring']);
/** Words after a degree that make "much less" no amount: "much less a department", "much less than". */
const NOT_AN_AMOUNT = new Set(['a', 'an', 'the', 'than', 'of', 'to', 'likely', 'often']);
/** Verbs of having: "had far less experience than the others" tells a state of the writer, not a result. */
const HAVING = new Set(['had', 'have', 'has', 'having']);

/** A figure or a fraction at `k`: "by 40 percent", "by about a third", "by half". */
function differenceAt(words: Token[], k: number, end: number): boolean {
  let j = k;
  if (/^(about|around|roughly|nearly|almost|over|some|just)$/.test(words[j]?.lower ?? '')) j++;
  const w = words[j];
  if (w === undefined || w.start >= end) return false;
  return w.kind === 'number' || numberWordValue(w.lower) !== undefined || /^(a|half|a third|a quarter)$/.test(w.lower);
}

/** Is the state after the comparative at `i` anchored to a before: "by 40 percent", "since …", "now", "than before"? */
function anchoredAfter(tokens: Token[], words: Token[], i: number, nowBefore: boolean): boolean {
  if (nowBefore) return true;
  const end = clauseEnd(tokens, words[i]);
  for (let k = i + 1; k < words.length && k <= i + 3 && words[k].start < end; k++) {
    const l = words[k].lower;
    if (l === 'since' || l === 'now') return true;
    if (l === 'by' && k === i + 1) return differenceAt(words, k + 1, end);
    if (l === 'than') {
      const a = words[k + 1]?.lower ?? '';
      if (a === 'the' || a === 'a')
        return PAST_PERIODS.has(words[k + 2]?.lower ?? '') && /^(before|ago|earlier)$/.test(words[k + 3]?.lower ?? '');
      return BEFORE_ANCHORS.has(a);
    }
  }
  return false;
}

/** Does the comparative's direction suit its subject: less of a trouble or a time, more of a quality, or better of anything? */
function goodDirection(heads: readonly Token[], lower: string): boolean {
  if (LESS_COMPARATIVES.has(lower))
    return heads.some((h) => isTroubleWord(h.lower) || /^(times?|waits?|waiting|queues?|bills?)$/.test(h.lower));
  if (MORE_COMPARATIVES.has(lower)) return heads.some((h) => isQuality(h.lower) && !isTroubleWord(h.lower));
  return COMPARATIVES.has(lower) || BETTER_COMPARATIVE_BASES.has(lower);
}

/**
 * "monthly cost of queries is lower by about 40 percent", "the on-call load is much lighter since we
 * split the routing", "handovers are now smoother": a copula, degree words, a comparative whose
 * direction suits the subject, and an anchor to the state before.
 */
function linkedAfterState(tokens: Token[], words: Token[], i: number, lower: string): boolean {
  let k = i - 1;
  let nowBefore = false;
  while (k >= 0 && DEGREES.has(words[k].lower)) {
    if (words[k].lower === 'now') nowBefore = true;
    k--;
  }
  if (k < 1 || !COPULAS.has(words[k].lower) || words[k].lower === 'be') return false;
  const before = words[k - 1].lower;
  if (before === 'not' || before.endsWith("n't") || words[k + 1]?.lower === 'not') return false;
  const heads = [words[k - 1], ...postModifiedSubjectHeads(tokens, words, k)];
  return goodDirection(heads, lower) && anchoredAfter(tokens, words, i, nowBefore);
}

/**
 * "we were throwing away much less food", "spend far less time on rotas": a degree and "less" with the
 * amount after a verb of the writer's work. Not "had far less experience" (having), "much less a
 * department" or "much less than planned" (no amount after it).
 */
function lessenedAmount(words: Token[], i: number): boolean {
  const degree = words[i - 1]?.lower;
  if (!(degree === 'much' || degree === 'far' || degree === 'significantly' || degree === 'noticeably')) return false;
  const next = words[i + 1];
  if (next === undefined || NOT_AN_AMOUNT.has(next.lower) || next.kind === 'number') return false;
  const verb = words[i - 2]?.lower;
  if (verb === undefined || COPULAS.has(verb) || HAVING.has(verb)) return false;
  return true;
}

/** A state after the work, told by a comparative with no change verb (read before COMPARATIVE_RULE settles a copula). */
export const AFTER_STATE_RULE: CueRule = {
  name: 'after-state',
  words: [...COMPARATIVES, ...LESS_COMPARATIVES, ...MORE_COMPARATIVES],
  lemmas: [BETTER_COMPARATIVE_BASES],
  match({ tokens, words, cues, i, w, lower }) {
    if (i < 2) return false;
    if (!(linkedAfterState(tokens, words, i, lower) || (lower === 'less' && lessenedAmount(words, i)))) return false;
    addCue(cues, w, w, 'comparative');
    return true;
  },
};
