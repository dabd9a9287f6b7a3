// A threshold now reached (threshold-outcomes.ts): an adjective and "enough to" after a verb that
// brought the state about — "made the suite fast enough to run on every PR".
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section: 'action' | 'result' | 'situation' | undefined = undefined) =>
  sentenceFacts(text, section).hasOutcome;

describe('a threshold now reached', () => {
  it('reads a causative, a turning verb or "now" before an adjective and "enough to"', () => {
    expect(outcome('Made the nightly test suite quick enough to run on every merge.')).toBe(true);
    expect(outcome('I got the classifier small enough to fit on a tablet.')).toBe(true);
    expect(outcome('We got the report cheap enough to run every hour.')).toBe(true);
    expect(outcome('- made the import fast enough for the morning meeting')).toBe(true);
    expect(outcome('Result: the export is now quick enough for the morning call.', 'result')).toBe(true);
    expect(outcome('The model became light enough to run offline, and the app shipped on time.')).toBe(true);
  });

  it('leaves a plain description, a problem, a goal, a held state and a quantity', () => {
    expect(outcome('The model is small enough to fit on a tablet.', 'situation')).toBe(false);
    expect(outcome('The suite was not quick enough to run on every merge.', 'situation')).toBe(false);
    expect(outcome('We needed to make the suite quick enough to run on every merge.', 'action')).toBe(false);
    expect(outcome('We never got it small enough to fit on a tablet.')).toBe(false);
    expect(outcome('I kept the model small enough to run on a laptop.', 'action')).toBe(false);
    expect(outcome('I had enough time to finish the draft.', 'action')).toBe(false);
    expect(outcome('Can we make it quick enough to run on every merge?')).toBe(false);
  });
});
