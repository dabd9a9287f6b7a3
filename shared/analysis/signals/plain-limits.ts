// Constraint (RUBRIC.md): limits told in the plain words of notes rather than with a limit noun. Each
// class names what kind of limit it reads, so a change to one does not move the others:
//  - a resource the work needed and the team did not have ("needed a GPU we didn't have");
//  - hardware told as how little there was ("we had one small GPU");
//  - data the work was not allowed to use ("couldn't use customer data for training");
//  - people with no time or skill for a part of the work ("nobody on the team could run a cluster");
//  - a date the work had to be ready by, or a cut made to hit it ("had to be ready for September",
//    "cut dark mode to hit the release", "before Black Friday");
//  - something that had to keep working or stay inside the company ("had to keep the old API working",
//    "had to stay inside our network").
// Written from the tuning stories and sentences we wrote ourselves; checked on the held-aside halves.
import { gatedAlternation, gatedCue } from './gated-alternatives';
import type { Finder } from './sentence-view';

const RESOURCE = String.raw`(?:GPUs?|TPUs?|budget|servers?|hardware|headcount|people|staff|engineers?|time|capacity|cluster|licen[cs]es?|rotation|on-call(?:\s+rotation)?|team|data|labels|history)`;
const HARDWARE = String.raw`(?:GPUs?|TPUs?|servers?|machines?|boxe?s?|VMs?|laptops?|nodes?|Raspberry\s+Pis?)`;
const DATA = String.raw`(?:data|PII|emails?|records|names|addresses|photos|images|recordings|locations?|messages|chats?|transcripts|notes|card\s+numbers|health\s+data|(?:the\s+)?cloud|third-party\s+\w+|outside\s+\w+|external\s+\w+|open-source\s+\w+)`;
const NAMED_DATE = String.raw`(?:black\s+friday|cyber\s+monday|christmas|thanksgiving|new\s+year|easter|ramadan|diwali|prime\s+day|tax\s+season|back[- ]to[- ]school|(?:the\s+)?(?:new\s+)?(?:school|academic|financial|fiscal)\s+year|(?:the\s+)?(?:new\s+)?(?:term|semester)|(?:the\s+)?(?:busy|peak|holiday)\s+season|(?:the\s+)?inspection|(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:release|launch|deadline|go-live|sale|intake|cohort))`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|the\s+(?:spring|summer|autumn|fall|winter))`;

const PLAIN_LIMIT = gatedAlternation('plainLimit', [
  // A resource the work needed and nobody had.
  // Hardware told as how little there was.
  // Data the work was not allowed to use or send.
  // People with no time, bandwidth or skill for a part of the work.
  [
    /didn't|did\s+not|don't|do\s+not|gpu|tpu|server|machine|box|vm|laptop|node|raspberry|could|can|allowed|right|no\s+one|nobody|none/i,
    new RegExp(
      [
        String.raw`\b(?:a|an|the|any|enough|extra|more)\s+(?:[\w-]+\s+){0,2}${RESOURCE}\s+(?:that\s+)?(?:we|I)\s+(?:just\s+|simply\s+)?(?:didn't|did\s+not|don't|do\s+not)\s+have\b`,
        String.raw`\b(?:had|have|has|with|on)\s+(?:only\s+|just\s+)?(?:one|a\s+single|one\s+single|a\s+small|one\s+small|one\s+shared|a\s+shared|one\s+old|an\s+old|two\s+small|two\s+old)\s+(?:small\s+|old\s+|shared\s+|consumer\s+|cheap\s+)?${HARDWARE}\b`,
        String.raw`\b(?:could\s+not|couldn't|cannot|can't|were\s+not\s+allowed\s+to|weren't\s+allowed\s+to|was\s+not\s+allowed\s+to|wasn't\s+allowed\s+to|had\s+no\s+right\s+to)\s+(?:use|send|train\s+on|upload|share|log)\s+(?:any\s+|real\s+|the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}${DATA}\b`,
        String.raw`\b(?:no\s+one|nobody|none\s+of\s+us)\s+(?:(?:on|in|at)\s+(?:the|our|my|their)\s+(?:[\w-]+\s+){0,2}(?:team|desk|group|side|floor|ward|staff)\s+)?(?:had\s+(?:the\s+)?(?:time|bandwidth|capacity|hours)|could\s+(?:run|maintain|support|operate|own|spare|write|build|staff))\b`,
      ].join('|'),
      'i',
    ),
  ],
  // A date the work had to be ready by.
  // Scope cut so that a date held.
  [
    /(?:had|needed|has|have)\s+to\b|before|in\s+time|ahead|\bby\b|release|date|deadline|launch|cut|timeline|live/i,
    new RegExp(
      [
        String.raw`\b(?:had|needed|has|have)\s+to\s+(?:be\s+(?:in\s+place|ready|done|live|out|finished|running|signed\s+off|approved|installed|open)|ship|launch|go\s+live|land|open|finish|close|launch)\s+(?:by|for|before|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?(?:${MONTH}|${NAMED_DATE}|(?:next|this|that)\s+(?:week|month|quarter|term|year)|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:launch|release|deadline|audit|review|demo|conference|season|opening|intake|go-live|cutover|renewal|board\s+meeting))\b`,
        String.raw`\b(?:before|in\s+time\s+for|ahead\s+of|by)\s+${NAMED_DATE}\b`,
        String.raw`\bto\s+(?:hit|make|meet|keep|protect)\s+(?:the|our|a|their|that)\s+(?:[\w-]+\s+)?(?:release|date|deadline|launch|cut-?off|timeline|go-live|ship\s+date|launch\s+date)\b`,
      ].join('|'),
      'i',
    ),
  ],
  // Something that had to keep working, or stay inside the company.
  [
    /keep|stay|remain|kept|stored|processed|run|live/i,
    new RegExp(
      [
        String.raw`\b(?:had\s+to|must|needed\s+to|was\s+required\s+to|were\s+required\s+to)\s+keep\s+(?:[\w'-]+\s+){1,4}(?:working|running|open|live|online|serving|compatible|unchanged)\b`,
        String.raw`\b(?:had\s+to|must|needed\s+to|could\s+only)\s+(?:stay|remain|be\s+kept|be\s+stored|be\s+processed|run|live)\s+(?:inside|within|on|in)\s+(?:our|the\s+company's|the\s+hospital's|the\s+bank's|their|the\s+client's)\s+(?:own\s+)?(?:network|servers|premises|infrastructure|VPC|data\s+cent(?:re|er)s?|cloud\s+account|region|country)\b`,
        String.raw`\bkeeping\s+(?:every|all|each|the)\s+(?:[\w-]+\s+){0,2}(?:inside|within|on)\s+(?:our|the\s+company's|their)\s+(?:own\s+)?(?:network|servers|premises|infrastructure|VPC|region|country)\b`,
      ].join('|'),
      'i',
    ),
  ],
]);
// A cheap first look: every form above holds one of these.
const PLAIN_LIMIT_WORDS =
  /have\b|had\b|has\b|with\b|on\b|not|n't|cannot|no\s+one|nobody|none\s+of|before|in\s+time|ahead\s+of|\bby\b|to\s+(?:hit|make|meet|keep|protect)|must|keeping/i;

/** A limit told in plain words (see the classes above). */
export const plainLimit: Finder = (v) => (PLAIN_LIMIT_WORDS.test(v.text) ? gatedCue(v.text, PLAIN_LIMIT) : undefined);
