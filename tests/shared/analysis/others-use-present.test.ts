// In a Result, the people served or a group at work using or telling about the work in the present is
// the state the work reached (present-state.ts othersUseAt): a claim with an outcome.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const read = (text: string, section: 'situation' | 'action' | 'result' = 'result') => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, outcome: f.hasOutcome };
};

describe('others using or telling about the work, in the present, in a Result', () => {
  it('reads a group or the people served using, relying on or mentioning the work', () => {
    expect(read('Shift leads use the board in every handover.')).toEqual({ claim: true, outcome: true });
    expect(read('The porters rely on the new list.')).toEqual({ claim: true, outcome: true });
    expect(read('Visitors mention the signs in the comments book.')).toEqual({ claim: true, outcome: true });
    expect(read('Most tenants recommend the repair line to their neighbours.')).toEqual({
      claim: true,
      outcome: true,
    });
  });

  it('leaves a wish and a complaint unread', () => {
    expect(read('Shift leads want to use the board next year.').outcome).toBe(false);
    expect(read('Visitors complain about the signs.').outcome).toBe(false);
  });

  it('reads nothing of the kind in the setup or an Action', () => {
    expect(read('Shift leads use the board in every handover.', 'situation').outcome).toBe(false);
    expect(read('Shift leads use the board in every handover.', 'action').outcome).toBe(false);
  });
});
