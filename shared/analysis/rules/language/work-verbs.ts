// Is a word a verb of work? One answer, by lemma, for every reader that asks: the writer's-act predicate
// (writer-acts.ts), the nouns made from verbs (act-nouns.ts), titles and nominal volumes. It lives apart from
// writer-acts.ts because act-nouns.ts needs it and writer-acts.ts needs act-nouns.ts.
import { ACTION_BASE, STATIVE, VERB_PREFIXES } from './verbs';
import {
  CREATION_VERBS,
  PHRASAL_WORK_VERBS,
  DELIVERY_VERBS,
  REMIT_VERBS,
  REWORK_VERBS,
  SWITCH_VERBS,
  WORK_ACT_VERBS,
  lemmaCandidates,
} from './lexicon';

/** The lists whose lemmas are verbs of work. */
const WORK_LISTS = [WORK_ACT_VERBS, CREATION_VERBS, DELIVERY_VERBS, SWITCH_VERBS, REMIT_VERBS, REWORK_VERBS];

/** Is `base` (a lemma) listed as a verb of work? */
function listedWorkLemma(base: string): boolean {
  return ACTION_BASE.has(base) || WORK_LISTS.some((list) => list.lemmaOf(base) === base);
}

/**
 * Is the word a form of a verb of work, by lemma: "repaired", "signs", "rewire" (a prefix set aside),
 * "built"? A stative verb ("love", "know") is not.
 */
export function isWorkVerb(word: string | undefined): boolean {
  if (word === undefined) return false;
  let known = workVerbAnswers.get(word);
  if (known === undefined) {
    if (workVerbAnswers.size >= MOST_WORK_VERB_WORDS) workVerbAnswers.clear();
    known = readsAsWorkVerb(word);
    workVerbAnswers.set(word, known);
  }
  return known;
}

/**
 * isWorkVerb's answers by word. Each answer builds the word's lemma candidates and tries every verb prefix
 * on each, and the claim readers ask it of the same words sentence after sentence. Bounded: text with many
 * distinct words starts the memory over.
 */
const workVerbAnswers = new Map<string, boolean>();
const MOST_WORK_VERB_WORDS = 20_000;

/** isWorkVerb worked out (see there). */
function readsAsWorkVerb(word: string): boolean {
  if (!/^[a-z][a-z-]+$/.test(word) || STATIVE.has(word)) return false;
  for (const base of lemmaCandidates(word)) {
    if (listedWorkLemma(base)) return true;
    for (const prefix of VERB_PREFIXES) {
      const rest = base.startsWith(`${prefix}-`) ? base.slice(prefix.length + 1) : base.slice(prefix.length);
      if (base.startsWith(prefix) && rest.length > 2 && listedWorkLemma(rest)) return true;
    }
  }
  return false;
}

/**
 * Is the word a form of a verb whose work is told only with its particle ("drew up", "dealt with", "put
 * together")? Alone it has other senses ("drew the curtains", "dealt the cards", "put the phone down").
 */
export function isPhrasalWorkHead(word: string): boolean {
  return lemmaCandidates(word).some((l) => Object.hasOwn(PHRASAL_WORK_VERBS, l));
}

/** Particles after which what is done to must be a run of cases: "dealt with the complaints", not "with grief". */
const RUN_OF_CASES_PARTICLES = new Set(['with']);

/** Quantifiers that make a single noun a run of cases: "dealt with every complaint". */
const RUN_QUANTIFIERS = new Set(['every', 'each', 'all', 'both', 'several', 'many']);

/** Words that end the first noun phrase after a particle: "the complaints | from the tenants". */
const NOUN_PHRASE_ENDS = new Set(['of', 'from', 'for', 'in', 'at', 'on', 'to', 'with', 'after', 'before', 'and']);

/**
 * A phrasal verb of work at `v` (work-act-words.ts PHRASAL_WORK_VERBS, by lemma: "drew up", "deals with",
 * "put together", "put in place"): the index after its particle, or -1. After "with" the thing done to must be
 * a run of cases, plural or quantified ("dealt with the insurance claims", "with every complaint"): a single
 * thing dealt with is as often a hardship borne ("dealt with the loss of his mother", "with grief").
 */
export function phrasalWorkVerbAt(words: readonly (string | undefined)[], v: number): number {
  const verb = words[v];
  if (verb === undefined) return -1;
  const lemma = lemmaCandidates(verb).find((l) => Object.hasOwn(PHRASAL_WORK_VERBS, l));
  if (lemma === undefined) return -1;
  for (const particle of PHRASAL_WORK_VERBS[lemma]) {
    const parts = particle.split(' ');
    if (!parts.every((p, n) => words[v + 1 + n] === p)) continue;
    const after = v + 1 + parts.length;
    return !RUN_OF_CASES_PARTICLES.has(particle) || runOfCasesAt(words, after) ? after : -1;
  }
  return -1;
}

/** Does a plural or quantified noun phrase open at `k` ("the complaints", "every complaint", "insurance claims")? */
function runOfCasesAt(words: readonly (string | undefined)[], k: number): boolean {
  if (RUN_QUANTIFIERS.has(words[k] ?? '') || /^\d/.test(words[k] ?? '')) return true;
  for (let n = k; n < words.length && n <= k + 4; n++) {
    const w = words[n];
    if (w === undefined || NOUN_PHRASE_ENDS.has(w)) return false;
    // A plural head: not "this", "loss", "status" nor a possessive ("the tenants' association" is plural).
    if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|['’]s)$/.test(w)) return true;
  }
  return false;
}
