import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS, allQuestions, questionsFor } from '#shared/questions/question-bank';
import { PRESET_FRAMEWORKS } from '#shared/competencies/preset-frameworks';
import { Question } from '#shared/domain/schemas';
import { emptyBank } from '#shared/domain/defaults';

describe('question bank', () => {
  it('has at least 80 valid questions with unique slug ids and unique text', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    for (const q of BUILT_IN_QUESTIONS) expect(Question.safeParse(q).success, q.id).toBe(true);
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.id)).size).toBe(BUILT_IN_QUESTIONS.length);
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.text)).size).toBe(BUILT_IN_QUESTIONS.length);
  });

  it('maps every question to competencies that exist', () => {
    const known = new Set(PRESET_FRAMEWORKS.flatMap((f) => f.competencies.map((c) => c.id)));
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.competencies.length, q.id).toBeGreaterThan(0);
      for (const c of q.competencies) expect(known.has(c), `${q.id} → ${c}`).toBe(true);
    }
  });

  it('gives every preset competency at least two questions', () => {
    for (const f of PRESET_FRAMEWORKS) {
      for (const c of f.competencies) expect(questionsFor(c.id).length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('includes the ML-specific questions the product promises', () => {
    const ids = BUILT_IN_QUESTIONS.map((q) => q.id);
    for (const id of [
      'q.ml.model-failed-in-production',
      'q.ml.pushed-back-on-launch',
      'q.ml.data-quality-fight',
      'q.ml.online-offline-disagree',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("allQuestions appends the user's own and never lets one shadow a built-in", () => {
    const bank = emptyBank();
    bank.questions = [
      { id: 'question_mine1', text: 'Why this company?', competencies: [] },
      { id: 'q.failure-learned', text: 'Hijack', competencies: [] },
    ];
    const all = allQuestions(bank);
    expect(all).toHaveLength(BUILT_IN_QUESTIONS.length + 1);
    expect(all.at(-1)?.id).toBe('question_mine1');
    expect(all.find((q) => q.id === 'q.failure-learned')?.text).not.toBe('Hijack');
  });
});
