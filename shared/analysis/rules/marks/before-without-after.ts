// A before value with no after value: "cut the nightly build from 9 hours" leaves the listener asking
// "to what?". Marked only when a change verb leads to the "from" (so "input from 5 teams" is a source,
// not a before value) and nothing after it gives the new value ("to 40 minutes", "down to", "→").
// "halved from", "doubled from" carry their after value and are not marked.
import type { Token } from '../language/tokenize';
import type { Quantity } from '../quantity/quantity-types';
import { DECREASE_WORDS, INCREASE_WORDS, MOVE_WORDS } from '../outcomes/change-words';

export interface BeforeHit {
  /** "from 9 hours", relative to the sentence. */
  start: number;
  end: number;
  before: string;
}

const FILLERS = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'over',
  'under',
  'approximately',
  'some',
  'an',
  'a',
  'the',
]);
const AFTER_MARKERS = new Set(['to', 'into', 'down', 'under', 'below', 'within', 'halved', 'doubled', 'tripled']);
/** Verbs that carry their after value ("halved from 9 hours"): the search for a change verb stops there. */
const MULTIPLIED = new Set(['halved', 'doubled', 'tripled', 'quadrupled']);

function isChangeVerb(lower: string): boolean {
  return DECREASE_WORDS.has(lower) || INCREASE_WORDS.has(lower) || MOVE_WORDS.has(lower);
}

export function findBeforeWithoutAfter(text: string, tokens: Token[], quantities: Quantity[]): BeforeHit[] {
  const hits: BeforeHit[] = [];
  // The reading of each "from" is a function of its own: a closure in this loop that read the loop index
  // would make the engine allocate a fresh scope for every token of every sentence.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'from') continue;
    const hit = beforeWithoutAfterAt(text, tokens, quantities, i);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** The before value with no after value that the "from" at token `i` opens, if it is one. */
function beforeWithoutAfterAt(text: string, tokens: Token[], quantities: Quantity[], i: number): BeforeHit | undefined {
  // "down from 9 hours" / "up from" follow the after value: "3 hours, down from 9".
  const prev = tokens[i - 1]?.lower;
  if (prev === 'down' || prev === 'up') return undefined;
  let j = i + 1;
  while (tokens[j] && (FILLERS.has(tokens[j].lower) || tokens[j].text === '~')) j++;
  const q = tokens[j] && quantities.find((x) => x.start <= tokens[j].start && tokens[j].start < x.end);
  if (!q) return undefined;
  // "cut it to 3 hours from 9": the after value came first.
  if (quantities.some((x) => x.end <= tokens[i].start && x.kind === q.kind)) return undefined;
  // A change verb before "from", in the same clause.
  let verb = false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol' && (t.text === ',' || t.text === ';' || t.text === '.')) break;
    if (MULTIPLIED.has(t.lower)) break;
    if (isChangeVerb(t.lower)) {
      verb = true;
      break;
    }
  }
  if (!verb) return undefined;
  // Anything after the before value that gives a new value.
  const rest = tokens.filter((t) => t.start >= q.end);
  const after =
    rest.some((t) => AFTER_MARKERS.has(t.lower) || t.text === '→' || t.text === '->' || t.text === '>') ||
    quantities.some((x) => x !== q && x.start >= q.end);
  if (after) return undefined;
  return { start: tokens[i].start, end: q.end, before: text.slice(q.start, q.end) };
}
