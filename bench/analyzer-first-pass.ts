// Run by analyzer.bench.ts in a process of its own: the first pass of analyzeStory over 1,000 distinct
// stories in a process that has never analyzed anything, as an app that opens a bank pays it (cold
// JIT, regular expressions compiled on first use, the per-word caches empty). Prints JSON: wall time,
// and CPU time of the main thread and of the whole process (compiler and GC threads too), which a
// loaded machine disturbs far less than wall time.
import { performance } from 'node:perf_hooks';
import { mainThreadCpuMs, processCpuMs } from './lib';
import { sampleStory } from './story-samples';

const bank = Array.from({ length: 1_000 }, (_, i) => sampleStory(1_000 + i, 250));
const i0 = performance.now();
const { createAnalyzer } = await import('#shared/analysis/index');
const importMs = performance.now() - i0;
const analyzer = createAnalyzer();
const main0 = mainThreadCpuMs();
const cpu0 = processCpuMs();
const t0 = performance.now();
let firstTenMs = 0;
for (const [i, s] of bank.entries()) {
  analyzer.analyzeStory(s);
  if (i === 9) firstTenMs = performance.now() - t0;
}
const ms = performance.now() - t0;
const main1 = mainThreadCpuMs();
const mainCpuMs = main0 === undefined || main1 === undefined ? undefined : main1 - main0;
process.stdout.write(JSON.stringify({ ms, firstTenMs, importMs, mainCpuMs, cpuMs: processCpuMs() - cpu0 }));
