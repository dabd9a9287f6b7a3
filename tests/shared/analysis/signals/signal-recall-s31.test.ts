// Session 31 (signals): classes read on the spent blind writers (fresh-stories-7, -10 … -23). Every sentence here was
// written for the test, in several voices (I and we, lower case, non-native English), and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 31: hyphenated operations words (findAll with hyphenated entries)', () => {
  it('reads "post-mortem" as the one-word "postmortem" is read', () => {
    expect(shows('I ran the post-mortem with the two engineers on call.', 'after-launch')).toBe(true);
    expect(shows('Wrote the post-mortem for the checkout outage.', 'after-launch')).toBe(true);
    expect(shows('we did a post-mortem the next morning and shared it.', 'after-launch')).toBe(true);
  });

  it('leaves hyphenated words that only start like an operations word unread', () => {
    expect(shows('I set up the post-sale survey for the shop.', 'after-launch')).toBe(false);
    expect(shows('Set up the page-level tracking for the new blog.', 'after-launch')).toBe(false);
  });
});

describe('session 31: the date a platform the work ran on goes away is a constraint (platform-end-dates.ts)', () => {
  it('reads a platform retired, out of support, shut down or handed back at a date', () => {
    expect(shows('The booking system sat on a database that was being retired at the end of May.', 'constraint')).toBe(
      true,
    );
    expect(shows('our reporting ran on an Oracle box going out of support in October.', 'constraint')).toBe(true);
    expect(shows('The carrier announced it would switch off its old tracking API on 1 September.', 'constraint')).toBe(
      true,
    );
    expect(shows('The hosting partner had agreed to hand the racks back by the end of Q2.', 'constraint')).toBe(true);
  });

  it('reads the work finished before the platform went', () => {
    expect(shows('Every school was moved in the summer, before the old server was switched off.', 'constraint')).toBe(
      true,
    );
  });

  it('leaves a platform out of support with no date, a person retiring and a switch-off done unread', () => {
    expect(shows('The old file server was out of support, so I replaced it.', 'constraint')).toBe(false);
    expect(shows('Our practice manager would retire in June.', 'constraint')).toBe(false);
    expect(shows('We shut down the old server in March.', 'constraint')).toBe(false);
    expect(shows('In May all the old terminals were switched off.', 'constraint')).toBe(false);
  });
});
