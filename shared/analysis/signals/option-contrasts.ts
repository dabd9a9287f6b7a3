// Trade-off (RUBRIC.md): two options set against each other in the plain words of notes, where no
// choice verb meets a "rather than" or "over":
//  - the options laid side by side: "two providers were on the table: one had lower fees, the other
//    had a hosted widget", "One was cheaper, the other had an SDK";
//  - a pick told with the option it was not: "I used logistic regression and not XGBoost";
//  - a concession then the pick ("Although the deep model scored higher, we shipped the linear one");
//  - an option turned down ("decided against", "was off the table", "was overkill"), two roads with one taken, scope deferred so the rest could go, a cost accepted
//    for a gain ("accepted slightly higher latency for much lower cost").
// Written from the tuning stories and sentences we wrote ourselves; checked on the held-aside halves.
import { gatedAlternation, gatedCue } from './gated-alternatives';
import type { Finder } from './sentence-view';

const OPTIONS = String.raw`(?:options|providers|vendors|designs|approaches|models|tools|plans|choices|candidates|libraries|frameworks|architectures|routes|offers|quotes|bids|versions|setups|suppliers|platforms|databases|services)`;
// Verbs that state what an option was or did, so "one engineer owned the API, the other the app" stays out.
const OPTION_VERB = String.raw`(?:was|were|is|had|has|cost|costs|needed|needs|took|takes|gave|gives|would|could|offered|came|ran|scored|meant|required|promised)`;

const OPTION_CONTRAST = gatedAlternation('optionContrast', [
  [
    /other|second|table/i,
    new RegExp(
      [
        String.raw`\b(?:two|both|three)\s+(?:[\w-]+\s+)?${OPTIONS}\b[^.;]{0,40}?[:,—–-]\s*(?:the\s+first|one)\b[^.;]{3,100}?[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?the\s+(?:other|second)\b`,
        String.raw`\b${OPTIONS}\s+(?:were|was)\s+on\s+the\s+table\b`,
        String.raw`^\W*(?:the\s+first|one)(?:\s+(?:option|vendor|provider|design|approach|model|tool|plan|offer|quote|bid|version))?\s+${OPTION_VERB}\b[^.;]{3,80}?[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?the\s+(?:other|second)(?:\s+[\w-]+)?\s+${OPTION_VERB}\b`,
      ].join('|'),
      'i',
    ),
  ],
  // Any act of the writer's and the option it was not, with the reason: "We ran 20-minute huddles and not a
  // half-day course, because nobody could be released" (session 21).
  // A concession, then the pick: "Although the deep model scored higher, we shipped the linear one".
  // The pick named as less than the best option: "it wasn't the most accurate option, but …".
  // An option turned down: "decided against microservices", "decided not to build a custom UI and used …",
  // "deep learning was overkill", "didn't use a deep model because …".
  [
    /and\s+not|though|while|despite|but|against|not\s+to|overkill|engineer/i,
    new RegExp(
      [
        String.raw`\b(?:chose|picked|went\s+with|used|kept|opted\s+for|settled\s+on|stayed\s+with|stuck\s+with|trained|bought)\s+(?:[\w.+-]+\s+){1,5}?and\s+not\s+(?!only\b|just\b|even\b|a\s+lot\b|much\b|always\b)(?:a\s+|an\s+|the\s+)?[\w.+-]+`,
        String.raw`\b(?:I|we)\s+(?:\w+ly\s+)?(?:\w+ed|ran|built|did|held|took|made|kept|sent|put|chose|went\s+with|wrote|bought|got)\s+(?:[\w.+-]+\s+){1,6}?and\s+not\s+(?:a|an|the|to|on|in|for)?\s*(?:[\w.+-]+\s+){0,3}?[\w.+-]+\s*,?\s+(?:because|since|as)\s+(?:\w+\s+){0,2}?(?:would|could|couldn't|was|were|had|did|didn't|took|takes|cost|costs|needed|needs|only|nobody|no)\b`,
        String.raw`^\W*(?:although|though|even\s+though|while|despite)\b(?!\s+(?:I|we)\s+(?:was|were)\b)[^,;]{0,60}\b(?:[a-z]+er|more|less|better|worse|best|higher|lower|scored|cost\w*|option|alternative|accura\w+)\b[^,;]{0,40},\s*(?:I|we)\s+(?:\w+ly\s+|still\s+)?(?:shipped|chose|picked|went\s+(?:with|for)|kept|used|stuck\s+with|stayed\s+with|opted|settled|built|deployed|launched|bought)\b`,
        String.raw`\b(?:wasn't|was\s+not|isn't|is\s+not|weren't|were\s+not)\s+the\s+(?:most\s+[\w-]+|[a-z]+est|best|newest)\s+(?:option|choice|model|approach|design|tool|one|solution|route|vendor|stack)\b[^.;]{0,60}\bbut\b`,
        String.raw`\b(?:decided|chose|opted|argued)\s+against\b`,
        String.raw`\b(?:decided|chose|opted)\s+not\s+to\s+\w+[^.;]{1,60}?\b(?:and|but)\s+(?:instead\s+|just\s+)?(?:used|went\s+with|kept|built|reused|stuck\s+with|bought|shipped|extended)\b`,
        String.raw`\b(?:was|were|would\s+have\s+been|seemed|felt)\s+(?:\w+\s+)?(?:overkill|over-?engineer\w*)\b`,
      ].join('|'),
      'i',
    ),
  ],
  // Two roads, one taken: "We could ship fast or ship safe; I picked safe".
  // Scope deferred so the rest could go: "decided to skip the mobile app for v1 and focus on web".
  // A cost accepted for a gain: "accepted slightly higher latency for much lower cost".
  [
    /\sor\s|skip|defer|park|postpone|leave|held|accept/i,
    new RegExp(
      [
        String.raw`\b(?:could|can)\s+(?:[\w-]+\s+){1,4}or\s+(?:[\w-]+\s+){0,3}[\w-]+\s*[;,:—–]\s*(?:I|we)\s+(?:\w+ly\s+)?(?:picked|chose|went\s+(?:with|for)|took|opted)\b`,
        String.raw`\b(?:decided|chose|agreed|opted)\s+to\s+(?:skip|defer|park|postpone|leave\s+out)\b[^.;]{1,60}?\b(?:for\s+(?:v1|now|the\s+first\s+(?:release|version|launch))|and\s+(?:focus|concentrate)|to\s+(?:focus|ship|hit|make|meet))\b`,
        String.raw`\bheld\s+off\s+on\b[^.;]{1,40}\buntil\b`,
        String.raw`\b(?:I|we)\s+(?:\w+ly\s+)?accept(?:ed)?\s+(?:a\s+|some\s+)?(?:slightly\s+|somewhat\s+|a\s+bit\s+|a\s+little\s+)?(?:higher|lower|more|less|longer|slower|worse|bigger|smaller|extra)\s+(?:latency|costs?|spend|errors?|error\s+rate|lag|delay|staleness|memory|storage|complexity|risk|recall|precision|accuracy|downtime|maintenance|work|effort|noise|bills?|prices?|load)\b[^.;]{0,40}\b(?:for|in\s+exchange|to\s+(?:get|keep|save|cut))\b`,
      ].join('|'),
      'i',
    ),
  ],
]);
// A cheap first look: every form above holds one of these.
const OPTION_CONTRAST_WORDS =
  /\bthe\s+(?:other|second)\b|on\s+the\s+table|\band\s+not\b|^\W*(?:although|though|even|while|despite)\b|\bbut\b|against|\bnot\s+to\b|overkill|over-?engineer|n't\s+|not\s+(?:use|go|build|pick|train|buy|adopt|choose)|\bor\b|skip|drop|defer|park|postpone|cut|leave\s+out|held\s+off|accept/i;

/** Two options set against each other, or a pick told with the option it was not. */
export const optionContrast: Finder = (v) =>
  OPTION_CONTRAST_WORDS.test(v.text) ? gatedCue(v.text, OPTION_CONTRAST) : undefined;
