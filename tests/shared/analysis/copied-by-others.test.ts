// Another group copying the writer's work, told actively (adoption-outcomes.ts COPIED_RULE): "the day
// shift copied the layout" is adoption (RUBRIC-NOTES adoption), like "adopted the layout"; a thing's
// source ("copied from staging config") and data moved ("copied the files to the share") are not.
// Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const flags = (text: string) => {
  const f = sentenceFacts(text);
  return { claim: f.isClaim, outcome: f.hasOutcome };
};

describe('work copied by another group', () => {
  it('reads an active copy by a listed group or person, as a claim with an outcome', () => {
    expect(flags('The weekend crew copied the board layout in March.')).toEqual({ claim: true, outcome: true });
    expect(flags('the other ward manager copied it for her bays')).toEqual({ claim: true, outcome: true });
  });

  it('leaves data moved, a thing’s source and the writer’s own copying', () => {
    expect(flags('The intern copied the exports to the shared drive.').outcome).toBe(false);
    expect(flags('The team copied the logs into the bucket nightly.').outcome).toBe(false);
    expect(flags('We found a timeout that had been copied from the test config.').outcome).toBe(false);
    expect(flags('I copied the layout for the weekend crew.').outcome).toBe(false);
  });
});
