// The learned signal reading at run time: the shipped weights (signal-model.json) read a sentence's features and
// give, for each signal the leave-one-writer-out run let it touch, whether to add a sentence the rules missed or
// veto one they marked. The rules keep their evidence offsets and prompts; the model only moves sentences in or
// out. A sentence's text features are summed once per text (cached), so a keystroke re-reads one sentence.
import { LruCache } from '../../sentence-cache';
import { SIGNAL_IDS, type SignalId } from '../signal-ids';
import type { StorySentence } from '../story-sentences';
import { sigmoid } from './logistic';
import { contextFeatures, textFeatures, type RuleHits } from './sentence-features';
import type { SignalModelFile } from './model-file';
import shipped from './signal-model.json';

const model = shipped as SignalModelFile;
const INDEX = new Map(model.features.map((f, i) => [f, i]));
/** The signals the model may change, with their thresholds. */
const TOUCHED = SIGNAL_IDS.filter((id) => model.thresholds[id] !== undefined && model.weights[id] !== undefined);
/** Each touched signal's weights, in TOUCHED order: read once, not looked up by signal id for every feature. */
const TOUCHED_WEIGHTS: readonly (readonly number[])[] = TOUCHED.map((id) => model.weights[id]!);

/** The weights summed over feature indices, from `start`, in the indices' order (the order fixes the rounding). */
function sumOver(weights: readonly number[], indices: readonly number[], start: number): number {
  let z = start;
  for (let k = 0; k < indices.length; k++) z += weights[indices[k]];
  return z;
}

/** The indices of the features the model knows, in the order given. */
function knownIndices(features: Iterable<string>): number[] {
  const out: number[] = [];
  for (const f of features) {
    const i = INDEX.get(f);
    if (i !== undefined) out.push(i);
  }
  return out;
}

const cache = new LruCache<string, readonly number[]>(20_000);

/** Each touched signal's weight summed over a text's own features, in TOUCHED order. */
function textSums(text: string): readonly number[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const indices = knownIndices(textFeatures(text));
  const sums = TOUCHED_WEIGHTS.map((weights) => sumOver(weights, indices, 0));
  if (text.length <= 2_000) cache.set(text, sums);
  return sums;
}

/** The model's probability that sentence `index` shows each touched signal. */
export function signalProbabilities(
  sentences: readonly StorySentence[],
  hits: RuleHits,
  index: number,
): Map<SignalId, number> {
  const sums = textSums(sentences[index].text);
  const context = knownIndices(contextFeatures(sentences, hits, index));
  return new Map(TOUCHED.map((id, k) => [id, sigmoid(sumOver(TOUCHED_WEIGHTS[k], context, sums[k]))] as const));
}

/**
 * The rules' per-sentence signals with the model's changes: a rule hit dropped when the model finds it below the
 * signal's veto threshold, a sentence added when the model finds it at or above the add threshold. Signals without
 * thresholds are left as the rules read them. Returns new sets; `hits` is not changed.
 */
export function withLearnedReading(sentences: readonly StorySentence[], hits: RuleHits): Set<SignalId>[] {
  if (TOUCHED.length === 0) return hits.map((h) => new Set(h));
  return sentences.map((_, i) => {
    const out = new Set(hits[i]);
    for (const [id, p] of signalProbabilities(sentences, hits, i)) {
      const { add, veto } = model.thresholds[id]!;
      if (hits[i].has(id)) {
        if (veto !== undefined && p < veto) out.delete(id);
      } else if (add !== undefined && p >= add) out.add(id);
    }
    return out;
  });
}
