// Export figures: the one-page sheet for 30 stories (plan + .docx, no LibreOffice) against the 200 ms,
// and the story book for 200 stories, reported.
import { time, type BenchRecorder } from './lib';
import { planSheet } from '#shared/sheet/index';
import { exportStorySheet } from '../main/export/export-story-sheet';
import { buildStorySheetDocx } from '../main/export/story-sheet-docx';
import { buildStoryBookDocx } from '../main/export/story-book-docx';
import { COMPETENCY_NAMES, maxStories, sampleStories } from '../tests/shared/sheet/sample-stories';

/** Median process CPU time (user + system) of `fn`, in ms, after two warm-up runs. */
async function cpuTime(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((x, y) => x - y)[Math.floor(runs / 2)];
}

export default async function (r: BenchRecorder): Promise<void> {
  const profile = { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' };
  const sheetInput = (stories: ReturnType<typeof sampleStories>) => ({
    stories,
    profile,
    company: 'Northwind Robotics',
    date: '2025-04-15',
    paper: 'a4' as const,
    competencyNames: COMPETENCY_NAMES,
  });

  const typical = sampleStories(30);
  const t1 = await time(() => exportStorySheet(sheetInput(typical)), { runs: 30, warmup: 5 });
  r.record({
    id: 'export.sheet30.median',
    label: 'story sheet, 30 typical stories: validate + plan + .docx (median)',
    value: t1.median,
    unit: 'ms',
    target: { max: 200 },
  });

  const longest = maxStories(30);
  const t2 = await time(() => exportStorySheet(sheetInput(longest)), { runs: 15, warmup: 3 });
  r.record({
    id: 'export.sheet30max.median',
    label: 'story sheet, 30 stories with every field at max length (median)',
    value: t2.median,
    unit: 'ms',
    target: { max: 200 },
  });
  // CPU time of the same call: on a shared machine the wall-clock median above includes time spent waiting for a core.
  const cpu = await cpuTime(() => exportStorySheet(sheetInput(longest)), 15);
  r.record({
    id: 'export.sheet30max.cpu',
    label: '  the same, process CPU time (median; not inflated by other load)',
    value: cpu,
    unit: 'ms',
  });
  const plan = planSheet(sheetInput(longest));
  const t3 = await time(() => planSheet(sheetInput(longest)), { runs: 15, warmup: 3 });
  r.record({ id: 'export.sheet30max.plan', label: '  of which planning (median)', value: t3.median, unit: 'ms' });
  const t4 = await time(() => buildStorySheetDocx(plan), { runs: 15, warmup: 3 });
  r.record({
    id: 'export.sheet30max.docx',
    label: '  of which writing the .docx (median)',
    value: t4.median,
    unit: 'ms',
  });

  const book = sampleStories(200);
  const bookInput = { stories: book, profile, paper: 'a4' as const, competencyNames: COMPETENCY_NAMES, stageNames: {} };
  const t5 = await time(() => buildStoryBookDocx(bookInput), { runs: 5, warmup: 1 });
  r.record({
    id: 'export.book200.median',
    label: 'story book, 200 stories, contents numbered by Word on open (median)',
    value: t5.median,
    unit: 'ms',
  });
  const t6 = await time(() => buildStoryBookDocx({ ...bookInput, pageNumbers: true }), { runs: 2, warmup: 0 });
  r.record({
    id: 'export.book200.pagenumbers',
    label: 'story book, 200 stories, contents page numbers laid out here (median)',
    value: t6.median,
    unit: 'ms',
  });
  const t7 = await time(() => buildStoryBookDocx({ ...bookInput, stories: sampleStories(30) }), { runs: 5, warmup: 1 });
  r.record({
    id: 'export.book30.median',
    label: 'story book, 30 stories with contents page numbers (median)',
    value: t7.median,
    unit: 'ms',
  });
}
