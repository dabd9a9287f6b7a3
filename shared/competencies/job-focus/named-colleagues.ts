// Colleagues a posting names by their first names ("We have two mobile engineers, Mei and Callum … You'll help Mei and
// Callum get better"). A name is no word a lexicon knows, so what makes it a colleague is where the posting introduces
// it: beside a word that names colleagues, as the same people said twice ("two mobile engineers, Mei and Callum",
// "three farm workers: Gwen, Idris and Sion", "Aisha and Tomasz, our two newly qualified nurses", "your apprentices are
// Kai and Jodie"). Once introduced so, the name is a colleague wherever the posting says it again, and is read as the
// colleague words are (`@role`): "help Mei and Callum get better" is growing them as "help the two juniors get better"
// is. A name never introduced beside colleagues stays a name ("help Swift and Kotlin code get better"), and the people
// a role serves are no colleagues ("our customers, Tesco and Asda").

/** What the reading needs of a token: its text as written, its clause, and whether it names colleagues already. */
export interface NamedToken {
  text: string;
  lower: string;
  clause: number;
  role?: true;
  party?: true;
  /** Whether the word names people by a role or a group (tokenize.ts). */
  person?: true;
  joined?: string;
}

// A first name as written: a capital and lower-case letters ("Mei", "Tomasz"); not "iOS", "AWS" or "McKenzie".
const NAME_SHAPE = /^[A-Z][a-z]{1,14}$/;
// Words of that shape that are no names: determiners and pronouns that open a sentence, days and months.
const NOT_NAMES = new Set(
  (
    'the a an our your their my his her its this that these those we you they he she it i and or but both all each ' +
    'two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday january ' +
    'february march april may june july august september october november december'
  ).split(' '),
);
// What joins one name of a list to the next: "and", or a comma or "&" (the token's `joined`).
const isAnd = (t: NamedToken | undefined) => t !== undefined && t.lower === 'and';
// Verbs that say who the colleagues are ("your apprentices are Kai and Jodie").
const COPULAS = new Set(['are', 'were', 'is']);
// Determiners and counts that open the colleague phrase after a list of names ("Aisha and Tomasz, our two nurses").
const PHRASE_OPENERS = new Set(['our', 'your', 'the', 'my', 'two', 'three', 'four', 'five', 'both']);
// How far a colleague word may stand after the determiner that opens its phrase ("our two newly qualified nurses").
const PHRASE_REACH = 5;

const isName = (t: NamedToken | undefined) => t !== undefined && NAME_SHAPE.test(t.text) && !NOT_NAMES.has(t.lower);
// People a role serves, though they are people: names said beside them are no colleagues ("our customers, Tesco and
// Asda", "two residents, Mr Hale and Joan").
const SERVED_WORDS =
  /^(?:customers?|clients?|users?|patients?|members?|shoppers?|guests?|parents?|pupils?|students?|tenants?|residents?|visitors?|passengers?|callers?|families|family|relatives?|donors?|supporters?|founders?|owners?|partners?)$/;
const colleague = (t: NamedToken | undefined) =>
  t !== undefined && (t.role === true || t.party === true || t.person === true) && !SERVED_WORDS.test(t.lower);

/**
 * The indexes of the list of names starting at `i` ("Gwen, Idris and Sion", "Mei & Callum"), or [] when fewer than two
 * names stand there joined by commas, "and" or "&".
 */
function nameList(tokens: readonly NamedToken[], i: number): number[] {
  if (!isName(tokens[i])) return [];
  const list = [i];
  let k = i + 1;
  while (k < tokens.length && tokens[k].clause === tokens[i].clause) {
    if (isAnd(tokens[k]) && isName(tokens[k + 1]) && tokens[k + 1].clause === tokens[i].clause) {
      list.push(k + 1);
      k += 2;
    } else if ((tokens[k].joined === 'comma' || tokens[k].joined === 'and') && isName(tokens[k])) {
      list.push(k);
      k += 1;
    } else break;
  }
  return list.length >= 2 ? list : [];
}

/** Whether the names of `list` are said to be colleagues by the words beside them. */
function introducedAsColleagues(tokens: readonly NamedToken[], list: readonly number[]): boolean {
  const first = list[0];
  const last = list[list.length - 1];
  const clause = tokens[first].clause;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k].clause === clause ? tokens[k] : undefined);
  // "two mobile engineers, Mei and Callum", "three farm workers: Gwen, Idris and Sion" (a colon breaks no clause here;
  // a colleague word just before the names is what is said of them).
  if (colleague(at(first - 1))) return true;
  // (A colon may end the clause: "Three farm workers: Gwen, Idris and Sion" names them at the start of the next.)
  const before = first > 0 ? tokens[first - 1] : undefined;
  if (before !== undefined && before.clause === clause - 1 && colleague(before)) return true;
  // "your apprentices are Kai and Jodie"
  if (COPULAS.has(at(first - 1)?.lower ?? '') && colleague(at(first - 2))) return true;
  // "Aisha and Tomasz, our two newly qualified nurses, start in May"
  const opener = at(last + 1);
  if (opener?.joined === 'comma' && PHRASE_OPENERS.has(opener.lower))
    for (let k = last + 2; k <= last + 1 + PHRASE_REACH; k++) {
      const t = at(k);
      if (t === undefined || t.joined === 'comma') return false;
      if (colleague(t)) return true;
    }
  return false;
}

/**
 * Marks `role` and `party` on every token of a name the text introduces as a colleague's (a list of two or more first
 * names said beside a word for colleagues), wherever the text says that name.
 */
export function markNamedColleagues(tokens: NamedToken[]): void {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i]) || (i > 0 && names.has(tokens[i].text))) continue;
    const list = nameList(tokens, i);
    if (list.length > 0 && introducedAsColleagues(tokens, list)) for (const k of list) names.add(tokens[k].text);
  }
  if (names.size === 0) return;
  for (const token of tokens)
    if (names.has(token.text)) {
      token.role = true;
      token.party = true;
    }
}
