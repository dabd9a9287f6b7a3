// What a pasted or hand-typed sentence says, read one character for one so every offset stays the same.
// Used by the claim analyzer and the signal classes alike, so both read "couldn’t" as "couldn't".
import { entityCharacter } from '../../../text/html-entities';
import { isSpace } from './tokenize';
import { plainNumbers } from '../quantity/number-typography';

/**
 * The sentence as the rules read it, one character for one so every offset stays the same: a
 * typographic apostrophe is read as a plain one ("couldn’t" as "couldn't", as text pasted from a
 * document or a web page writes it), Markdown emphasis, HTML tags and emoji shortcodes are read as blank
 * space ("I **pushed back**", "<li>Shipped …</li>", ":tada: shipped"), figures are typed as every number
 * reader knows them ("1,2 M€" as "€1,2M ", number-typography.ts),
 * and notes typed in lower case write the writer as "i" ("so i planned the launch"), read as "I".
 */
export function readableText(text: string): string {
  let plain = text;
  // Markup inside a line pasted from LaTeX or HTML ("by 3.1\\%", "\\hfill", "R&amp;D") or an emoji's
  // variation selector, which the tokenizer would take for a letter.
  if (plain.includes('\\') && LATEX_INLINE.test(plain)) plain = plainLatex(plain);
  // HTML tags, typed or escaped ("<li>…</li>", "&lt;b&gt;"), and emoji shortcodes (":tada:") read as blank
  // space; the tags before the entities, so "&lt;li&gt;" is read as a tag and not as "<li>".
  if ((plain.includes('<') || plain.includes('&lt;')) && HTML_TAG.test(plain))
    plain = plain.replace(HTML_TAG_ALL, (m) => ' '.repeat(m.length));
  if (plain.includes(':') && SHORTCODE.test(plain)) plain = plain.replace(SHORTCODE_ALL, (m) => ' '.repeat(m.length));
  if (plain.includes('&') && ENTITY.test(plain)) plain = plain.replace(ENTITY_ALL, plainEntity);
  // The three marks below are all beyond ASCII: a sentence of ASCII alone (most) is scanned once, not three times.
  if (NON_ASCII.test(plain)) {
    if (EMOJI_MARK.test(plain)) plain = plain.replace(EMOJI_MARK_ALL, ' ');
    if (CURLY_APOSTROPHE.test(plain)) plain = plain.replace(CURLY_APOSTROPHE_ALL, "'");
    // Typographic hyphens ("trade‑off", "on‑call") read as the plain one.
    if (TYPO_HYPHEN.test(plain)) plain = plain.replace(TYPO_HYPHEN_ALL, '-');
  }
  // Figures in the typography every number reader knows: "−48 %" as "-48 %", "1,2 M€" as "€1,2M " (number-typography.ts).
  plain = plainNumbers(plain);
  // Markdown emphasis inside a sentence ("I **pushed back** on the date") reads as the words alone.
  // Every emphasis mark is an asterisk or an underscore: most sentences have neither, and skip the lookarounds.
  if ((plain.includes('*') || plain.includes('_')) && EMPHASIS.test(plain))
    plain = plain.replace(EMPHASIS_ALL, (m) => ' '.repeat(m.length));
  return mayHoldLowerI(plain) && LOWER_I.test(plain) ? plain.replace(LOWER_I_ALL, 'I') : plain;
}

// A LaTeX command ("\\textbf", "\\hfill") or an escaped character ("\\%", "\\&").
const LATEX_INLINE = /\\(?:[a-zA-Z]+|[%&$#_])/;

/**
 * LaTeX markup read as blank space, one character for one: each command and the braces of a line that
 * has one, and the backslash of an escaped character ("3.1\\%" reads "3.1 %", which is read as a share).
 */
function plainLatex(text: string): string {
  return text.replace(/\\([a-zA-Z]+\*?|[%&$#_])|[{}]/g, (m: string, name: string | undefined) =>
    name !== undefined && name.length === 1 && !/[a-zA-Z]/.test(name) ? ` ${name}` : ' '.repeat(m.length),
  );
}

// An HTML tag as an exported page or feed writes it, typed or escaped: "<li>", "</a>", "<a href='…'>",
// "&lt;/li&gt;". A letter follows the opening bracket, so "<5%" and "< 200 ms" are no tags.
const HTML_TAG =
  /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,200})?\/?>|&lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s(?:(?!&[lg]t;)[^\n]){0,200})?\/?&gt;/;
const HTML_TAG_ALL = new RegExp(HTML_TAG.source, 'g');
// An emoji shortcode (":white_check_mark:", ":+1:") standing as a word: blank space or the text's edge
// before it, and no letter or digit after it, so "arn:aws:iam" and "10:30:45" keep their colons.
const SHORTCODE = /(?<=^|\s):[a-z0-9][a-z0-9_+-]*:(?![\p{L}\p{N}])/u;
const SHORTCODE_ALL = new RegExp(SHORTCODE.source, 'gu');

// An HTML entity ("&amp;", "&nbsp;", "&#8226;") in text exported from a web page.
const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});/;
const ENTITY_ALL = new RegExp(ENTITY.source, 'g');
/** Characters a reference may stand for that the rules read plainly: a no-break space, typographic double quotes. */
const PLAIN_FORMS: Readonly<Record<string, string>> = { '\u00a0': ' ', '“': '"', '”': '"' };

/**
 * An HTML entity read as the character it stands for (html-entities.ts), placed last (the entity's other characters
 * read as blank space), so "&pound;4k" is read "      £4k"; an unknown name, or a character of two UTF-16 units (which
 * would not keep one offset for one), is left as typed. (Typographic single quotes become plain ones with every other
 * curly apostrophe, below.)
 */
function plainEntity(entity: string): string {
  const found = entityCharacter(entity.slice(1, -1));
  if (found === undefined || found.length !== 1) return entity;
  return ' '.repeat(entity.length - 1) + (PLAIN_FORMS[found] ?? found);
}

// Any UTF-16 unit beyond ASCII.
const NON_ASCII = /[\u0080-\uffff]/;

// An emoji's variation selectors and the keycap mark ("☸️", "1️⃣"): no letters, though Unicode files them as marks.
const EMOJI_MARK = /\ufe0e|\ufe0f|\u20e3/;
const EMOJI_MARK_ALL = /\ufe0e|\ufe0f|\u20e3/g;

// Asterisks, or underscores at a word's edge ("_batch scoring_", not "snake_case").
const EMPHASIS = /\*+|(?<![\w])_+(?=\w)|(?<=\w)_+(?![\w])/;
const EMPHASIS_ALL = new RegExp(EMPHASIS.source, 'g');
const TYPO_HYPHEN = /[\u2010\u2011]/;
const TYPO_HYPHEN_ALL = /[\u2010\u2011]/g;
const CURLY_APOSTROPHE = /[’‘ʼ]/;
const CURLY_APOSTROPHE_ALL = /[’‘ʼ]/g;

/**
 * A plain scan that passes every sentence LOWER_I can match (an "i" after no letter, digit, "_", ".", "'", "’",
 * "/" or "-", before blank space, an apostrophe, ",", ";", ":" or the end) and few others, so most sentences
 * skip the regex's lookbehind at every "i".
 */
function mayHoldLowerI(text: string): boolean {
  for (let at = text.indexOf('i'); at >= 0; at = text.indexOf('i', at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const beforeLetter = (before | 32) >= 97 && (before | 32) <= 122;
    const beforeDigit = before >= 48 && before <= 57;
    if (beforeLetter || beforeDigit || before === 95 || before === 46 || before === 39 || before === 0x2019) continue;
    if (before === 47 || before === 45) continue;
    if (at + 1 === text.length) return true;
    const after = text.charCodeAt(at + 1);
    if (isSpace(after) || after === 39 || after === 0x2019 || after === 44 || after === 59 || after === 58) return true;
  }
  return false;
}

// "i" alone as a word (before a space, an apostrophe or the end), not "i.e." or "i/o".
const LOWER_I = /(?<![\w.'’/-])i(?=\s|['’](?:m|d|ve|ll)\b|[,;:]|$)/;
const LOWER_I_ALL = new RegExp(LOWER_I.source, 'g');
