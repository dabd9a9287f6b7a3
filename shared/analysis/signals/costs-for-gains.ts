// Trade-off (RUBRIC.md: "an accepted cost") told as a price paid for what was gained, in three plain shapes:
// - a cost put as a small amount of something, then what outweighed it: "It cost a little click-through, but the
//   complaints stopped", "cost us about 2% of sign-ups, though …";
// - an exchange: "in return for fewer arrears", "in exchange for a later start";
// - options of the work dropped with the reason: "dropped two strong features, because the model had to be
//   explainable", "left out a few fields, since …".
// A price in money told alone ("the licence cost £4k") names no gain and stays unread.
import type { Finder } from './sentence-view';

const COST_BUT =
  /\b(?:cost|costs|costing)\s+(?:us\s+|me\s+|them\s+)?(?:a\s+(?:little|bit\s+of|few|couple\s+of|lot\s+of)|some|about\s+\d|\d|a\s+point|one|two|three|half\s+a)\b[^.;]{0,60}?\b(?:but|though|although|yet)\b/i;
const IN_RETURN = /\bin\s+(?:return|exchange)\s+for\b/i;
const DROPPED_BECAUSE =
  /\b(?:dropped|cut|left\s+out|gave\s+up|parked|shelved)\s+(?:two|three|four|some|several|a\s+few|the\s+\w+est|a)\s+(?:of\s+(?:the|our|my)\s+)?(?:\w+\s+){0,2}(?:features?|options?|ideas?|items?|parts?|signals?|fields?)\b[^.;]{0,40}?,?\s+(?:because|since|as)\b/i;

/** A cost paid for a gain (see above). */
export const costForGain: Finder = (v) => {
  for (const shape of [COST_BUT, IN_RETURN, DROPPED_BECAUSE]) {
    const m = shape.exec(v.text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
};
