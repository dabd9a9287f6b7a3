// Trade-off and constraint (RUBRIC.md) told as a limit that rules an option out, the shape
// *limit → so → option out / option chosen*:
//  - "patient details could not leave the trust's network, so the free cloud forms were out",
//    "head office would not let branches hold more than two weeks of stock, so ordering all at once was
//    not an option", "we had no budget for a new tool, so replacing it was out";
//  - an option ruled out with its reason: "a hosted API was off the table because the letters held patient
//    data";
//  - an option better on one count, its drawback, then the writer's pick: "the bigger model read better, but
//    it sometimes invented dosages, so I chose the extractive approach";
//  - the lesser option settled for, or a part left for later, with its reason: "settled for moving only the
//    fastest lines, because …", "build the reminders first and leave the routing rules for later".
// Written from written-stories-19's tuning half (session 21); checked on its held-aside half and the
// figures-only fresh sets. "Out" as released or away ("the report was out on Monday", "out of support",
// "we left for the day") and accepting an offer or a role are no option ruled out.
import { match, type Finder } from './sentence-view';

// A limit clause: something not allowed, not possible, or not there.
const LIMIT = String.raw`(?:\b(?:(?:could|would|did|was|were|ca)(?:\s+not|n[’']?t)|cannot|not)\s+(?:(?:be\s+)?allow(?:ed)?|let|permit(?:ted)?|approve|fund|install|leave|afford|buy|spend|hire|send|share|store|move|spare|exceed|hold|pay\s+for|go\s+(?:above|over|beyond|outside))\b|\b(?:no|zero)\s+(?:budget|money|funding|headcount|room|space|approval|sign-off|licen[cs]es?)\b|\b(?:allowed|permitted|let\s+(?:us|me|them))\s+only\b|\bonly\s+(?:allowed|permitted)\b)`;
// "Out" as an option dropped, not as released, away or run out ("out of support", "out on Monday").
const OUT = String.raw`(?:was|were|is|are)\s+(?:(?:simply|clearly|also|just|now)\s+)?(?:out(?!\s+(?:of|on|in|at|for|by|to|from|there|now|today|yesterday|early|late|sick|front|loud|and|before|after|until|when|with|here)\b)(?=\s*(?:[.;,:]|$|\s+(?:too|as\s+well|anyway|straight\s+away|for\s+(?:us|me|now)|and)\b))|not\s+(?:an?\s+)?option|no\s+option|ruled\s+out|off\s+the\s+table|out\s+of\s+the\s+question)`;
const DROPPED = String.raw`(?:${OUT}|\bruled\s+out\b|\bsettled\s+for\b|\b(?:leave|left|leaving|park(?:ed)?|defer(?:red)?)\s+(?:[\w'-]+\s+){1,6}?for\s+later\b)`;
const LIMIT_SO_DROPPED = new RegExp(String.raw`${LIMIT}[^.;]{0,140}?,?\s+so\s+[^.;]{0,90}?${DROPPED}`, 'i');
// An option ruled out, with its reason after "because" / "since".
const OUT_BECAUSE = new RegExp(
  String.raw`(?:was|were|is|are)\s+(?:not\s+an?\s+option|off\s+the\s+table|ruled\s+out|out\s+of\s+the\s+question)\s*,?\s+(?:because|since|as|given)\b`,
  'i',
);
// An option better on one count, a drawback after "but", then the writer's own pick.
const BETTER_BUT_SO_PICKED =
  /\b(?:[a-z]+er|more\s+\w+|better|best)\b[^.;,]{0,40},?\s+but\s+[^.;]{3,90}?,?\s+so\s+(?:I|we)\s+(?:\w+ly\s+)?(?:chose|picked|went\s+with|opted\s+for|stuck\s+with|stayed\s+with|kept|used)\b/i;
// The lesser option settled for, or a part left for later, with a reason or after a "first".
const SETTLED_OR_LATER_WITH_REASON = new RegExp(
  String.raw`(?:\bsettled\s+for\b|\bfirst\b[^.;]{0,80}?\b(?:and|then)\s+(?:to\s+)?(?:leave|left|park(?:ed)?)\s+(?:[\w'-]+\s+){1,6}?for\s+later\b)|\b(?:leave|left|park(?:ed)?)\s+(?:[\w'-]+\s+){1,6}?for\s+later\s*,?\s+(?:because|since|as)\b|\bsettled\s+for\s+[^.;]{3,80}?,?\s+(?:because|since|as)\b`,
  'i',
);
const CHEAP = /\bout\b|option|table|settled|later|\bso\s+(?:I|we)\b/i;

/** Trade-off: an option ruled out by a limit, ruled out with its reason, or the lesser one settled for. */
export const limitRulesOptionOut: Finder = (v) => {
  if (!CHEAP.test(v.text)) return undefined;
  return (
    match(v, LIMIT_SO_DROPPED) ??
    match(v, OUT_BECAUSE) ??
    match(v, BETTER_BUT_SO_PICKED) ??
    match(v, SETTLED_OR_LATER_WITH_REASON)
  );
};

/** Constraint: the limit clause of a limit that rules an option out, or an option ruled out with its reason. */
export const limitThatRulesOut: Finder = (v) => {
  if (!CHEAP.test(v.text)) return undefined;
  return match(v, LIMIT_SO_DROPPED) ?? match(v, OUT_BECAUSE);
};
