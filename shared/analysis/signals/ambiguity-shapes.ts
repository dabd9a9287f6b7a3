// Ambiguity (RUBRIC.md) in clause shapes the older classes miss:
//  - an unknown with any object, then the writer's decision in the same sentence: "Because we didn't know
//    the full list of fields, I decided to start with totals", "nobody knew the volumes, so I sized it
//    for twice last year's peak first" (learning a tool, "didn't know how to", is not ambiguity);
//  - an open definition settled by setting out candidates and asking which: "wrote down three possible
//    targets and asked the campaign managers which one each would use", "drafted one mapping and asked
//    each unit's lead which rows they disagreed with";
//  - (an open question put to a party is read by input-gaps.ts, session 37);
//  - a requirement never set (session 19): "the target was never defined", "severity levels were not defined
//    anywhere", "nobody had defined when the clock started", "the rules had no documented thresholds".
// Written from the session-18 recall kinds (ERROR-KINDS-S18-RECALL.md) and written-stories-12's tuning half; the
// last from written-stories-13's tuning half. (Parties disagreeing on what the work must be was tried and dropped:
// a false positive on a fresh set and no gain there.)
import { match, type Finder } from './sentence-view';

const NOT_KNOWN =
  /\b(?:did\s+not|didn't|do\s+not|don't|nobody|no\s+one|none\s+of\s+us)\s+(?:yet\s+|really\s+|fully\s+|actually\s+)?(?:know|knew)\s+(?!how\s+to\b)(?:the|our|their|its|any|all\s+the|how|which|what|whether|if|who|when)\b/i;
// The writer's decision: a choice verb, or an act done first or for now.
const DECIDES =
  /\b(?:I|we)\s+(?:\w+ly\s+|first\s+|then\s+)?(?:decided|chose|picked|opted|went\s+with|settled\s+on|scoped|limited|started\s+with|began\s+with|prioriti[sz]ed|planned|sized|defaulted)\b|\b(?:I|we)\s+(?:\w+ly\s+)?[a-z]+ed\b[^.;]{1,60}?\b(?:first|for\s+now|to\s+start|as\s+a\s+start(?:ing\s+point)?)\b/i;

/** An unknown with any object, then the writer's decision in the same sentence. */
const unknownThenDecision: Finder = (v) => {
  const m = NOT_KNOWN.exec(v.text);
  if (!m || !DECIDES.test(v.text.slice(m.index + m[0].length))) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};

/** Candidates set out, then a party asked which one: an open definition being settled. */
const CANDIDATES_THEN_ASKED =
  /\b(?:listed|wrote\s+down|drafted|sketched|put\s+together|laid\s+out|mocked\s+up|wrote\s+up)\s+(?:up\s+)?(?:a|an|one|two|three|four|five|six|several|some|a\s+few|\d+)\s+(?:possible|candidate|draft|rough|competing|alternative|straw-?man)?\s*[\w-]+(?:\s+[\w-]+)?\b[^.;]{0,60}?\band\s+asked\s+[^.;]{1,60}?\b(?:which|whether|what)\b/i;

// What the work must meet or mean: a requirement, a target, a definition, a threshold.
const REQUIREMENT_NOUN = String.raw`(?:targets?|goals?|success|metrics?|KPIs?|scope|requirements?|definitions?|thresholds?|criteria|rules|levels|policy|policies|process|spec|brief|priorities|ownership)`;
/** A requirement never set: "the target was never defined", "nobody had defined when …", "no documented thresholds". */
const NEVER_SET = new RegExp(
  String.raw`\b${REQUIREMENT_NOUN}\b[^.;:]{0,40}?\b(?:was|were|had|has|have)\s+(?:never|not|n't)\s+(?:been\s+)?(?:properly\s+|clearly\s+|formally\s+)?(?:defined|agreed|written\s+down|documented|specified|set)\b|\b(?:was|were)n't\s+(?:been\s+)?(?:defined|agreed|written\s+down|documented|specified)\b|\b(?:nobody|no\s+one)\s+(?:had\s+|has\s+|ever\s+)?(?:defined|agreed\s+on|written\s+down|specified|documented)\b|\bno\s+(?:documented|agreed|written|clear|defined|set)\s+(?:[\w-]+\s+)?${REQUIREMENT_NOUN}\b`,
  'i',
);
// Session 21 (written-stories-15/16's tuning halves): moving before something was known, told without an unknown word.
/**
 * The writer's own assumption, then a check of it: "We assumed most of the backlog was low risk and checked that
 * by screening the first 50 notes", "I assumed their labels were consistent, and later checked 200 of them". Not
 * someone else's ("everyone assumed"), not a duty taken on ("assumed the role"), not a system's ("the job assumes").
 */
const ASSUMED_THEN_CHECKED =
  /\b(?:I|we)\s+(?:\w+ly\s+|first\s+|initially\s+)?(?:assumed|guessed)\b(?!\s+(?:the\s+)?(?:role|responsibility|ownership|lead|command|control|duties|position)\b)[^.;]{3,120}?\b(?:and|then|but|which|,)\s+(?:\w+\s+){0,3}?(?:checked|confirmed|verified|validated|tested|re-?checked|sanity-checked|revisited)\b/i;
/**
 * An answer still pending, and the writer moving anyway: "The council had not yet confirmed the funding, so I
 * signed for one year", "The network did not confirm the new format for three weeks, so I supported both",
 * "planned for all of them until she replied" (an answer arriving: working on a thing until a party signed it off
 * is no unknown).
 */
const PENDING_ANSWER =
  /(?:\b(?:(?:had|has|have)\s+not\s+yet|(?:had|has|have)n't\s+yet|not\s+yet)\s+(?:\w+ly\s+)?(?:confirmed|published|decided|announced|approved|finali[sz]ed|signed\s+off|answered|replied|agreed|set)|(?<!\b(?:I|we)\s)\b(?:did\s+not|didn't|had\s+not|hadn't)\s+(?:\w+ly\s+)?(?:confirm(?:ed)?|publish(?:ed)?|decide[ds]?|answer(?:ed)?|reply|replied|announce[ds]?))\b(?!\s+(?:to|with)\b)[^.;]{0,100}?\b(?:so|and\s+so)\s+(?:I|we)\b|\buntil\s+(?:she|he|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:had\s+)?(?:replied|answered|confirmed|decided|came\s+back|got\s+back|published)\b/i;
/** "Nobody told me what 'cancel' meant": the definition nobody gave, told as nobody telling. */
const NOBODY_TOLD =
  /\b(?:nobody|no\s+one)\s+(?:had\s+)?(?:told|explained\s+to|showed)\s+(?:me|us)\s+(?:exactly\s+)?(?:what|which|how|whether|when|who|where)\b/i;

/**
 * Guidance that said nothing on what the work had to be: "with nothing on which dashboards or how fast", "with no
 * guidance on how long it should take", "there was no word on a date" (not what the writer knew nothing about:
 * "I knew nothing about how Kafka works" is learning).
 */
const NOTHING_ON =
  /\b(?<!\b(?:knew|know|learned|learnt)\s)(?:nothing|no\s+(?:word|guidance|detail|details|description|steer|direction|indication)|without\s+(?:any\s+)?(?:word|guidance|detail|details|description|steer|direction|indication))\s+(?:at\s+all\s+|yet\s+)?(?:on|about|of|as\s+to)\s+(?:which|what|how|when|who|whether|where|a\s+(?:date|deadline|timeline|budget|target|scope))\b/i;
/** The ambiguity shapes above, tried in order. */
export const AMBIGUITY_SHAPES: readonly Finder[] = [
  unknownThenDecision,
  (v) => match(v, CANDIDATES_THEN_ASKED),
  (v) =>
    /defin|agree|written|document|specif|never|\bno\b|argued|n't/i.test(v.text) ? match(v, NEVER_SET) : undefined,
  (v) => (/assumed|guessed/i.test(v.text) ? match(v, ASSUMED_THEN_CHECKED) : undefined),
  (v) => (/\bnot\b|n't|until/i.test(v.text) ? match(v, PENDING_ANSWER) : undefined),
  (v) => (/told|explained|showed/i.test(v.text) ? match(v, NOBODY_TOLD) : undefined),
  (v) => (/nothing|\bno\b|without/i.test(v.text) ? match(v, NOTHING_ON) : undefined),
];
