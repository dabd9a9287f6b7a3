// A pasted job description as plain text: HTML tags and entities that come along when an ad is copied
// from a page or an applicant system ("<li>", "<br>", "&amp;", "&rsquo;") become the characters or line
// breaks they stand for, so headings and list items read as they looked. An export that wraps the ad (a CSV
// row, a JSON feed: `export-wrappers.ts`) is unwrapped first, and an XML feed's CDATA sections and element
// tags are markup like HTML's. Every character of the plain text remembers where it came from, so evidence
// still quotes the text the user pasted.
import { unwrapExport, type MappedText } from './export-wrappers';
import { entityCharacter } from '../../text/html-entities';

export interface PlainText extends MappedText {
  text: string;
  /** Offset in the pasted text where each character of `text` comes from … */
  origin: Int32Array;
  /** … and where its source ends (an entity or a tag is longer than what it became). */
  originEnd: Int32Array;
}

// Tags that end a line where they stand; other tags (<strong>, <span>, <a>) vanish.
const BLOCK_TAG = /^<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|hr|dd|dt|dl)\b/i;
// HTML's inline tags, which vanish even inside an XML feed.
const INLINE_TAG = /^<\/?(?:b|i|u|em|strong|span|a|small|sup|sub|font)\b/i;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?\/?>/y;
// An HTML character reference: a decimal or hexadecimal code, or a name (html-entities.ts reads it).
const ENTITY = /&(?:#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/iy;
// An XML feed's markup that is no tag: its declaration ("<?xml version="1.0"?>"), a comment, a CDATA section's
// opening and closing marks (what a CDATA section holds is the feed's text, HTML included).
const XML_MARKUP = /<\?[^<>]{0,500}\?>|<!--[\s\S]{0,2000}?-->|<!\[CDATA\[|\]\]>/y;
const XML_FEED = /^\s*<\?xml\b|<!\[CDATA\[/;
// A tag of HTML that was escaped once more ("&lt;p&gt;", as applicant-system feeds return an ad's HTML): once its
// entities are read it is a tag to read again.
const ESCAPED_TAG = /&lt;\/?(p|li|ul|ol|div|br|strong|b|em|h[1-6]|span|table|tr|td)\b/i;

/**
 * `raw` with the export around it unwrapped, and HTML tags (escaped once more or not), entities, carriage returns
 * and odd spaces turned into plain text, offsets into `raw` kept.
 */
export function plainText(raw: string): PlainText {
  const unwrapped = unwrapExport(raw);
  let plain = unwrapped ? through(markupText(unwrapped.text), unwrapped) : markupText(raw);
  if (ESCAPED_TAG.test(raw)) plain = through(markupText(plain.text), plain);
  return plain;
}

/** `outer`, read from the text of `inner`, with its offsets carried through `inner` to `inner`'s source. */
function through(outer: MappedText, inner: MappedText): PlainText {
  const n = inner.origin.length;
  const origin = new Int32Array(outer.origin.length);
  const originEnd = new Int32Array(outer.origin.length);
  for (let k = 0; k < outer.origin.length; k++) {
    const from = Math.min(outer.origin[k], n - 1);
    const to = Math.min(Math.max(outer.originEnd[k] - 1, outer.origin[k]), n - 1);
    origin[k] = n === 0 ? 0 : inner.origin[from];
    originEnd[k] = n === 0 ? 0 : inner.originEnd[to];
  }
  return { text: outer.text, origin, originEnd };
}

/** `raw` with HTML or XML tags, entities, carriage returns and odd spaces turned into plain text, offsets kept. */
function markupText(raw: string): PlainText {
  if (!/<[/A-Za-z?!]|&(#\d|#x|[a-z]{2,8};)|[\r\u00a0\u200b\ufeff]/i.test(raw)) {
    const origin = new Int32Array(raw.length);
    for (let i = 0; i < raw.length; i++) origin[i] = i;
    return { text: raw, origin, originEnd: origin.map((i) => i + 1) };
  }
  const out: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  // One origin per UTF-16 unit, so a character outside the BMP (two units) keeps both.
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      origin.push(from);
      originEnd.push(to);
    }
  };
  // In an XML feed every element ("<title>", "<salary>", "<description>") holds a field of its own: its tags end lines.
  const xml = XML_FEED.test(raw);
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '<' && xml) {
      XML_MARKUP.lastIndex = i;
      const markup = XML_MARKUP.exec(raw);
      if (markup) {
        i += markup[0].length;
        continue;
      }
    }
    if (ch === ']' && xml && raw.startsWith(']]>', i)) {
      i += 3;
      continue;
    }
    if (ch === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(raw);
      if (tag) {
        // A list item keeps looking like one: it is no heading, whatever its words.
        if (/^<li\b/i.test(tag[0])) emit('\n• ', i, i + tag[0].length);
        else if (BLOCK_TAG.test(tag[0]) || (xml && !INLINE_TAG.test(tag[0]))) emit('\n', i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    } else if (ch === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(raw);
      const decoded = entity ? entityCharacter(entity[0].slice(1, -1)) : undefined;
      if (entity && decoded !== undefined) {
        emit(decoded === '\u00a0' ? ' ' : decoded, i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
    } else if (ch === '\r') {
      if (raw[i + 1] !== '\n') emit('\n', i, i + 1);
      i++;
      continue;
    } else if (ch === '\u200b' || ch === '\ufeff') {
      i++;
      continue;
    } else if (ch === '\u00a0') {
      emit(' ', i, i + 1);
      i++;
      continue;
    }
    emit(ch, i, i + 1);
    i++;
  }
  return { text: out.join(''), origin: Int32Array.from(origin), originEnd: Int32Array.from(originEnd) };
}

/** The pasted-text offsets of the plain-text range [start, end). */
export function originalRange(plain: PlainText, start: number, end: number): { start: number; end: number } {
  const n = plain.origin.length;
  if (n === 0) return { start: 0, end: 0 };
  const from = plain.origin[Math.min(start, n - 1)];
  return { start: from, end: end > start ? plain.originEnd[Math.min(end - 1, n - 1)] : from };
}

export interface ReadableJobText {
  /** The text to keep and read: plain, with runs of blank lines and trailing spaces tidied, at most `limit` long. */
  text: string;
  /** Length of the pasted text, when it had to be cut to `limit`. */
  cutFrom?: number;
}

/**
 * A pasted job description made fit to keep: HTML turned into the text it shows, blank runs tidied, and
 * cut at a line (or word) boundary to `limit` characters when longer, saying so.
 */
export function readableJobText(pasted: string, limit: number): ReadableJobText {
  const text = plainText(pasted)
    .text.split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length <= limit) return { text };
  const head = text.slice(0, limit);
  const lineEnd = head.lastIndexOf('\n');
  const wordEnd = head.search(/\s\S*$/);
  const cut = lineEnd > limit * 0.9 ? lineEnd : wordEnd > limit * 0.9 ? wordEnd : limit;
  return { text: head.slice(0, cut).trimEnd(), cutFrom: pasted.length };
}
