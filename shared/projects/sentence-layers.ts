// Which depth-map layers each sentence of a story speaks to. One reader for the depth map and for its
// evaluation, so what is measured is what the Projects view shows.
import { storySignals, type SignalId } from '../analysis';
import { incidentWork } from '../analysis/signals/incident-context';
import { storySentences, type StorySentence, type StoryText } from '../analysis/signals/story-sentences';
import { LAYER_IDS, type LayerId } from './depth-layers';
import { layersOf } from './layer-rules';

/** A sentence of the story with the senior signals it shows and the layers it is placed under. */
export interface PlacedSentence extends StorySentence {
  signals: Set<SignalId>;
  layers: Set<LayerId>;
}

export interface StoryPlacement {
  sentences: PlacedSentence[];
  /** Signals the story shows anywhere. */
  signals: Set<SignalId>;
}

/** Places every sentence of the story under the layers it speaks to (none when no layer fits). */
export function placeSentences(story: StoryText): StoryPlacement {
  const found = storySignals(story).signals;
  const bySentence = new Map<string, Set<SignalId>>();
  for (const signal of found)
    for (const e of signal.evidence) {
      const key = `${e.section}:${e.start}`;
      bySentence.set(key, (bySentence.get(key) ?? new Set()).add(signal.id));
    }
  const all = storySentences(story);
  // Only a story with an incident's shape (a live failure and its fix) has its sentences placed as incident work: "new
  // volunteers kept dropping out" sets up no failure layer.
  const incident = new Set(incidentWork(all, 'incident'));
  const sentences = all.map((s): PlacedSentence => {
    const signals = bySentence.get(`${s.section}:${s.start}`) ?? new Set<SignalId>();
    const layers = new Set(
      layersOf({ section: s.section, text: s.text, signals, incident: incident.has(s) }, LAYER_IDS),
    );
    return { ...s, signals, layers };
  });
  return { sentences, signals: new Set(found.filter((s) => s.present).map((s) => s.id)) };
}
