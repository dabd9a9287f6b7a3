// Short quotes of a job description around matched phrases: the words before and after, cut at the line
// (a requirement bullet is a line) and at word boundaries, so the evidence reads as the ad said it.
// Phrases found on one line are marked in one quote instead of repeating the line.

export interface Span {
  start: number;
  end: number;
}

export interface Quote {
  /** The quoted text in order, with the matched phrases marked. */
  parts: { text: string; mark: boolean }[];
  /** True when text was cut before the first part / after the last. */
  cutStart: boolean;
  cutEnd: boolean;
}

const lineOf = (text: string, at: number): Span => {
  const next = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: next < 0 ? text.length : next };
};

/** One quote marking `spans` (sorted, on one line) with up to `radius` characters of the line on each side. */
export function quoteAround(text: string, spans: readonly Span[], radius = 60): Quote {
  const first = spans[0];
  const last = spans[spans.length - 1];
  const line = lineOf(text, first.start);
  let from = Math.max(line.start, first.start - radius);
  let to = Math.min(line.end, last.end + radius);
  // Cut at a space, so no word is shown in half.
  if (from > line.start) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < first.start ? space + 1 : first.start;
  }
  if (to < line.end) {
    const space = text.lastIndexOf(' ', to);
    to = space >= last.end ? space : last.end;
  }
  const parts: Quote['parts'] = [];
  let at = from;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping phrases: the first one marked wins
    if (span.start > at) parts.push({ text: text.slice(at, span.start), mark: false });
    parts.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (to > at) parts.push({ text: text.slice(at, to).trimEnd(), mark: false });
  if (parts[0] && !parts[0].mark) parts[0] = { text: parts[0].text.replace(/^[\s•*\-–]+/, ''), mark: false };
  return { parts: parts.filter((p) => p.text !== ''), cutStart: from > line.start, cutEnd: to < line.end };
}

/** The quotes for `spans`: spans on one line, close enough to share a quote, are quoted together. */
export function quotesFor(text: string, spans: readonly Span[], radius = 60): Quote[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const groups: Span[][] = [];
  for (const span of sorted) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (prev && lineOf(text, prev.start).start === lineOf(text, span.start).start && span.start - prev.end <= radius)
      group.push(span);
    else groups.push([span]);
  }
  return groups.map((g) => quoteAround(text, g, radius));
}
