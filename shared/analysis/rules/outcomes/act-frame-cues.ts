// An Action sentence tells a step of the work; it states an outcome only where it tells the work's effect (on a
// party or a thing, a change with a before and after, a state after). A cue word can stand in the act's own frame
// instead, and then it tells no result the work had (RUBRIC.md: "a bare action has none"; purpose clauses name a
// benefit or only what the thing does). Three frames of the act are read here, by the clause the cue stands in:
//
// - a content clause: an indirect question or a told content under a verb of showing, asking, agreeing, deciding or
//   looking into ("worked out which checks actually caught errors", "showed them how the template saves time",
//   "agreed with the vendor which fixes reduced the crashes"): what was looked into or argued, not what happened;
// - a setting clause: a time clause that says when the writer acted, told of another party or in the passive
//   ("once the new posts were approved, I started interviewing", "I drafted the terms after the client accepted
//   mediation"): the step it waited for, while the main clause is the writer's next act;
// - a function clause: a "so that" clause with no benefit, trouble or comparison in it ("reorganised goods-in so
//   that pallets are checked at the door", "set up an alert so that the charge nurse sees every missed dose"): how
//   the thing made works, its function (RUBRIC.md "to automate uploads");
// - a limit clause: a so-clause that sets a cap on the thing made, a negation over a bound on a figure ("capped it so
//   it could never take more than one position in ten", "set the rota so no nurse would work more than three nights
//   in a row"): a configuration the writer chose, not a problem that stopped (RUBRIC-NOTES configuration values).
//
// Each is refused only in an Action (a Result's time clause or so-clause is the result the section reports, and a
// resume line has no section to say which), and only for the cues inside the clause: a result told in the main
// clause beside it still stands ("once I had changed the rota, overtime went down"). The ladders of tuning and aside
// rungs are tests/fixtures/claims/action-frames*.jsonl.
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from './outcome-types';
import { benefitMarkerAt, isTroubleWord } from './outcome-scan';
import {
  CLAUSE_END_MARKS,
  COMPARATIVES,
  CONTENT_CLAUSE_VERBS,
  CONTENT_PARTICLES,
  CONTENT_PHRASAL_VERBS,
  FIRST_PERSON,
  LIMIT_BOUNDS,
  NEGATIONS,
  PERSON_PRONOUNS,
} from '../language/lexicon';
import { isPastForm } from '../language/verbs';
import { numberWordValue } from '../quantity/number-words';
import { wordValence } from '../language/word-lists/valence-words';

/** Why a cue tells the act's frame rather than a result. */
export type ActFrame = 'content-clause' | 'setting-clause' | 'function-clause' | 'limit-clause';

/** Question words that open an indirect question ("which checks", "how it saves", "what lowered", "why it helps"). */
const QUESTION_OPENERS = new Set(['which', 'what', 'how', 'why', 'where', 'who']);
/** Time subordinators that set when the main clause happened ("once", "when", "after", "as soon as"). */
const SETTING_OPENERS = new Set(['once', 'when', 'after']);
/** Quantifiers that make the noun after them the unit a thing handles, not a trouble it ends ("every page", "each case"). */
const HANDLED_UNIT_LEADS = new Set(['every', 'each', 'all', 'any']);
/** Pronouns that can open a so-clause as its subject. */
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'this', 'everyone', 'nobody']);
/** How far back from a question word its governing verb may stand ("asked the night nurses which"). */
const GOVERNOR_REACH = 5;

/** The end offset of the clause that starts at word `i`: the next clause mark after it, or the sentence's end. */
function clauseEndAfter(tokens: readonly Token[], word: Token): number {
  for (const t of tokens)
    if (t.start > word.start && t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text)) return t.start;
  return Number.POSITIVE_INFINITY;
}

/**
 * Where the question opened at word `q` ends: its clause mark, "but" or "so", or an "and" that opens a clause with
 * a subject of its own ("… which fixes mattered and the crashes fell"); an "and" before a verb goes on with the
 * writer's act ("… which columns they used and cut the rest"), which tells no result either.
 */
function questionEnd(tokens: readonly Token[], words: readonly Token[], q: number): number {
  const end = clauseEndAfter(tokens, words[q]);
  for (let k = q + 2; k < words.length && words[k].start < end; k++) {
    const l = words[k].lower;
    if (l === 'but' || l === 'so') return words[k].start;
    if (l === 'and' && words[k + 1] !== undefined && !isPastForm(words[k + 1].lower)) return words[k].start;
  }
  return end;
}

/** Is `w` the governing verb of a question word a few words after it: a content verb, or a phrasal one with its particle? */
function governsQuestion(words: readonly Token[], v: number, q: number): boolean {
  const w = words[v];
  if (CONTENT_CLAUSE_VERBS.hasWord(w)) return true;
  if (!CONTENT_PHRASAL_VERBS.hasWord(w)) return false;
  for (let k = v + 1; k < q; k++) if (CONTENT_PARTICLES.has(words[k].lower)) return true;
  return false;
}

/**
 * The spans of indirect questions in the sentence: from a question word to its clause's end, where a content verb
 * governs the question word within a few words before it, with no clause mark between. "Which" right after a noun
 * and before a past form opens a relative clause ("the till, which saved them time", "the rule which prevented
 * falls"), not a question; "that" is left out for the same reason.
 */
function contentClauses(tokens: readonly Token[], words: readonly Token[]): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  for (let q = 1; q < words.length; q++) {
    const lower = words[q].lower;
    if (!QUESTION_OPENERS.has(lower)) continue;
    const prev = words[q - 1];
    // A clause mark right before the question word: a new clause or an aside, not a governed question.
    if (
      tokens.some(
        (t) => t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text) && t.start >= prev.end && t.end <= words[q].start,
      )
    )
      continue;
    if (lower === 'which' && !PERSON_PRONOUNS.has(prev.lower) && isPastForm(words[q + 1]?.lower ?? '')) continue;
    let governed = false;
    for (let v = q - 1; v >= 0 && v >= q - GOVERNOR_REACH; v--) {
      // The governor and its question word stand in one clause.
      if (
        tokens.some(
          (t) =>
            t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text) && t.start >= words[v].end && t.end <= words[q].start,
        )
      )
        break;
      if (governsQuestion(words, v, q)) {
        governed = true;
        break;
      }
    }
    if (governed) spans.push({ start: words[q].start, end: questionEnd(tokens, words, q) });
  }
  return spans;
}

/**
 * The spans of time clauses that set when the writer acted: "once / when / after / as soon as" followed by another
 * party or a passive ("once the posts were approved", "after the client accepted mediation"), up to the clause's
 * mark or the writer's own subject ("… I began the interviews"). Read only where the writer acts outside the clause;
 * a clause the writer is the subject of ("once I had changed the rota") is the writer's act, and left alone.
 */
function settingClauses(tokens: readonly Token[], words: readonly Token[]): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  for (let o = 0; o < words.length; o++) {
    const lower = words[o].lower;
    let first = o + 1;
    if (lower === 'as' && words[o + 1]?.lower === 'soon' && words[o + 2]?.lower === 'as') first = o + 3;
    else if (!SETTING_OPENERS.has(lower)) continue;
    const subject = words[first];
    if (subject === undefined || FIRST_PERSON.has(subject.lower) || subject.lower === 'my' || subject.lower === 'our')
      continue;
    let end = clauseEndAfter(tokens, words[o]);
    for (let k = first + 1; k < words.length && words[k].start < end; k++)
      if (FIRST_PERSON.has(words[k].lower)) {
        end = words[k].start;
        break;
      }
    const writerOutside = words.some((w) => FIRST_PERSON.has(w.lower) && (w.start < words[o].start || w.start >= end));
    if (writerOutside) spans.push({ start: words[o].start, end });
  }
  return spans;
}

/** Does the word at `k` tell a benefit, a trouble, a comparison or a verb's negation, the marks of a result? */
function resultMarkAt(words: readonly Token[], k: number): boolean {
  const l = words[k].lower;
  if (benefitMarkerAt(words as Token[], k) || COMPARATIVES.has(l)) return true;
  if ((wordValence(l) ?? 0) >= 2) return true;
  // "so that files are not lost" denies a happening; "so that they sort by brand and not at the end" only places it.
  if (NEGATIONS.has(l) || l.endsWith("n't")) {
    const next = words[k + 1];
    return next !== undefined && !['at', 'in', 'on', 'by', 'for', 'from', 'to', 'with'].includes(next.lower);
  }
  return l === 'again' || l === 'anymore';
}

/**
 * Is the "so that" cue at `cue` a function clause: no word in its clause tells a benefit, a trouble, a comparison,
 * a good state or a denied happening ("so that pallets are checked at the door", not "so that pallets are checked
 * faster" nor "so that no file goes missing")?
 */
function isFunctionClause(cue: OutcomeCue, tokens: readonly Token[], words: readonly Token[]): boolean {
  if (cue.cue !== 'so') return false;
  const at = words.findIndex((w) => w.start === cue.start);
  if (at < 0 || words[at + 1]?.lower !== 'that') return false;
  const end = clauseEndAfter(tokens, words[at]);
  for (let k = at + 2; k < words.length && words[k].start < end; k++) {
    if (resultMarkAt(words, k)) return false;
    // A trouble as the clause's subject is what the clause changes ("so that missed doses stopped going unnoticed");
    // one named later is what the thing handles ("so that the charge nurse sees every missed dose").
    // A trouble under "every" or "each" is the unit the thing handles ("so that every page is signed").
    // A pronoun subject ("so that it waits for …") names no trouble; the word after it is its verb.
    if (
      k <= at + 4 &&
      !PRONOUN_SUBJECTS.has(words[at + 2].lower) &&
      isTroubleWord(words[k].lower) &&
      !HANDLED_UNIT_LEADS.has(words[k - 1].lower)
    )
      return false;
  }
  return true;
}

/** Is the word a figure: digits or a number word ("40", "three"; "one" after a bound: "more than one in ten")? */
const isFigure = (w: Token | undefined) =>
  w !== undefined && (/\d/.test(w.text) || w.lower === 'one' || numberWordValue(w.lower) !== undefined);

/** Does the word at `k` open a change told in a so-clause: "no longer", "any more", "anymore", "again"? */
function changeMarkAt(words: readonly Token[], k: number): boolean {
  const l = words[k].lower;
  const next = words[k + 1]?.lower;
  return l === 'again' || l === 'anymore' || (l === 'any' && next === 'more') || (l === 'no' && next === 'longer');
}

/**
 * Is the so-clause at `cue` a cap the writer set on the thing made: a negation, then a bound on a figure ("so it
 * could never take more than one position in ten", "so no nurse would work more than three nights", "so drivers
 * would never go over nine hours")? A change told in the clause ("no longer waited more than an hour", "never again")
 * is a result, and so is a bound on no figure ("didn't wait any longer than they had to").
 */
function isCapClause(cue: OutcomeCue, tokens: readonly Token[], words: readonly Token[]): boolean {
  if (cue.cue !== 'so') return false;
  const at = words.findIndex((w) => w.start === cue.start);
  if (at < 0) return false;
  const end = clauseEndAfter(tokens, words[at]);
  let negated = false;
  for (let k = at + 1; k < words.length && words[k].start < end; k++) {
    const l = words[k].lower;
    if (changeMarkAt(words, k)) return false;
    if (NEGATIONS.has(l) || l.endsWith("n't") || l === 'nobody' || l === 'cannot') negated = true;
    else if (negated && (LIMIT_BOUNDS.has(l) || l === 'over'))
      return isFigure(words[k + 1]?.lower === 'than' ? words[k + 2] : words[k + 1]);
  }
  return false;
}

/** A clause's span in the sentence's characters. */
interface ClauseSpan {
  start: number;
  end: number;
}

/**
 * The content and setting clauses of one sentence, found at the first cue that needs them and kept for its other
 * cues: each is a scan of the whole line, the same for every cue of it.
 */
interface SentenceClauses {
  content?: ClauseSpan[];
  setting?: ClauseSpan[];
}

/** Does the cue start strictly inside one of the spans? */
function startsInside(cue: OutcomeCue, spans: readonly ClauseSpan[]): boolean {
  return spans.some((s) => cue.start > s.start && cue.start < s.end);
}

/** actFrameOf, with the sentence's clauses shared by all its cues. */
function frameOf(
  cue: OutcomeCue,
  tokens: readonly Token[],
  words: readonly Token[],
  clauses: SentenceClauses,
): ActFrame | undefined {
  if (cue.cue === 'from-to') return undefined;
  if (startsInside(cue, (clauses.content ??= contentClauses(tokens, words)))) return 'content-clause';
  if (startsInside(cue, (clauses.setting ??= settingClauses(tokens, words)))) return 'setting-clause';
  if (isFunctionClause(cue, tokens, words)) return 'function-clause';
  if (isCapClause(cue, tokens, words)) return 'limit-clause';
  return undefined;
}

/** Why the cue stands in the act's frame of an Action sentence (undefined: it tells a result). */
export function actFrameOf(cue: OutcomeCue, tokens: readonly Token[], words: readonly Token[]): ActFrame | undefined {
  return frameOf(cue, tokens, words, {});
}

/**
 * The outcome cues of an Action sentence that tell a result: every cue but those standing in the act's frame (a
 * content clause, a setting clause, a function clause or a limit clause; see the head of this module).
 */
export function actionResultCues(cues: OutcomeCue[], tokens: readonly Token[], words: readonly Token[]): OutcomeCue[] {
  if (cues.length === 0) return cues;
  const clauses: SentenceClauses = {};
  return cues.filter((c) => frameOf(c, tokens, words, clauses) === undefined);
}
