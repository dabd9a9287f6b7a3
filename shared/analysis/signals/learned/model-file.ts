// The learned signal reading as shipped: one vocabulary of feature names, one weight per feature per signal
// (rounded, so the file is small and a retrain on the same rows writes the same bytes), and the thresholds the
// leave-one-writer-out run chose. Pure: the trainer writes it with `serializeModel`, the app reads it.
import { SIGNAL_IDS, type SignalId } from '../signal-ids';

export interface SignalModelFile {
  about: string;
  /** A fingerprint of the rows it was trained on (features and labels), so a stale file is told from a changed trainer. */
  rows: string;
  training: { epochs: number; rate: number; l2: number; floor: number };
  /** Feature names; index 0 is "bias". */
  features: string[];
  /** Per signal the app reads (those with thresholds), one weight per feature, in `features` order. */
  weights: Partial<Record<SignalId, number[]>>;
  /**
   * Per signal, where the model may change what the rules say: `add` marks a sentence the rules missed when its
   * probability is at least this; `veto` drops a rule hit when its probability is below this. Absent: no change.
   */
  thresholds: Partial<Record<SignalId, { add?: number; veto?: number }>>;
}

/** Weights are kept to four decimals: enough for the probabilities the thresholds read, small on disk. */
export const roundWeight = (w: number) => {
  const r = Math.round(w * 1e4) / 1e4;
  return Object.is(r, -0) ? 0 : r;
};

/** The file's text: the vocabulary on one line, each signal's weights on one line, so a diff shows what moved. */
export function serializeModel(model: SignalModelFile): string {
  const lines = [
    '{',
    `  "about": ${JSON.stringify(model.about)},`,
    `  "rows": ${JSON.stringify(model.rows)},`,
    `  "training": ${JSON.stringify(model.training)},`,
    `  "thresholds": ${JSON.stringify(model.thresholds)},`,
    `  "features": ${JSON.stringify(model.features)},`,
    '  "weights": {',
    SIGNAL_IDS.filter((id) => model.weights[id])
      .map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(model.weights[id]!.map(roundWeight))}`)
      .join(',\n'),
    '  }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, hex): enough to tell two training sets apart. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
