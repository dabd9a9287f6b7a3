// Senior signals and follow-up questions (issue 12). Pure: shared by the workspace, Coverage,
// Practice and the deep-dive sheet.
export { storySignals, type StorySignals, type StorySignal, type SignalEvidence } from './story-signals';
export { followUps, type FollowUp, type FollowUpKind, MAX_FOLLOW_UPS, MIN_FOLLOW_UPS } from './follow-ups';
export { SIGNAL_IDS, SIGNALS, isSignalId, type SignalId, type SignalInfo } from './signal-ids';
export { type Anchor } from './quote';
export { type StoryText } from './story-sentences';
