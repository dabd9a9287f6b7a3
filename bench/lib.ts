// Shared helpers for benchmarks. Each bench/<area>.bench.ts exports a default function that
// receives a recorder and records its figures; bench/run.ts prints them as one table and writes JSON.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Figure {
  /** Stable id, e.g. 'analyzer.story400.median'. */
  id: string;
  /** What was measured, in words. */
  label: string;
  value: number;
  unit: 'ms' | 'µs' | 'MB' | 'KB' | 'x' | 'ratio' | 'count';
  /** The target, if it names one: the figure passes when value <= max (or >= min). */
  target?: { max?: number; min?: number };
  note?: string;
}

export interface BenchRecorder {
  record(figure: Figure): void;
}

export interface Timing {
  median: number;
  p95: number;
  min: number;
  mean: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    runs: sorted.length,
  };
}

/** Times `fn` (in ms) after a warm-up, for at least `runs` runs or `minMs` milliseconds. */
export async function time(
  fn: () => unknown,
  options: { runs?: number; warmup?: number; minMs?: number } = {},
): Promise<Timing> {
  const { runs = 30, warmup = 5, minMs = 0 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < runs || performance.now() - started < minMs) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function passes(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  const { max, min } = figure.target;
  if (max !== undefined && figure.value > max) return false;
  if (min !== undefined && figure.value < min) return false;
  return true;
}

/**
 * CPU time of this process's main thread in ms (Linux, from /proc; 10 ms resolution), or undefined
 * where /proc is missing. On a shared machine wall time measures the load as much as the code, and
 * process.cpuUsage() also counts the compiler and GC threads; the main thread's CPU is the steadiest
 * figure of what the code itself costs.
 */
export function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
    return Number.isFinite(ticks) ? ticks * 10 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** CPU time of the whole process (every thread) in ms. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
