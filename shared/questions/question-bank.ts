// The built-in question bank, and the user's own questions beside it.
import type { Bank, Question } from '../domain/schemas';
import { GENERAL_QUESTIONS } from './question-bank-general';
import { ML_QUESTIONS } from './question-bank-ml';

export const BUILT_IN_QUESTIONS: readonly Question[] = Object.freeze([...ML_QUESTIONS, ...GENERAL_QUESTIONS]);

/** Built-in questions first, then the user's; a user question that reuses a built-in id is ignored. */
export function allQuestions(bank?: Pick<Bank, 'questions'>): Question[] {
  const builtIn = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));
  return [...BUILT_IN_QUESTIONS, ...(bank?.questions ?? []).filter((q) => !builtIn.has(q.id))];
}

export function questionsFor(competencyId: string, questions: readonly Question[] = BUILT_IN_QUESTIONS): Question[] {
  return questions.filter((q) => q.competencies.includes(competencyId));
}
