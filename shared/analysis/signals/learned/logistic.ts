// A logistic regression over sparse binary features, trained by plain stochastic gradient descent with L2
// shrinkage, a fixed number of epochs and the examples in the order given: the same data gives the same
// weights, bit for bit, on every machine (no random numbers, no parallel sums). Pure; the trainer script and
// the leave-one-writer-out run use it, the app only reads the weights it wrote.

/** One example: the indices of the features it has (each counts 1), and whether it is a positive. */
export interface Example {
  features: readonly number[];
  positive: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** The first epoch's step; epoch e steps `rate / (1 + e)`. */
  rate: number;
  /** L2 shrinkage per step on the weights an example touches (lazy, so rare features are not wiped out). */
  l2: number;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 30, rate: 0.5, l2: 1e-4 };

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Trains weights over `size` features; index 0 is conventionally the bias. */
export function trainLogistic(
  examples: readonly Example[],
  size: number,
  options: TrainOptions = DEFAULT_TRAINING,
): Float64Array {
  const w = new Float64Array(size);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const { features, positive } of examples) {
      let z = 0;
      for (const f of features) z += w[f];
      const gradient = sigmoid(z) - (positive ? 1 : 0);
      for (const f of features) w[f] -= rate * (gradient + options.l2 * w[f]);
    }
  }
  return w;
}

/** The probability weights `w` give an example with feature indices `features`. */
export function probability(w: ArrayLike<number>, features: readonly number[]): number {
  let z = 0;
  for (const f of features) z += w[f];
  return sigmoid(z);
}
