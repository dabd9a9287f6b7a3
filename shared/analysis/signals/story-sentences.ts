// A story as a list of sentences with their section and offsets, split by the analyzer's splitter so
// signals, follow-ups and claim marks agree on where a sentence starts and ends.
import type { Story, StorySection } from '../domain-types';
import { splitSentences, type SplitOptions } from '../rules/language/split-sentences';
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

/**
 * How the signals cut a section beyond the defaults: a text typed one sentence a line with few stops ends a
 * sentence at each line the writer ended (a Slack message, a transcript), as the claim analyzer cuts a story's field.
 * A full stop before a lower-case sentence is not cut here (the claim analyzer cuts it): measured in session 34, the
 * signal finders lost the reading that spans such a stop ("after go-live the error rate doubled. so i rolled back …")
 * more often than they gained.
 */
const SIGNAL_CUT: SplitOptions = { unpunctuatedLines: true };

export function storySentences(story: StoryText): StorySentence[] {
  const out: StorySentence[] = [];
  for (const section of SIGNAL_SECTIONS) {
    const text = story[section] ?? '';
    if (text.trim() === '') continue;
    for (const span of splitSentences(text, SIGNAL_CUT))
      out.push({ section, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  return out;
}
