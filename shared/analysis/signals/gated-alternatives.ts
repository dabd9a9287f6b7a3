// A large alternation of signal phrases (1–4 KB, case-insensitive) run as its parts, each behind a cheap
// test for a word none of its matches can lack. Most sentences hold none of a part's words, so most parts
// never run, and a part is compiled only when a sentence first holds its words: the whole alternation cost
// 10–65 ms to compile and several microseconds a sentence to run, about 500 times a sentence over all the
// finders. The parts give exactly the answer of the whole alternation `part1|part2|…` (see `firstGated`);
// tests/shared/analysis/signals/gated-alternatives.test.ts checks that on every labeled sentence.
import type { Cue } from './sentence-view';

/** One part of a large alternation, and a cheap test that every match of the part passes. */
export interface GatedPart {
  /** A test for words every match of `pattern` holds (case-insensitive, no `g` or `y` flag). */
  readonly words: RegExp;
  /** The part itself, without the `g` or `y` flag, so that it keeps no state between sentences. */
  readonly pattern: RegExp;
}

/** The parts of one large alternation, in its order, under a name the tests report. */
export interface GatedAlternation {
  readonly name: string;
  readonly parts: readonly GatedPart[];
}

const registry: GatedAlternation[] = [];

/** Every gated alternation the loaded modules declared (for the test that checks each part's words). */
export const gatedAlternations: readonly GatedAlternation[] = registry;

/** Declares a large alternation as its parts, in order: `[words, pattern]` per part. */
export function gatedAlternation(
  name: string,
  parts: readonly (readonly [words: RegExp, pattern: RegExp])[],
): GatedAlternation {
  const alternation = { name, parts: parts.map(([words, pattern]) => ({ words, pattern })) };
  registry.push(alternation);
  return alternation;
}

/** True when some part matches: the answer of testing the whole alternation, for a fraction of its cost. */
export function anyGated(text: string, alternation: GatedAlternation): boolean {
  for (const p of alternation.parts) if (p.words.test(text) && p.pattern.test(text)) return true;
  return false;
}

/**
 * The match the whole alternation would give: the leftmost one, and on a tie the earlier part's (a
 * backtracking alternation tries its branches in order at each position, from the left).
 */
export function firstGated(text: string, alternation: GatedAlternation): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const p of alternation.parts) {
    if (!p.words.test(text)) continue;
    const m = p.pattern.exec(text);
    if (m && (!best || m.index < best.index)) {
      best = m;
      if (m.index === 0) break;
    }
  }
  return best;
}

/** `firstGated` as a cue. */
export function gatedCue(text: string, alternation: GatedAlternation): Cue | undefined {
  const m = firstGated(text, alternation);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
