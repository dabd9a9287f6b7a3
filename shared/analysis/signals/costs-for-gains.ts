// Trade-off (RUBRIC.md: "an accepted cost") told as a price paid for what was gained, in three plain shapes:
// - a cost put as a small amount of something, then what outweighed it: "It cost a little click-through, but the
//   complaints stopped", "cost us about 2% of sign-ups, though …";
// - an exchange: "in return for fewer arrears", "in exchange for a later start";
// - options of the work dropped with the reason: "dropped two strong features, because the model had to be
//   explainable", "left out a few fields, since …".
// - the writer's act of giving something up, then the gain it bought as a purpose or a result clause: "we gave up
//   some recall to keep latency under 50 ms", "we dropped the full round …, so the handover fitted in twenty
//   minutes", "I cut the second page so that the form could go out on Monday" (session 37);
// - the writer's act, then a concession that names its cost: "I changed the route …, even if it is longer in
//   kilometres", "we kept the paper forms, even though it meant more typing" (session 37);
// - the old option kept, then what it held unchanged: "we kept the old threshold so alert volume didn't change".
// A price in money told alone ("the licence cost £4k") names no gain and stays unread; giving up on something ("gave
// up after two days") gains nothing, and a concession that names no cost ("even though it was Friday") is no price.
import type { Finder } from './sentence-view';

const COST_BUT =
  /\b(?:cost|costs|costing)\s+(?:us\s+|me\s+|them\s+)?(?:a\s+(?:little|bit\s+of|few|couple\s+of|lot\s+of)|some|about\s+\d|\d|a\s+point|one|two|three|half\s+a)\b[^.;]{0,60}?\b(?:but|though|although|yet)\b/i;
const IN_RETURN = /\bin\s+(?:return|exchange)\s+for\b/i;
const DROPPED_BECAUSE =
  /\b(?:dropped|cut|left\s+out|gave\s+up|parked|shelved)\s+(?:two|three|four|some|several|a\s+few|the\s+\w+est|a)\s+(?:of\s+(?:the|our|my)\s+)?(?:\w+\s+){0,2}(?:features?|options?|ideas?|items?|parts?|signals?|fields?)\b[^.;]{0,40}?,?\s+(?:because|since|as)\b/i;

// The writer giving something up: the subject (or a bullet's opening verb), then a verb of giving up.
const GIVING_UP = String.raw`(?:^\W*|\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|just\s+)?)(?:gave\s+up|sacrificed|traded(?:\s+away)?|accepted|dropped|cut|skipped|gave\s+away|let\s+go\s+of|took\s+(?:a|the)\s+hit\s+on|paid)\s+(?!on\b|after\b|trying\b|up\b|in\b|out\b|off\b|by\b|me\b|him\b|her\b|them\b|my\s+(?:son|daughter|kids?|children|wife|husband|partner)\b)`;
// The gain bought: a purpose ("to keep latency under 50 ms") or a result whose subject could then do or hold it.
const GAIN = String.raw`(?:to\s+(?:keep|hold|stay|protect|save|get|fit|meet|hit|free\s+up|buy|make\s+(?:room|time|space))|in\s+order\s+to|so\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:could|would|fitted|fit|stayed|kept|held|finished|got|had|ran|went))\b`;
const GIVEN_FOR_GAIN = new RegExp(String.raw`${GIVING_UP}[^.;]{1,90}?,?\s+${GAIN}`, 'i');
// The writer's act, then a concession naming what it cost: a comparative, more or extra of something, a cost verb.
const CONCEDED_COST =
  /\b(?:I|we)\s+[^.;]{6,140}?,\s+(?:even\s+if|even\s+though|although|though)\s+(?:it|that|this|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:is|was|were|are|meant|means|cost|costs|took|takes|made|makes|got)\s+(?:\w+\s+){0,2}?(?:longer|slower|more|less|fewer|higher|lower|worse|costlier|dearer|extra|cost\w*|[a-z]{3,}ier|some\s+of)\b/i;

// The writer keeping the old option (the new one the alternative), then what keeping it held unchanged: "We kept the old
// threshold so alert volume didn't change", "we kept the paper forms so the older drivers could still fill them in",
// "I left the existing rota in place so nobody needed new training" (session 38). A keep with no old option named ("we
// kept the meeting short so …") or a purpose that holds nothing ("so we could start") is no choice between two.
const OLD_KEPT = String.raw`(?:^\W*|\b(?:I|we)\s+(?:\w+ly\s+|also\s+|just\s+)?)(?:kept|left|stayed\s+with|stuck\s+with|held\s+on\s+to|kept\s+using|reused)\s+(?:the|our|their)\s+(?:old|existing|current|original|previous|paper|manual|usual)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:\s+(?:in\s+place|as\s+(?:it|they)\s+(?:was|were)|unchanged|running))?`;
const HELD_UNCHANGED = String.raw`\s*,?\s*so\s+(?:that\s+)?[^.;]{0,60}?\b(?:didn't|did\s+not|wouldn't|would\s+not|needn't|need(?:ed)?\s+no|no\s+new|(?:nobody|no\s+one)\s+(?:needed|had\s+to|lost)|still|kept|stayed|remained|the\s+same|unchanged)\b`;
const OLD_KEPT_FOR_GAIN = new RegExp(OLD_KEPT + HELD_UNCHANGED, 'i');

/** A cost paid for a gain (see above). */
export const costForGain: Finder = (v) => {
  for (const shape of [COST_BUT, IN_RETURN, DROPPED_BECAUSE, GIVEN_FOR_GAIN, CONCEDED_COST, OLD_KEPT_FOR_GAIN]) {
    const m = shape.exec(v.text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
};
