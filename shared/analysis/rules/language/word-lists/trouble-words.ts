// Words of trouble a count or a cadence is told of: the verbs of a thing going wrong, the states it is left
// in, the verbs of undergoing one. Read by trouble-clauses.ts, which decides whether a clause tells a trouble
// (a before value or an after value: RUBRIC-NOTES "Before values in context") or a schedule of planned work.
import { lemmaSet, wordSet } from './lemma-set';

/**
 * Verbs of a thing going wrong, by lemma: "the job failed twice a week", "the robot jammed", "we overbooked",
 * "the depot was losing 30 deliveries a week", "a patient missed a dose". Not verbs of a planned act on a
 * trouble ("reviewed the outages", "checked for faults"): those tell a schedule.
 */
export const TROUBLE_VERBS = lemmaSet('trouble-verbs', [
  'fail',
  'break',
  'crash',
  'slip',
  'lapse',
  'trip',
  'leak',
  'stall',
  'jam',
  'overflow',
  'freeze',
  'hang',
  'miss',
  'lose',
  'drop',
  'overrun',
  'overbook',
  'double-book',
  'misroute',
  'misfire',
  'collapse',
  'fall',
  'spill',
  'breach',
  'bounce',
  'malfunction',
  'flood',
  'expire',
]);

/** Irregular past forms of those verbs the lemma lookup does not undo ("froze", "broke", "hung"). */
export const IRREGULAR_TROUBLE_PASTS = wordSet('irregular-trouble-pasts', [
  'broke',
  'broken',
  'froze',
  'frozen',
  'hung',
  'lost',
  'fell',
  'fallen',
  'overran',
]);

/**
 * States a thing is left in by a trouble, after a verb of being or going: "was wrong", "went down", "ran
 * late", "got stuck", "went missing", "was offline". Matched as written.
 */
export const TROUBLE_STATES = wordSet('trouble-states', [
  'wrong',
  'late',
  'down',
  'broken',
  'stale',
  'offline',
  'missing',
  'stuck',
  'lost',
  'overdue',
  'unavailable',
  'incorrect',
  'inaccurate',
  'corrupted',
  'corrupt',
  'delayed',
  'cancelled',
  'canceled',
  'unreachable',
  'flaky',
  // States of things found wrong at a check: "14 expired drugs", "5 faulty brake lines", "9 duplicate records".
  'expired',
  'faulty',
  'defective',
  'damaged',
  'duplicate',
  'duplicated',
  'outdated',
  'out-of-date',
  'invalid',
  'unpaid',
]);

/** Verbs of being, going or arriving that a trouble state follows: "was late", "went down", "turned up late". */
export const STATE_VERBS = lemmaSet('trouble-state-verbs', [
  'be',
  'go',
  'get',
  'run',
  'come',
  'arrive',
  'turn',
  'show',
  'leave',
  'end',
  'start',
]);

/** Irregular forms of those verbs ("was", "went", "ran", "came", "left"). */
export const IRREGULAR_STATE_VERBS = wordSet('irregular-trouble-state-verbs', [
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'went',
  'gone',
  'got',
  'ran',
  'came',
  'left',
]);

/**
 * Nouns of a trouble, by lemma (plurals match): "four outages in a quarter", "two near-misses in 2024", "five
 * falls in one month", "eleven complaints in a month". The head of the counted phrase, not a modifier of
 * another head ("incident reviews" counts reviews).
 */
export const TROUBLE_NOUNS = lemmaSet(
  'trouble-nouns',
  [
    'incident',
    'outage',
    'error',
    'failure',
    'crash',
    'breach',
    'accident',
    'near-miss',
    'miss',
    'collision',
    'complaint',
    'escalation',
    'defect',
    'bug',
    'fall',
    'readmission',
    'breakdown',
    'stockout',
    'no-show',
    'mix-up',
    'mistake',
    'injury',
    'leak',
    'spill',
    'rollback',
    'regression',
    'discrepancy',
    'overdose',
    'infection',
  ],
  [],
  { nouns: true },
);

/**
 * Verbs of undergoing or recording a trouble that a trouble noun is the object of: "we had four outages",
 * "the home saw five falls", "we got eleven complaints", "the ward logged three errors".
 */
export const UNDERGO_VERBS = lemmaSet('trouble-undergo-verbs', [
  'have',
  'see',
  'get',
  'suffer',
  'face',
  'receive',
  'log',
  'record',
  'report',
  'experience',
  'hit',
]);

/** Irregular forms of those verbs ("had", "saw", "got"). */
export const IRREGULAR_UNDERGO_VERBS = wordSet('irregular-trouble-undergo-verbs', [
  'had',
  'has',
  'saw',
  'seen',
  'got',
  'gotten',
]);

/**
 * Words that put the clause out of what happened: a condition ("if", "whenever"), a modal or a rule that
 * allows or aims ("should", "allows", "aimed"), a negation. A trouble told under them is a threshold, a
 * limit or a target, not a value of the problem or the result.
 */
export const TROUBLE_UNREAL = wordSet('trouble-unreal', [
  'if',
  'whenever',
  'unless',
  'should',
  'must',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'will',
  'allow',
  'allows',
  'allowed',
  'permit',
  'permits',
  'permitted',
  'tolerate',
  'tolerates',
  'aim',
  'aimed',
  'aiming',
  'target',
  'targeted',
  'expect',
  'expected',
  'plan',
  'planned',
  'budget',
  'budgeted',
  'not',
  'never',
  "n't",
  "didn't",
  "don't",
  "doesn't",
  "wasn't",
  "weren't",
  "isn't",
  "aren't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "can't",
  "couldn't",
  "shouldn't",
]);

/**
 * Verbs of finding, by lemma: a count of troubles the writer or a check found is a before value ("we found 70
 * stale flags": RUBRIC-NOTES), "discovered 9 duplicate records", "the inspection identified 5 faulty lines".
 */
export const FINDING_VERBS = lemmaSet('trouble-finding-verbs', [
  'find',
  'spot',
  'discover',
  'uncover',
  'identify',
  'detect',
]);

/** Irregular forms of "find". */
export const IRREGULAR_FINDING_VERBS = wordSet('irregular-trouble-finding-verbs', ['found']);

/** What a negation keeps a trouble by negating: "was not working", "didn't come on time", "not running". */
export const NEGATED_WORKING = wordSet('negated-working', ['working', 'running', 'responding', 'time', 'available']);
