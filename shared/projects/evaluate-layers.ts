// Measuring the depth map's layers against a coach's judgement: for each story, the layers it really
// covers; the map of a one-story project "shows" a layer when it finds evidence for it. Pure, so the
// eval command and the floor test share it.
import type { StoryText } from '../analysis';
import { sentenceLabelKey } from '../analysis/signals/evaluate-signals';
import type { Story, StorySection } from '../domain/schemas';
import { depthMap } from './depth-map';
import { placeSentences } from './sentence-layers';
import { LAYER_IDS, type LayerId } from './depth-layers';

/** A story and the layers a coach says it covers. */
export interface LayerJudgedStory {
  id: string;
  story: Story;
  covers: readonly LayerId[];
}

export interface LayerScore {
  id: LayerId;
  /** Shown and covered / shown / covered. */
  tp: number;
  shown: number;
  covered: number;
  precision: number;
  recall: number;
  /** `${storyId} shown, not covered` or `${storyId} covered, not shown`. */
  errors: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Per layer: how often the map shows it where the story covers it, and finds it where it does. */
export function scoreLayers(stories: readonly LayerJudgedStory[]): LayerScore[] {
  const scores = new Map<LayerId, LayerScore>(
    LAYER_IDS.map((id) => [id, { id, tp: 0, shown: 0, covered: 0, precision: 1, recall: 1, errors: [] }]),
  );
  for (const { id, story, covers } of stories) {
    const map = depthMap({ name: id, stories: [story] });
    for (const layer of map.layers) {
      const s = scores.get(layer.id)!;
      const shown = layer.evidenceCount > 0;
      const covered = covers.includes(layer.id);
      if (shown) s.shown++;
      if (covered) s.covered++;
      if (shown && covered) s.tp++;
      if (shown && !covered) s.errors.push(`${id} shown, not covered`);
      if (covered && !shown) s.errors.push(`${id} covered, not shown`);
    }
  }
  return [...scores.values()].map((s) => ({ ...s, precision: ratio(s.tp, s.shown), recall: ratio(s.tp, s.covered) }));
}

/** A story whose sentences a coach placed under layers: key = section letter (f = reflection) + index. */
export interface SentenceLayerStory {
  id: string;
  story: StoryText;
  labels: Readonly<Record<string, readonly LayerId[]>>;
}

/** Per layer: of the sentences placed under it, how many a coach put there, and how many of theirs it found. */
export function scoreSentenceLayers(stories: readonly SentenceLayerStory[]): LayerScore[] {
  const scores = new Map<LayerId, LayerScore>(
    LAYER_IDS.map((id) => [id, { id, tp: 0, shown: 0, covered: 0, precision: 1, recall: 1, errors: [] }]),
  );
  for (const { id, story, labels } of stories) {
    const index: Partial<Record<StorySection, number>> = {};
    for (const s of placeSentences(story).sentences) {
      const n = index[s.section] ?? 0;
      index[s.section] = n + 1;
      const key = sentenceLabelKey(s.section, n);
      const want = labels[key] ?? [];
      for (const layer of LAYER_IDS) {
        const score = scores.get(layer)!;
        const placed = s.layers.has(layer);
        const covered = want.includes(layer);
        if (placed) score.shown++;
        if (covered) score.covered++;
        if (placed && covered) score.tp++;
        const text = s.text.replace(/\s+/g, ' ').slice(0, 110);
        if (placed && !covered) score.errors.push(`${id} ${key} placed, not judged: ${text}`);
        if (covered && !placed) score.errors.push(`${id} ${key} judged, not placed: ${text}`);
      }
    }
  }
  return [...scores.values()].map((s) => ({ ...s, precision: ratio(s.tp, s.shown), recall: ratio(s.tp, s.covered) }));
}
