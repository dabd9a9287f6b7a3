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
  /**
   * Whether a number (a token holding a digit: "3", "p99", "24/7") may be one of the words. False unless the rule
   * says so: no rule's words hold a digit today, and testing each sentence's numbers (mostly unique, so never
   * remembered) against every trigger cost more than the words did. tests/shared/analysis/trigger-words.test.ts
   * checks that no number of the readable sets meets a trigger that says false.
   */
  readonly numbers: boolean;
}

const registered: TriggerWords[] = [];
/** One bit per trigger in a 32-bit mask (the sign bit left alone). */
const MOST_TRIGGERS = 31;

/** Registers a rule's trigger words (at module load). */
export function triggerWords(
  name: string,
  test: (lower: string) => boolean,
  options: { numbers?: boolean } = {},
): TriggerWords {
  if (registered.length >= MOST_TRIGGERS) throw new RangeError(`No bit left for trigger "${name}".`);
  const trigger: TriggerWords = { name, bit: 1 << registered.length, test, numbers: options.numbers === true };
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

// The last tokens array read: the triggers its words meet, and its numbers. The gated rules of one sentence read
// the same array. A number has no shared facts (numbers are mostly unique), so testing it against every trigger
// cost more than all the words: its triggers are tested only as a rule asks, each at most once per sentence.
let lastTokens: readonly Token[] | undefined;
let lastLength = -1;
let lastKnown = -1;
let lastMask = 0;
let lastNumbers: string[] = [];
// Triggers already tested on the last sentence's numbers, and those some number met.
let numbersAsked = 0;
let numbersMet = 0;

/** The triggers some word token (one with facts) of the sentence meets, one bit each; its numbers kept aside. */
function sentenceMask(tokens: readonly Token[]): number {
  if (tokens === lastTokens && tokens.length === lastLength && lastKnown === registered.length) return lastMask;
  let mask = 0;
  const numbers: string[] = [];
  for (const t of tokens) {
    const facts = t.facts;
    if (facts === undefined) {
      // Numbers and symbols have no shared facts; a symbol meets no word list, a number rarely (only a trigger that
      // says it may: numbersMeet). A word made up by a reader (an arrow read as "down") has none either: its
      // triggers are worked out here, as a known word's are.
      if (t.kind === 'number') numbers.push(t.lower);
      else if (t.kind === 'word') mask |= maskOf(t.lower);
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
  lastNumbers = numbers;
  numbersAsked = 0;
  numbersMet = 0;
  return mask;
}

/** Whether some number of the last sentence read by sentenceMask meets `trigger` (tested once per sentence). */
function numbersMeet(trigger: TriggerWords): boolean {
  if ((numbersAsked & trigger.bit) === 0) {
    numbersAsked |= trigger.bit;
    for (const lower of lastNumbers)
      if (trigger.test(lower)) {
        numbersMet |= trigger.bit;
        break;
      }
  }
  return (numbersMet & trigger.bit) !== 0;
}

let gatesOn = true;

/** Turns the gates off (every gated rule then reads every sentence) or on again: for the gate tests. */
export function setTriggerGates(on: boolean): void {
  gatesOn = on;
}

/** Whether some token of the sentence is one of `trigger`'s words (always true with the gates off). */
export function holdsTrigger(tokens: readonly Token[], trigger: TriggerWords): boolean {
  return !gatesOn || (sentenceMask(tokens) & trigger.bit) !== 0 || (trigger.numbers && numbersMeet(trigger));
}

/**
 * Whether a token may be one of `trigger`'s words: false only when its shared facts already say it is not (a
 * holdsTrigger over a tokens array holding it worked them out). A number, or a word not worked out yet, may be.
 * A rule that walks a sentence its gate let through reads this bit before its own word tests.
 */
export function mayBeTrigger(t: Token, trigger: TriggerWords): boolean {
  const facts = t.facts;
  return facts === undefined || facts.triggersKnown !== registered.length || (facts.triggers & trigger.bit) !== 0;
}
