// Headings in the writer's own words. section-headings.ts reads a heading by its whole label, from a
// table of phrases ("What I did", "Where we landed"); people title their sections in words no table
// holds ("## Where it landed", "📍 Where we were", "HOW IT WORKED OUT:", "Before" / "During" / "After",
// "Initial situation: …", "3) Effect for patients"). A story whose headings are missed is cut wrong:
// a Result under an unread heading joins the Action before it and loses its claim marks, a Task joins
// the Action and gets them. So a line shaped like a heading (short, marked as a title, no sentence
// end) is read by the cue words it holds, whatever their order, and it counts only inside a story
// that is cut at headings in STAR order (withLooseHeadings): the story's shape confirms each guess.
import type { StorySection } from './domain-types';
import type { SectionHeading } from './section-headings';

/** Cue words of a section's heading, as the words of a short title say it (lower case, "'d" read as "would"). */
const CUES: Readonly<Record<StorySection, ReadonlySet<string>>> = {
  situation: new Set([
    'situation',
    'context',
    'background',
    'backdrop',
    'problem',
    'problems',
    'trouble',
    'issue',
    'issues',
    'challenge',
    'obstacle',
    'trigger',
    'setting',
    'scene',
    'backstory',
    'initial',
    'start',
    'started',
    'starting',
    'saw',
    'were',
  ]),
  task: new Set(['task', 'tasks', 'goal', 'goals', 'aim', 'objective', 'ask', 'asked', 'brief', 'mission', 'remit']),
  action: new Set([
    'action',
    'actions',
    'did',
    'done',
    'tried',
    'approach',
    'implementation',
    'steps',
    'step',
    'fix',
    'fixed',
    'solution',
    'response',
    'plan',
    'built',
    'handled',
    'intervention',
    'measures',
    'part',
    'contribution',
  ]),
  result: new Set([
    'result',
    'results',
    'outcome',
    'outcomes',
    'impact',
    'effect',
    'effects',
    'landed',
    'ended',
    'aftermath',
    'difference',
    'worked',
    'went',
    'got',
    'came',
    'now',
    'today',
    'payoff',
    'upshot',
    'achieved',
    'benefit',
    'benefits',
  ]),
  reflection: new Set([
    'reflection',
    'reflections',
    'lesson',
    'lessons',
    'learned',
    'learnt',
    'learning',
    'learnings',
    'takeaway',
    'takeaways',
    'hindsight',
    'differently',
    'again',
    'would',
  ]),
};

/** Time words that name a section only as a whole line ("Before", "After"): "Before: 40 min" is a value. */
const ALONE_CUES: Readonly<Record<string, StorySection>> = {
  before: 'situation',
  during: 'action',
  after: 'result',
  afterwards: 'result',
};

/** When a title holds cues of several sections, the later one names it ("If I did it again", "What came of it"). */
const PRECEDENCE: readonly StorySection[] = ['reflection', 'result', 'action', 'task', 'situation'];

/** Words a title in the writer's own words may be made of, besides cues ("Where it got us", "My part"). */
const MAX_ALONE_WORDS = 6;
const MAX_INLINE_WORDS = 3;

/** The words of a title, lower case, "'d" as "would" ("What I'd change" → what i would change). */
function titleWords(label: string): string[] {
  return (
    label
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/'d\b/g, ' would')
      .match(/[a-z]+(?:'[a-z]+)?/g) ?? []
  );
}

/**
 * The section a short title names by its cue words: a verb of change names the Action with "I" or "we"
 * before it ("What I changed") and the Result without ("What changed").
 */
export function sectionOfTitle(label: string, alone: boolean): StorySection | undefined {
  const words = titleWords(label);
  if (words.length === 0 || words.length > (alone ? MAX_ALONE_WORDS : MAX_INLINE_WORDS)) return undefined;
  const hits = new Set<StorySection>();
  for (const w of words) {
    for (const section of PRECEDENCE) if (CUES[section].has(w)) hits.add(section);
    if (alone && words.length === 1 && ALONE_CUES[w]) hits.add(ALONE_CUES[w]);
    if (w === 'changed' || w === 'change') hits.add(words.includes('i') || words.includes('we') ? 'action' : 'result');
  }
  return PRECEDENCE.find((s) => hits.has(s));
}

/** A label and its colon at the start of a line's text ("Summary: ", "Initial situation: "). */
const INLINE_LABEL = /^([^:：.!?]{1,60})[:：][ \t]*/;

/** Whether a line opens with a short capitalised label, a colon and text after it ("Summary: On 3 June …"). */
function opensWithLabel(line: string): boolean {
  const m = INLINE_LABEL.exec(line.trimStart());
  return (
    m !== null &&
    m[0].length < line.trim().length &&
    /^[A-Z][A-Za-z' ’-]*$/.test(m[1].trim()) &&
    m[1].trim().split(/[ \t]+/).length <= MAX_INLINE_WORDS
  );
}

/** Decorations before a title: a quote, "#"s, emoji and pictographs, a list number, emphasis. */
const OPENER =
  /^[ \t>]*(#{1,6}[ \t]+)?((?:(?:\p{Extended_Pictographic}|[0-9#*]\uFE0F?\u20E3)(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\p{Extended_Pictographic})*[ \t]*)+)?(\d{1,2}[.)][ \t]+)?(\*\*|__)?/u;

/**
 * A heading in the writer's own words: a line that is only a short title marked as one ("## Where it
 * landed", "📍 Where we were", "**My plan**", "3) Effect for patients", "HOW IT WORKED OUT:", "Where we
 * are now:", or a one- to three-word line in capitals or title case such as "Before"), or a label of up
 * to three words before a colon that opens the line's text ("Initial situation: On our sites …"). The
 * section comes from sectionOfTitle. Undefined for any line that ends like a sentence.
 */
export function readLooseHeading(line: string): SectionHeading | undefined {
  const open = OPENER.exec(line)!;
  const [, hashes, pictographs, number, emphasis] = open;
  let body = line.slice(open[0].length);
  if (emphasis) {
    const close = body.indexOf(emphasis);
    if (close < 0) return undefined;
    body = body.slice(0, close) + body.slice(close + emphasis.length);
  }
  const colon = INLINE_LABEL.exec(body);
  if (colon && colon[0].length < body.trimEnd().length) {
    // "Initial situation: On our sites …": a short label with a colon and the section's text after it.
    const label = colon[1].trim();
    if (!/^[A-Z]/.test(label) || !/^[A-Za-z' ’-]+$/.test(label)) return undefined;
    const section = sectionOfTitle(label, false);
    return section ? { section, rest: body.slice(colon[0].length).trim(), weak: false, letter: false } : undefined;
  }
  if (body.length > 80) return undefined;
  const title = body.replace(/[ \t]*[:：]?[ \t]*$/, '').trim();
  if (title === '' || /[.!?,;]/.test(title) || !/^[A-Za-z][A-Za-z' ’&/-]*$/.test(title)) return undefined;
  const words = title.split(/[ \t]+/);
  const capitals = title === title.toUpperCase() && /[A-Z]{2}/.test(title);
  // A bare line needs a title's look: marked up, in capitals, ended by a colon, or a few words with a capital.
  const marked =
    hashes !== undefined ||
    pictographs !== undefined ||
    number !== undefined ||
    emphasis !== undefined ||
    capitals ||
    /[:：][ \t]*$/.test(body) ||
    (words.length <= 3 && /^[A-Z]/.test(title));
  if (!marked) return undefined;
  const section = sectionOfTitle(title, true);
  return section ? { section, rest: '', weak: false, letter: false } : undefined;
}

const ORDER: readonly StorySection[] = ['situation', 'task', 'action', 'result', 'reflection'];
const rank = (section: StorySection) => ORDER.indexOf(section);

/**
 * The story's headings (`found`, one per line, as section-headings.ts read them) with the headings in the
 * writer's own words added where the story's shape confirms them: two headings or more in all, each own-
 * words heading after the heading before it in STAR order and not after the next one. A lone title-like
 * line ("Night routes", "Before: 40 minutes") never cuts a story.
 */
export function withLooseHeadings(
  lines: readonly string[],
  found: readonly (SectionHeading | undefined)[],
  opens: (h: SectionHeading | undefined) => boolean,
): (SectionHeading | undefined)[] {
  const loose = lines.map((line, i) => (found[i] === undefined ? readLooseHeading(line) : undefined));
  if (!loose.some((h) => h !== undefined)) return [...found];
  // A story labeled in a scheme of its own that is not STAR ("Summary: … Detection: … Response: …") keeps
  // its labels as text: an own-words inline label counts only when every label of the story is read.
  const foreignLabels = lines.some(
    (line, i) => found[i] === undefined && loose[i] === undefined && opensWithLabel(line),
  );
  if (foreignLabels) loose.forEach((h, i) => h?.rest !== '' && (loose[i] = undefined));
  const strict = found.map((h) => (opens(h) ? h : undefined));
  const out = [...found];
  let accepted = 0;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const own = strict[i];
    if (own) {
      last = rank(own.section);
      continue;
    }
    const h = loose[i];
    if (!h) continue;
    const next = strict.slice(i + 1).find((x) => x !== undefined);
    if (rank(h.section) < last || (next !== undefined && rank(h.section) > rank(next.section))) continue;
    out[i] = h;
    last = rank(h.section);
    accepted++;
  }
  const headings = out.filter((h, i) => strict[i] !== undefined || (h !== undefined && loose[i] === h));
  if (accepted === 0 || headings.length < 2 || new Set(headings.map((h) => h!.section)).size < 2) return [...found];
  return out;
}
