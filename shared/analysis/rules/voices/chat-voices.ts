// Whose lines of a pasted chat are the writer's. A story or a résumé line may be a chat export ("[09:30]
// Kwame Asante: found the flue sensor cracked, swapped it from van stock"): the lines of ONE speaker are the
// writer's account, the others' lines are what other people said (RUBRIC.md: what other people did is no claim
// of the writer's). Which speaker is the writer is decided by the text's structure, never by a list of names:
//   1. a label the export gives its owner ("Me:", "You:") is the writer, every named speaker another;
//   2. a text that tells the writer's acts outside the chat lines ("My lead posted this: … I rebuilt the rota")
//      is the narrator's: every named speaker is another;
//   3. else the writer is the speaker whose lines tell the speaker's own acts most often, more often than any
//      other speaker; a lone line that tells an act is its speaker's account. Two speakers with as many act
//      lines each leave no writer: nobody's line is read (precision first).
// A message tells its speaker's own act (WHO by grammar, not by words seen) when one of its clauses — the
// pieces between commas, semicolons, dashes and full stops — has the speaker as its omitted subject: it opens
// with a past verb ("checked them, broke the ice"), or "I"/"we" stand before one, or it reports a thing done
// to by a participle with no "be" and no agent ("kitchen at Elm Rd done", "east row pruned", "tiles up and
// grouted"). What opens a clause before its verb is read past by its role, not by a list of words: a lead
// segment of one or two words with no verb, closed by a comma or a dash ("ok so,", "morning all,", "right —",
// "cheers —": an interjection, a greeting or a vocative), and the adverbs and joiners a note puts before its
// verb ("also", "then", "and"). A participle that tells a trouble or a feeling ("van broken", "customer
// pleased") is no thing done (its valence says so), and a question or a message of no clause with a past
// verb tells none.
// The writer's lines are read by their message alone, stamp and name put aside, as if typed without them.
import { tokenize, type Token } from '../language/tokenize';
import { chatLine } from '../lines/line-voice';
import { isParticiple, isPastForm } from '../language/verbs';
import { wordSet } from '../language/word-lists/lemma-set';
import { wordValence } from '../language/word-lists/valence-words';
import { AUXILIARIES, MODAL_VERBS } from '../language/lexicon';
import { isWorkVerb } from '../language/work-verbs';
import { isPartyWord } from './party-kinds';
import { WEEKDAY_NAMES, isMonthWord } from '../language/word-lists/calendar-words';

/** One chat line of a text and whose it is. */
export interface ChatLineVoice {
  /** Offset of the line's first character in the text. */
  readonly lineStart: number;
  /** Offset in the text where the line's message starts, after its stamp and speaker. */
  readonly bodyStart: number;
  /** The line is the writer's own message. */
  readonly own: boolean;
}

/** The writer as a subject of their own act. */
const WRITER_SUBJECTS = wordSet('chat-writer-subjects', ['i', 'we']);

/** Past forms that are no act of the speaker's: a be-form or "had" ("was a long day", "had a call"). */
const NOT_ACTS = wordSet('chat-not-acts', ['was', 'were', 'been', 'had', 'felt', 'thought', 'said', 'told']);

/** Helpers of a perfect before a participle: "have filed the defence", "I've moved it". */
const PERFECT_HELPERS = wordSet('chat-perfect-helpers', ['have', 'has', "i've", 'ive', "we've"]);

/** Adverbs and joiners that may stand before the writer's verb: "I also redid", "then moved", "and sealed". */
const BETWEEN_WORDS = wordSet('chat-between-words', ['also', 'then', 'just', 'finally', 'already', 'actually', 'and']);

/** Marks that close a clause of a message: "kitchen done, tiles up", "rang them; booked it", "right — swapped". */
const CLAUSE_MARKS = new Set([',', ';', '.', '—', '–', '!', ':']);

/** The most words a lead segment holds ("ok so,", "morning all,"): more is a clause of its own. */
const MAX_LEAD_WORDS = 2;

/** The most clauses of a message read, and the most words of a noun phrase before a done-report's participle. */
const MAX_CLAUSES = 8;
const MAX_REPORT_SUBJECT = 6;

/** A past act at `k`: a past form that is no be-form, or a perfect's helper before a participle. */
function pastActAt(words: readonly Token[], k: number): boolean {
  const w = words[k]?.lower;
  if (w === undefined || !/^[a-z']+$/.test(w)) return false;
  if (PERFECT_HELPERS.has(w)) return isParticiple(words[k + 1]?.lower ?? '');
  return isPastForm(w) && !NOT_ACTS.has(w);
}

/** A verb form that makes a clause finite: an auxiliary, a modal or a past form ("is", "will", "went"). */
function isFiniteWord(w: string): boolean {
  return AUXILIARIES.has(w) || MODAL_VERBS.has(w) || /['’](?:s|re|ll|m|d)$/.test(w) || isPastForm(w);
}

/**
 * Words that open a question typed without its mark ("how did the boxes go", "did you ring them"): a wh-word
 * or a helper before its subject. A closed class of grammar, not a list of topics.
 */
const QUESTION_OPENERS = wordSet('chat-question-openers', [
  'how',
  'what',
  'why',
  'where',
  'when',
  'who',
  'which',
  'did',
  'do',
  'does',
  'can',
  'could',
  'shall',
  'should',
]);

/** Participles that end in neither "-ed" nor a listed past: "done" ("job done"), "redone". */
const BARE_PARTICIPLES = wordSet('chat-bare-participles', ['done', 'redone']);

/**
 * A participle as a done-report reads it: a past form ("fitted", "pruned", "sewn" is a listed past), "done", or
 * an "-en" form of a verb of work ("written", "taken"); "kitchen" and "children" end in "-en" too.
 */
function isReportParticiple(w: string): boolean {
  return isPastForm(w) || BARE_PARTICIPLES.has(w) || (isParticiple(w) && isWorkVerb(w));
}

/**
 * Does the clause (its words) report a thing done to, with no "be" and no agent: a noun phrase of one to six
 * words, then a participle as the clause's predicate ("kitchen at Elm Rd done", "east row pruned before the
 * rain", "float sorted", "both radiators fitted")? A thing's trouble ("van broken down", "job cancelled": a
 * negative valence) and a person's feeling or treatment ("customer pleased", "kids thanked": a person noun
 * before it) are no work done.
 */
function reportsDone(words: readonly Token[]): boolean {
  for (let k = 1; k < words.length && k <= MAX_REPORT_SUBJECT; k++) {
    const w = words[k].lower;
    if (isPartyWord(words[k - 1].lower) || WRITER_SUBJECTS.has(words[k - 1].lower)) return false;
    if (!isReportParticiple(w)) {
      if (isFiniteWord(w) || words[k].kind !== 'word') return false;
      continue;
    }
    if (NOT_ACTS.has(w) || words[k + 1]?.lower === 'by' || arrangedForLater(words, k + 1)) return false;
    return (wordValence(w) ?? 0) >= 0;
  }
  return false;
}

/** Words after "for" that name a later time: "booked for Friday", "scheduled for next week", "for tomorrow". */
const LATER_WORDS = wordSet('chat-later-words', ['tomorrow', 'next', 'tonight', 'later']);

/**
 * Does a later time follow at `k` ("pour booked for Friday", "scheduled for next week")? A thing arranged for
 * later is a plan, not work done.
 */
function arrangedForLater(words: readonly Token[], k: number): boolean {
  if (words[k]?.lower !== 'for') return false;
  const when = words[k + 1]?.lower ?? '';
  return WEEKDAY_NAMES.has(when) || isMonthWord(when) || LATER_WORDS.has(when);
}

/** Subjects after a question's opener: "can u check labels", "did you ring them". */
const ASKED_SUBJECTS = wordSet('chat-asked-subjects', ['you', 'u', 'we', 'i', 'he', 'she', 'they', 'it', 'anyone']);

/**
 * The clauses of a message as runs of word and number tokens, split at the marks that close a clause, the
 * first clause dropped when it is a lead segment (one or two words, no verb: "ok so", "morning all").
 */
function messageClauses(message: string): Token[][] {
  const clauses: Token[][] = [[]];
  for (const t of tokenize(message)) {
    if (t.kind === 'symbol' && CLAUSE_MARKS.has(t.text)) {
      if (clauses[clauses.length - 1].length > 0) {
        if (clauses.length >= MAX_CLAUSES) break;
        clauses.push([]);
      }
    } else if (t.kind === 'word' || t.kind === 'number') clauses[clauses.length - 1].push(t);
  }
  const first = clauses[0];
  if (clauses.length > 1 && first.length <= MAX_LEAD_WORDS && !first.some((t) => isFiniteWord(t.lower)))
    clauses.shift();
  return clauses.filter((c) => c.length > 0);
}

/**
 * Does the message tell its speaker's own act (see the module comment): a clause opening with a past verb, its
 * adverbs read past ("also broke down the pork loins"), "I"/"we" or a perfect before one, or a thing reported
 * done ("school job done and signed off")? A question tells none. The analyzer asks it again of each sentence
 * of the writer's own line: one that tells the act is the writer's claim, however briefly it is put.
 */
export function tellsOwnAct(message: string): boolean {
  if (message.includes('?')) return false;
  const clauses = messageClauses(message);
  if (QUESTION_OPENERS.has(clauses[0]?.[0]?.lower ?? '')) return false;
  // A question typed without its mark in a later clause ("…, can u check labels") asks the reader: the line
  // speaks to the writer, so it is no account of the writer's.
  if (clauses.some((c) => QUESTION_OPENERS.has(c[0]?.lower ?? '') && ASKED_SUBJECTS.has(c[1]?.lower ?? '')))
    return false;
  for (const words of clauses) {
    let v = 0;
    while (v < words.length && BETWEEN_WORDS.has(words[v].lower)) v++;
    if (pastActAt(words, v) || reportsDone(words.slice(v))) return true;
  }
  const words = tokenize(message).filter((t) => t.kind === 'word');
  for (let k = 0; k < words.length - 1; k++) {
    if (!WRITER_SUBJECTS.has(words[k].lower) && !PERFECT_HELPERS.has(words[k].lower)) continue;
    if (PERFECT_HELPERS.has(words[k].lower)) {
      if (pastActAt(words, k)) return true;
      continue;
    }
    let v = k + 1;
    while (v < words.length && BETWEEN_WORDS.has(words[v].lower)) v++;
    if (pastActAt(words, v)) return true;
  }
  return false;
}

/** A narrated line tells the writer's act: "I"/"we" before a past verb ("I rebuilt the rota after that week"). */
function narratesOwnAct(line: string): boolean {
  const words = tokenize(line).filter((t) => t.kind === 'word');
  for (let k = 0; k < words.length - 1; k++) {
    if (!WRITER_SUBJECTS.has(words[k].lower)) continue;
    let v = k + 1;
    while (v < words.length && BETWEEN_WORDS.has(words[v].lower)) v++;
    if (pastActAt(words, v)) return true;
  }
  return false;
}

/**
 * The chat lines of `text` in order, each with whether it is the writer's own (see the module comment). Empty
 * when no line of the text is a chat line.
 */
export function chatLineVoices(text: string): ChatLineVoice[] {
  const lines: { lineStart: number; bodyStart: number; speaker: string; writerLabel: boolean; acts: boolean }[] = [];
  let narratorActs = false;
  for (let lineStart = 0; lineStart <= text.length;) {
    const end = text.indexOf('\n', lineStart);
    const lineEnd = end < 0 ? text.length : end;
    const line = text.slice(lineStart, lineEnd);
    const chat = chatLine(line);
    if (chat !== undefined) {
      const message = line.slice(chat.bodyStart);
      lines.push({ ...chat, lineStart, bodyStart: lineStart + chat.bodyStart, acts: tellsOwnAct(message) });
    } else if (!narratorActs && line.trim() !== '') narratorActs = narratesOwnAct(line);
    lineStart = lineEnd + 1;
  }
  if (lines.length === 0) return [];
  let writer: string | undefined;
  if (lines.some((l) => l.writerLabel)) writer = undefined;
  else if (!narratorActs) {
    const acts = new Map<string, number>();
    for (const l of lines) if (l.acts) acts.set(l.speaker, (acts.get(l.speaker) ?? 0) + 1);
    const ranked = [...acts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) writer = ranked[0][0];
  }
  return lines.map((l) => ({
    lineStart: l.lineStart,
    bodyStart: l.bodyStart,
    own: l.writerLabel || l.speaker === writer,
  }));
}
