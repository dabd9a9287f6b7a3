// A date told as when a result was reached is no deadline (RUBRIC.md, constraint: a real limit the work had to
// respect): "by the end of the quarter" in a clause whose verb is a change in a measure ("falls at night halved by
// the end of the quarter", "late deliveries were down a third by the end of the year"). With a word of having to
// meet it ("had to be live by the end of the quarter", "the target was …") it stays a deadline.
import type { Finder } from './sentence-view';

const BY_END = /^by\s+the\s+end\s+of\b/i;
const MEASURE_CHANGED =
  /\b(?:halved|doubled|tripled|fell|dropped|rose|grew|shrank|climbed|declined|decreased|increased|improved|(?:was|were)\s+(?:down|up)|went\s+(?:down|up)|had\s+(?:halved|doubled|fallen|dropped|risen|grown))\b/i;
const HAD_TO_MEET =
  /\b(?:had\s+to|needed\s+to|need\s+to|must|due|deadline|committed|promised|target(?:ed)?|goal|aim(?:ed)?|asked|required|wanted|plan(?:ned)?\s+to)\b/i;

/** The time-box finder's cue, unless "by the end of …" is when a measured result was reached. */
export function unlessAResultByDate(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    if (!c || !BY_END.test(v.text.slice(c.start, c.end))) return c;
    return MEASURE_CHANGED.test(v.text) && !HAD_TO_MEET.test(v.text) ? undefined : c;
  };
}
