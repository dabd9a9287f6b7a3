// Own-decision (RUBRIC.md: "a decision that was the writer's … a reason for the writer's own choice of how to do
// the work") told as the writer going ahead on an assumption they chose: "I planned as if they would say yes",
// "booked the hall on the assumption that the board would agree", "went ahead assuming the old forms would stay".
// The shape: the writer (or a subject-less bullet) as the subject of a verb of planning or going ahead, then "as
// if", "as though", "on the assumption that" or "assuming". A system's assumption ("the job assumes UTC") and
// the writer's belief without an act ("I assumed it was fine") stay unread.
import type { Finder } from './sentence-view';

const PLANNED_ON_ASSUMPTION =
  /(?:^\W*|\bI\s+(?:\w+ly\s+|then\s+|just\s+)?|,\s+and\s+|\band\s+)(?:planned|plan|went\s+ahead|carried\s+on|kept\s+going|booked|prepared|built|designed|scheduled|staffed|wrote|set\s+up|ordered)\b[^.;]{0,40}?\b(?:as\s+if|as\s+though|on\s+the\s+assumption\s+that|assuming)\b/i;

export const plannedOnAssumption: Finder = (v) => {
  const m = PLANNED_ON_ASSUMPTION.exec(v.text);
  if (!m) return undefined;
  // "and planned as if" must still have the writer as the subject somewhere before.
  if (/^,?\s*and\b/i.test(m[0]) && !/\bI\b/.test(v.text.slice(0, m.index))) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};
