// Handlers for the question bank: our 86 questions (shared/questions) and the user's own, and for any
// question the stories that answer it best, with the reason (ranked by shared/questions).
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/domain/ids';
import { LIMITS } from '../../../shared/domain/limits';
import type { Bank, Question } from '../../../shared/domain/schemas';
import { allQuestions, BUILT_IN_QUESTIONS } from '../../../shared/questions';
import { questionList, rankedStories } from '../../../shared/questions/question-views';
import type { HandlersFor } from '../handler-table';
import { bankStore, currentBank, readinessOf } from './planning-bank';

const BUILT_IN_IDS = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));

function findQuestion(bank: Bank, id: string): Question {
  const q = allQuestions(bank).find((x) => x.id === id);
  if (!q) throw new ApiError('not-found', 'This question no longer exists.');
  return q;
}

export const questionHandlers: HandlersFor<
  'listQuestions' | 'addQuestion' | 'deleteQuestion' | 'rankStoriesForQuestion'
> = {
  listQuestions: ({ competencyId }, context) => ({
    questions: questionList(currentBank(context).questions, competencyId),
  }),

  addQuestion: ({ text, competencies }, context) => {
    const question: Question = { id: newId('question'), text, competencies };
    return bankStore(context).update(
      (bank) => {
        if (bank.questions.length >= LIMITS.questions)
          throw new ApiError('too-large', `A bank can hold at most ${LIMITS.questions} questions of your own.`);
        return { ...bank, questions: [...bank.questions, question] };
      },
      () => ({ ...question, own: true }),
    );
  },

  deleteQuestion: async ({ id }, context) => {
    if (BUILT_IN_IDS.has(id)) throw new ApiError('invalid-request', 'Built-in questions cannot be deleted.');
    await bankStore(context).update(
      (bank) => {
        if (!bank.questions.some((q) => q.id === id))
          throw new ApiError('not-found', 'This question no longer exists.');
        return { ...bank, questions: bank.questions.filter((q) => q.id !== id) };
      },
      () => undefined,
    );
    return { deleted: true as const };
  },

  rankStoriesForQuestion: (request, context) => {
    const bank = currentBank(context);
    const question: Question =
      'questionId' in request
        ? findQuestion(bank, request.questionId)
        : { id: 'question_adhoc', text: request.text, competencies: request.competencies };
    return {
      ranked: rankedStories(question, bank.stories, { readiness: readinessOf, frameworks: bank, limit: request.limit }),
    };
  },
};
