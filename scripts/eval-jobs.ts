// `npm run eval:jobs`: precision and recall of job-description extraction on the hand-labeled postings,
// for the tuning set (used while writing the lexicon) and the set kept aside, per preset framework, in all
// and per batch of postings. `--misses` also lists what each tuning job got wrong (never the aside rows).
import { presetFramework } from '#shared/competencies/index';
import { scoreJobFocus } from '#shared/competencies/job-focus/evaluate-focus';
import { loadLabeledJobs } from './job-descriptions';

const showMisses = process.argv.includes('--misses');
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

for (const frameworkId of ['senior-ml-engineer', 'generic-senior-staff']) {
  const framework = presetFramework(frameworkId);
  if (!framework) throw new Error(`No preset ${frameworkId}.`);
  console.log(`\n${framework.name}`);
  for (const [set, batch] of [
    ['tuning', undefined],
    ['aside', undefined],
    ['tuning', 1],
    ['aside', 1],
    ['tuning', 2],
    ['aside', 2],
    ['tuning', 3],
    ['aside', 3],
    ['aside', 4],
  ] as const) {
    const score = scoreJobFocus(loadLabeledJobs(set, frameworkId, batch), framework);
    const name = `${set}${batch === undefined ? '' : ` b${batch}`}`;
    console.log(
      `  ${name.padEnd(9)} ${String(score.jobs).padStart(2)} jobs  precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
    );
    if (showMisses && set === 'tuning' && batch === undefined)
      for (const m of score.misses)
        console.log(`      ${m.name}: missed [${m.missed.join(', ')}] extra [${m.extra.join(', ')}]`);
  }
}
