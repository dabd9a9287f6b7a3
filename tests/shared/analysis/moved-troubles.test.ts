// A measure told in the present as moved the right way (present-state.ts): troubles of stock and
// queues that are down, trade that is up, and a trouble's name split at its hyphen. Sentences written
// for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string, section: 'situation' | 'result' = 'result') => sentenceFacts(text, section).hasOutcome;

describe('a trouble down or trade up, told in the present', () => {
  it('reads stock and queue troubles that are down', () => {
    expect(outcome('The repairs backlog is way down.')).toBe(true);
    expect(outcome('Stockouts in the chilled aisle are way down.')).toBe(true);
    expect(outcome('Out-of-hours stock-outs are down since the new order sheet.')).toBe(true);
  });

  it('reads trade that is up', () => {
    expect(outcome('Takings are up on the quiet days.')).toBe(true);
    expect(outcome('Referrals from the GP practices are up.')).toBe(true);
  });

  it('leaves a trouble up, a good thing down and the setup unread', () => {
    expect(outcome('The backlog is up this week.')).toBe(false);
    expect(outcome('Takings are down this month.')).toBe(false);
    expect(outcome('The repairs backlog is way down.', 'situation')).toBe(false);
  });
});
