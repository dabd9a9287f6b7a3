// Clause openers: the conjunctions and subordinators a rule reads as the start of a new clause ("when two engineers
// left", "because the regulator …", "…, but the rest …"). Every such list is built here from one shared core and a
// few named groups, so a new rule picks the groups it needs instead of typing out (and drifting from) a copy.
//
// The core is the coordinators and the time-and-reason subordinators every clause-opener list agrees on. The other
// groups are opt-in because each word in them is also something else: "as" is a preposition ("as a lead") and a
// comparison ("as fast as"); "that", "which", "who" and "where" open a relative clause inside a noun phrase;
// "if", "unless", "whether" and "whenever" open a condition, not an event; "although" and "though" a concession.
// Where a rule's list leaves out a core word, it says so with `without` and a comment saying why.
import { wordSet } from './lemma-set';

/** Coordinators that start a new clause: "…, and the team …", "but three analysts stayed", "so we …", "then we …". */
export const CLAUSE_COORDINATORS: readonly string[] = ['and', 'but', 'so', 'then'];
/** Subordinators of time and reason: "when two engineers left", "after we moved", "because the regulator …". */
export const TIME_REASON_SUBORDINATORS: readonly string[] = [
  'when',
  'while',
  'after',
  'before',
  'until',
  'once',
  'since',
  'because',
];
/** The shared core: the coordinators and the time-and-reason subordinators. */
export const CLAUSE_OPENER_CORE: readonly string[] = [...CLAUSE_COORDINATORS, ...TIME_REASON_SUBORDINATORS];
/** "as": opens a clause ("as we onboarded more partners") but is also a preposition ("as a lead"). */
export const AS_OPENER: readonly string[] = ['as'];
/** Concessive subordinators: "although the pilot worked", "though we …". */
export const CONCESSIVE_SUBORDINATORS: readonly string[] = ['although', 'though'];
/** Subordinators of a condition, not an event: "if the queue backs up", "whenever a release fails". */
export const CONDITION_SUBORDINATORS: readonly string[] = ['if', 'unless', 'whether', 'whenever'];
/** Words that open a relative clause: "the tool that we built", "a team which …", "the ones who …". */
export const RELATIVE_OPENERS: readonly string[] = ['that', 'which', 'who', 'where'];

/**
 * A registered clause-opener list: the words of `groups` (each word once, in order), less the words of `without`.
 * `without` names the core words a rule must not read as an opener; the caller says why in a comment.
 */
export function clauseOpeners(
  name: string,
  groups: readonly Iterable<string>[],
  without: readonly string[] = [],
): ReadonlySet<string> {
  const words = [...new Set(groups.flatMap((group) => [...group]))].filter((w) => !without.includes(w));
  return wordSet(name, words);
}

/** The words as one regex alternation, for rules that match text rather than tokens: `(?:and|but|so)`. */
export function wordAlternation(words: Iterable<string>): string {
  return `(?:${[...words].join('|')})`;
}

/**
 * Conjunctions that open a subordinate clause: a first-person verb after one is the story's context ("as we onboarded
 * more partners"), and a capitalized one opens no name.
 */
export const SUBORDINATORS = clauseOpeners('subordinators', [
  TIME_REASON_SUBORDINATORS,
  AS_OPENER,
  CONCESSIVE_SUBORDINATORS,
  CONDITION_SUBORDINATORS,
  ['where'],
]);
