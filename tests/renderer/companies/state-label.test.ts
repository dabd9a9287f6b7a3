// A company's badge says where its process stands: after a passed round with rounds still planned,
// "Passed so far", not a bare "Passed" that reads as the end of the loop.
import { describe, expect, it } from 'vitest';
import { stateLabel } from '../../../renderer/src/views/companies/CompanyList';

const planned = [{ loopId: 'loop_1', roundId: 'round_2', roundName: 'Onsite' }];

describe('stateLabel', () => {
  it('says "Passed so far" while rounds are still planned, "Passed" once none is', () => {
    expect(stateLabel({ state: 'passed', upcoming: planned })).toBe('Passed so far');
    expect(stateLabel({ state: 'passed', upcoming: [] })).toBe('Passed');
  });

  it('keeps the other states as they are', () => {
    expect(stateLabel({ state: 'planned', upcoming: planned })).toBe('Planned');
    expect(stateLabel({ state: 'rejected', upcoming: planned })).toBe('Rejected');
    expect(stateLabel({ state: 'waiting', upcoming: [] })).toBe('Waiting to hear');
  });
});
