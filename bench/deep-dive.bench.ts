// Deep-dive figures (issue 12): the depth map a project view computes, and the one-page deep-dive sheet
// (plan + .docx, no LibreOffice) for a typical project and for one with every field at its maximum.
// "Cold" runs change every sentence first, so no per-sentence cache can answer.
import { time, type BenchRecorder } from './lib';
import { depthMap, planDeepDive, type DeepDiveInput } from '#shared/projects/index';
import type { Story } from '#shared/domain/schemas';
import { buildDeepDiveDocx } from '../main/export/deep-dive-docx';
import { sampleStories } from '../tests/shared/sheet/sample-stories';
import { largeProject, typicalProject } from '../tests/shared/projects/project-fixtures';

const SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;

/** The same stories with every sentence made new (a run number before each full stop). */
function fresh(stories: readonly Story[], run: number): Story[] {
  return stories.map((s) => {
    const copy = { ...s };
    for (const k of SECTIONS) copy[k] = s[k].replace(/\.(\s|$)/g, ` r${run}.$1`);
    return copy;
  });
}

export default async function (r: BenchRecorder): Promise<void> {
  const twelve = sampleStories(12).map((s) => ({ ...s, project: 'Ranking' }));
  const warm = await time(() => depthMap({ name: 'Ranking', stories: twelve }), { runs: 30, warmup: 5 });
  r.record({
    id: 'deepdive.map12.warm',
    label: 'depth map, 12-story project (median, warm)',
    value: warm.median,
    unit: 'ms',
  });
  let run = 0;
  const cold = await time(() => depthMap({ name: 'Ranking', stories: fresh(twelve, run++) }), { runs: 10, warmup: 1 });
  r.record({
    id: 'deepdive.map12.cold',
    label: 'depth map, 12-story project, every sentence new (median)',
    value: cold.median,
    unit: 'ms',
  });

  const sheet = async (input: DeepDiveInput) => buildDeepDiveDocx(planDeepDive(input));
  const typical = typicalProject('a4');
  const t1 = await time(() => sheet(typical), { runs: 20, warmup: 3 });
  r.record({
    id: 'deepdive.sheet.typical',
    label: 'deep-dive sheet, 2-story project with notes: plan + .docx (median)',
    value: t1.median,
    unit: 'ms',
    target: { max: 200 },
  });
  const large = largeProject('letter');
  const t2 = await time(() => sheet(large), { runs: 8, warmup: 2 });
  r.record({
    id: 'deepdive.sheet.max',
    label: 'deep-dive sheet, 10 max-length stories + 20,000-character notes on every layer (median)',
    value: t2.median,
    unit: 'ms',
    target: { max: 500 },
  });
  run = 1_000;
  const t3 = await time(() => sheet({ ...large, stories: fresh(large.stories, run++) }), { runs: 5, warmup: 1 });
  r.record({
    id: 'deepdive.sheet.max.cold',
    label: '  the same, every sentence new (median)',
    value: t3.median,
    unit: 'ms',
  });
}
