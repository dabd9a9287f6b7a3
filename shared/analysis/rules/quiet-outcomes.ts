// Outcomes told without a change word: a problem that stopped or went away ("on-call stopped
// paging", "release-day breakages disappeared", "missed invoices became a thing of the past"),
// nobody needing to act any more ("nobody was paged", "no one had to babysit the batch"), the work
// still in use ("the playbook the team still uses"), something kept going ("kept orders flowing
// when the provider went down") and a way opened ("opened the door to …"). Each reading starts at
// one trigger word, so findOutcomeCues skips every other word with one lookup.
import type { Token } from './tokenize';
import type { OutcomeKind } from './outcome-types';
import { FAILING, FIRST_PERSON, KEEP, KEPT_GOING, NOBODY_AUX, NOBODY_VERBS, OUTGROWN_THINGS, VANISH } from './lexicon';
import { troubleBefore } from './outcome-scan';

/** Words after an intransitive "stopped" ("the refunds stopped that week", "complaints stopped after the fix"). */
const AFTER_STOPPING = new Set([
  'after',
  'that',
  'within',
  'once',
  'when',
  'in',
  'by',
  'for',
  'overnight',
  'completely',
  'altogether',
  'entirely',
  'almost',
  'and',
  'soon',
  'right',
  'immediately',
]);
/** Verbs before "down" that tell a trouble dying out: "the scraping died down". */
const DIED = new Set(['died', 'calmed', 'quieted', 'settled']);
/** Verbs before "away" and copulas before "gone": "the pages went away", "the backlog was gone". */
const WENT = new Set(['went', 'gone', 'go', 'goes']);
const WAS = new Set(['was', 'were', 'is', 'are', "'s", 'been']);

/** Words that can start a reading below. */
export const QUIET_TRIGGERS: ReadonlySet<string> = new Set([
  'stopped',
  'stop',
  'stops',
  'away',
  'down',
  'gone',
  ...VANISH,
  'past',
  'nobody',
  'one',
  'still',
  ...KEEP,
  'opened',
  'opening',
  'paved',
]);

export interface QuietCue {
  kind: OutcomeKind;
  /** Index of the last word of the cue. */
  to: number;
  zeroCount?: boolean;
}

/** The outcome told without a change word at word `i`, if any. */
/** Words that make a thing kept going a second one beside the new: "in parallel", "alongside", "as a fallback". */
const REDUNDANCY_WORDS = new Set(['parallel', 'alongside', 'fallback', 'backup', 'side', 'safety']);

/**
 * "kept the old engine running in parallel", "kept the legacy API alive alongside v2": the writer's
 * arrangement during a change, not a service kept up through a strain. Told by an outgrown thing kept, or
 * a redundancy word within the clause after it.
 */
function keptAsRedundancy(words: Token[], keep: number, going: number): boolean {
  for (let k = keep + 1; k < going; k++)
    if (OUTGROWN_THINGS.has(words[k].lower) || words[k].lower === 'existing' || words[k].lower === 'previous')
      return true;
  for (let k = going + 1; k < words.length && k <= going + 5; k++)
    if (REDUNDANCY_WORDS.has(words[k].lower)) return true;
  return false;
}

export function quietOutcome(words: Token[], i: number): QuietCue | undefined {
  const lower = words[i].lower;
  const prev = words[i - 1]?.lower;
  const next = words[i + 1]?.lower;
  if (lower === 'stopped' || lower === 'stop' || lower === 'stops') {
    // "on-call stopped paging", "customers stopped asking for exports" (not "I stopped …", "it stopped working").
    if (prev === undefined || FIRST_PERSON.has(prev) || prev === 'to') return undefined;
    // "the double bookings stopped after that": a trouble as the subject of an intransitive "stopped".
    if ((next === undefined || AFTER_STOPPING.has(next)) && lower === 'stopped' && troubleBefore(words, i))
      return { kind: 'state', to: i };
    if (next === undefined || !next.endsWith('ing') || next.length < 6 || FAILING.has(next)) return undefined;
    return { kind: 'state', to: i + 1 };
  }
  // "the 3 a.m. pages went away", "the scraping died down", "the backlog was gone": a trouble ended.
  if (
    (lower === 'away' && prev !== undefined && WENT.has(prev)) ||
    (lower === 'down' && prev !== undefined && DIED.has(prev)) ||
    (lower === 'gone' && prev !== undefined && WAS.has(prev))
  )
    return troubleBefore(words, i - 1) ? { kind: 'state', to: i } : undefined;
  if (VANISH.has(lower)) {
    // "release-day breakages disappeared": a problem as the subject.
    return troubleBefore(words, i) ? { kind: 'state', to: i } : undefined;
  }
  if (lower === 'past') {
    // "became a thing of the past"
    return prev === 'the' && words[i - 2]?.lower === 'of' && words[i - 3]?.lower === 'thing'
      ? { kind: 'state', to: i }
      : undefined;
  }
  if (lower === 'nobody' || (lower === 'one' && prev === 'no')) {
    let k = i + 1;
    if (words[k]?.lower === 'else' || words[k]?.lower === 'ever') k++;
    const v = words[k]?.lower;
    if (v === undefined) return undefined;
    if (NOBODY_VERBS.has(v)) return { kind: 'state', to: k, zeroCount: v !== 'noticed' && !lackFelt(words, k) };
    if (!NOBODY_AUX.has(v)) return undefined;
    const w = words[k + 1]?.lower;
    if (w === 'to') return { kind: 'state', to: k + 1 }; // "nobody had to babysit the batch"
    if (w !== undefined && (NOBODY_VERBS.has(w) || w === 'woken' || w === 'blocked' || w === 'interrupted'))
      return { kind: 'state', to: k + 1, zeroCount: true }; // "nobody was paged"
    return undefined;
  }
  if (lower === 'still') {
    // "the playbook the team still uses", "still in use".
    if (prev !== undefined && FIRST_PERSON.has(prev)) return undefined;
    if (next === 'uses' || next === 'use' || next === 'used' || next === 'relies' || next === 'rely')
      return { kind: 'adoption', to: i + 1 };
    if (next === 'in' && words[i + 2]?.lower === 'use') return { kind: 'adoption', to: i + 2 };
    return undefined;
  }
  if (KEEP.has(lower)) {
    // "kept orders flowing when the provider went down": something kept going through a risk.
    for (let k = i + 2; k < words.length && k <= i + 5; k++)
      if (KEPT_GOING.has(words[k].lower)) return keptAsRedundancy(words, i, k) ? undefined : { kind: 'benefit', to: k };
    return undefined;
  }
  if (lower === 'opened' || lower === 'opening' || lower === 'paved') {
    // "opened the door to", "paved the way for"
    const object = words[i + 2]?.lower;
    return next === 'the' && (object === 'door' || object === 'way') ? { kind: 'effect', to: i + 2 } : undefined;
  }
  return undefined;
}

/** Verbs after "nobody" that can tell a lack felt rather than events that did not happen. */
const LACK_VERBS = new Set(['missed', 'lost']);
/** Objects that name a thing already there: "nobody missed the old report", "nobody lost it". */
const DEFINITE_OBJECTS = new Set(['the', 'it', 'them', 'that', 'this', 'those', 'these']);

/**
 * "nobody missed the old pages": with a definite object, "missed" tells that nobody felt its lack, and
 * counts no events; "nobody missed a dose" counts none of them (RUBRIC.md, zero counts).
 */
function lackFelt(words: Token[], k: number): boolean {
  return LACK_VERBS.has(words[k].lower) && DEFINITE_OBJECTS.has(words[k + 1]?.lower ?? '');
}
