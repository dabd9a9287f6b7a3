// A party named only inside the road the writer did not take: "I could have asked IT to switch printing off
// centrally, but that needed a change request", "the easy answer was to cap each team's hours, but …", "hourly
// checks would have taken a nurse off the floor". The option was weighed and dropped, so nobody was worked with
// (RUBRIC.md, cross-functional: work with, for or against a role or team); the sentence is the trade-off's cost.
import type { Cue } from './sentence-view';

/**
 * Where an untaken option opens: a counterfactual modal ("could have", "would have", "might have"; not the
 * obligation "would have to"), or "the easy answer was to …".
 */
const UNTAKEN_OPENS =
  /\b(?:could|might)(?:\s+not|n't)?\s+have\s+(?!to\b)|\bthe\s+(?:easy|easiest|obvious|simple|simplest|quick|quickest|cheap|cheapest|natural|usual|standard)\s+(?:answer|option|fix|route|way|move|choice|thing)\s+(?:was|would\s+have\s+been)\s+to\b/gi;

/** Where the untaken option's clause ends: the road taken after "but" / "instead" / "so", or a new clause. */
const UNTAKEN_ENDS = /,?\s+(?:but|so|instead|yet)\b|[;:.!?](?:\s|$)|\s[-–—]\s/i;

/** True when the party at `cue` is named only inside an option the writer did not take. */
export function inUntakenOption(text: string, cue: Cue): boolean {
  for (const m of text.matchAll(UNTAKEN_OPENS)) {
    const from = m.index;
    if (cue.start < from) continue;
    const rest = text.slice(from + m[0].length);
    const stop = UNTAKEN_ENDS.exec(rest);
    const to = from + m[0].length + (stop ? stop.index : rest.length);
    if (cue.end <= to) return true;
  }
  return false;
}
