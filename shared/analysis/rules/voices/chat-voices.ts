// Whose lines of a pasted chat are the writer's. A story or a résumé line may be a chat export ("[09:30]
// Kwame Asante: found the flue sensor cracked, swapped it from van stock"): the lines of ONE speaker are the
// writer's account, the others' lines are what other people said (RUBRIC.md: what other people did is no claim
// of the writer's). Which speaker is the writer is decided by the text's structure, never by a list of names:
//   1. a label the export gives its owner ("Me:", "You:") is the writer, every named speaker another;
//   2. a text that tells the writer's acts outside the chat lines ("My lead posted this: … I rebuilt the rota")
//      is the narrator's: every named speaker is another;
//   3. else the writer is the speaker whose lines tell the speaker's own acts most often (a message that opens
//      with a past verb, "checked them, broke the ice", or "I"/"we" before a past verb), more often than any
//      other speaker; a lone line that tells an act is its speaker's account. Two speakers with as many act
//      lines each leave no writer: nobody's line is read (precision first).
// The writer's lines are read by their message alone, stamp and name put aside, as if typed without them.
import { tokenize, type Token } from '../language/tokenize';
import { chatLine } from '../lines/line-voice';
import { isParticiple, isPastForm } from '../language/verbs';
import { wordSet } from '../language/word-lists/lemma-set';

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

/** Adverbs that may stand between the writer and their verb: "I also redid", "we then moved". */
const BETWEEN_WORDS = wordSet('chat-between-words', ['also', 'then', 'just', 'finally', 'already', 'actually']);

/** A past act at `k`: a past form that is no be-form, or a perfect's helper before a participle. */
function pastActAt(words: readonly Token[], k: number): boolean {
  const w = words[k]?.lower;
  if (w === undefined || !/^[a-z']+$/.test(w)) return false;
  if (PERFECT_HELPERS.has(w)) return isParticiple(words[k + 1]?.lower ?? '');
  return isPastForm(w) && !NOT_ACTS.has(w);
}

/**
 * Does the message tell its speaker's own past act: it opens with a past verb ("checked them", "have filed
 * defence"), or "I"/"we" stand before one ("I also got the client to sign")? A question tells none.
 */
function tellsOwnAct(message: string): boolean {
  if (message.includes('?')) return false;
  const words = tokenize(message).filter((t) => t.kind === 'word');
  if (pastActAt(words, 0)) return true;
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
