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

/** A log CSV picked by the user: its bytes as base64, so main can refuse binary data or broken UTF-8 by name. */
const LogFileRequest = z
  .object({
    base64: z
      .string()
      .max(64 * 1024 * 1024)
      .min(1),
    fileName: z.string().max(1_000).optional(),
  })
  .strict();

export const InterviewLogImportPreview = z.object({
  /** The rounds in the file that could be read, in file order. */
  entries: z.array(
    z.object({
      row: z.number().int(),
      id: Id,
      company: z.string(),
      roundName: z.string(),
      date: IsoDate,
      /** 'new': added; 'copy': the log has this entry in another version, so it is added beside it; 'same': already there. */
      status: z.enum(['new', 'copy', 'same']),
    }),
  ),
  /** Row-numbered errors: any one of them stops the import (nothing is half-imported). */
  problems: z.array(z.string()),
  /** Things worth knowing that do not stop the import. */
  warnings: z.array(z.string()),
  /** How many entries importing adds. */
  toAdd: z.number().int(),
  canImport: z.boolean(),
});
export type InterviewLogImportPreview = z.infer<typeof InterviewLogImportPreview>;

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
  /** What importing a log CSV (as exportInterviewLog writes it) would add; nothing is written. */
  previewInterviewLogImport: channel(LogFileRequest, InterviewLogImportPreview),
  /**
   * Imports a log CSV in one save, or nothing when the file has any error. Entries the log already has are
   * skipped; one the log has in another version is added beside it with a new id, so nothing is overwritten.
   */
  importInterviewLog: channel(
    LogFileRequest,
    z.object({ imported: z.number().int(), alreadyInLog: z.number().int(), entries: z.array(InterviewEntry) }),
  ),
  /** For a planned round: which of its stories were told at the same company before, numbers then vs now. */
  toldBefore: channel(
    z.object({ loopId: Id, roundId: Id }).strict(),
    z.object({ warnings: z.array(ToldBeforeWarning) }),
  ),
};
