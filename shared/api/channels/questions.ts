// The question bank: our built-in questions and the user's own, and for any question the stories that answer it best.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, Question, TagId } from '../../domain/schemas';

export const QuestionDto = Question.extend({ own: z.boolean() });
export type QuestionDto = z.infer<typeof QuestionDto>;

export const RankedStory = z.object({
  storyId: Id,
  title: z.string(),
  status: z.enum(['draft', 'ready', 'retired']),
  score: z.number(),
  /** The analyzer's readiness score, 0–100. */
  readiness: z.number(),
  reason: z.string(),
});
export type RankedStory = z.infer<typeof RankedStory>;

export const questionChannels = {
  addQuestion: channel(
    z
      .object({
        text: z.string().trim().min(1, 'Write the question first.').max(1_000),
        competencies: z.array(TagId).max(60).default([]),
      })
      .strict(),
    QuestionDto,
  ),
  deleteQuestion: channel(z.object({ id: TagId }).strict(), z.object({ deleted: z.literal(true) })),
};
