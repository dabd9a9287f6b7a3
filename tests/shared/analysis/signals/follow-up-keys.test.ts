// Verdict keys name the words of the anchor's sentence, so verdicts survive a change to the sentence
// splitter (bullets skipped, a sentence cut in two), and real stories are keyed by a hash of their words.
import { describe, it, expect } from 'vitest';
import { followUpKey, keyWords, locateKey } from '#shared/analysis/signals/follow-up-keys';
import { scoreFollowUps, type JudgedStory } from '#shared/analysis/signals/evaluate-follow-ups';
import type { FollowUp } from '#shared/analysis/signals/follow-ups';
import { storySentences } from '#shared/analysis/signals/story-sentences';

const story = {
  situation: 'Checkout pages took four seconds to load. Support tickets doubled.',
  task: '',
  action: '- I moved pricing into a cache; the cart read it from there. We load-tested it at 3x peak.',
  result: 'Page loads fell from 4 s to 900 ms within a month.',
  reflection: '',
};

const ask = (kind: FollowUp['kind'], section: 'action' | 'result' | 'situation', start: number, end = start + 5) =>
  ({ question: `q ${kind} ${start}`, why: '', kind, anchor: { section, start, end } }) as FollowUp;

describe('follow-up verdict keys', () => {
  it('files a question under its kind, section and the words of its sentence, as text or as a hash', () => {
    const sentences = storySentences(story);
    const at = story.action.indexOf('We load');
    expect(followUpKey(ask('we', 'action', at + 3), sentences, story)).toBe('we action: We load-tested it at 3x peak.');
    const hashed = followUpKey(ask('we', 'action', at + 3), sentences, story, 'hash');
    expect(hashed).toMatch(/^we action: #[0-9a-f]{8}\/7$/);
    expect(hashed).not.toContain('load');
    // Both forms find the same words.
    const a = locateKey(story, 'we action: We load-tested it at 3x peak.');
    expect(locateKey(story, hashed)).toEqual(a);
    expect(story.action.slice(a.firstWord, a.end)).toBe('We load-tested it at 3x peak');
  });

  it('compares words only: punctuation, case and spacing may differ', () => {
    const span = locateKey(story, 'decision action: i moved pricing into a cache -- the cart read it from there');
    expect(span.firstWord).toBe(story.action.indexOf('I moved'));
    // Leading punctuation (here the bullet) belongs to the words that follow it.
    expect(span.start).toBe(0);
  });

  it('judges a question whose anchor moved inside the sentence (a splitter that cuts it in two)', () => {
    const judged: JudgedStory = {
      id: 'k01',
      story,
      verdicts: { 'decision action: I moved pricing into a cache; the cart read it from there.': 'right' },
      must: ['metric result: 4 s to'],
    };
    const second = story.action.indexOf('the cart');
    const moved = scoreFollowUps([judged], () => [ask('decision', 'action', second), ask('metric', 'result', 16, 40)]);
    expect(moved.counts.right).toBe(1);
    expect(moved.missed).toEqual([]);
    expect(moved.lost).toEqual([]);
    // The same kind on the next sentence, or another kind on this one, has no verdict.
    const other = scoreFollowUps([judged], () => [
      ask('decision', 'action', story.action.indexOf('We load')),
      ask('we', 'action', second),
    ]);
    expect(other.judged).toBe(0);
    expect(other.unjudged).toEqual([
      `k01 decision action: We load-tested it at 3x peak. ⇒ q decision ${story.action.indexOf('We load')}`,
      `k01 we action: I moved pricing into a cache; the cart read it from there. ⇒ q we ${second}`,
    ]);
    expect(other.lost).toEqual(['k01 decision action: I moved pricing into a cache; the cart read it from there.']);
    expect(other.missed).toEqual(['k01 metric result: 4 s to']);
  });

  it('says why a key cannot be used: malformed, not in the story, found twice, overlapping another', () => {
    expect(() => locateKey(story, 'metric result 4 s')).toThrow(/Bad verdict key/);
    expect(() => locateKey(story, 'metric outcome: fell')).toThrow(/Bad verdict key/);
    expect(() => locateKey(story, 'metric result: rose from 4 s')).toThrow(/not in the story's result/);
    expect(() => locateKey({ ...story, result: 'It fell. It fell.' }, 'metric result: It fell.')).toThrow(/2 times/);
    const overlapping: JudgedStory = {
      id: 'k02',
      story,
      verdicts: { 'metric result: Page loads fell': 'right', 'metric result: fell from 4 s': 'not-metric' },
      must: [],
    };
    expect(() => scoreFollowUps([overlapping], () => [])).toThrow(/k02: verdict keys .* overlapping words/);
  });

  it('names the words between two offsets the way a key does', () => {
    expect(keyWords(story, 'situation', 0, 41, 'text')).toBe('Checkout pages took four seconds to load.');
    expect(keyWords(story, 'situation', 0, 41, 'hash')).toMatch(/^#[0-9a-f]{8}\/7$/);
  });
});
