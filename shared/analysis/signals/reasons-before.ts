// A reason a writer gives before the choice it explains. A choice probe asks "why did this one win?"; a story that
// has already said why, ahead of the choice, answers it. Two shapes, read in the choice's own sentence:
// - a reason clause that opens the sentence, or that the choice follows through "so": "Because the supplier only
//   changed prices once a day, I chose…", "Since the checks could not be made faster, I decided…", "As the auditors
//   needed the balances first, I chose…", "Given the deadline, I picked…", "The warehouse could not take small writes,
//   so I batched them instead of…";
// - a connective opening the sentence that points back at the sentence before as the reason: "So I chose…", "Given
//   that, I decided…", "For that reason I went with…", "That is why I picked…", "Because of this, we chose…".
// Not a time ("Since March, I chose…", "As of May…"), a role ("As head of year I decided…"), nor a purpose ("so that"),
// which names what the choice was for, after it.

// An opening reason clause: a subordinator, then a clause (a subject and a verb) ended by a comma before the choice.
// "since" and "as" are read as reasons only when a clause follows (a subject, then a verb: "as the regulator wanted
// …"), not a date or a role ("As head of year, …").
const OPENING_REASON =
  /^\s*(?:because\b(?!\s+of\s+(?:that|this|it)\b)|since(?!\s+(?:then|\d|last|early|late|the\s+(?:start|launch|beginning)|January|February|March|April|May|June|July|August|September|October|November|December)\b)|as(?=\s+(?:it|they|we|I|nobody|no\s+one|there|(?:the|a|an|our|their|its|this|that|each|every|most|all|both)\s+(?:[\w'-]+\s+){0,4}?)(?:was|were|would|had|could|did|is|are|already|never|cost|took|made|meant|ran|kept|only|all|both|\w+ed)\b)|given(?!\s+(?:that|this|it)\s*,)|seeing\s+that|now\s+that)\b[^;:]*?,/i;

// A reason clause that the choice follows through "so" in the same sentence: "…could not take small writes
// quickly, so I batched…". "So that" is a purpose, not a result.
const SO_AFTER_REASON = /\w[^;:]*,\s+(?:and\s+)?so\s+(?!that\b|far\b|much\b|many\b)(?:(?:I|we)\s+)?(?:\w+\s+){0,8}$/i;

// A connective opening the sentence that takes the sentence before as the reason.
const POINTS_BACK =
  /^\s*(?:so\b(?!\s+that\b|\s+far\b)|given\s+(?:that|this|it)\b|for\s+(?:that|this|these|those)\s+reasons?\b|that\s+is\s+why\b|that's\s+why\b|this\s+is\s+why\b|because\s+of\s+(?:that|this|it)\b|therefore\b|hence\b|as\s+a\s+result\b|with\s+that\s+in\s+mind\b|on\s+that\s+basis\b)/i;

/**
 * The sentence gives the reason for the choice at `at` before it: in an opening because/since/as/given clause, in a
 * clause the choice follows through "so", or by a connective ("So", "Given that", "For that reason") that points
 * back at the sentence before.
 */
export function reasonToldBefore(text: string, at: number): boolean {
  const lead = text.slice(0, at);
  if (POINTS_BACK.test(lead)) return true;
  const opening = OPENING_REASON.exec(lead);
  if (opening && opening[0].length <= lead.length) return true;
  return SO_AFTER_REASON.test(lead);
}
