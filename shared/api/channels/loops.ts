// Interview loops: a company, a role, a framework, and rounds with their stories; Suggest, saving a plan,
// and the plan's warnings.
import { z } from 'zod';
import { channel } from '../channel';
import { Id, IsoDate, IsoDateTime, Loop, Round, Story, TagId } from '../../domain/schemas';
import { LIMITS } from '../../domain/limits';

export const RoundPlan = z.object({ roundId: Id, storyIds: z.array(Id).max(50) });
export type RoundPlan = z.infer<typeof RoundPlan>;

export const UncoveredFocus = z.object({
  roundId: z.string(),
  competencyId: z.string(),
  competencyName: z.string(),
  /** Why no plan covers it: no story is tagged with it, every such story is needed in another round, or the search stopped. */
  why: z.enum(['no-story', 'needed-elsewhere', 'search-stopped']),
  /** The same, in words ("every story that shows it is needed elsewhere: …"). */
  reason: z.string(),
});
export type UncoveredFocus = z.infer<typeof UncoveredFocus>;

export const LoopPlanProposal = z.object({
  loopId: Id,
  rounds: z.array(RoundPlan),
  uncovered: z.array(UncoveredFocus),
  /** The rounds the plan leaves without a story, and why, in words. */
  emptyRounds: z.array(z.object({ roundId: z.string(), reason: z.string() })),
  coveredSlots: z.number().int(),
  totalSlots: z.number().int(),
  /** False only if the search hit its time budget; the plan is then the best found. */
  optimal: z.boolean(),
});
export type LoopPlanProposal = z.infer<typeof LoopPlanProposal>;

/** The kinds shared/loops/loop-warnings.ts produces, each with its own fix. */
export const WARNING_KINDS = [
  'uncovered-focus',
  'story-reused',
  'draft-story',
  'unavailable-story',
  'inconsistent-numbers',
  'told-before',
] as const;
export const LoopWarningKind = z.enum(WARNING_KINDS);
export type LoopWarningKind = z.infer<typeof LoopWarningKind>;

export const LoopWarningDto = z.object({
  /** Stable for the same problem. */
  id: z.string(),
  kind: LoopWarningKind,
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** What to do about it, in words; the UI offers the matching button. */
  fix: z.string(),
  roundId: z.string().optional(),
  /** Rounds involved: where a reused story should leave, or where an unavailable story sits. */
  roundIds: z.array(z.string()).default([]),
  /** The stories the warning is about. */
  storyIds: z.array(z.string()).default([]),
  competencyId: z.string().optional(),
  /** Unused stories that would fix it, best first: a story for an uncovered focus, or a replacement. */
  candidates: z.array(z.string()).default([]),
});
export type LoopWarningDto = z.infer<typeof LoopWarningDto>;

const RoundInput = Round.extend({ id: Id.optional() });

export const loopChannels = {
  createLoop: channel(
    Loop.pick({ company: true, role: true, date: true, frameworkId: true, jobDescription: true, focus: true })
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
            /** The loop's accepted focus (competency ids); [] removes it. */
            focus: z.array(TagId).max(LIMITS.tagsPerStory).optional(),
          })
          .strict(),
        expectedUpdatedAt: IsoDateTime.optional(),
      })
      .strict(),
    Loop,
  ),
  /** Answers with the stories whose "last used" pointed at the loop (it is cleared). */
  deleteLoop: channel(z.object({ id: Id }).strict(), z.object({ deleted: z.literal(true), stories: z.array(Story) })),
  /** The best plan for the loop: covers every focus competency it can with the most ready stories, each story once. */
  suggestLoopPlan: channel(
    z
      .object({
        loopId: Id,
        /** Keep the stories already placed where they are, and fill the rest. */
        keepAssigned: z.boolean().default(false),
        /** Save the plan at once (and record "last used"); the answer then carries the saved loop and its warnings. */
        apply: z.boolean().default(false),
      })
      .strict(),
    LoopPlanProposal.extend({
      loop: Loop.optional(),
      warnings: z.array(LoopWarningDto).optional(),
      /** With `apply`: the stories whose "last used" the saved plan changed. */
      stories: z.array(Story).optional(),
    }),
  ),
  /** Saves the rounds' stories (from Suggest or drag and drop) and records "last used" on the stories. */
  applyLoopPlan: channel(
    z.object({ loopId: Id, rounds: z.array(RoundPlan).max(30), expectedUpdatedAt: IsoDateTime.optional() }).strict(),
    /** `stories`: the stories whose "last used" the saved plan changed. */
    z.object({ loop: Loop, warnings: z.array(LoopWarningDto), stories: z.array(Story) }),
  ),
};
