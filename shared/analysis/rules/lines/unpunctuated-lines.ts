// Texts typed with few or no full stops, one sentence a line: a Slack message, a voice-note transcript, notes in
// lower case ("we had to get p95 under 120ms before the holiday traffic" / "caching would have been quicker …").
// There the writer's line break is the only sentence end, and a lower-case next line is no soft wrap. Read from the
// text's shape alone (how many stops it has for its lines, how full its lines are), never from its words' meaning.

/** A stop that ends a sentence: a terminator (and its closers) before blank space or the end. */
const SENTENCE_STOP = /[.!?…]["'”’)\]]*(?=\s|$)/g;
/** A line with something to read on it. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` has several lines and fewer than one stop for every two of them: its lines, not its stops, end
 * its sentences. Hard-wrapped prose has about a stop a line and stays out; so does a single paragraph.
 */
export function fewStopsForLines(text: string): boolean {
  if (!text.includes('\n')) return false;
  let lines = 0;
  for (const line of text.split('\n')) if (LETTER_OR_DIGIT.test(line)) lines++;
  if (lines < 2) return false;
  SENTENCE_STOP.lastIndex = 0;
  let stops = 0;
  while (SENTENCE_STOP.exec(text) !== null) stops++;
  return stops * 2 < lines;
}

/** A wrap leaves a line at most this far short of its block's widest line. */
const WRAP_SLACK = 12;
/** Editors and hand-wrapping break prose at 72–100 columns: a wider line was never wrapped, nor were short lines. */
const WIDEST_WRAP = 110;
const NARROWEST_WRAP = 60;

/**
 * Whether the line `lineStart`…`end` of a text with few stops (`fewStopsForLines`) could be a wrap of a longer
 * sentence rather than a sentence the writer ended: the block it stands in (lines between blank lines) looks
 * wrapped at a width (its widest line as wide as a wrap and no wider, another of its lines as full), and this line is full,
 * the next line's first word (`nextWord`) would not have fitted on it.
 */
export function fullLineOfWrappedBlock(text: string, lineStart: number, end: number, nextWord: string): boolean {
  const before = text.lastIndexOf('\n\n', lineStart);
  const after = text.indexOf('\n\n', lineStart);
  const lines = text
    .slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after)
    .split('\n')
    .map((line) => line.trimEnd().length);
  const widest = Math.max(...lines);
  if (widest > WIDEST_WRAP || widest < NARROWEST_WRAP) return false;
  if (end - lineStart + 1 + nextWord.length <= widest - WRAP_SLACK) return false;
  // A wrapped block has more than one full line before its last.
  let full = 0;
  for (let k = 0; k < lines.length - 1; k++) if (lines[k] >= widest - WRAP_SLACK) full++;
  return full >= 2;
}

/** A greeting that opens a message on a line of its own ("Hi team,", "hey all,"): up to three words and a comma. */
const GREETING_LINE = /^[ \t]*[\p{L}'’]+(?:[ \t]+[\p{L}'’]+){0,2}[ \t]*,[ \t]*$/u;

/** Whether the line `lineStart`…`end` is the text's first and only a greeting: it ends there, comma or not. */
export function openingGreeting(text: string, lineStart: number, end: number): boolean {
  return text.slice(0, lineStart).trim() === '' && GREETING_LINE.test(text.slice(lineStart, end));
}
