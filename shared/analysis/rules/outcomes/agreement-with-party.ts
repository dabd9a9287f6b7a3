// An agreement reached with another party (RUBRIC-NOTES agreement, approval and adoption: an agreement reached is a
// result): the writer and a party deciding together, told by the writer's own "agree" with "with" the party ("we
// agreed with the tenants to move the bins", "agreed a new bin day with the tenants", "with the tenants we agreed to
// move the bins"), or by a noun of agreement a verb of reaching governs ("reached an agreement with the union",
// "hammered out a compromise with", "came to an arrangement with", "an agreement was reached with"). Read from the
// "with" and its party, then the word that governs the phrase; the party must be people (party-kinds.ts), the verb a
// told past or perfect, not negated, not a goal, a hope or a modal ("needed to reach an agreement with", "couldn't
// reach"), and agreeing in opinion is none ("agreed with my manager that the rota was unfair", "agreed with her").
// An agreement as the subject of another verb ("our agreement with the supplier ran out") and one held ("had an
// agreement with the landlord") are no verb of reaching.
import type { Token } from '../language/tokenize';
import {
  COPULAS,
  FIRST_PERSON_WORDS,
  NEGATIONS,
  MODAL_VERBS,
  SUBORDINATORS,
  lemmaSet,
  wordSet,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { partyKindOf } from '../voices/party-kinds';
import { holdsTrigger, triggerWords } from '../language/trigger-words';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

/** Nouns of an agreement reached between parties. */
const AGREEMENT_TERMS = lemmaSet('party-agreement-terms', [
  'agreement',
  'compromise',
  'arrangement',
  'deal',
  'settlement',
  'understanding',
  'accord',
  'truce',
]);
/**
 * Verbs that reach an agreement, by lemma, with the particle some need between verb and noun ("came to an
 * arrangement", "hammered out a compromise", "worked out a deal"); "" for none.
 */
const REACHING: Readonly<Record<string, string>> = {
  reach: '',
  strike: '',
  make: '',
  broker: '',
  negotiate: '',
  come: 'to',
  hammer: 'out',
  work: 'out',
  thrash: 'out',
};
const REACHING_VERBS = lemmaSet('party-reaching-verbs', Object.keys(REACHING));
/** Words between a verb of reaching and its noun: "an", "a new", "a fair", "the same". */
const NOUN_LEADS = wordSet('party-agreement-leads', ['a', 'an', 'the', 'new', 'fair', 'formal', 'written', 'same']);
/** Copulas of a passive agreement: "an agreement was reached with the union". */
const PASSIVE_COPULAS = wordSet('party-agreement-copulas', ['was', 'were', 'been', 'is', 'got']);
/** Words before the verb that leave the agreement unreached: a goal, an attempt, a hope ("to reach"). */
const UNREACHED_LEADS = wordSet('party-agreement-unreached', ['to', 'not', 'never']);
/** Subjects of the writer's own "agree": "I", "we", and the line-lead with none ("Agreed a delivery window with …"). */
const WRITER_SUBJECTS = wordSet('party-agreement-writers', ['i', 'we', "i've", "we've"]);
/** Words between the writer and "agreed": "we have agreed", "we then agreed", "we also agreed". */
const AUX_GAP = wordSet('party-agreement-aux', ['have', 'had', 'then', 'also', 'finally', 'eventually', 'together']);
/** The most words the party phrase after "with" runs: "with the tenants' committee", "with the three shops". */
const MAX_PARTY_WORDS = 4;

/** Is word `k` a told past (or a participle after a perfect), not a base form? */
function pastAt(words: Token[], k: number): boolean {
  const l = words[k]?.lower;
  return l !== undefined && (isPastForm(l) || IRREGULAR_PAST.has(l) || l === 'came');
}

/**
 * Does a word before `k` (the verb) leave it unreached or background: a negation, a modal, "to", "never", or a
 * subordinator of time or condition ("before we reached an agreement with the union, …")?
 */
function unreached(words: Token[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const l = words[j].lower;
    if (NEGATIONS.has(l) || l.endsWith("n't") || MODAL_VERBS.has(l) || SUBORDINATORS.has(l)) return true;
  }
  return UNREACHED_LEADS.has(words[k - 1]?.lower ?? '');
}

/** Words that end the phrase after "with": a preposition, a "to", a clause of its own. */
const PHRASE_ENDS = wordSet('party-agreement-phrase-ends', [
  'on',
  'over',
  'about',
  'for',
  'to',
  'so',
  'in',
  'at',
  'that',
  'which',
  'who',
  'and',
  'but',
  'after',
  'before',
  'by',
]);
/** Determiners that open the phrase after "with" and are no head. */
const DETERMINERS = wordSet('party-agreement-determiners', ['the', 'a', 'an', 'our', 'their', 'its', 'both', 'all']);

/**
 * The last word of the phrase after "with" at `i`, the other side: people, a body or a firm ("with the tenants",
 * "with the school", "with the supplier", "with them"), as the party-act frame lets an institution agree and
 * signals/terms-agreed.ts takes any side. -1 when the phrase is only determiners or the writer's own ("my …").
 */
function bodyAfter(words: Token[], i: number, end: number): number {
  let last = -1;
  // "with my manager": an arrangement of the writer's own work, no other side.
  if (words[i + 1]?.lower === 'my') return -1;
  for (let k = i + 1; k < words.length && k <= i + MAX_PARTY_WORDS && words[k].start < end; k++) {
    // "with the tenants we agreed …": the writer opens the next clause.
    if (PHRASE_ENDS.has(words[k].lower) || WRITER_SUBJECTS.has(words[k].lower)) break;
    if (!DETERMINERS.has(words[k].lower) && words[k].kind === 'word') last = k;
  }
  return last;
}

/**
 * Heads of a view or of the writer's own side, which "agreed with" takes as agreeing in opinion: "agreed with the
 * plan to close the ward", "agreed with the team". As signals/terms-agreed.ts keeps them apart.
 */
const VIEW_NOUNS = lemmaSet('party-agreement-view-nouns', [
  'team',
  'idea',
  'plan',
  'proposal',
  'view',
  'point',
  'assessment',
  'decision',
  'approach',
  'suggestion',
  'recommendation',
  'need',
  'change',
  'opinion',
  'argument',
]);

/**
 * An agreement noun right before "with" at `i`, governed by a told verb of reaching: "reached an agreement
 * with", "came to an arrangement with", or a passive "an agreement was reached with". The verb's index, or -1.
 */
function reachedNoun(words: Token[], i: number): number {
  // Passive: "[an agreement] was reached with": the participle right before "with", the noun before the copula.
  const before = words[i - 1];
  if (before !== undefined && PASSIVE_COPULAS.has(words[i - 2]?.lower ?? '') && pastAt(words, i - 1)) {
    if (REACHING[REACHING_VERBS.lemmaOf(before.lower) ?? ''] !== '') return -1;
    for (let k = i - 3; k >= 0 && k >= i - 5; k--) if (AGREEMENT_TERMS.has(words[k].lower)) return i - 1;
    return -1;
  }
  if (before === undefined || !AGREEMENT_TERMS.has(before.lower)) return -1;
  let k = i - 2;
  while (k >= 0 && k > i - 5 && NOUN_LEADS.has(words[k].lower)) k--;
  const particleBefore = words[k]?.lower;
  for (const verbAt of [k, k - 1]) {
    const lemma = REACHING_VERBS.lemmaOf(words[verbAt]?.lower ?? '');
    if (lemma === undefined) continue;
    const particle = REACHING[lemma];
    if ((particle === '') !== (verbAt === k) || (particle !== '' && particle !== particleBefore)) continue;
    return pastAt(words, verbAt) && !unreached(words, verbAt) ? verbAt : -1;
  }
  return -1;
}

/**
 * Is the word at `k` a told "agreed" of the writer's: after "I"/"we" (an auxiliary between), opening the line,
 * carried on from the writer's earlier clause by "and" ("I checked the stock, and agreed with …"), or a passive of
 * a thing settled ("the new hours were agreed with the families")?
 */
function writerAgreed(words: Token[], k: number): boolean {
  if (words[k]?.lower !== 'agreed' || unreached(words, k)) return false;
  let j = k - 1;
  while (j >= 0 && AUX_GAP.has(words[j].lower)) j--;
  if (j < 0 || WRITER_SUBJECTS.has(words[j].lower)) return true;
  if (words[j].lower === 'and') return words.slice(0, j).some((x) => WRITER_SUBJECTS.has(x.lower));
  // "were agreed with the families": a passive, the thing settled as its subject (not "we were agreed with the idea").
  return COPULAS.has(words[j].lower) && !WRITER_SUBJECTS.has(words[j - 1]?.lower ?? '') && j > 0;
}

/** Openers of a named other side: "the tenants", "both wards", "them". */
const SIDE_OPENERS = wordSet('party-agreement-side-openers', [
  'the',
  'a',
  'an',
  'both',
  'all',
  'their',
  'them',
  'him',
  'her',
]);
/** Pronouns of the party in a that-clause of terms: "that they send me the list", "that he'd wait". */
const PARTY_PRONOUNS = wordSet('party-agreement-pronouns', ['they', 'he', 'she']);
/** Verbs after such a pronoun that tell a state or a view, not terms: "that they were right", "that she knew". */
const VIEW_VERBS = wordSet('party-agreement-view-verbs', [
  'are',
  'were',
  'was',
  'is',
  'had',
  'have',
  'has',
  'did',
  'do',
  'does',
  'been',
  'be',
  'meant',
  'thought',
  'knew',
  'felt',
  'seemed',
  'looked',
]);
/** Modals of a commitment in a that-clause: "that his drivers would wait", "that they'd collect". */
const COMMITMENT_MODALS = wordSet('party-agreement-modals', ['would', 'will', 'should', 'could', 'can']);

/**
 * Do the words from `k` tell terms agreed, what someone would do: "to" and a verb ("to move the bins"), or a
 * that-clause with a modal of commitment within four words ("that his drivers would wait"), or, as non-native
 * writers put it, a bare present after a pronoun of the party ("that they send the rota"), not a state or a
 * view ("that it was too late", "that they were right"). Read as signals/terms-agreed.ts reads influence.
 */
function termsAt(words: Token[], k: number, end: number): boolean {
  const first = words[k];
  if (first === undefined || first.start >= end) return false;
  if (first.lower === 'to') return words[k + 1] !== undefined;
  if (first.lower !== 'that') return false;
  // "that they'd collect": the contracted modal stays on its pronoun.
  for (let j = k + 1; j < words.length && j <= k + 4; j++)
    if (COMMITMENT_MODALS.has(words[j].lower) || words[j].lower.endsWith("'d")) return true;
  const verb = words[k + 2]?.lower;
  return (
    PARTY_PRONOUNS.has(words[k + 1]?.lower ?? '') && verb !== undefined && !VIEW_VERBS.has(verb) && !/ed$/.test(verb)
  );
}

/**
 * The writer's "agreed" that governs "with" at `i` and its party (ending at `party`): "agreed with the tenants to
 * move the bins" or "… that they'd collect" (terms after the party), "agreed a new bin day with the tenants" (an
 * object between, four words at most, no clause of its own), "with the tenants we agreed to move the bins", a
 * passive ending on its party ("the new hours were agreed with the families"). The verb's index, or -1.
 */
function writerAgreedWith(words: Token[], i: number, party: number, end: number): number {
  const after = words[party + 1];
  if (writerAgreed(words, i - 1)) {
    const passive = COPULAS.has(words[i - 2]?.lower ?? '');
    if (passive) return after === undefined || after.start >= end ? i - 1 : -1;
    // "agreed with product to ship behind a flag": a bare department is the writer's own firm, and the infinitive
    // the writer's own plan coordinated with it (a spent writer's row, labeled no outcome); a side named with a
    // determiner or a pronoun is another party ("agreed with the tenants to move the bins", "with them").
    if (after?.lower === 'to' && !SIDE_OPENERS.has(words[i + 1].lower)) return -1;
    return termsAt(words, party + 1, end) ? i - 1 : -1;
  }
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const l = words[k].lower;
    if (l === 'that' || l === 'with' || l === 'to') return -1;
    if (writerAgreed(words, k)) return k;
  }
  // "With the tenants we agreed to move the bins": the phrase fronted, the writer's "agreed to" after it.
  const agreed = party + 2;
  if (i === 0 && WRITER_SUBJECTS.has(after?.lower ?? '') && writerAgreed(words, agreed))
    return words[agreed + 1]?.lower === 'to' ? agreed : -1;
  return -1;
}

/** "we agreed with the tenants to move the bins", "reached an agreement with the union": an agreement reached with a party. */
/**
 * The words one of the rule's two readings needs in the sentence: an agreement noun (reachedNoun) or the writer's
 * "agreed" (writerAgreed). Most sentences with a "with" hold neither and are passed over on one bit.
 */
const AGREEMENT_TRIGGER = triggerWords(
  'agreement-with-party',
  (lower) => lower === 'agreed' || AGREEMENT_TERMS.has(lower),
);

export const AGREEMENT_WITH_PARTY_RULE: CueRule = {
  name: 'agreement-with-party',
  words: ['with'],
  match({ tokens, words, cues, i, w }) {
    if (!holdsTrigger(tokens, AGREEMENT_TRIGGER)) return false;
    const end = clauseEnd(tokens, w);
    const verb = reachedNoun(words, i);
    const party = bodyAfter(words, i, end);
    // "made a deal with myself": no other party.
    if (party < 0 || partyKindOf(words[party].lower) === 'writer' || FIRST_PERSON_WORDS.has(words[party].lower))
      return false;
    // The writer's "agreed with" a view is agreeing in opinion ("agreed with the plan to close the ward").
    if (verb < 0 && VIEW_NOUNS.has(words[party].lower)) return false;
    const at = verb >= 0 ? verb : writerAgreedWith(words, i, party, end);
    if (at < 0) return false;
    addCue(cues, words[at], words[party], 'adoption');
    return true;
  },
};
