// Words that open a clause whose effects nobody achieved (RUBRIC.md clarifications, RUBRIC-NOTES
// "effort toward a change"): wishes and plans, others' proposals and expectations, lessons, attempts,
// negations, effort verbs and the problems a fix addressed. Verbs are matched by lemma, so
// "intends", "aiming" and "attempted" need no entry of their own.
import { lemmaSet, wordSet } from './lemma-set';

/** Verbs of wishing, planning, trying and being expected to, unachieved when "to" follows: "wanted to reduce", "was supposed to cut". */
export const WISH_VERBS = lemmaSet('wish-verbs', [
  'want',
  'hope',
  'plan',
  'intend',
  'aim',
  'need',
  'try',
  'attempt',
  'seek',
  'strive',
  'expect',
  'suppose',
  'mean',
  'meant',
  'require',
  'ask',
  'tell',
  'told',
]);
/**
 * Verbs of deciding and offering: the infinitive after them is what was chosen, not a purpose reached
 * ("chose to keep the model simple", "volunteered to speed up the close"); a later "to" is a purpose again.
 */
export const DECISION_VERBS = lemmaSet('decision-verbs', [
  'choose',
  'decide',
  'opt',
  'elect',
  'volunteer',
  'offer',
  'agree',
]);
/** Verbs of proposing: what someone else proposes is not done ("Our architect suggested caching it to reduce load"). */
const PROPOSING = ['suggest', 'propose', 'recommend', 'request', 'urge', 'pitch'];
/** Verbs of proposing; the rule reads only their past and -ing forms (the others are mostly nouns: "request batching"). */
export const PROPOSAL_VERBS = lemmaSet('proposal-verbs', PROPOSING, PROPOSING);
/** Verbs of taking a side before anything is done: "two of my leads argued for a rewrite", "pushed to keep it". */
export const STANCE_VERBS = lemmaSet('stance-verbs', [
  'argue',
  'push',
  'insist',
  'object',
  'refuse',
  'resist',
  'disagree',
  'doubt',
  'worry',
  'complain',
  'prefer',
]);
/** "I learned that a written comparison lands better": a lesson, not an effect. */
export const LESSON_VERBS = lemmaSet('lesson-verbs', ['learn', 'learnt', 'realize', 'realise']);
/** Nouns of a goal before "was/is to": "the aim was to cut tickets", "our plan is to …". */
export const GOAL_NOUNS = lemmaSet(
  'goal-nouns',
  ['goal', 'aim', 'idea', 'plan', 'objective', 'intent', 'intention', 'mission', 'hope', 'target', 'ask', 'brief'],
  [],
  { nouns: true },
);
/**
 * Nouns that lay out courses not yet taken: "the options were to cut the night shift or raise prices", "two
 * choices: improve the sensors or replace them". What follows is weighed, not done (clauses.ts).
 */
export const OPTION_NOUNS = lemmaSet('option-nouns', ['option', 'choice', 'alternative'], [], { nouns: true });
/** Words that negate the change verb after them: "did not reduce", "never improved", "couldn't speed up". */
export const CHANGE_NEGATIONS = wordSet('change-negations', [
  'not',
  'never',
  'cannot',
  "didn't",
  "don't",
  "doesn't",
  "couldn't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "can't",
  "wouldn't",
]);
/** Verbs of failing before "to": "failed to improve", "was unable to cut". */
export const FAIL_WORDS = lemmaSet('fail-words', ['fail', 'unable', 'struggle']);
/** Effort verbs before "on"/"toward": "worked on lowering latency" claims no change (RUBRIC-NOTES). */
export const EFFORT_VERBS = lemmaSet('effort-verbs', ['work', 'push', 'focus']);
/** Assignment words before "with"/"for": "tasked with improving", "responsible for reducing". */
export const ASSIGNMENT_WORDS = lemmaSet('assignment-words', ['task', 'charge', 'responsible', 'assign']);
/** Verbs of looking into something, unachieved up to the clause's end when a "ways"-like noun or "how" follows. */
export const EXPLORE_VERBS = lemmaSet('explore-verbs', [
  'explore',
  'investigate',
  'research',
  'evaluate',
  'assess',
  'study',
  'consider',
  'brainstorm',
  'discuss',
  'identify',
  'look',
]);
/** What an explore verb looks for: "explored options for reducing", "investigated how to speed up". */
export const EXPLORED_THINGS = lemmaSet(
  'explored-things',
  ['way', 'option', 'approach', 'opportunity', 'idea', 'possibility', 'how', 'whether', 'alternative', 'means'],
  [],
  { nouns: true },
);
/** Verbs of trying something out, unachieved up to the clause's end: "experimented with pooling to cut load". */
export const EXPERIMENT_VERBS = lemmaSet('experiment-verbs', ['experiment', 'tinker']);
/**
 * Phrases that tell the attempt before them failed: "…, without success", "to no avail", "but it did
 * not help". Matched as written, word by word.
 */
export const FAILURE_TAILS: readonly (readonly string[])[] = [
  ['without', 'success'],
  ['with', 'no', 'success'],
  ['with', 'little', 'success'],
  ['to', 'no', 'avail'],
  ['with', 'no', 'luck'],
  ['no', 'luck'],
  ['made', 'no', 'difference'],
  ['had', 'no', 'effect'],
  ['did', 'not', 'help'],
  ["didn't", 'help'],
  ['did', 'not', 'work'],
  ["didn't", 'work'],
  ['it', 'failed'],
];
/** What a problem leads to: "leading to drift", "causing delays and rework". Nouns, singular or plural. */
export const CAUSED_PROBLEMS = lemmaSet(
  'caused-problems',
  [
    'drift',
    'delay',
    'outage',
    'error',
    'failure',
    'confusion',
    'frustration',
    'issue',
    'problem',
    'downtime',
    'incident',
    'bug',
    'complaint',
    'churn',
    'rework',
    'debt',
    'inconsistency',
    'bottleneck',
    'slowdown',
    'crash',
    'escalation',
    'loss',
    'missed',
    'duplicate',
    'duplicated',
    'waste',
    'toil',
    'friction',
    'mistake',
    'regression',
    'timeout',
    'backlog',
    'spike',
    'stale',
    'gap',
    'blocker',
    'risk',
    'vulnerability',
  ],
  [],
  { nouns: true },
);
/** Verbs whose complement is a figure foreseen, not reached: "estimated it would take 6 weeks", "projected $1M in savings". */
export const FORESIGHT_VERBS = lemmaSet('foresight-verbs', [
  'estimate',
  'project',
  'predict',
  'forecast',
  'promise',
  'commit',
  'target',
  'budget',
  'scope',
  'request',
  'pitch',
]);
/** Nouns of a figure set ahead: "set a goal of answering within 24 hours", "a target of 500 sign-ups". */
export const AHEAD_FIGURE_NOUNS = lemmaSet(
  'ahead-figure-nouns',
  ['goal', 'target', 'budget', 'estimate', 'forecast', 'projection'],
  [],
  { nouns: true },
);
/** Verbs of being given a goal, before "with" or "to": "tasked with cutting costs by 15%", "assigned to reduce the backlog". */
export const ASSIGNMENT_VERBS = lemmaSet('assignment-verbs', ['task', 'charge', 'assign', 'entrust', 'mandate']);
/** Verbs a purpose clause reaches a figure with: "to get the failure rate below 1%", "to cut the bill by 30%". */
export const REACHING_VERBS = lemmaSet('reaching-verbs', ['get', 'keep', 'bring', 'hit', 'reach', 'hold']);

/** Words that put what follows under an obligation: "latency had to stay under 200 ms", "refunds must go out within 5 days". */
export const OBLIGATION_LEADS = wordSet('obligation-leads', [
  'must',
  'cannot',
  "can't",
  "couldn't",
  "mustn't",
  'required',
  'allowed',
]);

/** Forms of "have" that, before "to", state an obligation: "had to stay", "has to finish". */
export const OBLIGATION_HAVE = wordSet('obligation-have', ['had', 'has', 'have']);

/** Nouns of a rule a figure must keep to, before "was that" or "said": "the rule was that no patient waits more than 15 minutes". */
export const LIMIT_RULE_NOUNS = lemmaSet(
  'limit-rule-nouns',
  ['rule', 'requirement', 'constraint', 'condition', 'contract', 'policy', 'sla', 'mandate', 'regulation'],
  [],
  { nouns: true },
);

/** Words that bound a figure from above or below: "under 200 ms", "more than four hours", "within 10 minutes". */
export const LIMIT_BOUNDS = wordSet('limit-bounds', [
  'under',
  'below',
  'within',
  'above',
  'beyond',
  'exceed',
  'exceeding',
  'more',
  'less',
  'fewer',
  'longer',
  'most',
  'least',
  'max',
  'maximum',
  'minimum',
]);

/**
 * Verbs of finding out: a change in the clause they open is the state found, the problem, not an
 * effect reached ("found that conversions had dropped", "noticed the feed no longer sent the field").
 */
export const DISCOVERY_VERBS = lemmaSet('discovery-verbs', [
  'find',
  'found',
  'notice',
  'discover',
  'realise',
  'realize',
  'spot',
  'see',
  'saw',
  'observe',
  'learn',
  'learnt',
  'note',
  'uncover',
]);

/** Words that tie a found change to the work ("noticed error rates fell after the patch"): it is an effect again. */
export const FOUND_AFTER_WORK = wordSet('found-after-work', [
  'after',
  'once',
  'following',
  'thanks',
  'because',
  'with',
  'when',
]);

/** Found changes that are a recovery, an effect whoever finds them ("saw that sign-ups had recovered"). */
export const RECOVERY_WORDS = lemmaSet('recovery-words', ['recover', 'rebound', 'improve', 'return', 'normalize']);
