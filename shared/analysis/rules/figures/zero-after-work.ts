// A count of none told in a Result: "No callbacks from any of the forty households for boiler faults",
// "We handed the homes over early, and none of the buyers pulled out", "0 duplicate records on the ward
// list". RUBRIC-NOTES counts a zero over a period as a metric and an outcome whatever is counted; the
// zero readers (zero-over-period.ts, zero-subject.ts) want the period told in the sentence ("since
// April", "that winter"), because elsewhere a zero without one is the setup ("we had no tests",
// "nobody had touched it"). In a Result the section itself says the count was taken after the work, so
// this runs the same readers with the period given (CueScan.periodGiven): one frame for every shape they
// read, not one more phrasing. What the work lacked ("no budget left") still counts nothing: the readers
// keep their own checks (a plural or trouble-marked noun, an event verb, no past perfect).
import type { Token } from '../language/tokenize';
import type { CueScan } from '../outcomes/outcome-scan';
import type { OutcomeCue } from '../outcomes/outcome-types';
import { ZERO_OVER_PERIOD_RULE } from './zero-over-period';
import { ZERO_SUBJECT_RULE } from './zero-subject';

/** The zero readers, each run with the period given. */
const ZERO_READERS = [ZERO_OVER_PERIOD_RULE, ZERO_SUBJECT_RULE];
/** Each reader's trigger words, from its own list. */
const READER_WORDS = ZERO_READERS.map((r) => new Set(r.words ?? []));
/** Words that can open a count of none. */
const ZERO_WORDS = new Set(READER_WORDS.flatMap((set) => [...set]));

/**
 * The first count of none in a Result sentence, read with the section as its period, or undefined.
 * Call it only for a sentence in a Result: elsewhere a zero with no period of its own is the setup.
 */
export function zeroInResult(tokens: Token[]): OutcomeCue | undefined {
  const words = tokens.filter((t) => t.kind !== 'symbol');
  if (!words.some((w) => ZERO_WORDS.has(w.lower))) return undefined;
  const cues: OutcomeCue[] = [];
  const scan: CueScan = { tokens, words, cues, i: 0, w: words[0], lower: '', prev: undefined, next: undefined };
  scan.periodGiven = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!ZERO_WORDS.has(w.lower)) continue;
    scan.i = i;
    scan.w = w;
    scan.lower = w.lower;
    scan.prev = words[i - 1]?.lower;
    scan.next = words[i + 1]?.lower;
    for (let r = 0; r < ZERO_READERS.length; r++)
      if (READER_WORDS[r].has(w.lower) && ZERO_READERS[r].match(scan)) break;
    if (cues.length > 0) return cues[0];
  }
  return undefined;
}
