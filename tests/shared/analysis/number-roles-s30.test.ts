// Number roles of session 30 (RUBRIC.md configuration values; RUBRIC-NOTES targets and thresholds): the
// threshold a rule picks items by, told without a comparison word or through "every X of a Y", and the
// figure in the condition of a standing rule the writer set up. Sentences written for this file; each
// shape has its near miss that keeps its metric.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'action' | 'result' | 'situation';
const metric = (text: string, section?: Section) => sentenceFacts(text, section).hasMetric;

describe('a count in a relative clause on items picked one by one', () => {
  it('is the threshold of the pick', () => {
    expect(metric('I rang every tenant who had missed three rent payments in a row.', 'action')).toBe(false);
    expect(metric('Emailed each customer who had returned two parcels that month')).toBe(false);
    expect(metric('I met every carer of a resident who had fallen twice that winter.', 'action')).toBe(false);
  });

  it('is a floor when the count is open-ended', () => {
    expect(metric('I sent a note to parents of pupils who missed three or more lessons.', 'action')).toBe(false);
    expect(metric('Visited every owner of a van that failed two or more inspections', 'action')).toBe(false);
  });

  it('leaves the items of the story and what the writer reached as a measure', () => {
    // A bare plural with no open end may be the story's own people: the count keeps its role.
    expect(metric('I trained the analysts who wrote 40 reports that quarter.', 'action')).toBe(true);
    expect(metric('The crew that I trained fitted 300 meters that month.', 'result')).toBe(true);
    // The pick's own count is set aside, not the work after it.
    expect(
      metric('I phoned the parents of pupils who missed two lessons, then ran 14 catch-up sessions.', 'action'),
    ).toBe(true);
  });
});

describe('a share that picks the owner of an item', () => {
  it('is the threshold of the pick', () => {
    expect(metric('I wrote to every parent of a child under 90% attendance.', 'action')).toBe(false);
    expect(metric('Called any owner of an account over £2,000 in arrears')).toBe(false);
  });

  it('leaves a share reached as a measure', () => {
    expect(metric('Attendance of the children in my group rose to 96%.', 'result')).toBe(true);
    expect(metric('Brought the share of pupils under 90% attendance down to 4%')).toBe(true);
  });
});

describe('the condition of a standing rule', () => {
  it('holds a threshold, whatever the figure', () => {
    expect(metric('I added a nightly job that alerts us if the file shrinks by more than 10%.', 'action')).toBe(false);
    expect(metric('Wrote a pre-merge check which fails when the bundle grows 1.5x')).toBe(false);
    expect(metric('I set up a rule that blocks the payout whenever it is over £5,000.', 'action')).toBe(false);
  });

  it('leaves what happened when something occurred as a measure', () => {
    expect(metric('I shipped a patch that cut timeouts by 60% when traffic peaked.', 'action')).toBe(true);
    expect(metric('The job now finishes 3x faster when the cache is warm.', 'result')).toBe(true);
    // A past verb reports what happened under the condition: no standing rule.
    expect(metric('Added a cache that cut page loads by 40% if the user was signed in.', 'action')).toBe(true);
  });
});

describe('a remit held up to now', () => {
  it('is the span of a post, no metric', () => {
    expect(metric("I've run the Saturday youth league for five years.")).toBe(false);
    expect(metric('Have been teaching evening ESOL classes for about three years now')).toBe(false);
    expect(metric('She has managed the hospice shop for nearly 8 years.', 'situation')).toBe(false);
  });

  it('leaves the time a piece of work took, and a count of none over the span, as a measure', () => {
    expect(metric('Ran the stocktake in two days instead of five.', 'result')).toBe(true);
    expect(metric('I managed the cutover for three weekends in a row and cleared 900 tickets.', 'action')).toBe(true);
    expect(metric("We've run the new rota for three months without a single missed handover.", 'result')).toBe(true);
  });
});

describe('a share a test was run on', () => {
  it('is the test design: an A/B by its letters, a share drawn at random', () => {
    expect(metric('Ran the new banner as a one-week A/B on 20% of visitors.', 'action')).toBe(false);
    expect(metric('I paused the reminders for a random 10% of members as a control.', 'action')).toBe(false);
  });

  it('leaves a share the test moved as a measure', () => {
    expect(metric('The A/B lifted sign-ups on mobile by 12%.', 'result')).toBe(true);
    expect(metric('The reminders cut no-shows for 30% of members.', 'result')).toBe(true);
  });
});

describe('peers of the writer’s unit that took the work up', () => {
  it('are the base it reached: a metric and a size', () => {
    const other = sentenceFacts('The other three branches adopted the rota template in May.', 'result');
    expect([other.hasMetric, other.hasScale]).toEqual([true, true]);
    const now = sentenceFacts('Four other clinics now use the same checklist.', 'result');
    expect([now.hasMetric, now.hasScale]).toEqual([true, true]);
  });

  it('leaves the story’s own people and one-off responses unsized', () => {
    expect(sentenceFacts('The other two porters moved to the day shift.', 'result').hasScale).toBe(false);
    expect(sentenceFacts('Two other schools signed up for the trial week.', 'result').hasScale).toBe(false);
    // No peers named: a counted subject that took the work up stays a metric only.
    expect(sentenceFacts('Three wards adopted the checklist.', 'result').hasScale).toBe(false);
  });
});

describe('the writer’s own load on a line only they act on', () => {
  const flags = (text: string, section?: Section) => {
    const f = sentenceFacts(text, section);
    return [f.hasMetric, f.hasScale];
  };

  it('is a metric, not a size', () => {
    expect(flags('Answered tenant queries by phone, around 40 per shift')).toEqual([true, false]);
    expect(flags('Booked repairs for 15–20 council flats a week')).toEqual([true, false]);
    expect(flags('avg 12 home visits/day')).toEqual([true, false]);
  });

  it('leaves people, frequencies, a thing’s size and large volumes as they were', () => {
    // People served per shift are the job's context.
    expect(flags('Covered the acute ward, up to 8 patients per shift')[1]).toBe(true);
    // A count that names who was sent after the comma, a frequency, a size in parentheses.
    expect(flags('Ran the weekend rota for the depot, 2–3 times a month')[1]).toBe(false);
    expect(flags('Owned the payables ledger (about 600 invoices a month)')[0]).toBe(false);
    // A place's volume: an -ing verb governs it, or it is more than one pair of hands takes.
    expect(flags('Ran a pharmacy dispensing around 300 items a day')).toEqual([false, true]);
    expect(flags('Coordinated the sorting hub, about 4,000 parcels a day')).toEqual([false, true]);
  });
});
