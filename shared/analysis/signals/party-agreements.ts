// Influence told through a party (party-phrases.ts) rather than through a persuasion verb (RUBRIC.md:
// "the writer changing or trying to change a decision they did not own, or the result of that"):
// - an agreement the writer reached with another party: "the finance controller and I agreed …", "I agreed
//   the cut-off times with the transport planners", "worked out with the IT trainers that they would …",
//   "we agreed on a soft limit" in a sentence that names the other side;
// - another party taking the writer's work up: "the regional directors accepted them", "two other heads of
//   year asked for my call list", "the billing team now adds every new refund type";
// - the writer asking another party to change what they do: "asked the billing team to add a button
//   instead of …", "asked the upstream team to tell us before renaming fields".
// Agreements about meeting ("agreed to meet weekly") move no decision; users taking a product up are no party.
import { lemmaSet } from '../rules/language/lexicon';
import { partiesIn, type PartyPhrase } from './party-phrases';
import { span, word, writerActs, type Cue, type SentenceView, type Finder } from './sentence-view';

// Reaching an agreement: the verbs whose subject, with a party, is a joint decision.
const AGREE = lemmaSet('signal-agreement-verbs', ['agree', 'settle', 'negotiate', 'compromise', 'align']);
// What follows an agreement about routine, not about the work: "agreed to meet weekly".
const ROUTINE_START =
  /^\s+(?:to\s+)?(?:meet|sync|catch\s+up|check\s+in|talk|speak|hold\s+(?:a\s+)?(?:weekly|daily|regular|monthly)|have\s+(?:a\s+)?(?:weekly|daily|regular|monthly)|a\s+(?:weekly|daily|regular|monthly)\s+(?:call|meeting|sync|check-?in))\b/i;
// A meeting on a cadence agreed ("agreed on a schema review with both teams every two weeks"): a routine.
const MEETING_ON_A_CADENCE =
  /^[^.;]{0,60}\b(?:reviews?|syncs?|meetings?|calls?|check-?ins?|catch-?ups?|huddles?|stand-?ups?)\b[^.;]{0,50}\b(?:every\s+(?:other\s+|two\s+|few\s+)?(?:day|week|weeks|month|months|sprint|quarter|monday|tuesday|wednesday|thursday|friday)|weekly|fortnightly|monthly|daily)\b/i;
const ROUTINE = { test: (rest: string) => ROUTINE_START.test(rest) || MEETING_ON_A_CADENCE.test(rest) };
// Taking something up or letting it through: the verbs of a party's assent.
const TAKE_UP = lemmaSet('signal-take-up-verbs', ['accept', 'adopt', 'approve', 'endorse', 'back', 'fund', 'agree']);

// Groups and the roles that decide for one: their adopting or accepting is a decision moved.
const DECIDER_HEAD = lemmaSet(
  'signal-decider-heads',
  [
    'team',
    'board',
    'committee',
    'council',
    'panel',
    'union',
    'director',
    'manager',
    'head',
    'officer',
    'governor',
    'trustee',
    'controller',
    'chief',
    'vp',
    'leadership',
    'management',
    'school',
    'ward',
    'department',
    'store',
    'region',
  ],
  [],
  { nouns: true },
);

const phraseCue = (v: SentenceView, p: PartyPhrase): Cue => span(v, p.first, p.last);

/** Index of the first agreement verb after token `from` (within `reach`) that is finite, or -1. */
function agreementAfter(v: SentenceView, from: number, reach: number): number {
  for (let k = from; k < v.tokens.length && k <= from + reach; k++) {
    const w = word(v, k);
    if (!AGREE.has(w) || /ing$/.test(w)) continue;
    if (/^(?:to|not|n't|never)$/.test(word(v, k - 1))) continue;
    if (ROUTINE.test(v.text.slice(v.tokens[k].end))) continue;
    return k;
  }
  return -1;
}

/** "the finance controller and I agreed …", "Finance and I settled on …". */
const agreedBesideWriter: Finder = (v) => {
  for (const p of partiesIn(v)) {
    if (p.frame !== 'beside-writer') continue;
    const k = agreementAfter(v, p.last + 1, 5);
    if (k >= 0) return span(v, p.first, k);
  }
  return undefined;
};

/** "I agreed X with <party>", "agreed with <party> that …", "worked out with <party> that they would …". */
const agreedWithParty: Finder = (v) => {
  const parties = partiesIn(v);
  if (parties.length === 0) return undefined;
  for (let k = 0; k < v.tokens.length; k++) {
    const w = word(v, k);
    // "worked out with the trainers that they would …" is an agreement; "worked out the plan with …" is devising it.
    const workedOut = /^(?:worked|work)$/.test(w) && word(v, k + 1) === 'out' && word(v, k + 2) === 'with';
    if (!(AGREE.has(w) && !/ing$/.test(w)) && !workedOut) continue;
    if (!workedOut && ROUTINE.test(v.text.slice(v.tokens[k].end))) continue;
    const subject = writerActs(v, k) || /^(?:we)$/.test(word(v, k - 1));
    if (!subject) continue;
    // The party stands after the verb in a "with" frame ("agreed the times with the planners"), or, for
    // "we agreed", anywhere in the sentence as the other side ("the payments team's lead … so we agreed").
    const withParty = parties.find((p) => p.frame === 'with' && p.first > k && p.first - k <= 12);
    if (withParty) return span(v, k, withParty.last);
    if (word(v, k - 1) === 'we' && !workedOut) {
      const other = parties.find((p) => p.frame !== 'with' || p.first < k);
      if (other) return span(v, k - 1, k);
    }
  }
  return undefined;
};

/** "the regional directors accepted them", "the payments team adopted it", "Both teams moved to it". */
const partyTakesUp: Finder = (v) => {
  for (const p of partiesIn(v)) {
    if (p.frame !== 'subject') continue;
    let j = p.last + 1;
    while (/^(?:also|then|finally|eventually|quickly|soon|now|all|both)$/.test(word(v, j))) j++;
    const w = word(v, j);
    // A role that adopts or accepts is mostly users taking a thing up ("the designers adopted the icons"); a
    // group or a decider ("the regional directors accepted them", "the board adopted it") is a decision moved.
    const usersTakeUp = /^(?:adopt|accept)/.test(w) && !DECIDER_HEAD.has(word(v, p.head));
    if (TAKE_UP.has(w) && !/ing$/.test(w) && !usersTakeUp && !ROUTINE.test(v.text.slice(v.tokens[j].end)))
      return span(v, p.first, j);
    // "two other heads of year asked for my call list": another party asking for the writer's thing.
    if (/^(?:asked|asks)$/.test(w) && word(v, j + 1) === 'for' && /^(?:my|our)$/.test(word(v, j + 2)))
      return span(v, p.first, j + 2);
  }
  // "who accepted them": a relative clause on a party the writer put a case to.
  for (const p of partiesIn(v)) {
    if (p.frame !== 'to' && p.frame !== 'object') continue;
    const after = v.text.slice(v.tokens[p.last].end);
    const m =
      /^\s*,?\s*(?:who|and\s+(?:they|he|she))\s+(?:\w+ly\s+|then\s+|finally\s+)?(accepted|adopted|approved|agreed|endorsed|backed|signed\s+off)\b/i.exec(
        after,
      );
    if (m) return { start: v.tokens[p.first].start, end: v.tokens[p.last].end + m[0].length };
  }
  return undefined;
};

/** A practice another party now keeps: "the billing team now adds every new refund type to the button". */
const partyNowDoes: Finder = (v) => {
  for (const p of partiesIn(v)) {
    if (p.frame !== 'subject' || word(v, p.last + 1) !== 'now') continue;
    const rest = v.text.slice(v.tokens[p.last].end);
    if (/^\s+now\s+(?:\w+\s+){1,2}(?:every|each|all)\b/i.test(rest)) return span(v, p.first, p.last + 1);
  }
  return undefined;
};

// What a request to another party changes: "instead", a habit stopped or started, a time moved earlier.
const CHANGE_ASKED =
  /^\s+to\s+[^.;]{0,80}?\b(?:instead|rather\s+than|stop|start|switch|move|change|drop|delay|hold|pause|wait|put\s+[^.;]{0,30}\bback|tell\s+(?:us|me)\s+before|before\s+(?:\w+ing)|use\s+(?:our|my|the\s+new|the\s+same))\b/i;

/** "asked the billing team to add a button instead of …", "asked the upstream team to tell us before …". */
const askedPartyToChange: Finder = (v) => {
  for (const p of partiesIn(v)) {
    if (p.frame !== 'object') continue;
    const verb = word(v, p.first - 1);
    if (!/^(?:asked|ask|got|persuaded|convinced)$/.test(verb)) continue;
    if (!writerActs(v, p.first - 1)) continue;
    if (CHANGE_ASKED.test(v.text.slice(v.tokens[p.last].end))) return phraseCue(v, p);
  }
  return undefined;
};

/** The influence finders told through a party, tried in order. */
export const PARTY_AGREEMENTS: readonly Finder[] = [
  agreedBesideWriter,
  agreedWithParty,
  partyTakesUp,
  partyNowDoes,
  askedPartyToChange,
];
