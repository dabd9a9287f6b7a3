// The store's costs on big banks: opening 10,000 stories (~25 MB), one durable save against the
// floor of rewriting the same file by hand, a 200-story bank's save, memory, and how long one save
// blocks the main process's event loop.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open as openFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { serializeBank } from '../main/store/bank-file';
import { openBankFile } from '../main/store/open-bank-file';
import { updateStory } from '../main/store/operations/stories';
import type { BenchRecorder } from './lib';
import { summarize, time } from './lib';
import { realisticBank } from './store-bank-generator';

const MB = 1024 * 1024;

/** The unavoidable cost of a whole-file rewrite: stringify the same bank, write, fsync, rename. */
async function floorSave(path: string, bank: Parameters<typeof serializeBank>[0]): Promise<void> {
  const text = serializeBank(bank);
  const temp = `${path}.floor.tmp`;
  const handle = await openFile(temp, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await rename(temp, path);
}

async function bigBank(r: BenchRecorder, dir: string): Promise<void> {
  const bank = realisticBank(10_000);
  const path = join(dir, 'big.json');
  const text = serializeBank(bank);
  writeFileSync(path, text);
  r.record({
    id: 'store.bank10k.size',
    label: 'bank file, 10,000 stories',
    value: Buffer.byteLength(text) / MB,
    unit: 'MB',
  });

  const before = process.memoryUsage();
  let store = await openBankFile({ path, dataDir: dir, app: 'cli', mode: 'existing' });
  await store.flush();
  const after = process.memoryUsage();
  r.record({
    id: 'store.bank10k.rss',
    label: 'main-process RSS growth with the 10,000-story bank open',
    value: (after.rss - before.rss) / MB,
    unit: 'MB',
  });
  r.record({
    id: 'store.bank10k.heap',
    label: 'JS heap growth with the 10,000-story bank open',
    value: (after.heapUsed - before.heapUsed) / MB,
    unit: 'MB',
    note: `RSS ${(after.rss / MB).toFixed(0)} MB total`,
  });
  await store.close();

  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const s = await openBankFile({ path, dataDir: dir, app: 'cli', mode: 'existing' });
    samples.push(performance.now() - t0);
    // Not timed: closing waits for the background backup of the file that just loaded.
    await s.close();
  }
  samples.sort((a, b) => a - b);
  r.record({
    id: 'store.bank10k.open',
    label: 'open 10,000 stories (lock, read, parse, migrate check, validate)',
    value: samples[3],
    unit: 'ms',
    target: { max: 300 },
    note: `median of 7; min ${samples[0].toFixed(0)} ms`,
  });

  store = await openBankFile({ path, dataDir: dir, app: 'cli', mode: 'existing' });
  await store.flush();
  const target = store.bank.stories[5_000];
  let n = 0;
  const floorPath = join(dir, 'floor.json');
  // Floor and save alternate, so both see the same machine load (shared machines are noisy).
  const floorSamples: number[] = [];
  const saveSamples: number[] = [];
  for (let i = 0; i < 13; i++) {
    let t0 = performance.now();
    await floorSave(floorPath, store.bank);
    if (i >= 2) floorSamples.push(performance.now() - t0);
    t0 = performance.now();
    await updateStory(store, target.id, { notes: `edit ${n++}` });
    if (i >= 2) saveSamples.push(performance.now() - t0);
  }
  const floor = summarize(floorSamples);
  const save = summarize(saveSamples);
  r.record({
    id: 'store.bank10k.floor',
    label: 'floor: stringify + write + fsync + rename, same bank',
    value: floor.median,
    unit: 'ms',
  });
  r.record({
    id: 'store.bank10k.save',
    label: 'one story saved durably, 10,000-story bank',
    value: save.median,
    unit: 'ms',
  });
  // On a shared, busy machine absolute times swell; open ÷ floor is what stays comparable (the
  // issue's floor is ~90 ms on a quiet machine, so 300 ms there is about 3.3 floors).
  r.record({
    id: 'store.bank10k.openPerFloor',
    label: 'open ÷ floor (load-independent view of the open target)',
    value: samples[3] / floor.median,
    unit: 'ratio',
    note: '≤ 3.3 meets 300 ms where the floor is 90 ms',
  });
  r.record({
    id: 'store.bank10k.saveRatio',
    label: 'save ÷ floor (median)',
    value: save.median / floor.median,
    unit: 'ratio',
    target: { max: 1.3 },
  });

  // Event-loop blocking: the longest stall while saves run (JSON.stringify is synchronous).
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  for (let i = 0; i < 5; i++) await updateStory(store, target.id, { notes: `blocked ${i}` });
  histogram.disable();
  r.record({
    id: 'store.bank10k.loopBlock',
    label: 'longest event-loop stall during a save, 10,000 stories',
    value: histogram.max / 1e6,
    unit: 'ms',
    note: 'the synchronous JSON.stringify of the whole bank',
  });
  await store.close();

  // A save when a rolling backup is due (once an hour in use; here every save): the answer comes
  // once the bank is written, and the backup follows from the same text.
  store = await openBankFile({ path, dataDir: dir, app: 'cli', mode: 'existing', backupIntervalMs: 0 });
  await store.flush();
  const dueFloor: number[] = [];
  const dueSave: number[] = [];
  for (let i = 0; i < 9; i++) {
    let t0 = performance.now();
    await floorSave(floorPath, store.bank);
    if (i >= 2) dueFloor.push(performance.now() - t0);
    t0 = performance.now();
    await updateStory(store, target.id, { notes: `due ${n++}` });
    if (i >= 2) dueSave.push(performance.now() - t0);
    await store.flush(); // the backup, not timed: it runs after the answer
  }
  r.record({
    id: 'store.bank10k.saveWithBackupRatio',
    label: 'save ÷ floor when a rolling backup is due (median)',
    value: summarize(dueSave).median / summarize(dueFloor).median,
    unit: 'ratio',
    target: { max: 1.3 },
  });
  await store.close();
}

async function smallBank(r: BenchRecorder, dir: string): Promise<void> {
  const path = join(dir, 'small.json');
  writeFileSync(path, serializeBank(realisticBank(200)));
  const store = await openBankFile({ path, dataDir: dir, app: 'cli', mode: 'existing' });
  await store.flush();
  const id = store.bank.stories[100].id;
  let n = 0;
  const save = await time(() => updateStory(store, id, { notes: `edit ${n++}` }), { runs: 50, warmup: 5 });
  r.record({
    id: 'store.bank200.save',
    label: 'one story saved durably, 200-story bank (median)',
    value: save.median,
    unit: 'ms',
    target: { max: 10 },
    note: `p95 ${save.p95.toFixed(1)} ms`,
  });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  for (let i = 0; i < 20; i++) await updateStory(store, id, { notes: `blocked ${i}` });
  histogram.disable();
  r.record({
    id: 'store.bank200.loopBlock',
    label: 'longest event-loop stall during a save, 200 stories',
    value: histogram.max / 1e6,
    unit: 'ms',
  });
  await store.close();
}

export default async function storeBench(r: BenchRecorder): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-bench-'));
  try {
    await smallBank(r, dir);
    await bigBank(r, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
