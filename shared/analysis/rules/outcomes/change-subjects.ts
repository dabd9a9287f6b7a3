// The subject of an intransitive change verb ("went down", "improved", "has risen"), read as a noun
// phrase with its post-modifiers. A measure is often named and then narrowed by a prepositional
// phrase: "the waste of plants went down", "complaints about cleanliness went down", "wait times in
// the clinic improved". The word right before the verb is then the object of the preposition
// ("plants", "cleanliness", "clinic"), not the measure; the measure is the head before the first
// preposition. Reading only the word before the verb loses every such line.
import type { Token } from '../language/tokenize';
import {
  AS_OPENER,
  AUXILIARIES,
  CLAUSE_OPENER_CORE,
  MODAL_VERBS,
  NEGATIONS,
  POST_MODIFIER_PREPOSITIONS,
  RELATIVE_OPENERS,
  clauseOpeners,
} from '../language/lexicon';
import { isPastForm } from '../language/verbs';
import { PARTY, inParty } from '../voices/party-kinds';

/** The most words a subject with its post-modifiers holds before the verb. */
const MAX_SUBJECT_WORDS = 8;
/** Marks that end the clause before a subject: the subject starts after them. */
const CLAUSE_BREAK_MARKS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Words that open a clause (or a relative clause) before a subject: the subject starts after them. */
const CLAUSE_OPENERS = clauseOpeners('subject-clause-openers', [CLAUSE_OPENER_CORE, AS_OPENER, RELATIVE_OPENERS]);

/** Is there a clause mark between word `k` and the word after it? */
function markAfter(tokens: Token[], words: Token[], k: number): boolean {
  const before = words[k];
  const after = words[k + 1];
  if (before === undefined || after === undefined) return false;
  for (const t of tokens)
    if (t.kind === 'symbol' && t.start >= before.end && t.start < after.start && CLAUSE_BREAK_MARKS.has(t.text))
      return true;
  return false;
}

/** A word that cannot stand inside a subject noun phrase: a verb form, a modal, a negation, a pronoun of the writer. */
function endsSubject(lower: string): boolean {
  return (
    AUXILIARIES.has(lower) ||
    MODAL_VERBS.has(lower) ||
    NEGATIONS.has(lower) ||
    inParty(lower, PARTY.writerWord) ||
    CLAUSE_OPENERS.has(lower) ||
    lower === 'to' ||
    isPastForm(lower)
  );
}

/**
 * The heads of the subject of a verb at `i` that the word before the verb does not name: for "the
 * waste of plants went down", "waste"; for "the number of complaints about noise went down",
 * "number" and "complaints" (a head followed by "of" hands its reading on to the noun after it).
 * Empty when the subject has no prepositional post-modifier, when the word before the verb is no
 * noun (a modal, "to", a negation: "for costs to come down"), or when a verb or a clause mark sits
 * between the preposition and the verb.
 */
export function postModifiedSubjectHeads(tokens: Token[], words: Token[], i: number): Token[] {
  if (i < 3 || endsSubject(words[i - 1].lower)) return [];
  // Each preposition found walking back from the verb, with the head before it: rightmost first.
  const found: { head: Token; preposition: string }[] = [];
  for (let k = i - 1; k >= 1 && i - k <= MAX_SUBJECT_WORDS; k--) {
    if (markAfter(tokens, words, k)) break;
    const l = words[k].lower;
    if (endsSubject(l)) break;
    if (!POST_MODIFIER_PREPOSITIONS.has(l)) continue;
    if (k === i - 1) break; // a preposition right before the verb: no noun phrase ends there
    const head = words[k - 1];
    if (markAfter(tokens, words, k - 1) || endsSubject(head.lower) || POST_MODIFIER_PREPOSITIONS.has(head.lower)) break;
    found.push({ head, preposition: l });
  }
  // The leftmost head is the subject's; a head before "of" ("the number of …") hands on to the next one.
  const heads: Token[] = [];
  for (let f = found.length - 1; f >= 0; f--) {
    heads.push(found[f].head);
    if (found[f].preposition !== 'of') break;
  }
  return heads;
}
