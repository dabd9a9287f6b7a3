// UI review s19, error 6: a count of things going wrong is no scale to ask "what broke as it grew" about, and a
// quote of a long clause starts where a clause or a noun phrase starts, not mid-phrase.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const story = (parts: Partial<StoryText>): StoryText => ({ ...EMPTY, ...parts });

describe('a count of things going wrong is no scale to grow', () => {
  const scaleOf = (s: StoryText) => followUps(s).filter((f) => f.kind === 'scale');
  const harms: [string, Partial<StoryText>][] = [
    [
      'ML',
      {
        situation:
          'After the app update the fraud model began declining good orders, roughly 1,100 a week, and nobody noticed.',
      },
    ],
    ['nurse', { situation: 'The bedside monitors on our ward raised about 300 false alarms a shift.' }],
    ['support', { situation: 'Customers sent in around 2,000 complaints a month about late refunds.' }],
    ['warehouse', { situation: 'In peak season about 250 parcels a day were misrouted to the wrong depot.' }],
    ['SRE', { situation: 'After the upgrade the scheduler logged some 40,000 failed jobs a night.' }],
  ];
  it.each(harms)('%s', (_voice, parts) => {
    expect(scaleOf(story({ ...parts, action: 'I traced it and fixed it.' }))).toEqual([]);
  });

  it('load on a system is still asked about', () => {
    const s = story({
      situation: 'The pipeline ingests about 2 billion events a day from 40 regions.',
      action: 'I traced it and fixed it.',
    });
    expect(scaleOf(s).length).toBe(1);
  });
});

describe('a quote of a long clause starts where a clause or a phrase starts', () => {
  const quoteOf = (action: string, kind: string) => {
    const f = followUps(story({ action })).find((x) => x.kind === kind);
    return f?.question.match(/“([^”]+)”/)?.[1];
  };
  it('after the last conjunction before the cue', () => {
    expect(
      quoteOf(
        'I lowered the cut-off for the mobile segment only and asked the risk analysts to review a sample of the blocked payments.',
        'partner',
      ),
    ).toMatch(/^asked the risk analysts/);
    expect(
      quoteOf(
        'Rewrote the intake checklist for the night shift on ward six and then asked the pharmacy team to sign off every change.',
        'partner',
      ),
    ).toMatch(/^asked the pharmacy team/);
  });
  it('at a noun phrase when no conjunction is within reach', () => {
    const f = followUps(
      story({
        situation:
          'For the whole of the spring term the new booking system at our school handled 3,000 bookings a week.',
      }),
    ).find((x) => x.kind === 'scale');
    // Not "system at our school handled…" (mid-phrase): from a determiner, and the figure still shown.
    expect(f?.question).toMatch(/^At “(?:the|our)\b[^”]*3,000/);
  });
});
