// Team make-up (RUBRIC.md: team size is a magnitude of the context; RUBRIC-NOTES "Team sizes under a
// leading verb"): people under the writer and the counts of a "Team:" line size the job, never measure
// the work. Sentences written for this file; each shape has the near misses that keep a metric.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const flags = (text: string) => {
  const f = sentenceFacts(text);
  return { claim: f.isClaim, metric: f.hasMetric, scale: f.hasScale };
};

describe('people told by their relation to the writer', () => {
  it('are the team the writer leads: scale, not a metric', () => {
    expect(flags('Night supervisor at the parcel hub, 28 sorters under me')).toEqual({
      claim: true,
      metric: false,
      scale: true,
    });
    expect(flags('- fitted out a 30-room hotel, 4 electricians under me').metric).toBe(false);
    expect(flags('Ran the returns desk with 9 agents reporting directly to me').scale).toBe(true);
    expect(flags('Kitchen lead, 6 cooks under my supervision').scale).toBe(true);
  });

  it('leaves people the writer hired, trained or grew as a measure', () => {
    expect(flags('Trained 4 apprentices under the new scheme').metric).toBe(true);
    expect(flags('Hired 6 engineers reporting to the platform lead').metric).toBe(true);
    // A result told beside "under me" keeps its figure.
    expect(flags('Cut overtime by 30% under my management').metric).toBe(true);
  });
});

describe('a line labeled as the team', () => {
  it('lists its make-up: scale, no metric, no claim', () => {
    expect(flags('Team: 4 data engineers, 1 analyst, shared designer')).toEqual({
      claim: false,
      metric: false,
      scale: true,
    });
    expect(flags('Shop team: three part-time, students in summer').metric).toBe(false);
    expect(flags('Support team headcount: 12 (plan allows 15)').metric).toBe(false);
  });

  it('leaves an act or a change after the label as a measure', () => {
    expect(flags('Team: hired 5 engineers in one quarter').metric).toBe(true);
    expect(flags('Team: grew from 3 to 11 engineers').metric).toBe(true);
    // A label that names no team is no make-up line.
    expect(flags('Impact: 4 teams adopted the template').metric).toBe(true);
  });
});

describe('bare counts after a title (RUBRIC-NOTES, session 31)', () => {
  it('size the post: scale, no claim, whatever the separator', () => {
    expect(flags('Product lead, Payments (5 engineers, 2 designers)')).toEqual({
      claim: false,
      metric: false,
      scale: true,
    });
    expect(flags('Practice manager — 3 clinics, 28 staff')).toEqual({ claim: false, metric: false, scale: true });
  });

  it('are a remit when told as one: a group the post runs, people under the writer, an act', () => {
    expect(flags('Duty Manager, crew of 14, two vans').claim).toBe(true);
    expect(flags('Led the payments squad (5 engineers, 2 designers)').claim).toBe(true);
  });
});
