// followUps: the questions an interviewer is likely to ask next, built from the story's own words —
// each one quotes the sentence or number it is about and says why it gets asked. Deterministic: the
// same story always gives the same questions in the same order.
import { sentenceFacts } from '../sentence-facts';
import { isMetricQuantity } from '../rules/metrics';
import { isScaleQuantity } from '../rules/scale';
import { LruCache } from '../sentence-cache';
import { quoteSpan, type Anchor, type Quote } from './quote';
import { sentenceSignals } from './sentence-signals';
import { storySentences, type StorySentence, type StoryText } from './story-sentences';

export interface FollowUp {
  question: string;
  /** Why an interviewer asks it, in one line. */
  why: string;
  /** The words the question is about. */
  anchor: Anchor;
  /** What the question probes (the project depth map files each question under a layer by it). */
  kind: FollowUpKind;
}

export const MAX_FOLLOW_UPS = 8;
export const MIN_FOLLOW_UPS = 5;

/** What a follow-up probes: a number, a decision, "we", a launch, a failure… */
export type FollowUpKind =
  | 'metric'
  | 'decision'
  | 'we'
  | 'launch'
  | 'conflict'
  | 'failure'
  | 'scale'
  | 'evidence'
  | 'constraint'
  | 'partner'
  | 'lesson';

// The order kinds are taken in: the probes interviewers use most come first.
const ORDER: FollowUpKind[] = [
  'metric',
  'decision',
  'we',
  'launch',
  'failure',
  'conflict',
  'scale',
  'evidence',
  'partner',
  'constraint',
  'lesson',
];

const CONFLICT =
  /\b(?:disagree(?:d|ment)?|pushed\s+back|push\s+back|pushback|conflicts?|conflicting|friction|objected|objections?|argued|tension|dismissive|opposed|difficult\s+(?:team\s?mate|colleague|stakeholder|conversation))\b/i;
const FAILURE =
  /\b(?:mistakes?|failed|failures?|failing|bugs?|incidents?|outages?|went\s+down|broke|broken|crash(?:ed|es)?|leak(?:ed|s)?|cascading)\b/i;
// An outcome word that a skeptical interviewer asks to see evidence for.
const OUTCOME_WORD =
  /\b(?:improv\w*|increas\w*|reduc\w*|grew|boost\w*|decreas\w*|faster|better|higher|lower|fewer|more\s+\w+|eliminat\w*|enabl\w*)\b/i;
const LAUNCH =
  /\b(?:launch(?:ed)?|shipped|deployed|released|rolled\s+out|went\s+live|go-live|in\s+production|to\s+production|delivered)\b/i;
const WE = /\b(?:we|our|us)\b/i;
const I = /\b(?:I|my|me)\b/;

interface NumberSpan {
  start: number;
  end: number;
}
interface SentenceNumbers {
  metrics: NumberSpan[];
  scale: NumberSpan[];
  outcomeWithoutNumber: boolean;
}

const MEASURED_KINDS = new Set(['percent', 'money', 'multiplier', 'duration', 'ratio', 'data-size', 'rank']);

const numbersCache = new LruCache<string, SentenceNumbers>(20_000);

// Claim facts are the costly part; a sentence with no digit and no number word has no metric or scale.
const NUMBERISH =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|halved|double[ds]?|triple[ds]?|quadrupled|tenfold|twice|thrice)\b/i;
const NO_NUMBERS: SentenceNumbers = { metrics: [], scale: [], outcomeWithoutNumber: false };

function sentenceNumbers(text: string, needOutcome: boolean): SentenceNumbers {
  if (!needOutcome && !NUMBERISH.test(text)) return NO_NUMBERS;
  const hit = numbersCache.get(text);
  if (hit) return hit;
  const facts = sentenceFacts(text);
  const fresh = {
    // Counts of things done ("three options") are metrics to the claim rules but nothing to measure.
    metrics: facts.quantities
      .filter((q) => isMetricQuantity(q) && (MEASURED_KINDS.has(q.kind) || q.change || q.result))
      // A measured change ("from 80 ms to 35 ms") is what gets probed first.
      .sort((a, b) => Number(b.change) - Number(a.change) || a.start - b.start)
      .map((q) => ({ start: q.start, end: q.end })),
    scale: facts.quantities.filter(isScaleQuantity).map((q) => ({ start: q.start, end: q.end })),
    outcomeWithoutNumber: facts.hasOutcome && !facts.hasMetric && facts.isClaim,
  };
  if (text.length <= 2_000) numbersCache.set(text, fresh);
  return fresh;
}

// A number with up to five words before it in the same clause and what follows to the clause end:
// "cloud spend by 22% (~$180K annually)" reads as the claim, not a bare figure.
function numberQuote(story: StoryText, s: StorySentence, n: NumberSpan): Quote | undefined {
  const before = s.text.slice(0, n.start);
  const clause = before.split(/[,;:.—–(\n]|\s-\s/).pop() ?? '';
  const words = [...clause.matchAll(/\S+/g)];
  const keep = words.slice(-5);
  // A clause that opens with a conjunction reads better without it: "p99 latency fell…", not "and p99…".
  while (keep.length > 1 && /^(?:and|but|so|which|while|then)$/i.test(keep[0][0])) keep.shift();
  const from = keep.length > 0 ? n.start - clause.length + keep[0].index : n.start;
  return quoteSpan(story[s.section], s.section, s.start + from, s.end);
}

function sentenceQuote(story: StoryText, s: StorySentence): Quote | undefined {
  return quoteSpan(story[s.section], s.section, s.start, s.end);
}

// A cue with the words around it, for sentences whose opening is not the point.
function cueQuote(story: StoryText, s: StorySentence, at: number): Quote | undefined {
  const clauseStart = Math.max(
    0,
    ...[',', ';', ':', '—', '–', '('].map((p) => s.text.lastIndexOf(p, at) + 1).filter((i) => i > 0 && i <= at),
  );
  return quoteSpan(story[s.section], s.section, s.start + clauseStart, s.end);
}

interface Candidate {
  kind: FollowUpKind;
  quote: Quote;
}

function candidates(story: StoryText, sentences: StorySentence[]): Map<FollowUpKind, Candidate[]> {
  const byKind = new Map<FollowUpKind, Candidate[]>(ORDER.map((k) => [k, []]));
  const add = (kind: FollowUpKind, quote: Quote | undefined) => {
    if (quote && quote.text.length >= 3) byKind.get(kind)!.push({ kind, quote });
  };
  for (const s of sentences) {
    const spoken = s.section !== 'reflection';
    const nums = sentenceNumbers(s.text, s.section === 'result');
    if (spoken && (s.section === 'result' || s.section === 'action'))
      for (const m of nums.metrics.slice(0, 1)) add('metric', numberQuote(story, s, m));
    if (spoken) for (const m of nums.scale.slice(0, 1)) add('scale', cueQuote(story, s, m.start));
    const signals = sentenceSignals(s.text);
    const decision = signals.get('own-decision') ?? signals.get('trade-off');
    if (decision && spoken) add('decision', sentenceQuote(story, s));
    if ((s.section === 'action' || s.section === 'result') && WE.test(s.text) && !I.test(s.text))
      add('we', sentenceQuote(story, s));
    const launch = LAUNCH.exec(s.text);
    // A sentence that already says what happened after launch does not need the question.
    if (launch && spoken && s.section !== 'situation' && !signals.has('after-launch'))
      add('launch', cueQuote(story, s, launch.index));
    const conflict = CONFLICT.exec(s.text);
    if (conflict && spoken) add('conflict', cueQuote(story, s, conflict.index));
    const failure = FAILURE.exec(s.text);
    if (failure && spoken) add('failure', cueQuote(story, s, failure.index));
    if (s.section === 'result' && nums.outcomeWithoutNumber && nums.metrics.length === 0 && OUTCOME_WORD.test(s.text))
      add('evidence', sentenceQuote(story, s));
    const constraint = signals.get('constraint');
    if (constraint && spoken) add('constraint', cueQuote(story, s, constraint.start));
    const partner = signals.get('cross-functional');
    if (partner && spoken) add('partner', cueQuote(story, s, partner.start));
  }
  const title = story.title?.trim();
  // The closing probe names the story by its title and points at where it ends.
  const last = sentences.filter((s) => s.section === 'result').pop() ?? sentences[sentences.length - 1];
  if (title && last)
    add('lesson', { text: title, anchor: { section: last.section, start: last.start, end: last.end } });
  return byKind;
}

function ask(c: Candidate): Pick<FollowUp, 'question' | 'why'> {
  const q = `“${c.quote.text}”`;
  switch (c.kind) {
    case 'metric':
      return {
        question: `You say ${q}: how was that measured, what was the baseline, and over what period?`,
        why: 'Interviewers probe every number: how it was measured, compared with what, and for how long.',
      };
    case 'decision':
      return {
        question: `On ${q}: what alternatives did you consider, and why did this one win?`,
        why: 'A senior answer names the options it turned down and the reason.',
      };
    case 'we':
      return {
        question: `${q}: which part of that was yours, and what did the others do?`,
        why: '"We" hides your part; the interviewer will ask what you did yourself.',
      };
    case 'launch':
      return {
        question: `After ${q}, what happened next: what did you watch, and what did you change?`,
        why: 'Ownership after launch is what interviewers look for in senior engineers.',
      };
    case 'failure':
      return {
        question: `About ${q}: what changed afterwards so it would not happen again?`,
        why: 'A problem in a story invites "what did you change?": the learning is the point.',
      };
    case 'conflict':
      return {
        question: `About ${q}: what was the other side's strongest argument, and what did you concede?`,
        why: 'Interviewers check that you understood the other view, not only that you won.',
      };
    case 'scale':
      return {
        question: `At ${q}, what broke first or had to be redesigned as it grew?`,
        why: 'A scale figure invites a system-design probe.',
      };
    case 'evidence':
      return {
        question: `You say ${q}: what evidence would you show that it happened?`,
        why: 'An outcome without a number will be questioned; know what backs it.',
      };
    case 'partner':
      return {
        question: `About ${q}: what did they need that you did not, and how did you settle it?`,
        why: 'Cross-team work is judged by how differing goals were resolved.',
      };
    case 'constraint':
      return {
        question: `How did ${q} shape what you built, and what did you leave out because of it?`,
        why: 'Constraints explain choices; interviewers ask what they cost you.',
      };
    case 'lesson':
      return {
        question: `Looking back on ${q}, what would you do differently now?`,
        why: 'A closing probe on judgment: what you learned and would change.',
      };
  }
}

/**
 * Five to eight follow-up questions an interviewer is likely to ask about this story (fewer when the
 * story is too short to ask more without generic filler). Each quotes the story; none repeats another.
 */
export function followUps(story: StoryText): FollowUp[] {
  const sentences = storySentences(story);
  const byKind = candidates(story, sentences);
  const out: FollowUp[] = [];
  const seenQuestions = new Set<string>();
  const seenQuotes = new Set<string>();
  const take = (c: Candidate) => {
    const key = c.quote.text.toLowerCase();
    if (c.kind !== 'lesson' && seenQuotes.has(`${c.kind}:${key}`)) return;
    const { question, why } = ask(c);
    const norm = question.toLowerCase();
    if (seenQuestions.has(norm)) return;
    // One sentence anchors at most two questions, so the list covers the story, not one line of it.
    const sameAnchor = out.filter(
      (f) => f.anchor.section === c.quote.anchor.section && f.anchor.start === c.quote.anchor.start,
    ).length;
    if (sameAnchor >= 2) return;
    seenQuestions.add(norm);
    seenQuotes.add(`${c.kind}:${key}`);
    out.push({ question, why, anchor: c.quote.anchor, kind: c.kind });
  };
  // First pass: one question of each kind, in ORDER; then a second metric and further ones until full.
  for (const kind of ORDER) {
    if (out.length >= MAX_FOLLOW_UPS) break;
    for (const c of byKind.get(kind)!) {
      const before = out.length;
      take(c);
      if (out.length > before) break;
    }
  }
  // Later rounds: at most two of a kind (three numbers), so one habit of the story does not fill the list.
  for (let round = 1; out.length < MAX_FOLLOW_UPS && round < 3; round++) {
    for (const kind of ORDER) {
      if (out.length >= MAX_FOLLOW_UPS) break;
      const c = byKind.get(kind)![round];
      if (c && (round < 2 || kind === 'metric')) take(c);
    }
  }
  return out;
}
