// Another party's own decision to take the writer's work up: "We trialled a deposit, and the principal decided to
// keep it", "Ran a pilot of the new triage form, which the ward chose to keep", "both sites opted to adopt our
// checklist". The outcome is the one "got the principal to keep it" (AGREEMENT_VERBS, adoption-outcomes.ts) and
// "the board agreed to keep it" (others-reaction-outcomes.ts) tell (RUBRIC-NOTES agreement, approval and adoption),
// told with the party's own verb of deciding. Whose decision it is comes from the clause reader (clause-actors.ts):
// the writer's ("we decided to keep it") is the writer's act, no result. What was decided on must be the work:
// "it", "them", the writer's own ("our checklist"), or nothing after a relative ("which the ward chose to keep");
// "the council decided to buy a new fleet" names no work of the writer's.
import type { Token } from '../language/tokenize';
import {
  AGREEMENT_VERBS,
  CLAUSE_OPENER_CORE,
  DECISION_VERBS,
  KEEP,
  POST_MODIFIER_PREPOSITIONS,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { clausesThrough } from '../voices/clause-actors';
import { isPastForm } from '../language/verbs';

/** Verbs of deciding that report a decision made; "offered" and "volunteered" tell a promise, not a change. */
const DECIDED = new Set(['decide', 'choose', 'opt', 'elect']);
/** Objects that point back at the work: "decided to keep it", "chose to adopt our rota". */
const WORK_OBJECTS = new Set(['it', 'them', 'this', 'these', 'our', 'my']);

/** Does the clause end after the object at `k`, or go on with a phrase ("keep it for the winter"), not a state ("keep it simple")? */
function objectEnds(tokens: Token[], words: Token[], k: number): boolean {
  const after = words[k + 1];
  if (after === undefined || clauseEnd(tokens, words[k]) <= after.start) return true;
  return POST_MODIFIER_PREPOSITIONS.has(after.lower) || CLAUSE_OPENER_CORE.includes(after.lower);
}

/** The clause whose main verb is word `i`, read once per sentence only when a decision verb is found. */
function partyOf(tokens: Token[], i: number): string | undefined {
  // A clause whose verb is word `i` holds it: the clauses read through `i` hold it if any does.
  return clausesThrough(tokens, i).find((c) => c.verb === i)?.kind;
}

/** "decided to keep it", "chose to adopt our checklist", "…, which the ward chose to keep." */
export const PARTY_DECIDED_RULE: CueRule = {
  name: 'party-decided',
  lemmas: [DECISION_VERBS],
  match({ tokens, words, cues, i, w, lower, next }) {
    const lemma = DECISION_VERBS.lemmaOf(lower);
    if (lemma === undefined || !DECIDED.has(lemma) || !isPastForm(lower) || next !== 'to') return false;
    const verb = words[i + 2];
    if (verb === undefined || !(AGREEMENT_VERBS.has(verb.lower) || KEEP.has(verb.lower))) return false;
    const object = words[i + 3];
    const relative = words.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'which' || x.lower === 'that');
    if (object === undefined ? !relative : !WORK_OBJECTS.has(object.lower)) return false;
    // "decided to keep it simple": a state kept, not the work; the object's clause ends or a phrase follows.
    if (object !== undefined && object.lower !== 'our' && object.lower !== 'my' && !objectEnds(tokens, words, i + 3))
      return false;
    if (partyOf(tokens, i) !== 'other') return false;
    addCue(cues, w, verb, 'adoption');
    return true;
  },
};
