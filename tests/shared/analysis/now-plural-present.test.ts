// A present verb after "now" with a plural subject: the plural of "It now handles 3x the traffic".
// Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from './helpers';

const has = (s: string) => findOutcomeCues(tokenize(s)).length > 0;

describe('a plural subject with a present verb after "now"', () => {
  it('reads the present state as the result', () => {
    expect(has('Month-end closes now finish on the second working day')).toBe(true);
    expect(has('Moved intake to one form; referrals now arrive with the notes attached')).toBe(true);
    expect(has('Built the rota tool, and the ward managers now spend an hour on it, not a day')).toBe(true);
    expect(has('Rewrote the sync so the field teams now see stock levels that match the warehouse')).toBe(true);
  });

  it('leaves the writer, a non-verb after "now", and a participle alone', () => {
    expect(has('We now review every pull request')).toBe(false);
    expect(has('The new hires now fully onboarded')).toBe(false);
    expect(has('Open tickets now over 300 a week')).toBe(false);
    expect(has('The branches now closed on Sundays')).toBe(false);
    expect(has('Sales reps now the main users of the dashboard')).toBe(false);
  });
});
