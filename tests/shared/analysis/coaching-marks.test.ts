import { describe, it, expect } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

/** The marks of one sentence as "rule:marked text". */
function marks(text: string, section: StorySection = 'result'): string[] {
  return analyzeText(text, { section }).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
}

describe('before value with no after value', () => {
  it('marks "from X" after a change verb when nothing gives the new value', () => {
    expect(marks('I cut the nightly retraining job from 9 hours.', 'action')).toEqual([
      'before-without-after:from 9 hours',
    ]);
    expect(marks('Reduced deploy time from 45 minutes.')).toEqual(['before-without-after:from 45 minutes']);
  });

  it('leaves complete changes and sources alone', () => {
    expect(marks('I cut the nightly retraining job from 9 hours to 40 minutes.', 'action')).toEqual([]);
    expect(marks('The job now takes 40 minutes, down from 9 hours.')).toEqual([]);
    expect(marks('I halved the job from 9 hours.', 'action')).toEqual([]);
    expect(marks('I gathered feedback from 5 teams before the redesign.', 'action')).not.toContainEqual(
      expect.stringMatching(/^before-without-after/),
    );
  });

  it('is not advice for the setup or a goal', () => {
    expect(marks('Builds had grown from 20 minutes over the year.', 'situation')).toEqual([]);
  });
});

describe('relative figure with no base or period', () => {
  it('asks "of what, over what time?" for a bare percentage change', () => {
    expect(marks('I cut p99 latency by 20%.', 'action')).toEqual(['relative-without-base:20%']);
    expect(marks('A 35% reduction in false alerts.')).toEqual(['relative-without-base:35%']);
  });

  it('is quiet when the base, the absolute values or the period are given', () => {
    expect(marks('I cut p99 latency by 20%, from 500 ms to 400 ms.', 'action')).toEqual([]);
    expect(marks('Cloud spend fell 30% in the first quarter.')).toEqual([]);
    expect(marks('Cloud spend fell 30% ($40K a month).')).toEqual([]);
    expect(marks('Recall went from 80% to 91%.')).toEqual([]);
  });

  it('does not read shares and levels as changes', () => {
    expect(marks('The model reached 94% precision on the holdout set.')).not.toContainEqual(
      expect.stringMatching(/^relative-without-base/),
    );
    expect(marks('Profiling showed 90% of the time went to JSON parsing.', 'action')).toEqual([]);
  });
});

describe('a figure that cannot be right', () => {
  it('marks a reduction by more than 100%', () => {
    expect(marks('Reduced inference latency by 150%.')).toEqual(['implausible-figure:150%']);
  });

  it('marks a bounded rate above 100%', () => {
    expect(marks('The classifier reached an accuracy of 120% on the test set.')).toEqual(['implausible-figure:120%']);
  });

  it('marks a large relative jump in uptime or availability', () => {
    expect(marks('Improved service uptime by 25% with better alerting.')).toEqual(['implausible-figure:25%']);
  });

  it('accepts what is possible', () => {
    expect(marks('Uptime went from 99.5% to 99.95% over two quarters.')).toEqual([]);
    expect(marks('Throughput rose 150% after the sharding work in Q3.')).toEqual([]);
    expect(marks('Improved recall by 25% in the first month.')).toEqual([]);
    expect(marks('Cut manual review by 100% in the first month: it is fully automated.')).toEqual([]);
  });

  it('says why the figure cannot be right', () => {
    const [f] = analyzeText('Improved service uptime by 25% with better alerting.', { section: 'result' }).findings;
    expect(f.message).toMatch(/Uptime up by 25%/);
    expect(f.severity).toBe('warning');
  });
});
