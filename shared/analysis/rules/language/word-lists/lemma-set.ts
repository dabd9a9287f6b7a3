// The analyzer's word lists looked up by lemma: a list names base forms ("reduce", "retain") and
// matches every inflection ("reduced", "reducing", "retains", "retaining"), so a rule never misses a
// form nobody typed out. Lemmas are found by trying the few ways English inflects a word (plural,
// third person, past, gerund, doubled consonants, irregular pasts) against the list itself: a closed
// list needs no dictionary. Every list is registered by name, so a test can catch a word listed twice
// and two lists with one name and different contents.

/** Irregular past forms and participles the suffix rules cannot undo. */
const IRREGULAR: Readonly<Record<string, string>> = {
  grew: 'grow',
  grown: 'grow',
  sped: 'speed',
  kept: 'keep',
  held: 'hold',
  chose: 'choose',
  chosen: 'choose',
  drove: 'drive',
  driven: 'drive',
  won: 'win',
  sold: 'sell',
  made: 'make',
  got: 'get',
  gotten: 'get',
  became: 'become',
  caught: 'catch',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  shrank: 'shrink',
  shrunk: 'shrink',
  brought: 'bring',
  built: 'build',
  took: 'take',
  taken: 'take',
  taught: 'teach',
  gave: 'give',
  given: 'give',
  wrote: 'write',
  written: 'write',
  saw: 'see',
  seen: 'see',
  led: 'lead',
  ran: 'run',
  met: 'meet',
  beat: 'beat',
  beaten: 'beat',
  rebuilt: 'rebuild',
  rewrote: 'rewrite',
  rewritten: 'rewrite',
  went: 'go',
  came: 'come',
  gone: 'go',
  began: 'begin',
  oversaw: 'oversee',
  overseen: 'oversee',
  begun: 'begin',
  rang: 'ring',
  rung: 'ring',
  sent: 'send',
  spent: 'spend',
  told: 'tell',
  lent: 'lend',
  redid: 'redo',
  redone: 'redo',
  drew: 'draw',
  drawn: 'draw',
  dealt: 'deal',
  shod: 'shoe',
};

/** The base form of an irregular past or participle ("written" → "write", "built" → "build"), or undefined. */
export function irregularBase(word: string): string | undefined {
  return Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
}

/** The singular a noun may be a plural of, the word itself first ("companies" → "company"). */
export function nounCandidates(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss')) return [w];
  if (w.endsWith('ies')) return [w, `${w.slice(0, -3)}y`];
  if (w.endsWith('es')) return [w, w.slice(0, -2), w.slice(0, -1)];
  return [w, w.slice(0, -1)];
}

/** The plain adjective a comparative may be formed from, the word itself first ("cleaner" → "clean", "happier" → "happy", "safer" → "safe", "hotter" → "hot"). */
export function comparativeCandidates(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length <= 4 || !w.endsWith('er')) return [w];
  if (w.endsWith('ier')) return [w, `${w.slice(0, -3)}y`];
  const stem = w.slice(0, -2);
  const out = [w, stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  return out;
}

/** The base forms a word may be an inflection of, the word itself first. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const irregular = IRREGULAR[w];
  if (irregular) out.push(irregular);
  const n = w.length;
  if (n <= 3) return out;
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  }
  // Five letters are enough ("using" → "use", "going" → "go") when the stem has a vowel ("thing", "bring" are no gerunds).
  if (w.endsWith('ing') && n >= 5 && /[aeiouy]/.test(w.slice(0, -3))) {
    const stem = w.slice(0, -3);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  }
  return out;
}

/** A word list matched by lemma. `bareExcluded`: base forms whose bare form means something else ("lower" prices, a "free" tier). */
export interface LemmaSet {
  readonly name: string;
  /** The base forms, as listed. */
  readonly entries: readonly string[];
  /** The listed base form `word` inflects, or undefined. */
  lemmaOf(word: string | undefined): string | undefined;
  has(word: string | undefined): boolean;
  /** `has(t.lower)`, remembered in the word's facts: the hottest lookups read one bit instead of a memo map. */
  hasWord(t: WordToken | undefined): boolean;
}

/** What hasWord reads of a token: its lower case and the facts shared by every token of that word (tokenize.ts). */
export interface WordToken {
  readonly lower: string;
  readonly facts: WordFacts | undefined;
}

import { familyAnchors, formMembersOf, isInflectedOnlyMember, membersOf } from './change-families';
import type { WordFacts } from '../word-facts';

const registry = new Map<string, readonly string[]>();
const HAS_DIGIT = /\d/;
const startsWithDigit = (word: string) => {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** Every registered list by name (for the lexicon test). */
export function registeredLists(): ReadonlyMap<string, readonly string[]> {
  return registry;
}

/** Names registered twice with different contents (a list defined in two places that drifted apart). */
export const conflictingNames: string[] = [];

/**
 * The first letters (a–z) of the words that may match the entries, one bit each; bit 26 stands for any
 * other first character. A candidate lemma made by stripping a suffix starts with the word's own first
 * letter, so only the irregular forms ("went" → "go") add letters of their own. A word whose first
 * letter is not among them matches nothing: one bit test instead of a memo lookup.
 */
function initialLetters(entries: readonly string[], irregular: boolean): number {
  const listed = new Set(entries);
  const starts = [...entries, ...membersOf(entries)];
  if (irregular) for (const [form, base] of Object.entries(IRREGULAR)) if (listed.has(base)) starts.push(form);
  let bits = 0;
  for (const e of starts) {
    const c = e.charCodeAt(0);
    bits |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26;
  }
  return bits;
}

// Bits of WordFacts.lemmaListsAsked/Held, given to lists in the order of their first hasWord call; the lists past
// the 31st (none yet) look the word up in their memo as `has` does.
let wordBitsGiven = 0;

/** The next free bit of the word facts' lemma-list masks, or 0 when none is left. */
function nextWordBit(): number {
  return wordBitsGiven < 31 ? 1 << wordBitsGiven++ : 0;
}

/**
 * Whether the token's word is in the list, answered once per word and list: the answer is kept in the word's
 * facts under the list's bit. A token with no facts (a number, a word made up by a rule) is looked up.
 */
function hasWordWith(t: WordToken | undefined, bit: number, has: (word: string) => boolean): boolean {
  if (t === undefined) return false;
  const facts = t.facts;
  if (facts === undefined || bit === 0) return has(t.lower);
  if ((facts.lemmaListsAsked & bit) === 0) {
    facts.lemmaListsAsked |= bit;
    if (has(t.lower)) facts.lemmaListsHeld |= bit;
  }
  return (facts.lemmaListsHeld & bit) !== 0;
}

/** Whether a word whose first UTF-16 unit is `c` may have a lemma in a list with these initials. */
function mayStartAs(initials: number, c: number): boolean {
  if (c >= 65 && c <= 90) return (initials & (1 << (c - 65))) !== 0;
  if (c >= 97 && c <= 122) return (initials & (1 << (c - 97))) !== 0;
  // Beyond ASCII the lower case may be an ASCII letter (the Kelvin sign is a "k"): look it up.
  if (c > 127) return true;
  // Another ASCII character (a digit, a hyphen) is its own lower case: only a list with such an entry may match.
  return (initials & (1 << 26)) !== 0;
}

/**
 * A named list of base forms matched by lemma (by comparative with `comparatives`, by plural with `nouns`).
 * Bare forms in `inflectedOnly` match only when inflected
 * ("lowered costs" is an effect; "lower prices" is a comparison).
 */
export function lemmaSet(
  name: string,
  entries: readonly string[],
  inflectedOnly: readonly string[] = [],
  options: { nouns?: boolean; comparatives?: boolean } = {},
): LemmaSet {
  const candidates = options.comparatives ? comparativeCandidates : options.nouns ? nounCandidates : lemmaCandidates;
  const previous = registry.get(name);
  if (previous && previous.join('\n') !== entries.join('\n')) conflictingNames.push(name);
  registry.set(name, entries);
  const bases = new Set(entries);
  const noBare = new Set(inflectedOnly);
  // Memo per list: sentences repeat words, and lookups sit on the analyzer's hot path.
  const memo = new Map<string, string | null>();
  // Inflection strips letters only, so a word with a digit matches no list without one. Such words
  // ("918k", "Q3") are mostly unique: kept out of the memo, they would only crowd the words out.
  const digitFree = !entries.some((e) => HAS_DIGIT.test(e));
  const initials = initialLetters(entries, candidates === lemmaCandidates);
  const lemmaOf = (word: string | undefined): string | undefined => {
    if (!word) return undefined; // past the end of a word list
    if (!mayStartAs(initials, word.charCodeAt(0))) return undefined;
    if (digitFree && startsWithDigit(word)) return undefined;
    const hit = memo.get(word);
    if (hit !== undefined) return hit ?? undefined;
    if (digitFree && HAS_DIGIT.test(word)) return undefined;
    let found: string | null = null;
    for (const c of candidates(word)) {
      if (bases.has(c) && !(c === word && noBare.has(c))) {
        found = c;
        break;
      }
    }
    // A word off the list read by its family: "diminished" as "reduce", "bettered" as "improve" (change-families.ts).
    if (found === null && candidates === lemmaCandidates)
      for (const c of candidates(word)) {
        const anchors = familyAnchors(c);
        if (anchors === undefined || (c === word && isInflectedOnlyMember(c))) continue;
        const anchor = anchors.find((a) => bases.has(a) && !(c === word && noBare.has(a)));
        if (anchor !== undefined) {
          found = anchor;
          break;
        }
      }
    if (memo.size > 20_000) memo.clear();
    memo.set(word, found);
    return found ?? undefined;
  };
  const has = (word: string | undefined): boolean => lemmaOf(word) !== undefined;
  return { name, entries, lemmaOf, has, hasWord: lookupByWord(has) };
}

/**
 * A list's `hasWord` from its `has`: the answer for a token's word is kept in the word's facts under a bit of
 * the list's own, given at the first call (so only lists read by token take one).
 */
export function lookupByWord(has: (word: string) => boolean): (t: WordToken | undefined) => boolean {
  let bit = -1;
  return (t) => {
    if (bit < 0) bit = nextWordBit();
    return hasWordWith(t, bit, has);
  };
}

/**
 * A named list matched as written: for words whose other forms mean something else ("ranked" is
 * recognition, "rank" is not) or that do not inflect (function words). Registered like a lemma list,
 * so the lexicon test covers it. It reads the members of the change families whose words it lists
 * (change-families.ts) unless `families` is false (a list drawn from a table of its own, as valences are).
 */
export function wordSet(
  name: string,
  listed: readonly string[],
  options: { families?: boolean } = {},
): ReadonlySet<string> {
  // A word off the list read by its family: "diminution" where "reduction" is listed (change-families.ts).
  const entries = options.families === false ? listed : [...listed, ...formMembersOf(listed)];
  const previous = registry.get(name);
  if (previous && previous.join('\n') !== entries.join('\n')) conflictingNames.push(name);
  registry.set(name, entries);
  return new Set(entries);
}
