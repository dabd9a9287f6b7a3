// Session 20: a measured result is quoted with what it measures. A quote cut five words before the number
// ("the pilot stores rose by 4%", "their first week rose from 3% to 7%") drops its subject, so the question could be
// about anything (written-stories-9/-10, `generic`). Sentences written for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const metricQuote = (result: string) =>
  followUps({ ...EMPTY, action: 'I changed how it worked.', result })
    .find((f) => f.kind === 'metric')
    ?.question.match(/“([^”]+)”/)?.[1];

describe('a measured result is quoted with its subject', () => {
  const cases: [string, string, RegExp][] = [
    [
      'teacher',
      'The reading age of the pupils in my intervention group rose by 14 months over the year.',
      /^The reading age .*14 months/,
    ],
    [
      'sales',
      'Win rate on deals with a technical demo in the first call went from 18% to 27%.',
      /^Win rate .*18% to 27%/,
    ],
    [
      'support',
      'The share of chats resolved by the bot without an agent rose from 22% to 41%.',
      /^The share of chats .*22% to 41%/,
    ],
    [
      'ML',
      'Precision on the fraud class for orders from new accounts improved from 0.71 to 0.83.',
      /^Precision on .*0\.71 to 0\.83/,
    ],
    [
      'PM',
      'Weekly active users of the reporting feature among paying teams grew by 30%.',
      /^Weekly active users .*30%/,
    ],
    [
      'nurse',
      'Pressure injuries among patients on the two surgical wards fell by half within a quarter.',
      /^Pressure injuries .*half/,
    ],
  ];
  it.each(cases)('%s', (_voice, result, quote) => {
    expect(metricQuote(result)).toMatch(quote);
  });

  it('from the clause of its own inside a comma-less sentence', () => {
    expect(
      metricQuote('We moved the cache to the edge and the p99 latency of the product page fell from 800 ms to 240 ms.'),
    ).toMatch(/^the p99 latency of the product page fell from 800 ms to 240 ms/);
    expect(
      metricQuote(
        'The shared booking form we built for the three clinics allowed new referrals to be booked in half the time.',
      ),
    ).toMatch(/^new referrals to be booked in half the time/);
  });
});
