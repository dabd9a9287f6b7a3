// Adoption told without a use verb: the work taken into how others work, told as inclusion in a
// practice or as a status given to it. "The vets made it part of the anaesthetic protocol", "the
// checklist became part of the ward's guideline", "the runbook is now part of onboarding", "the ops
// manager made the Friday print standard for all three depots", "made the template the default".
// The meaning is the same as "adopted it"; no verb of using or adopting is there to read.
//
// Read by clause shape: "part of" after a verb of becoming ("became (a regular) part of"), after "now"
// and a copula ("is now part of"), or after a causative and its object ("made it part of"); and a
// causative with its object before a status word ("made X standard/the default"). Not a person
// joining a group ("I became part of the platform team", "made her part of the rota"): the subject,
// the object and the whole after "of" must not name people or a group of them. Not a goal ("to make
// it part of"), not negated.
import type { Token } from '../language/tokenize';
import {
  ADOPTED_ROLES,
  COPULAS,
  NEGATIONS,
  POST_MODIFIER_PREPOSITIONS,
  STATE_CAUSATIVES,
  TURNING_VERBS,
  CLAUSE_OPENER_CORE,
  clauseOpeners,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { NAMED_PEOPLE, inParty } from '../voices/party-kinds';

/** The most words of the object between a causative and "part of" or a status: "made [the new handover sheet] part of". */
const MAX_OBJECT_WORDS = 5;
/** Words that may stand between a verb of becoming and "part": "became [a regular] part of", "is now [an official] part of". */
const MAX_PART_MODIFIERS = 2;
/** Words that end the object or the modifiers: a clause opener or "to". */
const BREAKS = clauseOpeners('inclusion-object-breaks', [['to', 'of'], CLAUSE_OPENER_CORE, ['that', 'which', 'if']]);

const isPeople = (l: string) => inParty(l, NAMED_PEOPLE);

/** Does any word from `from` to `to` (inclusive) name people, negate, or break the clause? */
function blocked(words: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < words.length; k++) {
    const l = words[k].lower;
    // "my"/"our" before the object own the work, they do not name it ("made my template the default").
    if (l === 'my' || l === 'our') continue;
    if (isPeople(l) || NEGATIONS.has(l) || l.endsWith("n't")) return true;
  }
  return false;
}

/** A negation in the two words before the verb at `v`: "never became part of", "didn't make it part of". */
const negatedBefore = (words: Token[], v: number) =>
  words.slice(Math.max(0, v - 2), v).some((x) => NEGATIONS.has(x.lower) || x.lower.endsWith("n't"));

/** Does the noun phrase after "of" at `of` name people or a group ("part of the platform team")? Read up to the clause's end, five words at most. */
function groupAfter(tokens: Token[], words: Token[], of: number): boolean {
  const end = clauseEnd(tokens, words[of]);
  for (let k = of + 1; k < words.length && k <= of + 5 && words[k].start < end; k++) {
    const l = words[k].lower;
    // The group is the object of "of" itself ("part of the platform team"), not a later phrase ("… protocol for everyone").
    if ((BREAKS.has(l) && l !== 'of') || POST_MODIFIER_PREPOSITIONS.has(l) || l === 'with' || l === 'by') break;
    if (isPeople(l)) return true;
  }
  return false;
}

/**
 * The verb that makes the thing at `p` (the word "part", or a status word) part of a practice: a verb
 * of becoming up to two words before it, "now" with a copula, or a causative with its object
 * ("made it part of"). The index of that verb and whether it is a causative; undefined if none.
 */
function inclusionVerb(tokens: Token[], words: Token[], p: number): { at: number; causative: boolean } | undefined {
  for (let k = p - 1; k >= 0 && p - k - 1 <= MAX_PART_MODIFIERS; k--) {
    const l = words[k].lower;
    if (TURNING_VERBS.lemmaOf(l) === 'become') return { at: k, causative: false };
    if (l === 'now' && COPULAS.has(words[k - 1]?.lower ?? '')) return { at: k - 1, causative: false };
    if (COPULAS.has(l) && words[k - 1]?.lower === 'now') return { at: k - 1, causative: false };
    if (BREAKS.has(l) || COPULAS.has(l)) break;
  }
  for (let k = p - 2; k >= 0 && p - k - 1 <= MAX_OBJECT_WORDS; k--) {
    const l = words[k].lower;
    if (clauseEnd(tokens, words[k]) < words[p].start) return undefined;
    if (STATE_CAUSATIVES.lemmaOf(l) === 'make') return { at: k, causative: true };
    if (BREAKS.has(l) || COPULAS.has(l)) return undefined;
  }
  return undefined;
}

/** A subject that names people ("I became part of …", "she is now part of …"): a person joining, not a practice. */
function personSubject(words: Token[], verb: number): boolean {
  const before = words[verb - 1]?.lower;
  return before !== undefined && (isPeople(before) || (before === 'now' && isPeople(words[verb - 2]?.lower ?? '')));
}

/** "became part of the protocol", "is now part of onboarding", "made it part of the checklist". */
export const PART_OF_PRACTICE_RULE: CueRule = {
  name: 'part-of-practice',
  words: ['part'],
  match({ tokens, words, cues, i, next }) {
    if (next !== 'of') return false;
    const verb = inclusionVerb(tokens, words, i);
    if (verb === undefined || words[verb.at - 1]?.lower === 'to') return false;
    if (blocked(words, verb.at + 1, i - 1) || groupAfter(tokens, words, i + 1)) return false;
    if (negatedBefore(words, verb.at)) return false;
    // Who made it part of a practice may be anyone ("the vets made it part of …"); who became part of something must not be a person.
    if (!verb.causative && personSubject(words, verb.at)) return false;
    addCue(cues, words[verb.at], words[i + 1], 'adoption');
    return true;
  },
};

/**
 * "made the Friday print standard for all three depots", "made the new template the default": a
 * causative, its object, then a status word others work by (ADOPTED_ROLES). Read before the causative
 * rule, which settles "made" otherwise.
 */
export const MADE_STANDARD_RULE: CueRule = {
  name: 'made-standard',
  lemmas: [STATE_CAUSATIVES],
  match({ tokens, words, cues, i, w, lower }) {
    if (STATE_CAUSATIVES.lemmaOf(lower) !== 'make' || words[i - 1]?.lower === 'to') return false;
    // "made a usable template for the team": an object with "a" is a new thing made, its kind named, no status given.
    const first = words[i + 1]?.lower;
    if (first === 'a' || first === 'an') return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 2; k < words.length && k <= i + 1 + MAX_OBJECT_WORDS && words[k].start < end; k++) {
      const l = words[k].lower;
      if (BREAKS.has(l) || COPULAS.has(l)) return false;
      if (!ADOPTED_ROLES.has(l) || l === 'used' || l === 'uses') continue;
      // "made a standard form", "made the default config": the status word names a new thing's kind, not its status.
      const after = words[k + 1];
      // The object's own head ("made the template the default"): the status comes after it.
      if (after !== undefined && /^(the|a|an)$/.test(after.lower)) continue;
      // "made it a standard": a kind again; "the default" needs an object before it ("made the template the default").
      const article = words[k - 1].lower;
      if (article === 'a' || article === 'an' || (article === 'the' && k - 1 === i + 1)) continue;
      if (
        after !== undefined &&
        after.start < end &&
        !BREAKS.has(after.lower) &&
        !/^(for|across|in|at|on)$/.test(after.lower)
      )
        return false;
      if (blocked(words, i + 1, k - 1)) return false;
      addCue(cues, w, words[k], 'adoption');
      return true;
    }
    return false;
  },
};
