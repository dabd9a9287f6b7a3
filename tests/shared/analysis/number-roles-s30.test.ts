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
