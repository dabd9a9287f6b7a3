// Influence (RUBRIC.md: "others adopted", "it became the standard") told as other units of the same kind taking up
// the writer's practice: "The other call centres in the group copied our rota", "the other surgical ward now runs the
// same bank", "The matron asked the other two renal wards to use our training rota", "asked every year group to use
// the sheet". The shape: a phrase opened by "other" (or "every" / "all the" in a request) naming a unit, with a verb of
// taking up (copied, adopted, now runs / uses, moved to, switched to, started using) — or "asked <that phrase> to
// use / adopt / run" — whose object is the writer's own or the same thing ("our", "my", "the same", "it"). Other units
// named with their own things ("the other ward used a paper rota") stay unread, and so do users of what was built
// for them (RUBRIC: "ops now uses it" is no influence), since they are no "other" of the writer's unit.
import type { Finder } from './sentence-view';

const OURS = String.raw`(?:our|my|the\s+same|it|them|this|that)\b`;
const UNIT = String.raw`(?:\d+|two|three|four|five|six|several|[\w-]+\s+){0,3}?[\w-]+`;
const TAKE_UP = String.raw`(?:copied|adopted|borrowed|reused|now\s+(?:runs?|uses?|follows?|does)|moved\s+to|switched\s+to|started\s+(?:using|running)|took\s+up|picked\s+up)`;

const OTHERS_TAKE_UP = new RegExp(
  String.raw`\b(?:the\s+)?other\s+${UNIT}\s+(?:(?:in|across|of)\s+(?:the|our)\s+[\w-]+\s+)?(?:have\s+|had\s+|also\s+|soon\s+|then\s+)?${TAKE_UP}\s+${OURS}`,
  'i',
);
const ASKED_OTHERS = new RegExp(
  String.raw`\basked\s+(?:the\s+other\s+|every\s+|all\s+(?:the\s+)?(?:other\s+)?)${UNIT}\s+to\s+(?:use|adopt|run|follow|copy|take\s+up)\s+${OURS}`,
  'i',
);

/** Other units taking up the writer's practice (see above). */
export const practiceCopied: Finder = (v) => {
  if (!/\bother\b|\bevery\b|\ball\b/i.test(v.text)) return undefined;
  const m = OTHERS_TAKE_UP.exec(v.text) ?? ASKED_OTHERS.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};
