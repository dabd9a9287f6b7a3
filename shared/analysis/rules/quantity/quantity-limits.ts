// A limit told with its number: the most a setting, a post or an offer allows, or the reach of an area
// ("happy to travel up to 40 miles", "settlement authority up to $75,000", "classes of up to 32 pupils",
// "nobody else within 20 miles does it"). The number bounds the context; nothing the writer did produced
// or changed it, so it measures nothing (RUBRIC.md: configuration values; "a target size of the context"
// is scale, and a known scale noun keeps its scale). Read by what the number hangs on, not its noun:
// - "up to" + the number, where "up" is not the particle of a verb that moved a value ("had crept up to
//   18%", "pushed resolution up to 78%", "saved up to 3 hours"): a finite verb right before "up" reaches a
//   value; a base form ("travel up to"), a noun ("invoices up to") or a preposition ("of up to") bounds one;
// - "within" + a distance ("within 20 miles"): an area. "Within three weeks" is the time the work took.
// A number a result or change verb governs, the writer's own load and a count per period ("up to 4
// sectors a day": the load rules) keep their reading.
import type { NumberContext } from './quantity-context';
import { prevWordIndex } from './quantity-phrase';
import type { Token } from '../language/tokenize';
import { DISTANCE_UNITS, GO_VERBS } from '../language/lexicon';
import { isChangeWord } from '../outcomes/change-words';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

/** Comparatives with no "-er": "up to 40% more", "up to 3x less". */
const COMPARISON_WORDS = new Set(['more', 'less', 'fewer', 'better', 'worse', 'higher', 'lower', 'faster', 'cheaper']);

/** Auxiliaries of a perfect or a progressive: "had crept up to", "was creeping up to". */
const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', "'d", "'ve"]);

/** Whether the word is a finite verb of the past or the third person that "up" may be the particle of. */
function isMovingVerb(lower: string): boolean {
  return isPastForm(lower) || IRREGULAR_PAST.has(lower) || GO_VERBS.has(lower);
}

/** Whether the word compares ("faster", "more", "less", "fewer"): a difference told after the figure. */
function isComparative(lower: string | undefined): boolean {
  return lower !== undefined && (COMPARISON_WORDS.has(lower) || (lower.length > 4 && /[^e]er$/.test(lower)));
}

/** Whether the quantity of `n` is a limit or an area's reach (see the file comment). */
export function isLimit(n: NumberContext): boolean {
  const { tokens, q, at } = n;
  if (q.change || q.fromTo || q.result || q.handled || q.perTime || q.kind === 'rank') return false;
  // "up to 300% faster", "up to 3x quicker": a measured difference between two things, not a bound.
  if (isComparative(tokens[n.after]?.lower)) return false;
  const p = prevWordIndex(tokens, at);
  if (p < 1) return false;
  const lead = tokens[p].lower;
  if (lead === 'within') return q.head !== undefined && DISTANCE_UNITS.has(q.head);
  // "capped it so it could never take more than one slot in ten", "must not hold more than 40": a bound.
  if (lead === 'than') return isModalBound(tokens, p);
  if (lead !== 'to' || tokens[p - 1].lower !== 'up') return false;
  // "delays of up to 3 days", "waited up to eleven weeks": a time told with "up to" measures how long
  // something took or lasted, a before value or the work's span, far more often than it sets a bound.
  if (q.kind === 'duration') return false;
  const before = tokens[p - 2];
  if (before !== undefined && before.kind === 'word' && isMovingVerb(before.lower)) return false;
  // "had crept up to 14%", "has shot up to": an auxiliary before the word before "up" makes that word a
  // verb's participle, whatever its form.
  if (before?.kind === 'word' && PERFECT_AUXILIARIES.has(tokens[p - 3]?.lower ?? '')) return false;
  return !changeAround(tokens, p - 2, n.after);
}

/** Words of the clause read around "up to" for a change: back to a clause mark, forward past the quantity. */
const CHANGE_REACH_BACK = 8;
const CHANGE_REACH_AHEAD = 3;
/** Marks that end the clause the look back reads. */
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

/** Modals and negations that together make "more than N" a bound: "could never take more than", "must not exceed more than". */
const BOUND_MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would']);
const BOUND_NEGATIONS = new Set(['never', 'not', 'no']);

/**
 * "could never take more than", "must not be more than", "can't hold more than": a modal and a negation in
 * the few words before "more/less than" (at `than`) make its figure the most a setting allows.
 */
function isModalBound(tokens: readonly Token[], than: number): boolean {
  const comparison = tokens[than - 1]?.lower;
  if (comparison !== 'more' && comparison !== 'less' && comparison !== 'fewer') return false;
  let modal = false;
  let negation = false;
  for (let k = than - 2; k >= 0 && k >= than - 6; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') break;
    if (BOUND_MODALS.has(t.lower) || t.lower === "can't" || t.lower === "couldn't" || t.lower === "won't") modal = true;
    if (BOUND_NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) negation = true;
  }
  return modal && negation;
}

/**
 * "reducing handling time by … up to 40%", "cut load times up to 60%", "up to 30% savings": a change
 * word in the clause before "up to" (from word `from` back) or just after the quantity (from token
 * `after`) makes the figure the size of the change the work made, not a bound.
 */
function changeAround(tokens: readonly Token[], from: number, after: number): boolean {
  // Symbols count toward the reach too (twice the words), so a run of marks is read in constant time.
  for (let k = from; k >= 0 && k > from - 2 * CHANGE_REACH_BACK; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (CLAUSE_MARKS.has(t.text)) break;
      continue;
    }
    if (isChangeWord(t.lower)) return true;
  }
  for (let k = after; k < tokens.length && k < after + 2 * CHANGE_REACH_AHEAD; k++) {
    const t = tokens[k];
    if (t.kind !== 'symbol' && isChangeWord(t.lower)) return true;
  }
  return false;
}
