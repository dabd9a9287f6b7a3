import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageMatrix, stageCoverageMatrix } from '#shared/coverage/coverage-matrix';
import { presetFramework } from '#shared/competencies/preset-frameworks';
import { DEFAULT_STAGES } from '#shared/domain/defaults';
import { makeStory } from './make-story';

const ml = presetFramework('senior-ml-engineer')!;
const column = (m: ReturnType<typeof coverageMatrix>, id: string) => m.columns.find((c) => c.id === id)!;

describe('coverageMatrix', () => {
  it('counts stories and ready stories per competency and flags gaps below two ready', () => {
    const stories = [
      makeStory({ competencies: ['ml.ownership', 'ml.impact'], status: 'ready' }),
      makeStory({ competencies: ['ml.ownership'], status: 'ready' }),
      makeStory({ competencies: ['ml.impact'], status: 'draft' }),
    ];
    const m = coverageMatrix(stories, ml);
    expect(m.columns.map((c) => c.id)).toEqual(ml.competencies.map((c) => c.id));
    expect(column(m, 'ml.ownership')).toMatchObject({ count: 2, readyCount: 2, gap: false, readyShortfall: 0 });
    expect(column(m, 'ml.impact')).toMatchObject({ count: 2, readyCount: 1, gap: true, readyShortfall: 1 });
    expect(column(m, 'ml.mentoring')).toMatchObject({ count: 0, readyCount: 0, gap: true, readyShortfall: 2 });
    expect(m.gaps).not.toContain('ml.ownership');
    expect(m.gaps).toContain('ml.impact');
    expect(m.rows[0].cells[ml.competencies.findIndex((c) => c.id === 'ml.impact')]).toBe('tagged');
  });

  it('leaves trashed and retired stories out of every count and says how many', () => {
    const stories = [
      makeStory({ competencies: ['ml.ownership'] }),
      makeStory({ competencies: ['ml.ownership'], status: 'retired' }),
      makeStory({ competencies: ['ml.ownership'], deletedAt: '2025-02-01T00:00:00.000Z' }),
    ];
    const m = coverageMatrix(stories, ml);
    expect(column(m, 'ml.ownership').count).toBe(1);
    expect(m.rows).toHaveLength(1);
    expect(m.excluded).toEqual({ trashed: 1, retired: 1 });
  });

  it("averages the readiness it is given and orders a cell's stories most ready first", () => {
    const a = makeStory({ competencies: ['ml.impact'], notes: '40' });
    const b = makeStory({ competencies: ['ml.impact'], notes: '90', status: 'draft' });
    const m = coverageMatrix([a, b], ml, { readiness: (s) => Number(s.notes) });
    expect(column(m, 'ml.impact').averageReadiness).toBe(65);
    expect(column(m, 'ml.impact').storyIds).toEqual([b.id, a.id]);
    expect(column(m, 'ml.mentoring').averageReadiness).toBeUndefined();
    expect(coverageMatrix([a], ml).columns[0].averageReadiness).toBeUndefined();
  });

  it('counts tags from another framework through the mapping, unless asked not to', () => {
    const s = makeStory({ competencies: ['amazon.ownership'] });
    expect(coverageMatrix([s], ml).rows[0].cells[ml.competencies.findIndex((c) => c.id === 'ml.ownership')]).toBe(
      'mapped',
    );
    expect(column(coverageMatrix([s], ml), 'ml.ownership').count).toBe(1);
    expect(column(coverageMatrix([s], ml, { mapAcrossFrameworks: false }), 'ml.ownership').count).toBe(0);
  });

  it('column counts always equal the number of marked cells (property)', () => {
    const ids = ml.competencies.map((c) => c.id);
    const storyArb = fc.record({
      competencies: fc.subarray([...ids, 'amazon.ownership', 'amazon.dive-deep', 'unknown.tag']),
      status: fc.constantFrom('draft' as const, 'ready' as const, 'retired' as const),
      trashed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(storyArb, { maxLength: 30 }), (specs) => {
        const stories = specs.map((s) =>
          makeStory({
            competencies: s.competencies,
            status: s.status,
            deletedAt: s.trashed ? '2025-02-01T00:00:00.000Z' : undefined,
          }),
        );
        const m = coverageMatrix(stories, ml);
        m.columns.forEach((c, i) => {
          const marked = m.rows.filter((r) => r.cells[i] !== null);
          expect(c.count).toBe(marked.length);
          expect(c.readyCount).toBe(marked.filter((r) => r.status === 'ready').length);
          expect(c.gap).toBe(c.readyCount < 2);
        });
        expect(m.rows.length + m.excluded.retired + m.excluded.trashed).toBe(stories.length);
      }),
    );
  });
});

describe('stageCoverageMatrix', () => {
  it('covers the stages view with the same rules', () => {
    const stories = [
      makeStory({ stages: ['bar-raiser', 'behavioral'] }),
      makeStory({ stages: ['bar-raiser'] }),
      makeStory({ stages: ['behavioral'], status: 'draft' }),
    ];
    const m = stageCoverageMatrix(stories, DEFAULT_STAGES);
    expect(m.kind).toBe('stages');
    expect(m.columns.find((c) => c.id === 'bar-raiser')).toMatchObject({ count: 2, readyCount: 2, gap: false });
    expect(m.columns.find((c) => c.id === 'behavioral')).toMatchObject({ count: 2, readyCount: 1, gap: true });
  });
});
