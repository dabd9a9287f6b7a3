// Counts "I" against "we" in the part of the story that says who did what (Task, Action, Result).
import type { Story } from '#shared/domain/schemas';

// "I" is matched case-sensitively: a lone lowercase "i" is rarely the pronoun.
const I_WORDS = /\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/g;
const WE_WORDS = /\b(?:we|us|our|ours|ourselves|we're|we've|we'd|we'll)\b/gi;

export interface PronounCounts {
  i: number;
  we: number;
}

export function countPronouns(story: Pick<Story, 'task' | 'action' | 'result'>): PronounCounts {
  const text = [story.task, story.action, story.result].join('\n');
  return { i: (text.match(I_WORDS) ?? []).length, we: (text.match(WE_WORDS) ?? []).length };
}
