// Which signals one sentence shows, with the cue that showed each. Cached by sentence text, like the
// claim facts: a keystroke changes one sentence, so only that sentence is matched again.
import { LruCache } from '../sentence-cache';
import { SIGNAL_CUES } from './signal-cues';
import { SIGNAL_IDS, type SignalId } from './signal-ids';

/** A cue's offsets, relative to the sentence. */
export interface Cue {
  start: number;
  end: number;
}

export type SentenceSignals = ReadonlyMap<SignalId, Cue>;

const cache = new LruCache<string, SentenceSignals>(20_000);
const MAX_CACHED_LENGTH = 2_000;

// One alternation per signal: a sentence is scanned once per signal instead of once per cue.
const COMBINED = SIGNAL_IDS.map(
  (id) => [id, new RegExp(SIGNAL_CUES[id].map((p) => `(?:${p.source})`).join('|'), 'i')] as const,
);

function detect(sentence: string): SentenceSignals {
  const found = new Map<SignalId, Cue>();
  for (const [id, pattern] of COMBINED) {
    const m = pattern.exec(sentence);
    if (m) found.set(id, { start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The signals a sentence shows. Pure; results are cached per sentence text. */
export function sentenceSignals(sentence: string): SentenceSignals {
  if (sentence.length > MAX_CACHED_LENGTH) return detect(sentence);
  const hit = cache.get(sentence);
  if (hit) return hit;
  const fresh = detect(sentence);
  cache.set(sentence, fresh);
  return fresh;
}
