// Is a word a verb of work? One answer, by lemma, for every reader that asks: the writer's-act predicate
// (writer-acts.ts), the nouns made from verbs (act-nouns.ts), titles and nominal volumes. It lives apart from
// writer-acts.ts because act-nouns.ts needs it and writer-acts.ts needs act-nouns.ts.
import { ACTION_BASE, STATIVE, VERB_PREFIXES } from './verbs';
import {
  CREATION_VERBS,
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
