// A result told as another party's act because of the writer's work (RUBRIC-NOTES agreement, approval and
// adoption): a consultant agreed after doubting, a bank approved the loan, a client came back, a council paid
// for another year, farms signed up, a school changed its plan. Read once, by roles, not by phrase: the clause
// reader (clause-actors.ts) gives the verb's subject and form, and the frame wants all of
// - a party other than the writer as the subject (a named team, a client, a body, "they", a person; for acts
//   only a will does, an institution the party lists do not name: "two farms", "the bank");
// - a verb by lemma family (agreeing, returning, custom: joining, paying, buying, keeping, recommending, a plan
//   changed) with the word that makes it that act ("came back", "paid for", "signed up", "changed its …");
// - a told result: a past or perfect form (a present with "now", or of a party's agreeing practice), not
//   negated, not in a condition, time or reason clause, not a relative clause naming people ("the clients who
//   came back"); a modal or a "to" leaves the verb no finite form ("asked the board to fund", "will pay");
// - a tie to the writer's work for everyday transactions: the writer in the sentence ("the plan I drew up",
//   "came back to us") or the act the party answered ("after the changes", "because of the survey").
// A trouble after a return or a thing's act makes it a problem, not a result ("came back with complaints").
// Agreement told with the party right before its verb is read first by OTHERS_AGREED_RULE (adoption-outcomes.ts);
// this frame reads the rest, and took over the coordinated "…, but agreed to try it" reader.
import type { Token } from './tokenize';
import { FIRST_PERSON_WORDS, NEGATIONS, SUBORDINATORS, lemmaSet, wordSet } from './lexicon';
import { addCue, isTroubleWord, type CueRule } from './outcome-scan';
import { clauseActors, otherPeople, subjectBefore, type ClauseActor } from './clause-actors';
import { IRREGULAR_PAST, isPastForm } from './verbs';

/**
 * One family of a party's acts: the words one of which must follow the verb within its clause (two words on),
 * the particle or preposition that makes it the party's act on the work ("own": the party's own thing as the
 * object, "changed its pickup plan"); whether it answers the writer's case by itself (agreeing, approving,
 * funding: "the board approved the plan"), or is an everyday transaction that needs the tie to the work (coming
 * back, paying, signing up); and whether an institution the party lists read as a thing may do it ("two farms
 * signed up", "the bank approved the loan"), which only acts of a will allow.
 */
interface ActFamily {
  readonly after: readonly string[];
  readonly answers: boolean;
  readonly institutions: boolean;
}

const AGREEING: ActFamily = { after: [], answers: true, institutions: true };
const RETURNING = (after: readonly string[]): ActFamily => ({ after, answers: false, institutions: false });
const CUSTOM = (after: readonly string[]): ActFamily => ({ after, answers: false, institutions: true });

/** The acts by lemma. */
const PARTY_ACTS: Readonly<Record<string, ActFamily>> = {
  // Agreement and approval (RUBRIC-NOTES): "finance approved the budget", "the consultant … but agreed to try it".
  agree: AGREEING,
  approve: AGREEING,
  accept: AGREEING,
  endorse: AGREEING,
  greenlight: AGREEING,
  sponsor: AGREEING,
  fund: AGREEING,
  // Custom returned: "the client came back to us", "returned for the extension", "hired me again".
  come: RETURNING(['back']),
  return: RETURNING(['to', 'for', 'again', 'back']),
  hire: CUSTOM(['me', 'us', 'again', 'back']),
  book: CUSTOM(['me', 'us', 'again']),
  // Joining and paying: "two farms signed up for the plan I drew up", "the council paid for a second year".
  sign: CUSTOM(['up', 'on', 'off']),
  enrol: CUSTOM([]),
  enroll: CUSTOM([]),
  subscribe: CUSTOM([]),
  // The lemma lookup lists no "paid" or "bought" among its irregular forms: the past forms are entries of their own.
  pay: CUSTOM(['for', 'up', 'back', 'off', 'all']),
  paid: CUSTOM(['for', 'up', 'back', 'off', 'all']),
  buy: CUSTOM(['my', 'our']),
  bought: CUSTOM(['my', 'our']),
  switch: RETURNING(['to']),
  // Keeping, recommending, a plan changed: "the hospital kept my checklist", "recommended us to …".
  keep: CUSTOM(['my', 'our']),
  recommend: CUSTOM(['us', 'me', 'it', 'them', 'our', 'my']),
  refer: CUSTOM(['us', 'me', 'friends', 'others']),
  change: CUSTOM(['own']),
};
const PARTY_ACT_VERBS = lemmaSet('party-act-verbs', Object.keys(PARTY_ACTS));
/** Acts a system also does, in a sense that answers no case: "the gateway accepted malformed headers". */
const MECHANICAL_SENSES = new Set(['accept']);
/** Subject heads that are no party even for those acts: pronouns of things and of the writer's own. */
const NOT_AGENTS = wordSet('party-act-not-agents', ['it', 'this', 'that', 'these', 'those', 'which', 'what']);
/** Possessives that make an object the party's own: "changed its plan", "changed their rota". */
const OWN_OBJECTS = wordSet('party-own-objects', ['its', 'their', 'his', 'her', 'mind', 'minds']);
/** Words that tie a party's act to the act it answered: "after the changes", "because of the survey". */
const ANSWER_LEADS = wordSet('party-answer-leads', ['after', 'because', 'following', 'thanks', 'once', 'since']);
/** Openers that keep a clause a result when it follows another: "and", "so", "then", "but". */
const RESULT_OPENERS = new Set(['and', 'so', 'then', 'but']);

// The clauses of a sentence, read once however many of its words start the frame (kept while its tokens live).
const clausesRead = new WeakMap<Token[], ClauseActor[]>();

/**
 * The clause whose main verb is word `i`. Where the clause reader finds no verb there ("came" is no past form
 * the verb lexicon lists: listing it turns "came" into the writer's act for the claim rules; "finance then
 * signs off" after a plain noun), the clause around the word is read with its subject right before it, a
 * person or a group ("the client came back", "both teams signed off").
 */
function clauseOf(tokens: Token[], words: Token[], i: number): ClauseActor | undefined {
  let clauses = clausesRead.get(tokens);
  if (clauses === undefined) clausesRead.set(tokens, (clauses = clauseActors(tokens)));
  const found = clauses.find((c) => c.verb === i);
  if (found !== undefined) return found;
  const around = clauses.find((c) => c.start <= i && i <= c.end && (c.verb === -1 || c.verb > i));
  const { at } = subjectBefore(words, i);
  if (around === undefined || at < around.start || !otherPeople(words, at)) return undefined;
  return { ...around, verb: i, form: 'finite', kind: 'other', subject: { from: around.start, to: at, head: at } };
}

/**
 * Does another party act in the clause: a person, team, client or body as the subject, or, for the acts only
 * a party with a will does, an institution the party lists read as a thing ("the school", "two farms")?
 */
function partyActs(words: Token[], clause: ClauseActor, lemma: string): boolean {
  if (clause.kind === 'other') return true;
  if (clause.kind !== 'thing' || !PARTY_ACTS[lemma].institutions || clause.subject === undefined) return false;
  const head = words[clause.subject.head];
  return !NOT_AGENTS.has(head.lower) && head.kind === 'word' && /^[a-z]/i.test(head.text);
}

/**
 * Is the verb at `i` told as done: a past form, a perfect, or a present with "now" in its clause? An act that
 * answers the case by itself may be a present of the party's practice ("finance signs off every release").
 */
function toldDone(words: Token[], clause: ClauseActor, i: number, lemma: string): boolean {
  if (clause.form !== 'finite' || clause.passive) return false;
  const from = clause.subject === undefined ? clause.start : clause.subject.to + 1;
  for (let k = from; k < i; k++) if (NEGATIONS.has(words[k].lower) || words[k].lower.endsWith("n't")) return false;
  return toldDoneWithin(words, clause.start, clause.end, i, lemma);
}

/**
 * toldDone's reading of the verb's form, with "now" looked for in words `start` to `end`: a past form, an
 * answering act's other form, or "now" there. Read to the line's ends, a cheap test before the clauses.
 */
function toldDoneWithin(words: Token[], start: number, end: number, i: number, lemma: string): boolean {
  const lower = words[i].lower;
  if (isPastForm(lower) || IRREGULAR_PAST.has(lower) || lower === 'came') return true;
  if (PARTY_ACTS[lemma].answers && lower !== lemma) return true;
  for (let k = start; k <= end; k++) if (words[k].lower === 'now') return true;
  return false;
}

/** Does one of the words the act needs follow the verb up to word `end` (its clause's last), two words on at most? */
function actCompleted(words: Token[], end: number, i: number, lemma: string): boolean {
  const needs = PARTY_ACTS[lemma].after;
  if (needs.length === 0) return true;
  for (let k = i + 1; k <= end && k <= i + 2; k++) {
    const l = words[k].lower;
    if (needs.includes(l) || (needs.includes('own') && OWN_OBJECTS.has(l))) return true;
  }
  return false;
}

/**
 * Is the act tied to the writer's work: the writer in the sentence, or a lead naming the act it answered? An
 * act that answers the writer's case by itself needs none ("the steering group approved the second phase"). A
 * party changing its own plan needs the lead ("changed its plan because of the survey I ran"): with only the
 * writer in the sentence it is as often the change the writer had to meet ("the vendor changed its API, so we …").
 */
function tiedToWork(words: Token[], clause: ClauseActor, i: number, lemma: string): boolean {
  // "signed off" is approval; "signed up" is joining, a transaction like paying.
  const answers = PARTY_ACTS[lemma].answers || (lemma === 'sign' && words[i + 1]?.lower === 'off');
  // "The gateway accepted malformed headers": a thing accepts input, so a thing's accepting needs the tie.
  if (answers && !(clause.kind === 'thing' && MECHANICAL_SENSES.has(lemma))) return true;
  if (lemma === 'change') return words.some((w) => ANSWER_LEADS.has(w.lower));
  return words.some((w) => FIRST_PERSON_WORDS.has(w.lower) || ANSWER_LEADS.has(w.lower));
}

/** Does a trouble follow the verb in its clause ("came back with complaints", "switched to a rival")? */
function troubleAfter(words: Token[], clause: ClauseActor, i: number): boolean {
  for (let k = i + 1; k <= clause.end; k++) {
    const l = words[k].lower;
    if (isTroubleWord(l) || l === 'rival' || l === 'competitor' || l === 'competitors') return true;
  }
  return false;
}

/** Another party's act in answer to the writer's work: "the client came back to us", "two farms signed up for the plan I drew up". */
export const PARTY_ACT_RULE: CueRule = {
  name: 'party-act',
  lemmas: [PARTY_ACT_VERBS],
  match({ tokens, words, cues, i, w, lower }) {
    const lemma = PARTY_ACT_VERBS.lemmaOf(lower);
    if (lemma === undefined) return false;
    // Most of these verbs need a word after them ("came back", "kept my …"): without one in the next two words
    // the act is incomplete in any clause, so the clauses are not read (the same test as below, to the line's end).
    if (!actCompleted(words, words.length - 1, i, lemma)) return false;
    // "accept a …" with no "now" anywhere is told as no act done, whatever its clause.
    if (!toldDoneWithin(words, 0, words.length - 1, i, lemma)) return false;
    const clause = clauseOf(tokens, words, i);
    if (clause === undefined || !partyActs(words, clause, lemma)) return false;
    // "the clients who came back" names people; "the plan, which the board approved" tells the approval.
    if (clause.relative && !PARTY_ACTS[lemma].answers) return false;
    const opener = words[clause.start].lower;
    if (SUBORDINATORS.has(opener) && !RESULT_OPENERS.has(opener)) return false;
    if (!toldDone(words, clause, i, lemma) || !actCompleted(words, clause.end, i, lemma)) return false;
    // A trouble after a return or after a thing's act is the problem ("came back with complaints"); a party paying
    // for one is the result ("the landlord paid for the damage after my complaint").
    if ((!PARTY_ACTS[lemma].institutions || clause.kind === 'thing') && troubleAfter(words, clause, i)) return false;
    if (!tiedToWork(words, clause, i, lemma)) return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};
