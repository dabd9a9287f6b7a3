import { describe, it, expect } from 'vitest';
import { analyzeStory, analyzeText } from '#shared/analysis/index';
import type { Story } from '#shared/domain/schemas';

function story(fields: Partial<Pick<Story, 'situation' | 'task' | 'action' | 'result' | 'reflection'>>): Story {
  return {
    id: 'st_test',
    title: 'Search reliability',
    project: 'Search',
    role: 'Tech lead',
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    competencies: [],
    stages: [],
    companies: [],
    status: 'draft',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    rehearsals: [],
    notes: '',
    ...fields,
  };
}

const strong = story({
  situation:
    'Our search index rebuilt nightly for 30M listings and failed about twice a week, leaving sellers invisible until morning.',
  task: 'I owned the indexing pipeline and had to make rebuilds safe before the holiday peak.',
  action: [
    'I profiled the rebuild and found one shard writer held a global lock for most of the run.',
    'I split the rebuild into 40 independent shards, added retries with backoff, and wrote a canary that compared result counts before each swap.',
    'I paired with the on-call engineers to write a runbook and ran two game days to test it.',
    'When product pushed for a same-week launch, I negotiated a two-day delay to finish the canary.',
    'I reviewed every change to the swap logic myself and kept a rollback switch ready for the first month.',
  ].join(' '),
  result:
    'Failed rebuilds dropped from 8 a month to 1, rebuild time fell from 6 hours to 50 minutes, and the holiday peak passed with zero missing listings. Two other teams adopted the canary.',
  reflection: 'I would involve on-call earlier next time.',
});

describe('analyzeText (public entry)', () => {
  it('returns sentences with exact offsets, flags, findings and a word count', () => {
    const text = 'Built the billing API. Cut invoice errors by 60% for 4,000 merchants.';
    const r = analyzeText(text);
    expect(r.words).toBe(12);
    expect(r.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Built the billing API.',
      'Cut invoice errors by 60% for 4,000 merchants.',
    ]);
    expect(
      r.sentences.map(({ isClaim, hasMetric, hasScale, hasOutcome }) => [isClaim, hasMetric, hasScale, hasOutcome]),
    ).toEqual([
      [true, false, false, false],
      [true, true, true, true],
    ]);
    expect(r.findings.map((f) => [f.rule, f.severity, text.slice(f.start, f.end)])).toEqual([
      ['vague-claim', 'error', 'Built the billing API.'],
    ]);
  });

  it('treats text without a section as a free-standing claim and a section as story advice', () => {
    expect(analyzeText('Built the billing API.').findings).toHaveLength(1);
    expect(analyzeText('Built the billing API.', { section: 'action' }).findings).toHaveLength(0);
  });

  it('handles empty text', () => {
    expect(analyzeText('')).toEqual({ sentences: [], findings: [], words: 0 });
  });
});

describe('analyzeStory', () => {
  it('analyzes each field and scores a complete, specific story highly', () => {
    const report = analyzeStory(strong);
    expect(Object.keys(report.fields).sort()).toEqual(['action', 'reflection', 'result', 'situation', 'task']);
    expect(report.words).toBe(
      ['situation', 'task', 'action', 'result'].reduce((n, s) => n + report.fields[s as 'action'].words, 0),
    );
    expect(report.speakingTime.minSeconds).toBeLessThan(report.speakingTime.maxSeconds);
    expect(report.balance.action).toBeGreaterThan(0.4);
    expect(report.score.total).toBeGreaterThanOrEqual(85);
    expect(report.score.parts.reduce((n, p) => n + p.points, 0)).toBe(report.score.total);
    for (const part of report.score.parts) {
      expect(part.points).toBeGreaterThanOrEqual(0);
      expect(part.points).toBeLessThanOrEqual(part.max);
      expect(part.label.length).toBeGreaterThan(0);
      expect(part.reason.length).toBeGreaterThan(0);
    }
    expect(report.score.parts.map((p) => p.id)).toEqual(['star', 'specificity', 'ownership', 'length']);
    expect(report.score.parts.reduce((n, p) => n + p.max, 0)).toBe(100);
  });

  it('scores a vague, "we"-only, incomplete story low and says why', () => {
    const weak = story({
      situation: 'We had a slow search.',
      action: 'We worked on improving the indexer. We helped the team.',
      result: '',
    });
    const report = analyzeStory(weak);
    expect(report.score.total).toBeLessThan(40);
    const byId = Object.fromEntries(report.score.parts.map((p) => [p.id, p]));
    expect(byId.star.reason).toMatch(/Task/);
    expect(byId.star.reason).toMatch(/Result/);
    expect(byId.ownership.reason).toMatch(/"we" without "I"/);
    expect(report.findings.map((f) => f.rule)).toContain('missing-section');
  });

  it('warns when a story is too long to say in three minutes', () => {
    const long = story({ ...strong, action: `${strong.action} `.repeat(6) });
    const report = analyzeStory(long);
    expect(report.findings.find((f) => f.rule === 'too-long')?.severity).toBe('warning');
    expect(report.score.parts.find((p) => p.id === 'length')!.points).toBeLessThan(10);
  });

  it('warns when the setup crowds out the action', () => {
    const setup =
      'The platform served many internal teams and had grown without a clear owner over several years of reorganizations. ';
    const report = analyzeStory(
      story({
        situation: setup.repeat(6),
        task: 'I had to fix it.',
        action: 'I wrote a plan.',
        result: 'Costs fell 20%.',
      }),
    );
    const sections = report.findings.filter((f) => f.rule === 'section-balance').map((f) => f.section);
    expect(sections).toContain('situation');
    expect(sections).toContain('action');
  });
});
