// A change verb on something that is not a measure: "narrowed the vendor shortlist from eight to
// three", "cut the launch down to 3 must-have features", "picked 2 of the 9 proposals". The count
// says how many options were kept or how far the scope reached — a choice the writer made, not a
// result of the work — so it is neither a metric nor the size of the context (RUBRIC-NOTES: test
// design and scope are configuration). "Cut the checkout form from 11 fields to 4" or "consolidated
// 14 monitoring tools down to 3" measure what changed and stay quantities.
import type { NumberContext } from './quantity-context';
import { isClauseMark, type Token } from '../language/tokenize';
import {
  CHOICE_NOUNS,
  CLAUSE_OPENER_CORE,
  REWORK_VERBS,
  SCOPE_NOUNS,
  clauseOpeners,
  lemmaSet,
} from '../language/lexicon';
import { numberWordValue } from './number-words';
import { holdsTrigger, triggerWords } from '../language/trigger-words';

/** Verbs of choosing among options: what they count is what was kept. */
const SELECTION_VERBS = lemmaSet('selection-verbs', [
  'narrow',
  'whittle',
  'shortlist',
  'pick',
  'select',
  'choose',
  'chose',
  'chosen',
  'downselect',
]);

/** A plain count (no change) is a selection through the verb only: a sentence without one is passed over. */
const SELECTION_VERB_TRIGGER = triggerWords('selection-verbs', (lower) => SELECTION_VERBS.has(lower));

// Words that end the search for the verb: a clause break, or a word that starts another clause. Not "but" or the
// time subordinators, which the plan-part search stops at: folding them in moves counts in the fixtures.
const CLAUSE_BREAKS = new Set([
  ...[',', ';', ':', '(', '—', '–'],
  ...clauseOpeners(
    'selection-clause-breaks',
    [CLAUSE_OPENER_CORE, ['which', 'that']],
    ['but', 'when', 'after', 'before', 'until', 'once', 'since'],
  ),
]);

/** "was selected as one of 12 finalists": the writer was chosen, a placing; "picked up 40 tickets": work done. */
function choosesOptions(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower;
  if (before === 'was' || before === 'were' || before === 'been' || before === 'being' || before === 'be') return false;
  return tokens[k + 1]?.lower !== 'up';
}

/** Words that lead the count or the value a change reached: "down to three", "from eight to three". */
const CHANGE_PREPOSITIONS = new Set(['to', 'from', 'down', 'into']);

/** "worst", "biggest", "noisiest", "highest-volume": a superlative that picks items out of a set. */
function isSuperlativeWord(lower: string): boolean {
  // Every form below holds "st": most words are passed over without the expressions.
  return (
    lower.includes('st') &&
    /^(?:most|least|worst|best)$|^[a-z]{2,}est(?:-[a-z]+)?$/.test(lower) &&
    !/^(?:test|interest|request|forest|chest|guest|contest|protest|harvest|honest|modest|latest)$/.test(
      lower.split('-')[0],
    )
  );
}

/**
 * "moved the two biggest routes first", "started with the three noisiest alerts": a few items of the story
 * picked to go first by a superlative are a choice of order, neither a measure nor a size (ERROR-KINDS-S17
 * kind 5). A few items picked by a superlative are a choice whatever the order (pickedFew below).
 */
function pickedFirst(tokens: Token[], at: number, end: number): boolean {
  if (tokens[at - 1]?.lower !== 'the' || !isSuperlativeWord(tokens[at + 1]?.lower ?? '')) return false;
  const before = [tokens[at - 2]?.lower, tokens[at - 3]?.lower];
  if (before[0] === 'with' && /^(start|started|starting|began|begin|beginning|begun)$/.test(before[1] ?? ''))
    return true;
  for (let k = end; k < tokens.length && k < end + 8; k++) {
    const w = tokens[k];
    if (w.kind === 'symbol' && isClauseMark(w.text)) return false;
    if (w.lower === 'first') return true;
  }
  return false;
}

/** The most items a superlative picks out as the story's own, whatever the verb ("rerouted the two busiest lanes"). */
const FEW = 5;

/**
 * "moved the two biggest routes to manual sort", "rerouted the two busiest lanes": a few items of the story
 * named by a superlative are which items the work touched, not how much work it was; "quarantined the 14
 * worst tests" is a volume of work and "rewrote the three slowest jobs" work delivered: both stay counts.
 */
function pickedFew(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'the' || !isSuperlativeWord(tokens[at + 1]?.lower ?? '')) return false;
  // "rewrote the three slowest jobs": a rework verb turns the items into work delivered.
  if (REWORK_VERBS.has(tokens[at - 2]?.lower)) return false;
  const t = tokens[at];
  const value = numberWordValue(t.lower) ?? (t.kind === 'number' ? Number(t.text) : NaN);
  return value <= FEW;
}

/** Whether a count found in the sentence states a selection or a scope rather than a measure. */
export function isSelection(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'count' && q.kind !== 'magnitude') return false;
  const at = n.at;
  const end = n.after;
  if (!q.change && !q.fromTo && pickedFirst(tokens, at, end)) return true;
  // Clients won stay a result ("won the two largest retailers in the region").
  if (!q.change && !q.fromTo && !q.gained && pickedFew(tokens, at)) return true;
  // The counted thing is an option: "to 6 candidates", "two variants"; "the 6 candidate layouts" whatever
  // the verb ("interviewed 60 candidates" counts people, so a plural needs a change).
  for (let k = at; k < end; k++) {
    const w = tokens[k];
    if (w.lower === 'candidate' && tokens[k + 1]?.kind === 'word' && k + 1 < end) return true;
    if ((q.change || q.fromTo) && CHOICE_NOUNS.has(w.lower)) return true;
  }
  // Below, only a selection verb makes a plain count a choice (choice and scope nouns need a change).
  if (!q.change && !q.fromTo && !holdsTrigger(tokens, SELECTION_VERB_TRIGGER)) return false;
  let objectHead = true; // the word right before "to"/"down"/"from" is the head of what changed
  for (let k = at - 1; k >= 0 && k >= at - 10; k--) {
    const w = tokens[k];
    if (CLAUSE_BREAKS.has(w.lower)) return false;
    if (w.kind !== 'word') continue;
    if (SELECTION_VERBS.has(w.lower)) return choosesOptions(tokens, k);
    if (CHANGE_PREPOSITIONS.has(w.lower)) {
      objectHead = true;
      continue;
    }
    if ((q.change || q.fromTo) && CHOICE_NOUNS.has(w.lower)) return true;
    if ((q.change || q.fromTo) && objectHead && SCOPE_NOUNS.has(w.lower)) return true;
    objectHead = false;
  }
  return false;
}
