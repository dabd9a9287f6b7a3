// A participle of a change verb between "a"/"an" and its noun names what kind of thing was made
// (change-outcomes.ts namesAKindOfThing), not a change brought about.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text, 'action').hasOutcome;

describe('a participle that names a kind of thing', () => {
  it('reads "a saved reply", "a reduced menu", "a simplified form" as the new thing, not a change', () => {
    expect(outcome('I wrote a saved reply for the three commonest questions.')).toBe(false);
    expect(outcome('I set up a reduced menu for the lunch rush.')).toBe(false);
    expect(outcome('I put in a simplified form for repeat prescriptions.')).toBe(false);
  });

  it('keeps a measure, a trouble or a time after the participle as the change reported', () => {
    expect(outcome('We saw a reduced error rate within a week.')).toBe(true);
    expect(outcome('The new layout brought a reduced number of mispicks.')).toBe(true);
    expect(outcome('The rota saved the ward hours of phoning every week.')).toBe(true);
  });

  it('keeps the verb itself a change', () => {
    expect(outcome('I reduced the menu to cut waste.')).toBe(true);
    expect(outcome('The new form saved the clerks a lot of retyping.')).toBe(true);
  });
});
