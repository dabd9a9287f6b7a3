// Session 18 recall classes, one block per class (kept apart from signal-classes.test.ts so parallel work
// on precision and recall does not edit the same lines).
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 18 recall: unknowns with any object, candidates set out and asked', () => {
  it.each([
    "We didn't know the real volume of returns, so I sized the cage for twice last December first.",
    'Since nobody knew which forms the auditors would sample, I decided to clean the oldest ones.',
    'I drafted two possible intake rules and asked the charge nurses which one matched their practice.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    "I didn't know how to write Go, so I paired with a senior for a week.",
    'I listed the open tickets and asked the team what blocked them.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});
