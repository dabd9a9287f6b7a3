// Measuring the signal detector against labeled sentences (tests/fixtures/signals/RUBRIC.md).
// A labeled story names each of its sentences by section letter + index ("a3" = the fourth Action
// sentence, as the analyzer splits it) and lists the signals that sentence shows; sentences not
// listed show none. Pure, so the eval command and the floor test share it.
import { z } from 'zod';
import type { StorySection } from '../domain-types';
import { SIGNAL_IDS, type SignalId } from './signal-ids';
import { storySignals, type StorySignals } from './story-signals';
import { storySentences, type StoryText } from './story-sentences';
import { headedParts } from '../story-segments';

const SECTION_LETTER: Record<StorySection, string> = {
  situation: 's',
  task: 't',
  action: 'a',
  result: 'r',
  reflection: 'f',
};

/** The key labeled sets use for a story's `index`-th sentence in `section` ("a0", "r2"). */
export function sentenceLabelKey(section: StorySection, index: number): string {
  return `${SECTION_LETTER[section]}${index}`;
}

export const SignalLabels = z.record(z.string().regex(/^[stafr]\d+$/), z.array(z.enum(SIGNAL_IDS)));
export type SignalLabels = z.infer<typeof SignalLabels>;

/** One story to measure on: its text as STAR sections, and the labels of its sentences. */
export interface LabeledStory {
  id: string;
  story: StoryText;
  labels: SignalLabels;
  /**
   * Cuts of a labeled sentence the splitter cut finer than its writer labeled it ("a3" → "a2"): each names the
   * first cut of its sentence, which holds the labels. The sentence is scored once, marked when any of its cuts is.
   */
  units?: Readonly<Record<string, string>>;
}

/** Each sentence of a story with its label key, in story order. */
export function labeledSentences(
  story: StoryText,
): { key: string; text: string; section: StorySection; start: number }[] {
  const counters: Partial<Record<StorySection, number>> = {};
  return storySentences(story).map((s) => {
    const i = counters[s.section] ?? 0;
    counters[s.section] = i + 1;
    return { key: sentenceLabelKey(s.section, i), text: s.text, section: s.section, start: s.start };
  });
}

/**
 * A story written as one text with STAR headings ("**Situation:**", "### Action", "Result:"), as
 * StoryText, cut by the analyzer's own heading reader (`headedParts`) so every part of the app splits
 * alike. Text before the first heading, or a story with no headings, is the Action (the rubric's rule:
 * the labels index sentences of that split, so no content-based segmentation here).
 */
export function storyTextOf(text: string): StoryText {
  const out: Record<StorySection, string[]> = { situation: [], task: [], action: [], result: [], reflection: [] };
  for (const part of headedParts(text) ?? [{ section: 'action' as const, text }]) out[part.section].push(part.text);
  const join = (s: StorySection) => out[s].join('\n').trim();
  return {
    situation: join('situation'),
    task: join('task'),
    action: join('action'),
    result: join('result'),
    reflection: join('reflection'),
  };
}

/**
 * The units a story is scored by: each labeled sentence once, keyed as labeled, marked when the detector shows any of
 * its cuts (`shown` holds "section:start" of the cuts it marks). Without `units` a unit is one cut.
 */
function scoredUnits(
  story: StoryText,
  units: LabeledStory['units'],
  shown: ReadonlySet<string>,
): { key: string; marked: boolean }[] {
  const out: { key: string; marked: boolean }[] = [];
  const at = new Map<string, number>();
  for (const sentence of labeledSentences(story)) {
    const key = units?.[sentence.key] ?? sentence.key;
    const marked = shown.has(`${sentence.section}:${sentence.start}`);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push({ key, marked });
    } else out[i].marked ||= marked;
  }
  return out;
}

export interface SignalScore {
  id: SignalId;
  /** Sentence level: does the detector mark this sentence as showing the signal? */
  sentences: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Story level: does the story show the signal at all? */
  stories: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number };
  /** Of the stories that get a missing-signal prompt, the share that truly lack the signal. */
  missingPromptPrecision: number;
  /** Prompts shown, shown rightly, and stories that truly lack the signal (so gating that hides every prompt shows). */
  prompts: { shown: number; right: number; due: number };
  /** Sentence keys it got wrong, "storyId:key". */
  falsePositives: string[];
  falseNegatives: string[];
  /** Stories told the signal is missing although a sentence shows it. */
  wrongPrompts: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Scores `detect` (the shipped `storySignals` unless another reading is being compared, as the per-writer and
 * leave-one-writer-out harnesses do) against the labels of `stories`.
 */
export function scoreSignals(
  stories: LabeledStory[],
  detect: (story: StoryText) => StorySignals = storySignals,
): SignalScore[] {
  // What the user sees: each story's evidence (sentence-level cues plus story context) and its prompts.
  // By position, not id: sets summed together may repeat an id ("k01" in two fresh sets).
  const seen = stories.map((s) => detect(s.story));
  return SIGNAL_IDS.map((id) => {
    const s = { tp: 0, fp: 0, fn: 0 };
    const st = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const falsePositives: string[] = [];
    const falseNegatives: string[] = [];
    const wrongPrompts: string[] = [];
    // Stories given a missing-signal prompt, those among them that truly lack it, and all that lack it.
    const prompted = { total: 0, right: 0, due: 0 };
    stories.forEach(({ id: storyId, story, labels, units }, index) => {
      let gold = false;
      let predicted = false;
      const signal = seen[index].signals.find((x) => x.id === id)!;
      const shown = new Set(signal.evidence.map((e) => `${e.section}:${e.start}`));
      if (signal.prompt) prompted.total++;
      for (const sentence of scoredUnits(story, units, shown)) {
        const g = (labels[sentence.key] ?? []).includes(id);
        const p = sentence.marked;
        gold ||= g;
        predicted ||= p;
        if (g && p) s.tp++;
        else if (p) {
          s.fp++;
          falsePositives.push(`${storyId}:${sentence.key}`);
        } else if (g) {
          s.fn++;
          falseNegatives.push(`${storyId}:${sentence.key}`);
        }
      }
      if (gold && predicted) st.tp++;
      else if (predicted) st.fp++;
      else if (gold) st.fn++;
      else st.tn++;
      if (signal.prompt && !gold) prompted.right++;
      if (signal.prompt && gold) wrongPrompts.push(storyId);
      if (!gold) prompted.due++;
    });
    return {
      id,
      sentences: { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) },
      stories: { ...st, precision: ratio(st.tp, st.tp + st.fp), recall: ratio(st.tp, st.tp + st.fn) },
      missingPromptPrecision: ratio(prompted.right, prompted.total),
      prompts: { shown: prompted.total, right: prompted.right, due: prompted.due },
      falsePositives,
      falseNegatives,
      wrongPrompts,
    };
  });
}

/** The held-aside part: every third story by its number, chosen before any rule was tuned. */
export function isHeldAside(storyId: string): boolean {
  const n = Number(/(\d+)$/.exec(storyId)?.[1] ?? NaN);
  return Number.isFinite(n) && n % 3 === 0;
}
