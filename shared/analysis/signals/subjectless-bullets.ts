// A subject-less Action bullet is the writer's own act (RUBRIC.md, own-decision: "in the first person or a
// subject-less Action bullet"): "Pushed back on hiring temps - …", "made the call to roll back at 2am",
// "Held the release until …". Many finders of the writer's acts read the first person ("I pushed back",
// "I made the call") and miss the same act told without its "I", as résumé bullets and lower-case notes tell it.
// This reads such a bullet as "I" + the bullet. An opening past participle that is no act of the writer's
// stays unread: a passive ("Pushed by the board to …"), or one that modifies the clause after it ("Launched
// last year, the tool …", "Asked about it, she …"): a comma followed by a subject of its own.
import { opensSentence, viewOf, word, type Cue, type SentenceView } from './sentence-view';

/** The sentence read with "I" before its opening verb, and where that verb starts; undefined when it is no bullet. */
export interface WriterBullet {
  view: SentenceView;
  at: number;
}

// A clause after a comma that has its own subject: the opening participle modified it.
const OWN_SUBJECT = /^(?:i|we|they|he|she|it|the|our|my|their|his|her|this|that|these|those|everyone|nobody)$/;
const bullets = new WeakMap<SentenceView, WriterBullet | null>();

function readBullet(v: SentenceView): WriterBullet | undefined {
  const k = v.tokens.findIndex((t) => t.kind !== 'symbol');
  if (k < 0 || v.tokens[k].kind !== 'word' || !opensSentence(v, k)) return undefined;
  // "Pushed by the board", "Based on …": passive or prepositional participles.
  if (/^(?:by|on|upon)$/.test(word(v, k + 1)) || /^(?:based|given|used)$/.test(word(v, k))) return undefined;
  for (let i = k + 1; i < v.tokens.length && i <= k + 10; i++) {
    const t = v.tokens[i];
    if (t.kind === 'symbol' && t.text === ',' && OWN_SUBJECT.test(word(v, i + 1))) return undefined;
    if (t.kind === 'symbol' && t.text !== ',' && t.text !== '-') break;
  }
  const at = v.tokens[k].start;
  return { view: viewOf(`${v.text.slice(0, at)}I ${v.text.slice(at)}`), at };
}

/** The bullet read as the writer's sentence ("I" before its opening past verb), or undefined. */
export function writerBullet(v: SentenceView): WriterBullet | undefined {
  let b = bullets.get(v);
  if (b === undefined) {
    b = readBullet(v) ?? null;
    bullets.set(v, b);
  }
  return b ?? undefined;
}

/** A cue found on the bullet's reading, mapped back onto the sentence as written. */
export function cueOnBullet(b: WriterBullet, c: Cue): Cue {
  const back = (x: number) => (x <= b.at ? x : Math.max(b.at, x - 2));
  return { start: back(c.start), end: Math.max(back(c.end), back(c.start) + 1) };
}

// Offering to do work oneself ("Offered to own the migration") takes the work on; it moves no one else's decision.
const OFFERED = /^I\s+(?:\w+\s+)?offered\b/i;

/**
 * A finder of the writer's persuasion in the first person ("I pushed back", "I made the case"), read on a
 * subject-less bullet as if it opened with "I": "Pushed back on hiring temps - …", "made the case for …".
 */
export function persuasionOnBullet(finder: (v: SentenceView) => Cue | undefined): (v: SentenceView) => Cue | undefined {
  return (v) => {
    const b = writerBullet(v);
    const c = b && finder(b.view);
    if (!b || !c || OFFERED.test(b.view.text.slice(c.start))) return undefined;
    return cueOnBullet(b, c);
  };
}
