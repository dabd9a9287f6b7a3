// Handlers for the interview log: thin wrappers over main/store/operations/interviews and shared/interview-log.
import { ApiError } from '../../../shared/api/errors';
import { exportInterviewLogCsv, exportInterviewLogMarkdown } from '../../../shared/interchange';
import { draftEntryFromRound, toldBefore } from '../../../shared/interview-log';
import { exportFileName } from '../../export/file-names';
import { deliverFile } from '../../export/save-file';
import type { HandlersFor } from '../handler-table';
import * as interviews from '../../store/operations/interviews';
import { findLoop } from '../../store/operations/loops';

type InterviewChannel =
  | 'listInterviews'
  | 'draftInterview'
  | 'createInterview'
  | 'updateInterview'
  | 'deleteInterview'
  | 'toldBefore'
  | 'exportInterviewLog';

export const interviewHandlers: HandlersFor<InterviewChannel> = {
  listInterviews: (_request, { services }) => ({ interviews: services.banks.current.bank.interviews }),
  draftInterview: ({ loopId, roundId, today }, { services }) =>
    draftEntryFromRound(services.banks.current.bank, loopId, roundId, today),
  createInterview: (request, { services }) => interviews.createInterview(services.banks.current, request),
  updateInterview: ({ id, fields, expectedUpdatedAt }, { services }) =>
    interviews.updateInterview(services.banks.current, id, fields, expectedUpdatedAt),
  deleteInterview: async ({ id }, { services }) => {
    await interviews.deleteInterview(services.banks.current, id);
    return { deleted: true as const };
  },
  toldBefore: ({ loopId, roundId }, { services }) => {
    const bank = services.banks.current.bank;
    const loop = findLoop(bank, loopId);
    const round = loop.rounds.find((r) => r.id === roundId);
    if (!round) throw new ApiError('not-found', `The ${loop.company} loop has no such round any more.`);
    return { warnings: toldBefore(bank, loop.company, round.storyIds, { roundId }) };
  },
  exportInterviewLog: async ({ format }, context) => {
    const bank = context.services.banks.current.bank;
    const csv = format === 'csv';
    const file = await deliverFile(context, {
      type: csv ? 'csv' : 'markdown',
      data: csv ? exportInterviewLogCsv(bank.interviews) : exportInterviewLogMarkdown(bank),
      title: 'Export the interview log',
      stories: new Set(bank.interviews.flatMap((e) => e.stories.map((s) => s.storyId))).size,
      fileName: exportFileName('storybank-interview-log', undefined, new Date(), csv ? 'csv' : 'md'),
    });
    return { file };
  },
};
