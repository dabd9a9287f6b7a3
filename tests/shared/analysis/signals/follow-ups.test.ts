// followUps: 5–8 questions from the story's own words, deterministic, no duplicates, each quoting it.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { followUps, type StoryText } from '../../../../shared/analysis/index';

const EMPTY: StoryText = { situation: '', task: '', action: '', result: '', reflection: '' };
const here = fileURLToPath(new URL('.', import.meta.url));
const own: (StoryText & { id: string })[] = JSON.parse(
  readFileSync(resolve(here, '../../../fixtures/signals/own-stories.json'), 'utf8'),
).stories;

const RICH: StoryText = {
  title: 'Fraud scoring under 50 ms',
  situation: 'Our fraud model scored 3 million card payments a day in the checkout path.',
  task: 'Checkout had a hard latency budget of 50 ms, and the model took 80 ms.',
  action:
    'I chose a smaller model over caching scores, because cached scores went stale. We quantized it to int8. The payments lead disagreed with shipping before the holidays; I showed him the shadow results.',
  result:
    'We launched in two weeks and p99 latency fell from 80 ms to 35 ms. Chargebacks dropped by 12% over the next quarter. A bad deploy in January broke scoring for an hour.',
  reflection: '',
};

const squash = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ');
function quotes(question: string): string[] {
  return [...question.matchAll(/“([^”]+)”/g)].map((m) => m[1].replace(/…$/, ''));
}

describe('followUps', () => {
  it('asks five to eight distinct questions about a rich story, each quoting it', () => {
    const list = followUps(RICH);
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list.length).toBeLessThanOrEqual(8);
    expect(new Set(list.map((f) => f.question)).size).toBe(list.length);
    const whole = squash(Object.values(RICH).join(' '));
    for (const f of list) {
      expect(quotes(f.question).length, f.question).toBeGreaterThan(0);
      for (const q of quotes(f.question)) expect(whole, f.question).toContain(q);
      expect(f.why.length).toBeGreaterThan(10);
    }
  });

  it('anchors each question on the words it quotes', () => {
    for (const f of followUps(RICH)) {
      const anchored = squash((RICH[f.anchor.section] as string).slice(f.anchor.start, f.anchor.end));
      const [q] = quotes(f.question);
      if (q === RICH.title) continue; // the closing probe names the title and points at the Result
      expect(anchored.startsWith(q) || q.startsWith(anchored), `${f.question} → ${anchored}`).toBe(true);
    }
  });

  it('covers the probes the story invites: the numbers, the decision, "we", launch, the failure, the conflict', () => {
    const text = followUps(RICH)
      .map((f) => f.question)
      .join('\n');
    expect(text).toMatch(/“[^”]*80 ms to 35 ms[^”]*”: how was that measured/);
    expect(text).toMatch(/“I chose a smaller model over caching scores[^”]*”: what alternatives/);
    expect(text).toMatch(/which part of that was yours/);
    expect(text).toMatch(/“[^”]*broke scoring[^”]*”: what changed afterwards/);
    expect(text).toMatch(/disagreed[^”]*”: what was the other side's strongest argument/);
  });

  it('is deterministic', () => {
    expect(followUps(RICH)).toEqual(followUps({ ...RICH }));
  });

  it('never asks how something was measured when the story has no numbers', () => {
    const noNumbers: StoryText = {
      ...EMPTY,
      title: 'Search rewrite',
      situation: 'Search was slow and our team owned it.',
      action:
        'We rewrote the ranking service in Go. I decided to drop the legacy scorer. I disagreed with the platform team about caching.',
      result: 'We shipped it and search became much faster.',
    };
    const list = followUps(noNumbers);
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const f of list) expect(f.question).not.toMatch(/measur|baseline/i);
  });

  it('asks fewer than five rather than filling with generic questions when the story is thin', () => {
    const thin = followUps({ ...EMPTY, action: 'I wrote some code.' });
    expect(thin.length).toBeLessThan(5);
    for (const f of thin) expect(quotes(f.question).length).toBeGreaterThan(0);
    expect(followUps(EMPTY)).toEqual([]);
  });

  it('keeps its promises on every story we wrote', () => {
    for (const s of own) {
      const list = followUps({ ...s, title: s.id });
      expect(list.length, s.id).toBeLessThanOrEqual(8);
      expect(new Set(list.map((f) => f.question.toLowerCase())).size, s.id).toBe(list.length);
      const hasNumber = /\d/.test(s.action + s.result);
      if (!hasNumber) for (const f of list) expect(f.question).not.toMatch(/measured/);
    }
  });
});
