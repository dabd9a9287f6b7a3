// What the signal finders of every class share: the shape of a finder (a sentence in, the span that
// shows the signal out) and the small count that trade-off and constraint patterns both build from.
import type { Finder } from '../sentence-view';

export type { Finder };

/** A small count as written in stories: a number, a number word, "a few", "a couple of". */
export const NUM = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple\s+of|\d+(?:\.\d+)?)`;
