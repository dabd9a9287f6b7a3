// Whose act is this? The subject and main verb of each clause of a sentence, and what kind of party the subject
// is (party-kinds.ts): the writer ("I rebuilt"), the writer's group ("we shipped", "my manager and I agreed"),
// another party ("finance approved", "a colleague proposed"), a thing ("the system achieved") or none (a résumé
// line's "Rebuilt the rota"). The rules that read an act as the writer's or as others' find the subject here,
// with the walks they share (an adverb between subject and verb, the writer's act earlier in the line), so a
// shape read for one rule is read for all.
import type { Token } from '../language/tokenize';
import {
  ADVERBS_BEFORE_VERB,
  AUXILIARIES,
  CLAUSE_COORDINATORS,
  COPULAS,
  POSSESSIVE_LEADS,
  CLAUSE_OPENER_CORE,
  CONCESSIVE_SUBORDINATORS,
  CONDITION_SUBORDINATORS,
  MODAL_VERBS,
  NEGATIONS,
  POST_MODIFIER_PREPOSITIONS,
  RELATIVE_OPENERS,
  RESULT_ADVERBS,
  AS_OPENER,
  clauseOpeners,
} from '../language/lexicon';
import { PARTY, inParty, isPartyWord, partyKindOf, type PartyKind } from './party-kinds';
import { IRREGULAR_PAST, isGerund, isParticiple, isPastForm } from '../language/verbs';
import { writerAct } from './writer-acts';

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

/** The index of the word in the verb's place after a subject at `i`, past its adverbs ("I kind of", "I now"). */
export function verbAfterSubject(words: readonly string[], i: number): number {
  let j = i + 1;
  if ((words[j] === 'kind' || words[j] === 'sort') && words[j + 1] === 'of') j += 2; // "I kind of took the lead"
  while (
    j < words.length &&
    (ADVERBS_BEFORE_VERB.has(words[j]) || (words[j].endsWith('ly') && words[j].length > 4 && words[j] !== 'only'))
  )
    j++;
  return j;
}

/** Is the word at `k` another person or group: a listed noun ("finance", "the VP", "both teams") or a name ("Maria")? */
export function otherPeople(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined || inParty(w.lower, PARTY.notOthers)) return false;
  return isPartyWord(w.lower) || (k > 0 && /^[A-Z][a-z]+$/.test(w.text));
}

/**
 * Do the words before `subject` tell the writer's act (writer-acts.ts): a line's lead act ("Fixed the lock; …",
 * "Build rota tool …"), "I"/"we" or a joint subject with the writer ("me and Jonas") and a past or perfect verb?
 */
export function writerActsBefore(words: Token[], subject: number): boolean {
  // "Re-surveyed the site, …": a line's lead verb with its hyphenated prefix split off is read without it.
  const prefixed = words.length > 1 && LEAD_PREFIXES.has(words[0].lower) && words[1].start === words[0].end + 1;
  const lowers = (prefixed ? words.slice(1) : words).map((w) => w.lower);
  return writerAct(lowers, { limit: prefixed ? subject - 1 : subject }).present;
}

/** Prefixes the tokenizer splits off a verb at a hyphen: "re-surveyed", "co-wrote", "de-risked", "pre-booked". */
const LEAD_PREFIXES = new Set(['re', 'co', 'de', 'pre', 'un']);

/** What a clause's main verb is: finite ("approved", "has shipped"), a participle with no subject ("Rebuilt the rota"), a base form after a modal or "to", or an "-ing" form. */
export type VerbForm = 'finite' | 'participle' | 'base' | 'gerund' | 'none';

/** One clause of a sentence, by word index (words are the sentence's non-symbol tokens). */
export interface ClauseActor {
  /** The clause's first and last word. */
  start: number;
  end: number;
  /** The subject's first word, last word and head (the noun before its post-modifiers); undefined when it has none. */
  subject: { from: number; to: number; head: number } | undefined;
  /** What kind of party does the act: with no subject, the party of the clause it is coordinated with, else 'none'. */
  kind: PartyKind;
  /** The main verb's index, or -1 when the clause has none. */
  verb: number;
  form: VerbForm;
  /** "was adopted", "got picked up": a form of "be" or "get" before a past participle. */
  passive: boolean;
  /** The agent of a passive ("picked up by the press"): its head's index and kind. */
  agent: { head: number; kind: PartyKind } | undefined;
  /** A relative clause inside a noun phrase ("the team I led", "the tool that we built"). */
  relative: boolean;
}

const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);
const OPENERS = clauseOpeners('clause-actor-openers', [
  CLAUSE_OPENER_CORE,
  AS_OPENER,
  CONCESSIVE_SUBORDINATORS,
  CONDITION_SUBORDINATORS,
]);
const RELATIVES = new Set(RELATIVE_OPENERS);
const COORDINATORS = new Set(CLAUSE_COORDINATORS);
/** Forms of "be" and "get" before a participle: "was adopted", "got picked up". */
const PASSIVE_AUXILIARIES = new Set(
  [...COPULAS, 'get', 'gets', 'got', 'gotten'].filter((w) => w !== "it's" && w !== 'its'),
);
/** Pronouns that stand as a subject: a word after a noun that opens a reduced relative clause ("the team I led"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it']);
/** Words of ADVERBS_BEFORE_VERB that also stand before a noun: "both wards", "all nurses". */
const QUANTIFIERS = new Set(['both', 'all']);
/** The writer's subject forms inside a joint subject ("my manager and I", "Priya and I"). */
const JOINT_WRITER = new Set(['i', 'me', 'myself']);

/** Words after a helper that show it is the main verb itself ("did the migration", "had a plan"). */
const NOT_VERBS = new Set([...POSSESSIVE_LEADS, 'it', 'them', 'to', 'in', 'on', 'for', 'with', 'no', 'some', 'any']);
const isPast = (l: string) => isPastForm(l) || IRREGULAR_PAST.has(l);
const isHelper = (l: string) => AUXILIARIES.has(l) || MODAL_VERBS.has(l) || l.endsWith("n't");
const isAdverb = (l: string) =>
  ADVERBS_BEFORE_VERB.has(l) || NEGATIONS.has(l) || (l.endsWith('ly') && l.length > 4 && l !== 'only');

/** The word indices after which a clause mark stands. */
function marksAfter(tokens: Token[]): Set<number> {
  const marks = new Set<number>();
  let w = -1;
  for (const t of tokens) {
    if (t.kind !== 'symbol') w++;
    else if (w >= 0 && CLAUSE_MARKS.has(t.text)) marks.add(w);
  }
  return marks;
}

/** The verb group from `k`: its main verb, form and voice, or undefined when no verb stands at `k`. */
function verbGroupAt(
  words: Token[],
  from: number,
  k: number,
  end: number,
  hasSubject: boolean,
): { verb: number; form: VerbForm; passive: boolean } | undefined {
  const l = words[k].lower;
  if (isHelper(l)) {
    let passive = false;
    let form: VerbForm = 'finite';
    let j = k;
    // Through the helpers and adverbs to the main verb: "has since been adopted", "would not have shipped".
    while (j + 1 <= end) {
      const n = words[j + 1].lower;
      if (isHelper(n) || PASSIVE_AUXILIARIES.has(n) || isAdverb(n) || n === 'since') j++;
      else break;
    }
    const main = j + 1 <= end ? j + 1 : j;
    const m = words[main].lower;
    // "was adopted", "has since been taken up": a participle after a form of "be" or "get" among the helpers.
    if (main !== k && isParticiple(m)) passive = passiveBefore(words, k, main);
    if (MODAL_VERBS.has(l) && !isPast(m)) form = 'base';
    if (main !== k && isGerund(m)) form = 'gerund';
    if (!hasSubject) form = form === 'finite' ? 'participle' : form;
    // "was doubtful", "is now part of": a copula before no verb form is the verb itself.
    const copula = PASSIVE_AUXILIARIES.has(l) && !passive && !isPast(m) && !isGerund(m);
    return { verb: main === k || copula || NOT_VERBS.has(m) || !isVerbLike(m) ? k : main, form, passive };
  }
  if (PASSIVE_AUXILIARIES.has(l) && isPast(words[k + 1]?.lower ?? '') && k + 1 <= end)
    return { verb: k + 1, form: hasSubject ? 'finite' : 'participle', passive: true };
  if (isPast(l)) return { verb: k, form: hasSubject ? 'finite' : 'participle', passive: false };
  // A present form after an adverb of the verb's place: "the nurses now use it", "finance still signs off".
  if (
    hasSubject &&
    ADVERBS_BEFORE_VERB.has(words[k - 1].lower) &&
    !QUANTIFIERS.has(words[k - 1].lower) &&
    isPresentForm(l)
  )
    return { verb: k, form: 'finite', passive: false };
  if (l === 'to' && k === from && k + 1 <= end && !isPast(words[k + 1].lower))
    return { verb: k + 1, form: 'base', passive: false };
  return undefined;
}

/** A word that can be a main verb after helpers: a past form, an "-ing" form or a plain word that is no adverb. */
function isVerbLike(l: string): boolean {
  return isPast(l) || isGerund(l) || /^[a-z]+$/.test(l);
}

/** A word that can be a present form after an adverb of the verb's place: "use", "uses", "signs"; no function word. */
function isPresentForm(l: string): boolean {
  return /^[a-z]+$/.test(l) && !NOT_VERBS.has(l) && !POST_MODIFIER_PREPOSITIONS.has(l) && !OPENERS.has(l);
}

/** Is there a form of "be" or "get" among the helpers from `from` to the verb? */
function passiveBefore(words: Token[], from: number, main: number): boolean {
  for (let j = from; j < main; j++) if (PASSIVE_AUXILIARIES.has(words[j].lower)) return true;
  return false;
}

/** The party of a subject span: the writer in it ("my manager and I"), else its head's kind. */
function spanKind(words: Token[], from: number, to: number, head: number): PartyKind {
  for (let k = from; k <= to; k++) {
    const l = words[k].lower;
    if (JOINT_WRITER.has(l) && (k === from || words[k - 1].lower === 'and')) return 'writer';
  }
  const kind = partyKindOf(words[head].lower);
  // "our team", "my team": the writer's group named through a possessive.
  if (kind !== 'writer' && head > from) {
    const owner = words[from].lower;
    if (owner === 'our' || owner === 'my') return kind === 'thing' ? 'thing' : 'group';
  }
  // A name ("Maria approved it"): a capitalised word not first in the sentence.
  if (kind === 'thing' && head > 0 && /^[A-Z][a-z]+$/.test(words[head].text) && head === from) return 'other';
  return kind;
}

/** The head of a subject span: the word before its first post-modifying preposition ("the waste of plants" → "waste"). */
function headOf(words: Token[], from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) if (POST_MODIFIER_PREPOSITIONS.has(words[k].lower)) return k - 1;
  return to;
}

/** The agent after a passive verb: "by" and a noun phrase within the clause ("picked up by national press"). */
function agentAfter(words: Token[], verb: number, end: number): ClauseActor['agent'] {
  for (let k = verb + 1; k < end && k <= verb + 3; k++) {
    if (words[k].lower !== 'by') continue;
    let h = k + 1;
    while (h < end && !POST_MODIFIER_PREPOSITIONS.has(words[h + 1].lower) && !OPENERS.has(words[h + 1].lower)) h++;
    return { head: h, kind: spanKind(words, k + 1, h, h) };
  }
  return undefined;
}

/**
 * The clauses of a sentence's words with their subject, its kind of party, the main verb, its form and
 * voice. Clauses end at a clause mark or before an opener ("and", "because", "when"); a relative clause
 * ("the team I led", "the tool that we built") is read as its own clause and the clause around it goes on
 * after its verb. Meant for rules that ask whose act a verb tells; each clause is read once, left to right.
 */
export function clauseActors(tokens: Token[]): ClauseActor[] {
  const walk = clauseWalk(tokens);
  while (readNextClause(walk));
  return walk.clauses;
}

/**
 * The clauses of a sentence read one at a time, left to right (clauseActors reads them all): a reader that settles
 * on the first clause or two ("I ran a review …, and what they would delete") need not read the rest. Each clause
 * is read from the words before it only, so the clauses read so far are those clauseActors gives, in its order.
 */
export interface ClauseWalk {
  readonly words: Token[];
  /** The word indices after which a clause mark stands. */
  readonly marks: Set<number>;
  /** The clauses read so far (a relative clause before the clause around it). */
  readonly clauses: ClauseActor[];
  /** The first word of the next clause. */
  next: number;
}

// One walk per tokens array, kept while the array lives: the cue rules of a sentence ask of its clauses word by word.
const walks = new WeakMap<Token[], ClauseWalk>();

/**
 * The clauses of `tokens` read as far as word `i`: every clause that starts at or before it (so every clause holding
 * it, and all before those), in clauseActors' order; more may follow. A rule asking whose act the verb at `i` tells
 * reads no further, and the next rule asking of the same tokens goes on from there.
 */
export function clausesThrough(tokens: Token[], i: number): readonly ClauseActor[] {
  let walk = walks.get(tokens);
  if (walk === undefined) walks.set(tokens, (walk = clauseWalk(tokens)));
  while (walk.next <= i && readNextClause(walk));
  return walk.clauses;
}

/** A walk over the clauses of `tokens`, none read yet. */
export function clauseWalk(tokens: Token[]): ClauseWalk {
  return { words: tokens.filter((t) => t.kind !== 'symbol'), marks: marksAfter(tokens), clauses: [], next: 0 };
}

/** Reads the walk's next clause (and any relative clause in it) into its clauses; false when no word is left. */
export function readNextClause(walk: ClauseWalk): boolean {
  const { words, marks } = walk;
  const start = walk.next;
  if (start >= words.length) return false;
  let end = start;
  let verbSeen = false;
  while (end + 1 < words.length && !marks.has(end) && !opensClause(words, end + 1, verbSeen)) {
    verbSeen ||= verbGroupAt(words, start, end, words.length - 1, end > start) !== undefined;
    end++;
  }
  readClause(words, start, end, walk.clauses);
  walk.next = end + 1;
  return true;
}

/**
 * Does the word at `k` open a new clause? An opener does, except "since" after a helper ("has since been
 * asked"), and a coordinator before the clause has a verb ("my manager and I agreed": one subject).
 */
function opensClause(words: Token[], k: number, verbSeen: boolean): boolean {
  const l = words[k].lower;
  if (!OPENERS.has(l) || isHelper(words[k - 1].lower)) return false;
  return verbSeen || !COORDINATORS.has(l);
}

/** Reads the clause of words `start`..`end` (and any relative clause in it) into `clauses`. */
function readClause(words: Token[], start: number, end: number, clauses: ClauseActor[]): void {
  const opener = OPENERS.has(words[start].lower) ? words[start].lower : undefined;
  const from = opener === undefined ? start : start + 1;
  const previous = clauses[clauses.length - 1];
  const clause: ClauseActor = {
    start,
    end,
    subject: undefined,
    kind: 'none',
    verb: -1,
    form: 'none',
    passive: false,
    agent: undefined,
    relative: false,
  };
  let k = from;
  for (; k <= end; k++) {
    const l = words[k].lower;
    // A relative clause after a noun of the subject: "the team (that) I led", "the tool which broke".
    if (k > from && (RELATIVES.has(l) || (SUBJECT_PRONOUNS.has(l) && nounBefore(words[k - 1].lower)))) {
      const relative = readRelative(words, k, end, clauses);
      if (relative !== undefined) {
        k = relative;
        continue;
      }
    }
    const group = verbGroupAt(words, from, k, end, k > from);
    if (group === undefined) continue;
    // "Priya and I", "the site manager": the subject runs to the verb group, less the adverbs before it.
    if (k > from) {
      let to = k - 1;
      while (to > from && isAdverb(words[to].lower)) to--;
      const subjectEnd = lastBeforeRelative(clauses, from, to);
      const first = pronounStart(words, from, subjectEnd);
      const head = headOf(words, first, subjectEnd);
      clause.subject = { from: first, to: subjectEnd, head };
      clause.kind = spanKind(words, first, subjectEnd, head);
    } else if ((opener === 'and' || opener === 'but' || opener === 'then') && previous !== undefined) {
      clause.kind = previous.kind; // "…, but agreed to try it": the subject left out is the one before.
      if (group.form === 'participle') group.form = 'finite';
    }
    clause.verb = group.verb;
    clause.form = group.form;
    clause.passive = group.passive;
    if (group.passive) clause.agent = agentAfter(words, group.verb, end);
    break;
  }
  clauses.push(clause);
}

/** A word a reduced relative clause can follow: a noun, not a helper or a conjunction ("Priya and I"). */
function nounBefore(l: string): boolean {
  return !isHelper(l) && l !== 'and' && l !== 'or' && !NOT_VERBS.has(l);
}

/** Where a subject starts: at its pronoun after a time phrase ("Last year I", "In March we"), else at `from`. */
function pronounStart(words: Token[], from: number, to: number): number {
  for (let k = to; k > from; k--) {
    const l = words[k].lower;
    if (SUBJECT_PRONOUNS.has(l) && l !== 'it' && words[k - 1].lower !== 'and' && words[k - 1].lower !== 'or') return k;
  }
  return from;
}

/** The last word of a subject that a relative clause read inside it interrupts ("the team [I led]" → "team"). */
function lastBeforeRelative(clauses: ClauseActor[], from: number, to: number): number {
  const last = clauses[clauses.length - 1];
  if (last?.relative && last.start > from && last.start <= to) return last.start - 1;
  return to;
}

/**
 * Reads a relative clause opening at `k` ("that we built", "I led", "who joined") up to its verb and the
 * verb's object, into `clauses`; returns the index of its last word, or undefined when no verb follows.
 */
function readRelative(words: Token[], k: number, end: number, clauses: ClauseActor[]): number | undefined {
  const l = words[k].lower;
  const subject = RELATIVES.has(l) ? k + 1 : k;
  let verb = -1;
  for (let j = subject; j <= end && j <= subject + 2; j++) {
    const group = verbGroupAt(words, subject, j, end, true);
    if (group !== undefined) {
      verb = group.verb;
      break;
    }
  }
  if (verb < 0) return undefined;
  // The relative clause ends before the next verb form: "the team I led [shipped] it".
  let last = verb;
  while (last + 1 <= end && verbGroupAt(words, subject, last + 1, end, true) === undefined) last++;
  // "Last year I rebuilt it": a pronoun with no verb after its clause opens no relative clause, it is the subject.
  if (!RELATIVES.has(l) && last >= end) return undefined;
  const ownSubject = subject < verb && !RELATIVES.has(words[subject].lower);
  const sub = ownSubject ? { from: subject, to: verb - 1, head: verb - 1 } : undefined;
  clauses.push({
    start: k,
    end: last === end ? verb : last,
    subject: sub,
    kind: sub ? spanKind(words, sub.from, sub.to, sub.head) : partyKindOf(words[k - 1].lower),
    verb,
    form: 'finite',
    passive: false,
    agent: undefined,
    relative: true,
  });
  return last === end ? verb : last;
}
