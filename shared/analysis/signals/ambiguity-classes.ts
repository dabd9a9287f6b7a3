// Ambiguity (RUBRIC.md): requirements, data or context that were incomplete or unclear, and how the
// writer decided or moved anyway. A bare "unclear" is not enough: an error message, a cause being
// debugged ("unclear why the job failed") or a technology being learned is not ambiguity. So the
// classes are:
//  1. explicit ambiguity words ("ambiguous", "vague", "uncertainty", "the unknowns");
//  2. an unknown that is the work's requirements, definitions or expectations ("nobody had written
//     down what counted as churn", "three definitions", "requirements kept changing");
//  3. any other unknown only when the same sentence acts or decides while it is unknown ("I didn't
//     have a test set, so I sampled old tickets", "since the labels were unclear, I trained on …");
//  4. the writer's ways of working through an unknown ("asked what they expected", "until we had
//     more data", "in case they changed their minds").
import { AMBIGUITY_WORDS, KNOWLEDGE_NOUNS, UNKNOWN_WORDS } from './signal-lexicon';
import { unsettledInputs } from './unsettled-inputs';
import { AMBIGUITY_SHAPES } from './ambiguity-shapes';
import { INPUT_GAP_FRAMES } from './input-gaps';
import { openQuestion } from './open-questions';
import { findAll, match, opensWithPastVerb, span, word, type SentenceView, type Finder } from './sentence-view';
import { gatedAlternation, gatedCue } from './gated-alternatives';

/** What is unknown is the work's requirements, definitions or expectations: the rubric's core case. */
const ABOUT_REQUIREMENTS =
  /\b(?:requirements?|specs?|specifications?|scope|definitions?|labels|tags|categories|acceptance\s+criteria|success\s+(?:criteria|metrics?|looked\s+like)|the\s+(?:ask|brief|goal)\b|expectations?|(?:what|which|whether|who|if)\b[^.;:]{0,50}?\b(?:meant|means|expected|expect|valued|wanted|wants|needed|counted|counts|was\s+for|were\s+for|should\s+(?:be|do|count|happen)|would\s+(?:help|hurt|work|hold|matter|happen|last|grow|change|sell|pay)|mattered|matters)|how\s+(?:much|many|long|often)\b[^.;:]{0,40}\bto\s+expect)\b/i;

/** The writer (or the team) acts or decides in the sentence, while something is unknown. */
const ACTS =
  /\b(?:(?:so|therefore|and\s+so|then)\s+(?:I|we)\s+(?:\w+ly\s+)?(?!was\b|were\b|had\s+no\b|didn't\b|did\s+not\b|couldn't\b|could\s+not\b)\w+|(?:I|we)\b[^.;:]{0,60}?\b(?:decided|chose|picked|went\s+(?:ahead|with)|started|shipped|built|implemented|used|set|sized|trained|kept|ran|treated|took|moved|proceeded|launched|designed|added|planned|left|opted|settled|defaulted|made\s+(?:a|the)\s+(?:call|decision)|sampled|labell?ed|graded|read|interviewed|asked|sat|met|wrote|tested|prototyped|excluded|flagged|scoped|released)|anyway|regardless|for\s+now|as\s+a\s+(?:stopgap|starting\s+point|first\s+(?:guess|cut|pass))|in\s+the\s+meantime|(?:decide|decided|deciding)\s+(?:whether|to|how|on|between))\b/i;

/** Or the unknown is the data or context the work stood on (RUBRIC: "data or context incomplete or unclear"). */
const ABOUT_DATA_OR_CONTEXT =
  /\b(?:data|dataset|records|history|context|information|picture|ownership|domain|demand|traffic|volumes?|usage|behaviou?r\s+of\s+(?:users|customers))\b/i;

const acts = (v: SentenceView) => ACTS.test(v.text) || opensWithPastVerb(v);

// A cause being debugged is a diagnosis, not ambiguity: "unclear why", "no idea what caused".
const DIAGNOSIS_NEXT =
  /^\s*(?:why|what\s+(?:caused|was\s+causing|broke|triggered)|where\s+the\s+(?:bug|leak|error|problem))\b/i;

// What follows an unknown word when it states an open question (a cause being debugged, "why", is not one).
const OPEN_QUESTION_NEXT =
  /^\s*(?:(?:to\s+(?:me|us|anyone)\s+)?(?:whether|if|who|which|what|when|where|how(?!\s+to\b)))\b/i;

// A cheap first look: every word of AMBIGUITY_WORDS and UNKNOWN_WORDS starts with one of these.
const UNKNOWN_STEMS =
  /ambigu|vague|fuzz|undefin|ill-defin|specified|undocumented|uncertain|unknown|unclear|incomplete|conflict|contradict|inconsistent|assum|guess/i;

/** Explicit words, with the technical senses that are not missing knowledge left out. */
const ambiguityWord: Finder = (v) => {
  if (!UNKNOWN_STEMS.test(v.text)) return undefined;
  for (const k of findAll(v, AMBIGUITY_WORDS)) {
    const w = word(v, k);
    const prev = word(v, k - 1);
    const next = word(v, k + 1);
    // "an unknown error" names a symptom; "the unknowns" names missing knowledge.
    if (
      /^ambigu/.test(w) &&
      (/^(?:reduce|avoid|remove|eliminate|less|no)$/.test(prev) ||
        /^(?:reduce|avoid|remove|eliminate)$/.test(word(v, k - 2)))
    )
      continue;
    // Technical terms: "fuzzy matching", "model uncertainty", "undefined behaviour".
    if (w === 'fuzzy' && /^(?:match\w*|search\w*|logic|join\w*|dedup\w*|string\w*|lookup\w*)$/.test(next)) continue;
    if (
      /^uncertaint/.test(w) &&
      (/^(?:estimates?|sampling|scores?|quantification|intervals?|bands?|calibration|aware)$/.test(next) ||
        /^(?:model|prediction|predictive|epistemic|aleatoric|measurement)$/.test(prev))
    )
      continue;
    if (w === 'undefined' && /^(?:behaviou?r|values?|errors?|variables?|fields?|is|was|in|for)$/.test(next)) continue;
    return span(v, k, k);
  }
  return undefined;
};

/**
 * Words that say something was not known ("unclear", "incomplete", "assumed", "conflicting"): they
 * count when the unknown is the requirements or definitions, or when the writer acts on it.
 */
const unknownWord: Finder = (v) => {
  if (!UNKNOWN_STEMS.test(v.text)) return undefined;
  const hits = findAll(v, UNKNOWN_WORDS);
  if (hits.length === 0) return undefined;
  const aboutRequirements = ABOUT_REQUIREMENTS.test(v.text) || ABOUT_DATA_OR_CONTEXT.test(v.text);
  for (const k of hits) {
    const w = word(v, k);
    const next = word(v, k + 1);
    if (w === 'unclear' && /^(?:anything|something|everything)$/.test(word(v, k - 1))) continue;
    if (DIAGNOSIS_NEXT.test(v.text.slice(v.tokens[k].end))) continue;
    // "an unknown error" names a symptom; "was unknown" names missing knowledge.
    if (w === 'unknown' && v.tokens[k + 1]?.kind === 'word' && !/^(?:and|or|to|at|when|until|so|but)$/.test(next))
      continue;
    if (/^conflicting$/.test(w) && /^(?:merge|git)$/.test(next)) continue;
    // "inconsistent results" is a data-quality finding; inconsistent labels or definitions are ambiguity.
    if (
      w === 'inconsistent' &&
      v.tokens[k + 1]?.kind === 'word' &&
      !/^(?:requirements?|definitions?|specs?|answers?|priorities|goals|guidance|labels?|and|across|between)$/.test(
        next,
      )
    )
      continue;
    // Guessing is ambiguity only when the writer works through it ("instead of guessing, I read …").
    if (/^(?:assum|guess)/.test(w)) {
      if (
        /^(?:instead|rather)$/.test(word(v, k - 2)) ||
        /^(?:wrote|write|listed|list|documented|tested|test|checked)$/.test(word(v, k - 2)) ||
        acts(v)
      )
        return span(v, k, k);
      continue;
    }
    // "unclear whether anyone used it", "unknown who owned the feed": an open question about the situation.
    if (aboutRequirements || acts(v)) return span(v, k, k);
    if (/^(?:unclear|unknown)$/.test(w) && OPEN_QUESTION_NEXT.test(v.text.slice(v.tokens[k].end))) return span(v, k, k);
  }
  return undefined;
};

/** "no spec", "without a definition", "lack of documentation". */
const missingKnowledge: Finder = (v) => {
  if (!/\b(?:no|without|missing|lacking|absent|lack)\b/i.test(v.text)) return undefined;
  for (const k of findAll(v, KNOWLEDGE_NOUNS)) {
    for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
      const w = word(v, i);
      if (/^(?:no|without|missing|lacking|absent|lack)$/.test(w) || (w === 'of' && word(v, i - 1) === 'lack')) {
        if (/^labels?$/.test(word(v, k)) && /^(?:pull|github)$/.test(word(v, k - 1))) break;
        return span(v, i, k);
      }
      if (v.tokens[i].kind === 'symbol') break;
    }
  }
  return undefined;
};

/** Unknowns that count alone: the requirements, definitions or the whole context were unknown. */
const REQUIREMENTS_UNKNOWN = gatedAlternation('requirementsUnknown', [
  [
    /no\s+one|nobody|none/i,
    /\b(?:(?:no\s+one|nobody|none\s+of\s+us)\s+(?:really\s+|yet\s+|actually\s+)?(?:knew|know|could\s+(?:tell|say|explain)|understood|agreed\s+on|had\s+(?:written\s+down|defined|documented|decided|agreed|specified|measured|labell?ed|a\s+(?:clear|good|full))|owned\s+the\s+(?:definition|decision|spec))(?!\s+why\b))/i,
  ],
  [
    /know|understand|sure|certain|clear/i,
    /\b(?:(?:did\s+not|didn't|did\s+n't|do\s+not|don't|(?:was|were)\s+not|wasn't|weren't|not)\s+(?:yet\s+|really\s+|fully\s+|entirely\s+)?(?:know|understand|sure|certain|clear)\s+(?:yet\s+)?(?:if|whether|which|what|who|when|where|how(?!\s+to\b)|exactly)\b|(?:was|were|wasn't|weren't)\s+(?:not\s+)?sure\s+(?:that\s+)?(?:the|it|this|that|they|we|our|their)\b[^.;,]{0,40}\b(?:would|will|could)\b)/i,
  ],
  [
    /had\s+no|have\s+no/i,
    /\b(?:(?:had|have)\s+no\s+(?:idea\s+(?:if|whether|which|what|who|when|where|how(?!\s+to\b))|way\s+(?:to|of)\s+know\w*|clear\s+(?:spec|owner|definition|requirements?|goal|brief|answer)))/i,
  ],
  [
    /documented|defined|specified|decided|settled|agreed|definitions/i,
    /\b(?:not\s+(?:yet\s+)?(?:clearly\s+|well\s+|fully\s+)?(?:documented|defined|specified|decided|settled|agreed)\b|(?:two|three|four|both|different|several|multiple|conflicting|competing)\s+(?:\w+\s+)?definitions\b)/i,
  ],
  [
    /data|history|numbers|baseline|information|enough|question/i,
    /\b(?:(?:with\s+)?no\s+(?:usage\s+|historical\s+|prior\s+|real\s+|good\s+)?(?:data|history|numbers|baseline)\s+(?:on|about|from|for|yet|of)\b(?!\s+(?:who|what|when|which|changes)\b)|(?:limited|little|partial)\s+information|not\s+enough\s+(?:information|data|context)|open\s+questions?)/i,
  ],
  [
    /requirements|priorities|goals|targets|scope|neither/i,
    /\b(?:(?:changing|shifting|evolving|moving)\s+(?:requirements|priorities|goals|targets|scope)|requirements\s+(?:grew|changed|kept\s+changing|shifted|evolved)|neither\s+the\b[^.;]{0,40}\b(?:context|understanding|spec|docs|documentation|requirements|data|owner)\b[^.;]{0,20}\bnor)/i,
  ],
  [
    /know|predict|guess/i,
    /\b(?:(?:cannot|can't|couldn't|could\s+not)\s+(?:yet\s+)?(?:know|predict)\b|(?:educated|best|rough|informed|reasonable)\s+guess(?:es)?\b)/i,
  ],
  [
    /assum/i,
    /\b(?:(?:work(?:ed|ing)?|went|proceeded|built|started|planned)\s+(?:on|from|with)\s+(?:the|an?|my|our)\s+(?:\w+\s+)?assumptions?\b|made\s+(?:\w+\s+)?assumptions?\b|under\s+the\s+assumption\b)/i,
  ],
  [
    /didn't|did\s+not|don't|do\s+not/i,
    /\b(?:(?:didn't|did\s+not|don't|do\s+not)\s+(?:yet\s+|really\s+)?know\s+(?:the|our|their|its|how\s+much)\s+(?:\w+\s+)?(?:data|traffic|volumes?|demand|load|usage|numbers|baseline|requirements|scope|answer)\b|(?:didn't|did\s+not|don't|do\s+not)\s+(?:yet\s+)?have\s+(?:a|an|any|enough|the)?\s*(?:[\w-]+\s+)?(?:test\s+set|eval\s+set|ground\s+truth|labels|history|numbers|baseline|benchmark|data|spec|requirements|definition))/i,
  ],
]);
const requirementsUnknown: Finder = (v) => gatedCue(v.text, REQUIREMENTS_UNKNOWN);

/**
 * Unknowns that count when the writer acts on them in the same sentence: not being sure, not being
 * able to tell, not having a test set or history, waiting for data that was not there yet.
 */
const ACTED_UNKNOWN_PATTERN =
  /\b(?:(?:was|were|wasn't|weren't)\s+(?:not\s+)?sure|not\s+sure|unsure|(?:couldn't|could\s+not|can't|cannot)\s+tell|(?:had|have)\s+no\s+idea|not\s+(?:yet\s+)?(?:clearly\s+|fully\s+)?(?:known|clear|understood)|(?:had|have)\s+no\s+(?:[\w-]+\s+)?(?:test\s+set|eval\s+set|ground\s+truth|labels|history|numbers|baseline|benchmark)|wait\w*\s+(?:for|until)\s+(?:more|enough|better)\s+(?:[\w-]+\s+){0,2}(?:data|evidence|defaults|labels|history|results|information|traffic))\b/i;
const actedUnknown: Finder = (v) => {
  const c = match(v, ACTED_UNKNOWN_PATTERN);
  if (!c || DIAGNOSIS_NEXT.test(v.text.slice(c.end))) return undefined;
  return ABOUT_REQUIREMENTS.test(v.text) || acts(v) ? c : undefined;
};

/** Working through an unknown: asking what was expected, writing down what was not understood, hedging. */
const WORKED_THROUGH_PATTERN =
  /\b(?:what\s+I\s+did\s+not\s+understand|research\w*\s+(?:the\s+|my\s+|our\s+)?(?:knowledge\s+)?gaps|(?:fill\w*|clos\w+|mapp?\w*|list\w*|identif\w+)\s+(?:the\s+|my\s+|our\s+)?knowledge\s+gaps|(?:asked|find\s+out|found\s+out|figure\s+out|figured\s+out|learn|learned|understand|clarify|clarified|pin\s+down|pinned\s+down|write\s+down|wrote\s+down|map|mapped|document|documented)\s+(?:\w+\s+){0,4}what\s+(?:each\s+)?(?:they|the\s+\w+|we|it|\w+)\s+(?:\w+\s+)?(?:expected|valued|wanted|needed|meant|was\s+for|counted)|(?:wrote\s+down|listed|documented|stated|flagged)\s+(?:the\s+|my\s+|our\s+)?assumptions|until\s+(?:we|I)\s+(?:had|got|knew|learned)\s+(?:more|enough|better)|define\s+(?:the\s+)?(?:goal|problem|scope|success|requirements)|in\s+case\s+(?:they|the|requirements|it|we|things)\b[^.;,]{0,40}\b(?:changed?|changes|shifted|grew|turned\s+out|(?:was|were)\s+wrong|meant|wanted|needed\s+something)|easy\s+to\s+(?:change|undo|reverse)|reversible|two-way\s+door|(?:could|can|would)\s+be\s+revisited|brief\s+was\s+(?:one|a\s+single|two)\s+(?:line|sentence)s?|(?:one|single)-(?:line|sentence)\s+(?:brief|ask|request|spec))\b/i;
const workedThrough: Finder = (v) => match(v, WORKED_THROUGH_PATTERN);

/**
 * Inputs told as thin rather than named unknown: "the spec was thin", "load was a guess until Black
 * Friday", "the data was patchy", "requirements were a moving target", "nobody could agree on what
 * counted", "without a clear target", "the client kept changing what they wanted", "flying blind".
 */
const THIN_INPUTS = gatedAlternation('thinInputs', [
  [
    /thin|sketchy|loose|patchy|spotty|sparse|open-ended|half-written|moving|guess|line|sentence|paragraph/i,
    /\b(?:(?:spec|specs|specification|brief|requirements?|ticket|ask|request|PRD|scope|goal|target|definition|data|numbers|history|labels|forecast|load|traffic|volumes?|demand)\s+(?:from\s+[\w-]+\s+)?(?:was|were)\s+(?:very\s+|pretty\s+|quite\s+|still\s+|only\s+|just\s+|mostly\s+|little\s+more\s+than\s+)?(?:thin|sketchy|loose|patchy|spotty|sparse|open-ended|half-written|a\s+moving\s+target|(?:a|an\s+educated|anyone's|anybody's|a\s+rough)\s+guess|guesswork|guesses|(?:a|one)\s+(?:single\s+|short\s+)?(?:line|sentence|paragraph)|\w+\s+(?:lines?|sentences?)\s+long|a\s+few\s+(?:lines|sentences)))\b/i,
  ],
  [
    /no\s+one|nobody|none|clear|kept|blind|judge?ment|defin/i,
    /\b(?:(?:no\s+one|nobody|none\s+of\s+us)\s+could\s+(?:agree|decide|say)\s+(?:on\s+)?(?:what|which|how|whether|who|when)|without\s+(?:a|any)\s+clear\s+(?:target|goal|spec|requirements?|definition|brief|owner|metric|answer|direction)|kept\s+changing\s+(?:what|their\s+minds?|his\s+mind|her\s+mind|the\s+(?:requirements|scope|brief|spec))|flying\s+blind|judge?ment\s+calls?|defin(?:ed|ing)\s+(?:what\s+)?(?:success|done|the\s+(?:goal|target|scope|problem|requirements))\b)\b/i,
  ],
  [
    /changed|shifted|moved|grew|picture|without/i,
    /\b(?:(?:brief|scope|spec|goal|ask|priorities|targets?)\s+(?:changed|shifted|moved|grew)\s+(?:twice|again|three\s+times|several\s+times|every|mid|halfway|during|after)|(?:didn't|did\s+not|without)\s+(?:have\s+)?(?:the\s+)?(?:full|whole|complete)\s+picture|partial\s+picture|without\s+knowing\b|without\s+(?:any\s+)?(?:historical\s+|usage\s+|prior\s+|real\s+|good\s+)?(?:data|history|numbers|baseline|labels)\s*,\s*(?:I|we)\b)\b/i,
  ],
]);
const thinInputs: Finder = (v) => gatedCue(v.text, THIN_INPUTS);

/** The ambiguity finders, tried in order. */
export const AMBIGUITY_CLASSES: readonly Finder[] = [
  ambiguityWord,
  requirementsUnknown,
  unknownWord,
  missingKnowledge,
  actedUnknown,
  workedThrough,
  thinInputs,
  unsettledInputs,
  ...AMBIGUITY_SHAPES,
  ...INPUT_GAP_FRAMES,
  openQuestion,
];
