// Verbs that state a change, an effect or a benefit, and the words that qualify them (outcome rules).
import { lemmaSet, wordSet } from './lemma-set';

/** Verbs whose every use names an effect: reducing, cutting, eliminating, enabling, ensuring… (base forms; see lexicon.ts). */
export const EFFECT_VERBS = lemmaSet(
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
    'modernize',
    'modernise',
    'harden',
    'revive',
    'revitalize',
    'revitalise',
    'rescue',
    'bolster',
    'fortify',
    'obviate',
  ],
  // Bare forms that mean something else: "lower prices", "a free tier", "at high speed", "with ease".
  ['lower', 'free', 'speed', 'double', 'triple', 'halve', 'quadruple', 'raise', 'grow', 'lift', 'recover', 'ease'],
);
/** "improve", "enhance": an outcome unless it only polishes one's own artifact ("improved our take-home test"). */
export const IMPROVE_VERBS = lemmaSet('improve-verbs', ['improve', 'enhance', 'optimize', 'optimise', 'upgrade']);
/** Verbs that name a benefit only with a quality object: "maintain customer privacy", "drive adoption". */
export const BENEFIT_VERBS = lemmaSet('benefit-verbs', [
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
/** Verbs that rework a thing into another state: "refactored the prototype into a maintainable library". */
export const REWORK_VERBS = lemmaSet('rework-verbs', [
  'refactor',
  'restructure',
  'convert',
  'rework',
  'reorganize',
  'reorganise',
  'evolve',
  'rebuild',
  'rewrite',
  'take',
  'bring',
  'mature',
]);
/**
 * Intransitive changes after a quality: "latency dropped", "precision improved", "membership has
 * risen" (base forms, matched in every inflection but the bare form: "a latency drop" is a noun).
 */
const STATE_CHANGE_BASES = [
  'improve',
  'increase',
  'decrease',
  'drop',
  'fall',
  'rise',
  'decline',
  'shrink',
  'double',
  'halve',
  'triple',
  'plummet',
  'soar',
  'grow',
  'go',
];
export const STATE_CHANGE_VERBS = lemmaSet('state-change-verbs', STATE_CHANGE_BASES, STATE_CHANGE_BASES);
/**
 * Intransitive changes that name their own size: "readmissions fell by a fifth", "CTR rose about 8%",
 * "membership has risen by 600" (base forms, matched in every inflection but the bare form: "a drop
 * of 8%" is a noun).
 */
const MOVE_VERB_BASES = [
  'fall',
  'rise',
  'drop',
  'decline',
  'shrink',
  'plummet',
  'soar',
  'climb',
  'jump',
  'surge',
  'dip',
  'double',
  'halve',
  'triple',
];
export const MOVE_VERBS = lemmaSet('move-verbs', MOVE_VERB_BASES, MOVE_VERB_BASES);
/** What follows a move verb when it tells the size of the move: "fell by", "rose to", "dropped sharply". */
/** Heads of a measure named by the word before them: "error rate", "wait times", "build time", "NPS score". */
export const MEASURE_HEADS = wordSet('measure-heads', [
  'rate',
  'rates',
  'time',
  'times',
  'score',
  'scores',
  'count',
  'counts',
  'share',
  'volume',
  'numbers',
  'levels',
]);
/** Degree words between a measure and "down"/"up" in a verbless result: "wait times way down", "costs well down". */
export const MOVE_DEGREES = wordSet('move-degrees', ['way', 'well', 'sharply', 'significantly', 'noticeably', 'much']);
export const MOVE_COMPLEMENTS = wordSet('move-complements', [
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
export const REACH_VERBS = wordSet('reach-verbs', ['hit', 'reached', 'topped', 'exceeded', 'surpassed', 'crossed']);
/** Verbs that beat or reach a target: "exceeded quota", "beat the forecast", "met its service-level targets". */
export const TARGET_VERBS = lemmaSet('target-verbs', [
  'exceed',
  'surpass',
  'beat',
  'outperform',
  'outpace',
  'overachieve',
  'top',
  'hit',
  'meet',
  'reach',
  'achieve',
]);
/** What a turnaround turns: "turned around an underperforming team"; not "turned around requests within the day". */
export const TURNAROUND_OBJECTS = lemmaSet(
  'turnaround-objects',
  [
    'underperforming',
    'struggling',
    'failing',
    'troubled',
    'declining',
    'stalled',
    'ailing',
    'team',
    'program',
    'business',
    'store',
    'department',
    'branch',
    'division',
    'relationship',
    'culture',
    'account',
  ],
  [],
  { nouns: true },
);
/** Forms of "go" and "come" in phrasal changes: "activation went up", "costs came down". */
export const GO_VERBS = wordSet('go-verbs', ['went', 'goes', 'gone', 'going', 'came', 'come', 'comes']);
/** Verbs that bring a measure to a level: "got the error down to 12 minutes", "pushed resolution up to 78%". */
export const LEVEL_VERBS = lemmaSet('level-verbs', ['get', 'bring', 'push', 'drive']);
/**
 * Verbs that move a measure when a particle of direction goes with them, wherever their object sits:
 * "brought monthly spend down", "knocked the queue down", "pushed conversion up", "clawed back $40k",
 * "turned the branch around" (phrasal-change-outcomes.ts reads the particle).
 */
export const PARTICLE_CHANGE_VERBS = lemmaSet('particle-change-verbs', [
  'bring',
  'get',
  'drive',
  'push',
  'keep',
  'hold',
  'knock',
  'dial',
  'nudge',
  'ratchet',
  'claw',
  'turn',
]);
/** Particles of direction that make a phrasal verb of change: "down", "back", "around", "below" … */
export const CHANGE_PARTICLES = wordSet('change-particles', [
  'down',
  'up',
  'back',
  'around',
  'round',
  'below',
  'under',
  'over',
  'above',
]);
/** Verbs that bring their object into a new state: "made the suite fast enough", "got the model small enough" (not "kept": a state held is no change). */
export const STATE_CAUSATIVES = lemmaSet('state-causatives', ['make', 'get']);
/** Verbs of turning into a state, read with a comparative: "incidents became rarer", "the load got lighter". */
export const TURNING_VERBS = lemmaSet('turning-verbs', ['become', 'grow', 'get']);
/**
 * Comparatives that are a result only for a trouble or a load: "errors became rarer", "the queue got
 * shorter" ("the stakes got higher", "the list grew longer" are no result).
 */
export const LESSENED_STATES = wordSet('lessened-states', [
  'rarer',
  'scarcer',
  'fewer',
  'lower',
  'lighter',
  'shorter',
  'smaller',
]);
/** What one raises by speaking up: "raised my concerns with the lead", "raised the risk in the review". */
export const RAISED_TOPICS = wordSet('raised-topics', [
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
export const SAID_WHERE = wordSet('said-where', ['with', 'in', 'at', 'to', 'during', 'on']);
/** Words that claim an improvement or impact (for advice in Situation/Task/Action). */
export const INTENSIFIERS = wordSet('intensifiers', [
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

/** Verbs of choosing among options: "picked the cheaper vendor" names the option chosen, not a change made. */
export const CHOICE_VERBS = lemmaSet('choice-verbs', ['pick', 'choose', 'select', 'prefer', 'recommend']);
/** Parts of a system whose size is a setting the writer chooses: "raised the pool size", "lowered the batch size". */
export const SETTING_SIZE_HOLDERS = lemmaSet(
  'setting-size-holders',
  ['pool', 'batch', 'heap', 'cache', 'page', 'chunk', 'buffer', 'thread', 'shard', 'window', 'step'],
  [],
  { nouns: true },
);
/** Verbs that hand a better state to someone ("giving dispatchers a clearer view of the day"), by lemma. */
export const GIVE_VERBS = lemmaSet('give-verbs', ['give']);
/** Verbs that take a thing from one option to another: "switched the clinic to text reminders", "replaced the file with an event". */
export const SWITCH_VERBS = lemmaSet('switch-verbs', [
  'switch',
  'move',
  'migrate',
  'shift',
  'swap',
  'replace',
  'change',
]);
