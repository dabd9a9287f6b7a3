// Influence (RUBRIC.md: "others agreed/adopted/approved") told as another party granting the writer's side
// something, whoever the party is: "The vicar agreed to let us use the hall", "the landlord agreed to give us
// another month", "the exam board agreed to accept the room", "the head of finance agreed to fund a second
// post". The party need not be in any list of roles: the shape is a subject other than the writer's side
// ("I", "we", "the team", "my …", "our …") with "agreed to" + a verb of granting whose object is the writer's side
// or the writer's case (let us, give us, lend us, fund, accept, extend, waive). Agreeing to routine ("agreed to
// meet weekly") and the writer's own agreement ("we agreed to ship …") stay unread.
// Session 37: the request and its grant told in one sentence by their roles: the writer asking a party for a change,
// then the party doing it ("asked the product team for a 'forgot password' link, which they added in february"), or
// the writer getting a party to decide ("I got the agents' team leads to agree it would not slow them down").
import { isParty } from './influence-shapes';
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

// The writer's request to a party, then the party's act on it: "asked the product team for a link, which they added".
const ASKED_THEN_DONE =
  /\b(?:I|we)?\s*(?:asked|pushed|lobbied|pressed)\s+(?:the|their|our|[\w-]+['’]s)\s+((?:[\w'’-]+\s+){0,3}?)([\w-]+)\s+(?:for|to)\b[^.;:]{3,100}?(?:,\s*)?\b(?:which|and)\s+(?:they|he|she|it)\s+(?:\w+ly\s+|then\s+|finally\s+)?(?:added|built|did|made|changed|fixed|approved|accepted|agreed|shipped|funded|granted|put\s+in|signed\s+off|turned\s+on|switched\s+on)\b/i;
// The writer getting a party to decide: "got the team leads to agree", "got finance to sign off on it".
const GOT_TO_DECIDE =
  /\b(?:I|we)\s+(?:\w+ly\s+|finally\s+|eventually\s+)?got\s+(?:the|their|our|both|[\w-]+['’]s)\s+((?:[\w'’-]+\s+){0,3}?)([\w-]+)\s+to\s+(?:agree|approve|accept|sign\s+(?:off|up)|fund|adopt|drop|change|switch|back)\b/i;

/** The writer asking a party for a change that the party then made, or getting a party to decide (see above). */
export const requestThenGrant: Finder = (v) => {
  if (!/asked|pushed|lobbied|pressed|got/i.test(v.text)) return undefined;
  for (const pattern of [ASKED_THEN_DONE, GOT_TO_DECIDE]) {
    const m = pattern.exec(v.text);
    if (!m) continue;
    // "the product team": a team is a party by the function named before it; "the team" alone is the writer's own.
    const head = OWN_SIDE.test(m[2]) ? (m[1].trim().split(/\s+/).pop() ?? '') : m[2];
    const party = head.toLowerCase().replace(/['’]s?$/, '');
    if (party && isParty(party) && !OWN_SIDE.test(party) && !SERVED.test(party))
      return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
};
