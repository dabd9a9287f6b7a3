// Training the learned claim reading from labeled rows: each row read by the rules alone (sentence by
// sentence), a logistic regression per gated flag over the rows' named features, and the model JSON
// written in one fixed form. Same rows in the same order → the same bytes. Pure: the command
// (scripts/train-claim-model.ts) and the tests pass the rows in.
import { goldFlags, type Flags, type LabeledRow } from '../evaluate';
import { readRowSentences, type ReadSentence } from './claim-sentences';
import { MODEL_FLAGS, type ClaimModel, type ModelFlag } from './claim-gate';
import {
  DEFAULT_TRAIN_OPTIONS,
  isWordFeature,
  trainLogistic,
  vocabularyOf,
  type Example,
  type LogisticWeights,
  type TrainOptions,
} from './logistic';

/** A labeled row read by the rules alone: its sentences, its labels and the rules' row flags. */
export interface ReadRow {
  row: LabeledRow;
  sentences: ReadSentence[];
  gold: Flags;
  /** The rules' flags ORed over the row's sentences, vague derived, as predictedFlags derives it. */
  rules: Flags;
}

export function readRow(row: LabeledRow): ReadRow {
  const sentences = readRowSentences(row.text, row.section ?? undefined);
  const any = (f: ModelFlag) => sentences.some((s) => s.rules[f]);
  const rules = {
    is_claim: any('is_claim'),
    has_metric: any('has_metric'),
    has_scale: any('has_scale'),
    has_outcome: any('has_outcome'),
    vague_claim: any('is_claim') && !any('has_metric') && !any('has_scale') && !any('has_outcome'),
  };
  return { row, sentences, gold: goldFlags(row), rules };
}

/** How a flag's model is trained. */
export interface TrainChoice {
  /** Learn only from the sentences the rules mark (a veto's question: is this rule positive right?). */
  rulePositives: boolean;
  /** Keep lexical features (words, bigrams, governing words, main verbs); without them the model reads structure only. */
  words: boolean;
}
export const DEFAULT_CHOICE: TrainChoice = { rulePositives: false, words: true };

/** A one-sentence row gives its labels; a longer row only its negatives (each of its sentences then holds none). */
function examplesOf(rows: readonly ReadRow[], flag: ModelFlag, choice: TrainChoice): Example[] {
  return rows.flatMap((r) =>
    r.sentences
      .filter((s) => !choice.rulePositives || s.rules[flag])
      .map((s) => ({
        features: s.features,
        label: r.sentences.length === 1 ? r.gold[flag] : r.gold[flag] ? undefined : false,
      })),
  );
}

/** The weights of the given flags, over one vocabulary (word features seen in at least `floor` sentences). */
export function trainFlags(
  rows: readonly ReadRow[],
  floor: number,
  flags: readonly ModelFlag[] = MODEL_FLAGS,
  choice: TrainChoice = DEFAULT_CHOICE,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Partial<Record<ModelFlag, LogisticWeights>> {
  const vocabulary = vocabularyOf(
    rows.flatMap((r) => r.sentences.map((s) => ({ features: s.features, label: undefined }))),
    floor,
  ).filter((f) => choice.words || !isWordFeature(f));
  return Object.fromEntries(
    flags.map((flag) => [flag, trainLogistic(examplesOf(rows, flag, choice), vocabulary, options)]),
  );
}

export const MODEL_ABOUT =
  'Learned claim reading (scripts/train-claim-model.ts): logistic regression per gated flag on the spent blind writers, the real corpus tuning halves and the tuning halves of our written sets. Regenerate; do not edit.';

/** The model for the given gates, trained on the rows; only the gated flags' weights are kept. */
export function trainClaimModel(rows: readonly ReadRow[], gates: ClaimModel['gates'], floor: number): ClaimModel {
  const flags = MODEL_FLAGS.filter((f) => gates[f]);
  return { about: MODEL_ABOUT, floor, flags: trainFlags(rows, floor, flags), gates };
}

/** The model as the bytes shipped in claim-model.json. */
export function modelJson(model: ClaimModel): string {
  return `${JSON.stringify(model)}\n`;
}
