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
