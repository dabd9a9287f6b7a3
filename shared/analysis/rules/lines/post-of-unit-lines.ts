// A title line that names the one unit the post belongs to (RUBRIC-NOTES "Titles"): "Test automation lead
// for the claims platform", "Office manager for a 40-person architecture practice", "Site manager on a
// 64-unit housing scheme (£11.5m)", "Project manager for the extension of the town library, budget
// 2 MEUR". The shape: a verbless head of at most four words ending in a singular noun of a job post,
// then "for" or "on", an article and a noun phrase with a singular head — one project, team, site or
// employer — then nothing but the line's end or verbless phrases after a separator. Such a line says what
// the writer is and where, no act: it is no claim, and its figures size the unit (scale), never a
// result. A title followed by the people or things it served is a remit and stays a claim: a plural
// head ("Account manager for 30 retail clients", "Bookkeeper for 22 small businesses"), a group sized by
// its members ("Tech lead for a search group of 11", title-remits.ts), a ward or team the post runs
// ("Charge nurse for a 28-bed cardiac unit"), a line that goes on with an act
// ("Treasurer for the village hall; moved the accounts online").
import type { Token } from '../language/tokenize';
import { TITLE_UNITS, isPostNoun as isPostWord } from './title-lines';
import { CLAUSE_OPENER_CORE, FIRST_PERSON_WORDS, RELATIVE_OPENERS, clauseOpeners } from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';

/**
 * Prepositions that tie a post to the unit it belongs to: "lead for the …", "manager on a …". ("Nurse at
 * the General" is a title already, title-lines.ts; "at" an event is an act: "Speaker at a summit".)
 */
const UNIT_PREPOSITIONS = new Set(['for', 'on']);
/** Articles that make the unit one thing: "for the claims platform", "on a housing scheme". */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Symbols that end the unit's phrase: "…, budget 4.2 MEUR", "… (£11.5m)", "… — 2019–2023". */
const PHRASE_ENDS = new Set([',', '(', '—', '–', '|', ';', ':', '·', '/', '.']);
/** Words inside the unit's phrase that close its head: "the extension of the …", "a school in Leeds". */
const HEAD_CLOSERS = new Set(['of', 'in', 'at', 'with', 'from']);
/** Words that open a clause, so the phrase is no bare unit: "for the team that …", "for the shop, which …". */
const CLAUSE_WORDS = clauseOpeners('post-clause-words', [RELATIVE_OPENERS, CLAUSE_OPENER_CORE, ['to']]);
const isNumber = (t: Token) => t.kind === 'number' || numberWordValue(t.lower) !== undefined;

/** How many words may stand before the post's noun: "Test automation lead", "Senior site reliability engineer". */
const HEAD_REACH = 4;

/**
 * A singular noun of a job post, listed or by derivation ("lead", "agronomist", "hydrologist";
 * title-lines.ts). Not the doer of an act: "Speaker at a regional summit", "Mentor for the coding club"
 * tell the act, a claim (RUBRIC-NOTES: "Panelist at a regional meetup").
 */
function isPostNoun(t: Token | undefined): boolean {
  return t?.kind === 'word' && !/[^s]s$/.test(t.lower) && isPostWord(t.lower);
}

/**
 * Whether a word is a verb form that makes a line an act: a past form, or (`gerunds`, after a separator:
 * "…, handling escalations") an "-ing" form. Inside the unit's phrase an "-ing" word is a modifier ("a
 * housing scheme", "the swimming hall").
 */
function isActForm(t: Token, prev: Token | undefined, gerunds: boolean): boolean {
  if (t.kind !== 'word') return false;
  // "64-unit", "hand-picked": a word joined by a hyphen is part of a compound modifier.
  if (prev?.text === '-' && prev.end === t.start) return false;
  return isPastForm(t.lower) || IRREGULAR_PAST.has(t.lower) || (gerunds && isGerund(t.lower));
}

/**
 * The token index of the preposition that ties a post to its one unit ("for" in "Office manager for a
 * 40-person practice"), when the line is such a title line (see above); -1 otherwise.
 */
export function postOfUnitAt(tokens: readonly Token[]): number {
  // The head: words only, the last a singular post noun, no first person ("I manage …" is a clause).
  let p = -1;
  for (let i = 1; i < tokens.length && i <= HEAD_REACH; i++) {
    const t = tokens[i];
    if (UNIT_PREPOSITIONS.has(t.lower)) {
      p = isPostNoun(tokens[i - 1]) ? i : -1;
      break;
    }
    if (t.kind === 'symbol' && t.text !== '-' && t.text !== '&') return -1;
  }
  if (p < 0) return -1;
  for (let i = 0; i < p; i++) if (FIRST_PERSON_WORDS.has(tokens[i].lower) || ARTICLES.has(tokens[i].lower)) return -1;
  // "Volunteered as carer for a neighbour": a verb form in the head makes it an act, not a post.
  for (let i = 0; i < p; i++) if (isActForm(tokens[i], tokens[i - 1], true)) return -1;
  if (!ARTICLES.has(tokens[p + 1]?.lower ?? '')) return -1;
  // The unit's phrase: its head is the last word before "of"/"in", a separator or the line's end.
  let head: Token | undefined;
  let k = p + 2;
  let closed = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' && PHRASE_ENDS.has(t.text)) break;
    if (CLAUSE_WORDS.has(t.lower)) return -1;
    if (HEAD_CLOSERS.has(t.lower)) {
      // "Tech lead for a search group of 11": a group sized by its members is the remit the writer ran.
      if (t.lower === 'of' && tokens[k + 1] !== undefined && isNumber(tokens[k + 1])) return -1;
      closed = true;
    }
    if (isActForm(t, tokens[k - 1], false)) return -1;
    if (!closed && t.kind === 'word' && tokens[k + 1]?.text !== '-') head = t;
  }
  // One unit: a singular head ("platform", "practice"); a plural is the people or things served.
  if (head === undefined || /[^s]s$/.test(head.lower) || head.lower.endsWith("'s")) return -1;
  // "Charge nurse for a 28-bed cardiac unit": a ward, team or department is the unit the post runs,
  // a remit (title-remits.ts).
  if (TITLE_UNITS.has(head.lower)) return -1;
  // After a separator only verbless phrases: "…, budget 4.2 MEUR"; "…; moved the accounts online" is an act.
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (FIRST_PERSON_WORDS.has(t.lower) || isActForm(t, tokens[k - 1], true)) return -1;
  }
  return p;
}
