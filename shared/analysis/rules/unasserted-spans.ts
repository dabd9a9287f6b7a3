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
// Text every placeholder word holds (case matters, as in the pattern): most sentences hold none, and
// this plain scan is far cheaper than the pattern's word boundaries.
const PLACEHOLDER_START = /TB[DC]|TODO|FIXME|\?\?|[XN]/;

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

/** Spans (offsets relative to the sentence) that hold no assertion of the writer's own. */
export function unassertedSpans(sentence: string): Span[] {
  if (isQuestion(sentence)) return [{ start: 0, end: sentence.length }];
  const spans: Span[] = [];
  for (const [pattern, open] of PAIRS) {
    if (!sentence.includes(open)) continue;
    for (const m of sentence.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (PLACEHOLDER_START.test(sentence))
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

/** True when the sentence holds a placeholder the writer still has to fill in. */
export function hasPlaceholder(sentence: string): boolean {
  PLACEHOLDER_WORDS.lastIndex = 0;
  return PLACEHOLDER_WORDS.test(sentence) || /\[[^\]\n]*\]/.test(sentence);
}
