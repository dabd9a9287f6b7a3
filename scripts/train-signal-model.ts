// `npx tsx scripts/train-signal-model.ts [--check]`: trains the learned signal reading on the spent blind writers
// and the tuning parts (tests/fixtures/signals/signal-training.ts) and writes its weights to
// shared/analysis/signals/learned/signal-model.json. `--check` writes nothing and fails if the file differs from a
// retrain (a rule change moves the rule features the model reads: retrain, rerun the LOWO table, commit both).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelFileText, trainModel, trainingRows } from '../tests/fixtures/signals/signal-training';

const target = fileURLToPath(new URL('../shared/analysis/signals/learned/signal-model.json', import.meta.url));
const rows = trainingRows();
const text = await modelFileText(trainModel(rows), target);
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === text;
  console.log(same ? 'signal-model.json matches a retrain.' : 'signal-model.json differs from a retrain.');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, text);
console.log(`Wrote ${target}: ${rows.length} rows, ${text.length} bytes.`);
