// Influence (RUBRIC.md) told as what the writer's case changed, where no persuasion verb names it:
//  - talking someone out of one course or into another ("talked the client out of a custom dashboard");
//  - the writer's evidence or write-up, then others changing course ("After I shared the error analysis,
//    the team dropped the bigger model", "I wrote a one-pager on the risks, and leadership paused the
//    migration");
//  - a concession won from another party ("asked the vendor for a cheaper tier and got 20% off");
//  - others taking up what the writer made ("other teams started using my checklist").
// Written from sentences we wrote ourselves in the voices of notes; checked on the held-aside halves.
import { gatedAlternation, gatedCue } from './gated-alternatives';
import type { Finder } from './sentence-view';

const CHANGED_COURSE = String.raw`(?:dropped|paused|stopped|changed|reversed|cancell?ed|delayed|postponed|moved|switched|agreed|approved|adopted|accepted|funded|greenlit|signed\s+off|backed|reconsidered|scrapped|shelved)`;
// Who changed course: people or a group, not a metric ("latency dropped").
const DECIDERS = String.raw`(?:(?:the|our|their|my)\s+)?(?:[\w-]+\s+)?(?:team|teams|leadership|management|product|PMs?|client|clients|customer|board|director|VP|CTO|CEO|CFO|manager|managers|lead|leads|head|committee|council|owners?|stakeholders|finance|legal|sales|ops|marketing|partner|vendor)|they|he|she|everyone|both\s+teams`;
const CASE = String.raw`(?:one-pager|memo|doc|document|proposal|analysis|write-up|writeup|RFC|deck|brief|case|comparison|estimate|numbers|data|prototype|demo)`;

const PERSUASION_OUTCOME = gatedAlternation('persuasionOutcome', [
  [/talked/i, new RegExp(String.raw`\btalked\s+(?:[\w-]+\s+){1,3}(?:out\s+of|into)\b`, 'i')],
  [
    /after|once|when/i,
    new RegExp(
      String.raw`\b(?:after|once|when)\s+I\s+(?:shared|showed|presented|sent|circulated|walked\s+\w+\s+through|wrote\s+up|demoed|laid\s+out)\b[^.;]{0,60},\s*(?:${DECIDERS})\s+${CHANGED_COURSE}\b`,
      'i',
    ),
  ],
  [
    /wrote|shared|sent|presented|circulated|put|prepared/i,
    new RegExp(
      String.raw`\bI\s+(?:\w+ly\s+)?(?:wrote|shared|sent|presented|circulated|put\s+together|prepared)\s+(?:a|an|the|my)\s+(?:[\w-]+\s+){0,3}${CASE}\b[^.;]{0,60}?,?\s+(?:and|so)\s+(?:${DECIDERS})\s+${CHANGED_COURSE}\b`,
      'i',
    ),
  ],
  [
    /got/i,
    new RegExp(
      String.raw`\b(?:negotiated|asked|pushed|argued)\b[^.;]{0,60}\band\s+got\s+(?:\d+\s*%|a\s+(?:discount|cheaper|lower|better|bigger|longer)|them\s+to|it\s+(?:approved|waived|extended))`,
      'i',
    ),
  ],
  [
    /started|began/i,
    new RegExp(
      String.raw`\b(?:others|other\s+teams|the\s+rest\s+of\s+the\s+(?:team|org|company)|(?:two|three|four|five|six|\d+)\s+other\s+teams|everyone\s+else)\s+(?:started|began)\s+(?:using|following|copying|adopting)\s+(?:my|our|the\s+same)\b`,
      'i',
    ),
  ],
]);
// A cheap first look: every form above holds one of these.
const PERSUASION_OUTCOME_WORDS = /talked|\bI\b|\bgot\b|started|began/i;

/** What the writer's case changed (see the classes above). */
export const persuasionOutcome: Finder = (v) =>
  PERSUASION_OUTCOME_WORDS.test(v.text) ? gatedCue(v.text, PERSUASION_OUTCOME) : undefined;
