// How strongly a passage of a job description asks for something. Requirements and responsibilities ask;
// "nice to have" lists, "a plus" sentences and the company blurb only mention in passing.

/** asked: the role needs it; nice-to-have: a bonus; about: company blurb or perks, not the role. */
export type Emphasis = 'asked' | 'nice-to-have' | 'about';

export const EMPHASIS_WEIGHT: Record<Emphasis, number> = { asked: 1, 'nice-to-have': 0.35, about: 0.35 };

const NICE_HEADING =
  /\b(nice[ -]to[ -]haves?|bonus|pluses|preferred|desirable|good[ -]to[ -]have|extra credit|would be (nice|great)|optional|not required|ideally)\b/i;
const ABOUT_HEADING =
  /\b(about (us|the company)|who we are|our (mission|story|values|culture)|perks|benefits|what we offer|compensation|salary|why (join|work)|equal opportunit)/i;
const ROLE_HEADING =
  /\b(what (you('|’)ll|you will|we('|’)re|we are) |responsibilit|requirements|qualifications|you (have|bring|will)|about (you|the role|the job)|the (role|job|team)|skills|looking for|must[ -]haves?|duties|in this role|what you need|experience)/i;
const NICE_SENTENCE =
  /\b(is|are|would be|be) (a |an )?(huge |big |definite |real )?(plus|bonus|advantage|helpful|nice to have)\b|\bnice[ -]to[ -]have\b|\bbonus\b|\bnot required\b|\bpreferred\b|\bbut not required\b|\bideally\b/i;

export interface EmphasisSpan {
  start: number;
  end: number;
  emphasis: Emphasis;
}

// A heading is a short line that introduces a section ("What you'll do", "Nice to have:"). A short line
// without a colon counts only when it reads like one, so a bare list of tools does not start a section.
function headingOf(line: string): string | undefined {
  const trimmed = line.trim().replace(/^[#*\s]+|[*\s]+$/g, '');
  if (trimmed === '' || /^[-•*·]/.test(line.trim())) return undefined;
  const words = trimmed.split(/\s+/).length;
  if (words <= 6 && trimmed.endsWith(':')) return trimmed.slice(0, -1);
  if (
    words <= 6 &&
    !/[.!?,]$/.test(trimmed) &&
    [NICE_HEADING, ABOUT_HEADING, ROLE_HEADING].some((r) => r.test(trimmed))
  )
    return trimmed;
  // "Nice to have: experience with X" — an inline heading before a colon.
  const colon = trimmed.indexOf(':');
  if (colon > 0 && trimmed.slice(0, colon).split(/\s+/).length <= 4) return trimmed.slice(0, colon);
  return undefined;
}

/**
 * Splits the text into spans of one emphasis, by line: a heading sets the emphasis of the lines under it
 * until the next heading; within any section, a sentence that calls itself "a plus" is nice-to-have.
 */
export function emphasisSpans(text: string): EmphasisSpan[] {
  const spans: EmphasisSpan[] = [];
  let section: Emphasis = 'asked';
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const heading = headingOf(line);
    let lineEmphasis: Emphasis = section;
    if (heading !== undefined) {
      const kind: Emphasis = NICE_HEADING.test(heading)
        ? 'nice-to-have'
        : ABOUT_HEADING.test(heading)
          ? 'about'
          : 'asked';
      const inline = heading.length < line.trim().length - 1;
      if (inline) lineEmphasis = kind;
      else section = lineEmphasis = kind;
    }
    // Sentences inside the line: a "plus" sentence is a passing mention wherever it stands.
    for (const m of line.matchAll(/[^.!?]+[.!?]*/g)) {
      const emphasis = lineEmphasis === 'asked' && NICE_SENTENCE.test(m[0]) ? 'nice-to-have' : lineEmphasis;
      spans.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, emphasis });
    }
  }
  return spans;
}

/** The emphasis at `offset`, by binary search over spans sorted by start. */
export function emphasisAt(spans: readonly EmphasisSpan[], offset: number): Emphasis {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid].emphasis;
  }
  return 'asked';
}
