// Another party as the subject or the agent of a verb: people, a team, a client, the press, a board.
// The outcome rules that read others' reaction to the writer's work (adoption-outcomes.ts,
// others-reaction-outcomes.ts) find it here, so "the governors signed off", "the consultant agreed"
// and "picked up by national press" are read by one notion of who the others are.
import type { Token } from './tokenize';
import { NOT_OTHERS, PEOPLE_GROUPS, REACTING_BODIES, RESULT_ADVERBS } from './lexicon';
import { ROLE_NOUNS } from './title-lines';

/** Is the word the head of another party: a listed group, a post ("consultants", "the site manager") or an outside body ("the press")? */
export function isPartyWord(lower: string): boolean {
  if (NOT_OTHERS.has(lower)) return false;
  return PEOPLE_GROUPS.has(lower) || ROLE_NOUNS.has(lower) || REACTING_BODIES.has(lower);
}

/** Adverbs and auxiliaries between a subject and its verb: "finance quickly approved", "teams have since built on it". */
export function subjectBefore(words: Token[], i: number): { at: number; resultAdverb: boolean } {
  let k = i - 1;
  let resultAdverb = false;
  while (k >= 0 && k >= i - 3) {
    const l = words[k].lower;
    if (RESULT_ADVERBS.has(l)) resultAdverb = true;
    else if (!(
      l.endsWith('ly') ||
      l === 'also' ||
      l === 'all' ||
      l === 'then' ||
      l === 'have' ||
      l === 'has' ||
      l === 'soon'
    ))
      break;
    k--;
  }
  return { at: k, resultAdverb };
}

/** Is the word at `k` another person or group: a listed noun ("finance", "the VP", "both teams") or a name ("Maria")? */
export function otherPeople(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined || NOT_OTHERS.has(w.lower)) return false;
  return isPartyWord(w.lower) || (k > 0 && /^[A-Z][a-z]+$/.test(w.text));
}

/** Words that may stand before a sentence's subject head: "The", "Our", "the two", "Both". */
const SUBJECT_LEADS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'both', 'all', 'every', 'each']);

/**
 * Is the sentence's own subject another party, so a verb coordinated after "but" or "and" with its subject
 * left out has it as its subject ("The consultant was doubtful at first, but agreed to try it")? The head
 * stands among the first four words, after only a determiner and modifiers; "I" or "we" first is the writer.
 */
export function sentenceSubjectIsParty(words: Token[]): boolean {
  for (let k = 0; k < words.length && k < 4; k++) {
    const l = words[k].lower;
    if (isPartyWord(l)) return k === 0 || SUBJECT_LEADS.has(words[0].lower);
    if (k === 0 && !SUBJECT_LEADS.has(l)) return false;
  }
  return false;
}
