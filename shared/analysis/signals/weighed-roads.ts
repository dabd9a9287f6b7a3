// Trade-off (RUBRIC.md: "a choice of a technical or project option over a named (or clearly referenced) alternative,
// or the reason one option beat another, or an accepted cost") read from the grammar that sets a road not taken
// beside the road taken, whatever the roads are. Who acts: the writer's side or the work. What changes: one of two
// ways of doing the same work is taken and the other is not. What governs it: a reason that weighs them (a cost, a
// limit, a party's need, a comparison). The older finders each held a closed list of the verbs or nouns of past rows
// ("could have used/built/kept …", "considered a/an/the …"); a road not taken is told by an operator any verb can
// carry. Six readings, one per operator:
// - a ROAD TOLD BY ITS MODAL, A VERB OF CONSIDERING, OR NAMED AS THE ANSWER, and weighed by a contrast: "could have V",
//   "would have V", "we could V", "V-ing was possible", "looked at V-ing", "the easy answer was X", then "but" and a
//   clause that weighs it (a "would have" needs only its contrast, a "could have" only its "but") (a modal, a negation, a need or an obligation, a cost, "only",
//   "too", a comparative, a party away or busy): "I could have asked IT to switch it off centrally, but that needed a
//   change request", "The adapter would have been done in a fortnight but would have kept our bug alive", "Singing it
//   in May was possible, but half the altos were away". Not read: hindsight ("Looking back, I would have …"), a harm
//   averted ("a day before it would have flooded"), a "would" in a question or after a verb of knowing or telling
//   ("nobody knew whether it would …", "I knew it would take months, but …"), a relative clause that describes a
//   thing ("a script that would flag …, but it missed half"), knowing and feeling ("I could see …, but"), idioms;
// - a ROAD NAMED BY ITS GERUND with what it costs or would cost, tied by "so" to the road taken or by a reason
//   relation to the pick: "Keeping it meant risking a mid-show evacuation, so I moved it", "we painted one bay a
//   weekend, because repainting the whole ward meant moving every patient twice", "Autoscaling alone would not react
//   fast enough, so I pre-scaled". The gerund must head its clause (sentence start or after because/since/as) and
//   the cost verb is a modal or a verb of cost (meant, needed, required, risked, cost), never "took" or "was": a thing
//   that merely happened ("Building the wing took two years, so …") is no road weighed;
// - two roads joined by "OR" under a choice frame (a modal, "either", "whether", "the choice/options/ways", or the
//   alternatives standing alone before ":" "?" or a dash), then the chosen side NAMED AGAIN after the break with a
//   pick or a reason: "We could reprint the catalogue or send a correction slip; the slip cost a tenth", "Printers at
//   the gate or phones only? We kept the printers, as …", "Full scan or 5% sample: the sample is four times faster".
//   A range ("two or three days"), "or so", a question with no pick ("whether weekly or monthly, so I asked the
//   bank") and users' own choices ("Parents could choose the morning or the afternoon slot") are not read.
// - a road told as a CONDITION or a CONCESSION, then the road taken: "If I split the order the price went up 8%, but …,
//   so I split it", "managed was less work but cost twice as much, so i kept our own clusters";
// - the pick set against the other road by a NEGATION: "decided to send only full trucks, not groupage", "agreed to a
//   second provider for card payments only, not wallets" (a decision verb of the lexicon or an agreement first);
// - a road's RISK or counterfactual, then the road taken after "so": "The old tractor was a breakdown risk at harvest,
//   so we hired one for September" (not a "would" in a worry, a question or a report).
// This module replaced trade-off.ts's set-aside and obvious-road finders (a closed list of the verbs after "could have"
// and of the nouns after "considered") and the trade-off use of its risk-then-choice finder (kept for own-decision).
// Each reading runs one bounded regex pass; the checks after a match look a fixed number of characters around it.
import { findAll, type Cue, type Finder, type SentenceView } from './sentence-view';
import { DECISION_VERBS } from './signal-lexicon';

// What weighs a road after its contrast: a modal, a negation, a need or obligation, a cost, a degree, a comparison,
// a party not there, or a judgement of the road itself (overkill, fragile, complex).
const WEIGHS = String.raw`(?:would|could|might|'d|can'?t|cannot|couldn'?t|wouldn'?t|won'?t|n't|not|no|never|nobody|only|alone|already|too|meant|means|mean|needed|needs|need|required|requires|had\s+to|has\s+to|have\s+to|must|wanted|wants|asked\s+for|asked|insisted|cost\w*|risk\w*|lost|lose|losing|more|less|fewer|\w{3,}er\s+than|belonged|belongs|owned|owns|overkill|over-?engineered|heavy\w*|complicated|complex|fragile|brittle|impractical|unnecessary|slow|(?:bigger|larger|smaller|simpler|faster|slower|cheaper|safer|easier|harder|lower|higher|riskier|worse)|(?:was|were|is|are)\s+(?:away|busy|off|closed|booked|full|gone|out|tied\s+up))`;

// ---- 1. the road told by its modal, by a verb of considering, or named as the answer ----

const ROAD = new RegExp(
  String.raw`\b(?:(would(?:'ve|\s+have))\s+(?:\w+ly\s+|just\s+)?([a-z]+)|(?:could|might)(?:'ve|\s+have)\s+(?:\w+ly\s+)?([a-z]+)|(?:I|we)\s+could\s+(?:either\s+|also\s+|just\s+|easily\s+)?(?!not\b|never\b|have\b|only\b)([a-z]+)|would\s+(?:\w+ly\s+)?(?:be|mean|cost|take|need|lose|break|add|double|triple|eat|slow|risk|force|require|leave|kill|delay)|(?:considered|discussed|debated|talked\s+about|thought\s+about|floated|explored|looked\s+at|evaluated|weighed)\s+(?!(?:the|our|their|its|his|her|my)\s+(?:[\w-]+\s+)?(?:logs?|data|code|metrics|dashboards?|traces|errors|numbers|tickets|results|feedback|comments|advice|requests?|figures|reports?|notes|history)\b)(?!(?:it|them|this|that|these|those|how|what|why|whether|if|my|his|her|their|him|me|us|you|everyone|everything|feedback|comments|advice|requests?|logs?|data|code|metrics|dashboards?|traces|errors|numbers|tickets|results|quitting|leaving)\b)[\w.+-]+|(?:was|were|is|seemed)\s+(?:also\s+|perfectly\s+|technically\s+)?(?:possible|an\s+option|tempting|doable|on\s+the\s+table)|(?:was|seemed|looked|sounded)\s+(?:\w+\s+)?(?:tempting|attractive|appealing)|(?:was|seemed|looked)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:answer|fix|option|route|choice|path|solution|move|way|step)|\b(?:answer|fix|option|route|choice|path|solution|move|way)\s+(?:was|would\s+have\s+been|seemed)\s+(?:to|a|an|the|just|simply|[a-z]+ing))\b`,
  'gi',
);
const CONTRAST_THEN_WEIGH = new RegExp(
  String.raw`^[^.;!?]{0,100}?(?:,\s*|\s+|;\s*)but\s+[^.;!?]{0,80}?\b${WEIGHS}\b`,
  'i',
);
// A counterfactual needs only its contrast: "would have bought us a day, not a week", "would have been fastest, but".
const CONTRAST =
  /^[^.;!?]{0,60}?(?:,\s*(?:but|not|so|while|whereas)\b|;|\bnot\s+(?:a|an|the)\b|\brather\s+than\b|\binstead\b)/i;
// A road taken that failed or did not last ("the usual fix was a restart, but it didn't help"): no road set aside.
const FAILED_FIX =
  /^[^.;!?]{0,100}?\bbut\s+[^.;!?]{0,40}?\b(?:(?:didn'?t|did\s+not|failed\s+to|wasn'?t\s+enough\s+to)\s+(?:help|work|fix|last|hold)|only\s+lasted)\b/i;
const CONCEDED = /^[^.;!?]{0,80}?\b(?:but|didn't|did\s+not)\b/i;
// Knowing, feeling and seeing: "I could see the queue grow, but": no road.
const KNOWING =
  /^(?:see|tell|feel|hear|sense|smell|guess|imagine|understand|know|find|believe|remember|recall|predict|spot|read|cried|cry|laughed|laugh|sworn|swear|kicked|kick|liked|loved|wanted|hoped|expected|thought|happened)$/;
// Hindsight and lessons: what the writer would do another time is no road weighed in the story.
const HINDSIGHT =
  /\b(?:next\s+time|in\s+hindsight|looking\s+back|in\s+retrospect|if\s+I\s+(?:did|ran|had\s+to\s+do|were\s+to\s+do)\s+(?:it|this)\s+again|lessons?)\b/i;
// A "would" in a question or after a verb of knowing, telling or hoping, or in a relative clause describing a thing.
const NOT_A_ROAD_BEFORE =
  /\b(?:how|what|whether|when|where|who|why|knew|know|thought|think|said|says|told|hoped|expected|promised|assumed|guessed|feared|worried|sure|before|until|wished?)\s+(?:[\w'-]+\s+){0,5}$/i;
// "caught it a day before it would have tripped": a harm averted, not the cost of an option.
const HARM_AVERTED = /\bbefore\s+(?:it|they|this|that|the\s+[\w-]+)\s+would\b/i;
// Every road above holds one of these; most sentences hold none.
const ROAD_WORDS = /\bbut\b|would|could|might|\bnot\b|;|instead|rather/i;

/** A road told by its modal, a verb of considering, or named as the answer, and weighed (see the head of this file). */
const roadWeighed: Finder = (v) => {
  if (!ROAD_WORDS.test(v.text) || HINDSIGHT.test(v.text) || HARM_AVERTED.test(v.text)) return undefined;
  ROAD.lastIndex = 0;
  for (let m = ROAD.exec(v.text), n = 0; m && n < 6; m = ROAD.exec(v.text), n++) {
    const verb = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    if (verb && KNOWING.test(verb)) continue;
    // "it could have been worse, but": an idiom of luck, no road.
    if (
      verb === 'been' &&
      /^\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:worse|better)\b/i.test(v.text.slice(m.index + m[0].length))
    )
      continue;
    if (NOT_A_ROAD_BEFORE.test(v.text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const end = m.index + m[0].length;
    const rest = v.text.slice(end);
    // A counterfactual ("would have") needs only its contrast, a concessive one ("could have") only its "but".
    const weighed =
      (m[1] ? CONTRAST.exec(rest) : null) ?? (m[3] ? CONCEDED.exec(rest) : null) ?? CONTRAST_THEN_WEIGH.exec(rest);
    if (!weighed || FAILED_FIX.test(rest)) continue;
    return { start: m.index, end: end + weighed[0].length };
  }
  return undefined;
};

// ---- 2. the road named by its gerund, with its cost ----

// Words in -ing that are nouns or prepositions, not a road: "The morning meant …", "nothing meant …".
const ING_NOUN =
  /^(?:morning|evening|thing|nothing|something|anything|everything|building|meeting|ceiling|spring|string|during|king|ring|wing|being|bring|sibling|pudding|clothing|housing|funding|ending|beginning|setting|heating|wedding|feeling|reading|rating|ranking|pricing|timing|booking|parking|landing|listing|hearing|warning|training\s+data|according|including|regarding|following|pending|something)$/i;
// The cost verb after the gerund's clause: a modal of the untaken road or a verb of cost.
const GERUND_ROAD = new RegExp(
  String.raw`(?:^\W*|\b(?:because|since|as|and|but|so)\s+|[,;:]\s*)([A-Za-z]+ing)\s+(?!(?:was|is|were|are|has|had)\b)(?:[\w%'-]+\s+){0,8}?(?:alone\s+|itself\s+|instead\s+)?(meant|means|would\s+(?:have\s+)?(?:not\s+|n't\s+)?[a-z]+|wouldn'?t\s+[a-z]+|needed|needs|required|requires|risked|risks|cost|costs|added|raised|doubled|tripled|slowed|put\s+(?:\w+\s+){1,2}up)\b`,
  'gi',
);
// What ties the road to the pick: "so" and the road taken, or the gerund's clause given as the reason.
const SO_AFTER =
  /^[^.;!?]{0,100}?(?:,|;|\s)\s*(?:and\s+)?so\s+(?:I|we|the|our|they|it|[\w-]+\s+(?:got|went|stayed|kept|moved))\b/i;

/** A road named by its gerund with what it costs, tied to the pick (see the head of this file). */
const roadByGerund: Finder = (v) => {
  if (HINDSIGHT.test(v.text)) return undefined;
  GERUND_ROAD.lastIndex = 0;
  for (let m = GERUND_ROAD.exec(v.text), n = 0; m && n < 6; m = GERUND_ROAD.exec(v.text), n++) {
    if (ING_NOUN.test(m[1]) || m[1].length < 6) continue;
    // "Working nights meant I slept through the day": a clause after "meant" is a consequence, not the road's cost.
    if (/^\s+(?:I|we|they|he|she|you|it|there)\b/i.test(v.text.slice(m.index + m[0].length))) continue;
    const end = m.index + m[0].length;
    const reason = /^\W*(?:because|since|as)\b/i.test(m[0].replace(/^[,;:]\s*/, ''));
    if (!reason && !SO_AFTER.test(v.text.slice(end))) continue;
    // "because working nights meant …" with no road taken before it: the reason must follow the writer's act.
    if (reason && !/\b(?:I|we)\b|^\W*[A-Z][a-z]+ed\b/i.test(v.text.slice(0, m.index))) continue;
    return { start: m.index, end };
  }
  return undefined;
};

// ---- 3. two roads joined by "or", the chosen side named again ----

const OR_ROADS = new RegExp(
  String.raw`(?:\b(?:could|can|might|should|either|whether|choice\s+(?:was|is)|options?\s+(?:was|were|is|are)|ways?\s+(?:was|were|is|are))\s+|^\W*)((?:[\w%'-]+\s+){1,7}?)or\s+((?:[\w%'-]+\s+){0,6}?[\w%'-]+)\s*(?:[;:?—–]|\s-\s|,\s)`,
  'gi',
);
// A range or an approximation around "or": "two or three days", "an hour or so", "or more".
const RANGE_OR = /(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+day|a\s+week|an?\s+hour)\s+$)/i;
const STOP =
  /^(?:the|a|an|and|or|to|of|in|on|at|for|with|we|i|our|it|its|their|was|were|is|are|be|do|did|go|could|can|would|should|either|whether|only|just|more|less|some|all|every|each|this|that|these|those|from|into|onto|over|than|then|instead|also)$/i;
const PICK_OR_REASON =
  /\b(?:because|since|as|so|kept|keep|chose|choose|picked|pick|went|took|take|settled|stayed|used|won|wins|cheaper|faster|safer|simpler|easier|cost|costs|is|was|were|are)\b/i;

/** The content words of one side of an "or": words of four letters or more that are not function words. */
function contentWords(side: string): string[] {
  return (side.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !STOP.test(w));
}

/** Two roads joined by "or" under a choice frame, the chosen side named again with a pick or a reason. */
const roadsByOr: Finder = (v) => {
  if (!/\bor\b/i.test(v.text) || HINDSIGHT.test(v.text)) return undefined;
  OR_ROADS.lastIndex = 0;
  for (let m = OR_ROADS.exec(v.text), n = 0; m && n < 8; m = OR_ROADS.exec(v.text), n++) {
    if (
      (RANGE_OR.test(m[1]) && /^\W*(?:\d|one|two|three|four|five|six|a\s|an\s)/i.test(m[2])) ||
      /^(?:so|more|less|not)\b/i.test(m[2])
    )
      continue;
    // A sentence-initial pair stands alone only before ":", "?" or a dash; before a comma it is a clause of its own.
    const framed = /[a-z]/i.test(m[0].slice(0, m[0].indexOf(m[1])));
    if (!framed && /,\s$/.test(m[0])) {
      // A frame further in ("The options was X or Y, …") is looked for from the next word.
      OR_ROADS.lastIndex = m.index + Math.max(1, m[0].search(/\s/) + 1);
      continue;
    }
    // Users choosing between the product's offers is their choice, not the work's road.
    if (
      /\b(?:users?|customers?|parents|patients|guests|people|students|members|buyers|shoppers)\s+(?:\w+\s+)?(?:could|can)\s+$/i.test(
        v.text.slice(Math.max(0, m.index - 40), m.index + 6),
      )
    )
      continue;
    const left = contentWords(m[1]);
    const right = contentWords(m[2]);
    const after = v.text.slice(m.index + m[0].length, m.index + m[0].length + 120).toLowerCase();
    const named = (ws: string[], other: string[]) =>
      ws.some((w) => !other.includes(w) && new RegExp(`\\b${w.replace(/s$/, '')}`).test(after));
    if (named(left, right) === named(right, left)) continue;
    if (!PICK_OR_REASON.test(after)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
};

// ---- 4. a road told as a condition, or as a concession, then the road taken ----

// "If I split the order across two suppliers the price went up 8%, but …, so I split it": the writer's road as a
// condition with its cost, then a contrast or the road taken. "managed was less work but cost about twice as much, so
// i kept our own clusters": one road's gain conceded to its cost, then the other road taken.
const CONDITION_OR_CONCESSION = new RegExp(
  String.raw`^\W*if\s+(?:I|we)\s+[^,;.]{3,80}?,?\s+[^.;]{0,60}?\b(?:would|went\s+up|rose|cost|costs|meant|lost|doubled|added|took)\b[^.;]{0,80}?(?:,\s*|\s+)(?:but|so)\s+(?:(?:I|we)\s+\w+|[^.;]{0,60}?,\s*so\s+(?:I|we)\s+\w+)|\b(?:was|is|were|are)\s+(?:\w+\s+)?(?:less|more|\w{3,}er|cheap|quick|simple|easy|fast)\b[^.;]{0,40}?\bbut\s+[^.;]{0,60}?\b(?:cost|costs|took|needed|meant|would|risked|lost|broke|missed)\b[^.;]{0,60}?,?\s+so\s+(?:I|we)\s+[a-z]+`,
  'i',
);

/** A road told as a condition or a concession, then the road taken (see above). */
const roadByCondition: Finder = (v) => {
  if (HINDSIGHT.test(v.text)) return undefined;
  const m = CONDITION_OR_CONCESSION.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};

// ---- 5. the road taken set against the other by a negation ----

// ", not Y" or "only …, not Y" after a pick: "decided to send only full trucks, not groupage", "agreed to a second
// provider for card payments only, not wallets". A negated degree or time ("not yet", "not just", "not only") is no road.
const NOT_THE_OTHER =
  /^[^.;!?]{0,100}?,\s*(?:and\s+)?not\s+(?!(?:yet|just|only|because|sure|all|every|once|always|enough|that|much|really|least|even|quite|so|too|to|as|a\s+single|one\s+more|more|less)\b)(?:a\s+|an\s+|the\s+|on\s+|in\s+|for\s+)?[\w-]+/i;
// The decision verbs of the lexicon, and an agreement reached: "agreed to", "agreed on", "settled on".
const AGREED_PICK = /\b(?:agreed\s+(?:to|on)|settled\s+(?:on|for)|went\s+with|kept|stuck\s+with)\b/gi;

/** A pick set against the untaken road by ", not …" (see above). */
const roadNegated: Finder = (v) => {
  if (!/,\s*(?:and\s+)?not\b/i.test(v.text) || HINDSIGHT.test(v.text)) return undefined;
  const starts = findAll(v, DECISION_VERBS).map((k) => v.tokens[k].end);
  AGREED_PICK.lastIndex = 0;
  for (const m of v.text.matchAll(AGREED_PICK)) starts.push(m.index + m[0].length);
  for (const at of starts.slice(0, 6)) {
    const m = NOT_THE_OTHER.exec(v.text.slice(at));
    if (m) return { start: at, end: at + m[0].length };
  }
  return undefined;
};

// ---- 6. a road's risk or counterfactual, then the road taken after "so" ----

// "The old tractor was a breakdown risk at harvest, so we hired one for September", "Rebuilding the index would have
// meant downtime, so I patched it in place": what one road risked or would have done, then the writer's road.
const RISK_THEN_TAKEN =
  /\b(?:risk(?:ed|s|y)?|would\s+(?:have\s+)?\w+)\b[^.;]{0,100}?,?\s+so\s+(?:I|we)\s+(?:\w+ly\s+)?\w+(?:ed|ept|ose|ent|uck|ilt|ade|eft|ook|ought|ut)\b/i;

/** A road's risk or counterfactual, then the road taken; not a "would" in a question, a worry or a report. */
const roadRiskThenTaken: Finder = (v) => {
  if (HINDSIGHT.test(v.text) || HARM_AVERTED.test(v.text)) return undefined;
  const m = RISK_THEN_TAKEN.exec(v.text);
  if (!m || NOT_A_ROAD_BEFORE.test(v.text.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};

/** The weighed-road readings, in the order above. */
export const WEIGHED_ROADS: readonly Finder[] = [
  roadWeighed,
  roadByGerund,
  roadsByOr,
  roadByCondition,
  roadNegated,
  roadRiskThenTaken,
];

/** The first weighed road of a sentence, or undefined. */
export function weighedRoad(v: SentenceView): Cue | undefined {
  for (const f of WEIGHED_ROADS) {
    const c = f(v);
    if (c) return c;
  }
  return undefined;
}
