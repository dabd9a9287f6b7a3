import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';

const story = [
  'Our search index rebuilt nightly and often failed.',
  'I owned the indexing pipeline for a team of 6.',
  'I split the rebuild into 40 shards and added retries.',
  'I wrote a canary that compared results before each swap.',
  'Failures dropped from 9 a month to 1.',
].join(' ');

describe('incremental analysis with the sentence cache', () => {
  it('re-analyzes only the sentence a one-character edit touched', () => {
    const analyzer = createAnalyzer();
    const first = analyzer.analyzeText(story);
    expect(analyzer.stats.misses).toBe(5);

    const at = story.indexOf('canary') + 3; // "canary" → "canxary": same meaning, one sentence touched
    const edited = story.slice(0, at) + 'x' + story.slice(at);
    const again = analyzer.analyzeText(edited);
    expect(analyzer.stats.misses).toBe(6);
    expect(analyzer.stats.hits).toBe(4);

    // Offsets after the edit moved by one; flags are unchanged.
    expect(again.sentences.map((s) => s.start)).toEqual(
      first.sentences.map((s) => (s.start > at ? s.start + 1 : s.start)),
    );
    const flags = (s: { isClaim: boolean; hasMetric: boolean; hasScale: boolean; hasOutcome: boolean }) => [
      s.isClaim,
      s.hasMetric,
      s.hasScale,
      s.hasOutcome,
    ];
    expect(again.sentences.map(flags)).toEqual(first.sentences.map(flags));
  });

  it('gives the same result from the cache as from a fresh analysis', () => {
    const warm = createAnalyzer();
    warm.analyzeText(story, { section: 'result' });
    expect(warm.analyzeText(story, { section: 'result' })).toEqual(
      createAnalyzer().analyzeText(story, { section: 'result' }),
    );
  });

  it('keeps sections apart in the cache, because advice depends on the section', () => {
    const analyzer = createAnalyzer();
    const line = 'Built a new onboarding flow for partners.';
    expect(analyzer.analyzeText(line, { section: 'action' }).findings).toEqual([]);
    expect(analyzer.analyzeText(line, { section: 'result' }).findings.map((f) => f.rule)).toEqual(['vague-claim']);
  });

  it('caches a "he"/"she" sentence of a first-person field apart from the same words alone', () => {
    const analyzer = createAnalyzer();
    const line = 'She reviewed the schema changes on Fridays.';
    const field = `I rebuilt the deploy pipeline for our team. ${line} I cut release time from 3 hours to 20 minutes.`;
    const claimOf = (text: string) =>
      analyzer.analyzeText(text).sentences.find((s) => text.slice(s.start, s.end).startsWith('She'))?.isClaim;
    expect(claimOf(line)).toBe(true); // a bio line: the writer's own claim
    expect(claimOf(field)).toBe(false); // a colleague's act inside the writer's story
    expect(claimOf(line)).toBe(true);
    const misses = analyzer.stats.misses;
    const edited = field.replace('deploy', 'deplxoy');
    expect(claimOf(edited)).toBe(false);
    expect(analyzer.stats.misses - misses).toBe(1); // only the edited sentence; the "she" one came from the cache
  });

  it('stays bounded and does not cache huge sentences', () => {
    const analyzer = createAnalyzer({ cacheSize: 3, maxCachedLength: 100 });
    for (let i = 0; i < 10; i++) analyzer.analyzeText(`Shipped release ${i}.`);
    analyzer.analyzeText(`Shipped release 0.`);
    expect(analyzer.stats.hits).toBe(0); // evicted long ago
    const huge = `Built ${'very '.repeat(50)}big things.`;
    analyzer.analyzeText(huge);
    analyzer.analyzeText(huge);
    expect(analyzer.stats.hits).toBe(0);
    analyzer.clear();
    expect(analyzer.stats).toEqual({ hits: 0, misses: 0 });
  });
});
