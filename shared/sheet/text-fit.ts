// Line wrapping and shortening against a width in points, the way a word processor breaks lines: at spaces, and
// inside a word only when the word alone is wider than the line. Shortening keeps whole words and ends with "…".
import { textWidth, type TextStyle } from './text-measure';

export const ELLIPSIS = '…';

export interface FitResult {
  /** The text as it goes on the page (whitespace collapsed, maybe cut with an ellipsis). */
  text: string;
  /** Lines it takes at the given width. */
  lines: number;
  /** True when words were left off the end. */
  shortened: boolean;
}

interface Token {
  text: string;
  width: number;
  /** The whitespace before it, kept as written (separators may be wider than one space); '' inside a split word. */
  gap: string;
  gapWidth: number;
}

interface Placed {
  token: Token;
  line: number; // 0-based
  lineWidth: number; // width of its line up to and including it
}

/** Collapses runs of whitespace (including newlines) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What `\s` matches in a JavaScript regular expression (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `collapseWhitespace(text).length`, without building the string: the report needs the length of every section, and
 * collapsing 150 sections of 20,000 characters only to count them was a fifth of the time to plan a 30-story sheet.
 */
export function collapsedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      pendingSpace = length > 0; // leading whitespace is trimmed
    } else {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
    }
  }
  return length; // trailing whitespace is trimmed
}

/**
 * Lays tokens out greedily and stops once `maxLines` would be exceeded. Returns what was placed and whether all fit.
 * Lazy over the input so that a 20,000-character section costs only the few lines we look at.
 */
function layout(
  text: string,
  style: TextStyle,
  widthPt: number,
  maxLines: number,
): { placed: Placed[]; complete: boolean; overflowSpaced: boolean } {
  const placed: Placed[] = [];
  let line = 0;
  let lineWidth = 0;
  let empty = true;
  const put = (token: Token): boolean => {
    const extra = (empty ? 0 : token.gapWidth) + token.width;
    if (!empty && lineWidth + extra > widthPt) {
      line++;
      lineWidth = 0;
      empty = true;
      if (line >= maxLines) return false;
    }
    lineWidth += (empty ? 0 : token.gapWidth) + token.width;
    empty = false;
    placed.push({ token, line, lineWidth });
    return true;
  };
  // A no-break space (U+00A0) joins a number to its unit: lines break at every other space.
  for (const match of text.matchAll(/([^\S\u00a0]*)((?:\S|\u00a0)+)/g)) {
    const gap = match[1];
    const word = match[2];
    const gapWidth = gap ? textWidth(gap, style) : 0;
    const width = textWidth(word, style);
    if (width <= widthPt) {
      if (!put({ text: word, width, gap, gapWidth })) return { placed, complete: false, overflowSpaced: true };
      continue;
    }
    // A word wider than the line starts a fresh line and is broken between characters.
    if (!empty) {
      line++;
      lineWidth = 0;
      empty = true;
      if (line >= maxLines) return { placed, complete: false, overflowSpaced: true };
    }
    let first = true;
    for (const ch of word) {
      const piece: Token = {
        text: ch,
        width: textWidth(ch, style),
        gap: first ? gap : '',
        gapWidth: first ? gapWidth : 0,
      };
      if (!put(piece)) return { placed, complete: false, overflowSpaced: first };
      first = false;
    }
  }
  return { placed, complete: true, overflowSpaced: true };
}

function join(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) out += (out.length > 0 ? t.gap : '') + t.text;
  return out;
}

/** How many lines `text` takes at `widthPt` (never more than `limit`, for speed). */
export function countLines(text: string, style: TextStyle, widthPt: number, limit = 10_000): number {
  const { placed } = layout(text, style, widthPt, limit);
  return placed.length === 0 ? 0 : placed[placed.length - 1].line + 1;
}

/**
 * Fits `text` into at most `maxLines` lines of `widthPt`, cutting at a word boundary and adding "…" if needed.
 * Line breaks and tabs become spaces; runs of spaces are kept, since separators such as "  ·  " are meant wide.
 */
export function fitToLines(text: string, style: TextStyle, widthPt: number, maxLines: number): FitResult {
  const clean = text.replace(/[\t\n\r\f\v\u2028\u2029]+/g, ' ').trim();
  if (clean === '' || maxLines <= 0) return { text: '', lines: 0, shortened: clean !== '' };
  const { placed, complete, overflowSpaced } = layout(clean, style, widthPt, maxLines);
  if (complete)
    return { text: clean, lines: placed.length === 0 ? 0 : placed[placed.length - 1].line + 1, shortened: false };

  const ellipsisWidth = textWidth(ELLIPSIS, style);
  // Prefer cutting where a space was (a word boundary); fall back to a character cut only inside an over-long word.
  for (const wholeWordsOnly of [true, false]) {
    for (let k = placed.length; k >= 1; k--) {
      const last = placed[k - 1];
      const nextSpaced = k < placed.length ? placed[k].token.gap !== '' : overflowSpaced;
      if (wholeWordsOnly && !nextSpaced) continue;
      // A word-boundary cut that would leave most of the space empty (before a 300-character word) is not worth it.
      if (wholeWordsOnly && last.line + last.lineWidth / widthPt < maxLines / 2) break;
      const kept = join(placed.slice(0, k).map((p) => p.token)).replace(/[\s,;:–—-]+$/u, '');
      if (kept === '') continue;
      if (last.lineWidth + ellipsisWidth <= widthPt) {
        return { text: kept + ELLIPSIS, lines: last.line + 1, shortened: true };
      }
    }
  }
  return { text: ELLIPSIS, lines: 1, shortened: true };
}

/** Shortens to at most `maxChars` characters at a word boundary, adding "…". For labels that have no width yet. */
export function shortenToChars(text: string, maxChars: number): string {
  const clean = collapseWhitespace(text);
  if ([...clean].length <= maxChars) return clean;
  const all = [...clean];
  const chars = all.slice(0, Math.max(1, maxChars - 1)).join('');
  // Keep the last word when the cut falls right after it.
  const atSpace = all[maxChars - 1] === ' ' ? chars.length : chars.lastIndexOf(' ');
  const cut = atSpace > 0 ? chars.slice(0, atSpace) : chars;
  return cut.replace(/[\s,;:–—-]+$/u, '') + ELLIPSIS;
}

/** A value that must not wrap inside ("310 ms → 95 ms", "Influence without authority"): spaces become no-break. */
export function keepTogether(value: string): string {
  return value.replace(/ /g, '\u00a0');
}
