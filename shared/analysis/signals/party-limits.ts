// Constraint (RUBRIC.md: "a real limit the work had to respect": staff or bandwidth, a party's limit, a date) told as
// what another party could not or would not do, on any verb, or as what it wanted in place before an event:
// - "the cards team had a freeze until April and could not test with us", "the estates team could not replace it
//   before the new financial year": an inability on any verb, since what a party cannot do for the work is its limit
//   whatever the work is, when something binds it to the work (the writer's side, a time, the writer's choice after
//   it; see BOUND). Verbs of knowing and telling ("could not tell us which cities") are unknowns, not limits.
// - "the platform team would not raise the connection limit", "the vendor was not agreeing to roll back"
//   (non-native aspect): a refusal.
// The party is the subject of the clause: a party phrase (party-phrases.ts, whatever its verb), a function such as
// legal or finance, an organisation (`subjectEnds` below).
// - "security wanted signed build artifacts before any repo moved", "legal required a consent screen before the
//   launch", "finance needed the numbers by the third working day": a party's want or need with "before"/"by" after
//   its object. A bare want ("design wanted a redesign") is a wish, not a rule, and stays unread.
// The writer's own inability ("I could not get the report to load") names no party and is not read.
import { clauseOpens, clauseOpeningParties, partiesIn, phraseStart } from './party-phrases';
import { FUNCTION_NOUNS, ORGANISATION_NOUNS } from './signal-lexicon';
import { word, type Finder, type SentenceView } from './sentence-view';

// What may follow a function or organisation word in its phrase: "the pharmacy team", "the fire officers".
const UNIT_AFTER = /^(?:team|teams|department|desk|office|officers?|people|side)$/;

/** Where each clause-opening party, function or organisation phrase ends (token index of its last word). */
export function subjectEnds(v: SentenceView): number[] {
  const ends = partiesIn(v)
    .filter((p) => p.frame === 'subject')
    .map((p) => p.last);
  for (let k = 0; k < v.tokens.length; k++) {
    const w = word(v, k);
    if (!FUNCTION_NOUNS.has(w) && !ORGANISATION_NOUNS.has(w)) continue;
    if (!clauseOpens(v, phraseStart(v, k))) continue;
    ends.push(UNIT_AFTER.test(word(v, k + 1)) ? k + 1 : k);
  }
  return ends;
}

// Knowing, telling, finding: a party not knowing is ambiguity, not a limit on the work.
const KNOWING = String.raw`(?:know|tell|say|explain|confirm|answer|find|remember|decide|understand|reproduce|work\s+out|figure|see|recall|predict|estimate|guess|agree\s+on|agree\s+among)`;
const UNABLE = String.raw`(?:could\s*not|couldn't|can't|cannot|can\s+not|(?:was|were)\s*(?:not|n't)\s+able\s+to|(?:was|were)\s+unable\s+to)`;
// A refusal is a party's will, told by "would not" on a verb of granting or by a verb of refusing: "would not raise
// the limit", "was not agreeing to roll back". "would not have updated it" is a guess about the future, not a limit.
const REFUSED = String.raw`(?:(?:was|were)\s*(?:not|n't)\s+(?:agreeing|allowing)|did\s*(?:not|n't)\s+agree\s+to)`;
// What binds an inability to the work: the writer's side ("with us", "for me"), a time ("until April", "before the
// new financial year", "in time", "that month"), or the writer's choice after it (", so I …"). An inability with
// none of these is as often the problem the work solved ("support agents could not search old tickets").
const BOUND = String.raw`(?:(?:with|for)\s+(?:us|me)\b|(?:before|until|till|by)\s+(?:the\s+|a\s+|our\s+|next\s+|\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|spring|summer|autumn|winter|Christmas|Easter)|in\s+time\b|(?:that|this|next)\s+(?:week|month|quarter|term|year|season)|during\s+the\b|,?\s+so\s+(?:I|we)\b)`;
// After the party: its inability or refusal, right after it or after a short clause of its own joined by "and".
const LEAD = String.raw`^\s+(?:[^.;,:]{0,60}?\s(?:and|but)\s+)?(?:\w+ly\s+|also\s+|still\s+|just\s+)?`;
const PARTY_UNABLE = new RegExp(
  String.raw`${LEAD}${UNABLE}\s+(?:\w+ly\s+)?(?!${KNOWING}\b)(?:be\s+)?[a-z]{2,}\b[^.;:]{0,60}?${BOUND}`,
  'i',
);
const PARTY_REFUSED = new RegExp(String.raw`${LEAD}${REFUSED}\b`, 'i');
// After the party: a want or need whose object runs to "before" an event or "by" a date.
const PARTY_WANTED_BEFORE = new RegExp(
  String.raw`^\s+(?:\w+ly\s+|also\s+|first\s+)?(?:wanted|needed|required)\s+(?:(?!(?:and|but|so|then|to|by|before)\b)[\w'-]+\s+){1,8}?before\s+(?:any|a|the|our|their|we|it|anything|anyone|each|every)\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|left|went|ran|began|shipped|launch|go-live|release|rollout|cutover|migration)\b`,
  'i',
);

/** Another party's inability or refusal, or its want before an event (see above). */
export const partyLimit: Finder = (v) => {
  if (!/not|n't|cannot|unable|refused|wanted|needed|required|demanded|expected/i.test(v.text)) return undefined;
  for (const last of new Set([...subjectEnds(v), ...clauseOpeningParties(v)])) {
    const rest = v.text.slice(v.tokens[last].end);
    const m = PARTY_UNABLE.exec(rest) ?? PARTY_REFUSED.exec(rest) ?? PARTY_WANTED_BEFORE.exec(rest);
    if (m) return { start: v.tokens[phraseStart(v, last)].start, end: v.tokens[last].end + m[0].length };
  }
  return undefined;
};
