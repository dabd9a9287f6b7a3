import { describe, expect, it } from 'vitest';
import { rankStoriesForQuestion, type RankedStory } from '#shared/questions/rank-stories';
import { BUILT_IN_QUESTIONS } from '#shared/questions/question-bank';
import { keywords } from '#shared/questions/keywords';
import { makeStory } from '../coverage/make-story';

const question = BUILT_IN_QUESTIONS.find((q) => q.id === 'q.ml.model-failed-in-production')!;

describe('rankStoriesForQuestion', () => {
  it('puts the tagged, ready, on-topic story first and says why', () => {
    const best = makeStory({
      title: 'Fraud model failed in production',
      competencies: ['ml.production-reliability', 'ml.failure-learning'],
      result: 'We found the drift within a day and rolled back.',
    });
    const mapped = makeStory({ title: 'Billing outage', competencies: ['generic.quality'] });
    const offTopic = makeStory({ title: 'Hiring loop redesign', competencies: ['ml.mentoring'] });
    const ranked = rankStoriesForQuestion(question, [offTopic, mapped, best], {
      competencyName: (id) => id.split('.')[1],
    });
    expect(ranked.map((r) => r.storyId)).toEqual([best.id, mapped.id]);
    expect(ranked[0].reason).toMatch(/^Covers production-reliability, failure-learning/);
    expect(ranked[0].reason).toMatch(/uses the question's words? “[^”]+”/);
    expect(ranked[1].matched).toEqual([
      { competencyId: 'ml.production-reliability', via: 'mapped', storyTag: 'generic.quality' },
    ]);
    // The story's own tag first, then what the question calls it.
    expect(ranked[1].reason).toMatch(/^Covers quality \(asked as production-reliability\) · /);
  });

  it("names each of the story's tags once, not again as the same competency in other frameworks", () => {
    const across = {
      id: 'q.test.quality',
      text: 'Tell me about a time you raised the quality bar for your team.',
      competencies: ['ml.production-reliability', 'amazon.insist-on-highest-standards', 'generic.quality'],
    };
    const tagged = makeStory({ title: 'Fraud rollback', competencies: ['ml.production-reliability'] });
    const other = makeStory({ title: 'Billing checks', competencies: ['generic.quality'] });
    const ranked = rankStoriesForQuestion(across, [tagged, other], { competencyName: (id) => id.split('.')[1] });
    const reason = (id: string) => ranked.find((r) => r.storyId === id)!.reason;
    expect(reason(tagged.id)).toMatch(/^Covers production-reliability · /);
    expect(reason(other.id)).toMatch(/^Covers quality · /);
  });

  it('does not give a word most stories of the bank use as a reason ("work", "team")', () => {
    const q = {
      id: 'q.test.team',
      text: 'Tell me about a time you raised the quality bar for your team at work.',
      competencies: ['ml.production-reliability'],
    };
    const everyday = (title: string, result: string) => makeStory({ title, competencies: ['ml.mentoring'], result });
    const stories = [
      everyday('Alpha', 'The team worked on the migration for a month.'),
      everyday('Bravo', 'My team shipped the work a week early.'),
      everyday('Charlie', 'I split the work across the team.'),
      everyday('Delta', 'We agreed on one quality rubric for every prompt change.'),
    ];
    const ranked = rankStoriesForQuestion(q, stories);
    // Only the story with a word few others use is connected to the question at all, and only by that word.
    expect(ranked.map((r) => r.storyId)).toEqual([stories[3].id]);
    expect(ranked[0].sharedWords).toEqual(['quality']);
    expect(ranked[0].reason).toContain("uses the question's word “quality”");
    // In a bank of three, no word counts as common yet: every shared word is still a reason.
    expect(rankStoriesForQuestion(q, stories.slice(0, 3))[0].sharedWords).toEqual(['team', 'work']);
  });

  it('ranks by readiness when everything else is equal, and marks drafts and recent use', () => {
    const now = new Date('2025-05-01T00:00:00.000Z');
    const a = makeStory({ competencies: ['ml.production-reliability'], notes: '90' });
    const b = makeStory({ competencies: ['ml.production-reliability'], notes: '40' });
    const draft = makeStory({ competencies: ['ml.production-reliability'], notes: '90', status: 'draft' });
    const recent = makeStory({
      competencies: ['ml.production-reliability'],
      notes: '90',
      lastUsed: { loopId: 'loop_x', roundId: 'round_y', at: '2025-04-28T00:00:00.000Z' },
    });
    const ranked = rankStoriesForQuestion(question, [b, draft, recent, a], { readiness: (s) => Number(s.notes), now });
    expect(ranked[0].storyId).toBe(a.id);
    expect(ranked.at(-1)?.storyId).toBe(b.id);
    expect(ranked.find((r) => r.storyId === draft.id)?.reason).toContain('still a draft');
    expect(ranked.find((r) => r.storyId === recent.id)?.reason).toContain('added to a loop plan 3 days ago');
  });

  it('leaves out retired and trashed stories, and respects the limit', () => {
    const retired = makeStory({ competencies: ['ml.production-reliability'], status: 'retired' });
    const trashed = makeStory({ competencies: ['ml.production-reliability'], deletedAt: '2025-01-02T00:00:00.000Z' });
    const ok = [1, 2, 3].map(() => makeStory({ competencies: ['ml.failure-learning'] }));
    expect(rankStoriesForQuestion(question, [retired, trashed, ...ok]).map((r) => r.storyId)).toEqual(
      ok.map((s) => s.id).sort(),
    );
    expect(rankStoriesForQuestion(question, ok, { limit: 2 })).toHaveLength(2);
  });
});

describe('rankStoriesForQuestion with a loop focus', () => {
  const name = (id: string) => id.split('.')[1];
  it('puts the story that also covers the job focus first among those answering the question, and says so', () => {
    const reliabilityOnly = makeStory({ title: 'Alpha', competencies: ['ml.production-reliability'] });
    const alsoOwnership = makeStory({ title: 'Bravo', competencies: ['ml.production-reliability', 'ml.ownership'] });
    const stories = [reliabilityOnly, alsoOwnership];
    // Without a focus the two answer the question equally (ties go by id); with it, the focus decides.
    const plain = rankStoriesForQuestion(question, stories, { competencyName: name });
    expect(plain[0].score).toBeCloseTo(plain[1].score);
    for (const order of [stories, [...stories].reverse()]) {
      const ranked = rankStoriesForQuestion(question, order, { competencyName: name, focus: ['ml.ownership'] });
      expect(ranked.map((r) => r.storyId)).toEqual([alsoOwnership.id, reliabilityOnly.id]);
      expect(ranked[0].focusCovered).toEqual(['ml.ownership']);
      expect(ranked[0].reason).toContain('fits the job focus: ownership');
      expect(ranked[1].reason).not.toContain('job focus');
    }
  });

  it('weighs the strongest focus most, and counts a corresponding competency from another framework', () => {
    const first = makeStory({ competencies: ['ml.production-reliability', 'amazon.ownership'] });
    const last = makeStory({ competencies: ['ml.production-reliability', 'ml.mentoring'] });
    const ranked = rankStoriesForQuestion(question, [last, first], { focus: ['ml.ownership', 'ml.mentoring'] });
    expect(ranked.map((r) => r.storyId)).toEqual([first.id, last.id]);
    expect(ranked[0].focusCovered).toEqual(['ml.ownership']);
  });

  it('never lifts a story that does not answer the question above one that does', () => {
    const answers = makeStory({ competencies: ['ml.failure-learning'] });
    const onlyFocus = makeStory({
      competencies: ['ml.ownership', 'ml.impact'],
      result: 'The model failed in production less often.',
    });
    const focus = ['ml.ownership', 'ml.impact'];
    const score = (ranked: RankedStory[], id: string) => ranked.find((r) => r.storyId === id)!.score;
    const plain = rankStoriesForQuestion(question, [onlyFocus, answers]);
    const focused = rankStoriesForQuestion(question, [onlyFocus, answers], { focus });
    // It shares the question's words, so it is listed, but the focus adds nothing to a story off the question.
    expect(score(focused, onlyFocus.id)).toBe(score(plain, onlyFocus.id));
    expect(focused.find((r) => r.storyId === onlyFocus.id)?.reason).toContain('fits the job focus');
    expect(focused.map((r) => r.storyId)).toEqual(plain.map((r) => r.storyId));
  });
});

describe('keywords', () => {
  it('drops interview filler and stems simple suffixes', () => {
    expect([...keywords('Tell me about a time you launched models')]).toEqual(['launch', 'model']);
  });
});
