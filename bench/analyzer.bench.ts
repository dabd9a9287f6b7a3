// Analyzer benchmarks: side by side with write-good on the same ~400-word story, a bank of 1,000 stories, growth
// with text length, and keystroke re-analysis with the sentence cache. The targets are issue 11's ("Must show"):
// a cold 400-word story in at most 0.35× write-good's time in the same run, re-analysis after a keystroke in at most
// 1 ms, 1,000 stories in at most 300 ms, linear growth. (Issue 4 had asked 0.2× of a smaller analyzer.)
// Every "cold" figure uses a fresh analyzer, so the cache cannot hide the cost of real analysis; the
// bank figure is given twice: truly cold (a process that never analyzed anything) and warm JIT.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import writeGood from 'write-good';
import { createAnalyzer } from '#shared/analysis/index';
import { processCpuMs, summarize, time, type BenchRecorder } from './lib';
import { sampleStory, storyText, wordCount } from './story-samples';

/** Benchmarks on a shared machine: say how busy it was. */
function loadNote(): string {
  return `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`;
}

interface SideBySide {
  /** Per-call medians in ms: CPU time of the process (the figure) and wall time (for the note). */
  cpuA: number;
  cpuB: number;
  wallA: number;
  wallB: number;
}

/**
 * Runs `a` and `b` the same way: `warmup` calls of each, alternating, then `rounds` rounds of one batch of `a`
 * and one batch of `b` (so machine load hits both alike). Returns per-call medians of CPU and wall time.
 */
function sideBySide(
  a: () => unknown,
  b: () => unknown,
  { warmup, rounds, batch }: { warmup: number; rounds: number; batch: number },
): SideBySide {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const wa: number[] = [];
  const wb: number[] = [];
  const ca: number[] = [];
  const cb: number[] = [];
  const batchOf = (fn: () => unknown, wall: number[], cpu: number[]) => {
    const c0 = processCpuMs();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    wall.push((performance.now() - t0) / batch);
    cpu.push((processCpuMs() - c0) / batch);
  };
  for (let r = 0; r < rounds; r++) {
    batchOf(a, wa, ca);
    batchOf(b, wb, cb);
  }
  const median = (xs: number[]) => summarize(xs).median;
  return { cpuA: median(ca), cpuB: median(cb), wallA: median(wa), wallB: median(wb) };
}

/** Runs analyzer-first-pass.ts in a new Node process (with this process's loader flags, i.e. tsx). */
interface FirstPass {
  ms: number;
  firstTenMs: number;
  importMs: number;
  /** CPU of the main thread (undefined without /proc) and of the whole process, in ms. */
  mainCpuMs?: number;
  cpuMs: number;
}

function firstPassInFreshProcess(): FirstPass {
  const script = fileURLToPath(new URL('./analyzer-first-pass.ts', import.meta.url));
  const child = spawnSync(process.execPath, [...process.execArgv, script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`analyzer-first-pass.ts failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as FirstPass;
}

function medianOf(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples).median;
}

export default async function analyzerBench(r: BenchRecorder): Promise<void> {
  // 1. Same ~400-word story: write-good vs the analyzer with an empty sentence cache (a fresh analyzer per call).
  //    Why the figure is taken after 2,500 warm-up calls of each, in batches of 20, in CPU time (session 31; until
  //    then it was 10 warm-up calls, batches of 5, wall time, and read 1.55 ms against growth.1x's 0.36 ms for
  //    the same length):
  //    - JIT warm-up. write-good is a few regular expressions and runs at its steady speed from its second call;
  //      the analyzer is some 400 functions, each optimized by V8 only after enough calls of its own, and many run
  //      once per number or per rare wording, so it reaches its steady speed only after ~2,000 stories. CPU per
  //      call on a loaded machine, one process, this story: analyzer 10–20 ms at calls 5–50, 2–3.5 ms at call
  //      300, 1–1.9 ms at 1,000, 0.5–1 ms from 2,500 on; write-good 1.6–2.6 ms throughout. --trace-opt still
  //      completes 160 optimizations between calls 1,000 and 4,000, with 9 deopts in all (no deopt loop).
  //      Ten warm-up calls measured the analyzer on calls 11–310 of that curve, while growth.1x runs after the
  //      bank's 6,000 analyses: that is the 4×. Both peers now get the same 2,500 calls first, past the plateau
  //      of both; the warm-up itself stays visible as analyzer.story400.early (the old method, in CPU time).
  //    - Not the text: warm, the growth sample's 402 words and this 416-word story cost the same within noise.
  //    - tsx's __name wrapping (esbuild keepNames) was thought to cost 5 calls per analyzeText; session 33 found it
  //      wrapped every named closure made per call (isCompoundPart: ~7% of a cold story) and moved those out.
  //      The app's own build (electron-vite) keeps no names, so that part of the gain is the bench's, not the app's.
  //    - Batches of 5 put each switch of peer inside a small measured batch: right after write-good a batch of 5
  //      analyzer calls cost 1.3–1.4× the next batch of 5 (likely write-good's garbage collected on our time; write-good after
  //      the analyzer: 1.07×); with batches of 20 the two are within 3%.
  //    - CPU time (process.cpuUsage, every thread, so GC work counts) for both peers: on the shared machine wall
  //      time also measures the other engineers' load; wall medians are given in the note.
  const story = storyText(sampleStory(1, 400));
  const words = wordCount(story);
  const writeGoodOnStory = () => writeGood(story);
  const analyzerOnStory = () => createAnalyzer().analyzeText(story);
  const early = sideBySide(writeGoodOnStory, analyzerOnStory, { warmup: 10, rounds: 60, batch: 5 });
  r.record({
    id: 'analyzer.story400.early',
    label: 'analyzer time ÷ write-good time on their calls 11–310 in this process (JIT warm-up, CPU)',
    value: early.cpuB / early.cpuA,
    unit: 'ratio',
    note: `write-good ${early.cpuA.toFixed(2)} ms, analyzer ${early.cpuB.toFixed(2)} ms CPU per call; ${loadNote()}`,
  });
  const steady = sideBySide(writeGoodOnStory, analyzerOnStory, { warmup: 2_500, rounds: 40, batch: 20 });
  r.record({
    id: 'analyzer.story400.write-good',
    label: `write-good on a ${words}-word story, after 2,500 warm-up calls (median CPU)`,
    value: steady.cpuA,
    unit: 'ms',
    note: `wall median ${steady.wallA.toFixed(3)} ms`,
  });
  r.record({
    id: 'analyzer.story400.analyzer',
    label: `analyzer, cold cache, same story, same warm-up (median CPU)`,
    value: steady.cpuB,
    unit: 'ms',
    note: `wall median ${steady.wallB.toFixed(3)} ms`,
  });
  r.record({
    id: 'analyzer.story400.ratio',
    label: 'analyzer time ÷ write-good time (CPU)',
    value: steady.cpuB / steady.cpuA,
    unit: 'ratio',
    target: { max: 0.35 },
    note: `wall ratio ${(steady.wallB / steady.wallA).toFixed(3)}; ${loadNote()}`,
  });

  // 2. A bank of 1,000 distinct stories through analyzeStory. This process has analyzed stories above
  //    and the median below comes after a first pass, so its code is optimized and its per-word caches
  //    (word facts, lemmas) are full, though each run starts a fresh analyzer (empty sentence cache).
  //    The first pass of a process that never analyzed anything is what opening a bank costs: it is
  //    measured in a child process and reported beside it.
  const bank = Array.from({ length: 1_000 }, (_, i) => sampleStory(1_000 + i, 250));
  const bankWords = bank.reduce((n, s) => n + wordCount(storyText(s)), 0);
  const first = firstPassInFreshProcess();
  r.record({
    id: 'analyzer.bank1000.cold',
    label: `analyzeStory over the same 1,000 stories, first pass in a fresh process (cold JIT and caches)`,
    value: first.ms,
    unit: 'ms',
    note:
      `first 10 stories ${first.firstTenMs.toFixed(0)} ms; CPU ${first.mainCpuMs === undefined ? '' : `${first.mainCpuMs.toFixed(0)} ms main thread, `}` +
      `${first.cpuMs.toFixed(0)} ms all threads; module import ${first.importMs.toFixed(0)} ms, not counted; ${loadNote()}`,
  });
  const bankMs = medianOf(() => {
    const analyzer = createAnalyzer();
    for (const s of bank) analyzer.analyzeStory(s);
  }, 5);
  r.record({
    id: 'analyzer.bank1000',
    label: `analyzeStory over 1,000 stories (${Math.round(bankWords / 1000)}k words), fresh analyzer, warm JIT (median)`,
    value: bankMs,
    unit: 'ms',
    target: { max: 300 },
    note: `empty sentence cache, per-word caches full; ${loadNote()}`,
  });

  // 3. Growth with text length: 1×, 4×, 16× distinct text. Each timing sample analyzes the same total
  //    (16 texts at 1×, 4 at 4×, one at 16×) so garbage collection is amortized alike at every size.
  const perWord: Record<number, number> = {};
  for (const factor of [1, 4, 16]) {
    const texts = Array.from({ length: 16 / factor }, (_, k) =>
      Array.from({ length: factor }, (_, i) => storyText(sampleStory(50_000 + k * 16 + i, 400))).join('\n\n'),
    );
    const n = wordCount(texts[0]);
    const timing = await time(
      () => {
        for (const text of texts) createAnalyzer().analyzeText(text);
      },
      { runs: 10, warmup: 3, minMs: 300 },
    );
    const perText = timing.median / texts.length;
    // The ratio uses the fastest sample: on a shared machine longer samples are preempted more often,
    // which would read as non-linear growth when it is only load.
    perWord[factor] = timing.min / texts.length / n;
    r.record({
      id: `analyzer.growth.${factor}x`,
      label: `${factor}× text (${n} words), cold (median)`,
      value: perText,
      unit: 'ms',
      note: loadNote(),
    });
  }
  r.record({
    id: 'analyzer.growth.linearity',
    label: 'time per word at 16× ÷ at 1× (fastest samples; 1 = linear)',
    value: perWord[16] / perWord[1],
    unit: 'ratio',
    target: { max: 1.5 },
  });

  // 4. Keystroke re-analysis on a 1,500-word story with a warm cache, typed the way a person types: each keystroke
  // adds the next character of new sentences at a sentence boundary in the middle of the story, so the sentence
  // being typed is one the cache has never seen (one miss per keystroke) and the finished ones stay cached. (Until
  // session 42 the bench put one of 26 letters in one place, so after 26 keystrokes it timed cache hits only.)
  const long = storyText(sampleStory(7, 1_500));
  const analyzer = createAnalyzer();
  analyzer.analyzeText(long);
  const boundary = long.indexOf('. ', Math.floor(long.length / 2));
  const at = boundary < 0 ? Math.floor(long.length / 2) : boundary + 2;
  const typed = typedSentences(400);
  const samples: number[] = [];
  let misses = 0;
  let keystrokesWithMiss = 0;
  for (let k = 0; k < typed.length; k++) {
    const edited = long.slice(0, at) + typed.slice(0, k + 1) + long.slice(at);
    const before = analyzer.stats.misses;
    const t0 = performance.now();
    analyzer.analyzeText(edited);
    samples.push((performance.now() - t0) * 1000);
    const missed = analyzer.stats.misses - before;
    misses = Math.max(misses, missed);
    if (missed > 0) keystrokesWithMiss++;
  }
  r.record({
    id: 'analyzer.keystroke1500.typed',
    label: 'keystrokes that re-analyzed the sentence being typed (share)',
    value: keystrokesWithMiss / typed.length,
    unit: 'ratio',
  });
  r.record({
    id: 'analyzer.keystroke1500',
    label: `re-analysis after a one-character edit, ${wordCount(long)}-word story (median)`,
    value: summarize(samples).median,
    unit: 'µs',
    target: { max: 1000 },
  });
  r.record({
    id: 'analyzer.keystroke1500.misses',
    label: 'sentences re-analyzed per keystroke (max)',
    value: misses,
    unit: 'count',
    target: { max: 1 },
  });
}

/**
 * `length` characters of sentences a person might type into a story, each opened by its own number so no two
 * partial sentences are alike ("Week 3: I moved the nightly export …").
 */
function typedSentences(length: number): string {
  let text = '';
  for (let n = 1; text.length < length; n++)
    text += `Week ${n}: I moved the nightly export onto the new queue and the wait fell to minutes. `;
  return text.slice(0, length);
}
