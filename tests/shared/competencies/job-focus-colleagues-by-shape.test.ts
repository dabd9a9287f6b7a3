// Colleagues of any trade led, trained or grown, told by the noun's shape or context rather than a list of trades; a
// group counted whatever it is called; people who report to the hire. Each with the near misses that must stay as they
// were. The lines are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/competencies/job-focus/tokenize';
import { askedInDuty, generic, ml } from './asked-in-duty';

const roles = (text: string) =>
  tokenize(text)
    .filter((t) => t.role)
    .map((t) => t.text);

describe('a word that names colleagues by shape or context', () => {
  it('is a plural agent noun of a trade, a noun after a people adjective, or a plural on a team', () => {
    expect(roles('Supervise the electricians, the hygienists and two midwives; brief the foremen.')).toEqual([
      'electricians',
      'hygienists',
      'midwives',
      'foremen',
    ]);
    expect(roles('Bring on the junior stylists and our two young baristas.')).toEqual(['stylists', 'baristas']);
    expect(roles('Pair with the two SREs on the team through the winter.')).toEqual(['SREs']);
  });

  it('is no list, verb or statistic of that shape, nor a thing on a team plan or a young firm', () => {
    expect(roles('Keep the checklists and playlists; the risk persists; report the medians.')).toEqual([]);
    expect(roles('Move the users on the team plan. Grow our young company. Junior to mid level.')).toEqual([]);
  });
});

describe('colleagues led, trained or grown', () => {
  it('reads leading or supervising them as leadership, whatever the trade', () => {
    expect(askedInDuty('Supervise two Band 6 dietitians and a dietetic assistant', generic)).toContain(
      'generic.technical-leadership',
    );
    expect(askedInDuty('Lead the three SREs on the team', ml)).toContain('ml.leadership');
  });

  it('reads training or growing them as mentoring', () => {
    expect(askedInDuty('Train our two young commis into proper chefs', generic)).toContain('generic.mentoring');
    expect(askedInDuty('Grow the two SREs on the team through pairing and review', ml)).toContain('ml.mentoring');
    expect(askedInDuty('Develop the receptionists so they can run the front desk', generic)).toContain(
      'generic.mentoring',
    );
  });

  it('reads no mentoring in things trained or grown, nor in served people', () => {
    expect(askedInDuty('Train the classifiers in the unit every night', ml)).not.toContain('ml.mentoring');
    expect(askedInDuty('Develop the Bayesian models for pricing', ml)).not.toContain('ml.mentoring');
    expect(askedInDuty('Grow the number of merchants who sell twice a month', generic)).not.toContain(
      'generic.mentoring',
    );
    expect(askedInDuty('Grow our young company into a household name', generic)).not.toContain('generic.mentoring');
  });
});

describe('a group counted whatever it is called', () => {
  it('reads leading it as leadership', () => {
    expect(askedInDuty('Lead a brigade of 8', generic)).toContain('generic.technical-leadership');
    expect(askedInDuty('Head a crew of twelve on the night shift', ml)).toContain('ml.leadership');
  });

  it('reads no leadership in a sum managed or a count that names its things', () => {
    expect(askedInDuty('Manage a budget of 400', generic)).not.toContain('generic.technical-leadership');
    expect(askedInDuty('Lead a review of 40 suppliers each quarter', generic)).not.toContain(
      'generic.technical-leadership',
    );
  });
});

describe('people who report to the hire', () => {
  it('is leadership', () => {
    expect(askedInDuty('Three team leaders reporting to you, and forty staff across two shifts', ml)).toContain(
      'ml.leadership',
    );
    expect(askedInDuty('Coach the supervisors who report to you', generic)).toContain('generic.technical-leadership');
  });

  it('is not when the reports are bugs, or the teams do not report to you', () => {
    expect(askedInDuty('Fix the bugs users report to you', generic)).not.toContain('generic.technical-leadership');
    expect(askedInDuty("Get squads that don't report to you to adopt it", generic)).not.toContain(
      'generic.technical-leadership',
    );
  });
});
