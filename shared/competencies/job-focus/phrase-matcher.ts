// Lexicon phrases compiled to stem sequences and found in a token stream.
//
// Phrase syntax (kept small on purpose, so a user editing a copied framework can read it):
//   words separated by spaces, each matched by stem ("mentor" matches "mentoring", "mentored");
//   `a|b` in one slot accepts either word ("lead|led a team");
//   `_` joins the words of one alternative, so an alternative may be several words ("look_after|own * system":
//   "look after the system" or "own the system");
//   `*` lets up to three other words stand between its neighbours ("own * end to end"), and before a phrase's last
//   word as many as one noun phrase's modifiers ("lead * team": "lead the senior clinical nursing team");
//   the verbs coordinated with a phrase's first word are read past ("lead * team": "Lead and organise the team",
//   "recruit, train and supervise the team");
//   `?` lets one other word stand there, or none ("which ? to": "which supplier to", "who to");
//   `**` lets up to eight, for a verb whose object can run long ("explain ** to": "explain the results, and
//   how sure we are, to …");
//   `=word` matches that exact form only ("=conflict" but not "conflicting");
//   `#` matches a number written in digits ("lead # engineers": "lead 4 engineers");
//   `@person` matches a word that names people by a role or a group ("angry * @person": "an angry store manager");
//   `@role` matches a word that names colleagues by the shape of the noun or its context, whatever the trade ("lead
//   the * @role": "lead the two electricians", "the junior commis", "the two SREs on the team"; see tokenize.ts);
//   `@party` matches a word that names a party of an ask: a colleague, another profession or a governing body, by
//   its shape or its role ("deal with * @party": "dealing with the vet and the nutritionist"; see role-nouns.ts);
//   a last `$` asks that the phrase's last word have no object after it: the clause ends there or goes on with a
//   word that cannot start one ("learn from $": "someone the juniors can learn from, and …", not "learn from the pilot");
//   `>` passes the rest of the clause and goes on in the next one when a semicolon, a colon or a spaced dash is all
//   that parts them, the same sentence ("run * > a team of #": "run the bakery on Saturdays — a team of five");
//   never across a full stop or a line break;
//   a leading `~` marks a weak phrase: it counts half, so it needs company to make a competency;
//   a leading `!` marks a veto: where it matches, no other phrase of the list may start inside it
//   ("!own * reliability": "own the reliability of X" is not ownership, though "own" alone is);
//   hyphens are spaces ("trade-off" = "trade off"). No phrase matches across a sentence or list break.
// A noun derived with -ation/-ition/-ution or -ity ("documentation", "observability", "community") is a word of its
// own, though the stemmer cuts it to its verb or adjective ("document", "observe", "communicate"): such a word in a
// phrase matches itself and its plural only, and such a word in the text matches only a phrase word of that form.
import { NUMBER_STEM, PARTY_KEY, PERSON_KEY, ROLE_KEY, stemWord, type Token, type TokenIndex } from './tokenize';

/** A word of a several-word alternative: its stem, or `=form` for an exact form. */
type SequenceWord = string;
type Slot =
  | {
      kind: 'word';
      /** `@person`: any word naming people by a role or a group. */
      person: boolean;
      /** `@role`: any word naming colleagues by its shape or context (tokenize.ts). */
      role: boolean;
      /** `@party`: any word naming a party of an ask (role-nouns.ts). */
      party: boolean;
      stems: ReadonlySet<string>;
      exact: ReadonlySet<string>;
      /** Alternatives of several words (`look_after`), each a list of words matched in a row. */
      sequences: readonly (readonly SequenceWord[])[];
    }
  | { kind: 'gap'; max: number }
  /** Where a verb's particle follows it: an object pronoun may stand between them ("roll it back", "write them up"). */
  | { kind: 'object' }
  /** `$`: no object after the word before (the clause ends, or goes on with a word that starts no object). */
  | { kind: 'end' }
  /** `>`: the rest of the clause, then a clause the sentence goes on in (a semicolon, colon or spaced dash between). */
  | { kind: 'break' };

export interface CompiledPhrase {
  source: string;
  /** 1 for an ordinary phrase, 0.5 for a weak one (`~`), 0 for a veto (`!`). */
  strength: number;
  /** A veto (`!`): its matches are not evidence, they keep other phrases from starting there. */
  veto: boolean;
  slots: Slot[];
}

const GAP_MAX = 3;
// The particles of phrasal verbs, and the pronouns that stand before them when the verb takes its object between
// ("roll it back", "write them up", "win them over", "follow it through"): a phrase written "roll back" finds both.
// Not for verbs whose split form says something else ("push it back" is to postpone, not to push back).
const PARTICLES = new Set(
  ['back', 'up', 'down', 'out', 'over', 'through', 'along', 'off', 'around', 'aside', 'together'].map(stemWord),
);
const OBJECT_PRONOUNS = new Set([
  'it',
  'them',
  'him',
  'her',
  'this',
  'that',
  'these',
  'those',
  'everyone',
  'everything',
]);
const NOT_SPLIT = new Set(['push']);
// Words that go on a clause without starting an object: "… can learn from, and …", "… learn from on nights".
const NO_OBJECT_AFTER = new Set([
  'and',
  'or',
  'but',
  'on',
  'in',
  'at',
  'during',
  'when',
  'while',
  'as',
  'because',
  'so',
  'too',
  'daily',
  'every',
]);
/** `slots` with an object slot between each verb and the particle that follows it. */
function withObjects(slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  slots.forEach((slot, k) => {
    const verb = slots[k - 1];
    if (
      k > 0 &&
      verb.kind === 'word' &&
      slot.kind === 'word' &&
      slot.exact.size === 0 &&
      slot.sequences.length === 0 &&
      [...slot.stems].every((w) => PARTICLES.has(w)) &&
      ![...verb.stems].some((w) => NOT_SPLIT.has(w))
    )
      out.push({ kind: 'object' });
    out.push(slot);
  });
  return out;
}
// "documentation", "observability", "communities": nouns Porter stems to another word's stem.
const DERIVED_NOUN = /(?:[aiu]tions?|it(?:y|ies))$/;
const pluralOf = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);
const LONG_GAP_MAX = 8;

/** Compiles one phrase; returns undefined for a phrase with no words (nothing to match). */
export function compilePhrase(source: string): CompiledPhrase | undefined {
  const slots: Slot[] = [];
  const trimmed = source.trim();
  const weak = trimmed.startsWith('~');
  const veto = trimmed.startsWith('!');
  for (const raw of (weak || veto ? trimmed.slice(1) : trimmed).split(/[\s-]+/)) {
    if (raw === '') continue;
    if (raw === '$') {
      if (slots.length > 0 && slots[slots.length - 1].kind === 'word') slots.push({ kind: 'end' });
      continue;
    }
    if (raw === '>') {
      if (slots.length > 0) slots.push({ kind: 'break' });
      continue;
    }
    if (raw === '*' || raw === '**' || raw === '?') {
      const max = raw === '**' ? LONG_GAP_MAX : raw === '?' ? 1 : GAP_MAX;
      if (slots.length > 0 && slots[slots.length - 1].kind !== 'gap') slots.push({ kind: 'gap', max });
      continue;
    }
    const stems = new Set<string>();
    const exact = new Set<string>();
    const sequences: SequenceWord[][] = [];
    let person = false;
    let role = false;
    let party = false;
    for (const alternative of raw.split('|')) {
      if (alternative === '@party') {
        party = true;
        continue;
      }
      if (alternative === '@person') {
        person = true;
        continue;
      }
      if (alternative === '@role') {
        role = true;
        continue;
      }
      if (alternative.includes('_')) {
        const words = alternative
          .split('_')
          .map((part) => ({ exact: part.startsWith('='), word: part.replace(/[^A-Za-z0-9'’]/g, '') }))
          .filter((w) => w.word !== '')
          .map((w) => (w.exact ? `=${w.word.toLowerCase()}` : stemWord(w.word)));
        if (words.length > 1) sequences.push(words);
        else if (words.length === 1 && words[0].startsWith('=')) exact.add(words[0].slice(1));
        else if (words.length === 1) stems.add(words[0]);
        continue;
      }
      if (alternative === '#') {
        stems.add(NUMBER_STEM);
        continue;
      }
      const word = alternative.replace(/[^A-Za-z0-9'’]/g, '');
      if (word === '') continue;
      const lower = word.toLowerCase();
      if (alternative.startsWith('=')) exact.add(lower);
      else if (DERIVED_NOUN.test(lower)) exact.add(lower).add(pluralOf(lower.replace(/s$/, '')));
      else stems.add(stemWord(word));
    }
    if (stems.size + exact.size + sequences.length > 0 || person || role || party)
      slots.push({ kind: 'word', person, role, party, stems, exact, sequences });
  }
  while (slots.length > 0 && slots[slots.length - 1].kind === 'gap') slots.pop();
  return slots.some((s) => s.kind === 'word')
    ? { source, strength: veto ? 0 : weak ? 0.5 : 1, veto, slots: withObjects(slots) }
    : undefined;
}

export interface PhraseMatch {
  /** Index of the first and last matched token (inclusive). */
  first: number;
  last: number;
}

/**
 * Compiled phrases in a fixed order, indexed by the words their first slot accepts, so a text is tried only
 * against the phrases that can start in it, each only where its first word stands.
 */
export interface PhraseLexicon {
  phrases: readonly CompiledPhrase[];
  /** Each stem a first slot accepts, with the positions in `phrases` of the phrases it starts. */
  byHeadStem: ReadonlyMap<string, readonly number[]>;
  /** Each exact lower-case form a first slot accepts (`=word`, a derived noun), likewise. */
  byHeadWord: ReadonlyMap<string, readonly number[]>;
}

/** Indexes `phrases` (kept in their order) by their first word. */
export function indexPhrases(phrases: readonly CompiledPhrase[]): PhraseLexicon {
  const byHeadStem = new Map<string, number[]>();
  const byHeadWord = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  phrases.forEach((phrase, at) => {
    const head = phrase.slots[0];
    if (head.kind !== 'word') return;
    for (const stem of head.stems) add(byHeadStem, stem, at);
    if (head.person) add(byHeadStem, PERSON_KEY, at);
    if (head.role) add(byHeadStem, ROLE_KEY, at);
    if (head.party) add(byHeadStem, PARTY_KEY, at);
    for (const word of head.exact) add(byHeadWord, word, at);
    for (const [first] of head.sequences)
      if (first.startsWith('=')) add(byHeadWord, first.slice(1), at);
      else add(byHeadStem, first, at);
  });
  return { phrases, byHeadStem, byHeadWord };
}

/**
 * The matches of every phrase of `lexicon` in the indexed tokens, phrase by phrase in lexicon order, each as
 * `matchPhrase` finds them; phrases that match nowhere are left out. The words shared by the lexicon's first
 * slots and the text are looked up once, walking the smaller side, so a phrase whose first word the text
 * lacks costs nothing and the cost does not grow with the lexicon beyond the text's own words.
 */
export function matchLexicon(
  lexicon: PhraseLexicon,
  index: TokenIndex,
): { phrase: CompiledPhrase; matches: PhraseMatch[] }[] {
  // Per phrase position, the position lists of the first words found; `found` lists the phrases that have any.
  const startLists: (readonly number[])[][] = [];
  const found: number[] = [];
  const note = (phrases: readonly number[], at: readonly number[]) => {
    for (const p of phrases) {
      const lists = startLists[p];
      if (lists) lists.push(at);
      else {
        startLists[p] = [at];
        found.push(p);
      }
    }
  };
  shared(lexicon.byHeadStem, index.byStem, note);
  shared(lexicon.byHeadWord, index.byLower, note);
  const out: { phrase: CompiledPhrase; matches: PhraseMatch[] }[] = [];
  for (const p of found.sort((a, b) => a - b)) {
    const phrase = lexicon.phrases[p];
    const matches = matchAt(phrase, mergeStarts(startLists[p]), index.tokens);
    if (matches.length > 0) out.push({ phrase, matches });
  }
  return out;
}

// Calls `found` for every key in both maps, with its phrases and its positions in the text, looking up from
// the smaller map.
function shared(
  heads: ReadonlyMap<string, readonly number[]>,
  text: ReadonlyMap<string, readonly number[]>,
  found: (phrases: readonly number[], at: readonly number[]) => void,
): void {
  if (heads.size <= text.size) {
    for (const [key, phrases] of heads) {
      const at = text.get(key);
      if (at) found(phrases, at);
    }
  } else {
    for (const [key, at] of text) {
      const phrases = heads.get(key);
      if (phrases) found(phrases, at);
    }
  }
}

// Position lists each in text order, as one list in text order without repeats.
function mergeStarts(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0];
  let n = 0;
  for (const list of lists) n += list.length;
  const all = new Int32Array(n);
  n = 0;
  for (const list of lists) for (const at of list) all[n++] = at;
  all.sort();
  const out: number[] = [];
  for (let k = 0; k < n; k++) if (k === 0 || all[k] !== all[k - 1]) out.push(all[k]);
  return out;
}

/** Every match of `phrase` in the indexed tokens, shortest at each starting token, left to right. */
export function matchPhrase(phrase: CompiledPhrase, index: TokenIndex): PhraseMatch[] {
  const head = phrase.slots[0];
  if (head.kind !== 'word') return [];
  // The positions of the head word, each list already in text order; merged only when several words occur.
  const lists: (readonly number[])[] = [];
  for (const stem of [
    ...head.stems,
    ...(head.person ? [PERSON_KEY] : []),
    ...(head.role ? [ROLE_KEY] : []),
    ...(head.party ? [PARTY_KEY] : []),
  ]) {
    const at = index.byStem.get(stem);
    if (at) lists.push(at);
  }
  for (const word of head.exact) {
    const at = index.byLower.get(word);
    if (at) lists.push(at);
  }
  for (const [first] of head.sequences) {
    const at = first.startsWith('=') ? index.byLower.get(first.slice(1)) : index.byStem.get(first);
    if (at) lists.push(at);
  }
  return lists.length === 0 ? [] : matchAt(phrase, mergeStarts(lists), index.tokens);
}

// The matches of `phrase` starting at the given token positions (in text order) where its head word stands.
function matchAt(phrase: CompiledPhrase, starts: readonly number[], tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const head = phrase.slots[0] as Slot & { kind: 'word' };
  for (const i of starts) {
    const lengths =
      head.sequences.length === 0 ? (fits(head, tokens[i]) ? ONE : NONE) : lengthsAt(head, tokens, i, tokens[i].clause);
    for (const length of lengths) {
      const clause = tokens[i].clause;
      let last = matchFrom(phrase.slots, 1, tokens, i + length, clause);
      // "Lead and organise the nursing team", "recruit, train and supervise the team": the head's object stands after
      // the verbs coordinated with it, read as if they were not there.
      if (last === undefined && phrase.slots.length > 1) {
        const after = afterCoordination(tokens, i + length, clause);
        if (after !== undefined) last = matchFrom(phrase.slots, 1, tokens, after, clause);
      }
      if (last !== undefined) {
        out.push({ first: i, last: last < i ? i : last });
        break;
      }
    }
  }
  return out;
}

// Words that join coordinated verbs ("lead and organise", "supervise or appraise").
const COORDINATORS = new Set(['and', 'or']);
// The most verbs a coordination may add after the head ("recruit, train, coach and supervise").
const MAX_COORDINATED = 3;
/**
 * Where the words after a head word go on once the words coordinated with it are passed: "and organise", ", develop
 * and performance-manage", "& coach", "/manage" (a word, or two joined by a hyphen, after "and", "or", a comma, an
 * ampersand or a slash; a comma list must close with "and" or "or"). The shape of a verb coordination: the head's
 * object stands after the last verb. Undefined when no coordination follows the head.
 */
function afterCoordination(tokens: readonly Token[], t: number, clause: number): number | undefined {
  // A word of the clause that no mark joins to the one before (so no item of a list of its own).
  const plain = (k: number) =>
    k < tokens.length &&
    tokens[k].clause === clause &&
    (tokens[k].joined === undefined || tokens[k].joined === 'compound');
  // A coordinated word, with a second joined to it by a hyphen ("performance-manage"): the position after it.
  const itemEnd = (k: number) =>
    tokens[k + 1]?.joined === 'compound' && tokens[k + 1].clause === clause ? k + 2 : k + 1;
  let at = t;
  for (let n = 0; n < MAX_COORDINATED && at < tokens.length && tokens[at].clause === clause; n++) {
    const token = tokens[at];
    // "and organise", ", and supervise": the closing verb.
    if (COORDINATORS.has(token.lower) && token.joined !== 'and' && plain(at + 1)) return itemEnd(at + 1);
    // "& coach", "/manage": a mark that says "and" closes it too.
    if (token.joined === 'and') return itemEnd(at);
    // ", train": one more verb of a list, which "and" or "or" must close.
    if (token.joined !== 'comma') return undefined;
    at = itemEnd(at);
  }
  return undefined;
}

const ONE: readonly number[] = [1];
const NONE: readonly number[] = [];

function fits(slot: Slot & { kind: 'word' }, token: Token): boolean {
  if (slot.exact.has(token.lower) || (slot.stems.has(token.stem) && !DERIVED_NOUN.test(token.lower))) return true;
  if ((slot.person && token.person) || (slot.role && token.role) || (slot.party && token.party)) return true;
  // "support them", where "them" stands for the apprentices named before.
  const people = token.refers;
  return people !== undefined && (slot.exact.has(people.lower) || slot.stems.has(people.stem));
}

const fitsWord = (word: SequenceWord, token: Token) =>
  word.startsWith('=') ? token.lower === word.slice(1) : token.stem === word && !DERIVED_NOUN.test(token.lower);

// The numbers of tokens a word slot can take at token `t`, within the clause: 1 for a one-word alternative, the
// length of each several-word alternative that stands there.
function lengthsAt(slot: Slot & { kind: 'word' }, tokens: readonly Token[], t: number, clause: number): number[] {
  const out: number[] = [];
  if (t >= tokens.length || tokens[t].clause !== clause) return out;
  if (fits(slot, tokens[t])) out.push(1);
  for (const words of slot.sequences) {
    if (t + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++)
      ok = tokens[t + k].clause === clause && fitsWord(words[k], tokens[t + k]);
    if (ok) out.push(words.length);
  }
  return out;
}

// Returns the index of the last token used, or undefined when the rest of the slots do not match.
function matchFrom(
  slots: readonly Slot[],
  s: number,
  tokens: readonly Token[],
  t: number,
  clause: number,
): number | undefined {
  if (s === slots.length) return t - 1;
  const slot = slots[s];
  if (slot.kind === 'word') {
    // (Most slots hold single words: one token or none, with nothing allocated.)
    if (slot.sequences.length === 0) {
      if (t < tokens.length && tokens[t].clause === clause && fits(slot, tokens[t]))
        return matchFrom(slots, s + 1, tokens, t + 1, clause);
      return undefined;
    }
    for (const length of lengthsAt(slot, tokens, t, clause)) {
      const hit = matchFrom(slots, s + 1, tokens, t + length, clause);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  if (slot.kind === 'end') {
    // (An object never stands after a comma: "a doc the team can argue with, then a plan".)
    if (
      t < tokens.length &&
      tokens[t].clause === clause &&
      tokens[t].joined !== 'comma' &&
      !NO_OBJECT_AFTER.has(tokens[t].lower)
    )
      return undefined;
    return matchFrom(slots, s + 1, tokens, t, clause);
  }
  if (slot.kind === 'break') {
    let next = t;
    while (next < tokens.length && tokens[next].clause === clause) next++;
    const opening = tokens[next];
    if (opening === undefined || opening.clause !== clause + 1 || !opening.continues) return undefined;
    return matchFrom(slots, s + 1, tokens, next, clause + 1);
  }
  if (slot.kind === 'object') {
    const next = matchFrom(slots, s + 1, tokens, t, clause);
    if (next !== undefined || t >= tokens.length || tokens[t].clause !== clause) return next;
    return OBJECT_PRONOUNS.has(tokens[t].lower) ? matchFrom(slots, s + 1, tokens, t + 1, clause) : undefined;
  }
  for (let skip = 0; skip <= slot.max && t + skip <= tokens.length; skip++) {
    const hit = matchFrom(slots, s + 1, tokens, t + skip, clause);
    if (hit !== undefined) return hit;
  }
  // "lead the senior clinical nursing team": before the phrase's last word, its noun, the gap may pass over a whole
  // chain of modifiers, longer than the gap allows, when it is one noun phrase. (A last `$` after the noun asks only
  // that the clause end there: "own * team $" passes "the North Locality nursing" as "lead * team" does.)
  const lastWord = s + 2 === slots.length || (s + 3 === slots.length && slots[s + 2].kind === 'end');
  if (lastWord && slot.max === GAP_MAX) {
    const chain = modifierChain(tokens, t, clause);
    for (let skip = slot.max + 1; skip <= chain; skip++) {
      const hit = matchFrom(slots, s + 1, tokens, t + skip, clause);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

// Closed-class words that end a noun phrase's chain of modifiers or stand outside one: prepositions, conjunctions,
// pronouns, relatives, auxiliaries and modals, negations. (A determiner may open the chain only.)
const CHAIN_BREAKS = new Set(
  (
    'to of for with in on at by from into onto over under about across through between among within without after ' +
    'before during per via as than and or but nor so yet if when while where who whom whose which that what how why ' +
    'it its they them their we us our you your he him his she her i me my this these those is are was were be been ' +
    'being am has have had do does did will would can could should shall may might must not no never'
  ).split(' '),
);
const CHAIN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'your',
  'their',
  'its',
  'his',
  'her',
  'this',
  'each',
  'every',
]);
// The most words a chain of modifiers may hold before its noun ("the senior clinical nursing").
const CHAIN_MAX = 5;
/**
 * How many words from `t` on may stand before a noun as one noun phrase's modifiers: an optional determiner, then
 * words none of which is a closed-class word or follows a comma ("the senior clinical nursing", "our busy outpatient
 * physio"). The shape a verb's object takes when adjectives and noun modifiers pile up before its noun.
 */
function modifierChain(tokens: readonly Token[], t: number, clause: number): number {
  let n = 0;
  while (n < CHAIN_MAX && t + n < tokens.length) {
    const token = tokens[t + n];
    if (token.clause !== clause || (token.joined !== undefined && token.joined !== 'compound')) break;
    if (n === 0 && CHAIN_DETERMINERS.has(token.lower)) {
      n++;
      continue;
    }
    if (CHAIN_BREAKS.has(token.lower) || CHAIN_DETERMINERS.has(token.lower) || token.stem === NUMBER_STEM) break;
    n++;
  }
  return n;
}
