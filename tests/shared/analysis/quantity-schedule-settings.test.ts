// quantity-schedule-settings.ts and the comparisons added to quantity-thresholds.ts: the length of each
// unit of a schedule or a test, a window that defines what a subject counts, offsets joined before
// "before"/"after", and a threshold that picks items by a comparison are configuration values, no
// metric (RUBRIC.md). The near misses keep their metric: the time a piece of work took, a count of
// units delivered, a level reached, a before -> after.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const metric = (text: string, section?: 'action' | 'result') => sentenceFacts(text, section).hasMetric;

describe('the length of each unit of a schedule or a test', () => {
  it('is a setting, not a metric', () => {
    expect(metric('I split the open day into 25-minute visits for each family.', 'action')).toBe(false);
    expect(metric('Moved the ward to 5-minute bedside handovers', undefined)).toBe(false);
    expect(metric('We ran a 14-day A/B on the checkout button.', 'action')).toBe(false);
  });

  it('keeps a count of units, a length with no unit noun and the time the work took', () => {
    expect(metric('Delivered 48 two-hour first-aid classes to volunteers')).toBe(true);
    expect(metric('I fixed a 3-hour outage on the payroll server.', 'action')).toBe(true);
    expect(metric('Gave a 3-hour workshop on stock control to shop staff')).toBe(true);
    expect(metric('I rebuilt the timetable in 2 days.', 'action')).toBe(true);
  });
});

describe('a window that defines what a subject counts', () => {
  it('is no metric', () => {
    expect(metric('Our cancellations within 24 hours of the class fell after that.', 'result')).toBe(false);
    expect(metric('By spring, and refunds within 30 days of sale were down.', 'result')).toBe(false);
  });

  it('leaves one act timed from an event and an object of a verb as measures', () => {
    expect(metric('I had the lift back in service within 40 minutes of the call.', 'action')).toBe(true);
    expect(metric('Closed complaints within 3 days of receipt')).toBe(true);
  });
});

describe('offsets joined before an offset word', () => {
  it('are schedule settings', () => {
    expect(metric('I set the emails to go 7 days and 1 day before each renewal.', 'action')).toBe(false);
    expect(metric('We checked in with buyers 2 weeks, then again 6 weeks after delivery.', 'action')).toBe(false);
  });

  it('leave a duration joined to something else alone', () => {
    expect(metric('I cut the close to 4 days and the team stopped working weekends.', 'action')).toBe(true);
  });
});

describe('a threshold that picks items by a comparison', () => {
  it('is a configuration value', () => {
    expect(metric('I added a hold on anything over £750 until a manager looked at it.', 'action')).toBe(false);
    expect(metric('The script flags any shipment more than 10% under the booked weight.', 'action')).toBe(false);
    expect(metric('I chased every invoice more than 45 days overdue myself.', 'action')).toBe(false);
  });

  it('keeps a level reached under a length', () => {
    expect(metric('I kept every school run under 40 minutes.', 'action')).toBe(true);
  });
});
