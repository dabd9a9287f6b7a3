// The user's own questions in the bank (ours are built in, shared/questions): adding and deleting them.
import type { QuestionDto } from '#shared/api/channels/questions';
import { ApiError } from '#shared/api/errors';
import { newId } from '#shared/domain/ids';
import { LIMITS } from '#shared/domain/limits';
import type { Question } from '#shared/domain/schemas';
import { BUILT_IN_QUESTIONS } from '#shared/questions/index';
import type { BankStore } from '../bank-store';

const BUILT_IN_IDS = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));

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
