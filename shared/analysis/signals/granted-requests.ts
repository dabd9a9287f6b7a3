// Influence (RUBRIC.md: "others agreed/adopted/approved") told as another party granting the writer's side
// something, whoever the party is: "The vicar agreed to let us use the hall", "the landlord agreed to give us
// another month", "the exam board agreed to accept the room", "the head of finance agreed to fund a second
// post". The party need not be in any list of roles: the shape is a subject other than the writer's side
// ("I", "we", "the team", "my …", "our …") with "agreed to" + a verb of granting whose object is the writer's side
// or the writer's case (let us, give us, lend us, fund, accept, extend, waive). Agreeing to routine ("agreed to
// meet weekly") and the writer's own agreement ("we agreed to ship …") stay unread.
import type { Finder } from './sentence-view';

const GRANTED = new RegExp(
  String.raw`\b(the|a|an|their|his|her|our|my|this|that)\s+((?:[\w'-]+\s+){0,3}?)([\w-]+)\s+(?:\w+ly\s+|finally\s+|then\s+|also\s+)?agreed\s+to\s+(?:let\s+(?:us|me)|give\s+(?:us|me)|lend\s+(?:us|me)|loan\s+(?:us|me)|send\s+(?:us|me)|fund|pay\s+for|cover|waive|extend|accept|take\s+(?:on|over)|pilot|trial|try)\b`,
  'i',
);
// The writer's own side agreeing is no party moved; people served by the product are no party either.
const OWN_SIDE = /^(?:team|teams|group|squad|we|everyone|staff)$/i;
const SERVED =
  /^(?:customers?|users?|patients?|pupils?|students?|residents?|callers?|members?|families|parents?|shoppers?)$/i;

/** Another party granting the writer's side something it asked for (see above). */
export const grantedRequest: Finder = (v) => {
  if (!/agreed\s+to/i.test(v.text)) return undefined;
  const m = GRANTED.exec(v.text);
  if (!m) return undefined;
  // "our manager agreed to fund …" is still a case granted: the writer's own chain counts for influence.
  if (OWN_SIDE.test(m[3]) || SERVED.test(m[3])) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};
