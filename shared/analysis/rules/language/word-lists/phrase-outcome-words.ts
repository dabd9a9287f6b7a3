// Words of outcomes told by a phrase rather than a change word (phrase-outcomes.ts): trust won, the
// go-ahead given, a problem ended or under control, a burden spared, a record set, a check passed, a
// cost trimmed.
import { lemmaSet, wordSet } from './lemma-set';

/** What people grant the writer by working with them: "won the trust of", "earned the respect of". */
export const RAPPORT_NOUNS = lemmaSet(
  'rapport-nouns',
  ['trust', 'confidence', 'respect', 'goodwill', 'rapport', 'credibility', 'seat', 'spot'],
  [],
  { nouns: true },
);
/** Verbs that win or build rapport: "gained the confidence of", "built goodwill with". */
export const RAPPORT_VERBS = lemmaSet('rapport-verbs', [
  'win',
  'earn',
  'gain',
  'secure',
  'build',
  'establish',
  'regain',
  'rebuild',
]);
/** "confidence interval", "trust score", "spot instance": the noun names a thing, not rapport. */
export const RAPPORT_COMPOUNDS = wordSet('rapport-compounds', [
  'interval',
  'intervals',
  'score',
  'scores',
  'level',
  'levels',
  'threshold',
  'thresholds',
  'instance',
  'instances',
  'check',
  'checks',
  'boundary',
  'boundaries',
]);
/** Verbs that give or get a go-ahead: "got the green light", "legal gave us the go-ahead". */
export const GO_AHEAD_VERBS = lemmaSet('go-ahead-verbs', ['get', 'give', 'win', 'secure', 'receive', 'earn', 'obtain']);
/** Checks a thing passes: "passed the security audit", "passed the accessibility review". */
export const PASSED_CHECKS = lemmaSet(
  'passed-checks',
  ['audit', 'inspection', 'review', 'assessment', 'exam', 'examination', 'evaluation', 'test'],
  [],
  { nouns: true },
);
/** What "record" qualifies when it tells a result: "a record quarter", "record sales", "a record high". */
export const RECORD_RESULTS = wordSet('record-results', [
  'quarter',
  'year',
  'month',
  'week',
  'season',
  'day',
  'high',
  'highs',
  'low',
  'lows',
  'sales',
  'revenue',
  'revenues',
  'turnout',
  'attendance',
  'growth',
  'profit',
  'profits',
  'number',
  'numbers',
  'donations',
  'enrollment',
  'bookings',
  'breaking',
]);
/** Verbs that set a record: "set a record for sign-ups", "broke the record". */
export const RECORD_VERBS = lemmaSet('record-verbs', ['set', 'break', 'beat', 'broke', 'broken', 'hit']);
/** Verbs that trim only when a cost or a measure follows ("trimmed the cloud bill", not "trimmed the deck"). */
export const TRIM_VERBS = lemmaSet('trim-verbs', ['trim', 'pare', 'rein', 'whittle']);
/** Costs and measures a trim verb can act on, beside the quality nouns: "the bill", "overtime spending". */
export const TRIMMED_MEASURES = lemmaSet(
  'trimmed-measures',
  ['bill', 'spending', 'expense', 'overtime', 'time', 'weight', 'size', 'overhead', 'budget', 'payroll', 'hours'],
  [],
  { nouns: true },
);
/** Verbs that bring a problem under control: "brought the queue under control", "kept costs under control". */
export const CONTROL_VERBS = lemmaSet('control-verbs', ['bring', 'get', 'keep']);
/** Verbs before "an end": "put an end to the manual fixes", "the firefighting came to an end". */
export const END_VERBS = lemmaSet('end-verbs', ['put', 'come', 'came', 'bring']);
/**
 * States a purpose keeps a thing in, beside the "more …" and ease adjectives: "to keep page loads fast",
 * "to keep the site secure", "to keep the launch on schedule".
 */
export const KEPT_STATES = wordSet('kept-states', [
  'fast',
  'quick',
  'healthy',
  'compliant',
  'current',
  'lean',
  'online',
  'up',
  'low',
  'small',
  'safe',
  'clean',
  'schedule',
  'track',
  'budget',
]);
/**
 * Nouns a quality or an outcome word can qualify, so the pair names a thing, not a result: "for quality
 * checks" names work, not a benefit; "the promotion policy", "an improvement tracker", "the boosting
 * library", "the savings calculator" name a policy, a tool, a library.
 */
export const QUALITY_MODIFIED = lemmaSet(
  'quality-modified',
  [
    'check',
    'review',
    'test',
    'testing',
    'audit',
    'team',
    'engineer',
    'report',
    'dashboard',
    'monitoring',
    'metric',
    'analysis',
    'tool',
    'tooling',
    'policy',
    'classifier',
    'library',
    'tracker',
    'template',
    'calculator',
    'workstream',
    'framework',
    'committee',
    'roadmap',
    'playbook',
    'parameter',
    'algorithm',
    'rubric',
    'lead',
    'specialist',
    'model',
    'plan',
    'kpi',
    'alert',
  ],
  [],
  { nouns: true },
);
/**
 * Things that measure or examine, before "for <quality>": the quality is what they look at, not a
 * benefit reached ("a dashboard for retention", "the success metric for seller growth", "a rubric for
 * reading fluency").
 */
export const MEASURING_TERMS = lemmaSet(
  'measuring-terms',
  [
    'metric',
    'kpi',
    'dashboard',
    'report',
    'rubric',
    'review',
    'audit',
    'test',
    'check',
    'plan',
    'alert',
    'tracker',
    'scorecard',
    'survey',
    'analysis',
    'study',
    'experiment',
    'benchmark',
  ],
  [],
  { nouns: true },
);
/** Verbs that tell a system came through a strain: "withstood the launch traffic", "weathered the rush". */
export const ENDURE_VERBS = lemmaSet('endure-verbs', ['withstand', 'withstood', 'survive', 'weather', 'absorb']);
/** Strains a system comes through: "the holiday peak", "the year-end surge", "a region outage". */
export const STRAINS = lemmaSet(
  'strains',
  [
    'peak',
    'surge',
    'rush',
    'traffic',
    'load',
    'spike',
    'storm',
    'outage',
    'failover',
    'failure',
    'crash',
    'attack',
    'incident',
    'season',
    'holiday',
    'drill',
  ],
  [],
  { nouns: true },
);
/** States a thing stays or is kept in through a strain: "stayed online through the storm", "kept the catalog up". */
export const UP_STATES = wordSet('up-states', ['up', 'online', 'available', 'live', 'running']);
/** Words that start the strain after "held up" or an up state: "held up through the peak", "online during the outage". */
export const THROUGH_WORDS = wordSet('through-words', [
  'through',
  'under',
  'during',
  'despite',
  'against',
  'throughout',
]);
/** Nouns after "on the first" that tell a result got without a retry: "on the first call", "on the first try". */
export const FIRST_TRIES = wordSet('first-tries', ['call', 'try', 'attempt', 'pass', 'contact', 'submission', 'go']);
/** Verbs that clear a backlog: "cleared a backlog of overdue invoices", "burned down the bug backlog". */
export const CLEAR_VERBS = lemmaSet('clear-verbs', ['clear', 'burn', 'eliminate', 'erase'], ['clear', 'burn']);
/** Verbs that remove a need: "removed the need for manual reconciliation" (eliminate and obviate are effect verbs already). */
export const REMOVE_VERBS = lemmaSet('remove-verbs', ['remove', 'end', 'kill']);
/** Agreement others give, told by a noun: "secured buy-in", "got sign-off from legal", "won the backing of". */
export const AGREEMENT_NOUNS = lemmaSet(
  'agreement-nouns',
  ['backing', 'sponsorship', 'endorsement', 'buy-in', 'sign-off', 'agreement'],
  [],
  { nouns: true },
);
/** Adjectives that judge a result as good before a verdict noun: "big win", "a huge success", "great results". */
export const PRAISE_ADJECTIVES = wordSet('praise-adjectives', [
  'big',
  'huge',
  'major',
  'massive',
  'real',
  'great',
  'solid',
  'nice',
  'tremendous',
  'resounding',
  'definite',
  'positive',
  'glowing',
  'excellent',
]);
/** Nouns that give a verdict on the result when praised: "big win", "great results", "huge step forward". */
// "got great feedback from the client": praise of the result (RUBRIC-NOTES praise), given as a verdict.
export const VERDICT_NOUNS = lemmaSet('verdict-nouns', ['win', 'result', 'outcome', 'step', 'feedback'], [], {
  nouns: true,
});
/** Words that may stand before a praised verdict: "a real win", "such a big step forward", "another huge win". */
export const VERDICT_LEADS = wordSet('verdict-leads', [
  'a',
  'an',
  'such',
  'really',
  'very',
  'another',
  'one',
  'overall',
  'and',
]);
/** What a praised verdict follows when the work earned it: "it was a big win", "delivered great results". */
export const VERDICT_VERBS = wordSet('verdict-verbs', [
  'was',
  'is',
  'were',
  'are',
  'been',
  'be',
  "'s",
  'delivered',
  'achieved',
  'got',
  'received',
  'earned',
  'saw',
  'produced',
  'brought',
  'showed',
  'yielded',
  'drove',
]);
/**
 * How people felt about the result, after a copula and before "with": "finance was happy with the new
 * checklist", "the client was very satisfied with the redesign" (praise of the result, RUBRIC-NOTES).
 */
export const SATISFIED_STATES = wordSet('satisfied-states', [
  'happy',
  'pleased',
  'delighted',
  'thrilled',
  'satisfied',
  'impressed',
]);
/** How a result went when it went well: "the pilot went really well", "the rollout went smoothly". */
export const WENT_WELL_WORDS = wordSet('went-well-words', ['well', 'great', 'smoothly', 'brilliantly', 'perfectly']);
/** Degree words between a copula or "went" and the praise: "was really pleased", "went very well". */
export const PRAISE_DEGREES = wordSet('praise-degrees', [
  'really',
  'very',
  'so',
  'extremely',
  'quite',
  'pretty',
  'super',
  'genuinely',
  'all',
  'incredibly',
  'particularly',
  'especially',
]);
/** Verbs of others praising the writer's work: "the teammate thanked me", "the director praised our team". */
export const PRAISE_VERBS = lemmaSet('praise-verbs', ['thank', 'praise', 'commend', 'compliment', 'applaud']);
/** Words that end the praise's object as someone else's old thing: "happy with the old spreadsheet" is context. */
export const OLD_THING_WORDS = wordSet('old-thing-words', [
  'old',
  'previous',
  'existing',
  'current',
  'legacy',
  'status',
]);
/** Superlatives that rank a period or a result against the past: "best quarter in years", "our strongest launch ever". */
export const RANKING_SUPERLATIVES = wordSet('ranking-superlatives', [
  'best',
  'strongest',
  'biggest',
  'highest',
  'smoothest',
  'cleanest',
  'calmest',
  'quietest',
  'fastest',
]);
/** The peer group a ranking is set in: "top seller in the region", "the most in the county". */
export const RANKING_UNITS = lemmaSet(
  'ranking-units',
  [
    'branch',
    'region',
    'company',
    'county',
    'country',
    'district',
    'division',
    'office',
    'org',
    'trust',
    'area',
    'network',
    'firm',
    'state',
    'city',
    'department',
    'world',
    'cohort',
    'class',
    'year',
    'league',
    // Peer sets a place or a team is ranked in: "the top pharmacy in the health board", "first in the league table".
    'group',
    'chain',
    'board',
    'table',
    'town',
    'borough',
    'nation',
    'uk',
    'patch',
    'zone',
    'province',
    'team',
    'school',
    'north',
    'south',
    'east',
    'west',
    'midlands',
  ],
  [],
  { nouns: true },
);
/** People a "top" ranking can name who are not the writer's own role: "our top customers", "top suppliers". */
export const OTHERS_RANKED = wordSet('others-ranked', [
  'customer',
  'partner',
  'supplier',
  'user',
  'buyer',
  'provider',
  'vendor',
  'competitor',
  'member',
  'employer',
  'donor',
  'spender',
]);
/** What closes a ranking against the past: "… in years", "… ever", "… on record", "… to date". */
export const RANKING_SPANS = wordSet('ranking-spans', ['ever', 'record', 'years', 'decade', 'date', 'memory']);
