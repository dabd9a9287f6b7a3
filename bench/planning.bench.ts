// Planning benchmarks: Suggest on a 10-round × 100-story loop, and the coverage matrix for 1,000 stories.
import { time, type BenchRecorder } from './lib';
import { suggestStories } from '#shared/loops/suggest-stories';
import { coverageMatrix } from '#shared/coverage/coverage-matrix';
import { coverageCsv } from '#shared/coverage/coverage-csv';
import { presetFramework } from '#shared/competencies/preset-frameworks';
import type { Loop, Story } from '#shared/domain/schemas';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const ml = presetFramework('senior-ml-engineer')!;
const ids = ml.competencies.map((c) => c.id);

function pick(rand: () => number, n: number): string[] {
  const set = new Set<string>();
  while (set.size < n) set.add(ids[Math.floor(rand() * ids.length)]);
  return [...set];
}

function stories(count: number, rand: () => number): Story[] {
  return Array.from({ length: count }, (_, i): Story => ({
    id: `story_b${i.toString(36)}`,
    title: `Story ${i}`,
    project: `Project ${i % 17}`,
    role: 'Tech lead',
    situation: '',
    task: '',
    action: '',
    result: `Cut latency by ${10 + (i % 50)}%.`,
    reflection: '',
    competencies: pick(rand, 2 + Math.floor(rand() * 3)),
    stages: [],
    companies: [],
    status: rand() < 0.8 ? 'ready' : 'draft',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    rehearsals: [],
    notes: String(Math.floor(rand() * 101)),
  }));
}

function loop(rand: () => number): Loop {
  return {
    id: 'loop_bench',
    company: 'Bench',
    role: 'Staff MLE',
    frameworkId: ml.id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    rounds: Array.from({ length: 10 }, (_, r) => ({
      id: `round_b${r}`,
      name: `Round ${r + 1}`,
      focus: pick(rand, 1 + Math.floor(rand() * 4)),
      storyIds: [],
    })),
  };
}

export default async function planning(r: BenchRecorder): Promise<void> {
  const readiness = (s: Story) => Number(s.notes);
  const instances = Array.from({ length: 20 }, (_, i) => {
    const rand = random(i + 1);
    return { loop: loop(rand), stories: stories(100, rand) };
  });
  let next = 0;
  let proven = 0;
  let covered = 0;
  let focus = 0;
  const suggest = await time(
    () => {
      const { loop: l, stories: s } = instances[next++ % instances.length];
      const res = suggestStories(l, s, { readiness });
      if (next <= instances.length) {
        proven += res.optimal ? 1 : 0;
        covered += res.objective.covered;
        focus += res.objective.focusTotal;
      }
    },
    { runs: 60, warmup: 5 },
  );
  r.record({
    id: 'planning.suggest.10x100.median',
    label: 'Suggest, 10 rounds × 100 stories (median)',
    value: suggest.median,
    unit: 'ms',
    target: { max: 16 },
  });
  r.record({
    id: 'planning.suggest.10x100.p95',
    label: 'Suggest, 10 rounds × 100 stories (p95)',
    value: suggest.p95,
    unit: 'ms',
  });
  r.record({
    id: 'planning.suggest.10x100.proven',
    label: 'Suggest runs proven optimal within the default 50 ms budget',
    value: proven / Math.min(next, instances.length),
    unit: 'ratio',
    target: { min: 0.9 },
    note: 'A run that hits the budget returns its best plan, marked optimal: false.',
  });
  // Without a budget: does every instance get proven, and how long does the slowest take?
  let unbounded = 0;
  let slowest = 0;
  for (const { loop: l, stories: s } of instances) {
    const started = performance.now();
    unbounded += suggestStories(l, s, { readiness, timeBudgetMs: 5_000, nodeLimit: 10_000_000 }).optimal ? 1 : 0;
    slowest = Math.max(slowest, performance.now() - started);
  }
  r.record({
    id: 'planning.suggest.10x100.proven-unbounded',
    label: 'Suggest runs proven optimal with no time budget',
    value: unbounded / instances.length,
    unit: 'ratio',
    target: { min: 1 },
  });
  r.record({
    id: 'planning.suggest.10x100.slowest-proof',
    label: 'Slowest proof of the 20 instances',
    value: slowest,
    unit: 'ms',
  });
  r.record({
    id: 'planning.suggest.10x100.coverage',
    label: 'Focus slots covered by Suggest',
    value: covered / focus,
    unit: 'ratio',
  });

  const bank = stories(1000, random(99));
  const matrix = await time(() => coverageMatrix(bank, ml, { readiness }), { runs: 30 });
  r.record({
    id: 'planning.coverage.1000.median',
    label: 'Coverage matrix, 1,000 stories (median)',
    value: matrix.median,
    unit: 'ms',
  });
  const csv = await time(() => coverageCsv(coverageMatrix(bank, ml, { readiness })), { runs: 20 });
  r.record({
    id: 'planning.coverage-csv.1000.median',
    label: 'Coverage matrix + CSV, 1,000 stories (median)',
    value: csv.median,
    unit: 'ms',
  });
}
