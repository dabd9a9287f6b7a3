// Trade-off (RUBRIC.md: "a choice … over a named alternative, … or an accepted cost") told in the plain
// words of notes, where no "rather than", "over" or "trade-off" stands:
//  - (the writer's choice, then what it cost — ", which meant two payment flows to test" — is read by
//    consequence-costs.ts since session 39);
//  - a pick and what was given up with it: "we took the cheaper one and gave up the online tracking";
//  - the writer arguing for one option against another party's: "design wanted to remove the step; I argued
//    for keeping it only for risky countries";
//  - an option pushed back on with its cost, and the writer's road after a bare "Instead" (written-stories-18).
// Written from written-stories-15/16's tuning halves (session 21); checked on the held-aside halves and the
// figures-only fresh sets. A benefit after "which meant" ("which meant we shipped early"), users giving up on
// a form, and the writer's own wish are no trade-off.
import { match, type Finder } from './sentence-view';

// The writer's pick, and what went with it: "we took the cheaper one and gave up the online tracking", "I gave up
// two sessions" (another party's "adopted it and dropped their spreadsheet" is their take-up, not the writer's cost).
const GAVE_UP = new RegExp(
  String.raw`(?:(?:^\W*|\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+)?)(?:took|picked|chose|went\s+with|kept|used|opted\s+for|bought|stayed\s+with)\s+(?:[\w-]+\s+){1,5}?and\s+(?:gave\s+up|lost|sacrificed|dropped)|(?:^\W*|\b(?:I|we)\s+)(?:gave\s+up|sacrificed))\s+(?!on\b|after\b|trying\b|looking\b|waiting\b)(?:the|a|an|our|my|two|three|some|\d+|[\w-]+-(?:day|hour|week))\b`,
  'i',
);
// Another party's wish, then the writer arguing for, offering or settling on a different option: "Legal wanted …; I
// argued for …", "design wanted a full redesign, i pushed to just let people skip it", "He wanted the last bus kept
// at 23:40, and we settled on 23:20" (session 37: the settled option is the other road taken, as an argued one is).
const ARGUED_AGAINST_WISH =
  /\b(?<!\b(?:I|we)\s)(?:wanted|asked\s+for|pushed\s+for|proposed|preferred|insisted\s+on)\b[^.;]{3,120}?(?:;|,|—|–|\s-\s|\bbut\b)\s*(?:but\s+|and\s+|so\s+)?(?:I|we)\s+(?:\w+ly\s+|instead\s+|finally\s+|eventually\s+)?(?:(?:argued|pushed|made\s+the\s+case|pitched|advocated)\s+(?:for|that|instead|to)|(?:settled|compromised|agreed)\s+on|settled\s+for|met\s+(?:in\s+the\s+middle|halfway))\b/i;

/** A pick and what was given up with it, or an option argued for against another's. */
export const acceptedCostTold: Finder = (v) => {
  if (/gave\s+up|sacrific|and\s+(?:lost|dropped)/i.test(v.text)) {
    const c = match(v, GAVE_UP);
    if (c) return c;
  }
  return /argued|pushed|made\s+the\s+case|pitched|advocated|settled|compromised|agreed\s+on|met\s+(?:in|halfway)/i.test(
    v.text,
  )
    ? match(v, ARGUED_AGAINST_WISH)
    : undefined;
};

// Handling people, after "Instead": a manner, not an option ("I did not blame them. Instead, I sat with them").
const MANNER_AFTER_INSTEAD =
  /^(?:asked|sat|listened|talked|spoke|explained|replied|thanked|praised|coached|apologi[sz]ed|reassured|encouraged|tried\s+to\s+understand|focused\s+on\s+understanding)\b/i;
const INSTEAD_OPENS =
  /^\W*instead\b(?!\s+of\b)\s*,?\s*(?:(?:I|we)\s+(?:\w+ly\s+|then\s+)?)?([a-z]+(?:\s+[a-z]+){0,3})/i;

/**
 * The writer's own road after a bare "Instead" opening the sentence or bullet: "Instead we borrowed four pickers
 * from the outbound team", "instead built an hourly refresh" (the alternative is the option the sentence before
 * turned down). Not "instead of …" (a method may follow), not a manner of handling people.
 */
export const insteadOpens: Finder = (v) => {
  const m = INSTEAD_OPENS.exec(v.text);
  if (!m || MANNER_AFTER_INSTEAD.test(m[1])) return undefined;
  // The verb must be the writer's act: a past form ("borrowed", "built", "moved").
  if (
    !/^(?:[a-z]+ed|built|ran|took|got|kept|made|went|chose|bought|wrote|sent|put|held|did|set|hired|drove|found|brought)\b/i.test(
      m[1],
    )
  )
    return undefined;
  return { start: m.index, end: m.index + m[0].length };
};

/**
 * An option pushed back on with what it would cost: "I pushed back on the temps - training them takes two weeks
 * and the peak lasts three", "pushed back on real-time: the tills only sent data every hour". A deadline or a
 * request pushed back on for another reason ("because the data wasn't ready") is persuasion, not a trade-off.
 */
const PUSHED_BACK_ON_OPTION =
  /(?:^\W*|\b(?:I|we)\s+(?:\w+ly\s+)?)pushed\s+back\s+on\s+(?!(?:the\s+|a\s+|an\s+|our\s+|their\s+)?(?:deadline|date|timeline|schedule|scope|request|ask|plan|idea|decision|estimate)\b)(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}?[\w-]+\s*(?:[-–—:,]\s*|\s+(?:because|since|as)\s+)[^.;]{0,80}?\b(?:would(?:\s+have)?|takes?|took|costs?|only|lasts?|nobody|no\s+one|meant|needs?|needed|required)\b/i;
export const pushedBackOnOption: Finder = (v) =>
  /pushed\s+back\s+on/i.test(v.text) ? match(v, PUSHED_BACK_ON_OPTION) : undefined;
