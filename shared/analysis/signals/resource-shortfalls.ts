// Constraint (RUBRIC.md: "staff or bandwidth, budget …") told as a shortfall of any resource, named by what
// was short rather than by a limit noun: "we didn't have enough invigilators for that", "there weren't enough
// beds on the unit", "couldn't get extra staff funded", "could not get a second van approved". The shape is
// a negated having or getting ("did not have", "couldn't get", "there weren't") with a word of quantity
// ("enough", "extra", "more", "a second") before the thing short, or a thing that was not funded or approved.
// What was short must be a resource: knowing and believing ("enough evidence", "enough context", "enough
// confidence") is ambiguity or persuasion, not a limit the work had to respect, and stays unread.
import type { Finder } from './sentence-view';

// Not having or getting, negated: the writer's side short of something.
const NEGATED_HAVING = String.raw`(?:did\s+not|didn'?t|don'?t|do\s+not|could\s+not|couldn'?t|can'?t|cannot|were\s+not\s+able\s+to|weren't\s+able\s+to|was\s+not\s+able\s+to|wasn't\s+able\s+to|were\s+unable\s+to|was\s+unable\s+to|never)\s+(?:\w+ly\s+)?(?:have|get|find|hire|recruit|spare|afford|borrow)`;
// There being too few: "there weren't enough", "there were not enough".
const NOT_THERE = String.raw`(?:there|we)\s+(?:weren'?t|were\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|isn'?t|is\s+not)`;
// Knowing, believing and the like: short of these is no resource limit.
const NOT_A_RESOURCE =
  /^(?:evidence|information|info|context|detail|details|clarity|confidence|understanding|visibility|proof|idea|clue|experience|interest|reason|say|support|buy-in|trust|signal|signals|feedback|answers?|questions?|examples?|data\s+points)$/i;
const SHORTFALL = new RegExp(
  String.raw`\b(?:${NEGATED_HAVING}\s+(?:enough|sufficient|the\s+extra|extra|more|additional|a\s+second|another|any\s+extra|any\s+more)|${NOT_THERE}\s+(?:enough|sufficient))\s+((?:[\w-]+\s+){0,2}?)([\w-]+)\b(?!\s+(?:of|that|which)\b)`,
  'i',
);
// Something the work needed that was not funded or approved: "couldn't get extra staff funded".
const NOT_FUNDED = new RegExp(
  String.raw`\b(?:could\s+not|couldn'?t|were\s+not\s+able\s+to|weren't\s+able\s+to|was\s+not\s+able\s+to|wasn't\s+able\s+to|were\s+unable\s+to|failed\s+to)\s+get\s+(?:an?\s+|the\s+|any\s+)?(?:extra|more|additional|another|second|new)\s+(?:[\w-]+\s+){0,2}?(?:funded|approved|signed\s+off|budgeted|hired|paid\s+for)\b`,
  'i',
);
// A cheap first look: every form above holds one of these.
const SHORTFALL_WORDS = /enough|sufficient|extra|more|additional|second|another|funded|approved|budgeted/i;

/** A shortfall of a resource the work needed (see above). */
export const resourceShortfall: Finder = (v) => {
  if (!SHORTFALL_WORDS.test(v.text)) return undefined;
  const funded = NOT_FUNDED.exec(v.text);
  if (funded) return { start: funded.index, end: funded.index + funded[0].length };
  const m = SHORTFALL.exec(v.text);
  if (!m || NOT_A_RESOURCE.test(m[2]) || /^(?:to|for|of|the|a|an|on|in|at|and|but|so|than|time\s+to)$/i.test(m[2]))
    return undefined;
  return { start: m.index, end: m.index + m[0].length };
};
