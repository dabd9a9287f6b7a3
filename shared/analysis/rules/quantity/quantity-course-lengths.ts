// The length of a course or a ticket, told in brackets after its name on a training or credential line:
// "Outdoor First Aid (16 hr)", "Emergency First Aid at Work (1 day)", "Level 3 Award in Education and
// Training (30 hours)". The hours name which course it was, like a level or a grade (RUBRIC-NOTES status
// lines: a level, a grade, a skill's speed measure nothing); no act of the writer's took that time. What
// hangs on the duration is a name with no verb: capitalized words, their joining words and numbers, back
// to the start of the line or the last list separator. "Led the cutover (3 weeks)" has a verb: the time
// the work took, a metric.
import type { NumberContext } from './quantity-context';
import type { Token } from '../language/tokenize';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

/** Marks that open one item of a list line: the name of a course starts after them. */
const ITEM_MARKS = new Set([',', ';', '|', '·', '•', '—', '–', ':', '/']);
/** Lower-case words a course's name may hold between its capitalized words: "First Aid at Work". */
const NAME_JOINERS = new Set(['of', 'in', 'at', 'and', 'for', 'to', 'on', 'with', '&']);
/** Participles that open a course's name as adjectives: "Advanced Life Support", "Certified Scrum Master". */
const NAME_PARTICIPLES = new Set([
  'advanced',
  'certified',
  'registered',
  'accredited',
  'approved',
  'applied',
  'extended',
]);
/** How many words a course's name may run to. */
const NAME_REACH = 10;

/**
 * Whether the word may stand in a course's name: a number, a joiner, or a capitalized word. A capitalized
 * "-ing" form inside the name is part of it ("Manual Handling", "Education and Training"); one that opens
 * the line before a capitalized word may be a name too ("Working at Height"), but a past form that opens
 * it is the writer's act ("Led Project Phoenix (6 months)").
 */
function isNameWord(t: Token, opens: boolean): boolean {
  if (t.kind === 'number') return true;
  if (NAME_JOINERS.has(t.lower)) return true;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (NAME_PARTICIPLES.has(t.lower)) return true;
  if (isPastForm(t.lower) || IRREGULAR_PAST.has(t.lower)) return !opens;
  return true;
}

/** Whether the duration of `n` is a course's length in brackets after the course's name (see the file comment). */
export function isCourseLength(n: NumberContext): boolean {
  const { tokens, q, at, after } = n;
  if (q.kind !== 'duration' || q.change || q.fromTo) return false;
  if (tokens[at - 1]?.text !== '(' || tokens[after]?.text !== ')') return false;
  let capitals = 0;
  let k = at - 2;
  for (; k >= 0 && k >= at - 2 - NAME_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (ITEM_MARKS.has(t.text)) break;
      if (t.text === '-' || t.text === '&') continue;
      return false;
    }
    if (!isNameWord(t, k === 0 || ITEM_MARKS.has(tokens[k - 1].text))) return false;
    if (t.kind === 'word' && !NAME_JOINERS.has(t.lower)) capitals++;
  }
  // The name reaches back to the line's start or a list mark, and holds two capitalized words or more.
  return (k < 0 || ITEM_MARKS.has(tokens[k].text)) && capitals >= 2;
}
