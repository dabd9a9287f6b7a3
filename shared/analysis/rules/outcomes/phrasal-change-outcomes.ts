// A change told with a separable phrasal verb: the verb names little by itself ("brought", "got",
// "kept"); its particle of direction says what moved, wherever the object sits — "brought monthly spend
// down ~22%", "got the backlog down", "drove down onboarding time", "pushed conversion up", "turned the
// branch around", "clawed back $40k", "brought the site back up". The particle is read by its place in
// the clause, not from a list of phrases:
// - "down" after the object is a measure lowered, whatever the object ("knocked the queue down"); "up",
//   and either particle before its object, only when the object names a measure ("pushed conversion
//   up", "drove down costs"), so "brought up the issue", "dialed up logging" stay acts;
// - a particle followed by a place ("pushed decisions down to the squads", "down into the teams") is
//   motion, and "turn … down/up" a refusal or a setting;
// - "back" alone is a delay or a return ("pushed the launch back", "got back to the parent"), except money
//   clawed back; "back under/down …" reads the particle after it. "back up" is not read: a server brought
//   back up was labeled no outcome in the real corpus (an aside row: found by figures, not read);
// - "around" needs the object between ("turned the branch around"; "turned around reports" is delivery);
// - "under/below/over/above" need a level and a measure ("kept p99 below 200 ms"; not "kept the demo
//   under ten minutes").
import type { Token } from '../language/tokenize';
import {
  AS_OPENER,
  CHANGE_PARTICLES,
  CLAUSE_OPENER_CORE,
  MEASURE_HEADS,
  PARTICLE_CHANGE_VERBS,
  clauseOpeners,
} from '../language/lexicon';
import { addCue, clauseEnd, isQuality, type CueRule } from './outcome-scan';
import { levelAt } from './measure-move-outcomes';

/** Words that end the object before any particle is reached: prepositions (but "of") and conjunctions. */
const OBJECT_ENDS = clauseOpeners('particle-object-ends', [
  [
    'for',
    'with',
    'by',
    'from',
    'at',
    'on',
    'in',
    'to',
    'into',
    'after',
    'before',
    'during',
    'through',
    'across',
    'without',
  ],
  CLAUSE_OPENER_CORE,
  AS_OPENER,
  ['unless', 'if', 'than'],
]);
/** Prepositions after a particle that send the object to a place: motion, not a measure moved. */
const PLACE_AFTER = new Set(['into', 'onto', 'toward', 'towards', 'to', 'from', 'on', 'off']);
/** Particles that need a level after them to tell a change: "below 3%", "under ten minutes". */
const LEVEL_PARTICLES = new Set(['below', 'under', 'over', 'above']);
/** How far the particle may stand from its verb (the object between). */
const OBJECT_SPAN = 6;

/** Does a word among `words[from, to)` name a measure ("spend", "latency", "wait times", "NPS")? */
function namesMeasure(words: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < words.length; k++) {
    const l = words[k].lower;
    if (isQuality(l) || MEASURE_HEADS.has(l)) return true;
  }
  return false;
}

/** Is the word at `k` joined to both neighbours by one character ("trial-to-paid"): part of a compound? */
function insideCompound(words: readonly Token[], k: number): boolean {
  const prev = words[k - 1];
  const next = words[k + 1];
  return prev !== undefined && next !== undefined && prev.end + 1 === words[k].start && words[k].end + 1 === next.start;
}

/** The end (exclusive) of an object that starts at `k`: up to five words, stopping at a preposition. */
function objectEnd(words: readonly Token[], k: number, clauseEndsAt: number): number {
  let j = k;
  while (j < words.length && j < k + 5 && words[j].start < clauseEndsAt && !OBJECT_ENDS.has(words[j].lower)) j++;
  return j;
}

/** "brought monthly spend down ~22%", "got the backlog down", "pushed conversion up", "turned the branch around". */
export const PARTICLE_CHANGE_RULE: CueRule = {
  name: 'particle-change',
  lemmas: [PARTICLE_CHANGE_VERBS],
  match({ tokens, words, cues, i, w, lower }) {
    const verb = PARTICLE_CHANGE_VERBS.lemmaOf(lower);
    if (verb === undefined) return false;
    const end = clauseEnd(tokens, w);
    let k = i + 1;
    for (; k < words.length && k <= i + OBJECT_SPAN && words[k].start < end; k++) {
      const l = words[k].lower;
      if (CHANGE_PARTICLES.has(l)) break;
      if (OBJECT_ENDS.has(l) && !insideCompound(words, k)) return false;
      // "kept going up", "got moving": a verb after the verb, not an object.
      if (k === i + 1 && l.endsWith('ing') && l.length > 5) return false;
    }
    if (k >= words.length || k > i + OBJECT_SPAN || words[k].start >= end || !CHANGE_PARTICLES.has(words[k].lower))
      return false;
    const between = k > i + 1;
    let q = k;
    let particle = words[k].lower;
    if (particle === 'back') {
      const after = words[k + 1]?.lower;
      // "clawed back $40k": money won back.
      if (verb === 'claw') {
        addCue(cues, w, words[k], 'change');
        return true;
      }
      if (after !== 'down' && after !== 'under' && after !== 'below') return false;
      q = k + 1;
      particle = after;
    }
    const after = words[q + 1]?.lower;
    let changed = false;
    if (particle === 'around' || particle === 'round') changed = between && (verb === 'turn' || verb === 'bring');
    else if (LEVEL_PARTICLES.has(particle))
      changed = levelAt(words, q + 1) && (between ? namesMeasure(words, i + 1, k) : false);
    // "turned the offer down" is a refusal, "held up the release" a delay.
    else if (verb !== 'turn' && (particle === 'down' || (particle === 'up' && verb !== 'hold'))) {
      if (after !== undefined && PLACE_AFTER.has(after))
        changed = after === 'to' && levelAt(words, q + 2) && (between || namesMeasure(words, q + 3, q + 6));
      else if (between) changed = particle === 'down' || namesMeasure(words, i + 1, k);
      else changed = namesMeasure(words, q + 1, objectEnd(words, q + 1, end));
    }
    if (!changed) return false;
    addCue(cues, w, words[q], 'change');
    return true;
  },
};
