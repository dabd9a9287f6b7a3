// Interview log handlers: one line each over main/store/operations/interviews.ts and shared/interview-log.
import type { interviewChannels } from '#shared/api/channels/interviews';
import { draftEntryFromRound } from '#shared/interview-log/index';
import { exportInterviewLog } from '../../export/export-documents';
import { importInterviewLogFile, previewInterviewLogFile } from '../../store/operations/interview-log-import';
import * as interviews from '../../store/operations/interviews';
import type { HandlersFor } from '../handler-table';

export const interviewHandlers: HandlersFor<keyof typeof interviewChannels> = {
  draftInterview: ({ loopId, roundId, today }, { services }) =>
    draftEntryFromRound(services.banks.current.bank, loopId, roundId, today),
  createInterview: (request, { services }) => interviews.createInterview(services.banks.current, request),
  updateInterview: ({ id, fields, expectedUpdatedAt }, { services }) =>
    interviews.updateInterview(services.banks.current, id, fields, expectedUpdatedAt),
  deleteInterview: async ({ id }, { services }) => {
    await interviews.deleteInterview(services.banks.current, id);
    return { deleted: true as const };
  },
  toldBefore: ({ loopId, roundId }, { services }) => ({
    warnings: interviews.toldBeforeRound(services.banks.current.bank, loopId, roundId),
  }),
  exportInterviewLog: ({ format }, context) => exportInterviewLog(format, context),
  previewInterviewLogImport: (request, { services }) => previewInterviewLogFile(services.banks.current.bank, request),
  importInterviewLog: (request, { services }) => importInterviewLogFile(services.banks.current, request),
};
