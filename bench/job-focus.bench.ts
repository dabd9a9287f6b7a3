// Job-description extraction (issue 13): a 1,000-word posting, made of the hand-written fixtures, against the
// default framework, as the loop editor runs it on paste.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractJobFocus, presetFramework } from '#shared/competencies/index';
import { DEFAULT_FRAMEWORK_ID } from '#shared/domain/defaults';
import { time, type BenchRecorder } from './lib';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'job-descriptions');

/** The fixtures joined in order until the text reaches `words` words, then cut there. */
function jobDescriptionOf(words: number): string {
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const lines = parts[i % parts.length].split('\n');
    for (const line of lines) {
      if (count >= words) break;
      const n = line.split(/\s+/).filter(Boolean).length;
      out.push(line);
      count += n;
    }
  }
  return out.join('\n');
}

export default async function bench(r: BenchRecorder): Promise<void> {
  const framework = presetFramework(DEFAULT_FRAMEWORK_ID)!;
  const text = jobDescriptionOf(1000);
  const t = await time(() => extractJobFocus(text, framework), { runs: 40, warmup: 5 });
  r.record({
    id: 'jobFocus.extract1000words.median',
    label: 'extractJobFocus on a 1,000-word job description (default framework)',
    value: t.median,
    unit: 'ms',
    target: { max: 16 },
    note: `p95 ${t.p95.toFixed(2)} ms over ${t.runs} runs`,
  });
}
