// The analyzer's public shapes. DESIGN.md §4 fixes TextAnalysis, SentenceAnalysis and Finding;
// other tools import them, so extend only with optional fields.
import type { StorySection } from './domain-types';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. 'vague-claim'. */
  rule: string;
  /** UTF-16 offsets into the analyzed text. */
  start: number;
  end: number;
  severity: Severity;
  /** One line: what is missing or wrong. */
  message: string;
  /** A concrete way to fix it. */
  suggestion?: string;
}

export interface SentenceAnalysis {
  /** UTF-16 offsets into the analyzed text. */
  start: number;
  end: number;
  isClaim: boolean;
  hasMetric: boolean;
  hasScale: boolean;
  hasOutcome: boolean;
}

export interface TextAnalysis {
  sentences: SentenceAnalysis[];
  findings: Finding[];
  words: number;
}

export interface AnalyzeOptions {
  /** Where the text stands in a story; without it the text is a free-standing claim (a resume line). */
  section?: StorySection;
}

/** Speaking time as a range: the same words said at 150 wpm (fast) and 130 wpm (slow). */
export interface SpeakingTime {
  minSeconds: number;
  maxSeconds: number;
}

export interface ScorePart {
  id: 'star' | 'specificity' | 'ownership' | 'length' | 'signals';
  label: string;
  points: number;
  max: number;
  /** A short sentence the UI shows next to the points. */
  reason: string;
}

export interface ReadinessScore {
  /** 0–100, the sum of the parts. */
  total: number;
  parts: ScorePart[];
}

/** A story-level finding; `section` says which field the offsets point into (absent: the whole story). */
export interface StoryFinding extends Finding {
  section?: StorySection;
}

export interface StoryReport {
  /** One analysis per STAR field, offsets into that field's text. */
  fields: Record<StorySection, TextAnalysis>;
  /** Findings about the story as a whole (length, balance, missing parts, "we" without "I"). */
  findings: StoryFinding[];
  words: number;
  speakingTime: SpeakingTime;
  /** Share of the spoken answer (situation..result) per section, 0–1. */
  balance: Record<StorySection, number>;
  score: ReadinessScore;
}

/** What a story report needs beyond a field's TextAnalysis: who the field says did the work. */
export interface FieldAnalysis {
  analysis: TextAnalysis;
  /** "I"/"my"… plus subjectless sentences that open with the writer's own past-tense verb. */
  singular: number;
  plural: number;
  /** Offsets of the field's first "we"/"our"/"us". */
  firstPlural?: { start: number; end: number };
}

/** Analyzes one STAR field (an Analyzer's `analyzeField`, with its cache). */
export type FieldAnalyzer = (text: string, options?: AnalyzeOptions) => FieldAnalysis;
