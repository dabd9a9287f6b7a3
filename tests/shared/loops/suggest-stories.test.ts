import { describe, expect, it } from 'vitest';
import { applySuggestion, suggestStories } from '#shared/loops/suggest-stories';
import { Loop } from '#shared/domain/schemas';
import { makeStory } from '../coverage/make-story';
import { makeLoop } from './make-loop';
import { roundFocus } from '#shared/loops/round-focus';

describe('suggestStories', () => {
  it('covers every focus with the most ready stories and never reuses a story', () => {
    const own = makeStory({ competencies: ['ml.ownership'], notes: '90' });
    const ownWeak = makeStory({ competencies: ['ml.ownership'], notes: '40' });
    const conflict = makeStory({ competencies: ['ml.conflict', 'ml.collaboration'], notes: '80' });
    const impact = makeStory({ competencies: ['ml.impact'], notes: '70' });
    const loop = makeLoop([
      { focus: ['ml.ownership', 'ml.impact'] },
      { focus: ['ml.conflict', 'ml.collaboration'] },
      { focus: ['ml.ownership'] },
    ]);
    const s = suggestStories(loop, [own, ownWeak, conflict, impact], { readiness: (x) => Number(x.notes) });
    expect(s.optimal).toBe(true);
    expect(s.uncovered).toEqual([]);
    expect(s.objective).toMatchObject({ covered: 5, focusTotal: 5, stories: 4 });
    expect(s.rounds[1].storyIds).toEqual([conflict.id]);
    expect(s.rounds[0].storyIds).toContain(impact.id);
    // the more ready ownership story goes where it is credited; the weaker one covers the other round
    expect(new Set([...s.rounds[0].storyIds, ...s.rounds[2].storyIds])).toEqual(
      new Set([own.id, ownWeak.id, impact.id]),
    );
    const all = s.rounds.flatMap((r) => r.storyIds);
    expect(new Set(all).size).toBe(all.length);
  });

  it('explains uncovered focus: no story tagged, or every tagged story needed elsewhere', () => {
    const only = makeStory({ competencies: ['ml.ambiguity'] });
    const retired = makeStory({ competencies: ['ml.mentoring'], status: 'retired' });
    const loop = makeLoop([{ focus: ['ml.ambiguity'] }, { focus: ['ml.ambiguity'] }, { focus: ['ml.mentoring'] }]);
    const s = suggestStories(loop, [only, retired]);
    expect(s.objective.covered).toBe(1);
    const byRound = Object.fromEntries(s.uncovered.map((u) => [u.roundId, u]));
    const ambiguityGap = s.uncovered.find((u) => u.competencyId === 'ml.ambiguity')!;
    expect(ambiguityGap.reason).toBe('needed-elsewhere');
    expect(ambiguityGap.usedElsewhere).toEqual([
      { storyId: only.id, roundId: s.rounds.find((r) => r.storyIds.includes(only.id))!.roundId },
    ]);
    expect(byRound['round_r2']).toMatchObject({
      reason: 'no-story',
      setAside: [{ storyId: retired.id, why: 'retired' }],
    });
  });

  it('counts tags from another framework through the mapping', () => {
    const s = makeStory({ competencies: ['amazon.ownership'] });
    const res = suggestStories(makeLoop([{ focus: ['ml.ownership'] }]), [s]);
    expect(res.rounds[0].storyIds).toEqual([s.id]);
  });

  it('ignores trashed stories and keeps pinned ones in place', () => {
    const trashed = makeStory({ competencies: ['ml.impact'], deletedAt: '2025-02-01T00:00:00.000Z' });
    const pinned = makeStory({ competencies: ['ml.impact', 'ml.ownership'] });
    const other = makeStory({ competencies: ['ml.impact'] });
    const loop = makeLoop([{ focus: ['ml.impact'] }, { focus: ['ml.ownership'] }]);
    const res = suggestStories(loop, [trashed, pinned, other], {
      pinned: [{ roundId: 'round_r1', storyId: pinned.id }],
    });
    expect(res.rounds[1].storyIds).toEqual([pinned.id]);
    expect(res.rounds[0].storyIds).toEqual([other.id]);
  });

  it('applySuggestion writes the plan into a valid loop', () => {
    const a = makeStory({ competencies: ['ml.impact'] });
    const loop = makeLoop([{ focus: ['ml.impact'] }]);
    const next = applySuggestion(loop, suggestStories(loop, [a]), new Date('2025-03-02T00:00:00.000Z'));
    expect(next.rounds[0].storyIds).toEqual([a.id]);
    expect(Loop.safeParse(next).success).toBe(true);
    expect(next.updatedAt).toBe('2025-03-02T00:00:00.000Z');
  });
});

describe('suggestStories: rounds without a focus story', () => {
  const stageLoop = () => {
    const loop = makeLoop([
      { focus: [], name: 'Recruiter screen' },
      { focus: ['ml.ownership', 'ml.impact'], name: 'Behavioral' },
      { focus: ['ml.mentoring'], name: 'Project deep-dive' },
      { focus: [], name: 'Bar raiser' },
    ]);
    loop.rounds[0].stageId = 'recruiter-screen';
    loop.rounds[2].stageId = 'deep-dive';
    loop.rounds[3].stageId = 'bar-raiser';
    return loop;
  };

  it('gives a round a free story tagged for its stage, and says why a round stays empty', () => {
    const own = makeStory({ competencies: ['ml.ownership'] });
    const impact = makeStory({ competencies: ['ml.impact'] });
    const screen = makeStory({ stages: ['recruiter-screen'] });
    const deep = makeStory({ stages: ['deep-dive'] });
    const s = suggestStories(stageLoop(), [own, impact, screen, deep]);
    expect(s.rounds.map((r) => r.storyIds)).toEqual([[screen.id], [own.id, impact.id], [deep.id], []]);
    expect(s.emptyRounds).toEqual([{ roundId: 'round_r3', reason: 'nothing-fits' }]);
  });

  it('says a round is empty because every fitting story is used in another round', () => {
    // One story fits both the screen (by stage) and Behavioral (by focus); Behavioral keeps it.
    const both = makeStory({ competencies: ['ml.ownership'], stages: ['recruiter-screen'] });
    const s = suggestStories(stageLoop(), [both]);
    expect(s.rounds[1].storyIds).toEqual([both.id]);
    expect(s.emptyRounds).toEqual([
      { roundId: 'round_r0', reason: 'fitting-used' },
      { roundId: 'round_r2', reason: 'nothing-fits' },
      { roundId: 'round_r3', reason: 'nothing-fits' },
    ]);
  });

  it('keeps pinned stories and fills only the empty rounds', () => {
    const pinnedOwn = makeStory({ competencies: ['ml.ownership'] });
    const screen = makeStory({ stages: ['recruiter-screen'] });
    const s = suggestStories(stageLoop(), [pinnedOwn, screen], {
      pinned: [{ roundId: 'round_r1', storyId: pinnedOwn.id }],
    });
    expect(s.rounds[0].storyIds).toEqual([screen.id]);
    expect(s.rounds[1].storyIds).toEqual([pinnedOwn.id]);
  });
});

describe('suggestStories: the loop focus from the job description', () => {
  it('plans a round with no focus of its own for the loop focus', () => {
    const impact = makeStory({ competencies: ['ml.impact'], notes: '40' });
    const other = makeStory({ competencies: ['ml.conflict'], notes: '95' });
    const open = makeLoop([{ focus: [] }, { focus: ['ml.conflict'] }]);
    expect(suggestStories(open, [impact, other]).rounds[0].storyIds).toEqual([]);

    const focused = makeLoop([{ focus: [] }, { focus: ['ml.conflict'] }], { focus: ['ml.impact'] });
    const s = suggestStories(focused, [impact, other], { readiness: (x) => Number(x.notes) });
    expect(s.rounds[0]).toEqual({
      roundId: 'round_r0',
      storyIds: [impact.id],
      coverage: [{ competencyId: 'ml.impact', storyId: impact.id }],
    });
    expect(s.rounds[1].storyIds).toEqual([other.id]);
    expect(s.objective.focusTotal).toBe(2);
  });

  it('leaves to a round the competencies it asks for itself', () => {
    const both = makeStory({ competencies: ['ml.conflict', 'ml.collaboration'] });
    const loop = makeLoop([{ focus: [] }, { focus: ['ml.conflict'] }], { focus: ['ml.conflict'] });
    const s = suggestStories(loop, [both]);
    expect(s.rounds[0].coverage).toEqual([]);
    expect(s.rounds[1].storyIds).toEqual([both.id]);
    expect(roundFocus({ ...loop, focus: ['ml.collaboration', 'ml.conflict'] }, loop.rounds[0])).toEqual([
      'ml.collaboration',
    ]);
  });

  it('leaves a round that has its own focus to it', () => {
    const impact = makeStory({ competencies: ['ml.impact'] });
    const loop = makeLoop([{ focus: ['ml.mentoring'] }], { focus: ['ml.impact'] });
    const s = suggestStories(loop, [impact]);
    expect(s.rounds[0].coverage).toEqual([{ competencyId: 'ml.mentoring', storyId: null }]);
    expect(s.rounds[0].storyIds).toEqual([]);
  });

  it('fills an empty round with the story that answers more of the job focus before a more ready one', () => {
    const ready = makeStory({ stages: ['behavioral'], notes: '90' });
    const onFocus = makeStory({ stages: ['behavioral'], competencies: ['ml.ambiguity'], notes: '50' });
    const loop = makeLoop([{ focus: ['ml.mentoring'] }]);
    loop.rounds[0].stageId = 'behavioral';
    const readiness = (x: { notes: string }) => Number(x.notes);
    expect(suggestStories(loop, [ready, onFocus], { readiness }).rounds[0].storyIds).toEqual([ready.id]);
    const withFocus = { ...loop, focus: ['ml.ambiguity'] };
    expect(suggestStories(withFocus, [ready, onFocus], { readiness }).rounds[0].storyIds).toEqual([onFocus.id]);
  });
});
