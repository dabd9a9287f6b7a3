// How a learned probability changes a rule's flag. A veto clears a rule's positive the model finds
// unlikely (precision); an add sets a flag the rules missed where the model is sure (recall); a stack
// lets the model decide, the rules' readings being among its features.
import type { LogisticWeights } from './logistic';

export const MODEL_FLAGS = ['is_claim', 'has_metric', 'has_scale', 'has_outcome'] as const;
export type ModelFlag = (typeof MODEL_FLAGS)[number];

export interface Gate {
  policy: 'veto' | 'add' | 'stack';
  threshold: number;
}

/** A trained model: its candidate gates (chosen on LOWO) and the weights of each gated flag; a flag without a gate is left to the rules. */
export interface ClaimModel {
  about: string;
  /** Word features kept were seen in at least this many training sentences. */
  floor: number;
  flags: Partial<Record<ModelFlag, LogisticWeights>>;
  gates: Partial<Record<ModelFlag, Gate>>;
}

/** The flag after the gate: the rule's reading unless the model's probability crosses the gate's threshold. */
export function gatedFlag(rule: boolean, probability: number, gate: Gate | undefined): boolean {
  if (!gate) return rule;
  if (gate.policy === 'veto') return rule && probability >= gate.threshold;
  if (gate.policy === 'add') return rule || probability > gate.threshold;
  return probability > gate.threshold;
}
