// Words of outcomes told without a change word (quiet-outcomes.ts): problems that stopped or went away,
// nobody needing to act, things kept going.
import { lemmaSet, wordSet } from './lemma-set';

/** What stopped or went away that was a problem: tickets, pages, complaints, cleanups. */
export const GONE_THINGS = lemmaSet(
  'gone-things',
  [
    'incident',
    'outage',
    'error',
    'bug',
    'defect',
    'complaint',
    'escalation',
    'ticket',
    'page',
    'alert',
    'breakage',
    'crash',
    'timeout',
    'delay',
    'failure',
    'regression',
    'rollback',
    'question',
    'request',
    'workaround',
    'cleanup',
    'backlog',
    'firefight',
    'downtime',
    'churn',
    'toil',
    'noise',
  ],
  [],
  { nouns: true },
);
/** Gerunds after "stopped" that tell a failure, not a relief: "the build stopped working". */
export const FAILING = wordSet('failing-gerunds', [
  'working',
  'responding',
  'running',
  'loading',
  'syncing',
  'functioning',
  'updating',
  'growing',
]);
/** Verbs of going away: "the duplicate tickets disappeared". */
export const VANISH = wordSet('vanish-verbs', ['disappeared', 'vanished', 'evaporated', 'ceased', 'ended', 'subsided']);
/** After "nobody": a relief ("was paged", "had to", "complained", "noticed") rather than a state of the setup. */
export const NOBODY_VERBS = wordSet('nobody-verbs', [
  'complained',
  'noticed',
  'escalated',
  'called',
  'paged',
  'filed',
  'asked',
  'missed',
  'lost',
]);
/** Auxiliaries after "nobody": "nobody was paged", "no one had to babysit the batch". */
export const NOBODY_AUX = wordSet('nobody-aux', ['was', 'were', 'got', 'had', 'has', 'needed', 'needs', 'have']);
/** What is kept going: "kept orders flowing", "kept the checkout online". */
export const KEPT_GOING = wordSet('kept-going', [
  'flowing',
  'running',
  'moving',
  'selling',
  'working',
  'online',
  'available',
  'alive',
  'open',
  'serving',
  'shipping',
]);
/** Forms of "keep" that start "kept orders flowing". */
export const KEEP = wordSet('keep-forms', ['keep', 'keeps', 'kept', 'keeping']);
