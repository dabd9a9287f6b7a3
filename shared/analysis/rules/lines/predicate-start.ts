// Where a line's own clause starts. Résumé lines and story notes often put something before the words
// that say what was done or what came of it: a date ("Q3 2021 –"), a tag in brackets ("[Acme Retail]",
// "(Contract)", "[02:31]"), an arrow ("->"), a label and its separator ("Highlight:", "Impact -",
// "Key result —"), or the name of a numbered thing ("Phase 2", "Release 4"; naming-numbers.ts). None of these says anything about the claim, but each hides the clause's start: the
// verb after it is the line's first word, not a capitalized name in mid-sentence, and a clock time or a
// year in it is no quantity. The claim, number and outcome rules read the line from the index found here.
//
// A leading adverbial ("In the first month, …") and a leading conjunction ("But finding it …",
// openerLength) are read past by the claim rules only (claims.ts, mainClauseStart): an adverbial's
// words can carry the measure ("Within a year, …"), so the number and outcome rules keep them. Not read past
// at all: a label that names a goal, a task or the setting ("Goal: cut cost by 15%",
// "Problem: …"), which says what the line is; and a label before a verbless value ("Shift pattern: 4 on
// 4 off", "Team: me + 2 engineers"), which is a field, not a claim (RUBRIC.md: titles and fields are not
// claims).
import type { Token } from '../language/tokenize';
import { datePrefixLength } from './date-prefix';
import { namingNumberAt, postNumberEnd } from '../quantity/naming-numbers';
import { goalItemCodeEnd } from './goal-items';
import {
  AUXILIARIES,
  GOAL_NOUNS,
  GO_VERBS,
  LEADING_CONJUNCTIONS,
  MOVE_VERBS,
  STATE_CHANGE_VERBS,
  TASK_NOUNS,
} from '../language/lexicon';
import { AMBIGUOUS_PAST, IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';
import { WEEKDAY_NAMES } from '../language/word-lists/calendar-words';
import { wordSet } from '../language/word-lists/lemma-set';

/** The most words a label or a bracketed tag holds. */
const MAX_LABEL_WORDS = 4;
const MAX_TAG_TOKENS = 8;

/** Separators after a label: a colon, a dash, a bar. A hyphen counts only with space on both sides. */
function isLabelSeparator(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'symbol') return false;
  if (t.text === ':' || t.text === '—' || t.text === '–' || t.text === '|') return true;
  return (
    t.text === '-' && i > 0 && tokens[i - 1].end < t.start && tokens[i + 1] !== undefined && tokens[i + 1].start > t.end
  );
}

/**
 * A finite verb form the lexicon knows: an auxiliary, a past form (not one that is also a
 * participle-adjective), or a verb a measure moves or goes with ("fell", "halved", "went").
 */
export function isFiniteVerb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  return t.facts ? (t.facts.finiteVerb ??= isFiniteVerbWord(t.lower)) : isFiniteVerbWord(t.lower);
}

/** isFiniteVerb of a word, read from the lists (the answer is the word's alone, so its facts keep it). */
function isFiniteVerbWord(w: string): boolean {
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || (isPastForm(w) && !AMBIGUOUS_PAST.has(w))) return true;
  // A gerund is no finite verb: "(rising)" may be a tag.
  return ((MOVE_VERBS.has(w) || STATE_CHANGE_VERBS.has(w)) && !isGerund(w)) || GO_VERBS.has(w);
}

/**
 * A bracketed tag at `i`: "[Acme Retail]", "(Contract)", "[02:31]", closed within a few tokens, holding
 * no finite verb, and followed, after a space, by a word. "(Re)built" (no space) is one word, not a tag.
 */
function bracketTagEnd(tokens: Token[], i: number): number {
  const open = tokens[i]?.text;
  const close = open === '(' ? ')' : LABEL_BRACKETS.get(open);
  if (close === undefined) return i;
  for (let j = i + 1; j < tokens.length && j <= i + MAX_TAG_TOKENS; j++) {
    const t = tokens[j];
    if (t.text === close) {
      const next = tokens[j + 1];
      // A CJK or full-width bracket closes its label with no space after it ("【Responsibilities】Built …").
      const spaced = next !== undefined && (next.start > t.end || (open !== '[' && open !== '('));
      return j > i + 1 && spaced && next.kind === 'word' ? j + 1 : i;
    }
    if (isFiniteVerb(t) || t.text === '[' || t.text === '(') return i;
  }
  return i;
}

/**
 * Brackets a line's label may stand in, open to close: "[Team] …", and the CJK and full-width ones pasted from
 * forms and résumé templates written in Chinese or Japanese ("【Role】…", "［Duties］…", "〔Project〕…").
 */
export const LABEL_BRACKETS: ReadonlyMap<string, string> = new Map([
  ['[', ']'],
  ['【', '】'],
  ['［', '］'],
  ['〔', '〕'],
  ['〖', '〗'],
  ['「', '」'],
  ['『', '』'],
]);

/**
 * The index of the bracket that closes a label opening the line ("【Role】Herd manager", "[Team] 4 drivers"):
 * one to four words, no finite verb, with something after it that is no link's target ("[Ledger rewrite](…)"
 * is a Markdown link). -1 when the line opens with no such label.
 */
export function labelBracketEnd(tokens: readonly Token[]): number {
  const close = LABEL_BRACKETS.get(tokens[0]?.text);
  if (close === undefined) return -1;
  for (let j = 1; j < tokens.length && j <= MAX_LABEL_WORDS + 1; j++) {
    const t = tokens[j];
    if (t.text === close) return j > 1 && tokens[j + 1] !== undefined && tokens[j + 1].text !== '(' ? j : -1;
    if (t.kind !== 'word' || isFiniteVerb(t)) return -1;
  }
  return -1;
}

/** An arrow typed with symbols ("->", "=>", "-->", ">>") at `i`, followed by a space: a bullet, not a word. */
function arrowEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j].kind === 'symbol' && '-=>'.includes(tokens[j].text) && j - i < 3) j++;
  // An arrow has two or three marks, the last of them ">": most lines open with none.
  if (j - i < 2 || tokens[j - 1].text !== '>' || tokens[j] === undefined || tokens[j].start === tokens[j - 1].end)
    return i;
  return j;
}

/**
 * A label at `i`: one to four words with no finite verb ("Highlight", "Key result", "WWW", "perf"), a
 * separator, then a clause that has a finite verb. A goal, task or setting label, and a label before a
 * verbless value, are kept (see the module comment).
 */
function labelEnd(tokens: Token[], i: number): number {
  let j = i;
  for (let words = 0; j < tokens.length && words < MAX_LABEL_WORDS; j++) {
    // "Multi-region", "CI/CD", "R&D": a compound's joiner, typed without space, is part of its word.
    if (words > 0 && isCompoundJoiner(tokens, j)) continue;
    if (tokens[j].kind !== 'word' || isFiniteVerb(tokens[j])) break;
    if (!(j > i && isCompoundJoiner(tokens, j - 1))) words++;
  }
  if (j === i) return i;
  // "Moor Lane housing (42 homes, Passivhaus): led …": an aside in brackets between the label and its separator.
  const separator = j;
  j = labelAsideEnd(tokens, j);
  if (!isLabelSeparator(tokens, j)) return i;
  // "The second version — with hot-reload and eval — took 3 weeks": a dash that comes again opens an aside.
  const dash = tokens[j].text;
  if (dash !== ':' && dash !== '|' && tokens.slice(j + 1).some((t) => t.text === dash)) return i;
  for (let k = i; k < separator; k++) if (GOAL_NOUNS.has(tokens[k].lower) || TASK_NOUNS.has(tokens[k].lower)) return i;
  if (SETTING_LABELS.has(tokens[i].lower)) return i;
  // A label names a thing; words that open with a subject pronoun are a clause whose verb the tagger missed
  // ("This grounds the response — the model can't …": "grounds" read as a noun).
  if (CLAUSE_SUBJECTS.has(tokens[i].lower)) return i;
  let end = j + 1;
  while (
    end < tokens.length &&
    tokens[end].kind === 'symbol' &&
    (tokens[end].text === '*' || isLabelSeparator(tokens, end))
  )
    end++;
  const rest = tokens.slice(end);
  return rest[0]?.kind === 'word' && rest.some(isFiniteVerb) && !isShortItemList(rest) ? end : i;
}

/** Parts of a day a diary's weekday may carry: "monday morning", "sun pm". */
const DAY_PARTS = wordSet('predicate-day-parts', ['morning', 'afternoon', 'evening', 'night', 'am', 'pm']);

/** Subjects of the writer's own that may follow a lead: "tuesday we sheared …", "honestly, I rebuilt …". */
const WRITER_SUBJECTS = wordSet('predicate-writer-subjects', ['i', 'we']);

/** The most words of a lead segment closed by a comma or a dash ("nope,", "ok so,", "morning all —"). */
const MAX_LEAD_SEGMENT = 2;

/**
 * A lead before the writer's act, read past as a date label is: a diary's weekday with no colon ("monday set out
 * the grid …", "Tuesday we sheared …", "thursday night covered …"), or a segment of one or two words with no
 * verb closed by a comma or a dash ("nope, checked the lineage first", "ok so, swapped the pads", "honestly —
 * rebuilt the quote sheet"): an interjection, a greeting, a vocative or a comment adverb, read by its place and
 * its closing mark, not by its words. It is read past only when the writer's act follows it: "I"/"we", or a
 * past verb that is no be-form. "Friday is when …", "Tuesday was a write-off", "sat with two buyers", "Sadly,
 * the van was late" keep the lead as the line's own words.
 */
function leadSegmentEnd(tokens: Token[], i: number): number {
  let k = i + 1;
  const weekday = WEEKDAY_NAMES.has(tokens[i]?.lower ?? '');
  if (weekday) {
    if (DAY_PARTS.has(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.text === ',') k++;
  } else {
    k = i;
    while (k < tokens.length && k - i < MAX_LEAD_SEGMENT && tokens[k].kind === 'word' && !isFiniteVerb(tokens[k])) k++;
    const mark = tokens[k]?.text;
    if (k === i || (mark !== ',' && mark !== '—' && mark !== '–')) return i;
    k++;
  }
  const next = tokens[k];
  if (next?.kind !== 'word' || next.lower === 'was' || next.lower === 'were') return i;
  if (WRITER_SUBJECTS.has(next.lower)) return k;
  if (!IRREGULAR_PAST.has(next.lower) && next.lower !== 'did' && !isPastForm(next.lower)) return i;
  // After a segment, the verb shows itself by what it is done to: a determiner, a count, a pronoun or a
  // particle after it ("nope, checked the lineage", "ok so, swapped both pads", "right — sorted it out").
  // "calm, organised warehouse lead" is a list of qualities, "Volunteer, United Way" a post and its body.
  const after = tokens[k + 1];
  return weekday || after?.kind === 'number' || VERB_FOLLOWERS.has(after?.lower ?? '') ? k : i;
}

/** Words that open what a verb is done to, or its particle: "checked the …", "swapped both …", "sorted it out". */
const VERB_FOLLOWERS = wordSet('predicate-verb-followers', [
  'the',
  'a',
  'an',
  'all',
  'both',
  'every',
  'each',
  'my',
  'our',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'it',
  'them',
  'up',
  'out',
  'off',
  'down',
  'back',
  'over',
]);

/**
 * A thread's post number opening the line ("2/ rewrote …", "(3/7) rebuilt …", "🧵 4/9 did …", "5/8 — gave …";
 * naming-numbers.ts, postNumberEnd): it numbers the post and hides the verb after it. The index past it and
 * past a bracket or separator after it, else `i`.
 */
function postNumberLeadEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j].kind === 'symbol') j++;
  const end = j < tokens.length ? postNumberEnd(tokens, j) : -1;
  if (end < 0) return i;
  let k = end + 1;
  while (
    k < tokens.length &&
    tokens[k].kind === 'symbol' &&
    (tokens[k].text === ')' || tokens[k].text === ']' || isLabelSeparator(tokens, k))
  )
    k++;
  return tokens[k]?.kind === 'word' ? k : i;
}

/**
 * A leading name of a numbered thing at `i`, a capitalized naming noun and its number ("Phase 2 onboarding of
 * the regional branches", "Release 4 postmortem and follow-up actions", "Room 4 - refitted for the clinic"):
 * it says which one the line is about, as a date label says when, and hides the line's start. The index past
 * it (and past a separator after it), else `i`.
 */
function namedLabelEnd(tokens: Token[], i: number): number {
  const noun = tokens[i];
  const num = tokens[i + 1];
  // "No Sev1s in …": "no" opening a line is the determiner of a count of none, not "No." before a number.
  if (noun?.kind !== 'word' || noun.lower === 'no' || !/^[A-Z]/.test(noun.text)) return i;
  if (num?.kind !== 'number' || !/^\d/.test(num.text)) return i;
  const named = namingNumberAt(tokens, i + 1, i, i);
  if (named?.reason !== 'identifier') return i;
  let end = named.end + 1;
  while (end < tokens.length && isLabelSeparator(tokens, end)) end++;
  return tokens[end]?.kind === 'word' ? end : i;
}

/** A hyphen, slash, ampersand or plus at `i` with a word right against it on both sides ("Multi-region", "CI/CD"). */
function isCompoundJoiner(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    t.kind === 'symbol' &&
    (t.text === '-' || t.text === '/' || t.text === '&' || t.text === '+') &&
    before?.kind === 'word' &&
    after?.kind === 'word' &&
    before.end === t.start &&
    after.start === t.end
  );
}

/**
 * The index after a bracketed aside at `i` that holds no finite verb and closes within a few tokens ("(42
 * homes, Passivhaus)", "[contract]"), or `i` when none stands there: what a label says of itself.
 */
function labelAsideEnd(tokens: Token[], i: number): number {
  const open = tokens[i]?.text;
  if (open !== '(' && open !== '[') return i;
  const close = open === '[' ? ']' : ')';
  for (let j = i + 1; j < tokens.length && j <= i + MAX_TAG_TOKENS; j++) {
    const t = tokens[j];
    if (t.text === close) return j > i + 1 ? j + 1 : i;
    if (isFiniteVerb(t) || t.text === '(' || t.text === '[') return i;
  }
  return i;
}

/** "distributed systems, climbing, bad puns": three or more items of a few words each, a field's values. */
function isShortItemList(tokens: Token[]): boolean {
  let items = 1;
  let words = 0;
  for (const t of tokens) {
    if (t.text === ',' || t.text === ';') {
      items++;
      words = 0;
    } else if (t.kind !== 'symbol' && ++words > MAX_LABEL_WORDS) return false;
  }
  return items >= 3;
}

/** Subject pronouns and demonstratives: a run of words opening with one is a clause, never a label. */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those']);

/** Labels that say a line is the setting or the problem, not the writer's act: kept as the line's subject. */
const SETTING_LABELS = new Set([
  'situation',
  'context',
  'background',
  'problem',
  'issue',
  'setting',
  'before',
  'challenge',
]);

/**
 * Does the line open with a label that names it the setting ("Problem: about 1 in 200 parcels left …",
 * "Context: the churn model scored …", "The challenge: …")? Its value is read as a Situation's sentence is:
 * the context of the work, a claim only where the writer tells their own act (RUBRIC.md: a Situation
 * sentence that describes context is not a claim).
 */
export function opensWithSettingLabel(tokens: readonly Token[]): boolean {
  let i = 0;
  while (tokens[i]?.kind === 'symbol') i++;
  if (tokens[i]?.lower === 'the') i++;
  return SETTING_LABELS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.text === ':';
}

/**
 * The index of the first token of the line's own clause: past a date label (date-prefix.ts), then past
 * any of a bracketed tag, an arrow or a label (see the module comment), in any order, at most three of
 * them. 0 when the line opens with its own words.
 */
export function predicateStart(tokens: Token[]): number {
  // A key result's code ("KR1.1 Ship …", "O1: Make …"; goal-items.ts) opens the line before any other lead.
  let i = goalItemCodeEnd(tokens) || datePrefixLength(tokens);
  for (let pieces = 0; pieces < 3; pieces++) {
    const next = Math.max(
      bracketTagEnd(tokens, i),
      arrowEnd(tokens, i),
      labelEnd(tokens, i),
      namedLabelEnd(tokens, i),
      postNumberLeadEnd(tokens, i),
      leadSegmentEnd(tokens, i),
    );
    if (next === i) break;
    i = next + datePrefixLength(tokens.slice(next));
  }
  return i;
}

/**
 * Where the line's measures are read from when its clause starts at `start`: the opening bracket of an aside
 * the label before it holds ("Moor Lane housing (42 homes, Passivhaus): led …": the 42 homes size the work the
 * clause tells), else `start`. A label's own words and dates stay unread as measures.
 */
export function measuresStart(tokens: Token[], start: number): number {
  let k = start - 1;
  while (k > 0 && tokens[k].kind === 'symbol' && (tokens[k].text === '*' || isLabelSeparator(tokens, k))) k--;
  if (k === start - 1 || (tokens[k]?.text !== ')' && tokens[k]?.text !== ']')) return start;
  const open = tokens[k].text === ')' ? '(' : '[';
  for (let j = k - 1; j >= 0 && k - j <= MAX_TAG_TOKENS; j--) {
    if (tokens[j].text === open)
      return j > 0 && labelAsideEnd(tokens, j) === k + 1 && tokens[j - 1].kind === 'word' ? j : start;
  }
  return start;
}

/**
 * How many leading words open the sentence before its main clause when no comma closes them, or 0: a
 * conjunction that ties the sentence to the one before ("But finding it took a full day", "And the
 * export ran clean"). `words` are lower case. (A preposition's phrase with no comma, "At peak the
 * service handled …", was read here too and dropped: it turned an act told after it into another
 * person's act on a written set's aside half, and gained no row on any writer.)
 */
export function openerLength(words: readonly string[]): number {
  const first = words[0];
  if (first === undefined) return 0;
  return LEADING_CONJUNCTIONS.has(first) && words.length > 2 ? 1 : 0;
}
