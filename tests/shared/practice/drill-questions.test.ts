import { describe, expect, it } from 'vitest';
import type { Question } from '#shared/domain/schemas';
import { drawQuestion, drillQuestionsFor } from '#shared/practice/drill-questions';
import { makeLoop } from './fixtures';

const Q: Question[] = [
  { id: 'q.own-1', text: 'Tell me about a model you owned after launch.', competencies: ['ml.ownership'] },
  {
    id: 'q.own-2',
    text: 'When did you fix something nobody asked you to?',
    competencies: ['ml.ownership', 'ml.impact'],
  },
  { id: 'q.conflict-1', text: 'Tell me about a launch you pushed back on.', competencies: ['ml.conflict'] },
  {
    id: 'q.fail-1',
    text: 'A model that failed in production.',
    competencies: ['ml.failure-learning', 'ml.production-reliability'],
  },
];
/** A fixed sequence standing in for Math.random. */
const seq = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('drawing a drill question', () => {
  it('draws at random from all questions, avoiding the recent ones while others remain', () => {
    expect(drawQuestion({ questions: Q, source: { kind: 'random' }, random: seq(0) })?.question.id).toBe('q.own-1');
    expect(drawQuestion({ questions: Q, source: { kind: 'random' }, random: seq(0.99) })?.question.id).toBe('q.fail-1');
    const seen = new Set<string>();
    const recent: string[] = [];
    for (let i = 0; i < Q.length; i++) {
      const id = drawQuestion({ questions: Q, source: { kind: 'random' }, recent, random: seq(0.3) })!.question.id;
      seen.add(id);
      recent.push(id);
    }
    expect(seen.size).toBe(Q.length);
    // All asked: the one asked longest ago comes back.
    expect(drawQuestion({ questions: Q, source: { kind: 'random' }, recent, random: seq(0.3) })?.question.id).toBe(
      recent[0],
    );
  });

  it('draws for one competency, counting equivalent competencies of other frameworks', () => {
    expect(drillQuestionsFor(Q, ['amazon.ownership']).map((q) => q.id)).toEqual(['q.own-1', 'q.own-2']);
    const drawn = drawQuestion({
      questions: Q,
      source: { kind: 'competency', competencyId: 'ml.conflict' },
      random: seq(0.5),
    });
    expect(drawn).toMatchObject({ question: { id: 'q.conflict-1' }, targets: ['ml.conflict'] });
    expect(
      drawQuestion({ questions: Q, source: { kind: 'competency', competencyId: 'ml.mentoring' }, random: seq(0) }),
    ).toBeUndefined();
  });

  it('draws for a loop from a round’s focus competencies and names the round', () => {
    const loop = makeLoop({
      rounds: [
        { id: 'round_t0101', name: 'Hiring manager', focus: ['ml.ownership'], storyIds: [] },
        { id: 'round_t0102', name: 'No questions', focus: ['ml.mentoring'], storyIds: [] },
        { id: 'round_t0103', name: 'Bar raiser', focus: ['ml.conflict'], storyIds: [] },
      ],
    });
    const first = drawQuestion({
      questions: Q,
      source: { kind: 'loop', loopId: loop.id },
      loops: [loop],
      random: seq(0, 0.6),
    });
    expect(first).toMatchObject({
      round: { name: 'Hiring manager' },
      question: { id: 'q.own-2' },
      targets: ['ml.ownership'],
    });
    // A round with no matching question is never chosen.
    const second = drawQuestion({
      questions: Q,
      source: { kind: 'loop', loopId: loop.id },
      loops: [loop],
      random: seq(0.99, 0),
    });
    expect(second).toMatchObject({ round: { name: 'Bar raiser' }, question: { id: 'q.conflict-1' } });
    const oneRound = drawQuestion({
      questions: Q,
      source: { kind: 'loop', loopId: loop.id, roundId: 'round_t0102' },
      loops: [loop],
      random: seq(0),
    });
    expect(oneRound).toBeUndefined();
    expect(
      drawQuestion({ questions: Q, source: { kind: 'loop', loopId: 'loop_missing' }, loops: [loop], random: seq(0) }),
    ).toBeUndefined();
  });
});

describe('drawing from the interview log', () => {
  const entry = (questions: { text: string; questionId?: string; rating?: number }[], date: string) => ({
    id: `interview_${date.replace(/-/g, '')}`,
    company: 'Acme',
    role: 'Staff',
    roundName: 'Onsite',
    date,
    questions,
    stories: [],
    outcome: 'waiting' as const,
    notes: '',
    createdAt: `${date}T00:00:00.000Z`,
    updatedAt: `${date}T00:00:00.000Z`,
  });
  const interviews = [
    entry(
      [
        { text: 'Why this company?', rating: 4 },
        { text: Q[0].text, questionId: Q[0].id, rating: 1 },
      ],
      '2026-01-02',
    ),
    entry([{ text: 'Tell me about a conflict.', rating: 2 }], '2026-01-09'),
  ];

  it('draws questions really asked, the worst-rated first, skipping the recent ones', () => {
    const first = drawQuestion({ questions: Q, source: { kind: 'asked' }, interviews, random: seq(0.5) });
    expect(first?.question).toEqual(Q[0]);
    expect(first?.asked).toMatchObject({ rating: 1, company: 'Acme' });
    const second = drawQuestion({
      questions: Q,
      source: { kind: 'asked' },
      interviews,
      recent: [Q[0].id],
      random: seq(0.5),
    });
    expect(second?.question.text).toBe('Tell me about a conflict.');
    expect(drawQuestion({ questions: Q, source: { kind: 'asked' }, random: seq(0) })).toBeUndefined();
  });
});
