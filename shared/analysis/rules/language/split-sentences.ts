// Sentence splitting for story prose and resume bullets. One linear pass over the characters.
// A period ends a sentence only when it is followed by space and a likely sentence start, and the
// word before it is not an abbreviation ("Dr.", "e.g.", "U.S.", "Dec."). Decimals, versions and
// URLs never split because their dots are not followed by space. Line breaks split bullets and
// lines, but not a soft-wrapped line whose next line continues in lower case (unless asked to read
// note lines: then a line the writer ended short of the wrap width ends its sentence, see NoteLines).

import { AMBIGUOUS_PAST, isPastForm } from './verbs';
import { LINE_RUN_ON_WORDS, MONTH_ABBREVIATIONS } from './lexicon';
import { lineMarkupLength, listMarkerLength } from '../lines/line-markup';
import { fewStopsForLines, fullLineOfWrappedBlock, openingGreeting } from '../lines/unpunctuated-lines';
import { CLOCK_SUFFIXES, capitalOpensClause, clauseEndsAtShortForm } from './short-form-stops';

export interface SentenceSpan {
  start: number;
  end: number;
}

// Abbreviations after which a period does not end the sentence (compared lower-case, without the dot).
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'appx',
  'apx',
  'abt',
  'ca',
  // "circ. 18,000": a newspaper's circulation.
  'circ',
  // "14 mil. EUR", "2,5 Mio. €", "3 Mrd. Euro": a magnitude written short (number-typography.ts).
  'mil',
  'mio',
  'mrd',
  'est',
  'u.s',
  'u.k',
  'u.s.a',
  'e.u',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'nos',
  'fig',
  'dept',
  'mt',
  'ft',
  'vol',
  ...MONTH_ABBREVIATIONS,
  'resp',
  'incl',
  'min',
  'max',
  'avg',
  'ph.d',
  'm.sc',
  'b.sc',
  'a.m',
  'p.m',
  'etc',
]);
// Abbreviations that also commonly end a sentence: a capital letter after them starts a new one.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'al']);
// Units of measure written short. After a number they end a measurement, and a sentence may end with it: "in under
// 50 ms. Ops complained" is two sentences, as "under 50 milliseconds. Ops complained" is; without a number before
// them they are titles or words of their own ("Ms. Okafor", "min. 3 per shift") and stay abbreviations.
const UNIT_ABBREVIATIONS = new Set(['ms', 'min', 'mins', 'sec', 'secs', 'hr', 'hrs', 'ft', 'yr', 'yrs', 'wk', 'wks']);

/** Whether the word ending at `end` is a unit written short right after a number ("50 ms", "3 hrs", "10min"). */
function unitAfterNumber(text: string, end: number, word: string): boolean {
  if (!UNIT_ABBREVIATIONS.has(word)) return false;
  return /\d[ \t\u00a0\u202f]?$/.test(text.slice(Math.max(0, end - word.length - 3), end - word.length));
}

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’)]}*_`»';
// Characters skipped when looking at how the next line or sentence starts (quotes, markup, brackets).
const OPENERS = '"\'“‘([{*_`«>#';

function isSpace(c: number): boolean {
  // space, tab, CR, form feed, vertical tab, NBSP, other Unicode spaces (line feed handled apart)
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000 ||
    c === 0x202f
  );
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** The word (letters, digits, inner dots) that ends just before index `end`, lower-cased. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 12) {
    const ch = text[i - 1];
    if (ch === '.' || isLetterOrDigit(ch)) i--;
    else break;
  }
  return text.slice(i, end).toLowerCase();
}

/** First character that starts the text after `from` on the same line, skipping spaces and markup. */
function nextStart(text: string, from: number): { ch: string; at: number } {
  let i = from;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || OPENERS.includes(text[i]))) i++;
  return { ch: i < text.length ? text[i] : '', at: i };
}

/** Whether only blank space stands between index `i` and the start of its line. */
function atLineStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * Adds text[s, e) to `spans`, trimmed of whitespace, the markup its line opens with (a bullet, "\item",
 * "- [x]", "> ", an emoji, "<li>": line-markup.ts) and the closing tags it ends with ("</li>"), when it
 * holds a letter or digit. On a Markdown table row each cell is a span of its own (onTableRow).
 */
function pushSegment(text: string, spans: SentenceSpan[], s: number, e: number): void {
  while (s < e && (isSpace(text.charCodeAt(s)) || text[s] === '\n')) s++;
  // A line's markup where a line starts; inside a line only a list marker ("… done. 2) Wrote …").
  const b = atLineStart(text, s) ? lineMarkupLength(text, s, e) : listMarkerLength(text, s, e);
  if (b > 0) {
    s += b;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  // Most segments hold no pipe and are one span.
  const pipe = pipeFrom(text, s);
  if (pipe >= e || !onTableRow(text, s)) {
    pushCell(text, spans, s, e);
    return;
  }
  for (let k = pipe; k >= 0 && k < e; k = text.indexOf('|', k + 1)) {
    if (text[k - 1] === '\\') continue; // an escaped pipe is the cell's text
    pushCell(text, spans, s, k);
    s = k + 1;
  }
  pushCell(text, spans, s, e);
}

// The last pipe search: from where in which text, and the first pipe found at or after it (Infinity: none).
let pipeText = '';
let pipeSearchFrom = 0;
let pipeFound = Infinity;

/**
 * The index of the first "|" at or after `s` in `text` (Infinity when there is none). A text's segments
 * are read in order, so one search serves every segment up to the pipe it found.
 */
function pipeFrom(text: string, s: number): number {
  if (text !== pipeText || s < pipeSearchFrom || s > pipeFound) {
    const found = text.indexOf('|', s);
    pipeText = text;
    pipeSearchFrom = s;
    pipeFound = found < 0 ? Infinity : found;
  }
  return pipeFound;
}

/** How far back a table row's opening pipe is looked for: a row is one line, rarely this long. */
const TABLE_ROW_REACH = 2000;

/**
 * Whether `s` stands on a Markdown table row ("| 2021–now | Lead engineer | Owns the billing stack (40
 * services) |": the line, past its indent, opens with a pipe). A row's cells are a date, a title, a place
 * and a line of text: fragments, each read alone, so each is its own span (pushSegment).
 */
function onTableRow(text: string, s: number): boolean {
  let lineStart = s;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (s - lineStart > TABLE_ROW_REACH) return false;
    lineStart--;
  }
  while (lineStart < s && isSpace(text.charCodeAt(lineStart))) lineStart++;
  return text[lineStart] === '|';
}

// A closing HTML tag, typed or escaped, at the end of a span: "…first replies</li>", "…&lt;/li&gt;".
const CLOSING_TAG_AT_END = /(?:<\/[a-zA-Z][a-zA-Z0-9]*>|&lt;\/[a-zA-Z][a-zA-Z0-9]*&gt;)$/;

/** Adds text[s, e) to `spans`, trimmed of blank space and closing tags, when it holds a letter or digit. */
function pushCell(text: string, spans: SentenceSpan[], s: number, e: number): void {
  for (;;) {
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || text[e - 1] === '\n')) e--;
    const last = text[e - 1];
    const tag = last === '>' || last === ';' ? CLOSING_TAG_AT_END.exec(text.slice(Math.max(s, e - 40), e)) : null;
    if (tag === null) break;
    e -= tag[0].length;
  }
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  for (let k = s; k < e; k++) {
    const code = text.charCodeAt(k);
    if (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code > 127 && isLetterOrDigit(text[k]))
    ) {
      spans.push({ start: s, end: e });
      return;
    }
  }
}

// The characters that can end a sentence or a line (a regex scan is faster than a loop over char codes).
const BREAK_CANDIDATE = /[\n.!?\u2026]/g;

/**
 * Whether the sentence running from `start` to the full stop at `dot` was typed without capitals: it
 * opens in lower case, and the word before the stop is a whole word of two characters or more, not
 * an abbreviation ("e.g.", "approx.", "hrs.") or an initial.
 */
function typedWithoutCapitals(text: string, start: number, dot: number): boolean {
  let s = start;
  while (s < dot && !isLetterOrDigit(text[s])) s++;
  if (s >= dot || !isLower(text[s])) return false;
  const w = wordBefore(text, dot);
  return w.length >= 2 && !w.includes('.') && !ABBREVIATIONS.has(w) && !NOTE_ABBREVIATIONS.has(w);
}

/**
 * Whether a full stop at `dot` ends a sentence that the next one carries on in lower case, in a text that
 * has capitals elsewhere: brag documents and chat notes start a clause without its capital ("… (new
 * pricing page). churn down 4% by June"). Read by shape: the stop follows a whole word
 * of three letters or more with a vowel (an abbreviation is short, or all consonants: "approx.", "mgmt.",
 * "hrs.", and the lists above) or a closing bracket, and at least two words follow it before any
 * further stop, so "… incl. tax" or "… vs. last year" never split, nor a single trailing word.
 */
function lowerCaseClauseAfterStop(text: string, dot: number, after: number): boolean {
  const before = text[dot - 1];
  if (before !== ')' && before !== ']') {
    const w = wordBefore(text, dot);
    if (w.length < 3 || w.includes('.') || !/[aeiouy]/.test(w) || /\d/.test(w)) return false;
    if (ABBREVIATIONS.has(w) || NOTE_ABBREVIATIONS.has(w)) return false;
  }
  const { at } = nextStart(text, after);
  const first = /^\p{Ll}[\p{L}'’-]*/u.exec(text.slice(at, at + 40));
  if (first === null || first[0].length < 2) return false;
  // A clause: another word follows on the same line.
  return /^[ \t]+[\p{L}\p{N}~≈<>+\-−$£€]/u.test(text.slice(at + first[0].length, at + first[0].length + 4));
}

/** Short forms typed in notes ("2 hrs. total"): a full stop after them does not end a lower-case note. */
const NOTE_ABBREVIATIONS = new Set([
  'hr',
  'hrs',
  'mins',
  'sec',
  'secs',
  'yr',
  'yrs',
  'wk',
  'wks',
  'mo',
  'mos',
  'mgr',
  'approx',
  'appt',
  'govt',
  'dept',
  'eng',
  'dev',
  'esp',
  'misc',
  'prev',
  'ref',
  'orig',
  'ext',
]);

/** Blocks whose widest line reaches this width are wrapped prose, not notes (see NoteLines). */
const WRAPPED_PROSE_WIDTH = 70;

/**
 * Line breaks before a lower-case line: a soft wrap of one sentence, or a writer's own break between
 * notes ("no lost pallets since the scan\nreceiving trusts the system again")? Read from the lines'
 * shape, never their words' meaning: a wrapped line is full, so the next line's first word would not
 * have fitted on it within the widest line of its block; a line that stops short of that width, and does
 * not end on a word that runs on ("and", "the", "to"), was ended by the writer. An indented next line
 * continues the one above it (a bullet's hanging indent).
 */
class NoteLines {
  constructor(private readonly text: string) {}

  /** Whether the break at `lineFeed` (the next line's text at `next`) is the writer's own. */
  deliberate(lineFeed: number, next: number): boolean {
    const { text } = this;
    if (next > lineFeed + 1) return false;
    // The whole physical line, whatever sentence it opened with: a wrap is a matter of width.
    const lineStart = text.lastIndexOf('\n', lineFeed - 1) + 1;
    let end = lineFeed;
    while (end > lineStart && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === lineStart) return false;
    const last = wordBefore(text, end);
    if (last === '' || LINE_RUN_ON_WORDS.has(last) || !isLetterOrDigit(text[end - 1])) return false;
    const nextWord = wordAt(text, next);
    // Prose wrapped by hand or by an editor (72–100 columns, markup counted or not) stops a few
    // characters short of its widest line; notes are far shorter than such a width.
    const widest = widestLineInBlock(text, lineStart);
    const slack = widest >= WRAPPED_PROSE_WIDTH ? WRAP_SLACK : 0;
    if (end - lineStart + 1 + nextWord.length <= widest - slack) return true;
    // Notes in a row that each open with the writer's past verb ("profiled the slowest stages …" /
    // "added a remote build cache …") are steps, however long the first one runs.
    return isPastVerb(nextWord) && isPastVerb(wordAt(text, noteStart(text, lineStart, end)));
  }
}

/** How far short of its block's widest line a wrapped line may stop (the next word was longer than the gap). */
const WRAP_SLACK = 8;

/** The widest line of the block (lines between blank lines) the line at `at` belongs to: one wrap width. */
function widestLineInBlock(text: string, at: number): number {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  let widest = 0;
  for (const line of text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after).split('\n'))
    widest = Math.max(widest, line.trimEnd().length);
  return widest;
}

/** The run of non-space characters at `at`, lower-cased. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text[end] !== '\n') end++;
  return text.slice(at, end).toLowerCase();
}

/** Where a line's own words start, past its indent, its markup (a bullet) and a short label ("A: ", "r - "). */
function noteStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  i += lineMarkupLength(text, i, end);
  const label = /^[A-Za-z]{1,3}[ \t]*[:\-–][ \t]+/.exec(text.slice(i, Math.min(end, i + 8)));
  if (label) i += label[0].length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

const isPastVerb = (word: string) => AMBIGUOUS_PAST.has(word) || isPastForm(word);

// A citation's author list: names with initials ("R. Okafor", "R.J. Okafor", "Okafor, R.", "Okafor R"), joined
// by commas, "and" or "&", maybe closed by "et al." and a year in brackets.
const INITIALS = String.raw`(?:\p{Lu}\.[ \t]?){1,3}`;
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const AUTHOR = String.raw`(?:${INITIALS}[ \t]*${SURNAME}|${SURNAME},?[ \t]+${INITIALS}|${SURNAME}[ \t]+\p{Lu}{1,2}\b)`;
const JOIN = String.raw`(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+)`;
/**
 * A line that opens with a citation: an author list, a stop, and then the title (quoted or capitalised), with a
 * year somewhere on the line ("R. Okafor, T. Brandt. "Calibrated abstention …" ML4H Workshop, 2022."). It is one
 * entry, like a thesis title: its stops after the authors and the title end no sentence.
 */
const CITATION_LINE = new RegExp(
  String.raw`^(?=[^\n]*\b(?:19|20)\d{2}\b)[ \t]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?${AUTHOR}(?:${JOIN}${AUTHOR})*(?:,?[ \t]+et[ \t]+al\.?)?[ \t]*\.?[ \t]*(\(\d{4}\)\.?)?[ \t]*(["“'‘])?\p{Lu}`,
  'u',
);

const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b/;

/** The end of the line opening at `start` when that line is a citation (CITATION_LINE), else -1. */
function citationLineEnd(text: string, start: number): number {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  // A citation is one line of modest length; a longer one is prose.
  if (end - start > 400) return -1;
  const line = text.slice(start, end);
  const m = CITATION_LINE.exec(line);
  if (!m) return -1;
  // A title in quotes or after a bracketed year is a citation's; otherwise the line must tell no act of the
  // writer's ("P. Ortiz, K. Wu. We shipped it in 2023." is a sign-off and a sentence).
  return m[1] !== undefined || m[2] !== undefined || !FIRST_PERSON.test(line) ? end : -1;
}

/**
 * Where the number of an inline list item starts when the full stop at `dot` closes one ("1. Designed the
 * feature store 2. Reduced training time by 30% 3. Onboarded 5 teams"), else -1. A number of one or two
 * digits after a space is an item number only when the item before it, numbered one less, opened on the same
 * line: the number belongs to the item it opens, so the cut goes before it, never after it ("… store 2."). The
 * first item's "1." after a lead-in is one when a "2." follows it on the line.
 */
function inlineItemNumberStart(text: string, dot: number): number {
  let k = dot;
  while (k > 0 && dot - k < 2 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) k--;
  if (k === dot || k === 0 || !isSpace(text.charCodeAt(k - 1))) return -1;
  const n = Number(text.slice(k, dot));
  if (n === 1) {
    // The first item, after a lead-in ("Steps: 1. Triage the backlog 2. Fix …"): the second follows on its line.
    if (!/^[ \t]+\p{L}/u.test(text.slice(dot + 1, dot + 4))) return -1;
    const lineEnd = text.indexOf('\n', dot);
    return /\s2\.[ \t]+\p{L}/u.test(text.slice(dot, lineEnd < 0 ? text.length : lineEnd)) ? k : -1;
  }
  const lineStart = text.lastIndexOf('\n', k - 1) + 1;
  const previous = new RegExp(String.raw`(?:^|[\s(])${n - 1}[.)][ \t]+\S`);
  return previous.test(text.slice(lineStart, k)) ? k : -1;
}

/** The shortest line read as wrapped by width: résumé lines and headings that end on "and" are shorter. */
const MIN_WRAPPED_LINE = 40;
/**
 * Words no sentence or note ends on, even in notes typed without stops: articles,
 * possessives, conjunctions and prepositions that always take an object. "came in", "signed off on", "all of
 * that" end notes, so the particles and pronouns of LINE_RUN_ON_WORDS are not here.
 */
const NEVER_FINAL_WORDS = new Set(
  'the a an my our their your its and or but nor because whether if than of to from into onto via with for per between'.split(
    ' ',
  ),
);
// A label opening the next line ("A - on day three …", "R: drafts …"): the line starts a part of its own.
const LINE_LABEL = /^[A-Za-z]{1,3}[ \t]*[:\-–—]/;

/**
 * Whether the line ending at `end` (its line feed at `lineFeed`, the next line's text at `next`) was wrapped
 * mid-sentence, whatever case the next line opens in: it ends on a word no sentence ends on ("… from the old
 * cron host to" / "Kubernetes, and …") and is full, the next line's first word would not have fitted on it
 * within its block's widest line. Hard-wrapped prose (Markdown files, pasted PDFs) breaks before names, "I"
 * and months as often as before lower-case words; notes stop short of the width, and a next line that opens
 * with a label starts a part of its own.
 */
function wrappedBeforeCapital(text: string, lineFeed: number, end: number, next: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineFeed - 1) + 1;
  const width = end - lineStart;
  if (width < MIN_WRAPPED_LINE || !isLetterOrDigit(text[end - 1] ?? '')) return false;
  if (!NEVER_FINAL_WORDS.has(wordBefore(text, end)) || LINE_LABEL.test(text.slice(next, next + 5))) return false;
  return width + 1 + wordAt(text, next).length > widestLineInBlock(text, lineStart) - WRAP_SLACK;
}

/**
 * Whether the word `w` before the full stop at `dot` is a word written short that a figure follows ("c. 38,000",
 * "p. 12", "nr. 3", "pg. 4"): a lower-case "c" or "p" (circa, page), or a word of two to four letters with no
 * vowel, not in capitals ("Nr", "pg"; "GCP. 3 weeks later" ends a sentence). No English word a sentence ends
 * on is spelled so.
 */
function shortFormBeforeFigure(text: string, dot: number, w: string): boolean {
  if (w.length === 1) return text[dot - 1] === 'c' || text[dot - 1] === 'p';
  if (w.length > 4 || !/^[a-z]+$/.test(w) || /[aeiouy]/.test(w)) return false;
  return isLower(text[dot - 1]);
}

/** Characters a line that runs on to the next ends with ("…, and the" is a word: NEVER_FINAL_WORDS). */
const RUN_ON_ENDS = ',—–(-/&+:';

/**
 * Whether, in a text with few stops for its lines (`fewStopsForLines`), the writer ended the line ending at `end`
 * (its line feed at `lineFeed`, the next line's text at `next`): the next line is not indented under it, the line
 * does not end on a word or mark that runs on ("… to", "…,") unless it is an opening greeting ("Hi team,"), and it
 * is not a full line of a block wrapped at a width.
 */
function lineEndedByWriter(text: string, lineFeed: number, end: number, next: number): boolean {
  if (next > lineFeed + 1 || end === 0) return false;
  const lineStart = text.lastIndexOf('\n', lineFeed - 1) + 1;
  if (RUN_ON_ENDS.includes(text[end - 1])) return text[end - 1] === ',' && openingGreeting(text, lineStart, end);
  if (NEVER_FINAL_WORDS.has(wordBefore(text, end))) return false;
  return !fullLineOfWrappedBlock(text, lineStart, end, wordAt(text, next));
}

/** How a text is cut into sentences beyond the defaults. */
export interface SplitOptions {
  /**
   * End a note typed without capitals at a full stop after a whole word ("new starters have everything on
   * day one. hiring managers are happy"). Asked for in a Result, where such notes list one outcome per
   * stop; elsewhere a lower-case "did x. then y" stays one step.
   */
  lowerCaseNoteStops?: boolean;
  /**
   * End a line before a lower-case line when the writer ended it, not the wrap (NoteLines): notes typed
   * one to a line ("no lost pallets since the scan" / "receiving trusts the system again"). Asked for by
   * the claim analyzer and the story segmenter; the signal sets are labeled on the default cut.
   */
  noteLines?: boolean;
  /**
   * End a sentence at a full stop before a lower-case clause in a text with capitals (brag documents, chat
   * notes: "… (new pricing page). churn down 4% by June"; lowerCaseClauseAfterStop). Asked
   * for by the claim analyzer; the signal sets are labeled on the default cut.
   */
  lowerCaseClauseStops?: boolean;
  /**
   * In a text with fewer than one stop for every two lines (a Slack message, a transcript, one sentence a line),
   * end a line before a lower-case line unless it runs on or is a full line of a wrapped block
   * (lineEndedByWriter).
   */
  unpunctuatedLines?: boolean;
}

/** Cuts a text into sentence spans at terminators, blank lines and bullets (see the module comment). */
export function splitSentences(text: string, options: SplitOptions = {}): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  // Notes typed without capitals anywhere a sentence or a line could start.
  const lowerCaseNotes = options.lowerCaseNoteStops === true && !/(?:^|[.!?]\s+|\n[\s\-*•]*)[A-Z]/.test(text);
  let segStart = 0;
  let i = 0;
  let lines: NoteLines | undefined;
  // Whether lines, not stops, end this text's sentences: read at the first lower-case line that asks.
  let unpunctuated: boolean | undefined;
  // The end of a citation line the scan is in, and the segment start last looked at for one.
  let citationEnd = -1;
  let citationChecked = -1;
  while (i < n) {
    // Only line feeds and terminators (. ! ? …) can end a sentence: jump to the next one.
    // test() moves lastIndex as exec() does without building a match array: this runs once per break candidate.
    BREAK_CANDIDATE.lastIndex = i;
    if (!BREAK_CANDIDATE.test(text)) break;
    i = BREAK_CANDIDATE.lastIndex - 1;
    const ch = text[i];
    if (ch === '\n') {
      // Look at the next line: blank line or bullet → split; lower-case continuation → soft wrap.
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      const blank = j >= n || text[j] === '\n';
      const bullet = !blank && listMarkerLength(text, j) > 0;
      let split = blank || bullet;
      if (!split) {
        const { ch: first } = nextStart(text, j);
        let k = i;
        while (k > segStart && isSpace(text.charCodeAt(k - 1))) k--;
        const prev = k > segStart ? text[k - 1] : '';
        let continues =
          (first !== '' &&
            isLower(first) &&
            !(options.noteLines === true && (lines ??= new NoteLines(text)).deliberate(i, j))) ||
          prev === ',' ||
          prev === '—' ||
          prev === '–' ||
          prev === '(' ||
          wrappedBeforeCapital(text, i, k, j);
        // In a text with few stops for its lines, the line the writer ended ends its sentence (lineEndedByWriter).
        if (
          continues &&
          options.unpunctuatedLines === true &&
          (unpunctuated ??= fewStopsForLines(text)) &&
          lineEndedByWriter(text, i, k, j)
        )
          continues = false;
        split = !continues;
      }
      if (split) {
        pushSegment(text, spans, segStart, i);
        segStart = i + 1;
      }
      i++;
      continue;
    }
    if (TERMINATORS.includes(ch)) {
      let j = i + 1;
      while (j < n && (TERMINATORS.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
      const atEnd = j >= n;
      const spaceAfter = !atEnd && (isSpace(text.charCodeAt(j)) || text[j] === '\n');
      if (atEnd) {
        pushSegment(text, spans, segStart, j);
        segStart = j;
        i = j;
        continue;
      }
      if (spaceAfter && ch === '.' && j === i + 1) {
        // An inline item number: the item before it ends before the number ("… store 2. Reduced …").
        const item = inlineItemNumberStart(text, i);
        if (item >= 0) {
          pushSegment(text, spans, segStart, item);
          segStart = item;
          i = j;
          continue;
        }
      }
      if (spaceAfter) {
        let boundary = true;
        const { ch: first } = nextStart(text, j);
        let shortFormClause = false;
        if (ch === '.' && j === i + 1) {
          const w = wordBefore(text, i);
          const unit = unitAfterNumber(text, i, w);
          if (ABBREVIATIONS.has(w) || unit) {
            const mayEnd = SENTENCE_FINAL_ABBREVIATIONS.has(w) || unit;
            boundary = mayEnd && first !== '' && !isLower(first) && isLetterOrDigit(first);
            // A short form that ends sentences, then a clause in lower case ("… in 11 min. people wait less"), or
            // a clock suffix before a capital that opens a clause ("… at 8 a.m. The first patients …").
            if (options.lowerCaseClauseStops === true && first !== '') {
              const clock =
                CLOCK_SUFFIXES.has(w) && /\d[ \t\u00a0\u202f]?$/.test(text.slice(Math.max(0, i - 6), i - 3));
              if ((mayEnd || clock) && isLower(first)) shortFormClause = clauseEndsAtShortForm(text, segStart, i, j);
              else if (clock && !isLower(first)) boundary = capitalOpensClause(text, j);
              if (shortFormClause) boundary = true;
            }
          } else if (w.length === 1 && /\p{Lu}/u.test(text[i - 1]) && first !== '' && /\p{Lu}/u.test(first)) {
            boundary = false; // an initial, as in "J. Smith"
          } else if (/\d/.test(first) && shortFormBeforeFigure(text, i, w)) {
            boundary = false; // "(c. 38,000 visitors)", "p. 12", "nr. 3", "pg. 4"
          }
        }
        // "approx. five", "just... disappeared": lower case carries the sentence on, unless the writer
        // types without capitals ("new starters have everything on day one. hiring managers are happy"):
        // there a full stop after a whole word ends the note before it.
        if (boundary && !shortFormClause && first !== '' && isLower(first))
          boundary =
            ch === '.' &&
            j === i + 1 &&
            text[i - 1] !== '.' &&
            ((lowerCaseNotes && typedWithoutCapitals(text, segStart, i)) ||
              (options.lowerCaseClauseStops === true && lowerCaseClauseAfterStop(text, i, j)));
        if (boundary && ch === '.' && segStart !== citationChecked && (segStart === 0 || text[segStart - 1] === '\n')) {
          citationChecked = segStart;
          citationEnd = citationLineEnd(text, segStart);
        }
        if (boundary && i < citationEnd) boundary = false;
        if (boundary) {
          pushSegment(text, spans, segStart, j);
          segStart = j;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  pushSegment(text, spans, segStart, n);
  return spans;
}
