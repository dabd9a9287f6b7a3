import { describe, expect, it } from 'vitest';
import { extractNumberClaims } from '#shared/loops/number-claims';
import { findNumberConflicts } from '#shared/loops/number-conflicts';
import { makeStory } from '../coverage/make-story';

const pairs = (text: string) => extractNumberClaims(text).map((c) => [c.measure, c.unit, c.value]);

describe('extractNumberClaims', () => {
  it('ties each number to its measure', () => {
    expect(pairs('Reduced latency by 40% and cost by 30%.')).toEqual([
      ['latency', 'percent', 40],
      ['cost', 'percent', 30],
    ]);
    expect(pairs('We cut p99 latency from 200ms to 120ms.')).toEqual([
      ['p99 latency', 'time', 0.2],
      ['p99 latency', 'time', 0.12],
    ]);
    expect(pairs('That gave 2x throughput.')).toEqual([['throughput', 'multiple', 2]]);
    expect(pairs('Training time fell from 9 hours to 3 hours.')).toEqual([
      ['training time', 'time', 32400],
      ['training time', 'time', 10800],
    ]);
    expect(pairs('Saved $1.2M in cloud cost.')).toEqual([['cost', 'money', 1_200_000]]);
  });

  it('reads a sentence that contains an abbreviation whole, and treats a semicolon as a break', () => {
    expect(pairs('Our p99 latency (approx. 200ms) fell to 120ms.')).toEqual([
      ['p99 latency', 'time', 0.2],
      ['p99 latency', 'time', 0.12],
    ]);
    expect(pairs('Cut latency by 40%; and the cost went down by 30%.')).toEqual([
      ['latency', 'percent', 40],
      ['cost', 'percent', 30],
    ]);
  });

  it('skips years, versions and numbers far from any measure', () => {
    expect(pairs('In 2021 we moved the latency service to Python 3.')).toEqual([]);
    expect(pairs('I led 4 engineers for 6 months on a new ranking system for recall.')).toEqual([]);
  });
});

describe('findNumberConflicts', () => {
  it('compares a bare measure with a qualified one, but not two different qualifiers', () => {
    const p99 = makeStory({ project: 'Ranking', result: 'We cut p99 latency by 40%.' });
    const bare = makeStory({ project: 'Ranking', result: 'The relaunch reduced latency by 60%.' });
    const p50 = makeStory({ project: 'Ranking', result: 'Median latency fell by 25%.' });
    const agrees = makeStory({ project: 'Ranking', result: 'Latency fell 40% overall.' });
    expect(findNumberConflicts([p99, bare]).map((c) => [c.measure, c.stories.map((s) => s.values[0])])).toEqual([
      ['latency', ['40%', '60%']],
    ]);
    expect(findNumberConflicts([p99, p50])).toEqual([]);
    expect(findNumberConflicts([p99, agrees])).toEqual([]);
  });

  it('finds a planted conflict between two stories about the same project', () => {
    const a = makeStory({ project: 'Search ranking v2', result: 'We cut latency by 40% for all users.' });
    const b = makeStory({
      project: 'search ranking V2',
      action: 'I rewrote the feature store client.',
      result: 'Latency dropped 60% after the rewrite.',
    });
    const conflicts = findNumberConflicts([a, b]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ measure: 'latency', unit: 'percent' });
    expect(conflicts[0].stories.map((s) => s.values)).toEqual([['40%'], ['60%']]);
  });

  it('stays quiet on consistent stories, different measures, different projects and missing projects', () => {
    const base = makeStory({
      project: 'Fraud model',
      result: 'p99 latency went from 200ms to 120ms and recall rose to 91%.',
    });
    const sameNumbers = makeStory({ project: 'Fraud model', result: 'We brought p99 latency to 120 ms.' });
    const otherMeasure = makeStory({ project: 'Fraud model', result: 'Precision reached 85% and cost fell 30%.' });
    const otherProject = makeStory({ project: 'Ads CTR', result: 'p99 latency fell to 80ms.' });
    const noProject = makeStory({ project: '', result: 'p99 latency fell to 60ms.' });
    const noProject2 = makeStory({ project: '', result: 'p99 latency fell to 90ms.' });
    expect(findNumberConflicts([base, sameNumbers, otherMeasure, otherProject, noProject, noProject2])).toEqual([]);
  });

  it('compares normalized units: 0.12 s equals 120ms, $2M equals $2,000,000', () => {
    const a = makeStory({ project: 'P', result: 'Latency is now 0.12 s; saved $2M in cost.' });
    const b = makeStory({ project: 'P', result: 'Latency is now 120ms; cost down $2,000,000.' });
    expect(findNumberConflicts([a, b])).toEqual([]);
    const c = makeStory({ project: 'P', result: 'Latency is now 150ms.' });
    expect(findNumberConflicts([a, c])).toHaveLength(1);
  });
});
