import { describe, expect, it } from 'vitest';
import { loopWarnings } from '#shared/loops/loop-warnings';
import { recordLastUsed } from '#shared/loops/last-used';
import { makeStory } from '../coverage/make-story';
import { makeLoop } from './make-loop';

const kinds = (ws: { kind: string }[]) => ws.map((w) => w.kind).sort();

describe('loopWarnings', () => {
  it('is quiet on a clean plan', () => {
    const a = makeStory({ competencies: ['ml.ownership'] });
    const b = makeStory({ competencies: ['ml.impact'] });
    const loop = makeLoop([
      { focus: ['ml.ownership'], storyIds: [a.id] },
      { focus: ['ml.impact'], storyIds: [b.id] },
    ]);
    expect(loopWarnings(loop, { stories: [a, b], loops: [loop] })).toEqual([]);
  });

  it('flags an uncovered focus and suggests the most ready unused story', () => {
    const weak = makeStory({ title: 'Weak', competencies: ['ml.conflict'], notes: '30' });
    const strong = makeStory({ title: 'Strong', competencies: ['amazon.have-backbone'], notes: '90' });
    const loop = makeLoop([{ focus: ['ml.conflict'] }]);
    const [w] = loopWarnings(loop, { stories: [weak, strong], loops: [loop] }, { readiness: (s) => Number(s.notes) });
    expect(w).toMatchObject({
      kind: 'uncovered-focus',
      roundId: 'round_r0',
      competencyId: 'ml.conflict',
      candidates: [strong.id, weak.id],
    });
    expect(w.fix).toBe('Add “Strong” or the other story tagged ml.conflict.');
  });

  it('warns about the loop focus in a round that has no focus of its own', () => {
    const impact = makeStory({ title: 'Impact', competencies: ['ml.impact'] });
    const loop = makeLoop([{ focus: [] }, { focus: ['ml.ownership'] }], { focus: ['ml.impact'] });
    const ws = loopWarnings(loop, { stories: [impact], loops: [loop] });
    expect(ws.filter((w) => w.kind === 'uncovered-focus').map((w) => [w.roundId, w.competencyId])).toEqual([
      ['round_r0', 'ml.impact'],
      ['round_r1', 'ml.ownership'],
    ]);
  });

  it('flags reuse, drafts and unavailable stories with what to do', () => {
    const reused = makeStory({ competencies: ['ml.impact'] });
    const spare = makeStory({ title: 'Spare', competencies: ['ml.impact'] });
    const draft = makeStory({ competencies: ['ml.ownership'], status: 'draft' });
    const retired = makeStory({ competencies: ['ml.ownership'], status: 'retired' });
    const loop = makeLoop([
      { focus: ['ml.impact'], storyIds: [reused.id] },
      { focus: ['ml.impact', 'ml.ownership'], storyIds: [reused.id, draft.id, retired.id, 'story_gone'] },
    ]);
    const ws = loopWarnings(loop, { stories: [reused, spare, draft, retired], loops: [loop] });
    expect(kinds(ws)).toEqual(['draft-story', 'story-reused', 'unavailable-story', 'unavailable-story']);
    const reuse = ws.find((w) => w.kind === 'story-reused');
    expect(reuse && reuse.kind === 'story-reused' && reuse.replacements).toEqual([
      { roundId: 'round_r1', storyIds: [spare.id] },
    ]);
    // Titles are quoted as everywhere else in the app: “…”, not "…".
    const draftWarning = ws.find((w) => w.kind === 'draft-story')!;
    expect(draftWarning.message).toMatch(/^“[^"]+” is still a draft\./);
    // It does not say numbers are missing: a draft may have them all.
    expect(draftWarning.fix).toBe('Finish what its marks still ask for, rehearse it, then mark it ready.');
  });

  it('says nothing to plan about a round logged as done, but still flags a story told there and planned again', () => {
    const told = makeStory({ title: 'Told', competencies: ['ml.impact'], status: 'draft' });
    const spare = makeStory({ title: 'Spare', competencies: ['ml.conflict'] });
    const loop = makeLoop([
      { name: 'Phone screen', focus: ['ml.impact', 'ml.conflict'], storyIds: [told.id, 'story_gone'] },
      { name: 'Onsite', focus: ['ml.ownership'], storyIds: [told.id] },
    ]);
    const bank = { stories: [told, spare], loops: [loop] };
    const before = loopWarnings(loop, bank);
    expect(before.filter((w) => w.kind === 'uncovered-focus').map((w) => [w.roundId, w.competencyId])).toEqual([
      ['round_r0', 'ml.conflict'],
      ['round_r1', 'ml.ownership'],
    ]);
    expect(kinds(before)).toContain('unavailable-story');

    const interviews = [
      {
        id: 'iv_1',
        loopId: loop.id,
        roundId: 'round_r0',
        company: 'Acme',
        role: 'Staff MLE',
        roundName: 'Phone screen',
        date: '2025-03-02',
        questions: [],
        stories: [],
        outcome: 'passed' as const,
        notes: '',
        createdAt: '2025-03-02T00:00:00.000Z',
        updatedAt: '2025-03-02T00:00:00.000Z',
      },
    ];
    const after = loopWarnings(loop, { ...bank, interviews });
    // The done round's gaps and its missing story are history; the round ahead still gets its warnings.
    expect(after.filter((w) => w.kind === 'uncovered-focus').map((w) => [w.roundId, w.competencyId])).toEqual([
      ['round_r1', 'ml.ownership'],
    ]);
    expect(kinds(after)).toEqual(['draft-story', 'story-reused', 'uncovered-focus']);
    const draft = after.find((w) => w.kind === 'draft-story');
    expect(draft && draft.kind === 'draft-story' && draft.roundIds).toEqual(['round_r1']);
  });

  it('flags two stories in the loop that give different numbers for the same project', () => {
    const a = makeStory({ project: 'Recs', competencies: ['ml.impact'], result: 'Cut latency by 40%.' });
    const b = makeStory({ project: 'Recs', competencies: ['ml.ownership'], result: 'Latency fell by 60% in a month.' });
    const loop = makeLoop([
      { focus: ['ml.impact'], storyIds: [a.id] },
      { focus: ['ml.ownership'], storyIds: [b.id] },
    ]);
    const ws = loopWarnings(loop, { stories: [a, b], loops: [loop] });
    expect(kinds(ws)).toEqual(['inconsistent-numbers']);
    expect(ws[0].message).toMatch(/40%.*60%/);
  });

  it('flags a story told to the same company in an earlier loop, and not to another company or a later loop', () => {
    const s = makeStory({ competencies: ['ml.impact'] });
    const alt = makeStory({ competencies: ['ml.impact'] });
    const earlier = makeLoop([{ focus: ['ml.impact'], storyIds: [s.id] }], {
      id: 'loop_old',
      company: 'ACME Inc.',
      date: '2024-06-01',
    });
    const otherCo = makeLoop([{ focus: ['ml.impact'], storyIds: [s.id] }], {
      id: 'loop_oth',
      company: 'Globex',
      date: '2024-07-01',
    });
    const later = makeLoop([{ focus: ['ml.impact'], storyIds: [s.id] }], {
      id: 'loop_new',
      company: 'Acme',
      date: '2026-01-01',
    });
    const loop = makeLoop([{ focus: ['ml.impact'], storyIds: [s.id] }], { date: '2025-03-10' });
    const ws = loopWarnings(loop, { stories: [s, alt], loops: [earlier, otherCo, later, loop] });
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({
      kind: 'told-before',
      storyId: s.id,
      earlierLoopId: 'loop_old',
      replacements: [alt.id],
    });
  });

  it('also uses story.lastUsed to find the earlier loop', () => {
    const earlier = makeLoop([{ focus: [] }], { id: 'loop_old', date: '2024-01-01' });
    const s = makeStory({
      competencies: ['ml.impact'],
      lastUsed: { loopId: 'loop_old', roundId: 'round_r0', at: '2024-01-01T10:00:00.000Z' },
    });
    const loop = makeLoop([{ focus: ['ml.impact'], storyIds: [s.id] }], { date: '2025-01-01' });
    expect(kinds(loopWarnings(loop, { stories: [s], loops: [earlier, loop] }))).toEqual(['told-before']);
  });
});

describe('recordLastUsed', () => {
  it('stamps assigned stories with loop, first round and time, and leaves others untouched', () => {
    const a = makeStory();
    const b = makeStory();
    const loop = makeLoop([
      { focus: [], storyIds: [a.id] },
      { focus: [], storyIds: [a.id] },
    ]);
    const now = new Date('2025-03-05T12:00:00.000Z');
    const [a2, b2] = recordLastUsed([a, b], loop, now);
    expect(a2.lastUsed).toEqual({ loopId: loop.id, roundId: 'round_r0', at: now.toISOString() });
    expect(a2.updatedAt).toBe(a.updatedAt);
    expect(b2).toBe(b);
    expect(recordLastUsed([a2], loop, new Date())[0]).toBe(a2);
  });
});
