// Measuring the headerless splitter (story-segments.ts): a story written with STAR headings is its
// own answer key. Its headings are removed, the text is cut by content, and each sentence counts as
// right when it lands in the section its heading put it in.
import type { LabeledStory } from './evaluate-stories';
import { headedParts, segmentByContent } from './story-segments';
import { splitSentences } from './rules/language/split-sentences';

export interface SegmentScore {
  /** Headed stories with at least three sections (fewer say little about the order). */
  stories: number;
  sentences: number;
  right: number;
  accuracy: number;
  /** Sentences placed in the wrong section: story, true section, guessed section, text. */
  wrong: { story_id: string; section: string; guess: string | undefined; text: string }[];
}

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

/** How often segmentByContent puts a headed story's sentences back in their sections. */
export function scoreSegments(stories: readonly LabeledStory[]): SegmentScore {
  const score: SegmentScore = { stories: 0, sentences: 0, right: 0, accuracy: 0, wrong: [] };
  for (const story of stories) {
    const parts = headedParts(story.text);
    if (!parts || parts.length < 3) continue;
    score.stories++;
    const guess = new Map<string, string>();
    for (const p of segmentByContent(parts.map((p) => p.text.trim()).join('\n\n')))
      for (const s of sentencesOf(p.text)) guess.set(s, p.section);
    for (const p of parts)
      for (const text of sentencesOf(p.text)) {
        score.sentences++;
        if (guess.get(text) === p.section) score.right++;
        else score.wrong.push({ story_id: story.story_id, section: p.section, guess: guess.get(text), text });
      }
  }
  score.accuracy = score.sentences === 0 ? 0 : score.right / score.sentences;
  return score;
}
