// The interview log: real rounds as they happened, the companies they belong to, and what a later round
// at the same company should know ("told before", with the numbers said then and now).
import { z } from 'zod';
import { channel } from '../channel';
import { Id, InterviewEntry, IsoDate, IsoDateTime, SaidNumber } from '../../domain/schemas';
import { ExportedFile } from './exports';

export const InterviewEntryFields = InterviewEntry.omit({ id: true, createdAt: true, updatedAt: true });

const NumberComparison = z.object({
  measure: z.string(),
  unit: SaidNumber.shape.unit,
  then: z.array(z.string()),
  now: z.array(z.string()),
  change: z.enum(['same', 'changed', 'dropped', 'new']),
});

export const ToldBeforeWarning = z.object({
  storyId: Id,
  company: z.string(),
  tellings: z.array(
    z.object({
      entryId: Id,
      date: IsoDate,
      roundName: z.string(),
      interviewer: z.string().optional(),
      rating: z.number().optional(),
      numbers: z.array(NumberComparison),
      numbersChanged: z.boolean(),
    }),
  ),
});

export const interviewChannels = {
  /** "Mark round as done": an unsaved entry filled from the plan (`today` is the user's local date). */
  draftInterview: channel(z.object({ loopId: Id, roundId: Id, today: IsoDate }).strict(), InterviewEntryFields),
  createInterview: channel(InterviewEntryFields.strict(), InterviewEntry),
  /** Changes the fields given; `interviewer: null` and `rating: null` clear them. */
  updateInterview: channel(
    z
      .object({
        id: Id,
        fields: InterviewEntryFields.partial()
          .extend({
            interviewer: InterviewEntryFields.shape.interviewer.unwrap().nullable().optional(),
            rating: InterviewEntryFields.shape.rating.unwrap().nullable().optional(),
          })
          .strict(),
        expectedUpdatedAt: IsoDateTime.optional(),
      })
      .strict(),
    InterviewEntry,
  ),
  deleteInterview: channel(z.object({ id: Id }).strict(), z.object({ deleted: z.literal(true) })),
  /** The whole log as CSV (lossless, imports back) or Markdown (for reading). */
  exportInterviewLog: channel(
    z.object({ format: z.enum(['csv', 'markdown']) }).strict(),
    z.object({ file: ExportedFile }),
  ),
  /** For a planned round: which of its stories were told at the same company before, numbers then vs now. */
  toldBefore: channel(
    z.object({ loopId: Id, roundId: Id }).strict(),
    z.object({ warnings: z.array(ToldBeforeWarning) }),
  ),
};
