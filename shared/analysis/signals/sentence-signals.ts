// Which signals one sentence shows, with the cue that showed each. Cached by sentence text, like the
// claim facts: a keystroke changes one sentence, so only that sentence is matched again.
import { LruCache } from '../sentence-cache';
import { findSignal } from './signal-classes';
import { viewOf, type Cue } from './sentence-view';
import { SIGNAL_IDS, type SignalId } from './signal-ids';

export type { Cue };

export type SentenceSignals = ReadonlyMap<SignalId, Cue>;

const cache = new LruCache<string, SentenceSignals>(20_000);
const MAX_CACHED_LENGTH = 2_000;

function detect(sentence: string): SentenceSignals {
  const found = new Map<SignalId, Cue>();
  const view = viewOf(sentence);
  for (const id of SIGNAL_IDS) {
    const cue = findSignal(view, id);
    if (cue) found.set(id, cue);
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
