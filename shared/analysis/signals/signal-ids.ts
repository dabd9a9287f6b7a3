// The senior signals an interviewer listens for (issue 12), with the words the UI shows for each.

export const SIGNAL_IDS = [
  'trade-off',
  'constraint',
  'cross-functional',
  'influence',
  'after-launch',
  'ambiguity',
  'own-decision',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/**
 * One sentence given a signal by a reader of several sentences (the consequence window, the case-then-decision frame):
 * its index in the story and the signal.
 */
export interface SentenceSignal {
  index: number;
  id: SignalId;
}

export interface SignalInfo {
  id: SignalId;
  /** A short name for checklists and filters. */
  label: string;
  /** What a story that has the signal shows, in one line. */
  description: string;
  /** The signal as the object of "shows …", for sentences like "1 of 8 stories shows ownership after launch". */
  phrase: string;
}

export const SIGNALS: Readonly<Record<SignalId, SignalInfo>> = {
  'trade-off': {
    id: 'trade-off',
    phrase: 'a trade-off',
    label: 'Trade-off',
    description: 'A choice between named alternatives, and why (accuracy vs latency, build vs buy).',
  },
  constraint: {
    id: 'constraint',
    phrase: 'a constraint',
    label: 'Constraint',
    description: 'A real limit the work had to respect: deadline, budget, latency, hardware, data, privacy.',
  },
  'cross-functional': {
    id: 'cross-functional',
    phrase: 'cross-functional work',
    label: 'Cross-functional',
    description: 'Work with other roles or teams: product, infra, data, legal, another org.',
  },
  influence: {
    id: 'influence',
    phrase: 'influence',
    label: 'Influence',
    description: 'You changed a decision you did not own: convinced, aligned, pushed back, unblocked.',
  },
  'after-launch': {
    id: 'after-launch',
    phrase: 'ownership after launch',
    label: 'Ownership after launch',
    description: 'What happened past shipping: monitoring, alerts, incidents, rollback, retraining, A/B tests.',
  },
  ambiguity: {
    id: 'ambiguity',
    phrase: 'a decision under ambiguity',
    label: 'Ambiguity',
    description: 'A decision made while data or requirements were incomplete, and how.',
  },
  'own-decision': {
    id: 'own-decision',
    phrase: 'your own call',
    label: 'Your own call',
    description: 'A decision that was yours, in the first person: "I decided", "I chose", "I pushed back".',
  },
};

export function isSignalId(value: string): value is SignalId {
  return (SIGNAL_IDS as readonly string[]).includes(value);
}
