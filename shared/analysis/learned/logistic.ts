// Logistic regression over sets of named binary features, trained by stochastic gradient descent with
// an L2 penalty, a fixed number of epochs and the examples in the order given: the same examples give
// the same weights, bit for bit, on every run (no random numbers, no parallel sums). Pure.

/** One example: the names of the features that hold, and the label (undefined: not used for this flag). */
export interface Example {
  features: readonly string[];
  label: boolean | undefined;
}

export interface LogisticWeights {
  bias: number;
  /** Weight per known feature name; a name not listed weighs nothing. */
  weights: Record<string, number>;
}

export interface TrainOptions {
  epochs: number;
  /** Step size at the first epoch; it shrinks as 1/(1 + epoch/2). */
  rate: number;
  /** L2 penalty per step on the weights a step touches. */
  l2: number;
  /** Weights are rounded to this many decimals, so the shipped JSON stays small and stable. */
  decimals: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 30, rate: 0.1, l2: 0.001, decimals: 3 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Trains one flag's weights on the examples whose label is known, over the given vocabulary only. */
export function trainLogistic(
  examples: readonly Example[],
  vocabulary: readonly string[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LogisticWeights {
  const index = new Map(vocabulary.map((name, i) => [name, i]));
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  const rows = examples
    .filter((e) => e.label !== undefined)
    .map((e) => ({
      ids: [...new Set(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])))],
      y: e.label ? 1 : 0,
    }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch / 2);
    for (const { ids, y } of rows) {
      let z = bias;
      for (const i of ids) z += w[i];
      const g = sigmoid(z) - y;
      bias -= rate * g;
      for (const i of ids) w[i] -= rate * (g + options.l2 * w[i]);
    }
  }
  const scale = 10 ** options.decimals;
  const round = (x: number) => Math.round(x * scale) / scale;
  const weights: Record<string, number> = {};
  vocabulary.forEach((name, i) => {
    const x = round(w[i]);
    if (x !== 0) weights[name] = x;
  });
  return { bias: round(bias), weights };
}

/** The probability the weights give a sentence with these features. */
export function probability(model: LogisticWeights, features: readonly string[]): number {
  let z = model.bias;
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f)) continue;
    seen.add(f);
    z += model.weights[f] ?? 0;
  }
  return sigmoid(z);
}

/** Lexical features (a word, a bigram, a number's governing word, a main verb): the floor applies to them. */
const WORD_PREFIXES = ['w:', 'b:', 'g:', 'v:'];
export const isWordFeature = (f: string): boolean => WORD_PREFIXES.some((p) => f.startsWith(p));

/**
 * The feature names to learn from: every structural feature seen, and each word feature ("w:", "b:", "g:", "v:")
 * seen in at least `floor` examples. Sorted, so the order never depends on the examples' order.
 */
export function vocabularyOf(examples: readonly Example[], floor: number): string[] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([f, n]) => !isWordFeature(f) || n >= floor);
  return kept.map(([f]) => f).sort();
}
