// Readiness counts the senior signals a story's competencies ask for: the Signals part, its reason,
// and that a story asking for none keeps the analyzer's text score. Stories written for this test.
import { describe, it, expect } from 'vitest';
import { analyzeStory } from '#shared/analysis/index';
import { storyReadiness, storyReport } from '#shared/analysis/story-readiness';
import type { Story } from '#shared/domain/schemas';
import { makeStory } from '../coverage/make-story';

const TEXT = {
  situation: 'Our checkout fraud model took 80 ms, and checkout had a hard latency budget of 50 ms.',
  task: 'I owned the model and had two weeks before the holiday freeze.',
  action:
    'I chose a smaller gradient-boosted model over caching scores because cached scores went stale within minutes. I walked the payments team through the numbers and they agreed to the plan.',
  result: 'We launched on time at 35 ms p99, and fraud losses fell 12% in the first quarter.',
  reflection: '',
};

const tagged = (competencies: string[], text: Partial<Story> = {}): Story =>
  makeStory({ ...TEXT, ...text, competencies });

describe('readiness counts signals', () => {
  it('keeps the text score for a story whose competencies ask for no signal', () => {
    const story = tagged([]);
    expect(storyReport(story).score).toEqual(analyzeStory(story).score);
    expect(storyReport(story).score.parts.map((p) => p.id)).not.toContain('signals');
  });

  it('adds a Signals part, scaled so the maxima still sum to 100 and the parts to the total', () => {
    const { score } = storyReport(tagged(['ml.tradeoffs']));
    const signals = score.parts.find((p) => p.id === 'signals')!;
    expect(signals).toMatchObject({ label: 'Senior signals', max: 15, points: 15 });
    expect(signals.reason).toBe('Shows 3 of the 3 signals its competencies ask for.');
    expect(score.parts.reduce((n, p) => n + p.max, 0)).toBe(100);
    expect(score.parts.reduce((n, p) => n + p.points, 0)).toBe(score.total);
  });

  it('costs points for a needed signal the story lacks, and names it', () => {
    // Ownership asks for ownership after launch and the writer's own call; this story has the call only.
    const shows = storyReadiness(tagged(['ml.tradeoffs']));
    const lacks = storyReport(tagged(['ml.production-reliability']));
    const part = lacks.score.parts.find((p) => p.id === 'signals')!;
    expect(part.points).toBe(0);
    expect(part.reason).toBe('Shows 0 of the 1 signal its competencies ask for; missing: ownership after launch.');
    expect(lacks.score.total).toBeLessThan(shows);
    // Adding what was asked for raises readiness.
    const fixed = tagged(['ml.production-reliability'], {
      result: `${TEXT.result} After launch I set up drift alerts and a weekly retraining job.`,
    });
    expect(storyReport(fixed).score.parts.find((p) => p.id === 'signals')!.points).toBe(15);
    expect(storyReadiness(fixed)).toBeGreaterThan(lacks.score.total);
  });

  it('gives half credit for a signal that is not clearly shown', () => {
    const story = tagged(['ml.production-reliability'], {
      result: 'We launched on time, and for a month I kept a close eye on the dashboards.',
    });
    const part = storyReport(story).score.parts.find((p) => p.id === 'signals')!;
    expect(part.points).toBe(8);
    expect(part.reason).toContain('not clearly shown: ownership after launch');
  });
});
