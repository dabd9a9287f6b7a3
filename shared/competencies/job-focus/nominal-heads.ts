// A duty told as a noun is read as its verb: "Supervision of the night team", "Planning of the final assembly",
// "Preparation of reports for the board", "induction, training and supervision of the practitioners". Translated
// postings and job-evaluation forms write every duty this way, and the lexicon writes each ask once, by its verb
// ("supervise * team", "plan * work", "prepare * report"). So instead of a noun phrase for every verb phrase, the noun
// that heads a duty takes its verb's stem and the "of" that carries the verb's object is dropped; every phrase of the
// verb then reads the duty, whatever competency it belongs to.
// Only a noun that heads a duty turns: the first word of a clause (an item, a line, a sentence, past an item's number
// or tick box), the word after "responsible for", "in charge of", "assist in" and the like, or a noun coordinated with
// one that turned ("Investigation of incidents and recommendation of changes"). "Under the direction of the
// Superintendent" and "the management of the company" stay nouns: their "of" names who does it, not what is done.
// The verb is found by the noun's derivation (-ation, -ition, -ution, -sion, -al, -ance, -ery, -ysis, a few
// irregulars), and only a verb some lexicon phrase opens with is taken, so a noun whose verb asks nothing stays.
import { CONCEPT_PHRASES } from '../lexicons/concepts';

/** What this reading needs of a token (tokenize.ts's Token, which imports this module). */
interface Token {
  text: string;
  stem: string;
  lower: string;
  clause: number;
  joined?: 'comma' | 'and' | 'compound';
}

/** Derivations of a duty noun from its verb: a noun ending in the suffix may come from the verb ending in a replacement. */
const DERIVATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ification', ['ify']],
  ['isation', ['ise']],
  ['ization', ['ize']],
  ['ation', ['e', 'ate', '']],
  ['ition', ['ite', 'e', '']],
  ['ution', ['ute', 've']],
  ['ssion', ['ss']],
  ['sion', ['de', 'se', 'd']],
  ['tion', ['t']],
  ['ance', ['', 'e']],
  ['ence', ['', 'e']],
  ['ment', ['']],
  ['ysis', ['yse', 'yze']],
  ['ery', ['er']],
  ['al', ['e', '']],
  ['ing', ['']],
];
/** Duty nouns no suffix rule reaches. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['oversight', 'oversee'],
  ['maintenance', 'maintain'],
  ['liaison', 'liaise'],
  ['upkeep', 'keep'],
  ['explanation', 'explain'],
]);
// Nouns with a duty's suffix that name a thing, a place or a body, not an act: "Department of Transport", "Government of
// Wales", "Meeting of the board" (a heading), "Building of the year".
const NOT_DUTIES = new Set([
  'department',
  'departments',
  'government',
  'apartment',
  'moment',
  'meeting',
  'building',
  'housing',
  'evening',
  'morning',
  'ceiling',
  'station',
  'nation',
  'national',
  'position',
  'institution',
  'foundation',
  'federation',
  'association',
  'corporation',
  'population',
  'location',
  'edition',
  'section',
  'function',
  'division',
  'region',
  'total',
  'hospital',
  'general',
  'principal',
  'council',
  'festival',
  'terminal',
  'capital',
]);
// The words after which a duty noun heads what the hire does: "responsible for (the) supervision of …", "in charge of
// the planning of …", "assists in the training of …", "involvement in the preparation of …".
const LEAD_INS = new Set(['for', 'of', 'in', 'with']);
const LEAD_IN_HEADS =
  /^(responsib|accountab|charge$|assist|help|involv|particip|contribut|support|lead$|leading$|take$|taking$|share$|sharing$|ownership$)/;
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'all', 'any']);
// What stands before an item's first word without being one: its number ("1", "3.1"), letter ("a", "ii") or tick ("X").
const ITEM_MARK = /^(\d[\d.,]*|[a-z]|[ivx]{1,4})$/i;
const COORDINATORS = new Set(['and', 'or']);
// The nouns the phrase matcher keeps apart from their verbs (phrase-matcher.ts): "resolution", "documentation".
const DERIVED_NOUN = /(?:[aiu]tions?|it(?:y|ies))$/;

let lexiconVerbs: ReadonlySet<string> | undefined;
/** The stems lexicon phrases open with (each alternative of a phrase's first word): the verbs of the asks. */
function openingStems(stemOf: (word: string) => string): ReadonlySet<string> {
  if (!lexiconVerbs) {
    const stems = new Set<string>();
    for (const phrases of Object.values(CONCEPT_PHRASES))
      for (const phrase of phrases)
        for (const word of phrase.replace(/^[~!]/, '').split(' ')[0].split('|'))
          // (Not a derived noun a phrase opens with: "resolution" stems to "resolut", no verb's stem.)
          if (/^[a-z]+$/.test(word) && !DERIVED_NOUN.test(word)) stems.add(stemOf(word));
    lexiconVerbs = stems;
  }
  return lexiconVerbs;
}

/**
 * The verb a duty noun stands for ("preparation" → "prepare", "planning" → "plan", "oversight" → "oversee"), when some
 * lexicon phrase opens with it; undefined for any other word.
 */
export function dutyVerb(lower: string, stemOf: (word: string) => string): string | undefined {
  if (NOT_DUTIES.has(lower)) return undefined;
  const verbs = openingStems(stemOf);
  const irregular = IRREGULAR.get(lower);
  if (irregular) return verbs.has(stemOf(irregular)) ? irregular : undefined;
  for (const [suffix, endings] of DERIVATIONS) {
    if (!lower.endsWith(suffix) || lower.length < suffix.length + 3) continue;
    const base = lower.slice(0, -suffix.length);
    for (const ending of endings) {
      const verb = base + ending;
      // "planning" → "plann" → "plan": a doubled consonant before -ing is the verb's own once.
      const undoubled = suffix === 'ing' && /(.)\1$/.test(verb) ? verb.slice(0, -1) : verb;
      if (verbs.has(stemOf(undoubled))) return undoubled;
    }
    return undefined;
  }
  return undefined;
}

/** Where a clause's first word of its own stands: past an item's number, letter or tick mark. */
function clauseHead(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.clause !== tokens[i].clause) return true;
  const twoBack = tokens[i - 2];
  return ITEM_MARK.test(previous.text) && (!twoBack || twoBack.clause !== previous.clause);
}

/** Whether a duty noun at `i` is what the hire is to do: it follows "responsible for", "assist in (the)" and the like. */
function afterLeadIn(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && DETERMINERS.has(tokens[k].lower)) k--;
  return (
    k >= 1 &&
    tokens[k].clause === tokens[i].clause &&
    tokens[k - 1].clause === tokens[i].clause &&
    LEAD_INS.has(tokens[k].lower) &&
    LEAD_IN_HEADS.test(tokens[k - 1].lower)
  );
}

// The most duty nouns one "of" closes ("recruitment, induction, training and supervision of the practitioners").
const MAX_CHAIN = 5;

/**
 * `tokens` with each duty noun that heads a duty and takes its object by "of" read as its verb (its stem, and its
 * form as the verb's), and that "of" dropped: "Supervision of the night team" reads as "supervise the night team".
 * One pass over the tokens; a chain of coordinated nouns is at most MAX_CHAIN long.
 */
export function readDutyNouns<T extends Token>(tokens: readonly T[], stemOf: (word: string) => string): T[] {
  const out: T[] = [];
  let turnedClause = -1;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const coordinated =
      turnedClause === token.clause && (token.joined === 'comma' || (i > 0 && COORDINATORS.has(tokens[i - 1].lower)));
    if (!(clauseHead(tokens, i) || afterLeadIn(tokens, i) || coordinated)) {
      out.push(token);
      i++;
      continue;
    }
    // The chain of duty nouns from here, joined by commas, "and" or "or", up to the "of" that closes it.
    const verbs: (string | undefined)[] = [];
    let k = i;
    while (k < tokens.length && tokens[k].clause === token.clause && verbs.length < MAX_CHAIN) {
      const verb = dutyVerb(tokens[k].lower, stemOf);
      if (verb === undefined) break;
      verbs.push(verb);
      k++;
      if (tokens[k]?.clause === token.clause && COORDINATORS.has(tokens[k].lower)) {
        verbs.push(undefined);
        k++;
      } else if (tokens[k]?.joined !== 'comma') break;
    }
    const closing = tokens[k];
    if (
      verbs.length === 0 ||
      verbs[verbs.length - 1] === undefined ||
      !closing ||
      closing.clause !== token.clause ||
      closing.lower !== 'of'
    ) {
      out.push(token);
      i++;
      continue;
    }
    for (let t = i; t < k; t++) {
      const verb = verbs[t - i];
      out.push(verb === undefined ? tokens[t] : { ...tokens[t], stem: stemOf(verb), lower: verb });
    }
    turnedClause = token.clause;
    i = k + 1;
  }
  return out;
}
