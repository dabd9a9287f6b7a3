// Trigger words: a rule that can only mark a sentence holding one of its own words (a negation, "had",
// "kept") says so here, and is passed over for every sentence without one. Each trigger is a test on a
// lower-case word, built from the rule's own list, so it cannot drift from the words the rule reads.
// Which triggers a word meets is worked out once per distinct word (its WordFacts); which a sentence
// meets is one pass over its tokens, shared by every gated rule that reads the same tokens array.
import type { Token } from './tokenize';

/** The words a rule needs in a sentence before it can hold: one bit of the sentence's trigger mask. */
export interface TriggerWords {
  /** The rule, for tests and reports. */
  readonly name: string;
  readonly bit: number;
  /** Whether a lower-case word is one of the rule's trigger words. */
  readonly test: (lower: string) => boolean;
}

const registered: TriggerWords[] = [];
/** One bit per trigger in a 32-bit mask (the sign bit left alone). */
const MOST_TRIGGERS = 31;

/** Registers a rule's trigger words (at module load). */
export function triggerWords(name: string, test: (lower: string) => boolean): TriggerWords {
  if (registered.length >= MOST_TRIGGERS) throw new RangeError(`No bit left for trigger "${name}".`);
  const trigger: TriggerWords = { name, bit: 1 << registered.length, test };
  registered.push(trigger);
  return trigger;
}

/** Every registered trigger (for the gate tests). */
export function registeredTriggers(): readonly TriggerWords[] {
  return registered;
}

function maskOf(lower: string): number {
  let mask = 0;
  for (const trigger of registered) if (trigger.test(lower)) mask |= trigger.bit;
  return mask;
}

// The last tokens array read and its mask: the gated rules of one sentence read the same array.
let lastTokens: readonly Token[] | undefined;
let lastLength = -1;
let lastKnown = -1;
let lastMask = 0;

/** The triggers some token of the sentence meets, one bit each. */
function sentenceMask(tokens: readonly Token[]): number {
  if (tokens === lastTokens && tokens.length === lastLength && lastKnown === registered.length) return lastMask;
  let mask = 0;
  for (const t of tokens) {
    const facts = t.facts;
    if (facts === undefined) {
      // Numbers and symbols have no shared facts; a symbol meets no word list, a number rarely.
      if (t.kind !== 'symbol') mask |= maskOf(t.lower);
      continue;
    }
    if (facts.triggersKnown !== registered.length) {
      facts.triggers = maskOf(t.lower);
      facts.triggersKnown = registered.length;
    }
    mask |= facts.triggers;
  }
  lastTokens = tokens;
  lastLength = tokens.length;
  lastKnown = registered.length;
  lastMask = mask;
  return mask;
}

let gatesOn = true;

/** Turns the gates off (every gated rule then reads every sentence) or on again: for the gate tests. */
export function setTriggerGates(on: boolean): void {
  gatesOn = on;
}

/** Whether some token of the sentence is one of `trigger`'s words (always true with the gates off). */
export function holdsTrigger(tokens: readonly Token[], trigger: TriggerWords): boolean {
  return !gatesOn || (sentenceMask(tokens) & trigger.bit) !== 0;
}
