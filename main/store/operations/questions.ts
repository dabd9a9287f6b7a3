// The question bank: our built-in questions (shared/questions) and the user's own, and for any question
// the stories that answer it best, with the reason (ranked by shared/questions).
import type { QuestionDto, RankedStory } from '../../../shared/api/channels/questions';
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/domain/ids';
import { LIMITS } from '../../../shared/domain/limits';
import type { Bank, Question } from '../../../shared/domain/schemas';
import { allQuestions, BUILT_IN_QUESTIONS } from '../../../shared/questions';
import { questionList, rankedStories } from '../../../shared/questions/question-views';
import type { BankStore } from '../bank-store';
import { readinessOf } from './planning-options';

const BUILT_IN_IDS = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));

/** A question asked by id, or one typed in for the occasion. */
export type QuestionAsked =
  { questionId: string; limit: number } | { text: string; competencies: string[]; limit: number };

function findQuestion(bank: Bank, id: string): Question {
  const q = allQuestions(bank).find((x) => x.id === id);
  if (!q) throw new ApiError('not-found', 'This question no longer exists.');
  return q;
}

/** Ours and the user's own; `competencyId` filters (through the cross-framework mapping). */
export const listQuestions = (bank: Bank, competencyId?: string): QuestionDto[] =>
  questionList(bank.questions, competencyId);

export function addQuestion(store: BankStore, text: string, competencies: string[]): Promise<QuestionDto> {
  const question: Question = { id: newId('question'), text, competencies };
  return store.update(
    (bank) => {
      if (bank.questions.length >= LIMITS.questions)
        throw new ApiError('too-large', `A bank can hold at most ${LIMITS.questions} questions of your own.`);
      return { ...bank, questions: [...bank.questions, question] };
    },
    () => ({ ...question, own: true }),
  );
}

/** Deletes one of the user's own questions (built-in ones cannot be deleted). */
export async function deleteQuestion(store: BankStore, id: string): Promise<void> {
  if (BUILT_IN_IDS.has(id)) throw new ApiError('invalid-request', 'Built-in questions cannot be deleted.');
  await store.update(
    (bank) => {
      if (!bank.questions.some((q) => q.id === id)) throw new ApiError('not-found', 'This question no longer exists.');
      return { ...bank, questions: bank.questions.filter((q) => q.id !== id) };
    },
    () => undefined,
  );
}

/** The stories that answer the question best, best first. */
export function rankStories(bank: Bank, asked: QuestionAsked): RankedStory[] {
  const question: Question =
    'questionId' in asked
      ? findQuestion(bank, asked.questionId)
      : { id: 'question_adhoc', text: asked.text, competencies: asked.competencies };
  return rankedStories(question, bank.stories, { readiness: readinessOf, frameworks: bank, limit: asked.limit });
}
