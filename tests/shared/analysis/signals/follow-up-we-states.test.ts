// Session 20: "which part of that was yours" is asked of "we" doing something, not of a level kept beside a result
// ("…, while we kept the same pick rate of 110 lines an hour") nor of "we" naming a thing by its use ("a contract for
// the 20 fields we used"), both `wrong-kind` on the ninth and tenth sets. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const weOf = (parts: Partial<StoryText>) => followUps({ ...EMPTY, ...parts }).filter((f) => f.kind === 'we');

describe('"we" with no deed to divide', () => {
  it.each([
    'No-shows fell from 14% to 9%, and we kept the same number of clinic slots.',
    'Refunds went out two days faster while we held the error rate under 0.5%.',
    'Checkout errors dropped by half, and we maintained p99 latency at about 300 ms.',
  ])('a level kept: %s', (result) => {
    expect(weOf({ result })).toEqual([]);
  });
  it.each([
    'Agreed with the vendor on a price cap for the 40 licences we used.',
    'Rewrote the export so finance got only the columns we needed.',
  ])('a thing named by its use: %s', (action) => {
    expect(weOf({ action })).toEqual([]);
  });
  it('a deed is still asked about', () => {
    expect(weOf({ action: 'We used Kafka to move the events off the request path.' })).toHaveLength(1);
    expect(weOf({ action: 'We kept the old report running for a month so finance could compare.' })).toHaveLength(1);
  });
});
