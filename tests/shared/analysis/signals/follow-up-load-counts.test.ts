// Session 20: "what broke first as it grew" is asked of load a system carries, not of the workload of a team of
// people ("our support team of 14 agents got about 3,000 tickets a day"), of a count a following clause says is
// mostly harm ("about 1,200 alerts a day, almost all of them false alarms"), or of a selection told in a relative
// clause ("the ten items that were mixed up most"). Sentences written for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const scaleOf = (situation: string) =>
  followUps({ ...EMPTY, situation, action: 'I traced it and fixed it.' }).filter((f) => f.kind === 'scale');

describe("a team of people's workload is no load to grow", () => {
  const workloads: [string, string][] = [
    ['support', 'Our billing support team of 9 agents handled roughly 2,500 emails a week after the migration.'],
    ['nurse', 'The two night nurses on my ward gave about 180 medication doses a shift.'],
    ['teacher', 'Our maths department of six teachers marked about 1,400 mock papers each term.'],
    ['IT', 'After the merger the service desk staff logged around 700 access requests a month.'],
    ['recruiting', 'Our recruiters screened about 900 applications a week.'],
    ['sales', 'The inside sales reps made about 4,000 calls a week.'],
  ];
  it.each(workloads)('%s', (_voice, situation) => {
    expect(scaleOf(situation)).toEqual([]);
  });

  it('load a system carries is still asked about, whoever owns it', () => {
    expect(scaleOf("The platform team's gateway handled about 40,000 requests a second.")).toHaveLength(1);
    expect(scaleOf('Our claims system processed about 60,000 claims a day.')).toHaveLength(1);
    expect(scaleOf('We served about 30,000 stores a day.')).toHaveLength(1);
  });
});

describe('a count that the next clause says is mostly harm is the size of a problem', () => {
  const harms: [string, string][] = [
    ['nurse', 'The bedside monitors raised about 900 alarms a shift, most of them false.'],
    ['ML', 'Our spam filter flagged about 20,000 messages a day, nearly half of them wrongly.'],
    ['SRE', 'The scheduler started about 5,000 jobs a night, roughly a third of which failed before dawn.'],
    ['support', 'The chatbot opened around 3,000 conversations a day, many of them complaints about refunds.'],
  ];
  it.each(harms)('%s', (_voice, situation) => {
    expect(scaleOf(situation)).toEqual([]);
  });
  it('a count whose next clause is no harm is still load', () => {
    expect(scaleOf('The API served about 8,000 requests a second, most of them from the mobile app.')).toHaveLength(1);
  });
});

describe('a count picked out by a superlative is no load', () => {
  const picks = [
    'Cached the 50 pages that were requested most.',
    'Added warnings to the 12 items that were returned most often.',
  ];
  it.each(picks)('%s', (action) => {
    expect(followUps({ ...EMPTY, action }).filter((f) => f.kind === 'scale')).toEqual([]);
  });
  it('a count of the same things with no superlative is still load', () => {
    const action = 'Cached the 50,000 pages that were requested each minute.';
    expect(followUps({ ...EMPTY, action }).filter((f) => f.kind === 'scale')).toHaveLength(1);
  });
});
