// A sign-off the writer only waited for is no decision moved (RUBRIC.md, influence: "the writer changing or
// trying to change a decision they did not own, or the result of that"): "kept the old report running until the
// matrons signed off", "held the release until legal signed off", "once the board had signed off, we …". The shape:
// the sign-off stands in a clause of time that opens with "until", "till", "once", "before", "after", "when" or
// "pending", or after "waited / waiting for", and the main clause only holds or keeps something going meanwhile. The same words told as the outcome of the writer's case ("the
// board signed off on my plan", "they signed off after I showed the trial") stand in no such clause and still count.
import type { Finder } from './sentence-view';

// The main clause holds or keeps something going meanwhile ("kept the old report running until …", "held the
// release until …"); working on with the party until they signed off ("rewrote it with legal until they signed
// off") is the writer's case carried, and still counts.
const HELD_MEANWHILE =
  /\b(?:kept|keep|keeping|held|hold|holding|waited|wait|waiting|paused|pausing|parked|left|leaving|running|ran)\b/i;
// A clause of time or of waiting just before the sign-off: "until the matrons", "once the board had".
const AWAITED_BEFORE =
  /\b(?:until|till|once|before|after|when|pending|wait(?:ed|ing)?\s+for)\s+(?:[\w'-]+\s+){0,4}(?:had\s+|have\s+|has\s+|finally\s+|formally\s+)?$/i;

/** The finder's cue, unless it is a bare sign-off in a clause of time the writer waited on. */
export function signOffNotAwaited(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    if (!c || !/^signed\s+off$/i.test(v.text.slice(c.start, c.end))) return c;
    const before = v.text.slice(0, c.start);
    return AWAITED_BEFORE.test(before.slice(-60)) && HELD_MEANWHILE.test(before) ? undefined : c;
  };
}
