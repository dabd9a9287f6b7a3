// Trade-off (RUBRIC.md: "a choice … over a named alternative, … or an accepted cost") told in the plain
// words of notes, where no "rather than", "over" or "trade-off" stands:
//  - the writer's choice, then what it cost: "I kept the web checkout and moved only subscriptions, which
//    meant two payment flows to test", "I gave up two admin sessions a week, which meant letters went out
//    later", "even if it meant one more tool to maintain";
//  - a pick and what was given up with it: "we took the cheaper one and gave up the online tracking";
//  - the writer arguing for one option against another party's: "design wanted to remove the step; I argued
//    for keeping it only for risky countries".
// Written from written-stories-15/16's tuning halves (session 21); checked on the held-aside halves and the
// figures-only fresh sets. A benefit after "which meant" ("which meant we shipped early"), users giving up on
// a form, and the writer's own wish are no trade-off.
import { match, type Cue, type SentenceView } from './sentence-view';

type Finder = (v: SentenceView) => Cue | undefined;

// What a choice cost, told after "meant": more to run, something later or lost, something the writer had to do.
const COST = String.raw`(?:(?:more|extra|another|a\s+second|one\s+more|two|double|twice\s+the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:to\s+(?:maintain|test|run|support|keep|update|manage|pay\s+for|review|monitor|own|look\s+after)|for\s+a\s+while|in\s+parallel)|[^.;]{0,40}?\b(?:later|slower|longer|less|fewer|lower|worse)\b|(?:giving|gave)\s+up\b|no\s+longer\b|(?:we|I|they)\s+(?:had\s+to|couldn't|could\s+not|lost|would\s+lose|gave\s+up))`;
// The writer's act before the cost: "I kept …", "we moved …", a bullet's opening verb.
const CHOICE_THEN_COST = new RegExp(
  String.raw`^(?=\W*(?:I|we|[A-Z]?[a-z]+ed)\b)[^.;]{6,160}?,?\s+(?:which\s+meant|meaning|even\s+if\s+it\s+meant|even\s+though\s+it\s+meant|at\s+the\s+cost\s+of)\s+${COST}`,
  'i',
);
// The writer's pick, and what went with it: "we took the cheaper one and gave up the online tracking", "I gave up
// two sessions" (another party's "adopted it and dropped their spreadsheet" is their take-up, not the writer's cost).
const GAVE_UP = new RegExp(
  String.raw`(?:(?:^\W*|\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+)?)(?:took|picked|chose|went\s+with|kept|used|opted\s+for|bought|stayed\s+with)\s+(?:[\w-]+\s+){1,5}?and\s+(?:gave\s+up|lost|sacrificed|dropped)|(?:^\W*|\b(?:I|we)\s+)(?:gave\s+up|sacrificed))\s+(?!on\b|after\b|trying\b|looking\b|waiting\b)(?:the|a|an|our|my|two|three|some|\d+|[\w-]+-(?:day|hour|week))\b`,
  'i',
);
// Another party's wish, then the writer arguing for a different option: "Legal wanted …; I argued for …".
const ARGUED_AGAINST_WISH =
  /\b(?<!\b(?:I|we)\s)(?:wanted|asked\s+for|pushed\s+for|proposed|preferred|insisted\s+on)\b[^.;]{3,120}?(?:;|,|—|–|\s-\s|\bbut\b)\s*(?:but\s+)?(?:I|we)\s+(?:\w+ly\s+|instead\s+)?(?:argued|pushed|made\s+the\s+case|pitched|advocated)\s+(?:for|that|instead)\b/i;

/** The writer's choice and what it cost, a pick and what was given up, or an option argued for against another's. */
export const acceptedCostTold: Finder = (v) => {
  if (/meant|meaning|cost\s+of/i.test(v.text)) {
    const c = match(v, CHOICE_THEN_COST);
    if (c) return c;
  }
  if (/gave\s+up|sacrific|and\s+(?:lost|dropped)/i.test(v.text)) {
    const c = match(v, GAVE_UP);
    if (c) return c;
  }
  return /argued|pushed|made\s+the\s+case|pitched|advocated/i.test(v.text) ? match(v, ARGUED_AGAINST_WISH) : undefined;
};
