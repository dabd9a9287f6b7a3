// Trade-off (RUBRIC.md) told as what an option cost against what it gave, without "trade-off",
// "over" or "instead":
//  - two comparatives set against each other ("more testing but less risk", "a day later but no
//    longer slows checkout", "slightly higher price, much better support");
//  - two qualities of the options ("manual review was slow but accurate; the rules were fast but missed
//    new scams");
//  - one road's advantage granted, then the writer's own road ("hiring a contractor was quicker, but I
//    trained someone on the team");
//  - a gain named as the reason for a cut ("for speed we skipped the full redesign").
// Written from sentences we wrote ourselves in the voices of notes; checked on the held-aside halves.
import { gatedAlternation, gatedCue } from './gated-alternatives';
import type { Finder } from './sentence-view';

const MORE_OR_LESS = String.raw`(?:more|less|fewer|higher|lower|slower|faster|quicker|cheaper|pricier|costlier|sooner|later|longer|shorter|bigger|smaller|safer|riskier|simpler|easier|harder|better|worse|fresher|staler)`;
const QUALITY = String.raw`(?:slow|fast|quick|cheap|expensive|simple|complex|accurate|inaccurate|safe|risky|easy|hard|costly|reliable|unreliable|flexible|rigid|stale|fresh|precise|noisy|manual|tedious|brittle|robust|clunky|limited|thorough|crude|rough)`;

const COST_BENEFIT = gatedAlternation('costBenefit', [
  // Two comparatives set against each other.
  [
    /but/i,
    new RegExp(
      String.raw`\b${MORE_OR_LESS}(?:\s+[\w-]+){0,3}?,?\s+but\s+(?:also\s+|much\s+|far\s+|a\s+lot\s+|it\s+|they\s+)?(?:${MORE_OR_LESS}|no\s+longer|never|didn't|did\s+not)\b`,
      'i',
    ),
  ],
  [
    /much|far|lot|significantly|way/i,
    new RegExp(
      String.raw`\b(?:slightly|a\s+bit|somewhat|a\s+little|marginally)\s+${MORE_OR_LESS}\s+[\w-]+\s*[,;—–]\s*(?:but\s+)?(?:much|far|a\s+lot|significantly|way|far)\s+${MORE_OR_LESS}\b`,
      'i',
    ),
  ],
  // Two qualities of the options.
  // One road's advantage granted, then the writer's own road.
  [
    /but/i,
    new RegExp(
      [
        String.raw`\b${QUALITY}\s+but\s+(?:\w+\s+)?(?:${QUALITY}|missed|needed|required|cost|broke|lost)\b`,
        String.raw`\b(?:was|were|would\s+have\s+been|seemed|looked)\s+(?:\w+\s+)?(?:quicker|cheaper|easier|faster|simpler|safer|more\s+[\w-]+|less\s+[\w-]+)\s*,?\s+but\s+(?:I|we)\s+(?:\w+ly\s+|still\s+)?(?!(?:was|were|had|did|could|couldn't|didn't|would|felt|thought)\b)\w+`,
      ].join('|'),
      'i',
    ),
  ],
  // A gain named as the reason for a cut.
  [
    /^\W*(?:for|to\s+save)\b/i,
    new RegExp(
      String.raw`^\W*(?:for|to\s+save)\s+(?:speed|time|cost|costs|simplicity|money|safety)\s*,?\s+(?:we|I)\s+(?:\w+ly\s+)?(?:skipped|dropped|cut|deferred|kept|used|went\s+with|chose|picked|reused)\b`,
      'i',
    ),
  ],
]);
// A cheap first look: every form above holds one of these.
const COST_BENEFIT_WORDS = /\bbut\b|[,;—–]\s*(?:much|far|a\s+lot|significantly|way)\b|^\W*(?:for|to\s+save)\b/i;

/** What an option cost against what it gave (see the classes above). */
export const costBenefit: Finder = (v) =>
  COST_BENEFIT_WORDS.test(v.text) ? gatedCue(v.text, COST_BENEFIT) : undefined;
