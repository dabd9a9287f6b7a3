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
import { summarize, time, type BenchRecorder } from './lib';
import { sampleStory, storyText, wordCount } from './story-samples';

/** Benchmarks on a shared machine: say how busy it was. */
function loadNote(): string {
  return `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`;
}

/** Runs `a` and `b` alternately (so machine load hits both alike) and returns per-call medians in ms. */
function sideBySide(a: () => unknown, b: () => unknown, rounds = 60, batch = 5): { a: number; b: number } {
  for (let i = 0; i < 10; i++) {
    a();
    b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (let i = 0; i < batch; i++) a();
    sa.push((performance.now() - t0) / batch);
    t0 = performance.now();
    for (let i = 0; i < batch; i++) b();
    sb.push((performance.now() - t0) / batch);
  }
  return { a: summarize(sa).median, b: summarize(sb).median };
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
  // 1. Same ~400-word story: write-good vs the analyzer with an empty cache.
  const story = storyText(sampleStory(1, 400));
  const words = wordCount(story);
  const { a: wg, b: ours } = sideBySide(
    () => writeGood(story),
    () => createAnalyzer().analyzeText(story),
  );
  r.record({
    id: 'analyzer.story400.write-good',
    label: `write-good on a ${words}-word story (median)`,
    value: wg,
    unit: 'ms',
  });
  r.record({
    id: 'analyzer.story400.analyzer',
    label: `analyzer, cold cache, same story (median)`,
    value: ours,
    unit: 'ms',
  });
  r.record({
    id: 'analyzer.story400.ratio',
    label: 'analyzer time ÷ write-good time',
    value: ours / wg,
    unit: 'ratio',
    target: { max: 0.35 },
    note: loadNote(),
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

  // 4. Keystroke re-analysis on a 1,500-word story with a warm cache: one character changes each time.
  const long = storyText(sampleStory(7, 1_500));
  const analyzer = createAnalyzer();
  analyzer.analyzeText(long);
  const at = Math.floor(long.length / 2);
  const samples: number[] = [];
  let misses = 0;
  for (let k = 0; k < 400; k++) {
    const edited = long.slice(0, at) + String.fromCharCode(97 + (k % 26)) + long.slice(at);
    const before = analyzer.stats.misses;
    const t0 = performance.now();
    analyzer.analyzeText(edited);
    samples.push((performance.now() - t0) * 1000);
    misses = Math.max(misses, analyzer.stats.misses - before);
  }
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
