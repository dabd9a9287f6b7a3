// The line that opens a STAR section in a story someone pasted or typed, in the forms people write:
//   a section word or synonym ("Situation", "Context", "The ask", "What I did", "Lessons learned"),
//     several joined ("Situation / Task", "Results & impact": the first one counts);
//   a capital letter ("S:", "S -", "S —", "(S)", "S)", "[S]", "**S**"), or both ("S - Situation:", "Situation (S)");
//   a lower-case letter in notes ("s -", "r:", "a)") and two letters joined ("S/T:");
//   a question that asks for a section ("What was going on?", "What did you do?", "Why did it matter?", "And
//     the result?", "Q: What would you change?"), read by its shape in question-headings.ts;
// each maybe after "#"s, a bullet or a number ("1. Situation"), maybe bold or italic, with a colon, a
// dash or nothing after, and the section's text on the same line or below.
// What keeps ordinary sentences out: the label must be the whole label ("Result was that …", "Impact on
// support: …", "Approaching the deadline" are text); text on the same line needs a colon, a dash, a
// closed emphasis or bracket, a "#" line, or the label in capitals ("RESULT We …"); a letter stands
// alone ("A 30-minute call", "T-shirt", "A/B", "R&D", "S3" are text); a question heads a section only
// alone on its line, marked up, or before a colon. A letter in brackets or alone ("(S)", "S)", "S"), and
// any lower-case letter ("a - the first option"), is how options are listed too: it heads a section only
// beside another letter heading (headedParts checks).
import type { StorySection } from './domain-types';
import { questionSection, type QuestionSection } from './question-headings';

/** The section words and synonyms, by section: the one table every heading reader uses. */
export const SECTION_HEADING_WORDS: Readonly<Record<StorySection, readonly string[]>> = {
  situation: [
    'situation',
    'context',
    'background',
    'setting',
    'scenario',
    'problem',
    'problem statement',
    'challenge',
    'challenges',
    'the situation',
    'the context',
    'the problem',
    'the challenge',
    'the setup',
    'what happened',
    'the issue',
    'backstory',
    'the backstory',
    // Prose lead-ins that set the scene without naming the section ("Setting the scene: I lead …").
    'setting the scene',
    'the scene',
    'the setting',
    'the backdrop',
    'some background',
    'some context',
    'where things stood',
    'the starting point',
  ],
  task: [
    'task',
    'tasks',
    'the task',
    'my task',
    'goal',
    'goals',
    'the goal',
    'my goal',
    'objective',
    'objectives',
    'role',
    'my role',
    'the ask',
    'assignment',
    'mission',
    'responsibility',
    'responsibilities',
    'my responsibility',
    'what i had to do',
    'what i needed to do',
  ],
  action: [
    'action',
    'actions',
    'action taken',
    'actions taken',
    'key actions',
    'my actions',
    'approach',
    'the approach',
    'my approach',
    'what i did',
    'what we did',
    'how i did it',
    'how i approached it',
    'steps',
    'steps taken',
    'solution',
    'the solution',
    'execution',
    'the fix',
    'actions i took',
    'steps i took',
    'action steps',
    'my part',
    'my contribution',
    'how i handled it',
    'how i fixed it',
    'what i changed',
  ],
  result: [
    'result',
    'results',
    'the result',
    'the results',
    'outcome',
    'outcomes',
    'the outcome',
    'impact',
    'the impact',
    'business impact',
    'results achieved',
    'how it went',
    'how it turned out',
    'end result',
    'the end result',
    'the payoff',
    'what changed',
    // Prose lead-ins and headings for what came after ("How it ended:", "Follow-up", "The upshot:").
    'how it ended',
    'how it ended up',
    'where it ended up',
    'where we landed',
    'where we ended up',
    'the upshot',
    'follow-up',
    'follow-ups',
    'follow up',
    'followup',
    'followups',
    'the aftermath',
    'aftermath',
    // What has held since the work: "Since then:", "Afterwards".
    'since then',
    'afterwards',
  ],
  reflection: [
    'reflection',
    'reflections',
    'lesson',
    'lessons',
    'lesson learned',
    'lessons learned',
    'lesson learnt',
    'lessons learnt',
    'learning',
    'learnings',
    'key learnings',
    'learned',
    'learnt',
    'what i learned',
    'what i learnt',
    'what we learned',
    'takeaway',
    'takeaways',
    'key takeaways',
    'looking back',
    'what i would do differently',
    "what i'd do differently",
    'retrospective',
    'in hindsight',
    'hindsight',
    'my takeaway',
    'what i took away',
    'what i took from it',
  ],
};

/** The one-letter labels: STAR, and L for the lesson some people add. */
const LETTERS: Readonly<Record<string, StorySection>> = {
  S: 'situation',
  T: 'task',
  A: 'action',
  R: 'result',
  L: 'reflection',
};

/**
 * Section words cut short in notes ("Sit -", "Act:", "Res:"): a label only with a colon or a dash after it,
 * so a sentence opening with the word ("Sit down with …", "Act now …") stays text.
 */
const ABBREVIATED: Readonly<Record<string, StorySection>> = {
  sit: 'situation',
  sitch: 'situation',
  act: 'action',
  res: 'result',
};

const PHRASES = new Map<string, StorySection>();
for (const [section, phrases] of Object.entries(SECTION_HEADING_WORDS) as [StorySection, readonly string[]][])
  for (const phrase of phrases) PHRASES.set(phrase, section);
for (const [word, section] of Object.entries(ABBREVIATED)) PHRASES.set(word, section);
const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));

/** The first words of any phrase: a cheap look before the rest of the reading. */
const FIRST_WORDS = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0]));

/** Words that may qualify any label ("Key results", "Final outcome", "Our approach"), up to two of them. */
const QUALIFIERS = new Set(['key', 'final', 'end', 'main', 'overall', 'our', 'my', 'the']);

export interface SectionHeading {
  section: StorySection;
  /** The text after the heading on the same line ('' when the heading stands alone). */
  rest: string;
  /** A capital letter in brackets or alone ("(S)", "S)", "S"): a heading only beside another letter heading. */
  weak: boolean;
  /** A one-letter label ("S:", "(S)"). */
  letter: boolean;
  /**
   * The section the heading names once the story has told its Action: "What happened" opens the setup at
   * the top of a story and what came of the work after "What I did" (story-segments.ts reads the order).
   */
  afterAction?: StorySection;
  /**
   * An interviewer's question marked "Q:" ("Q: What did you do?"): the "A:" that opens the next line marks
   * the answer, not the Action (story-segments.ts).
   */
  asked?: boolean;
}

/** "What happened" (not "what happened next", which is always the Result), as a label or a question. */
const WHAT_HAPPENED =
  /^[ \t>#*_\-•([]*(?:\d{1,2}[.)][ \t]*)?[*_]*what[ \t]+happened\b(?![ \t]+(?:next|after|then|in[ \t]+the[ \t]+end)\b)/i;

/**
 * The section heading a line opens with, or undefined when the line is text. Linear in the line: only
 * its first 160 characters are looked at for the heading.
 */
export function readSectionHeading(line: string): SectionHeading | undefined {
  const heading = readHeading(line);
  if (heading?.section === 'situation' && WHAT_HAPPENED.test(line.slice(0, 40)))
    return { ...heading, afterAction: 'result' };
  return heading;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
/** Characters a label's words are made of, with the blanks and joiners between them. */
const isLabelChar = (c: string) =>
  isLetter(c) || c === ' ' || c === '\t' || c === "'" || c === '’' || c === '&' || c === '/' || c === '+';

/** A hyphen inside a word ("Follow-up", "Result-driven"): letters on both sides. */
const isInnerHyphen = (head: string, k: number) => head[k] === '-' && isLetter(head[k - 1]) && isLetter(head[k + 1]);

/**
 * The first word at `i`, lower-cased, a hyphenated word whole ("follow-up", "result-driven", "t-shirt"): a
 * cheap look before reading the rest (it runs on every line).
 */
function firstWord(head: string, i: number): string {
  let end = i;
  while (
    end < head.length &&
    (isLetter(head[end]) || head[end] === "'" || head[end] === '’' || isInnerHyphen(head, end))
  )
    end++;
  return head.slice(i, end).toLowerCase().replace(/’/g, "'");
}
const EMPHASIS = /^(?:\*\*|__|\*|_)/;

/**
 * Emoji and pictographs that decorate a heading ("📍 Situation", "🛠️ What I did", "1️⃣ Context"), with their
 * joiners, variation selectors, skin tones and keycaps: people mark a heading with one the way others use
 * "#", so the label after it is read as if the decoration were not there.
 */
const PICTOGRAPHS =
  /^(?:[ \t]*(?:\p{Extended_Pictographic}|[0-9#*]\uFE0F?\u20E3)(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\p{Extended_Pictographic})*)+[ \t]*/u;

/** Past the pictographs at `i` (see PICTOGRAPHS), if there are any. */
function afterPictographs(head: string, i: number): number {
  const c = head.charCodeAt(i);
  // Every pictograph is outside ASCII: a cheap look before the regular expression (it runs on every line).
  const keycap = head.charCodeAt(i + 1) === 0xfe0f || head.charCodeAt(i + 1) === 0x20e3;
  if (Number.isNaN(c) || (c < 0x80 && !keycap)) return i;
  const m = PICTOGRAPHS.exec(head.slice(i, i + 24));
  return m ? i + m[0].length : i;
}

/** Past a list number ("1. ", "2) ") at `i`, if there is one. */
function afterNumber(head: string, i: number): number {
  const c = head[i];
  if (c === undefined || c < '0' || c > '9') return i;
  const n = /^\d{1,2}[.)][ \t]+/.exec(head.slice(i, i + 6));
  return n ? i + n[0].length : i;
}

/** Past the closing emphasis and brackets at `j`, and which were there. */
function closersAt(head: string, j: number): { end: number; emphasis: boolean; bracket: boolean } {
  let emphasis = false;
  let bracket = false;
  for (;;) {
    let k = j;
    while (isBlank(head[k])) k++;
    const c = head[k];
    if (c === '*' || c === '_') {
      j = k + (head[k + 1] === c ? 2 : 1);
      emphasis = true;
    } else if (c === ')' || c === ']') {
      j = k + 1;
      bracket = true;
    } else return { end: j, emphasis, bracket };
  }
}

/** The words of a label zone with where each ends, for matching phrases. */
function wordsOf(zone: string): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  const re = /[A-Za-z'’]+(?:-[A-Za-z]+)*|[&/+]/g;
  for (let m = re.exec(zone); m; m = re.exec(zone))
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), end: m.index + m[0].length });
  return out;
}

/** The longest phrase opening `words` from index `at`: its section and how many words it takes. */
function phraseAt(words: { word: string }[], at: number): { section: StorySection; length: number } | undefined {
  if (!FIRST_WORDS.has(words[at]?.word)) return undefined;
  let found: { section: StorySection; length: number } | undefined;
  let phrase = '';
  for (let n = 1; n <= LONGEST && at + n <= words.length; n++) {
    phrase = n === 1 ? words[at].word : `${phrase} ${words[at + n - 1].word}`;
    const section = PHRASES.get(phrase);
    if (section) found = { section, length: n };
  }
  return found;
}

/**
 * The section a run of question words names with a section phrase after up to two qualifiers ("the
 * impact on the business", "your key learnings"); with `whole`, only when the phrase ends the run ("the
 * result", not "the result of the vote").
 */
function sectionOfWords(words: readonly string[], whole: boolean): StorySection | undefined {
  const list = words.map((word) => ({ word }));
  let at = 0;
  while (at < 2 && ASKED_QUALIFIERS.has(list[at]?.word) && phraseAt(list, at) === undefined) at++;
  const found = phraseAt(list, at);
  if (!found || (whole && at + found.length !== list.length)) return undefined;
  return found.section;
}

/** Qualifiers of a section noun in a question: a label's, and the one asked of ("your role"). */
const ASKED_QUALIFIERS = new Set([...QUALIFIERS, 'your']);

/** Words that may open a question heading: question words, yes/no auxiliaries and what leads them ("Q:", "And"). */
const QUESTION_OPENERS = new Set([
  'what',
  'how',
  'why',
  'where',
  'which',
  'did',
  'does',
  'would',
  'could',
  'should',
  'q',
  'question',
  'and',
  'so',
  'your',
]);

/** readSectionHeading without the order-dependent reading. */
function readHeading(line: string): SectionHeading | undefined {
  const head = line.length > 160 ? line.slice(0, 160) : line;
  let i = 0;
  while (isBlank(head[i])) i++;
  // A quote ("> **Result:**"), then "#"s or a bullet, then a number ("### 1. Situation").
  while (head[i] === '>') {
    i++;
    while (isBlank(head[i])) i++;
  }
  i = afterPictographs(head, i);
  let hashes = false;
  if (head[i] === '#') {
    let j = i;
    while (head[j] === '#' && j - i < 7) j++;
    if (j - i > 6 || !(isBlank(head[j]) || j === head.length || head[j] === '*' || head[j] === '_')) return undefined;
    hashes = true;
    i = j;
  } else if ('-*+•'.includes(head[i]) && isBlank(head[i + 1])) i += 2;
  while (isBlank(head[i])) i++;
  i = afterPictographs(head, i);
  i = afterNumber(head, i);
  // Opening emphasis and bracket ("**1. Situation:**" numbers inside the emphasis).
  let emphasis = '';
  const em = EMPHASIS.exec(head.slice(i, i + 2));
  if (em) {
    emphasis = em[0];
    i += em[0].length;
    i = afterNumber(head, i);
  }
  let bracket = '';
  if (head[i] === '(' || head[i] === '[') {
    bracket = head[i];
    i++;
  }
  while (isBlank(head[i])) i++;
  const first = head[i];
  if (!isLetter(first)) return undefined;

  const word = firstWord(head, i);
  // A question that asks for a section, or a section's noun asked on its own ("The result?").
  if (QUESTION_OPENERS.has(word) || FIRST_WORDS.has(word) || QUALIFIERS.has(word)) {
    const question = readQuestion(line, head, i, hashes || emphasis !== '');
    if (question) return question;
  }
  const single = word.length === 1;
  // A lower-case letter ("s -", "r:") is how quick notes label sections; "a" is also the article, so it
  // counts only beside another letter heading (weak below).
  const upper = first.toUpperCase();
  const lowerLetter = single && first !== upper;
  if (single ? !LETTERS[upper] : !FIRST_WORDS.has(word) && !QUALIFIERS.has(word)) return undefined;

  // The label: a capital letter standing alone, or the section words.
  let section: StorySection | undefined;
  let letter = false;
  let j: number;
  let capitals = false;
  let abbreviated = false;
  // Two letters joined ("S/T:", "s/t -"): the first one's section, as with joined words.
  const pair =
    head[i + 1] === '/' &&
    LETTERS[(head[i + 2] ?? '').toUpperCase()] !== undefined &&
    (head[i + 2] === head[i + 2]?.toUpperCase()) === !lowerLetter &&
    !isLetter(head[i + 3]);
  if (
    single &&
    LETTERS[upper] &&
    (pair || (!/[A-Za-z0-9&/'’]/.test(head[i + 1] ?? '') && !(head[i + 1] === '-' && isLetter(head[i + 2]))))
  ) {
    section = LETTERS[upper];
    letter = true;
    j = i + (pair ? 3 : 1);
    // "S - Situation:", "S: Situation", "S (Situation)": the word after the letter is part of the label.
    const named = /^[ \t]*(?:[-–—:][ \t]*|\([ \t]*)([A-Za-z]+)[ \t]*\)?/.exec(head.slice(j, j + 40));
    if (
      named &&
      PHRASES.get(named[1].toLowerCase()) === section &&
      !/^[ \t]*[A-Za-z]/.test(head.slice(j + named[0].length))
    ) {
      j += named[0].length;
      letter = false;
    }
  } else {
    let end = i;
    // No label runs past 60 characters; a longer run of words is a sentence whatever it starts with.
    const stop = Math.min(head.length, i + 61);
    while (end < stop && (isLabelChar(head[end]) || isInnerHyphen(head, end))) end++;
    const zone = head.slice(i, end);
    const words = wordsOf(zone);
    let at = 0;
    while (at < 2 && QUALIFIERS.has(words[at]?.word) && phraseAt(words, at) === undefined) at++;
    let taken = 0;
    // Phrases joined by "/", "&", "+" or "and": "Situation / Task", "Results and impact"; a label that
    // ends in a few other words after "&", "/" or "+" is one too ("Learnings & next steps:"), after
    // "and" it may be a sentence ("Results and then some: …").
    for (;;) {
      const found = phraseAt(words, at);
      if (!found) {
        const symbol = at > taken && words[at - 1].word !== 'and';
        if (section && symbol && words.length - at <= 3 && words.slice(at).every((w) => /[a-z]/.test(w.word)))
          taken = words.length;
        break;
      }
      section ??= found.section;
      at += found.length;
      taken = at;
      const joiner = words[at]?.word;
      if (joiner === '/' || joiner === '&' || joiner === '+' || joiner === 'and') at++;
      else break;
    }
    if (!section) return undefined;
    j = i + words[taken - 1].end;
    const label = head.slice(i, j);
    capitals = /[A-Z]{2}/.test(label) && label === label.toUpperCase();
    abbreviated = ABBREVIATED[label.toLowerCase()] !== undefined;
    const beyond = zone.slice(words[taken - 1].end);
    if (beyond.trim() !== '') {
      // More words after the label: a "#" line is a heading whatever follows ("## Results and next
      // steps"); "RESULT We cut …" reads as a label in capitals; anything else is a sentence.
      if (hashes) return { section, rest: '', weak: false, letter: false };
      const next = beyond.trimStart();
      const nextWord = /^[A-Za-z'’]+/.exec(next)?.[0] ?? '';
      if (!(capitals && nextWord !== nextWord.toUpperCase())) return undefined;
      return { section, rest: line.slice(j).trim(), weak: false, letter: false };
    }
    // "Result(s):", "Action(s) -": a plural written into a template's label.
    if (/^\([sS]\)/.test(head.slice(j, j + 3))) j += 3;
    // "Situation (S)": the letter after the words is part of the label.
    const tag = /^[ \t]*\([ \t]*([A-Za-z])[ \t]*\)/.exec(head.slice(j, j + 12));
    if (tag && LETTERS[tag[1].toUpperCase()] === section) j += tag[0].length;
  }

  // Closing emphasis or bracket, the separator, closing emphasis again ("**Result:** …").
  let close = closersAt(head, j);
  j = close.end;
  let closed = close.emphasis;
  let bracketClosed = close.bracket;
  let colon = false;
  /** A real colon (a full stop after a word label counts as a colon, but not after an abbreviation). */
  let stated = false;
  let dash = false;
  {
    let k = j;
    while (isBlank(head[k])) k++;
    if (head[k] === ':' || head[k] === '：') {
      colon = true;
      stated = true;
      j = k + 1;
    } else if (head[k] === '.' && !letter && (isBlank(head[k + 1]) || k + 1 === head.length)) {
      // "Situation. The close needed …": a word label may end with a full stop (a letter may not: "S. Rao").
      colon = true;
      j = k + 1;
    } else if (head[k] === '–' || head[k] === '—') {
      dash = true;
      j = k + 1;
    } else if (head[k] === '-' && (k > j || closed || bracketClosed || isBlank(head[k + 1]) || k + 1 === head.length)) {
      // A hyphen needs a blank or a closer on one side at least ("Task - …", "Task -…", not "Result-driven").
      dash = true;
      j = k + 1;
    }
  }
  close = closersAt(head, j);
  j = close.end;
  closed ||= close.emphasis;
  bracketClosed ||= close.bracket;
  const rest = line.slice(j).trim();
  const wrapped = (emphasis !== '' && closed) || (bracket !== '' && bracketClosed);
  if (letter) {
    // A letter needs its mark: a colon, a dash, a bracket, emphasis, "#", or a line of its own.
    const marked = colon || dash || bracketClosed || wrapped || hashes || rest === '';
    if (!marked) return undefined;
    // Brackets and a letter alone are also how options are listed ("(A) buy it"); other marks are not. A
    // lower-case letter is weak whatever its mark ("a: the first option").
    return { section: section!, rest, weak: lowerLetter || !(colon || dash || closed || hashes), letter: true };
  }
  if (abbreviated && !(stated || dash)) return undefined;
  if (rest !== '' && !(colon || dash || wrapped || hashes || capitals)) return undefined;
  return { section: section!, rest, weak: false, letter: false };
}

/** "Q:", "Q.", "Question:" before an interviewer's question. */
const ASKED = /^(?:q|question)[ \t]*[:.)][ \t]*/i;

/** The words of a question, lower case, apostrophes kept ("what'd" stays one word). */
const questionWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[a-z]+(?:'[a-z]+)?/g) ?? [];

/** A question asking for a section, alone on its line, marked up, or before a colon. */
function readQuestion(line: string, head: string, i: number, marked: boolean): SectionHeading | undefined {
  const mark = head.indexOf('?', i);
  if (mark < 0) return bareQuestion(line, head, i);
  if (mark - i > 80) return undefined;
  const asked = ASKED.test(head.slice(i, i + 12));
  const hit = questionSection(questionWords(head.slice(i, mark)), sectionOfWords);
  if (!hit) return undefined;
  // Closing emphasis and a colon after the question.
  const after = /^[ \t]*(?:\*\*|__|\*|_)?[ \t]*(:)?[ \t]*(?:\*\*|__|\*|_)?/.exec(head.slice(mark + 1, mark + 12))!;
  const colon = after[1] !== undefined;
  const rest = line.slice(mark + 1 + after[0].length).trim();
  if (rest !== '' && !marked && !colon) return undefined;
  return heading(hit, rest, asked);
}

function heading(hit: QuestionSection, rest: string, asked: boolean): SectionHeading {
  const out: SectionHeading = { section: hit.section, rest, weak: false, letter: false };
  if (hit.afterAction) out.afterAction = hit.afterAction;
  if (asked) out.asked = true;
  return out;
}

/** Question words typed without a mark are a heading only when the question is this short. */
const BARE_QUESTION_WORDS = 7;

/**
 * A question typed without its question mark ("What was the situation", "**What did you do**:"): a
 * heading only when a short question is all there is before the end of the line or a colon.
 */
function bareQuestion(line: string, head: string, i: number): SectionHeading | undefined {
  const colonAt = head.indexOf(':', i);
  const end = colonAt < 0 ? head.length : colonAt;
  if (end - i > 60) return undefined;
  const words = questionWords(head.slice(i, end));
  if (words.length > BARE_QUESTION_WORDS || !INTERROGATIVES.has(words[0] ?? '')) return undefined;
  const hit = questionSection(words, sectionOfWords, true);
  if (!hit) return undefined;
  if (colonAt < 0) return line.length === head.length ? heading(hit, '', false) : undefined;
  const rest = line
    .slice(colonAt + 1)
    .replace(/^[ \t]*(?:\*\*|__|\*|_)?/, '')
    .trim();
  return heading(hit, rest, false);
}

/** The question words a question typed without its mark must open with. */
const INTERROGATIVES = new Set(['what', 'how', 'why', 'where']);
