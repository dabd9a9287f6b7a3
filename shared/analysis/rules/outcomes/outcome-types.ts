// What an outcome cue is, apart from the rules that find one: quiet-outcomes.ts and outcomes.ts both
// build cues, and outcomes.ts calls quiet-outcomes.ts, so the shape lives below both.
export type OutcomeKind =
  'change' | 'effect' | 'benefit' | 'purpose' | 'comparative' | 'recognition' | 'adoption' | 'state';

/** One word or phrase in a sentence that tells an outcome. */
export interface OutcomeCue {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  kind: OutcomeKind;
  /** The cue word(s), lower-case. */
  cue: string;
  /** "no incidents", "zero outages", "without a single escalation": a problem counted as none. */
  zeroCount?: boolean;
  /** "a week earlier than the year before": time saved against a past period, a measure with no figure the quantities keep. */
  timeSaved?: boolean;
}
