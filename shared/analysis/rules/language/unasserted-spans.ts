// Parts of a sentence the writer does not assert: quoted speech ("how many customers is this for?"),
// inline code, unfilled placeholders ("[metric]", "TBD", "XX%") and a sentence that is a question.
// Wording advice (weasel words, hedges, passive voice) and coaching marks skip these: a coach does not
// correct the words of a question the writer asks or a gap they left to fill in.

export interface Span {
  start: number;
  end: number;
}

// Paired delimiters that enclose text the writer quotes or has not written yet, each with its opening
// character: most sentences hold none, and a substring check is far cheaper than a regex scan.
const PAIRS: [RegExp, string][] = [
  [/"[^"\n]*"/g, '"'],
  [/“[^”\n]*”/g, '“'],
  [/`[^`\n]*`/g, '`'],
  [/\[[^\]\n]*\]/g, '['],
  [/\{\{[^}\n]*\}\}/g, '{{'],
  [/<[^<>\n]{1,40}>/g, '<'],
];
// Placeholder tokens: TBD, TBC, TODO, ??, XX%, X hours, N users, $X.
const PLACEHOLDER_WORDS = /(?:\b(?:TBD|TBC|TODO|FIXME)\b|\?\?+|(?:\$|\b)(?:X{1,3}|N{1,2})(?:%|\b))/g;

/** A character /\w/ matches. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The sentence holds `letter` at the end of a word ("X%", "N users", "$XX"), where an X or N placeholder ends. */
function endsAWord(sentence: string, letter: string): boolean {
  for (let i = sentence.indexOf(letter); i >= 0; i = sentence.indexOf(letter, i + 1))
    if (!isWordChar(sentence.charCodeAt(i + 1))) return true;
  return false;
}

/**
 * Whether the sentence may hold a placeholder word: text every match of PLACEHOLDER_WORDS holds (case
 * matters, as in the pattern). An X or N placeholder ends before "%" or a word boundary, so its last
 * letter ends a word ("Next", "NPS" hold none). Most sentences hold none, and these plain scans are far
 * cheaper than the pattern's word boundaries.
 */
function mayHoldPlaceholder(sentence: string): boolean {
  return (
    sentence.includes('TB') ||
    sentence.includes('TODO') ||
    sentence.includes('FIXME') ||
    sentence.includes('??') ||
    endsAWord(sentence, 'X') ||
    endsAWord(sentence, 'N')
  );
}

/** True when the sentence, read as a whole, asks something rather than states it. */
export function isQuestion(sentence: string): boolean {
  // As /\?\s*["”'’)*_]*\s*$/ reads it, from the end: blank space, closing marks, blank space, then "?".
  // The two classes share no character, so each run read backwards is the one the pattern matches.
  let i = sentence.length - 1;
  while (i >= 0 && isBlank(sentence.charCodeAt(i))) i--;
  while (i >= 0 && QUESTION_CLOSERS.includes(sentence[i])) i--;
  while (i >= 0 && isBlank(sentence.charCodeAt(i))) i--;
  return i >= 0 && sentence.charCodeAt(i) === 63; // "?"
}

// What may close a question after its mark: quotes, a bracket, Markdown emphasis.
const QUESTION_CLOSERS = `"”'’)*_`;
const BLANK = /\s/;

/** A character /\s/ matches (the ASCII ones without a regex). */
function isBlank(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return BLANK.test(String.fromCharCode(c));
}

// What may open a line before a quote that wraps the rest of it: blanks, a list marker, a YAML or JSON key.
const LINE_LEAD = /^\s*(?:[-*•]\s+)?(?:"?[\w-]+"?\s*:\s*)?$/;
// What may close it after the quote: blanks and a comma (a YAML or JSON list item).
const LINE_TAIL = /^\s*,?\s*$/;

/**
 * Is the quote at [start, end) the whole line's wrapping, a YAML or JSON string (` - "Cut GPU spend by
 * a third"`, `summary: "Owns the pricing models"`), not speech quoted inside the writer's sentence?
 */
function wrapsTheLine(sentence: string, start: number, end: number): boolean {
  return LINE_LEAD.test(sentence.slice(0, start)) && LINE_TAIL.test(sentence.slice(end));
}

/** Spans (offsets relative to the sentence) that hold no assertion of the writer's own. */
export function unassertedSpans(sentence: string): Span[] {
  if (isQuestion(sentence)) return [{ start: 0, end: sentence.length }];
  const spans: Span[] = [];
  for (const [pattern, open] of PAIRS) {
    if (!sentence.includes(open)) continue;
    for (const m of sentence.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if ((open === '"' || open === '“') && wrapsTheLine(sentence, m.index, end)) continue;
      spans.push({ start: m.index, end });
    }
  }
  if (mayHoldPlaceholder(sentence))
    for (const m of sentence.matchAll(PLACEHOLDER_WORDS)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** True when `hit` lies inside one of `spans`. */
export function isInside(hit: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= hit.start && hit.end <= s.end);
}

/** The hits that lie outside every span (all of them when there are no spans). */
export function assertedOnly<T extends Span>(hits: T[], spans: readonly Span[]): T[] {
  if (spans.length === 0 || hits.length === 0) return hits;
  return hits.filter((h) => !isInside(h, spans));
}

/** A sentence's unasserted spans, found on the first call: most sentences give no hit to check against them. */
export type UnassertedSpansOnDemand = () => readonly Span[];

/** unassertedSpans(sentence), found once, and only when a rule asks for them. */
export function unassertedSpansOnDemand(sentence: string): UnassertedSpansOnDemand {
  let spans: Span[] | undefined;
  return () => (spans ??= unassertedSpans(sentence));
}

/** assertedOnly, the spans found only when there is a hit to check. */
export function assertedHits<T extends Span>(hits: T[], spans: UnassertedSpansOnDemand): T[] {
  return hits.length === 0 ? hits : assertedOnly(hits, spans());
}

/** True when the sentence holds a placeholder the writer still has to fill in. */
export function hasPlaceholder(sentence: string): boolean {
  PLACEHOLDER_WORDS.lastIndex = 0;
  return PLACEHOLDER_WORDS.test(sentence) || /\[[^\]\n]*\]/.test(sentence);
}
