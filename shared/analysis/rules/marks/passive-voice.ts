// Passive voice that hides the writer's own part: "the pipeline was rebuilt", "latency was cut by 40%"
// say that work was done but not who did it, and in an interview that is exactly what is asked.
// Precision first, so only a finite passive of a work verb (something an engineer does to a thing)
// whose subject is a thing is marked. Not marked: people or events that underwent something ("two
// were promoted", "the core functionality was affected"), a passive that names its actor ("by the
// platform team"), one inside a subordinate clause ("asked if any changes were made", "so each partner
// could be added"), and modal or infinitive passives ("waiting to be told").
import type { Token } from '../language/tokenize';
import { holdsTrigger, triggerWords } from '../language/trigger-words';
import { RELATIVE_OPENERS, SUBORDINATORS as LEADING_SUBORDINATORS, clauseOpeners } from '../language/lexicon';

// Past only: a present passive ("it is fully automated") describes a state, not who did the work.
const FINITE_BE = new Set(['was', 'were', 'got']);
const PERFECT = new Set(['has', 'have', 'had']);

/** A finite passive is told with "was", "were", "got" or a perfect's "been": sentences without one are passed over. */
const PASSIVE_TRIGGER = triggerWords('passive-voice', (lower) => FINITE_BE.has(lower) || lower === 'been');

// Work an engineer does to a system, a process or a number. Past participles only.
const WORK_PARTICIPLES = new Set([
  'built',
  'rebuilt',
  'designed',
  'redesigned',
  'rearchitected',
  're-architected',
  'architected',
  'implemented',
  'reimplemented',
  'deployed',
  'redeployed',
  'fixed',
  'written',
  'rewritten',
  'automated',
  'introduced',
  'launched',
  'shipped',
  'refactored',
  'resolved',
  'created',
  'developed',
  'added',
  'replaced',
  'optimized',
  'optimised',
  'streamlined',
  'configured',
  'reconfigured',
  'integrated',
  'released',
  'delivered',
  'tuned',
  'retuned',
  'trained',
  'retrained',
  'upgraded',
  'consolidated',
  'standardized',
  'standardised',
  'documented',
  'restructured',
  'reorganized',
  'reorganised',
  'overhauled',
  'migrated',
  'ported',
  'containerized',
  'containerised',
  'patched',
  'rolled',
  'removed',
  'deprecated',
  'decommissioned',
  'established',
  'instrumented',
  'parallelized',
  'parallelised',
  'cached',
  'sharded',
  'indexed',
  'reduced',
  'improved',
  'increased',
  'decreased',
  'lowered',
  'eliminated',
  'doubled',
  'halved',
  'tripled',
  'accelerated',
  'simplified',
  'modernized',
  'modernised',
  'scaled',
]);

// Words before the verb that open a subordinate clause: the passive there is background, not a claim.
const SUBORDINATORS = clauseOpeners('passive-subordinators', [
  LEADING_SUBORDINATORS,
  RELATIVE_OPENERS,
  ['so', 'how', 'why', 'what'],
]);

// Subjects that undergo rather than get worked on: people, and pronouns for them.
const PEOPLE = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'me',
  'us',
  'them',
  'people',
  'engineers',
  'engineer',
  'developers',
  'developer',
  'team',
  'teams',
  'members',
  'colleague',
  'colleagues',
  'manager',
  'managers',
  'customers',
  'customer',
  'clients',
  'client',
  'users',
  'user',
  'interns',
  'hires',
  'staff',
  'everyone',
  'nobody',
  'someone',
  'partners',
  'stakeholders',
]);

// Subjects that are circumstances handed to the writer, not their work ("our budget was reduced").
const CIRCUMSTANCES = new Set(['budget', 'headcount', 'scope', 'deadline', 'timeline', 'role', 'position', 'salary']);

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')']);
const ADVERB_GAP = new Set(['not', 'then', 'also', 'later', 'finally', 'eventually', 'all', 'both', 'fully']);

export interface PassiveHit {
  start: number;
  end: number;
}

/** True when a clause boundary or a subordinator stands between the clause start and token i. */
function inSubordinateClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (CLAUSE_BREAK.has(t.text)) return false;
      continue;
    }
    if (SUBORDINATORS.has(t.lower)) return true;
  }
  return false;
}

/** The word before the be-form, skipping symbols (the subject's head, in the simple cases we mark). */
function wordBefore(tokens: Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0; k--) if (tokens[k].kind !== 'symbol') return tokens[k];
  return undefined;
}

export function findHiddenActorPassives(tokens: Token[]): PassiveHit[] {
  const hits: PassiveHit[] = [];
  if (!holdsTrigger(tokens, PASSIVE_TRIGGER)) return hits;
  for (let i = 0; i < tokens.length; i++) {
    const be = tokens[i];
    if (be.kind !== 'word') continue;
    const first = i;
    let verbAt: number;
    if (FINITE_BE.has(be.lower)) verbAt = i;
    else if (PERFECT.has(be.lower) && tokens[i + 1]?.lower === 'been') verbAt = i + 1;
    else continue;
    let j = verbAt + 1;
    while (j < tokens.length && j <= verbAt + 2 && (tokens[j].lower.endsWith('ly') || ADVERB_GAP.has(tokens[j].lower)))
      j++;
    const participle = tokens[j];
    if (!participle || participle.kind !== 'word' || !WORK_PARTICIPLES.has(participle.lower)) continue;
    // "was rolled back/out" is a passive; "rolled" alone is not a participle we can judge.
    if (participle.lower === 'rolled' && !['out', 'back'].includes(tokens[j + 1]?.lower ?? '')) continue;
    const subject = wordBefore(tokens, first);
    if (!subject || subject.kind !== 'word' || PEOPLE.has(subject.lower) || CIRCUMSTANCES.has(subject.lower)) continue;
    if (inSubordinateClause(tokens, first)) continue;
    // "by me", "by the platform team" names the actor; "by 40%" is the size of the change, not an actor.
    let actor = false;
    for (let k = j + 1; k < tokens.length && k <= j + 7; k++) {
      if (tokens[k].lower !== 'by') continue;
      const next = tokens[k + 1];
      if (
        next &&
        next.kind !== 'number' &&
        !/^(half|a|an|about|around|roughly|over|more|nearly|almost)$/.test(next.lower)
      )
        actor = true;
      break;
    }
    if (actor) continue;
    hits.push({ start: tokens[first].start, end: participle.end });
    i = j;
  }
  return hits;
}
