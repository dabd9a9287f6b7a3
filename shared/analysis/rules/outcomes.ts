// Outcome: an effect beyond the action itself — what changed for users, the business, the team or
// the system ("reducing churn", "which cut page load time", "adopted by 3 teams", "enabling the EU
// launch", "improving reliability", "won the contract", a promotion, an award, a patent). A bare
// action ("Developed a REST API") has none. A purpose clause naming a benefit ("to reduce support
// load") counts; one naming what the thing does ("to automate uploads") does not.
import type { Token } from './tokenize';
import type { OutcomeCue, OutcomeKind } from './outcome-types';
import { isMlMetricToken } from './ml-evidence';
import { QUIET_TRIGGERS, quietOutcome } from './quiet-outcomes';
import { CONFIG_WORDS } from './quantity-lexicon';
import {
  ACQUIRE_VERBS,
  REWORK_VERBS,
  CREDENTIAL_NOUNS,
  ENABLED_BENEFITS,
  ENABLING_VERBS,
  RECOGNITION_WORDS,
  lemmaSet,
} from './lexicon';

export type { OutcomeCue, OutcomeKind } from './outcome-types';

/** Verbs whose every use names an effect: reducing, cutting, eliminating, enabling, ensuring… (base forms; see lexicon.ts). */
const EFFECT_VERBS = lemmaSet(
  'effect-verbs',
  [
    'reduce',
    'cut',
    'decrease',
    'lower',
    'minimize',
    'minimise',
    'eliminate',
    'prevent',
    'avoid',
    'save',
    'streamline',
    'simplify',
    'ensure',
    'accelerate',
    'boost',
    'foster',
    'mitigate',
    'unblock',
    'shorten',
    'slash',
    'increase',
    'maximize',
    'maximise',
    'strengthen',
    'stabilize',
    'stabilise',
    'shave',
    'double',
    'triple',
    'halve',
    'quadruple',
    'unlock',
    'raise',
    'expedite',
    'free',
    'speed',
    'de-risk',
    'derisk',
    'avert',
    'recover',
    'retain',
    'grow',
    'expand',
    'restore',
    'lift',
    'convince',
    'persuade',
    'ease',
  ],
  // Bare forms that mean something else: "lower prices", "a free tier", "at high speed", "with ease".
  ['lower', 'free', 'speed', 'double', 'triple', 'halve', 'quadruple', 'raise', 'grow', 'lift', 'recover', 'ease'],
);
/** "improve", "enhance": an outcome unless it only polishes one's own artifact ("improved our take-home test"). */
const IMPROVE_VERBS = lemmaSet('improve-verbs', ['improve', 'enhance', 'optimize', 'optimise', 'upgrade']);
/** Verbs that name a benefit only with a quality object: "maintain customer privacy", "drive adoption". */
const BENEFIT_VERBS = lemmaSet('benefit-verbs', [
  'maintain',
  'keep',
  'support',
  'drive',
  'personalise',
  'personalize',
  'protect',
  'preserve',
  'deliver',
  'generate',
  'raise',
  'secure',
  'achieve',
  'guarantee',
]);
// Adjectives a change of state can make a thing: "made onboarding easy", "made releases routine".
const EASE_ADJECTIVES = new Set(['easy', 'simple', 'safe', 'trivial', 'routine', 'self-serve', 'painless', 'obvious']);
// What a result can beat or stay above: "above quota", "ahead of plan".
const TARGET_NOUNS = new Set(['quota', 'target', 'targets', 'goal', 'goals', 'plan', 'forecast']);
const GO_VERBS = new Set(['went', 'goes', 'gone', 'going', 'came', 'come', 'comes']);
// What a defence stops: "blocked most card-testing attacks".
const THREATS = new Set([
  'attack',
  'attacks',
  'fraud',
  'abuse',
  'spam',
  'intrusion',
  'intrusions',
  'exploit',
  'exploits',
  'bots',
]);
// Quality nouns that count things or people: after "for" they name a recipient or a target, not a benefit.
const COUNTED_QUALITIES = new Set([
  'customers',
  'signups',
  'scores',
  'score',
  'grades',
  'grade',
  'tickets',
  'deals',
  'deal',
  'contract',
  'contracts',
  'errors',
  'incidents',
  'outages',
  'bugs',
  'defects',
  'complaints',
  'escalations',
]);
/** Qualities and business measures whose change is an outcome. */
const QUALITY_NOUNS = new Set([
  'reliability',
  'stability',
  'performance',
  'latency',
  'speed',
  'efficiency',
  'productivity',
  'experience',
  'quality',
  'cost',
  'costs',
  'revenue',
  'security',
  'privacy',
  'scalability',
  'maintainability',
  'accuracy',
  'retention',
  'churn',
  'conversion',
  'conversions',
  'engagement',
  'satisfaction',
  'uptime',
  'availability',
  'throughput',
  'capacity',
  'load',
  'workload',
  'toil',
  'fatigue',
  'downtime',
  'time-to-market',
  'velocity',
  'freshness',
  'continuity',
  'consistency',
  'resilience',
  'robustness',
  'usability',
  'accessibility',
  'adoption',
  'growth',
  'expansion',
  'evolution',
  'sustainability',
  'relationship',
  'relationships',
  'insight',
  'insights',
  'visibility',
  'trust',
  'morale',
  'safety',
  'correctness',
  'sales',
  'profit',
  'profitability',
  'margin',
  'margins',
  'roi',
  'nps',
  'csat',
  'delivery',
  'outcomes',
  'loyalty',
  'responsiveness',
  'funding',
  'contract',
  'contracts',
  'deal',
  'deals',
  'customers',
  'traffic',
  'signups',
  'spend',
  'errors',
  'incidents',
  'outages',
  'bugs',
  'defects',
  'complaints',
  'escalations',
  'tickets',
  'waste',
  'risk',
  'risks',
  'effort',
  'overhead',
  'friction',
  'bottlenecks',
  'grade',
  'grades',
  'score',
  'scores',
  'rank',
  'ranking',
  'impact',
  'arpu',
  'arr',
  'mrr',
  'ltv',
  'gmv',
  'aov',
  'frequency',
  'compliance',
  'readmissions',
  'attrition',
  'turnover',
  'rating',
  'ratings',
]);
/** Change nouns: "a 20% reduction in latency", "measurable improvement". */
const CHANGE_NOUNS = new Set([
  'reduction',
  'reductions',
  'improvement',
  'improvements',
  'increase',
  'decrease',
  'savings',
  'drop',
  'decline',
  'uplift',
  'lift',
  'gain',
  'gains',
  'speedup',
  'speed-up',
  'boost',
  'growth',
]);
const CHANGE_NOUN_LEADS = new Set([
  'a',
  'an',
  'measurable',
  'significant',
  'major',
  'dramatic',
  'notable',
  'substantial',
  'big',
  'huge',
  'large',
  'steady',
  'sustained',
  'overall',
  'net',
  'marked',
  'clear',
]);
/** Intransitive changes after a quality: "latency dropped", "precision improved". */
const STATE_CHANGE_VERBS = new Set([
  'improved',
  'increased',
  'decreased',
  'dropped',
  'fell',
  'rose',
  'declined',
  'shrank',
  'doubled',
  'halved',
  'tripled',
  'plummeted',
  'soared',
  'grew',
  'went',
  'improves',
  'drops',
  'falls',
]);
/** Intransitive changes that name their own size: "readmissions fell by a fifth", "CTR rose about 8%". */
const MOVE_VERBS = new Set([
  'fell',
  'rose',
  'dropped',
  'declined',
  'shrank',
  'plummeted',
  'soared',
  'climbed',
  'jumped',
  'surged',
  'dipped',
  'doubled',
  'halved',
  'tripled',
]);
const MOVE_COMPLEMENTS = new Set([
  'by',
  'from',
  'to',
  'below',
  'under',
  'above',
  'over',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'sharply',
  'significantly',
  'dramatically',
  'noticeably',
  'steadily',
  'substantially',
  'considerably',
]);
/** Verbs that reach a level: "revenue hit $500K", "satisfaction reached 4.6". */
const REACH_VERBS = new Set(['hit', 'reached', 'topped', 'exceeded', 'surpassed', 'crossed']);
/** What a thing becomes when others adopt it: "became the default alerting tool". */
const ADOPTED_ROLES = new Set([
  'default',
  'standard',
  'norm',
  'go-to',
  'template',
  'blueprint',
  'reference',
  'foundation',
  'basis',
  'backbone',
  'used',
  'uses',
  'official',
]);
/** What others are brought to do: "got the team to agree", "convinced finance to fund it". */
const AGREEMENT_VERBS = new Set([
  'agree',
  'adopt',
  'use',
  'switch',
  'commit',
  'approve',
  'sign',
  'buy',
  'standardize',
  'standardise',
  'fund',
  'move',
  'change',
  'invest',
]);
const DEAL_NOUNS = new Set([
  'deal',
  'deals',
  'contract',
  'contracts',
  'partnership',
  'partnerships',
  'round',
  'sale',
  'sales',
  'account',
  'accounts',
]);
const NEGATIONS = new Set(["wouldn't", "won't", "couldn't", "didn't", "don't", "doesn't", 'never', 'not', 'no']);
const COMPARATIVES = new Set([
  'faster',
  'quicker',
  'better',
  'cheaper',
  'easier',
  'simpler',
  'safer',
  'smoother',
  'sooner',
  'fewer',
  'lower',
  'higher',
  'leaner',
]);
/** States a thing is brought into that are better by themselves: "from an internal demo to production-ready". */
const READY_STATES = new Set(['automated', 'profitable', 'testable', 'extensible', 'modular', 'maintainable']);
/** The same, written as two words (the tokenizer splits at hyphens): "production-ready", "self-service". */
const READY_PAIRS = new Set(['production ready', 'self service', 'self serve', 'break even']);
/** Is a ready state or a "more …" quality among the three words after `k`? */
function readyStateAfter(words: Token[], k: number): Token | undefined {
  for (let j = k + 1; j < words.length && j <= k + 3; j++) {
    const l = words[j].lower;
    if (READY_STATES.has(l) || MORE_ADJECTIVES.has(l)) return words[j];
    if (j + 1 < words.length && READY_PAIRS.has(`${l} ${words[j + 1].lower}`)) return words[j + 1];
  }
  return undefined;
}
const MORE_ADJECTIVES = new Set([
  'reliable',
  'usable',
  'accessible',
  'maintainable',
  'efficient',
  'secure',
  'stable',
  'scalable',
  'robust',
  'consistent',
  'accurate',
  'seamless',
  'productive',
  'predictable',
  'resilient',
  'available',
  'responsive',
  'performant',
  'intuitive',
  'affordable',
  'transparent',
  'effective',
  'engaging',
  'profitable',
  'confident',
]);
/** Recognition words matched as written (their bare or other forms mean something else); the rest are RECOGNITION_WORDS. */
/** What follows "ranked" when it tells a placing ("ranked first", "ranked among the best") or others rating the writer's work ("ranked my courses at …"). */
const RANK_PLACES = new Set([
  'first',
  'second',
  'third',
  'highest',
  'among',
  'in',
  'as',
  'no',
  'number',
  'best',
  'top',
  'my',
  'our',
]);
const RECOGNITION = new Set(['award-winning', 'patented', 'greenlit', 'topped', 'featured', 'ranked', 'kudos']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", 'its']);
const POSSESSIVE_LEADS = new Set([
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
]);
const OWN_ARTIFACT_LEADS = new Set(['our', 'my', 'his', 'her', 'their', 'its']);
const PROBLEM_LEADS = new Set([
  'experiencing',
  'facing',
  'seeing',
  'saw',
  'suffering',
  'despite',
  'amid',
  'with',
  'had',
  'causing',
  'caused',
]);
/**
 * Verbs that name a benefit after "to" ("to reduce support load"): the effect, improve and benefit
 * verbs by their base forms (a bare infinitive is a base form), so the lists are kept once, in one place.
 * Enabling verbs are judged by what they enable (enabledBenefit).
 */
const PURPOSE_BENEFITS = new Set<string>([
  // "to recover deleted files" names a function; "recovered $2M" is an effect.
  ...EFFECT_VERBS.entries.filter((v) => v !== 'recover'),
  ...IMPROVE_VERBS.entries,
  ...BENEFIT_VERBS.entries,
  'scale-up',
]);
/** Benefit verbs that name a benefit only with a quality or a comparative after them ("to drive adoption"). */
const GUARDED_PURPOSES = new Set(BENEFIT_VERBS.entries.filter((v) => v !== 'protect' && v !== 'preserve'));
const RESTORED_THINGS = new Set([
  'service',
  'services',
  'availability',
  'access',
  'operations',
  'uptime',
  'trust',
  'confidence',
  'functionality',
  'production',
  'connectivity',
  'order',
  'morale',
]);
/** Problems: a benefit when reduced, but "for outages" names the work, not a benefit. */
const PROBLEM_NOUNS = new Set([
  'errors',
  'incidents',
  'outages',
  'bugs',
  'defects',
  'complaints',
  'escalations',
  'tickets',
  'waste',
  'risk',
  'risks',
  'overhead',
  'friction',
  'bottlenecks',
  'toil',
  'fatigue',
  'downtime',
  'churn',
  'load',
  'workload',
  'effort',
  'impact',
  'cost',
  'costs',
  'spend',
  'latency',
]);
const RESULT_MARKERS = new Set(['result', 'results', 'outcome', 'outcomes', 'impact']);
// Problems a count of none is a result for ("no incidents", "without a single timeout"); nouns, plurals match.
const NEGATED_PROBLEMS = lemmaSet(
  'negated-problems',
  [
    'incident',
    'outage',
    'downtime',
    'error',
    'regression',
    'complaint',
    'escalation',
    'bug',
    'page',
    'data-loss',
    'rollback',
    'failure',
    'defect',
    'issue',
    'breakage',
    'vulnerability',
    'leak',
    'timeout',
    'crash',
    'breach',
  ],
  [],
  { nouns: true },
);

const DURATION_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'sprint', 'sprints']);
/** Verbs of looking after what others built: "Maintained libraries used by millions of devices" is context. */
const KEEPING_VERBS = new Set([
  'maintained',
  'maintain',
  'maintaining',
  'maintains',
  'supported',
  'supporting',
  'patched',
  'updated',
  'fixed',
  're',
]);
/** Does a verb of upkeep govern the noun that "used by" describes ("re-develop the app used by …")? */
function keptForOthers(words: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (KEEPING_VERBS.has(words[k].lower)) return true;
  return false;
}

/** Before "successful" when it judges the writer's thing: "a successful campaign", "a highly successful launch". */
const SUCCESS_LEADS = new Set(['a', 'an', 'highly', 'very', 'hugely', 'wildly', 'commercially']);
/** Nouns before "recognition" that make it a technology: "optical character recognition", "speech recognition". */
const RECOGNIZED_THINGS = new Set([
  'character',
  'speech',
  'image',
  'face',
  'facial',
  'voice',
  'pattern',
  'entity',
  'object',
  'handwriting',
  'text',
  'gesture',
  'activity',
  'intent',
  'plate',
]);
/** What follows "success" when it names a role, a team or a measure rather than a success: "customer success team". */
const SUCCESS_COMPOUNDS = new Set([
  'team',
  'teams',
  'manager',
  'managers',
  'engineer',
  'engineers',
  'metric',
  'metrics',
  'criteria',
  'story',
  'stories',
  'factors',
  'plan',
  'org',
  'function',
  'department',
]);
/** Work toward a recognition that is not one yet: "drafted a patent proposal", "patent application draft". */
const NOT_YET = new Set(['proposal', 'proposals', 'draft', 'idea', 'ideas', 'drafted', 'drafting', 'proposed']);

const CONTEXT_PREPOSITIONS = new Set(['for', 'of', 'on', 'in', 'with', 'to', 'into', 'at', 'from', 'about', 'like']);
/** Is "popular" at `i` said of the writer's work (an object or a predicate), not of the context it sits in? */
function popularWork(words: Token[], i: number): boolean {
  const prev = words[i - 1]?.lower;
  if (prev === undefined) return false;
  if (COPULAS.has(prev) || prev === 'became' || prev === 'proved' || prev === 'remains') return true;
  let k = i - 1;
  if (prev === 'most' || prev === 'very' || prev === 'highly' || prev === 'widely' || prev === 'hugely') k--;
  const det = words[k]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the' && det !== 'our' && det !== 'my') return false;
  return !CONTEXT_PREPOSITIONS.has(words[k - 1]?.lower ?? '');
}

/** Does a recognition word at `i` name recognition of the work, not a technology, a team or a draft? */
function recognitionMeant(words: Token[], i: number): boolean {
  const lower = words[i].lower;
  const prev = words[i - 1]?.lower;
  const next = words[i + 1]?.lower;
  if (lower === 'recognition' && prev !== undefined && RECOGNIZED_THINGS.has(prev)) return false;
  if ((lower === 'success' || lower === 'successes') && (prev === 'customer' || (next && SUCCESS_COMPOUNDS.has(next))))
    return false;
  if (lower.startsWith('patent')) {
    for (let k = Math.max(0, i - 3); k <= i + 1 && k < words.length; k++) if (NOT_YET.has(words[k].lower)) return false;
  }
  return true;
}

/** Does a comparative or a multiplier follow within `span` words ("resolve tickets faster")? */
function betterAhead(words: Token[], i: number, span: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + span; k++) {
    const l = words[k].lower;
    if (COMPARATIVES.has(l) || l === 'twice' || l === 'more') return true;
  }
  return false;
}

/**
 * What an enabling verb at `i` enables: a benefit ("to survive an outage", "ship twice as often"),
 * a function ("to manage invoices", "let analysts browse predictions"), or no verb at all (a nominal
 * object: "enabling the EU launch").
 */
function enabledBenefit(words: Token[], i: number, clauseEndsAt: number): 'benefit' | 'function' | 'none' {
  const bare = ENABLING_VERBS.lemmaOf(words[i].lower) === 'let' || ENABLING_VERBS.lemmaOf(words[i].lower) === 'help';
  for (let k = i + 1; k < words.length && k <= i + 7 && words[k].start < clauseEndsAt; k++) {
    const l = words[k].lower;
    const verbAt = l === 'to' ? k + 1 : bare && k > i + 1 && isBenefitVerb(l) ? k : -1;
    if (verbAt < 0 || verbAt >= words.length) continue;
    const v = words[verbAt].lower;
    const kept = BENEFIT_VERBS.has(v) && qualityAhead(words, verbAt, 4); // "to maintain reliability"
    return isBenefitVerb(v) || kept || betterAhead(words, verbAt, 4) ? 'benefit' : 'function';
  }
  if (bare && words[i].lower !== 'help' && words[i].lower !== 'helped' && words[i].lower !== 'helping')
    return betterAhead(words, i, 6) ? 'benefit' : 'function';
  return 'none';
}

/** Where the clause holding `word` ends: the next comma, semicolon, colon, dash or bracket. */
function clauseEnd(tokens: Token[], word: Token): number {
  for (const t of tokens)
    if (t.start > word.start && t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text)) return t.start;
  return Number.POSITIVE_INFINITY;
}
const CLAUSE_END_MARKS = new Set([',', ';', ':', '—', '–', '(', ')']);

function isBenefitVerb(lower: string): boolean {
  return ENABLED_BENEFITS.has(lower) || EFFECT_VERBS.has(lower) || IMPROVE_VERBS.has(lower) || lower === 'ease';
}

function isQuality(lower: string): boolean {
  return QUALITY_NOUNS.has(lower) || isMlMetricToken(lower);
}

/** A quality noun within `span` words after token `i`. */
function qualityAhead(words: Token[], i: number, span: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + span; k++) if (isQuality(words[k].lower)) return true;
  return false;
}

/** States people are brought into by the work: "made the team confident", "got everyone aligned". */
const BETTER_STATES = new Set([
  'comfortable',
  'confident',
  'aligned',
  'unblocked',
  'productive',
  'independent',
  'self-sufficient',
  'autonomous',
]);

/** The index of a better state within the clause, two to five words after a causative verb at `i` (-1 if none). */
function betterStateAhead(words: Token[], i: number, clauseEndsAt: number): number {
  for (let k = i + 2; k < words.length && k <= i + 5 && words[k].start < clauseEndsAt; k++)
    if (BETTER_STATES.has(words[k].lower)) return k;
  return -1;
}

/** What one raises by speaking up: "raised my concerns with the lead", "raised the risk in the review". */
const RAISED_TOPICS = new Set([
  'issue',
  'concern',
  'question',
  'point',
  'risk',
  'flag',
  'alarm',
  'topic',
  'objection',
  'problem',
  'matter',
  'blocker',
]);
/** Where "raised it" is said: "raised it with my manager", "raised this in the retro". */
const SAID_WHERE = new Set(['with', 'in', 'at', 'to', 'during', 'on']);

/**
 * "raised the issue with my manager", "raised the alert thresholds": speaking up, or a setting changed
 * (CONFIG_WORDS), not an increase of anything the work set out to grow.
 */
function raisesTopicOrSetting(words: Token[], i: number): boolean {
  const next = words[i + 1]?.lower;
  if ((next === 'it' || next === 'this' || next === 'that') && SAID_WHERE.has(words[i + 2]?.lower ?? '')) return true;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const l = words[k].lower;
    const singular = l.endsWith('s') ? l.slice(0, -1) : l;
    if (RAISED_TOPICS.has(singular) || CONFIG_WORDS.has(l) || CONFIG_WORDS.has(singular)) return true;
  }
  return false;
}

/** Records a cue from `from` to `to` (module level: a closure per call costs more than the call). */
function addCue(cues: OutcomeCue[], from: Token, to: Token, kind: OutcomeKind): void {
  cues.push({ start: from.start, end: to.end, kind, cue: from.lower });
}

/**
 * Outcome cues in a sentence. `changeQuantity` is true when a from→to change was measured; `words`
 * are the non-symbol tokens, if the caller has them already. Capitalized cue words in mid-sentence
 * are names ("the Save/Open feature"), not verbs.
 */
export function findOutcomeCues(
  tokens: Token[],
  changeQuantity = false,
  words: Token[] = tokens.filter((t) => t.kind !== 'symbol'),
): OutcomeCue[] {
  const cues: OutcomeCue[] = [];
  const firstStart = words.length > 0 ? words[0].start : 0;

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.lower;
    // One lookup rejects the ~90% of words that can start no cue.
    const mask = lemmaMask(lower);
    if (mask === 0 && i !== 0 && !TRIGGERS.has(lower)) continue;
    const prev = words[i - 1]?.lower;
    const next = words[i + 1]?.lower;
    // A capitalized cue word in mid-sentence is a name ("the Save feature"), not a verb.
    const c0 = w.text.charCodeAt(0);
    const capitalizedMid = w.start !== firstStart && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && w.text[0] !== w.lower[0]));

    if (i === 0 && RESULT_MARKERS.has(lower) && tokens.some((t) => t.text === ':' && t.start === w.end)) {
      addCue(cues, w, w, 'state');
      continue;
    }
    if (capitalizedMid && !RECOGNITION.has(lower) && (mask & RECOGNIZED) === 0) continue;

    // "allowing the service to survive an outage" is an outcome; "to let customers manage invoices" is a function.
    if (mask & ENABLING) {
      const enabled = enabledBenefit(words, i, clauseEnd(tokens, w));
      if (enabled === 'benefit') {
        addCue(cues, w, w, prev === 'to' ? 'purpose' : 'change');
        continue;
      }
      if (enabled === 'function') continue;
      // A nominal object: "enabling the EU launch" names what it made possible.
      if (ENABLING_VERBS.lemmaOf(lower) === 'enable' || ENABLING_VERBS.lemmaOf(lower) === 'empower') {
        addCue(cues, w, w, prev === 'to' ? 'purpose' : 'change');
        continue;
      }
      if (prev !== 'to' || (next !== undefined && next !== 'with')) {
        if (prev === 'to') addCue(cues, w, w, 'purpose'); // "to help investors …"
        continue;
      }
      continue;
    }
    const effect = mask & EFFECT ? EFFECT_VERBS.lemmaOf(lower) : undefined;
    if (effect) {
      if (effect === 'increase' && lower.endsWith('ing') && prev && PROBLEM_LEADS.has(prev)) continue; // "experiencing increasing latency"
      // "grew" and "grown" are results; "growing" describes ("a growing team"), "grew with/into" is not an effect.
      if (
        effect === 'grow' &&
        (lower === 'growing' ||
          next === 'with' ||
          next === 'over' ||
          next === 'up' ||
          next === 'tired' ||
          next === 'into')
      )
        continue;
      if (effect === 'expand' && (lower === 'expand' || lower === 'expands' || (next !== 'to' && next !== 'into')))
        continue;
      // "restored service" is an effect; "restoring mounts" is the action itself.
      if (
        effect === 'restore' &&
        !words.slice(i + 1, i + 6).some((x) => RESTORED_THINGS.has(x.lower) || isQuality(x.lower))
      )
        continue;
      if ((lower === 'cut' || lower === 'save') && (prev === 'a' || prev === 'the')) continue;
      if (effect === 'avoid' && next === 'being') continue;
      if (effect === 'raise' && raisesTopicOrSetting(words, i)) continue;
      addCue(cues, w, w, 'change');
      continue;
    }
    if (lower === 'make' || lower === 'made' || lower === 'making') {
      if (next === 'sure' && words[i + 2]?.lower !== 'to') {
        addCue(cues, w, words[i + 1], 'effect');
        continue;
      }
      // "made the sysadmin job easier", "made a monolithic C++ codebase more modular": within the clause.
      const end = clauseEnd(tokens, w);
      for (let k = i + 1; k < words.length && k <= i + 7 && words[k].start < end; k++) {
        const c = words[k].lower;
        if (
          COMPARATIVES.has(c) ||
          BETTER_STATES.has(c) ||
          c === 'possible' ||
          c === 'obsolete' ||
          c === 'unnecessary' ||
          // "made onboarding easy", "making it usable": a quality gained (not "unusable"); "the hard part was
          // making it reliable" names the problem.
          (!(prev !== undefined && COPULAS.has(prev)) &&
            (EASE_ADJECTIVES.has(c) ||
              (k > i + 1 && c.length > 6 && (c.endsWith('able') || c.endsWith('ible')) && !/^(un|in|im)/.test(c)))) ||
          ((c === 'more' || c === 'less') && k > i + 1) // "made the codebase more modular"
        ) {
          addCue(cues, w, words[k], 'effect');
          break;
        }
        if (c === 'harder' || c === 'slower') break;
      }
      continue;
    }
    const improve = mask & IMPROVE ? IMPROVE_VERBS.lemmaOf(lower) : undefined;
    if (improve) {
      const isOptimize = improve.startsWith('optimi') || improve === 'upgrade';
      const purpose =
        prev === 'to' ||
        (prev !== undefined &&
          words[i - 2]?.lower === 'to' &&
          (prev === 'help' || prev === 'and' || prev.endsWith('ly')));
      if (qualityAhead(words, i, 5) || purpose) {
        addCue(cues, w, w, isOptimize ? 'benefit' : 'change');
        continue;
      }
      // "Improve the development workflow" is an effect; "improved our onboarding doc" polishes one's own artifact.
      const owner = next?.endsWith("'s") || words[i + 2]?.lower.endsWith("'s");
      if (!isOptimize && next && !OWN_ARTIFACT_LEADS.has(next) && !owner) {
        addCue(cues, w, w, 'change');
        continue;
      }
      continue;
    }
    if (mask & BENEFIT && qualityAhead(words, i, 6)) {
      addCue(cues, w, w, 'benefit');
      continue;
    }
    // Purpose clauses: "to reduce …", "in order to allow …", "to help investors …".
    if (
      lower === 'to' &&
      next &&
      PURPOSE_BENEFITS.has(next) &&
      !ENABLING_VERBS.has(next) && // decided at the verb itself, by what it enables
      prev !== 'how' &&
      prev !== 'want' &&
      prev !== 'wanted' &&
      !(prev === 'up' && next === 'speed') // "got up to speed on the codebase"
    ) {
      const obj = words[i + 2]?.lower;
      if (
        GUARDED_PURPOSES.has(next) &&
        !qualityAhead(words, i + 1, 4) &&
        !(obj === 'more' || (obj && COMPARATIVES.has(obj)))
      )
        continue;
      if ((next === 'help' || next === 'allow' || next === 'let') && (obj === undefined || obj === 'with')) continue;
      addCue(cues, w, words[i + 1], 'purpose');
      continue;
    }
    if (
      (lower === 'for' || lower === 'of') &&
      (prev === 'for' || prev === 'interest' || prev === 'sake' || lower === 'for')
    ) {
      // "for cost-efficient scalability", "in the interest of stability"
      const look = words.slice(i + 1, i + 4).map((x) => x.lower);
      // "for scalability" names a benefit; "for all customers", "for quarterly scores" name whom or
      // what the work is for.
      const hit = look.findIndex(
        (x) => isQuality(x) && !PROBLEM_NOUNS.has(x) && (lower === 'of' || !COUNTED_QUALITIES.has(x)),
      );
      if (
        hit >= 0 &&
        (lower === 'of'
          ? prev === 'interest' || prev === 'sake'
          : look.slice(0, hit).every((x) => !POSSESSIVE_LEADS.has(x) || x === 'the'))
      ) {
        if (lower === 'for' && look[0] === 'the' && !(look[1] === 'sake')) continue;
        addCue(cues, w, words[i + 1 + hit], 'purpose');
        continue;
      }
    }
    if (COMPARATIVES.has(lower) || (lower === 'more' && next && MORE_ADJECTIVES.has(next))) {
      // attributive ("faster deploys", "a more seamless experience"), not a generic "X is better than Y"
      if (prev && (COPULAS.has(prev) || prev === 'be') && (next === 'than' || words[i + 2]?.lower === 'than')) continue;
      if (lower === 'lower' || lower === 'higher') {
        if (!qualityAhead(words, i, 2)) continue;
      }
      const target = lower === 'more' ? words[i + 1] : w;
      if (prev && COPULAS.has(prev) && !qualityAhead(words, i - 3, 3)) continue;
      addCue(cues, w, target, 'comparative');
      continue;
    }
    if (CHANGE_NOUNS.has(lower)) {
      if (
        next === 'in' ||
        next === 'of' ||
        next === 'to' ||
        (prev && CHANGE_NOUN_LEADS.has(prev)) ||
        lower === 'savings' ||
        (prev && /\d/.test(prev))
      ) {
        if (lower === 'growth' && !(next === 'in' || next === 'of')) continue;
        addCue(cues, w, w, 'change');
        continue;
      }
    }
    if (RECOGNITION.has(lower) || mask & RECOGNIZED) {
      if (lower === 'featured' && !(next === 'in' || next === 'on' || next === 'by')) continue;
      // "The list ranked accounts by score": ranking something is an act; being ranked is recognition.
      if (lower === 'ranked' && next !== undefined && !RANK_PLACES.has(next) && !/^(?:#?\d|top)/.test(next)) continue;
      if (!recognitionMeant(words, i)) continue;
      addCue(cues, w, w, 'recognition');
      continue;
    }
    // Earned from others: "secured approval from the board", "earned the AWS certification".
    if (mask & ACQUIRE && !(prev === 'to' && lower !== 'achieved')) {
      const credential = words.slice(i + 1, i + 7).find((x) => CREDENTIAL_NOUNS.has(x.lower));
      if (credential) {
        addCue(cues, w, credential, 'recognition');
        continue;
      }
    }
    // "later published in Nature", "rated 4.8 by users", "a 4.5 rating", "named employee of the quarter".
    if (lower === 'published' && next === 'in' && i > 0) {
      addCue(cues, w, words[i + 1], 'recognition');
      continue;
    }
    if (
      (lower === 'rated' && words[i + 1]?.kind === 'number') ||
      ((lower === 'rating' || lower === 'stars') && words.slice(Math.max(0, i - 3), i).some((x) => x.kind === 'number'))
    ) {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (
      lower === 'named' &&
      (i === 0 || (prev !== undefined && COPULAS.has(prev))) &&
      next !== undefined &&
      !POSSESSIVE_LEADS.has(next) &&
      next !== 'it' &&
      next !== 'after'
    ) {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (lower === 'promoted' && (next === 'to' || next === 'as')) {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (lower === 'hired' && next === 'as') {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (lower === 'won' || lower === 'winning') {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (lower === 'sold' || lower === 'monetized') {
      addCue(cues, w, w, 'effect');
      continue;
    }
    // Adoption and use by others: "adopted by 3 teams", "the team adopted it", "used at road-shows".
    if (
      (lower === 'adopted' || lower === 'adopt' || lower === 'adopts') &&
      i > 0 &&
      !(prev === 'to' && lower === 'adopt')
    ) {
      addCue(cues, w, w, 'adoption');
      continue;
    }
    if (
      lower === 'used' &&
      (i > 0 || next === 'by') && // "Used by HR to validate …": a resume line about the writer's tool
      (next === 'by' ||
        next === 'at' ||
        next === 'across' ||
        (next === 'in' && words[i + 2]?.lower === 'production') ||
        (prev !== undefined && COPULAS.has(prev) && next === 'to')) &&
      !keptForOthers(words, i)
    ) {
      addCue(cues, w, w, 'adoption');
      continue;
    }
    // "The scheduler has since been copied for other environments", "copied by two other teams".
    if (lower === 'copied' && (next === 'by' || prev === 'been' || prev === 'was' || prev === 'were')) {
      addCue(cues, w, w, 'adoption');
      continue;
    }
    if (lower === 'reused' || lower === 'widely') {
      addCue(cues, w, w, 'adoption');
      continue;
    }
    // Result states: "are now archived automatically", "no longer", "no stale data incidents".
    if (lower === 'now' && prev && COPULAS.has(prev) && next && /(ed|able|en)$/.test(next)) {
      addCue(cues, w, words[i + 1], 'state');
      continue;
    }
    if (lower === 'no' && next === 'longer') {
      addCue(cues, w, words[i + 1], 'state');
      continue;
    }
    if ((lower === 'no' || lower === 'zero' || lower === 'without') && i + 1 < words.length) {
      // Five words: "without a single customer-facing incident" (the compound is two).
      for (let k = i + 1; k < words.length && k <= i + 5; k++)
        if (NEGATED_PROBLEMS.has(words[k].lower)) {
          if (words[k - 1].lower === 'of' && words[k - 2]?.lower === 'point') break; // "no single point of failure": a design
          addCue(cues, w, words[k], 'state');
          // "without issues" is an idiom for "smoothly", not a count of none.
          if (words[k].lower !== 'issues') cues[cues.length - 1].zeroCount = true;
          break;
        }
      // "without a single dropped order": a count of none of whatever follows ("a single point of failure" is a design).
      const single = next === 'a' && words[i + 2]?.lower === 'single' ? i + 3 : next === 'one' ? i + 2 : -1;
      if (
        lower === 'without' &&
        single > 0 &&
        single < words.length &&
        words[single].lower !== 'point' &&
        (cues.length === 0 || cues[cues.length - 1].start !== w.start)
      ) {
        addCue(cues, w, words[single], 'state');
        cues[cues.length - 1].zeroCount = true;
      }
      continue;
    }
    if ((lower === 'resulting' || lower === 'resulted') && (next === 'in' || next === 'with')) {
      addCue(cues, w, words[i + 1], 'effect');
      continue;
    }
    if ((lower === 'leading' || lower === 'led') && next === 'to' && i > 0 && prev !== 'and') {
      addCue(cues, w, words[i + 1], 'effect');
      continue;
    }
    if (lower === 'so' && next === 'that') {
      addCue(cues, w, words[i + 1], 'effect');
      continue;
    }
    if (
      (lower === 'transformed' || lower === 'transform' || lower === 'transforming' || lower === 'turned') &&
      words.slice(i + 1, i + 9).some((x) => x.lower === 'into')
    ) {
      addCue(cues, w, w, 'change');
      continue;
    }
    // "refactored the prototype into a maintainable library": reworked into a better state.
    if (mask & REWORK) {
      const end = clauseEnd(tokens, w);
      for (let k = i + 2; k < words.length && k <= i + 10 && words[k].start < end; k++) {
        if (words[k].lower !== 'into' && words[k].lower !== 'to') continue;
        const state = readyStateAfter(words, k);
        if (state) addCue(cues, w, state, 'change');
        break;
      }
      if (cues.length > 0 && cues[cues.length - 1].start === w.start) continue;
    }
    if (STATE_CHANGE_VERBS.has(lower) && i > 0 && isQuality(words[i - 1].lower)) {
      addCue(cues, words[i - 1], w, 'state');
      continue;
    }
    if (
      MOVE_VERBS.has(lower) &&
      i > 0 &&
      prev !== 'i' &&
      prev !== 'we' &&
      (next === undefined || MOVE_COMPLEMENTS.has(next) || /^\d/.test(next))
    ) {
      addCue(cues, w, w, 'state');
      continue;
    }
    if (
      (REACH_VERBS.has(lower) && words.slice(Math.max(0, i - 4), i).some((x) => isQuality(x.lower))) ||
      (lower === 'peaked' && (next === 'at' || next === 'above'))
    ) {
      addCue(cues, w, w, 'state');
      continue;
    }
    // Recognition and deals: "were promoted", "1st place", "on time and under budget", "closed a 7-figure deal".
    if (lower === 'promoted' && prev !== undefined && (COPULAS.has(prev) || prev === 'got')) {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (lower === 'place' && prev !== undefined && /^(\d+(st|nd|rd|th)|first|second|third)$/.test(prev)) {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    if (
      (lower === 'on' && (next === 'time' || next === 'schedule')) ||
      (lower === 'under' && next === 'budget') ||
      (lower === 'ahead' && next === 'of' && words[i + 2]?.lower === 'schedule') ||
      ((lower === 'above' || lower === 'ahead') && next !== undefined && TARGET_NOUNS.has(next))
    ) {
      addCue(cues, w, words[i + 1], 'effect');
      continue;
    }
    // "activation went up", "costs came down": a change told with a phrasal verb ("the site went down" is an outage).
    if (
      GO_VERBS.has(lower) &&
      (next === 'up' || next === 'down') &&
      words[i + 2]?.lower !== 'to' &&
      (next === 'up'
        ? lower !== 'came' && lower !== 'come'
        : lower === 'came' || (prev !== undefined && isQuality(prev)))
    ) {
      addCue(cues, w, words[i + 1], 'change');
      continue;
    }
    // "blocked most card-testing attacks", "caught two bad releases before they reached customers": prevention.
    if (
      (lower === 'blocked' || lower === 'blocking' || lower === 'blocks') &&
      words.slice(i + 1, i + 5).some((x) => THREATS.has(x.lower) || NEGATED_PROBLEMS.has(x.lower))
    ) {
      addCue(cues, w, w, 'effect');
      continue;
    }
    if ((lower === 'caught' || lower === 'catching') && words.slice(i + 2, i + 7).some((x) => x.lower === 'before')) {
      addCue(cues, w, w, 'effect');
      continue;
    }
    if (
      (lower === 'closed' ||
        lower === 'close' ||
        lower === 'closing' ||
        lower === 'landed' ||
        lower === 'landing' ||
        lower === 'renewed') &&
      words.slice(i + 1, i + 6).some((x) => DEAL_NOUNS.has(x.lower))
    ) {
      addCue(cues, w, w, 'recognition');
      continue;
    }
    // Adoption: "became the default tool", "my proposal was accepted", "got the team to agree".
    if (
      (lower === 'became' || lower === 'become' || lower === 'becoming') &&
      words.slice(i + 1, i + 6).some((x) => ADOPTED_ROLES.has(x.lower))
    ) {
      addCue(cues, w, w, 'adoption');
      continue;
    }
    if (
      (lower === 'accepted' || lower === 'approved') &&
      (next === 'by' || (prev !== undefined && (COPULAS.has(prev) || prev === 'got')))
    ) {
      addCue(cues, w, w, 'adoption');
      continue;
    }
    if (lower === 'got' || lower === 'get' || lower === 'getting') {
      let agreed = false;
      for (let k = i + 2; k < words.length && k <= i + 5; k++)
        if (words[k].lower === 'to' && AGREEMENT_VERBS.has(words[k + 1]?.lower ?? '')) {
          addCue(cues, w, words[k + 1], 'adoption');
          agreed = true;
          break;
        }
      // "got them comfortable with the harness", "got everyone aligned": people brought into a better state.
      const state = agreed ? -1 : betterStateAhead(words, i, clauseEnd(tokens, w));
      if (state > 0) addCue(cues, w, words[state], 'effect');
      continue;
    }
    // Prevention: "caught a dozen regressions", "stopped schema breakages", "so it wouldn't happen again".
    if (
      (lower === 'caught' ||
        lower === 'catching' ||
        lower === 'stopped' ||
        lower === 'stops' ||
        lower === 'stopping') &&
      words.slice(i + 1, i + 6).some((x) => NEGATED_PROBLEMS.has(x.lower))
    ) {
      addCue(cues, w, w, 'effect');
      continue;
    }
    if (lower === 'so' && words.slice(i + 1, i + 4).some((x) => NEGATIONS.has(x.lower))) {
      addCue(cues, w, w, 'purpose');
      continue;
    }
    if (QUIET_TRIGGERS.has(lower)) {
      const quiet = quietOutcome(words, i);
      if (quiet) {
        addCue(cues, w, words[quiet.to], quiet.kind);
        if (quiet.zeroCount) cues[cues.length - 1].zeroCount = true;
        continue;
      }
    }
    if (lower === 'successful' && prev !== undefined && SUCCESS_LEADS.has(prev) && next !== undefined) {
      addCue(cues, w, w, 'recognition'); // "launched a successful crowdfunding campaign"
      continue;
    }
    if (lower === 'popular' && popularWork(words, i)) {
      addCue(cues, w, w, 'recognition'); // "built a popular plugin", "it became popular"; not "a plugin for a popular editor"
      continue;
    }
    // "shipped the release two weeks early": ahead of schedule by a duration.
    if (lower === 'early' && prev !== undefined && DURATION_UNITS.has(prev)) {
      addCue(cues, words[i - 1], w, 'effect');
      continue;
    }
    // "came back in seconds instead of minutes": a before value beside the after value.
    if (
      lower === 'instead' &&
      next === 'of' &&
      words.slice(Math.max(0, i - 3), i).some((x) => TIME_WORDS.has(x.lower)) &&
      words.slice(i + 2, i + 5).some((x) => TIME_WORDS.has(x.lower))
    ) {
      addCue(cues, w, words[i + 1], 'change');
      continue;
    }
    // "It now handles 3x the traffic": a present state that is the result.
    if (
      lower === 'now' &&
      next !== undefined &&
      next.length > 3 &&
      /[^s]s$/.test(next) &&
      !POSSESSIVE_LEADS.has(next) &&
      next !== 'this' &&
      next !== 'has'
    ) {
      addCue(cues, w, words[i + 1], 'state');
      continue;
    }
  }
  // Before → after ("from a manual process taking hours into one taking seconds", "from 9 to 3").
  if (changeQuantity || beforeAfter(words))
    cues.push({ start: words[0]?.start ?? 0, end: words[words.length - 1]?.end ?? 0, kind: 'change', cue: 'from-to' });
  return cues;
}

// Every word that can start a cue above; anything else is skipped with one Set lookup.
const LEMMA_TRIGGERS = [
  EFFECT_VERBS,
  IMPROVE_VERBS,
  BENEFIT_VERBS,
  RECOGNITION_WORDS,
  ACQUIRE_VERBS,
  ENABLING_VERBS,
  REWORK_VERBS,
];
// Bits of lemmaMask, one per list above, in its order.
const EFFECT = 1;
const IMPROVE = 2;
const BENEFIT = 4;
const RECOGNIZED = 8;
const ACQUIRE = 16;
const ENABLING = 32;
const REWORK = 64;
// One memo for "which lemma lists hold this word?": most words are looked up once per vocabulary, and
// a word in none of them ("to", "for", "more") skips every list lookup in findOutcomeCues.
const lemmaMaskMemo = new Map<string, number>();
function lemmaMask(lower: string): number {
  const c0 = lower.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return 0; // a number (no trigger list holds a digit)
  let mask = lemmaMaskMemo.get(lower);
  if (mask === undefined) {
    // No trigger list holds a digit (lexicon.ts): a number is no trigger, and is not memoized.
    if (/\d/.test(lower)) return 0;
    mask = 0;
    for (let b = 0; b < LEMMA_TRIGGERS.length; b++) if (LEMMA_TRIGGERS[b].has(lower)) mask |= 1 << b;
    if (lemmaMaskMemo.size > 50_000) lemmaMaskMemo.clear();
    lemmaMaskMemo.set(lower, mask);
  }
  return mask;
}
const TRIGGERS = new Set<string>([
  ...QUIET_TRIGGERS,
  'peaked',
  'successful',
  'popular',
  ...COMPARATIVES,
  ...CHANGE_NOUNS,
  ...RECOGNITION,
  ...STATE_CHANGE_VERBS,
  'make',
  'made',
  'making',
  'to',
  'for',
  'of',
  'more',
  'promoted',
  'hired',
  'won',
  'winning',
  'sold',
  'monetized',
  'adopted',
  'adopt',
  'adopts',
  'used',
  'reused',
  'widely',
  'now',
  'no',
  'zero',
  'without',
  'resulting',
  'resulted',
  'leading',
  'led',
  'so',
  'transformed',
  'transform',
  'transforming',
  'turned',
  ...MOVE_VERBS,
  ...REACH_VERBS,
  'place',
  'published',
  'rated',
  'rating',
  'stars',
  'named',
  'on',
  'under',
  'ahead',
  'above',
  ...GO_VERBS,
  'blocked',
  'blocking',
  'blocks',
  'caught',
  'catching',
  'closed',
  'close',
  'renewed',
  'copied',
  'early',
  'instead',
  'closing',
  'landed',
  'landing',
  'became',
  'become',
  'becoming',
  'accepted',
  'approved',
  'got',
  'get',
  'getting',
  'caught',
  'catching',
  'stopped',
  'stops',
  'stopping',
]);

const TIME_WORDS = new Set([
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'manual',
  'manually',
  'automatic',
  'automated',
]);

/** Words before "from" that make it a range, not a change: "anywhere from 10,000 to 1,000,000". */
const RANGE_LEADS = new Set(['anywhere', 'ranging', 'ranges', 'ranged', 'varying', 'varies', 'varied', 'vary']);

/** A value in a before→after change: a time word or a number, not a version after a name ("React 16"). */
function changeValue(words: Token[], k: number): boolean {
  const w = words[k];
  if (TIME_WORDS.has(w.lower)) return true;
  if (!/\d/.test(w.lower)) return false;
  const prev = words[k - 1];
  const c = prev?.text.charCodeAt(0) ?? 0;
  return !(prev !== undefined && c >= 65 && c <= 90 && k > 0) && !/^v\d/i.test(w.text);
}

function beforeAfter(words: Token[]): boolean {
  const from = words.findIndex((w) => w.lower === 'from');
  if (from < 0 || RANGE_LEADS.has(words[from - 1]?.lower ?? '')) return false;
  let sawBefore = false;
  for (let k = from + 1; k < words.length && k <= from + 10; k++) {
    const l = words[k].lower;
    // "took the system from an internal demo to production-ready": a state better in itself.
    if ((l === 'to' || l === 'into') && !sawBefore && readyStateAfter(words, k) !== undefined) return true;
    if ((l === 'to' || l === 'into') && sawBefore) {
      for (let j = k + 1; j < words.length && j < k + 8; j++) if (changeValue(words, j)) return true;
      return false;
    }
    if (changeValue(words, k)) sawBefore = true;
  }
  return false;
}

/** Words that claim an improvement or impact (for advice in Situation/Task/Action). */
export const INTENSIFIERS = new Set([
  'significantly',
  'greatly',
  'dramatically',
  'substantially',
  'considerably',
  'massively',
  'vastly',
  'hugely',
  'drastically',
  'tremendously',
  'markedly',
  'immensely',
]);
