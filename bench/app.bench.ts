// The renderer's cold load in real Chromium (navigation start → first contentful paint, and → the
// app frame rendered), and the production bundle size.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchApp, RENDERER_DIR, ROOT } from '../tests/e2e/harness';
import { summarize, type BenchRecorder } from './lib';

function ensureBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

export default async function run(r: BenchRecorder): Promise<void> {
  ensureBuilt();
  let raw = 0;
  let gzip = 0;
  let js = 0;
  for (const file of files(RENDERER_DIR)) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    if (file.endsWith('.js')) js += bytes.length;
  }
  r.record({
    id: 'bundle.renderer.raw',
    label: 'Production renderer bundle, all files',
    value: raw / 1024,
    unit: 'KB',
  });
  r.record({ id: 'bundle.renderer.js', label: 'Production renderer bundle, JavaScript', value: js / 1024, unit: 'KB' });
  r.record({
    id: 'bundle.renderer.gzip',
    label: 'Production renderer bundle, gzipped',
    value: gzip / 1024,
    unit: 'KB',
  });
  // What the first screen waits for: the entry script named in index.html (other views are chunks).
  const entry = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8'))?.[1];
  if (entry) {
    const bytes = readFileSync(join(RENDERER_DIR, entry));
    r.record({
      id: 'bundle.renderer.entry',
      label: 'First-load JavaScript (entry chunk; other views load after the first paint)',
      value: bytes.length / 1024,
      unit: 'KB',
    });
    r.record({
      id: 'bundle.renderer.entry.gzip',
      label: 'First-load JavaScript, gzipped',
      value: gzipSync(bytes).length / 1024,
      unit: 'KB',
    });
  }

  const app = await launchApp();
  try {
    const paints: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < 12; i++) {
      const page = await app.context.newPage();
      await page.goto(app.bridge.url.replace('/#', '/?cold=' + i + '#'));
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      const timing = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        return { fcp, frame: performance.now() };
      });
      paints.push(timing.fcp);
      frames.push(timing.frame);
      await page.close();
    }
    const fcp = summarize(paints.slice(2));
    const ready = summarize(frames.slice(2));
    r.record({
      id: 'renderer.cold.fcp',
      label: 'Cold load: navigation start → first contentful paint (median)',
      value: fcp.median,
      unit: 'ms',
    });
    r.record({
      id: 'renderer.cold.frame',
      label: 'Cold load: navigation start → app frame rendered (median, upper bound)',
      value: ready.median,
      unit: 'ms',
    });
  } finally {
    await app.close();
  }
}
