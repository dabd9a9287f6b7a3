// A whole story pasted as one text, cut into STAR sections. Lines that are a STAR heading
// ("### Situation", "**Task**", "Result:", "S -", "(S)", "What was the result?", or a synonym such as
// "Context:", "The ask", "What I did:", "Impact:", maybe behind an emoji; section-headings.ts reads them), and
// titles in the writer's own words that the story's shape confirms ("## Where it landed", "Before" /
// "After"; loose-headings.ts), open a section; text
// before the first heading is the Action (the body of an answer). A story with no heading at all is segmented
// by what its sentences say, in STAR order: the setup (a problem, a "When I joined …", someone
// else's wish), the goal ("I had to …", "I was asked to …"), the writer's actions, then what came of
// them (a measured change, an effect, "since then"), then the lesson. Each sentence scores its cues
// for each section; the best split that never goes back in STAR order wins (a small cost per change
// keeps a cue-less sentence with its neighbours). Deterministic: the same text always gives the same parts.
import type { StorySection } from './domain-types';
import { splitSentences } from './rules/language/split-sentences';
import { tokenize, type Token } from './rules/language/tokenize';
import { sentenceFacts } from './sentence-facts';
import { isFirstPersonAction, isKeptPractice, isReflection } from './rules/claims';
import { resultReport } from './rules/outcomes/result-report';
import { startsWithOwnVerb } from './rules/marks/we-without-i';
import { ACTION_BASE, AMBIGUOUS_PAST, isGerund, isPastForm } from './rules/language/verbs';
import { readSectionHeading, type SectionHeading } from './section-headings';
import { withLooseHeadings } from './loose-headings';
import { DONE_ACT_FOLLOWERS, FINDING_PREDICATES, SHARE_OPENERS, SUBJECT_VERBS } from './rules/language/lexicon';

export interface StoryPart {
  section: StorySection;
  text: string;
}

/**
 * The story cut at its STAR headings (section-headings.ts); undefined when it has none. A capital letter
 * in brackets or alone ("(S)", "S)") counts only when another letter heads a section too.
 */
export function headedParts(text: string): StoryPart[] | undefined {
  return headedCut(text)?.parts;
}

const SENTENCE_END = /[.!?]["'”’)]?[ \t]+/g;

/** A heading that opens a sentence inside a line: where it starts and what it reads. */
interface SentenceHeading {
  at: number;
  heading: SectionHeading;
  /** Its label ends in a colon ("Problem: …", "**Task:** …"). */
  colon: boolean;
}

/** How far past a sentence end a heading's label and the start of its text are looked for. */
const LABEL_WINDOW = 200;
/** A label marked as one: a colon, a dash standing free, a closing bracket or emphasis. */
const MARKED_LABEL = /[:：–—)\]]|\*\*|__|(?:^|[ \t])-(?:[ \t]|$)/;

/**
 * The headings that open a sentence after a sentence end in a line ("… slow. (T) The board …", "… late.
 * Problem: nobody …"), each a label marked as one (a colon, a free dash, a closed bracket or emphasis)
 * with its text on the line. Only a window after each sentence end is read, so the look stays linear.
 */
function sentenceHeadings(line: string): SentenceHeading[] {
  const out: SentenceHeading[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    const at = m.index + m[0].length;
    const head = line.slice(at, at + LABEL_WINDOW);
    const heading = readSectionHeading(head);
    if (!heading || heading.rest === '') continue;
    const label = head.slice(0, head.indexOf(heading.rest));
    if (!MARKED_LABEL.test(label)) continue;
    out.push({ at, heading, colon: label.includes(':') || label.includes('：') });
  }
  return out;
}

const rank = (section: StorySection) => ORDER.indexOf(section);

/**
 * The headings inside a line that opens with a bold label ("**Situation:** …") that are bold too: after
 * a bold label a plain one is the writer's prose ("The impact: was unclear").
 */
function inStyle(line: string, opened: boolean, inside: SentenceHeading[]): SentenceHeading[] {
  const style = opened ? (/^[ \t]*(?:[-*+•][ \t]+)?(\*\*|__)/.exec(line)?.[1] ?? '') : '';
  return style === '' ? inside : inside.filter((h) => line.startsWith(style, h.at));
}

/**
 * The longest run of `sections` that never goes back in STAR order, when it names two sections or more
 * (a paragraph "(S) … (T) … (A) … (R) …"); 0 otherwise. A run that goes back ("A: … Q: … A: …", options
 * "(A) … (B) …" beside an "(S)") is no outline.
 */
function orderedRun(sections: StorySection[]): number {
  let n = 1;
  while (n < sections.length && rank(sections[n]) >= rank(sections[n - 1])) n++;
  return new Set(sections.slice(0, n)).size >= 2 ? n : 0;
}

/**
 * A line cut where a heading opens a sentence inside it, for a story pasted as one paragraph:
 * - after a line that opens with a heading and text, a heading with a colon in the first one's style
 *   ("**Situation:** … slow. **Task:** …"; after a bold label only a bold one, so "The impact: was
 *   unclear" stays text);
 * - STAR markers opening sentences in order, two sections or more among the line's own opening heading and
 *   those inside it ("(S) I'm the only analyst … (T) The board wanted …", "… in 2021. Problem: … What I
 *   did: …"), cut as far as the order holds.
 * A single label after a sentence end in a line that opens with none is text here ("We shipped. Result:
 * nobody noticed"); headedCut cuts it only inside a story that has headings, in their order.
 */
export function inlineHeadings(line: string): string[] {
  const first = readSectionHeading(line);
  const opened = first !== undefined && first.rest !== '';
  const inside = inStyle(line, opened, sentenceHeadings(line));
  if (inside.length === 0) return [line];
  const run = orderedRun([...(opened ? [first.section] : []), ...inside.map((h) => h.heading.section)]);
  let cuts = inside.slice(0, run === 0 ? 0 : opened ? run - 1 : run).map((h) => h.at);
  if (cuts.length === 0 && opened && !first.weak && first.rest.includes(':'))
    cuts = inside.filter((h) => !h.heading.weak && h.colon).map((h) => h.at);
  return cutAt(line, cuts);
}

/** `line` cut at the positions `cuts` (ascending), each piece's trailing blanks dropped but the last's. */
function cutAt(line: string, cuts: number[]): string[] {
  if (cuts.length === 0) return [line];
  const out: string[] = [];
  let start = 0;
  for (const at of cuts) {
    out.push(line.slice(start, at).trimEnd());
    start = at;
  }
  out.push(line.slice(start));
  return out;
}

/**
 * In a story with headings, a line cut where a section word with a colon or a dash opens a sentence
 * ("**Action:** I split the jobs. Result: builds take an hour." / "I joined in 2021. Problem: builds took
 * six hours." before "What I did:"), when the section it names comes after the one open there and not
 * after the next heading's: a label that would go back in the story's order ("**Action:** I shipped.
 * Problem: the cache was stale, so …") is text. Letters are left out: alone in prose they are as often an
 * answer ("A: …") or an option.
 */
function withSentenceHeadingsInOrder(lines: string[], opening: (SectionHeading | undefined)[]): string[] {
  // The section of the next heading after each line.
  const nextOf: (StorySection | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, next: StorySection | undefined; i >= 0; i--) {
    nextOf[i] = next;
    next = opening[i]?.section ?? next;
  }
  const out: string[] = [];
  let open: StorySection | undefined;
  lines.forEach((line, i) => {
    const own = opening[i];
    if (own) open = own.section;
    const next = nextOf[i];
    const cuts: number[] = [];
    for (const { at, heading } of inStyle(line, own !== undefined && own.rest !== '', sentenceHeadings(line))) {
      if (heading.letter || heading.weak) continue;
      const after = open === undefined || rank(heading.section) > rank(open);
      if (!after || (next !== undefined && rank(heading.section) > rank(next))) continue;
      cuts.push(at);
      open = heading.section;
    }
    out.push(...cutAt(line, cuts));
  });
  return out;
}

/** A part as cut, before its section is read in the story's order. */
interface CutPart {
  section: StorySection;
  /** The section the heading names once the Action has been told ("What happened"). */
  afterAction?: StorySection;
  text: string;
  /** Text before the first heading: no heading put it in its section. */
  lead?: boolean;
}

/** An interviewer's question line: "Q: What did you do?", "Question: why Kafka?". */
const QUESTION_LINE = /^[ \t>*_#-]*(?:q|question)[ \t]*[:.)]/i;

/** Whether the line at `i` answers the question on the last non-blank line before it. */
function answers(lines: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  return k >= 0 && QUESTION_LINE.test(lines[k]);
}

/** The parts, and whether text before the first heading is there with no heading of its own. */
function headedCut(text: string): { parts: StoryPart[]; unlabeledLead: boolean } | undefined {
  let lines = text.split('\n').flatMap(inlineHeadings);
  const strict = lines.map(readSectionHeading);
  const letters = new Set(strict.filter((h) => h?.letter).map((h) => h!.section));
  const opens = (h: SectionHeading | undefined): h is SectionHeading =>
    h !== undefined && !(h.weak && letters.size < 2);
  // Headings in the writer's own words count where the story's other headings confirm them.
  let found = withLooseHeadings(lines, strict, opens);
  if (found.some(opens)) {
    lines = withSentenceHeadingsInOrder(
      lines,
      found.map((h) => (opens(h) ? h : undefined)),
    );
    found = withLooseHeadings(lines, lines.map(readSectionHeading), opens);
  }
  const cut: CutPart[] = [];
  let current: CutPart = { section: 'action', text: '', lead: true };
  let headings = 0;
  let unlabeledLead = false;
  const open = (next: CutPart) => {
    if (headings === 0) unlabeledLead = current.text.trim() !== '';
    headings++;
    if (current.text.trim() !== '') cut.push(current);
    current = next;
  };
  lines.forEach((line, i) => {
    const heading = found[i];
    // "A:" after an interviewer's "Q: …" line opens the answer in the section the question asked for.
    if (heading?.letter && heading.section === 'action' && answers(lines, i)) {
      current.text += heading.rest + '\n';
      return;
    }
    if (opens(heading)) {
      open({ section: heading.section, afterAction: heading.afterAction, text: heading.rest + '\n' });
      return;
    }
    current.text += line + '\n';
  });
  if (current.text.trim() !== '') cut.push(current);
  if (headings === 0) return undefined;
  // Sections in story order: "What happened" after the Action is the Result.
  const parts: StoryPart[] = [];
  let last: StorySection | undefined;
  cut.forEach((part) => {
    let section = part.section;
    if (part.afterAction && last !== undefined && ORDER.indexOf(last) >= A) section = part.afterAction;
    if (!part.lead) last = section;
    if (part.text.trim() !== '') parts.push({ section, text: part.text });
  });
  return { parts, unlabeledLead };
}

const ORDER: readonly StorySection[] = ['situation', 'task', 'action', 'result', 'reflection'];
const S = 0;
const T = 1;
const A = 2;
const R = 3;
const F = 4;
/** The cost of moving on to the next section; a sentence needs a cue worth more to open it. */
const SWITCH = 0.4;

const words = (tokens: Token[]) => tokens.filter((t) => t.kind !== 'symbol').map((t) => t.lower);
const startsWith = (w: string[], ...seq: string[]) => seq.every((s, i) => w[i] === s);
const has = (w: string[], ...seq: string[]) =>
  w.some((_, i) => seq.every((s, k) => (s === '*' ? w[i + k] !== undefined : w[i + k] === s)));

const SETUP_OPENERS = new Set(['when', 'last', 'at', 'in', 'during', 'back', 'early', 'before']);
const PROBLEM_WORDS = new Set([
  'bug',
  'problem',
  'issue',
  'incident',
  'outage',
  'failing',
  'failed',
  'broken',
  'slow',
  'struggled',
  'struggling',
  'threatened',
  'kept',
  'complained',
  'complaints',
  'stalled',
  'manual',
  'idle',
  'no',
  'nobody',
  'late',
  'errors',
  'stuck',
  'crashed',
  'piling',
  'backing',
]);
/** Words that make a past sentence a habit, how things used to go: "were always late", "kept crashing". */
const HABITUAL_WORDS = new Set(['always', 'constantly', 'whenever', 'usually', 'often', 'regularly']);
/** Base-form openers of a goal written as an instruction ("Identify the bottleneck and cut latency"). */
const IMPERATIVE_GOALS = new Set([
  ...ACTION_BASE,
  'identify',
  'restore',
  'find',
  'get',
  'make',
  'keep',
  'bring',
  'cut',
  'move',
]);
const GOAL_PHRASES: string[][] = [
  ['i', 'had', 'to'],
  ['i', 'needed', 'to'],
  ['i', 'was', 'asked', 'to'],
  ['asked', 'me', 'to'],
  ['my', 'job', 'was'],
  ['my', 'task', 'was'],
  ['my', 'goal', 'was'],
  ['the', 'goal', 'was'],
  ['the', 'task', 'came'],
  ['i', 'took', 'on'],
  ['i', 'volunteered'],
  ['i', 'was', 'tasked'],
  ['my', 'responsibility', 'was'],
  ['i', 'was', 'responsible', 'for'],
];
const RESULT_OPENERS: string[][] = [
  ['as', 'a', 'result'],
  ['in', 'the', 'end'],
  ['ultimately'],
  ['since', 'then'],
  ['by', 'the', 'end'],
  ['by', 'week'],
  ['the', 'result'],
  ['the', 'outcome'],
  ['overall'],
];
const LESSON_PHRASES: string[][] = [
  ['i', 'learned'],
  ['i', 'learnt'],
  ['the', 'lesson'],
  ['lesson'],
  ['looking', 'back'],
  ['in', 'hindsight'],
  ['next', 'time'],
  ['taught', 'me'],
  ['since', 'then', 'i'],
];

/**
 * A subjectless note line that opens with the writer's act in a form the resume check leaves aside:
 * a pair of past verbs ("called or emailed each one", "tagged and grouped them") or a verb whose past
 * form is its base, followed by a particle or an object ("set up a weekly review", "led the
 * sessions", "met with the leads"). In a headerless story such a line is an action, not a result.
 */
export function opensWithDoneAct(w: readonly string[]): boolean {
  const [first, second, third] = w;
  if (first === undefined || second === undefined) return false;
  const past = (x: string) => AMBIGUOUS_PAST.has(x) || isPastForm(x);
  if ((second === 'and' || second === 'or') && third !== undefined && past(first))
    return isPastForm(third) && !AMBIGUOUS_PAST.has(third);
  return AMBIGUOUS_PAST.has(first) && DONE_ACT_FOLLOWERS.has(second);
}

/**
 * "missed doses are rare now", "failed jobs have stopped": a past form that modifies the subject of a
 * verb right after it, not the writer's subjectless act.
 */
function opensWithModifiedSubject(w: readonly string[]): boolean {
  return SUBJECT_VERBS.has(w[2]) || (SUBJECT_VERBS.has(w[3]) && !DONE_ACT_FOLLOWERS.has(w[1]));
}

/**
 * A past copula that tells what the writer found ("the drop was all on mobile", "most were about the
 * login screen"), not what came of the work: the copula (`verb`) with a share for its subject or a place
 * or a share right after it.
 */
function isFinding(w: readonly string[], verb: string): boolean {
  const lower = verb.toLowerCase();
  if (lower !== 'was' && lower !== 'were') return false;
  const at = w.indexOf(lower);
  if (at < 0) return false;
  const shareSubject = SHARE_OPENERS.has(w[0]) && (w[0] !== 'a' || w[1] === 'lot');
  return shareSubject || FINDING_PREDICATES.has(w[at + 1]);
}

/** Cue scores of one sentence for each section (situation, task, action, result, reflection). */
export function sentenceScores(sentence: string): number[] {
  const tokens = tokenize(sentence);
  const w = words(tokens);
  const score = [0, 0, 0, 0, 0];
  if (w.length === 0) return score;
  const facts = sentenceFacts(sentence, 'action');
  if (LESSON_PHRASES.some((p) => startsWith(w, ...p) || (p.length > 1 && has(w, ...p))) || isReflection(w))
    score[F] += 1.5;
  // "Since then I check query plans first", "Now I ask for the raw data": a practice the writer still
  // follows is what they took from the story (RUBRIC-NOTES Reflection), neither an act of it nor its result.
  if (isKeptPractice(tokens)) {
    score[F] += 1.5;
    return score;
  }
  // A goal names what was to be done: neither an action nor its result.
  const goal =
    GOAL_PHRASES.some((p) => has(w, ...p)) || has(w, 'had', '*', 'weeks', 'to') || has(w, 'had', '*', 'days', 'to');
  if (goal) score[T] += 1.2;
  // A goal written as an instruction: a base-form verb opens it ("Identify the bottleneck …").
  const imperative = !goal && IMPERATIVE_GOALS.has(w[0]) && !w.includes('i') && !w.includes('we');
  if (imperative) score[T] += 0.8;
  // The writer's own act: told in the first person, or a subjectless line opening with their past-tense
  // verb. A third-person claim ("The crashes stopped") is what came of it, not an action.
  const ownAction =
    !goal &&
    !imperative &&
    (isFirstPersonAction(tokens) || (startsWithOwnVerb(tokens) && !opensWithModifiedSubject(w)) || opensWithDoneAct(w));
  // "I was the only Android engineer", "I was collaborating with …": how things stood.
  const ownState =
    has(w, 'i', 'was') &&
    !ownAction &&
    (isGerund(w[w.indexOf('was') + 1] ?? '') || ['the', 'a', 'an', 'on', 'in'].includes(w[w.indexOf('was') + 1]));
  // The writer's act that tells its effect ("We shipped the change on time") may close the story as well.
  if (ownAction) score[A] += facts.hasOutcome ? 0.7 : 1;
  // A plain act of the writer's, with no effect told, is no result ("I rewrote the three slowest jobs").
  if (ownAction && !facts.hasOutcome && !facts.quantities.some((q) => q.change)) score[R] -= 0.6;
  if (facts.hasOutcome && !goal) score[R] += 0.8;
  if (facts.quantities.some((q) => q.change)) score[R] += 1;
  if (RESULT_OPENERS.some((p) => startsWith(w, ...p))) score[R] += 1.5;
  else if (w[0] === 'eventually' || w[0] === 'within') score[R] += 0.6;
  if (w.includes('now') || has(w, 'since') || has(w, 'went', 'from')) score[R] += 0.5;
  const report = resultReport(tokens);
  // A bare past copula that states no effect ("the drop was all on mobile", "most were misspellings")
  // tells what was found or how things stood, not what came of the work.
  const bareCopula =
    report !== undefined && !facts.hasOutcome && isFinding(w, sentence.slice(report.start, report.end));
  if (report?.effect && !bareCopula && !w.includes('i')) score[R] += 0.6;
  // The setup: how it was before the writer acted.
  if (
    SETUP_OPENERS.has(w[0]) &&
    (has(w, 'i', 'joined') || has(w, 'i', 'started') || has(w, 'i', 'took', 'over') || w[0] === 'last' || w[0] === 'at')
  )
    score[S] += 1.2;
  if (w.some((x) => PROBLEM_WORDS.has(x)) && !ownAction) score[S] += 0.8;
  // "Month end was always late because …": how things used to go, before the writer acted.
  if (w.some((x) => HABITUAL_WORDS.has(x)) && !ownAction && !facts.hasOutcome) score[S] += 0.8;
  if (ownState && !facts.hasOutcome) score[S] += 0.6;
  if (has(w, 'was', '*') && w.some((x) => x.endsWith('ing')) && !ownAction && !facts.hasOutcome) score[S] += 0.4;
  if ((has(w, 'had', 'not') || has(w, 'had', 'been') || has(w, 'i', 'thought')) && !ownAction) score[S] += 0.6;
  if (has(w, 'wanted', 'to') && !w.includes('i')) score[S] += 0.8;
  return score;
}

/**
 * Sections for a story written without headings, by content (see the file comment). A text with
 * no action cue at all stays one Action part, as before.
 */
export function segmentByContent(text: string, last: StorySection = 'reflection'): StoryPart[] {
  const max = ORDER.indexOf(last);
  const spans = splitSentences(text, { lowerCaseNoteStops: true, noteLines: true });
  if (spans.length < 3) return [{ section: 'action', text }];
  const scores = spans.map((s) => sentenceScores(text.slice(s.start, s.end)));
  if (!scores.some((s) => s[A] > 0)) return [{ section: 'action', text }];
  // Best monotone labelling (Viterbi over the five sections, never going back).
  const n = spans.length;
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push([]);
    from.push([]);
    for (let k = 0; k < ORDER.length; k++) {
      if (k > max) {
        best[i][k] = -Infinity;
        from[i][k] = k;
        continue;
      }
      if (i === 0) {
        // A story opens with its setup or straight with the action; anything else must earn its place,
        // and what came of the work comes after the work.
        best[i][k] = k > A ? -Infinity : scores[i][k] - (k === A || k === S ? 0 : SWITCH);
        from[i][k] = k;
        continue;
      }
      let b = -Infinity;
      let f = k;
      for (let j = 0; j <= k; j++) {
        // The result and the lesson follow an action: no labelling goes from the setup or the goal
        // straight to them ("When I took over …" / "I cut it to one form" / "People file the same week
        // now" is setup, action, result, not setup and four results).
        if (j < A && k > A) continue;
        const v = best[i - 1][j] - (j === k ? 0 : SWITCH);
        if (v > b) {
          b = v;
          f = j;
        }
      }
      best[i][k] = b + scores[i][k];
      from[i][k] = f;
    }
  }
  // The story ends wherever it ends; its last section needs no cue beyond the sentences' own.
  let k = 0;
  for (let j = 1; j < ORDER.length; j++) if (best[n - 1][j] > best[n - 1][k]) k = j;
  const labels: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = k;
    k = from[i][k];
  }
  // An Action is what the story is about; without one the guess is not worth making. So is a guess
  // whose Action holds no act of the writer's.
  if (!labels.some((l, i) => l === A && scores[i][A] > 0)) return [{ section: 'action', text }];
  const parts: StoryPart[] = [];
  for (let i = 0; i < n; i++) {
    const section = ORDER[labels[i]];
    const last = parts[parts.length - 1];
    const start = i === 0 ? 0 : spans[i].start;
    const end = i === n - 1 ? text.length : spans[i + 1].start;
    if (last && last.section === section) last.text += text.slice(start, end);
    else parts.push({ section, text: text.slice(start, end) });
  }
  return parts;
}

/**
 * A story's text cut into STAR sections: at its headings, or by content when it has none. Text before
 * a first heading of Result or Reflection ("… the story …  **Result:** …") is segmented by content too,
 * within the sections that come before that heading.
 */
export function storySections(text: string): StoryPart[] {
  const cut = headedCut(text);
  if (!cut) return text.trim() === '' ? [] : segmentByContent(text);
  const [lead, next] = cut.parts;
  if (cut.unlabeledLead && next !== undefined && (next.section === 'result' || next.section === 'reflection'))
    return [...segmentByContent(lead.text, 'action'), ...cut.parts.slice(1)];
  return cut.parts;
}
