// The claim writer groups read from disk, shared by eval-across-writers.ts and train-claim-model.ts.
// Spent blind sets (fresh-6, 9…35, each with its whole-story rows) are one readable group per writer;
// the real corpus gives its tuning halves as readable groups and its aside halves as figures only;
// fresh-3/4/5/7/8 (+ whole) are figures only. The sealed sets (fresh-36, fresh-37) are never read:
// the file names below are fixed, and isSealedSetName refuses them again in case a list grows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyRelabels, parseLabeledRows, relabelsFor, rowHalf, type LabeledRow } from '#shared/analysis/evaluate';
import { isSealedSetName, type WriterGroup } from '#shared/analysis/writer-groups';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const claimsDir = resolve(repoRoot, 'tests/fixtures/claims');
const corpusDir = resolve(repoRoot, '../shared/corpus');

/** Spent blind writers: their rows may be read, studied and trained on. */
export const SPENT_WRITERS = [
  6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
].map((n) => `fresh-${n}`);
/** Blind writers whose figures alone may be seen. */
export const FIGURES_ONLY_WRITERS = [3, 4, 5, 7, 8].map((n) => `fresh-${n}`);
export const CORPUS_FILES = ['dev-claims', 'dev-claims-2'];

const relabelOverlay = () => JSON.parse(readFileSync(resolve(claimsDir, 'corpus-relabels.json'), 'utf8')) as unknown;

/** A labeled file's rows with the relabel overlay applied. */
export function readLabeledFile(path: string): LabeledRow[] {
  if (isSealedSetName(basename(path))) throw new Error(`${basename(path)} is sealed and never read.`);
  return applyRelabels(parseLabeledRows(readFileSync(path, 'utf8')), relabelsFor(basename(path), relabelOverlay()));
}

/** One blind writer's rows: the single lines and, where present, the whole-story rows. */
function writerRows(name: string): LabeledRow[] {
  const files = [`${name}.jsonl`, `${name}-whole.jsonl`].map((f) => resolve(claimsDir, f)).filter(existsSync);
  return files.flatMap(readLabeledFile);
}

export function spentWriterGroups(): WriterGroup[] {
  return SPENT_WRITERS.map((name) => ({ name, rows: writerRows(name), figuresOnly: false }));
}

export function corpusGroups(half: 'tuning' | 'aside'): WriterGroup[] {
  return CORPUS_FILES.map((name) => ({
    name: `${name}:${half}`,
    rows: readLabeledFile(resolve(corpusDir, `${name}.jsonl`)).filter((r) => rowHalf(r) === half),
    figuresOnly: half === 'aside',
  }));
}

export function figuresOnlyWriterGroups(): WriterGroup[] {
  return FIGURES_ONLY_WRITERS.map((name) => ({ name, rows: writerRows(name), figuresOnly: true }));
}

/** Every group, readable first; the figures-only groups last. */
export function allClaimGroups(): WriterGroup[] {
  return [...spentWriterGroups(), ...corpusGroups('tuning'), ...figuresOnlyWriterGroups(), ...corpusGroups('aside')];
}

/**
 * Our own written and story sets (written*.jsonl, story-set*.jsonl, labeled rows only), their tuning
 * half only: training data for the learned claim reading, never scored as a writer.
 */
export function writtenTuningRows(): LabeledRow[] {
  const names = readdirSync(claimsDir)
    .filter((f) => /^(written|story-set)(-[\w]+)?\.jsonl$/.test(f) && !f.endsWith('-stories.jsonl'))
    .sort();
  return names.flatMap((f) => readLabeledFile(resolve(claimsDir, f)).filter((r) => rowHalf(r) === 'tuning'));
}
