// Others' reaction to the writer's work, told as its result (RUBRIC-NOTES agreement, approval and
// adoption): another party — people, a team, a client, the press, a board — took the work up, took it
// over, agreed to it or endorsed it. Read by shape rather than by phrase: a verb of uptake or agreement
// (by lemma) whose subject is a party (party-kinds.ts, clause-actors.ts), or a reduced participle clause of one after
// the writer's act whose agent is a party ("…, later picked up by national press", "…, agreed with the
// stroke team"). A request, a plan or a hypothetical ("asked ops to take it over", "ops will take it
// over") has no party right before the verb; a goal or a problem is vetoed for the whole sentence.
import type { Token } from '../language/tokenize';
import { CLAUSE_END_MARKS, LATER_TAKE_UP_ADVERBS, PEOPLE_GROUPS, lemmaSet } from '../language/lexicon';
import { isPastForm } from '../language/verbs';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { otherPeople, subjectBefore } from '../voices/clause-actors';
import { isPartyWord } from '../voices/party-kinds';

/** Verbs of uptake and the particle each needs: "picked up", "taken up", "took over", "rolled out", "switched over", "signed off". */
const UPTAKE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  pick: ['up'],
  take: ['up', 'over'],
  roll: ['out', 'to'],
  switch: ['over'],
  sign: ['off'],
  agree: ['with'],
  endorse: [],
  cite: [],
};
const UPTAKE_VERBS = lemmaSet('uptake-verbs', Object.keys(UPTAKE_PARTICLES));

/** Objects of "took over" that make it a post or a shift handed over, not the work taken up: "took over the team". */
const HANDED_OVER = lemmaSet(
  'handed-over-posts',
  ['role', 'post', 'position', 'job', 'shift', 'account', 'contract', 'lease', 'company', 'business'],
  [],
  {
    nouns: true,
  },
);

/** Does a clause mark stand just before word `k` (and a word before it: the writer's act the clause hangs on)? */
function clauseMarkBefore(tokens: Token[], words: Token[], k: number): boolean {
  if (k === 0) return false;
  const from = words[k - 1].end;
  const to = words[k].start;
  return tokens.some((t) => t.start >= from && t.start < to && t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text));
}

/** The index of the word after the verb's particle (within two words: "rolled it out"), or -1 when the particle is missing. */
function afterParticle(words: Token[], i: number, end: number, lemma: string): number {
  const particles = UPTAKE_PARTICLES[lemma];
  if (particles.length === 0) return i + 1;
  for (let k = i + 1; k < words.length && k <= i + 3 && words[k].start < end; k++)
    if (particles.includes(words[k].lower)) return k + 1;
  return -1;
}

/** A party within four words from `k`, before the clause ends: "by national press", "by the BBC", "with the stroke team". */
function partyAhead(words: Token[], k: number, end: number): Token | undefined {
  for (let j = k; j < words.length && j <= k + 3 && words[j].start < end; j++) {
    const w = words[j];
    if (isPartyWord(w.lower)) return w;
    // A name after "the": "picked up by the BBC", "cited by the Guardian" (not "backed by Postgres").
    if (j > k && words[j - 1].lower === 'the' && /^[A-Z]/.test(w.text)) return w;
  }
  return undefined;
}

/**
 * "Broke the story, later picked up by national press", "Set up the pathway, agreed with the stroke
 * team", "…, taken up by two other trusts": a past participle of uptake or agreement opening a clause
 * after the writer's act (one adverb of time may stand before it), its agent ("by …", "with …") a party.
 */
function reducedReaction(tokens: Token[], words: Token[], i: number, lemma: string): Token | undefined {
  if (!isPastForm(words[i].lower) && words[i].lower !== 'taken') return undefined;
  const lead = LATER_TAKE_UP_ADVERBS.has(words[i - 1]?.lower ?? '') ? i - 1 : i;
  if (!clauseMarkBefore(tokens, words, lead)) return undefined;
  const end = clauseEnd(tokens, words[i]);
  const k = afterParticle(words, i, end, lemma);
  if (k < 0 || words[k] === undefined || words[k].start >= end) return undefined;
  const agentMark = lemma === 'agree' ? words[k - 1].lower === 'with' : words[k].lower === 'by';
  if (!agentMark) return undefined;
  return partyAhead(words, lemma === 'agree' ? k : k + 1, end);
}

/**
 * "the storage team took over the forecast", "the site leads switched over": a party took the work over,
 * told actively. A post, a shift or a business taken over ("the new manager took over the team", "took over
 * at 8") is none.
 */
function activeUptake(tokens: Token[], words: Token[], i: number, lemma: string): boolean {
  if (lemma === 'agree' || lemma === 'sign') return false; // read by others' agreement below
  // "picked it up", "took up our rota", "rolled it out": the work taken up actively is read by roles, its object
  // the work, in the party-act frame (party-act-outcomes.ts); taking over and switching over stay here.
  if (lemma === 'pick' || lemma === 'roll') return false;
  const { at } = subjectBefore(words, i);
  if (!otherPeople(words, at)) return false;
  const end = clauseEnd(tokens, words[i]);
  const k = afterParticle(words, i, end, lemma);
  if (k < 0) return false;
  if (lemma === 'take' && words[k - 1].lower === 'up') return false;
  if (lemma === 'take' && words[k - 1].lower === 'over') {
    const object = words.slice(k, k + 3).filter((x) => x.start < end);
    if (object.length === 0 || /^(at|from|in|on|when|after|for)$/.test(object[0].lower)) return false;
    if (object.some((x) => HANDED_OVER.has(x.lower) || PEOPLE_GROUPS.has(x.lower))) return false;
  }
  return true;
}

/** Others' uptake of the work, told actively or as a reduced participle clause with a party as agent. */
export const OTHERS_TOOK_UP_RULE: CueRule = {
  name: 'others-took-up',
  lemmas: [UPTAKE_VERBS],
  match({ tokens, words, cues, i, w, lower }) {
    const lemma = UPTAKE_VERBS.lemmaOf(lower);
    if (lemma === undefined) return false;
    const agent = reducedReaction(tokens, words, i, lemma);
    if (agent !== undefined) {
      addCue(cues, w, agent, 'adoption');
      return true;
    }
    if (!activeUptake(tokens, words, i, lemma)) return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};
