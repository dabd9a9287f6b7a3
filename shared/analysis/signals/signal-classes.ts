// The senior signals as classes of language rather than lists of phrases: a decision verb whose
// subject is the writer, a choice with a named alternative ("X over Y", "instead of", "traded"), a
// limit noun or a time box, a partner role or another team, assent by someone else after the writer
// argued, the vocabulary of running a live system, and the absence of a spec or of knowledge. Each
// class returns the span that shows it. Precision first: a class fires only where its words cannot
// mean something else in a work story. Written from RUBRIC.md and the tuning stories only. Each
// signal's finders live in classes/<signal>.ts; this module puts them together in the detector's order.
import type { SignalId } from './signal-ids';
import { first, type Cue, type SentenceView } from './sentence-view';
import type { Finder } from './classes/finder-parts';
import { AMBIGUITY_CLASSES } from './ambiguity-classes';
import { TRADE_OFF_FINDERS } from './classes/trade-off';
import { CONSTRAINT_FINDERS } from './classes/constraint';
import { CROSS_FUNCTIONAL_FINDERS } from './classes/cross-functional';
import { INFLUENCE_FINDERS } from './classes/influence';
import { AFTER_LAUNCH_FINDERS } from './classes/after-launch';
import { OWN_DECISION_FINDERS } from './classes/own-decision';

/** The finders per signal, tried in order; the first cue found is the sentence's evidence. */
export const SIGNAL_CLASSES: Readonly<Record<SignalId, readonly Finder[]>> = {
  'trade-off': TRADE_OFF_FINDERS,
  constraint: CONSTRAINT_FINDERS,
  'cross-functional': CROSS_FUNCTIONAL_FINDERS,
  influence: INFLUENCE_FINDERS,
  'after-launch': AFTER_LAUNCH_FINDERS,
  ambiguity: AMBIGUITY_CLASSES,
  'own-decision': OWN_DECISION_FINDERS,
};

/** The first cue of a signal in a sentence, or undefined. */
export function findSignal(v: SentenceView, id: SignalId): Cue | undefined {
  return first(v, SIGNAL_CLASSES[id]);
}
