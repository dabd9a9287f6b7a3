// A title line with a remit is a claim (RUBRIC-NOTES, titles): "Account manager for 30 retail clients",
// "Shift supervisor over a crew of 40", "Tech lead for a search group of 11". The title names the role
// and the remit says what the writer ran or served, with its size. A title with only the employer,
// course or project it belongs to ("Software engineer for a 40-person startup", "Teaching assistant for
// Statistics I", "Planner on a £5M build") is not: the employer is a singular organisation noun, and a
// remit without a counted size is left to the title rules.
import type { Token } from '../language/tokenize';
import type { Quantity } from '../quantity/quantity-types';
import { AUXILIARIES, EMPLOYER_NOUNS, EMPLOYER_SIZE_HEADS, FIRST_PERSON_WORDS } from '../language/lexicon';
import { isScaleQuantity } from '../quantity/scale';
import { postOfUnitAt } from './post-of-unit-lines';
import { ROLE_NOUNS } from './title-lines';
import { IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';
import { numberWordValue } from '../quantity/number-words';
import { isSelfDescription } from '../voices/present-acts';

/** Words between a title and its remit: "for", "over", and the verbs of leading in their "-ing" form. */
const REMIT_PREPOSITIONS = new Set([
  'for',
  'over',
  'overseeing',
  'managing',
  'supervising',
  'leading',
  'running',
  'heading',
  'directing',
]);

/** Role nouns the agent suffixes below miss. */
const ROLE_WORDS = new Set(['lead', 'head', 'nurse', 'executive', 'clerk', 'chef', 'pm', 'sre', 'vp', 'owner']);

/** A singular noun naming a job: "manager", "supervisor", "scientist", "technician", "nurse". */
export function isRole(lower: string): boolean {
  return ROLE_WORDS.has(lower) || /^[a-z]{2,}(?:er|or|ist|ian|ant)$/.test(lower);
}

/** Words that end the remit's first noun phrase: "a search group | of 11", "a bank | with 200 branches". */
const PHRASE_ENDS = new Set(['of', 'with', 'in', 'at', 'across', 'covering', 'serving', 'spanning', 'and', 'from']);

/**
 * Whether a resume line is a title with a remit: up to four words ending in a role noun, a remit word,
 * then a group that is no employer, sized by a scale quantity after the remit word. The caller checks
 * the line has no finite verb (a line that says what the writer did is a claim by its verb).
 */
export function isRemitTitle(tokens: readonly Token[], quantities: readonly Quantity[]): boolean {
  // "Shift leader in the DC, 35 pickers under me": the people under the writer are what the post runs.
  if (quantities.some((q) => q.led)) return true;
  // "Watch Manager, crew of 12, two appliances": a counted group after the title is what the post runs.
  if (countedRemitAfterTitle(tokens, quantities)) return true;
  // "Office manager for a 40-person practice": the one unit the post belongs to is no remit.
  if (postOfUnitAt(tokens) >= 0) return false;
  const words = tokens.filter((t) => t.kind === 'word');
  let p = -1;
  for (let i = 1; i < words.length && i <= 4; i++)
    if (REMIT_PREPOSITIONS.has(words[i].lower)) {
      p = i;
      break;
    }
  if (p < 0 || !isRole(words[p - 1].lower)) return false;
  // Only title words before the remit: "Account manager for …", not "I was a manager for …".
  for (let i = 0; i < p; i++) if (/^(a|an|the|i|we|my|our|was|were|is|as)$/.test(words[i].lower)) return false;
  // The remit's group: the last word of its first noun phrase ("for a regional bank with …" → "bank").
  let head: Token | undefined;
  const opensWithArticle = /^(a|an|the)$/.test(words[p + 1]?.lower ?? '');
  for (let i = p + 1; i < words.length && !PHRASE_ENDS.has(words[i].lower); i++) head = words[i];
  if (head && opensWithArticle && EMPLOYER_NOUNS.has(head.lower) && !head.lower.endsWith('s')) return false;
  const from = words[p].end;
  return quantities.some(
    (q) => q.start >= from && (q.kind === 'count' || q.kind === 'magnitude') && isScaleQuantity(q),
  );
}

/** Symbols that close a title or one of the verbless phrases after it: "Farm manager — …, …", "Nurse | …". */
const SEGMENT_ENDS = new Set([',', '—', '–', '|', ';', '·', '•']);
/** Words that make a head no bare title: an article or a possessive opens a clause's subject or object. */
const NOT_TITLE_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'our', 'their', 'his', 'her', 'its']);

/** The token indices where the line's top-level phrases start: 0, then each token after a separator outside brackets. */
function segmentStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.kind !== 'symbol') continue;
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    else if (depth === 0 && (SEGMENT_ENDS.has(t.text) || spacedHyphen(tokens, i))) starts.push(i + 1);
  }
  return starts;
}

/** " - " with a space on each side: a dash between phrases, not a hyphen inside a word ("full-time"). */
function spacedHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t.text === '-' && i > 0 && tokens[i - 1].end < t.start && tokens[i + 1] !== undefined && tokens[i + 1].start > t.end
  );
}

/**
 * Whether the tokens before `end` are a bare title: up to five words ending in a singular role noun
 * ("Child & family social worker", "Watch Manager", "Team Lead") with no article, no first person and
 * no past form (a head with a verb or a determiner is a clause: "We hired a manager, …", "The old
 * manager, …").
 */
function isTitleHead(tokens: readonly Token[], end: number): boolean {
  const head = tokens.slice(0, end).filter((t) => t.text !== '&' && t.text !== '-' && t.text !== '•');
  const words = head.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 5 || words.length !== head.length) return false;
  for (const w of words)
    if (NOT_TITLE_WORDS.has(w.lower) || FIRST_PERSON_WORDS.has(w.lower) || isVerbForm(w)) return false;
  const last = words[words.length - 1].lower;
  return !last.endsWith('s') && (isRole(last) || ROLE_NOUNS.has(last));
}

/** A past form or an auxiliary: a word that makes a line a clause ("had left", "was", "managed"). */
function isVerbForm(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || isPastForm(t.lower) || IRREGULAR_PAST.has(t.lower);
}

/**
 * "Watch Manager, crew of 12, two appliances", "Social worker, caseload of 18–22 families", "Team Lead,
 * Tier 1 Support — team of 9": a bare title, then a verbless phrase after a separator that opens with a
 * group noun sized by "of" and a number, is the crew, caseload or team the post runs: a title with its
 * remit, a claim (RUBRIC-NOTES "Titles", "a crew of 14", "a caseload of 30 clients"). What stays a
 * title: a phrase that opens with a name ("Larkspur Foods Ltd (turnover £62m)"), an employer's size, a
 * time in the post ("3,900 hours total time"), and a bare count of the workplace ("— 6 surgeries, 11
 * clinicians": the spent writers split on it, fresh-15 a title, fresh-17 a remit; left a title).
 */
function countedRemitAfterTitle(tokens: readonly Token[], quantities: readonly Quantity[]): boolean {
  const starts = segmentStarts(tokens);
  if (starts.length < 2 || !isTitleHead(tokens, starts[1] - 1)) return false;
  // Verbless after the title: "…, team of 6, had left" is a clause about someone.
  for (let i = starts[1]; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = tokens[i - 1]?.text === '-' && tokens[i - 1].start === tokens[i - 2]?.end;
    if (t.kind === 'word' && !joined && isVerbForm(t)) return false;
  }
  for (const at of starts.slice(1)) {
    const first = tokens[at];
    const q = quantities.find((x) => x.group !== undefined && x.start > first.start);
    if (q === undefined || (q.kind !== 'count' && q.kind !== 'magnitude') || !isScaleQuantity(q)) continue;
    if (q.head !== undefined && EMPLOYER_SIZE_HEADS.has(q.head)) continue;
    const end = starts.find((s) => s > at) ?? tokens.length + 1;
    if (
      tokens.slice(at, end - 1).some((t) => t.kind === 'word' && EMPLOYER_NOUNS.has(t.lower) && !t.lower.endsWith('s'))
    )
      continue;
    // "crew of 12": the group noun opens the phrase and "of" and the number follow it.
    if (first.lower === q.group && tokens[at + 1]?.lower === 'of' && tokens[at + 2]?.start === q.start) return true;
  }
  return false;
}

/** Words after a remit's "-ing" verb that make it an act on something: a preposition, a determiner. */
const ACT_OBJECT_OPENERS = new Set([
  'for',
  'on',
  'in',
  'across',
  'with',
  'at',
  'to',
  'from',
  'into',
  'over',
  'the',
  'a',
  'an',
  'our',
  'their',
  'all',
  'every',
  'each',
]);

/**
 * "Accuracy checking technician, dispensing for 9 care homes", "Teaching assistant, supporting two pupils
 * with EHC plans", "Warehouse lead - picking and packing for an online grocer": a bare title, a separator,
 * then a lower-case "-ing" verb acting on something (a preposition, a determiner, a number or a second
 * "-ing" verb follows) says what the post does: a title with its remit, a claim (RUBRIC-NOTES "Titles").
 * A gerund that names a field or a place ("Care assistant, nursing home in Leeds", "Engineer, trading
 * systems"), a capitalized team name ("Building Products") and a line about the writer ("…, learning
 * Rust") stay a title.
 */
export function gerundRemitAfterTitle(tokens: readonly Token[]): boolean {
  const starts = segmentStarts(tokens);
  if (starts.length < 2 || !isTitleHead(tokens, starts[1] - 1)) return false;
  const at = starts[1];
  const verb = tokens[at];
  if (verb === undefined || verb.kind !== 'word' || !/^[a-z]/.test(verb.text) || !isGerund(verb.lower)) return false;
  const words = tokens
    .slice(at)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.lower);
  if (isSelfDescription(words, 0)) return false;
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (next.kind === 'number' || numberWordValue(next.lower) !== undefined) return true;
  if (next.lower === 'and') return isGerund(tokens[at + 2]?.lower ?? '');
  return ACT_OBJECT_OPENERS.has(next.lower);
}
