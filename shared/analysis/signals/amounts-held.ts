// A limit told as the amount the work had to live within (RUBRIC.md constraint: "budget", "hardware or
// memory"): a sum of money the writer had ("we had £4,000 and one volunteer developer", "I was given $15k")
// or the memory the hardware held ("the tablets were old, with 2 GB of RAM"). Money taken in ("we had
// $40k in sales") is a result, not a limit.
import type { Finder } from './sentence-view';

// A sum of money or a memory size, as the thing the writer had or the hardware held.
const MONEY = String.raw`(?:[£$€]\s?\d[\d,.]*\s*[kKmM]?|\d[\d,.]*\s*[kKmM]?\s?(?:pounds|dollars|euros|GBP|USD|EUR))`;
const MEMORY = String.raw`\d+(?:\.\d+)?\s?(?:GB|MB|gb|mb|gig|gigs)\b(?:\s+of)?(?:\s+(?:RAM|ram|memory|storage|disk|VRAM))?`;
const AMOUNT_HELD = new RegExp(
  String.raw`\b(?:(?:I|[Ww]e|[Tt]hey)\s+(?:only\s+|just\s+)?(?:had|have|got|were\s+given|was\s+given)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?${MONEY}(?![\d,.kKmM])(?!\s*(?:in|of|worth|a\s+(?:month|week|year)\s+in)\s+(?:sales|revenue|orders|bookings|donations|savings|pledges))|\b(?:with|had|has|have)\s+(?:only\s+|just\s+)?${MEMORY})`,
);

/** "we had £4,000 and one volunteer developer", "the tablets were old with 2 GB of RAM". */
export const amountHeld: Finder = (v) => {
  const m = AMOUNT_HELD.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};
