// Words of a state told after the writer's act (after-act-states.ts): the verbs whose passive tells a trouble
// resolved or an old thing ended, the things a close or a switch-off is good for, the states "back" and "still"
// take. Verbs match every inflection; nouns their plurals.
import { lemmaSet, wordSet } from './lemma-set';

/** Verbs whose passive tells the trouble or thing mended: "it was fixed", "the claim got settled", "was corrected". */
export const RESOLVE_VERBS = lemmaSet('after-state-resolve-verbs', [
  'fix',
  'repair',
  'resolve',
  'sort',
  'correct',
  'mend',
  'patch',
  'settle',
  'rectify',
  'remedy',
  'unblock',
  'restore',
]);

/**
 * Verbs whose passive tells a thing ended: good only of an old thing or of a case or trouble ("the legacy
 * cluster was switched off", "the case was closed"); of anything else an end is no result ("the ward was closed").
 * Those with a particle need it ("switched off", "shut down").
 */
export const THING_END_VERBS = lemmaSet('after-state-end-verbs', [
  'close',
  'clear',
  'retire',
  'decommission',
  'scrap',
  'switch',
  'turn',
  'shut',
]);
/** The particle an THING_END_VERBS verb needs, where it needs one. */
export const THING_END_PARTICLES: Readonly<Record<string, string>> = { switch: 'off', turn: 'off', shut: 'down' };

/** Things a close or settlement ends for good: "the case was closed", "the claim was settled". */
export const CASE_NOUNS = lemmaSet(
  'after-state-case-nouns',
  ['case', 'claim', 'complaint', 'ticket', 'finding', 'appeal', 'grievance', 'query', 'dispute', 'backlog'],
  [],
  { nouns: true },
);

/** Words that mark a thing as the old one the work replaced: "the legacy cluster", "the old FTP server". */
export const OLD_THING_MARKS = wordSet('after-state-old-marks', [
  'old',
  'legacy',
  'previous',
  'former',
  'manual',
  'paper',
]);

/** States right after "back" that tell a service or supply restored: "back up", "back online", "back on". */
export const BACK_STATES = wordSet('after-state-back-states', [
  'up',
  'online',
  'on',
  'running',
  'working',
  'open',
  'operational',
  'live',
]);

/** Running states that with "again" tell a thing restored: "running again", "up and running again". */
export const RUNNING_STATES = wordSet('after-state-running-states', [
  'up',
  'online',
  'running',
  'working',
  'open',
  'operational',
  'available',
  'flowing',
]);

/**
 * States a person or thing is "still" in after the work, told with a copula: "all four are still here", "it is still
 * running". Not "open" (a case or a ticket still open is the trouble) and no bare preposition: "still in
 * development" is the work unfinished; a place after "in", "on" or "with" is read from STILL_PLACE_NOUNS.
 */
export const STILL_STATES = wordSet('after-state-still-states', [
  'here',
  'running',
  'working',
  'going',
  'active',
  'employed',
  'together',
]);
/** Prepositions of a place of staying: "still with us", "still on the team", "still in post". */
export const STILL_PREPOSITIONS = wordSet('after-state-still-prepositions', ['in', 'on', 'with']);
/** Places of staying after STILL_PREPOSITIONS: "in use", "on the team", "with the company". */
export const STILL_PLACE_NOUNS = lemmaSet(
  'after-state-still-place-nouns',
  [
    'us',
    'use',
    'service',
    'post',
    'place',
    'production',
    'work',
    'business',
    'team',
    'staff',
    'payroll',
    'board',
    'rota',
    'company',
    'firm',
    'practice',
    'school',
    'course',
    'programme',
    'program',
  ],
  [],
  { nouns: true },
);

/** Subject words that point back at the people or things of the act: "they", "both", "most of them", "all four". */
export const ANAPHORIC_SUBJECTS = wordSet('after-state-anaphors', [
  'they',
  'both',
  'all',
  'each',
  'most',
  'many',
  'some',
  'half',
  'several',
  'few',
  'dozen',
  'it',
]);

/** Nouns that time a restore after "in", "within" or "by": "within the hour", "by morning", "in 9 minutes". */
export const RESTORE_TIME_NOUNS = lemmaSet(
  'after-state-restore-times',
  [
    'second',
    'minute',
    'min',
    'mins',
    'hour',
    'hr',
    'day',
    'week',
    'fortnight',
    'month',
    'quarter',
    'year',
    'morning',
    'afternoon',
    'evening',
    'night',
    'lunch',
    'lunchtime',
    'noon',
    'midday',
    'midnight',
    'end',
    'shift',
  ],
  [],
  { nouns: true },
);

/**
 * Verbs of a repair or a switch-over besides RESOLVE_VERBS: a restore ("back up", "running again") is read only
 * after something broke, told by a trouble in the line or by such an act ("swapped the controller", "rebooted the
 * switch", "failed it over").
 */
export const REPAIR_VERBS = lemmaSet('after-state-repair-verbs', [
  'replace',
  'swap',
  'reboot',
  'restart',
  'reset',
  'reseat',
  'reinstall',
  'reroute',
  'unclog',
  'clear',
  'fail',
  'roll',
  'resite',
  'site',
  'reconnect',
  'rewire',
  'reflash',
]);
