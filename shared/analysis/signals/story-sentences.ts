// A story as a list of sentences with their section and offsets, split by the analyzer's splitter so
// signals, follow-ups and claim marks agree on where a sentence starts and ends.
import type { Story, StorySection } from '../domain-types';
import { splitSentences } from '../rules/split-sentences';
import { STORY_SECTIONS } from '../../domain/sections';

export const SIGNAL_SECTIONS: readonly StorySection[] = STORY_SECTIONS;

/** The parts of a story the signals and follow-ups read. */
export type StoryText = Pick<Story, StorySection> & { title?: string };

export interface StorySentence {
  section: StorySection;
  /** UTF-16 offsets into the section's text. */
  start: number;
  end: number;
  text: string;
}

export function storySentences(story: StoryText): StorySentence[] {
  const out: StorySentence[] = [];
  for (const section of SIGNAL_SECTIONS) {
    const text = story[section] ?? '';
    if (text.trim() === '') continue;
    for (const span of splitSentences(text))
      out.push({ section, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  return out;
}
