// Ambiguity (RUBRIC.md) told without the words "unclear" or "unknown": the inputs the work stood on
// were not settled, in the plain ways notes say it:
//  - inputs that kept changing ("the spec kept changing", "the guidance changed almost daily");
//  - the people who should know could not say ("the client could not say which reports they used",
//    "couldn't get a straight answer on the volume");
//  - an input that named nothing ("the brief gave no target", "the ticket just said 'make it better'");
//  - a requirement nobody had settled or owned ("the scope wasn't defined", "hadn't decided on pricing
//    yet", "nobody owned the metric");
//  - a call made before the facts were in ("made the call before the data was in"), or on partial data;
//  - working out what people needed ("figuring out what the sales team actually needed");
//  - nothing to copy from ("there was no playbook", "nobody had done this before");
//  - a value set for now, to be tuned once real traffic came in.
// Each must be about requirements, definitions or expectations, so a code bug ("the variable wasn't
// defined"), a price that moves ("prices changed daily") or a skill being learned stays out.
// Written from the tuning stories and sentences we wrote ourselves; checked on the held-aside halves.
import { gatedAlternation, gatedCue } from './gated-alternatives';
import type { Finder } from './sentence-view';

const INPUTS = String.raw`(?:specs?|specifications?|requirements?|brief|scope|priorities|guidance|rules|instructions|polic(?:y|ies)|plan|targets?|goals?|asks?|mock-?ups?|definitions?|criteria|designs?|wireframes?|acceptance\s+criteria)`;
const SETTLED_NOUNS = String.raw`(?:scope|specs?|requirements?|goals?|metrics?|success|targets?|definitions?|process|ownership|owners?|roles|criteria|priorities|(?:API\s+)?contract|interface|format|plan|pricing|budget|brief|acceptance\s+criteria)`;

const UNSETTLED = gatedAlternation('unsettledInputs', [
  // Inputs that kept changing.
  [
    /chang|shifting|moving|growing|evolving|flux/i,
    new RegExp(
      String.raw`\b${INPUTS}\s+(?:(?:from|for|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:kept|keep|keeps)\s+(?:changing|shifting|moving|growing|evolving)|(?:were|was)\s+(?:still\s+)?(?:changing|shifting|moving|evolving|in\s+flux)|changed\s+(?:almost\s+|nearly\s+)?(?:daily|weekly|every\s+(?:day|week|sprint|few\s+days)|constantly|all\s+the\s+time|often|repeatedly|mid-\w+))\b`,
      'i',
    ),
  ],
  // The people who should know could not say.
  [
    /say|explain|define|articulate|agree|tell/i,
    new RegExp(
      String.raw`\b(?:could\s+not|couldn't|can't|cannot|were\s+unable\s+to|was\s+unable\s+to)\s+(?:say|explain|define|articulate|agree\s+on|tell\s+(?:me|us))\s+(?:exactly\s+)?(?:what|which|how\s+(?:much|many|often|long|big)|whether|who|when)\b`,
      'i',
    ),
  ],
  [
    /answer/i,
    new RegExp(
      String.raw`\b(?:couldn't|could\s+not|never)\s+(?:get|got)\s+(?:a\s+)?(?:straight|clear|firm|definite|consistent)\s+answers?\b`,
      'i',
    ),
  ],
  // An input that named nothing.
  [
    /\bno\b|nothing/i,
    new RegExp(
      String.raw`\b(?:spec|brief|ticket|requirements?|PRD|contract|request|ask|doc|policy|guidance|RFP|SOW)\s+(?:just\s+|only\s+)?(?:gave|had|set|named|listed|included|contained|specified|mentioned|said)\s+(?:no|nothing\s+about)\b`,
      'i',
    ),
  ],
  [
    /said/i,
    new RegExp(
      String.raw`\b(?:ticket|brief|request|ask|spec|requirement|email|message)\s+(?:just|only|simply)\s+said\b`,
      'i',
    ),
  ],
  // A requirement nobody had settled or owned.
  [
    /defined|decided|settled|agreed|specified|written|documented|fixed|finali/i,
    new RegExp(
      String.raw`\b${SETTLED_NOUNS}\s+(?:[\w-]+\s+){0,2}(?:was|were|had)(?:n't|\s+not)\s+(?:(?:yet|been|clearly|really|well|fully|ever)\s+)*(?:defined|decided|settled|agreed|specified|written\s+down|documented|fixed|finali[sz]ed)\b`,
      'i',
    ),
  ],
  [
    /decided|agreed|settled|defined|chosen|finali/i,
    new RegExp(
      String.raw`\b(?:hadn't|had\s+not|haven't|have\s+not|hasn't|has\s+not)\s+(?:yet\s+)?(?:decided|agreed|settled|defined|chosen|finali[sz]ed)\s+(?:on\s+|what\s+|which\s+|how\s+|whether\s+)`,
      'i',
    ),
  ],
  [
    /owned/i,
    new RegExp(
      String.raw`\b(?:no\s+one|nobody)\s+owned\s+(?:the\s+)?(?:[\w-]+\s+)?(?:metric|definition|spec|requirements|decision|roadmap|process|question|problem|numbers)\b`,
      'i',
    ),
  ],
  // A call made before the facts were in.
  [
    /before/i,
    new RegExp(
      String.raw`\b(?:call|decid\w+|decision|commit\w*|chose|choose|pick\w*|ship\w*|launch\w*|plan\w*|start\w*)\b[^.;]{0,40}\bbefore\s+(?:(?:the|any|all\s+the)\s+(?:data|numbers|results|labels|figures|evidence)\s+(?:was|were)\s+(?:in|ready|available|back)|(?:we|I)\s+(?:had|knew|got)\s+(?:the\s+|all\s+the\s+|full\s+|any\s+)?(?:data|numbers|results|labels|answers?|facts|requirements))\b`,
      'i',
    ),
  ],
  // Working out what people needed: "figuring out what the sales team actually needed",
  // "a pilot to find out whether drivers would use it".
  [
    /out|learn|understand/i,
    new RegExp(
      String.raw`\b(?:find(?:ing)?\s+out|found\s+out|figur(?:e|ed|ing)\s+out|work(?:ed|ing)?\s+out|learn(?:ed|ing)?|understand(?:ing)?)\s+(?:whether|if|what|which|how\s+(?:much|many|often))\s+(?:[\w'-]+\s+){1,5}?(?:would|wanted|needed|valued|expected|cared\s+about|meant|counted)\b`,
      'i',
    ),
  ],
  // Nothing to copy from: "there was no playbook", "nobody had done this before".
  [
    /playbook|precedent|template|prior|blueprint|reference/i,
    new RegExp(
      String.raw`\b(?:there\s+was|we\s+had|with|had)\s+no\s+(?:[\w-]+\s+)?(?:playbook|precedent|template|prior\s+art|blueprint|reference\s+(?:design|implementation))\b`,
      'i',
    ),
  ],
  [
    /done/i,
    new RegExp(
      String.raw`\b(?:no\s+one|nobody)\s+(?:here\s+|at\s+the\s+company\s+|on\s+the\s+team\s+)?had\s+(?:ever\s+)?done\s+(?:this|it|that|one)\s+before\b`,
      'i',
    ),
  ],
  // A call on partial facts: "had to decide with partial data".
  [
    /partial|incomplete|imperfect|patchy|sparse/i,
    new RegExp(
      String.raw`\b(?:decid\w+|call|chose|choose|commit\w*|plan\w*|move|act\w*|ship\w*)\b[^.;]{0,30}\b(?:with|on|from)\s+(?:only\s+)?(?:partial|incomplete|imperfect|patchy|sparse)\s+(?:data|information|info|evidence|numbers|context|facts)\b`,
      'i',
    ),
  ],
  // A value set for now, to be tuned once the facts came in.
  [
    /revisit|tune|adjust|recalibrate|evaluate|revise|change/i,
    new RegExp(
      String.raw`\b(?:revisit|tune|adjust|recalibrate|re-?evaluate|revise|change)\s+(?:it|them|this|that|the\s+[\w-]+)\s+(?:once|when|after)\s+(?:we|I)\s+(?:saw|had|got|see|have|get|knew)\s+(?:real|more|enough|actual|live)\b`,
      'i',
    ),
  ],
]);
// A cheap first look: every form above holds one of these.
const UNSETTLED_WORDS =
  /kept|keep|still|chang|flux|could|can't|cannot|unable|never|gave|had|set|named|listed|included|contained|specified|mentioned|said|n't|not|owned|before|out\b|learn|understand|playbook|precedent|template|prior\s+art|blueprint|reference|partial|incomplete|imperfect|patchy|sparse|revisit|tune|adjust|recalibrat|evaluate|revise/i;

/** Inputs that were not settled, told in plain words (see the classes above). */
export const unsettledInputs: Finder = (v) => (UNSETTLED_WORDS.test(v.text) ? gatedCue(v.text, UNSETTLED) : undefined);
