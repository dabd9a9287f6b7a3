// `npx tsx scripts/lowo-signal-model.ts [--floor=N] [--add=id:t,…] [--veto=id:t,…]`: the learned signal reading
// scored leave-one-writer-out. For each spent blind writer (fresh-stories-7, -10 … -19) the model is trained on every
// other writer and the tuning parts (never on that writer), and scored on that writer's sentences against the rules
// alone: `veto` drops a rule hit the model finds unlikely (p < veto threshold), `add` marks a sentence the rules
// missed that the model finds likely (p ≥ add threshold), `stacked` does both. A prompt is never added by a veto
// (the story becomes "unsure"); an added sentence makes a signal present, so its missing prompt goes. Prints, per
// signal, the pooled threshold curves, then per writer tp/fp/fn and wrong prompts for each mode.
import { DEFAULT_TRAINING, probability, trainLogistic } from '#shared/analysis/signals/learned/logistic';
import type { SignalId } from '#shared/analysis/signals/signal-ids';
import {
  SIGNAL_IDS,
  examplesOf,
  trainingRows,
  vocabulary,
  type FeatureRow,
} from '../tests/fixtures/signals/signal-training';
import { TRAINED_WRITER_SETS } from '../tests/fixtures/signals/writer-sets';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const floor = Number(arg('floor') ?? 3);
const thresholds = (name: string): Partial<Record<SignalId, number>> =>
  Object.fromEntries(
    (arg(name) ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [id, t] = pair.split(':');
        return [id, Number(t)];
      }),
  );
const addAt = thresholds('add');
const training = {
  epochs: Number(arg('epochs') ?? DEFAULT_TRAINING.epochs),
  rate: Number(arg('rate') ?? DEFAULT_TRAINING.rate),
  l2: Number(arg('l2') ?? DEFAULT_TRAINING.l2),
};
const vetoAt = thresholds('veto');

const split = process.argv.includes('--split');
const rows = trainingRows();
const writers = TRAINED_WRITER_SETS.map((n) => `fs${n}`);

// Out-of-writer probabilities: p[writer][signal][row of that writer].
const scored = new Map<string, { rows: FeatureRow[]; p: Record<SignalId, number[]> }>();
for (const writer of writers) {
  const train = rows.filter((r) => r.source !== writer);
  const test = rows.filter((r) => r.source === writer);
  const vocab = vocabulary(train, floor);
  const p = {} as Record<SignalId, number[]>;
  for (const id of SIGNAL_IDS) {
    if (split) {
      // One model for the sentences the rules missed (adds), one for those they marked (vetoes).
      const missed = trainLogistic(
        examplesOf(
          train.filter((r) => !r.rules.has(id)),
          vocab,
          id,
        ),
        vocab.length,
        training,
      );
      const marked = trainLogistic(
        examplesOf(
          train.filter((r) => r.rules.has(id)),
          vocab,
          id,
        ),
        vocab.length,
        training,
      );
      p[id] = examplesOf(test, vocab, id).map((e, i) =>
        probability(test[i].rules.has(id) ? marked : missed, e.features),
      );
      continue;
    }
    const w = trainLogistic(examplesOf(train, vocab, id), vocab.length, training);
    p[id] = examplesOf(test, vocab, id).map((e) => probability(w, e.features));
  }
  scored.set(writer, { rows: test, p });
}

// Pooled curves: sentences the rules missed, by add threshold; rule hits, by veto threshold.
console.log(
  `Leave-one-writer-out, ${writers.length} writers, word floor ${floor}, ${rows.length} rows in all, training ${JSON.stringify(training)}.\n`,
);
console.log('Pooled over writers: adds (rules missed, p ≥ t) tp/fp; vetoes (rule hit, p < t) tp lost/fp removed.');
for (const id of SIGNAL_IDS) {
  const adds: string[] = [];
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    let tp = 0;
    let fp = 0;
    for (const { rows: rs, p } of scored.values())
      rs.forEach((r, i) => {
        if (!r.rules.has(id) && p[id][i] >= t) {
          if (r.gold.has(id)) tp++;
          else fp++;
        }
      });
    adds.push(`${t}:${tp}/${fp}`);
  }
  const vetoes: string[] = [];
  for (const t of [0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5]) {
    let tp = 0;
    let fp = 0;
    for (const { rows: rs, p } of scored.values())
      rs.forEach((r, i) => {
        if (r.rules.has(id) && p[id][i] < t) {
          if (r.gold.has(id)) tp++;
          else fp++;
        }
      });
    vetoes.push(`${t}:${tp}/${fp}`);
  }
  console.log(`  ${id.padEnd(17)} add ${adds.join(' ')}`);
  console.log(`  ${''.padEnd(17)} veto ${vetoes.join(' ')}`);
}

type Mode = 'rules' | 'veto' | 'add' | 'stacked';
const MODES: Mode[] = ['rules', 'veto', 'add', 'stacked'];
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  wrong: number;
}

function countWriter(writer: string, id: SignalId, mode: Mode): Counts {
  const { rows: rs, p } = scored.get(writer)!;
  const c = { tp: 0, fp: 0, fn: 0, wrong: 0 };
  const stories = new Map<number, { gold: boolean; added: boolean; prompted: boolean }>();
  rs.forEach((r, i) => {
    const add = (mode === 'add' || mode === 'stacked') && addAt[id] !== undefined && p[id][i] >= addAt[id]!;
    const veto = (mode === 'veto' || mode === 'stacked') && vetoAt[id] !== undefined && p[id][i] < vetoAt[id]!;
    const marked = r.rules.has(id) ? !veto : add;
    const gold = r.gold.has(id);
    if (marked && gold) c.tp++;
    else if (marked) c.fp++;
    else if (gold) c.fn++;
    const story = stories.get(r.story) ?? { gold: false, added: false, prompted: r.prompted.has(id) };
    story.gold ||= gold;
    story.added ||= !r.rules.has(id) && marked;
    stories.set(r.story, story);
  });
  for (const s of stories.values()) if (s.prompted && !s.added && s.gold) c.wrong++;
  return c;
}

const cell = (c: Counts) => `${c.tp}/${c.fp}/${c.fn} w${c.wrong}`;
const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
console.log(`\nThresholds: add ${JSON.stringify(addAt)} veto ${JSON.stringify(vetoAt)}`);
for (const id of SIGNAL_IDS) {
  console.log(`\n${id}: per writer tp/fp/fn wN — ${MODES.join(' | ')}`);
  const sums = Object.fromEntries(MODES.map((m) => [m, { tp: 0, fp: 0, fn: 0, wrong: 0 }])) as Record<Mode, Counts>;
  const moved = Object.fromEntries(MODES.map((m) => [m, { better: 0, worse: 0, fpUp: 0 }]));
  for (const writer of writers) {
    const byMode = MODES.map((m) => countWriter(writer, id, m));
    byMode.forEach((c, k) => {
      const s = sums[MODES[k]];
      s.tp += c.tp;
      s.fp += c.fp;
      s.fn += c.fn;
      s.wrong += c.wrong;
      const errs = (x: Counts) => x.fp + x.fn + x.wrong;
      if (errs(c) < errs(byMode[0])) moved[MODES[k]].better++;
      if (errs(c) > errs(byMode[0])) moved[MODES[k]].worse++;
      if (c.fp - byMode[0].fp > 1) moved[MODES[k]].fpUp++;
    });
    console.log(`  ${writer.padEnd(6)}${byMode.map((c) => cell(c).padEnd(15)).join('')}`);
  }
  console.log(`  ${'sum'.padEnd(6)}${MODES.map((m) => cell(sums[m]).padEnd(15)).join('')}`);
  console.log(
    `  ${''.padEnd(6)}${MODES.map((m) => `P${precision(sums[m]).toFixed(2)} R${recall(sums[m]).toFixed(2)}`.padEnd(15)).join('')}`,
  );
  console.log(
    `  ${''.padEnd(6)}${MODES.map((m) => `+${moved[m].better} -${moved[m].worse} fp↑${moved[m].fpUp}`.padEnd(15)).join('')}`,
  );
}
