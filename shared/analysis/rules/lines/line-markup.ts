// The markup a line opens with before its own words: list markers (bullets, numbered, lettered and
// roman items, checkboxes, org-mode stars and a DONE keyword, LaTeX's \item, an HTML entity used as a
// bullet) and the markup that wraps or decorates a line (quote markers, table pipes, a LaTeX command
// and its brace, HTML tags typed or escaped, emoji with their variation selectors, joiners and keycaps,
// and emoji shortcodes). Résumé lines are pasted
// from LaTeX sources, Markdown, org files, HTML exports and chat tools; a line that is a claim without
// its markup is a claim with it, so the splitter starts each line's sentence after this markup, and the
// offsets of what the rules find stay those of the original text.

/** Characters that, followed by a space, open a list item. */
const BULLET_CHARS = new Set([
  '-',
  '*',
  '+',
  '•',
  '◦',
  '▪',
  '▫',
  '‣',
  '·',
  '–',
  '—',
  '○',
  '●',
  '■',
  '□',
  '►',
  '▸',
  '➤',
  '➢',
  '→',
  '✓',
  '✔',
]);

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * The line opens with a word of two letters or more that cannot be a roman item number ("Led", "The"):
 * no list marker. Most lines open so, and skip the shapes below.
 */
const opensWithWord = (text: string, i: number) =>
  isAsciiLetter(text.charCodeAt(i)) && isAsciiLetter(text.charCodeAt(i + 1)) && !'ivxIVX'.includes(text[i]);
/** A marker ends at a space or tab, or where the line's text ends (a line that is only markup). */
const endsMarker = (text: string, j: number, end: number) => j >= end || isBlank(text[j]);

// "a) ", "(b) ", "(iv) ", "ii. ", "c. ", "(3) ": a lettered, roman or bracketed item number. A capital
// letter before a full stop is an initial ("J. Smith"), not an item.
const ITEM_LABEL = /^(?:\((?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,3})\)|(?:[a-zA-Z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\.)/;
// "[ ] ", "[x] ", "[X] ", "[-] ", "[✓] ": a task list's checkbox.
const CHECKBOX = /^\[[ xX\-✓✔]\]/;
// An HTML entity typed as a bullet ("&bull; ", "&#8226; ", "&middot; ").
const ENTITY = /^&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});/;
// A LaTeX command opening the line ("\item", "\item[–]", "\resumeItem{", "\textbf{"): the command, an
// optional argument in brackets and the brace that opens its text.
const LATEX_COMMAND = /^\\[a-zA-Z]+\*?(?:\[[^\]\n]{0,12}\])?\{?/;
// Emoji and their modifiers ("🛠️", "👩‍🏫", "☸️", "1️⃣", flags): pictographs, skin tones, regional
// indicators, the variation selector, the joiner and a keycap on a digit.
const EMOJI_RUN =
  /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0e|\ufe0f|[0-9#*]\ufe0f?\u20e3)+/u;
// An emoji's shortcode as chat tools and GitHub type it (":white_check_mark: ", ":tada: ", ":+1: "): a
// colon, a lower-case name of letters, digits, "_", "+" or "-", and a colon.
const EMOJI_SHORTCODE = /^:[a-z0-9][a-z0-9_+-]*:/;
// An HTML tag, typed or escaped as exported pages and feeds write it ("<li>", "<p class=\"x\">",
// "</td>", "&lt;li&gt;"): it opens the text right after it, with no space.
const HTML_TAG =
  /^(?:<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?>|&lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s(?:(?!&[lg]t;)[^\n])*)?&gt;)/;
// An org-mode headline's done keyword after its stars or bullet ("* DONE Moved the wiki"). A to-do
// ("TODO ask for the numbers") is left to be read as the note it is.
const DONE_KEYWORD = /^(?:DONE|CLOSED)(?=[ \t]|$)/;

/**
 * Length of one list marker at `i` (before `end`), or 0: a bullet character, a run of org-mode stars,
 * a numbered, lettered or roman item label, a checkbox, an HTML entity bullet or LaTeX's "\item". A
 * line that opens with one starts a new item, whatever case its first word is in.
 */
export function listMarkerLength(text: string, i: number, end = text.length): number {
  const c = text[i];
  if (c === undefined || i >= end || opensWithWord(text, i)) return 0;
  if (BULLET_CHARS.has(c) && isBlank(text[i + 1])) return 2;
  // Org-mode stars: "** " (one star is a bullet above).
  if (c === '*') {
    let j = i;
    while (j < end && text[j] === '*') j++;
    return j - i > 1 && isBlank(text[j]) ? j - i + 1 : 0;
  }
  let j = i;
  while (j < end && j - i < 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && (text[j] === '.' || text[j] === ')') && isBlank(text[j + 1])) return j - i + 2;
  // The shapes below open with "(", "[", "&" or "\", or with a letter that ")", "." or a roman
  // numeral's next letter follows: a line that opens "I rebuilt …" or "3 teams …" is read no further.
  const code = text.charCodeAt(i);
  if (code !== 40 && code !== 91 && code !== 38 && code !== 92) {
    if (!isAsciiLetter(code)) return 0;
    const next = text[i + 1];
    if (next !== ')' && next !== '.' && next !== 'i' && next !== 'v' && next !== 'x') return 0;
  }
  const head = text.slice(i, Math.min(end, i + 16));
  for (const shape of [ITEM_LABEL, CHECKBOX, ENTITY]) {
    const m = shape.exec(head);
    if (m && endsMarker(text, i + m[0].length, end)) return m[0].length;
  }
  if (head.startsWith('\\item') && !/^\\item[a-zA-Z]/.test(head)) {
    const m = LATEX_COMMAND.exec(head)!;
    return m[0].length;
  }
  return 0;
}

/** Length of one piece of markup at `i` that may open a line, list marker or not (see the module comment). */
function markupLength(text: string, i: number, end: number, afterMarker: boolean): number {
  if (!afterMarker && opensWithWord(text, i)) return 0;
  const list = listMarkerLength(text, i, end);
  if (list > 0) return list;
  const c = text[i];
  // Quote markers ("> ", ">> ") and a table's pipe ("| Replaced the rota | 2023 |").
  if (c === '>' || c === '|') {
    let j = i;
    while (j < end && text[j] === c) j++;
    return endsMarker(text, j, end) ? j - i : 0;
  }
  const head = text.slice(i, Math.min(end, i + 40));
  if (c === '\\') {
    const m = LATEX_COMMAND.exec(head);
    return m && (m[0].endsWith('{') || endsMarker(text, i + m[0].length, end)) ? m[0].length : 0;
  }
  if (afterMarker) {
    const done = DONE_KEYWORD.exec(head);
    if (done) return done[0].length;
  }
  if (c === '<' || c === '&') {
    const tag = HTML_TAG.exec(text.slice(i, Math.min(end, i + 120)));
    return tag ? tag[0].length : 0;
  }
  if (c === ':') {
    const code = EMOJI_SHORTCODE.exec(head);
    return code && endsMarker(text, i + code[0].length, end) ? code[0].length : 0;
  }
  const emoji = EMOJI_RUN.exec(head);
  return emoji && endsMarker(text, i + emoji[0].length, end) ? emoji[0].length : 0;
}

/**
 * Length of all the markup a line opens with at `i` (before `end`), blank space between included:
 * "- [x] ", "* DONE ", "\item ", "\resumeItem{", "> ", "| ", "🛠️ ", ":tada: ", "<li>", "&lt;li&gt;", "a) ",
 * "&bull; ". 0 when the line
 * opens with its own words.
 */
export function lineMarkupLength(text: string, i: number, end = text.length): number {
  let j = i;
  for (let pieces = 0; pieces < 4; pieces++) {
    const n = markupLength(text, j, end, pieces > 0);
    if (n === 0) break;
    j += n;
    while (j < end && isBlank(text[j])) j++;
  }
  return j - i;
}

// A Markdown heading: one to six "#" marks and a space ("## Selected work", "### Projects").
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+(\S[^\n]*)$/;
// A label's separator inside a heading ("## Impact: cut p99 by 40%"): a colon or a spaced dash.
const HEADING_SEPARATOR = /:|[ \t][-–—][ \t]/;
/** The most words a heading line holds before it reads as a sentence put under "#" marks. */
const MAX_HEADING_WORDS = 8;

/**
 * Whether `line` is a Markdown heading that names a part of the page ("## Selected work", "### Staff ML
 * Engineer @ Quillmark (2022–present)"): "#" marks, a space and a few words, with no separator after which a
 * sentence would go on ("## Impact: cut p99 by 40%") and no full stop. "#1 ranked app" has no space after its
 * mark and is text.
 */
export function isMarkdownHeadingLine(line: string): boolean {
  const m = MARKDOWN_HEADING.exec(line.trimEnd());
  if (m === null) return false;
  const rest = m[1];
  return !HEADING_SEPARATOR.test(rest) && !/[.!?]$/.test(rest) && rest.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * Whether the line that holds `start` opens with an unticked checkbox before it ("- [ ] Move the release
 * train to weekly"): a to-do, a plan not yet done. The markup is read past when the line is split
 * (lineMarkupLength), so the sentence alone no longer shows it; only a sentence that starts the line's text
 * is the to-do's.
 */
export function opensOpenTodo(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart < 3 || start - lineStart > 24) return false;
  if (lineStart + lineMarkupLength(text, lineStart) !== start) return false;
  const box = text.indexOf('[ ]', lineStart);
  return box >= 0 && box < start;
}
