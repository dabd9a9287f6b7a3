// The analyzer's first story in a page costs far more than any story after it: its regular
// expressions are compiled and its functions optimized on first use. Measured in Chromium on a
// 10,000-story bank, the first story's report took 70–125 ms in one task, later ones about a
// millisecond. So the first story is analyzed a sentence at a time, one part of the analysis per call
// (the claim analysis, the signals, the follow-up questions), with the caller yielding between calls;
// its full report then reads the analyzer's per-sentence caches. The analyzer is pure, so no result
// changes: only when the cost is paid, and in how many tasks.
//
// The signal detector alone has about 400 regular expressions, each compiled when first run and
// compiled again to machine code when run a second time; a sentence's signals (all of them in one
// call) cost 30 ms of CPU in one task on the first sentences of a 10,000-story bank's first story.
// So before the sentence parts, each signal finder runs alone on each of the story's sentences, one
// finder and one sentence per part: the same compilation, a few expressions at a time (the story's
// signals are found twice, once in these parts, which costs less than the one long task it saves).
// Each finder runs on every sentence, not only on two: the large alternations run as parts behind
// word tests (shared/analysis/signals/gated-alternatives.ts), and a part is compiled only on a
// sentence that holds its words, so two sentences left the rest to compile in the sentences' signal
// parts (in Node on a 15-sentence story, two runs each at load 18: 9 parts over 10 ms against 5-6,
// the longest 17-28 ms against 16-18 ms, at about the same total CPU).
import { analyzeStory, followUps, storySignals } from '#shared/analysis/index';
import { SIGNAL_CLASSES } from '#shared/analysis/signals/signal-classes';
import { viewOf, type SentenceView } from '#shared/analysis/signals/sentence-view';
import { storySentences } from '#shared/analysis/signals/story-sentences';
import type { Story, StorySection } from '#shared/domain/schemas';
import { STORY_SECTIONS } from '#shared/domain/schemas';
import { browserScheduler, type SliceScheduler } from './sliced-work';
import { hasStoryReport, storyReport } from './story-analysis';

/** How long one task works on the warm-up before it yields. */
const SLICE_MS = 6;

let warm = false;
/** The warm-up's parts, taken in order from `next` (an index, not shift(): the parts run to thousands). */
let pending: (() => void)[] = [];
let next = 0;

/** The story with one sentence left in its STAR sections (same title, tags and so on). */
function oneSentence(story: Story, section: StorySection, text: string): Story {
  const part: Story = { ...story };
  for (const s of STORY_SECTIONS) part[s] = '';
  part[section] = text;
  return part;
}

/** Every signal finder, each once, in the detector's order. */
const SIGNAL_FINDERS = [...new Set(Object.values(SIGNAL_CLASSES).flat())];

/**
 * One part per signal finder and sentence: the finder's first sentence compiles its expressions, the
 * second compiles them to machine code, each in a part of its own (the sentences' views made once).
 */
function signalFinderParts(texts: readonly string[]): (() => void)[] {
  let views: SentenceView[] | undefined;
  return SIGNAL_FINDERS.flatMap((find) =>
    texts.map((_, i) => () => {
      views ??= texts.map(viewOf);
      find(views[i]);
    }),
  );
}

function warmUpParts(story: Story): (() => void)[] {
  const sentences = storySentences(story);
  if (sentences.length === 0) return [];
  return [
    ...signalFinderParts(sentences.map((s) => s.text)),
    ...sentences.flatMap(({ section, text }) => {
      const part = oneSentence(story, section, text);
      return [() => analyzeStory(part), () => storySignals(part), () => followUps(part)];
    }),
  ];
}

/** How many parts the warm-up of `story` has (for tests). */
export function warmUpPartCount(story: Story): number {
  return warmUpParts(story).length;
}

/**
 * Does one part of the warm-up, on `story` unless it already started on another; false when there
 * is nothing (left) to do: the analyzer is warm, or `story` has no text to warm it with.
 */
function warmUpPart(story: Story): boolean {
  if (warm) return false;
  if (pending.length === 0) {
    pending = warmUpParts(story);
    next = 0;
  }
  if (next >= pending.length) return false;
  pending[next++]();
  if (next >= pending.length) {
    warm = true;
    pending = [];
  }
  return true;
}

/**
 * One short step toward `story`'s cached report: while the page's analyzer is cold, one part of the
 * warm-up; after that, the report itself. True once the report is cached.
 */
export function reportStep(story: Story): boolean {
  if (hasStoryReport(story)) return true;
  if (warmUpPart(story)) return false;
  storyReport(story);
  return true;
}

/**
 * Runs `then` once the analyzer is warm (warming it on `story` in short tasks first), so a view that
 * analyzes `story` as it mounts does not hold the main thread for the cold first analysis. At once
 * when warm already or `story` has no report to wait for. Returns a cancel function.
 */
export function afterWarmUp(
  story: Story | undefined,
  then: () => void,
  scheduler: Pick<SliceScheduler, 'soon'> = browserScheduler,
): () => void {
  if (!story || warm || hasStoryReport(story)) {
    then();
    return () => undefined;
  }
  let cancel = () => {};
  const step = () => {
    const started = performance.now();
    let more = warmUpPart(story);
    while (more && performance.now() - started < SLICE_MS) more = warmUpPart(story);
    if (more) cancel = scheduler.soon(step);
    else then();
  };
  cancel = scheduler.soon(step);
  return () => cancel();
}

/** Whether the analyzer has had its warm-up in this page. */
export function analyzerWarm(): boolean {
  return warm;
}
