// Interview loops: a company, a role, a framework, and rounds with their stories.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDate, IsoDateTime, Loop, Round, Story } from '../../domain/schemas';
import { LIMITS } from '../../domain/limits';

const RoundInput = Round.extend({ id: Id.optional() });

export const loopChannels = {
  listLoops: channel(z.object({}).strict(), z.object({ loops: z.array(Loop) })),
  createLoop: channel(
    Loop.pick({ company: true, role: true, date: true, frameworkId: true, jobDescription: true })
      .extend({ rounds: z.array(RoundInput).max(30).default([]) })
      .strict(),
    Loop,
  ),
  /** Changes the fields given; `rounds` replaces the list (new rounds may omit their id); `date: null` clears it. */
  updateLoop: channel(
    z
      .object({
        id: Id,
        fields: Loop.pick({ company: true, role: true, frameworkId: true })
          .partial()
          .extend({
            date: IsoDate.nullable().optional(),
            rounds: z.array(RoundInput).max(30).optional(),
            /** The pasted job description; '' or null removes it. */
            jobDescription: z.string().max(LIMITS.jobDescription).nullable().optional(),
          })
          .strict(),
        expectedUpdatedAt: IsoDateTime.optional(),
      })
      .strict(),
    Loop,
  ),
  /** Answers with the stories whose "last used" pointed at the loop (it is cleared). */
  deleteLoop: channel(z.object({ id: Id }).strict(), z.object({ deleted: z.literal(true), stories: z.array(Story) })),
};
