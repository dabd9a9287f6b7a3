// Influence (RUBRIC.md clarification: "agreeing one shared definition with another team's owner counts ('met the
// finance controller, agreed on one definition')") told as the purpose of a meeting: "Worked with the information
// governance lead to agree which fields the site managers could see", "met the two ward managers to settle on one
// handover form", "sat down with their lead twice to agree on …", "sat with the ops leads for an afternoon to agree
// which …", "met every team leader to agree which deals count". The shape: the writer working, meeting or sitting with a party that decides (a lead, head,
// manager, director, officer, owner, board, committee, team, controller, partner, named by more than "my" or
// "our"), then "to agree" or "to settle" and what was agreed (which, what, how, on one …). Sitting with the people
// who use the work ("sat with four adjusters to agree which fields …") is gathering needs, not moving a decider,
// and stays unread.
import type { Finder } from './sentence-view';

const MET_TO_AGREE =
  /\b(?:(?:worked|met|sat(?:\s+down)?|talked|spoke)\s+with|met)\s+(?!(?:my|our)\s|the\s+teams?\s+to\b)(?:the\s+|their\s+|both\s+|two\s+|each\s+|every\s+)?(?:[\w'-]+\s+){0,4}?(?:lead|leads|leader|leaders|head|heads|manager|managers|director|directors|officer|officers|owner|owners|board|committee|team|teams|controller|partner|partners)\s+(?:of\s+[\w-]+\s+)?(?:(?:twice|once|again|first|separately|individually|together)\s+)?(?:for\s+(?:an?\s+|the\s+|two\s+|a\s+few\s+|half\s+an?\s+)?\w+\s+)?to\s+(?:agree|settle)\s+(?:on\s+)?(?:which|what|how|when|who|whether|a|an|the|one)\b/i;

/** A meeting with a deciding party held to reach an agreement. */
export const agreementSought: Finder = (v) => {
  const m = MET_TO_AGREE.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};
