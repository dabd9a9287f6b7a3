// How long a problem had lasted ("ended two years of debate", "six months of weekly escalations", "a
// pricing argument that had dragged on for 18 months", "a complaint that had been on the agenda for a
// decade") measures nothing the writer did: it is the age of the problem, context, neither metric nor
// scale (RUBRIC.md: a metric measures the result, the change or the effort). The time the writer's own
// work took ("three weeks of testing", "spent four months rebuilding") and the amount of a problem the
// work removed ("cut 3 months of delays") keep their metric.
import type { NumberContext } from './quantity-context';
import { isClauseMark, type Token } from '../language/tokenize';
import {
  CAUSED_PROBLEMS,
  DISPUTE_NOUNS,
  EFFECT_VERBS,
  ENDING_VERBS,
  GONE_THINGS,
  LASTING_VERBS,
  TENURE_UNITS,
} from '../language/lexicon';
import { ROUGHLY_WORDS } from './quantity-lexicon';

/** Words "N months of" may run over before the problem noun: "of weekly escalations", "of manual re-keying errors". */
const OF_REACH = 3;
/** Words back from "for N months" searched for the verb the time belongs to. */
const VERB_REACH = 6;

/** "two years of debate"; "ended six months of escalations" (but "read six months of escalations": material gone through). */
function isProblemNoun(lower: string, ended: boolean): boolean {
  return DISPUTE_NOUNS.has(lower) || (ended && (GONE_THINGS.has(lower) || CAUSED_PROBLEMS.has(lower)));
}

/** Whether one of the three words before token `first` is in `verbs`. */
function verbJustBefore(tokens: Token[], first: number, verbs: { has(word: string): boolean }): boolean {
  for (let seen = 0, k = first - 1; k >= 0 && seen < 3; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    seen++;
    if (verbs.has(t.lower)) return true;
  }
  return false;
}

/** A verb that ends a problem up to three words before the duration: "ended six months of …". */
function endingBefore(tokens: Token[], first: number): boolean {
  return verbJustBefore(tokens, first, ENDING_VERBS);
}

/** "two years of debate", "ended six months of weekly escalations": a problem noun closes the phrase after "of". */
function problemFollows(tokens: Token[], k: number, ended: boolean): boolean {
  if (tokens[k]?.lower !== 'of') return false;
  for (let seen = 0, j = k + 1; j < tokens.length && seen < OF_REACH; j++) {
    const t = tokens[j];
    if (t.kind === 'symbol') {
      if (t.text === '-') continue;
      return false;
    }
    if (isProblemNoun(t.lower, ended)) return true;
    // "of testing", "of rebuilding": the writer's own work.
    if (t.lower.endsWith('ing')) return false;
    seen++;
  }
  return false;
}

/**
 * "an argument that had dragged on for 18 months", "a bug that had been open for three years": before
 * "for", a verb of lasting or "had been" with no action after it.
 */
function lastedFor(tokens: Token[], forAt: number): boolean {
  for (let seen = 0, k = forAt - 1; k >= 0 && seen < VERB_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (isClauseMark(t.text)) return false;
      continue;
    }
    seen++;
    if (LASTING_VERBS.has(t.lower)) return true;
    if (t.lower === 'been' && tokens[k - 1]?.lower === 'had') {
      const next = tokens[k + 1];
      return next !== undefined && next.kind === 'word' && !next.lower.endsWith('ing');
    }
  }
  return false;
}

/**
 * "cut 3 months of delays", "saved two weeks of rework": a verb of effect makes the time the amount changed.
 * "Cut through two years of debate" ends the problem: "through" makes the verb one of ending.
 */
function effectBefore(tokens: Token[], first: number): boolean {
  return verbJustBefore(tokens, first, EFFECT_VERBS) && !verbJustBefore(tokens, first, THROUGH);
}

/** The particle that turns a verb of effect into one of getting past a problem: "cut through", "broke through". */
const THROUGH = { has: (word: string) => word === 'through' };

/** Whether a duration is how long a problem had lasted rather than the time the writer's work took. */
export function isProblemAge(n: NumberContext): boolean {
  const { tokens, q } = n;
  // A problem's age is told in months or years: "4 hours of downtime" measures the downtime.
  if (q.kind !== 'duration' || q.change || q.fromTo || !q.head || !TENURE_UNITS.has(q.head)) return false;
  const first = n.at;
  const after = n.after;
  // The ending verb is looked for only where "of" follows (problemFollows needs it).
  if (tokens[after]?.lower === 'of' && problemFollows(tokens, after, endingBefore(tokens, first)))
    return !effectBefore(tokens, first);
  let b = first - 1;
  while (b >= 0 && tokens[b].kind === 'symbol') b--;
  // "for about 18 months", "for over a decade"
  if (b >= 0 && ROUGHLY_WORDS.has(tokens[b].lower)) b--;
  return b >= 0 && tokens[b].lower === 'for' && lastedFor(tokens, b);
}
