// `npx tsx scripts/profile-analyzer.ts [analyzer|signals] [runs]`
// The benchmark's 1,000-story bank, cold, several times in one process, reporting CPU time per run (the
// first run includes warm-up). CPU time is steadier than wall time on the shared machine, but a loaded
// machine still moves it by ±30%: compare two trees by bundling each (npx esbuild <entry> --bundle
// --platform=node --format=esm) and alternating them in one process, then read the median of the
// paired ratios. For a profile: node --cpu-prof --import tsx scripts/profile-analyzer.ts (or run a
// bundle, whose line numbers point at real source lines; tsx's do not).
import { createAnalyzer, followUps, storySignals } from '#shared/analysis/index';
import { sampleStory } from '../bench/story-samples';

const mode = process.argv[2] ?? 'analyzer';
const runs = Number(process.argv[3] ?? 6);
const bank = Array.from({ length: 1_000 }, (_, i) => sampleStory(1_000 + i, 250));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = cpu();
  if (mode === 'analyzer') {
    const analyzer = createAnalyzer();
    for (const s of bank) analyzer.analyzeStory(s);
  } else {
    // Fresh stories each run, so the signal caches stay cold as in the benchmark.
    const fresh = Array.from({ length: 1_000 }, (_, i) => sampleStory(200_000 + r * 5_000 + i, 250));
    for (const s of fresh) {
      storySignals(s);
      followUps(s);
    }
  }
  times.push(cpu() - t0);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `${mode}: CPU ms per run, min ${sorted[0].toFixed(0)}, median ${sorted[runs >> 1].toFixed(0)}; all ${times.map((t) => t.toFixed(0)).join(' ')}`,
);
