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
import type { Token } from '../language/tokenize';
import { FIRST_PERSON_WORDS, NEGATIONS, SUBORDINATORS, lemmaSet, wordSet } from '../language/lexicon';
import { addCue, clauseEnd, isTroubleWord, type CueRule } from './outcome-scan';
import { partyKindOf } from '../voices/party-kinds';
import { clausesThrough, otherPeople, subjectBefore, type ClauseActor } from '../voices/clause-actors';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { TITLE_UNITS } from '../lines/title-lines';

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
  /**
   * A phrasal act of taking the work up ("took up my chart", "brought my scheme in"): its object must name the
   * writer's work, and with one the particle may stand after it, four words on at most.
   */
  readonly workObject?: boolean;
  /** "came round": a mind changed, not a visit ("came round on Tuesday to check"), told by what follows the particle. */
  readonly changedMind?: boolean;
  /** "picked it up": the work only as a pronoun before the particle ("picked up the parcels I packed" is a collection). */
  readonly pronounObject?: boolean;
  /** "rolled the checklist out": a spreading whose particle may follow any object of two words at most. */
  readonly anyObject?: boolean;
  /**
   * "added our check to their close", "built my chart into their visits": the work placed into the party's own
   * routine; the particle's object must be the party's own ("their", "its"), not a place of the writer's.
   */
  readonly intoOwn?: boolean;
  /**
   * "joined the steering group I set up": a one-word act whose object must name the writer's work right after
   * the verb ("joined the ward" is a hire, "joined my rota" a take-up).
   */
  readonly workAfter?: boolean;
  /**
   * "came on board", "joined …": an act a newcomer also does on arrival ("a new manager came on board in March"):
   * an indefinite or "new" subject is a hire, no answer to the work.
   */
  readonly arrival?: boolean;
}

const AGREEING: ActFamily = { after: [], answers: true, institutions: true };
const RETURNING = (after: readonly string[]): ActFamily => ({ after, answers: false, institutions: false });
const CUSTOM = (after: readonly string[]): ActFamily => ({ after, answers: false, institutions: true });
/** Agreement told by an idiom of moving: "the foreman came round", "came around to the new plan". */
const COMING_ROUND: ActFamily = { after: [], answers: true, institutions: false, changedMind: true };
/** The work taken up by a phrasal verb: "took up my chart", "brought our checklist in", "rolled it out". */
const TAKING_UP: ActFamily = { after: [], answers: false, institutions: true, workObject: true };
/** The work placed into the party's own routine: "added our check to their close", "took my sheet into their routine". */
const PLACING_INTO: ActFamily = { ...TAKING_UP, intoOwn: true };
/** A party coming aboard: "the other wards came on board", "got on board after my pilot"; needs the tie to the work. */
const ON_BOARD: ActFamily = { after: ['board'], answers: false, institutions: true, arrival: true };

/**
 * The acts by lemma, and by lemma and particle for a phrasal verb whose particle makes another act than the
 * verb's own ("come round" is agreeing, "come back" custom returned; "take up" adopting, "take" nothing).
 */
const PARTY_ACTS: Readonly<Record<string, ActFamily>> = {
  // Agreement and approval (RUBRIC-NOTES): "finance approved the budget", "the consultant … but agreed to try it".
  agree: AGREEING,
  approve: AGREEING,
  accept: AGREEING,
  endorse: AGREEING,
  greenlight: AGREEING,
  sponsor: AGREEING,
  fund: AGREEING,
  // A mind changed: "the foreman came round after I showed him the plan", "came around to my way of doing it".
  'come round': COMING_ROUND,
  'come around': COMING_ROUND,
  'buy into': AGREEING,
  // The work taken up: "the district nurses took up my chart", "the head brought my scheme in".
  'take up': TAKING_UP,
  'pick up': { ...TAKING_UP, pronounObject: true },
  'bring in': TAKING_UP,
  // A party spreading the work needs no writer's word in its object: "Ops rolled the checklist out to every site".
  'roll out': { ...AGREEING, anyObject: true },
  'roll to': { ...AGREEING, anyObject: true },
  // Placed into the party's own routine: "added our check to their close", "built my chart into their visits".
  'add to': PLACING_INTO,
  'add into': PLACING_INTO,
  'take into': PLACING_INTO,
  'build into': PLACING_INTO,
  'fold into': PLACING_INTO,
  'write into': PLACING_INTO,
  'put into': PLACING_INTO,
  'work into': PLACING_INTO,
  // Coming aboard, by any verb of moving onto it: "came on board", "got on board", "jumped on board", "came aboard".
  'come on': ON_BOARD,
  'get on': ON_BOARD,
  'jump on': ON_BOARD,
  'climb on': ON_BOARD,
  'come aboard': { ...ON_BOARD, after: [] },
  'get aboard': { ...ON_BOARD, after: [] },
  // As "paid" and "bought": the lemma lookup gives "got" no lemma of its own.
  'got on': ON_BOARD,
  'got aboard': { ...ON_BOARD, after: [] },
  'climb aboard': { ...ON_BOARD, after: [] },
  // Joining the writer's work: "two parents later joined the steering group I set up", "joined our buying group".
  join: { after: [], answers: false, institutions: true, workAfter: true, arrival: true },
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
  pay: CUSTOM(['for', 'up', 'back', 'off', 'all', 'out']),
  paid: CUSTOM(['for', 'up', 'back', 'off', 'all', 'out']),
  buy: CUSTOM(['my', 'our']),
  bought: CUSTOM(['my', 'our']),
  switch: RETURNING(['to']),
  // Keeping, recommending, a plan changed: "the hospital kept my checklist", "recommended us to …".
  keep: CUSTOM(['my', 'our']),
  recommend: CUSTOM(['us', 'me', 'it', 'them', 'our', 'my']),
  refer: CUSTOM(['us', 'me', 'friends', 'others']),
  change: CUSTOM(['own']),
};
const PARTY_ACT_VERBS = lemmaSet('party-act-verbs', [...new Set(Object.keys(PARTY_ACTS).map((k) => k.split(' ')[0]))]);
/** The most words between a phrasal verb and its particle when its object stands between: "brought my reading scheme in". */
const MAX_SPLIT = 4;
/**
 * The phrasal acts by verb lemma, then particle: PARTY_ACTS's "lemma particle" keys split once at load, so that
 * actAt, run on every party-act verb of every sentence, looks a word up instead of building a key per word.
 */
const PHRASAL_ACTS: ReadonlyMap<string, ReadonlyMap<string, ActFamily>> = Object.entries(PARTY_ACTS).reduce(
  (byLemma, [key, family]) => {
    const space = key.indexOf(' ');
    if (space < 0) return byLemma;
    const lemma = key.slice(0, space);
    const particles = byLemma.get(lemma) ?? new Map<string, ActFamily>();
    byLemma.set(lemma, particles.set(key.slice(space + 1), family));
    return byLemma;
  },
  new Map<string, Map<string, ActFamily>>(),
);
/** Words that point back at the work as an object: "took it up", "rolled them out". */
const WORK_PRONOUNS = wordSet('party-work-pronouns', ['it', 'them', 'this', 'these']);
/** The writer's words that make an object the writer's work: "my chart", "our checklist", "the rota I wrote". */
const WORK_OWNERS = wordSet('party-work-owners', ['my', 'our', 'i', 'we']);
/** Words that end an object: a clause or a phrase of its own ("took up the offer for the team", "and"). */
const OBJECT_ENDS = wordSet('party-object-ends', [
  'and',
  'but',
  'to',
  'for',
  'with',
  'after',
  'because',
  'when',
  'on',
  'at',
]);
/** Words after "came round" that keep it a mind changed: the clause going on with a result's adverb or a tie. */
const CHANGED_MIND_AFTER = wordSet('party-changed-mind-after', [
  'eventually',
  'quickly',
  'completely',
  'fully',
  'too',
  'in',
  'and',
  'but',
  'so',
]);
/** What "came round to" is agreed to when it is no work of the writer's: "to the idea", "to the new plan" (not "to the house"). */
const AGREED_TO_NOUNS = lemmaSet('party-agreed-to-nouns', [
  'idea',
  'view',
  'plan',
  'proposal',
  'change',
  'approach',
  'way',
]);
/** Acts a system also does, in a sense that answers no case: "the gateway accepted malformed headers". */
const MECHANICAL_SENSES = new Set(['accept']);
/** Subject heads that are no party even for those acts: pronouns of things and of the writer's own. */
const NOT_AGENTS = wordSet('party-act-not-agents', ['it', 'this', 'that', 'these', 'those', 'which', 'what']);
/** Possessives that make an object the party's own: "changed its plan", "changed their rota". */
const OWN_OBJECTS = wordSet('party-own-objects', ['its', 'their', 'his', 'her', 'mind', 'minds']);
/** Possessives of the party itself, what the work is placed into: "into their routine", "to its close". */
const PARTY_OWN = wordSet('party-own-possessives', ['its', 'their', 'his', 'her']);
/** Openers of an object after "on board" / "aboard" that make it a vehicle boarded: "the bus", "a ferry". */
const BOARDED_OPENERS = wordSet('party-boarded-openers', ['the', 'a', 'an', 'their', 'his', 'her', 'our', 'my']);
/** Gatherings one attends, not joins as a practice: "joined the call I set up", "joined our Monday meeting". */
const GATHERINGS = lemmaSet('party-joined-gatherings', [
  'call',
  'meeting',
  'session',
  'webinar',
  'workshop',
  'huddle',
  'briefing',
  'event',
  'seminar',
]);
/** Subject openers that make a party a newcomer: "a new manager came on board", "another nurse joined". */
const NEWCOMER_WORDS = wordSet('party-newcomer-words', ['a', 'an', 'another', 'one', 'new']);
/** Words that tie a party's act to the act it answered: "after the changes", "because of the survey". */
const ANSWER_LEADS = wordSet('party-answer-leads', ['after', 'because', 'following', 'thanks', 'once', 'since']);
/** Openers that keep a clause a result when it follows another: "and", "so", "then", "but". */
const RESULT_OPENERS = new Set(['and', 'so', 'then', 'but']);

/** The act a party verb tells: its family and, for a phrasal act, the particle's index (-1 for a one-word act). */
interface ActRead {
  readonly family: ActFamily;
  readonly particle: number;
}

/**
 * Does an object naming the writer's work run from word `from` (to `to` at most, five words): a pronoun pointing
 * back at it ("took it up"), or the writer's word inside it before a phrase ends it ("my chart", "the rota I wrote")?
 */
function workObject(words: Token[], from: number, to: number): boolean {
  const first = words[from]?.lower;
  if (from > to || first === undefined) return false;
  // "my chart", "it": the object opens with the work; "the rota I wrote": a phrase with the writer's relative
  // clause; "most of my week" is an amount of something else.
  if (WORK_PRONOUNS.has(first) || WORK_OWNERS.has(first)) return true;
  if (first !== 'the') return false;
  for (let k = from + 1; k <= to && k < from + 5; k++) {
    if (OBJECT_ENDS.has(words[k].lower)) return false;
    if (WORK_OWNERS.has(words[k].lower)) return true;
  }
  return false;
}

/**
 * The act the verb at `i` (of `lemma`) tells: a phrasal act when its particle follows within the clause, right
 * after the verb or after an object naming the work ("brought my reading scheme in"), else the lemma's own act.
 */
function actAt(tokens: Token[], words: Token[], i: number, lemma: string): ActRead | undefined {
  const particles = PHRASAL_ACTS.get(lemma);
  // A verb with no phrasal act scans no particles: the loop below would find no family and end the same way.
  const end = particles === undefined ? -1 : clauseEnd(tokens, words[i]);
  for (let k = i + 1; k < words.length && k <= i + 1 + MAX_SPLIT && words[k].start < end; k++) {
    const family = particles?.get(words[k].lower);
    if (family === undefined) {
      if (OBJECT_ENDS.has(words[k].lower)) break;
      continue;
    }
    if (
      k === i + 1 ||
      (family.anyObject === true && (k <= i + 3 || workObject(words, i + 1, k - 1))) ||
      (family.workObject === true && workObject(words, i + 1, k - 1))
    )
      return { family, particle: k };
    break;
  }
  const family = PARTY_ACTS[lemma];
  return family === undefined ? undefined : { family, particle: -1 };
}

/**
 * Is the phrasal act at particle `k` the act its family names? A taking up needs the work as its object, before
 * the particle or after it ("took up my chart"); "came round" a mind changed: the clause ends, or goes on with an
 * adverb, "in the end", a tie to the writer's act ("after I showed him") or what was agreed to ("to my plan",
 * "to the idea"), never a time, a place or a purpose ("came round on Tuesday to check", "after lunch").
 */
function phrasalSense(tokens: Token[], words: Token[], i: number, k: number, family: ActFamily): boolean {
  const end = clauseEnd(tokens, words[k]);
  const within = (j: number) => j < words.length && words[j].start < end;
  if (family.pronounObject === true) return k === i + 2 && WORK_PRONOUNS.has(words[i + 1].lower);
  if (family.anyObject === true) return true;
  // "added our check to their close": the work between verb and particle (actAt), the party's own after it.
  if (family.intoOwn === true) return k > i + 1 && within(k + 1) && PARTY_OWN.has(words[k + 1].lower);
  if (family.workObject === true) return k > i + 1 || workObject(words, k + 1, words.length - 1);
  // "got on board the bus", "came aboard the ferry": a vehicle boarded, told by an object after the phrase.
  if (family.arrival === true) {
    const last = k + family.after.length;
    return !(within(last + 1) && BOARDED_OPENERS.has(words[last + 1].lower));
  }
  if (family.changedMind !== true || !within(k + 1)) return true;
  const next = words[k + 1].lower;
  if (next === 'in') return words[k + 2]?.lower === 'the' && words[k + 3]?.lower === 'end';
  if (CHANGED_MIND_AFTER.has(next)) return true;
  if (ANSWER_LEADS.has(next)) return words.slice(k + 2, k + 6).some((x) => FIRST_PERSON_WORDS.has(x.lower));
  if (next !== 'to') return false;
  // "came round to using the new chart": agreeing to a practice.
  if (words[k + 2]?.lower.endsWith('ing') === true) return true;
  return (
    workObject(words, k + 2, words.length - 1) || words.slice(k + 2, k + 6).some((x) => AGREED_TO_NOUNS.has(x.lower))
  );
}

/**
 * The clause whose main verb is word `i`. Where the clause reader finds no verb there ("came" is no past form
 * the verb lexicon lists: listing it turns "came" into the writer's act for the claim rules; "finance then
 * signs off" after a plain noun), the clause around the word is read with its subject right before it, a
 * person or a group ("the client came back", "both teams signed off").
 */
function clauseOf(tokens: Token[], words: Token[], i: number): ClauseActor | undefined {
  // The clauses read once however many of the sentence's words start the frame, and only as far as word `i`: every
  // clause the lookups below can find holds `i` or ends before it (clause-actors.ts).
  const clauses = clausesThrough(tokens, i);
  const found = clauses.find((c) => c.verb === i);
  if (found !== undefined) return found;
  const around = clauses.find((c) => c.start <= i && i <= c.end && (c.verb === -1 || c.verb > i));
  if (around === undefined) return undefined;
  const { at } = subjectBefore(words, i);
  // "…, but came round in the end": a clause a coordinator opens acts with the subject of the clause before it.
  if (at === around.start && RESULT_OPENERS.has(words[at].lower)) {
    const before = clauses.find((c) => c.end === around.start - 1 && c.subject !== undefined);
    return before === undefined
      ? undefined
      : { ...around, verb: i, form: 'finite', kind: before.kind, subject: before.subject };
  }
  if (at < around.start || !(otherPeople(words, at) || partyKindOf(words[at].lower) === 'other')) return undefined;
  return { ...around, verb: i, form: 'finite', kind: 'other', subject: { from: around.start, to: at, head: at } };
}

/**
 * Does another party act in the clause: a person, team, client or body as the subject, or, for the acts only
 * a party with a will does, an institution the party lists read as a thing ("the school", "two farms")?
 */
function partyActs(words: Token[], clause: ClauseActor, family: ActFamily): boolean {
  if (clause.kind === 'other') return true;
  if (clause.kind !== 'thing' || !family.institutions || clause.subject === undefined) return false;
  const head = words[clause.subject.head];
  return !NOT_AGENTS.has(head.lower) && head.kind === 'word' && /^[a-z]/i.test(head.text);
}

/**
 * Is the verb at `i` told as done: a past form, a perfect, or a present with "now" in its clause? An act that
 * answers the case by itself may be a present of the party's practice ("finance signs off every release").
 */
function toldDone(words: Token[], clause: ClauseActor, i: number, lemma: string, family: ActFamily): boolean {
  if (clause.form !== 'finite' || clause.passive) return false;
  const from = clause.subject === undefined ? clause.start : clause.subject.to + 1;
  for (let k = from; k < i; k++) if (NEGATIONS.has(words[k].lower) || words[k].lower.endsWith("n't")) return false;
  return toldDoneWithin(words, clause.start, clause.end, i, lemma, family);
}

/**
 * toldDone's reading of the verb's form, with "now" looked for in words `start` to `end`: a past form, an
 * answering act's other form, or "now" there. Read to the line's ends, a cheap test before the clauses.
 */
function toldDoneWithin(
  words: Token[],
  start: number,
  end: number,
  i: number,
  lemma: string,
  family: ActFamily,
): boolean {
  const lower = words[i].lower;
  if (isPastForm(lower) || IRREGULAR_PAST.has(lower) || lower === 'came' || lower === 'got') return true;
  if (family.answers && lower !== lemma) return true;
  for (let k = start; k <= end; k++) if (words[k].lower === 'now') return true;
  return false;
}

/** Does one of the words the act needs follow the verb up to word `end` (its clause's last), two words on at most? */
function actCompleted(words: Token[], end: number, i: number, family: ActFamily): boolean {
  const needs = family.after;
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
function tiedToWork(words: Token[], clause: ClauseActor, i: number, lemma: string, family: ActFamily): boolean {
  // "signed off" is approval; "signed up" is joining, a transaction like paying.
  const answers = family.answers || (lemma === 'sign' && words[i + 1]?.lower === 'off');
  // "The gateway accepted malformed headers": a thing accepts input, so a thing's accepting needs the tie.
  if (answers && !(clause.kind === 'thing' && MECHANICAL_SENSES.has(lemma))) return true;
  // A taking up has the work as its object ("took it up", "rolled out our checklist"): the object is the tie.
  if (family.workObject === true || family.workAfter === true) return true;
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

/**
 * Is the clause's subject a newcomer ("a new practice manager", "another nurse", "the new foreman"): an arrival
 * told by "came on board" or "joined", a hire, not an answer to the work?
 */
function newcomer(words: Token[], clause: ClauseActor): boolean {
  const subject = clause.subject;
  if (subject === undefined) return false;
  for (let k = subject.from; k <= subject.to; k++) if (NEWCOMER_WORDS.has(words[k].lower)) return true;
  return false;
}

/**
 * Does the object of "joined" at `i` name a thing joined as a practice: the writer's work (workObject), not the
 * writer's staff ("joined my team", "joined the ward I run": a unit right after its determiner is a hire) nor a
 * gathering attended ("joined the call I set up")? "joined my steering group", "the scheme we started" are read.
 */
function joinedWork(words: Token[], i: number, end: number): boolean {
  if (!workObject(words, i + 1, end)) return false;
  if (TITLE_UNITS.has(words[i + 2]?.lower ?? '')) return false;
  for (let k = i + 1; k <= end && k <= i + 4; k++) if (GATHERINGS.has(words[k].lower)) return false;
  return true;
}

/** Another party's act in answer to the writer's work: "the client came back to us", "two farms signed up for the plan I drew up". */
export const PARTY_ACT_RULE: CueRule = {
  name: 'party-act',
  lemmas: [PARTY_ACT_VERBS],
  match({ tokens, words, cues, i, w, lower }) {
    const lemma = PARTY_ACT_VERBS.lemmaOf(lower);
    if (lemma === undefined) return false;
    const act = actAt(tokens, words, i, lemma);
    if (act === undefined) return false;
    const { family, particle } = act;
    if (particle >= 0 && !phrasalSense(tokens, words, i, particle, family)) return false;
    // Most of these verbs need a word after them ("came back", "kept my …"): without one in the next two words
    // the act is incomplete in any clause, so the clauses are not read (the same test as below, to the line's end).
    if (!actCompleted(words, words.length - 1, i, family)) return false;
    // "accept a …" with no "now" anywhere is told as no act done, whatever its clause.
    if (!toldDoneWithin(words, 0, words.length - 1, i, lemma, family)) return false;
    const clause = clauseOf(tokens, words, i);
    if (clause === undefined || !partyActs(words, clause, family)) return false;
    // "the clients who came back" names people; "the plan, which the board approved" tells the approval.
    if (clause.relative && !family.answers) return false;
    if (family.arrival === true && newcomer(words, clause)) return false;
    // "joined the steering group I set up": the writer's work as the object, else a hire ("joined the ward").
    if (family.workAfter === true && particle < 0 && !joinedWork(words, i, clause.end)) return false;
    const opener = words[clause.start].lower;
    if (SUBORDINATORS.has(opener) && !RESULT_OPENERS.has(opener)) return false;
    if (!toldDone(words, clause, i, lemma, family) || !actCompleted(words, clause.end, i, family)) return false;
    // A trouble after a return or after a thing's act is the problem ("came back with complaints"); a party paying
    // for one is the result ("the landlord paid for the damage after my complaint").
    // An agreement's object may name a trouble it meets ("came round to the new falls chart").
    if (!family.answers && (!family.institutions || clause.kind === 'thing') && troubleAfter(words, clause, i))
      return false;
    if (!tiedToWork(words, clause, i, lemma, family)) return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};
