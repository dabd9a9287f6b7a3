import { describe, expect, it } from 'vitest';
import { questionsByFocus } from '#shared/questions/question-views';

const q = (id: string, competencies: string[]) => ({ id, competencies });

describe('questionsByFocus', () => {
  const questions = [
    q('plain', ['ml.conflict']),
    q('ambiguity', ['ml.ambiguity']),
    q('impact-and-ambiguity', ['ml.ambiguity', 'ml.impact']),
    q('impact', ['ml.impact']),
    q('other', ['ml.mentoring']),
  ];

  it('puts questions for the strongest focus first, then those probing more of it, the rest after in order', () => {
    const ranked = questionsByFocus(questions, ['ml.impact', 'ml.ambiguity']);
    expect(ranked.map((r) => r.question.id)).toEqual(['impact-and-ambiguity', 'impact', 'ambiguity', 'plain', 'other']);
    expect(ranked[0].focus).toEqual(['ml.impact', 'ml.ambiguity']);
    expect(ranked[3].focus).toEqual([]);
  });

  it('counts a question tagged in another framework through the mapping', () => {
    const ranked = questionsByFocus([q('mine', ['ml.conflict']), q('amazon', ['amazon.ownership'])], ['ml.ownership']);
    expect(ranked.map((r) => [r.question.id, r.focus])).toEqual([
      ['amazon', ['ml.ownership']],
      ['mine', []],
    ]);
  });

  it('keeps the order when there is no focus', () => {
    expect(questionsByFocus(questions, []).map((r) => r.question.id)).toEqual(questions.map((x) => x.id));
  });
});
