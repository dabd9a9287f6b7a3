// The analyzer's public entry (DESIGN.md §4). Pure, synchronous, deterministic: other tools call
// analyzeText and analyzeStory; the editor uses createAnalyzer for a cache of its own.
import type { AnalyzeOptions, StoryReport, TextAnalysis } from './types';
import type { Story } from './domain-types';
import { createAnalyzer } from './analyzer';

export type {
  AnalyzeOptions,
  Finding,
  SentenceAnalysis,
  TextAnalysis,
  StoryReport,
  StoryFinding,
  ReadinessScore,
  ScorePart,
  SpeakingTime,
  Severity,
} from './types';
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type AnalyzerStats } from './analyzer';
export { speakingTime, WORDS_PER_MINUTE, TARGET_SECONDS } from './rules/marks/speaking-time';
export { RULE_RANK } from './rules/marks/prioritize';

// One shared cache for callers that do not keep their own analyzer.
const shared = createAnalyzer();

export function analyzeText(text: string, options?: AnalyzeOptions): TextAnalysis {
  return shared.analyzeText(text, options);
}

export function analyzeStory(story: Story): StoryReport {
  return shared.analyzeStory(story);
}
export {
  storySignals,
  followUps,
  SIGNAL_IDS,
  SIGNALS,
  isSignalId,
  MAX_FOLLOW_UPS,
  MIN_FOLLOW_UPS,
  type StorySignals,
  type StorySignal,
  type SignalEvidence,
  type FollowUp,
  type FollowUpKind,
  type SignalId,
  type SignalInfo,
  type Anchor,
  type StoryText,
} from './signals/index';
