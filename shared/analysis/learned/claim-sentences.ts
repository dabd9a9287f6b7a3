// A labeled row read the way the analyzer reads a field: cut into sentences (split-sentences.ts with
// the analyzer's options for the section), each made readable and given its facts and features. Used
// to train and score the learned claim reading; the editor itself goes through the analyzer.
import type { StorySection } from '../domain-types';
import { splitSentences } from '../rules/language/split-sentences';
import { readableText } from '../rules/language/readable-text';
import { sentenceFacts } from '../sentence-facts';
import { claimFeatures } from './claim-features';
import type { ModelFlag } from './claim-gate';

export interface ReadSentence {
  features: string[];
  rules: Record<ModelFlag, boolean>;
}

/** The row's sentences with the rules' flags and the features of each (no context from the sentence before). */
export function readRowSentences(text: string, section: StorySection | undefined): ReadSentence[] {
  const cut = {
    lowerCaseNoteStops: section === 'result',
    noteLines: section !== undefined,
    lowerCaseClauseStops: true,
    unpunctuatedLines: section !== undefined,
  };
  return splitSentences(text, cut).map((span) => {
    const facts = sentenceFacts(readableText(text.slice(span.start, span.end)), section);
    return {
      features: claimFeatures({ ...facts, section }),
      rules: {
        is_claim: facts.isClaim,
        has_metric: facts.hasMetric,
        has_scale: facts.hasScale,
        has_outcome: facts.hasOutcome,
      },
    };
  });
}
