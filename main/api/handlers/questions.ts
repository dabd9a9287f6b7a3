// Question bank handlers: one line each over main/store/operations/questions.ts.
import type { questionChannels } from '#shared/api/channels/questions';
import * as questions from '../../store/operations/questions';
import type { HandlersFor } from '../handler-table';

export const questionHandlers: HandlersFor<keyof typeof questionChannels> = {
  addQuestion: ({ text, competencies }, { services }) =>
    questions.addQuestion(services.banks.current, text, competencies),
  deleteQuestion: async ({ id }, { services }) => {
    await questions.deleteQuestion(services.banks.current, id);
    return { deleted: true as const };
  },
};
