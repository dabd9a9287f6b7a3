// Measuring the depth map's layers against a coach's judgement: for each story, the layers it really
// covers; the map of a one-story project "shows" a layer when it finds evidence for it. Pure, so the
// eval command and the floor test share it.
import type { StoryText } from '../analysis';
import type { Story } from '../domain/schemas';
import { locateWords, parseSectionKey } from '../analysis/signals/follow-up-keys';
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

/**
 * A story whose sentences a coach placed under layers: key = "section: words of the sentence" (found by its
 * words once in that section, like the follow-up verdicts), so a change to the sentence splitter keeps them.
 */
export interface SentenceLayerStory {
  id: string;
  story: StoryText;
  labels: Readonly<Record<string, readonly LayerId[]>>;
}

interface JudgedUnit {
  /** How errors name it: its key, or the section and text of an unlabeled sentence. */
  name: string;
  want: readonly LayerId[];
  placed: Set<LayerId>;
}

/**
 * The units a story is scored in: one per labeled sentence (the layers of every placed sentence that starts
 * in its words, so a sentence now cut in two is still judged once), and one per placed sentence that starts
 * in no labeled one (judged as covering nothing). Throws when a key is malformed, missing or ambiguous.
 */
function judgedUnits({ id, story, labels }: SentenceLayerStory): JudgedUnit[] {
  const spans = Object.entries(labels).map(([key, want]) => {
    const parsed = parseSectionKey(key);
    if (!parsed) throw new Error(`${id}: bad layer key "${key}": expected "section: words of the sentence".`);
    const span = locateWords(story, parsed.section, parsed.words, `${id}: layer key "${key}"`);
    return { ...span, unit: { name: key, want, placed: new Set<LayerId>() } };
  });
  const lone: JudgedUnit[] = [];
  for (const s of placeSentences(story).sentences) {
    const span = spans.find((k) => k.section === s.section && k.start <= s.start && s.start < k.end);
    if (span) for (const layer of s.layers) span.unit.placed.add(layer);
    else lone.push({ name: `${s.section}: ${s.text}`, want: [], placed: s.layers });
  }
  return [...spans.map((k) => k.unit), ...lone];
}

/** Per layer: of the sentences placed under it, how many a coach put there, and how many of theirs it found. */
export function scoreSentenceLayers(stories: readonly SentenceLayerStory[]): LayerScore[] {
  const scores = new Map<LayerId, LayerScore>(
    LAYER_IDS.map((id) => [id, { id, tp: 0, shown: 0, covered: 0, precision: 1, recall: 1, errors: [] }]),
  );
  for (const story of stories) {
    for (const { name, want, placed: layers } of judgedUnits(story)) {
      const text = name.replace(/\s+/g, ' ').slice(0, 113);
      for (const layer of LAYER_IDS) {
        const score = scores.get(layer)!;
        const placed = layers.has(layer);
        const covered = want.includes(layer);
        if (placed) score.shown++;
        if (covered) score.covered++;
        if (placed && covered) score.tp++;
        if (placed && !covered) score.errors.push(`${story.id} placed, not judged: ${text}`);
        if (covered && !placed) score.errors.push(`${story.id} judged, not placed: ${text}`);
      }
    }
  }
  return [...scores.values()].map((s) => ({ ...s, precision: ratio(s.tp, s.shown), recall: ratio(s.tp, s.covered) }));
}
