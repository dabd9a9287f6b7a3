// Issue #12, session 25: a measured result told as a level reached — verbless ("Median wait down to 3 hours"),
// passive ("Invoices are now paid within 10 days"), with "now" ("Page load now 1.2 s") or its old value after it
// ("2 days, was 5") — is asked how it was measured. Sentences written for this test, each shape with its near miss.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const metricAsked = (result: string) =>
  followUps({ ...EMPTY, action: 'I rebuilt the intake form and moved triage to the morning.', result }).some(
    (f) => f.kind === 'metric',
  );

describe('a level a measure was brought to, in the Result', () => {
  it.each([
    'Median wait for a first reply down to 3 hours.',
    'Missed handovers fell to about 4 a month.',
    'Invoices are now paid within 10 days.',
    'Page load now 1.2 s on a mid-range phone.',
    'Month-end close: 2 days, was 5.',
    'Complaints about refunds went from about 30 a week to none.',
    'Average turnaround is now under 6 hours.',
  ])('%s: asked how it was measured', (result) => {
    expect(metricAsked(result)).toBe(true);
  });

  it.each([
    // A bound, a past clause, a schedule, a setting, a headcount: no measured level.
    'Refund requests can wait up to five days.',
    'We now had three weeks left before the audit.',
    'The sync now runs every 15 minutes.',
    'The retry timeout was raised to 30 seconds.',
    'The team grew to 12 engineers.',
  ])('%s: no "how was that measured"', (result) => {
    expect(metricAsked(result)).toBe(false);
  });

  it('asks the baseline only when the old value is not told', () => {
    const told = followUps({
      ...EMPTY,
      action: 'I split the close checklist.',
      result: 'Month-end close: 2 days, was 5.',
    });
    expect(told.find((f) => f.kind === 'metric')?.question).not.toMatch(/baseline/);
    const untold = followUps({ ...EMPTY, action: 'I split the checklist.', result: 'Median wait down to 3 hours.' });
    expect(untold.find((f) => f.kind === 'metric')?.question).toMatch(/baseline/);
  });

  it('a load a system now carries is still asked as scale, not as a measure', () => {
    const asked = followUps({
      ...EMPTY,
      action: 'I moved ingestion to a queue.',
      result: 'The pipeline now handles about 8,000 events a second at peak.',
    });
    expect(asked.some((f) => f.kind === 'scale')).toBe(true);
    expect(asked.some((f) => f.kind === 'metric')).toBe(false);
  });
});
