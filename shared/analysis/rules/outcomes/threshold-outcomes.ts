// A threshold now reached: a thing brought past the point where it can do something, told with an
// adjective and "enough to": "made the regression suite fast enough to run on every PR", "got the
// model small enough to fit on a phone", "the re-ranker became cheap enough to serve from CPU", "the
// export is now quick enough for the morning call". The comparative ("made it faster") is a change;
// the plain adjective with "enough to" is the same change told by what it now allows.
//
// The state must be brought about or newly true: a causative verb with its object before the adjective
// ("made/got X ADJ enough"; a state kept is no change), a verb of turning right before it ("became/got/grew ADJ enough"),
// or "now" beside a copula ("is now fast enough"). A plain description ("the model is small enough to
// fit"), a problem ("was not fast enough to"), a goal ("to make it fast enough") and a quantity ("enough
// time to") are not read.
import type { Token } from '../language/tokenize';
import {
  CLAUSE_OPENER_CORE,
  COPULAS,
  FIRST_PERSON_WORDS,
  NEGATIONS,
  STATE_CAUSATIVES,
  TURNING_VERBS,
  clauseOpeners,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { numberWordValue } from '../quantity/number-words';

/** The most words between a causative verb and the adjective (its object): "made [the nightly regression suite] fast". */
const MAX_OBJECT_WORDS = 5;
/** Words that cannot stand in the object between a causative verb and its adjective. */
const OBJECT_BREAKS = clauseOpeners('threshold-object-breaks', [['to'], CLAUSE_OPENER_CORE, ['that', 'which', 'if']]);

/** Is the word at `k` a plain adjective slot before "enough": a word, not a number, a negation or a function word? */
function adjectiveSlot(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined || w.kind !== 'word') return false;
  const l = w.lower;
  return !(
    numberWordValue(l) !== undefined ||
    NEGATIONS.has(l) ||
    COPULAS.has(l) ||
    FIRST_PERSON_WORDS.has(l) ||
    OBJECT_BREAKS.has(l) ||
    l === 'not' ||
    l === 'too' ||
    l === 'the' ||
    l === 'a' ||
    l === 'an'
  );
}

/** Does a negation stand among words `from`…`to` (inclusive)? */
const negatedBetween = (words: Token[], from: number, to: number) =>
  words.slice(Math.max(0, from), to + 1).some((x) => NEGATIONS.has(x.lower) || x.lower.endsWith("n't"));

/**
 * The verb that brings about the state of the adjective at `a`: a causative with one to five object
 * words between ("made the suite fast"), a verb of turning right before ("became cheap"), or "now"
 * beside a copula ("is now fast", "now is fast"). Returns its index, or -1.
 */
function stateGovernor(tokens: Token[], words: Token[], a: number): number {
  const prev = words[a - 1]?.lower;
  const prev2 = words[a - 2]?.lower;
  if (prev !== undefined && TURNING_VERBS.has(prev) && !FIRST_PERSON_WORDS.has(prev2 ?? '')) return a - 1;
  if (prev === 'now' && prev2 !== undefined && COPULAS.has(prev2)) return a - 2;
  if (prev !== undefined && COPULAS.has(prev) && prev2 === 'now') return a - 2;
  for (let k = a - 2; k >= 0 && a - k - 1 <= MAX_OBJECT_WORDS; k--) {
    const l = words[k].lower;
    if (clauseEnd(tokens, words[k]) < words[a].start) return -1;
    if (STATE_CAUSATIVES.has(l)) return k;
    if (OBJECT_BREAKS.has(l) || COPULAS.has(l) || NEGATIONS.has(l)) return -1;
  }
  return -1;
}

/**
 * "made the suite fast enough to run on every PR": an adjective and "enough to"/"enough for" after a
 * verb that brought the state about. Not a goal ("to make it fast enough", "wanted it fast enough"),
 * not negated ("never got it small enough to"), not a quantity ("enough time to").
 */
export const THRESHOLD_REACHED_RULE: CueRule = {
  name: 'threshold-reached',
  words: ['enough'],
  match({ tokens, words, cues, i, w, next }) {
    if (next !== 'to' && next !== 'for') return false;
    if (!adjectiveSlot(words, i - 1)) return false;
    const governor = stateGovernor(tokens, words, i - 1);
    if (governor < 0) return false;
    // A goal or a wish: "to make it fast enough", "needed it small enough to".
    if (words[governor - 1]?.lower === 'to') return false;
    if (negatedBetween(words, governor - 2, i)) return false;
    addCue(cues, words[governor], w, 'effect');
    return true;
  },
};
