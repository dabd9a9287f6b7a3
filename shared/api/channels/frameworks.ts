// Competency frameworks: copying one (presets included), choosing the active one,
// and editing the user's own.
import { z } from 'zod';
import { channel } from '../channel';
import { Competency, Framework, Settings, TagId } from '../../domain/schemas';

export const FrameworkList = z.object({
  /** Presets first (read-only), then the user's copies. */
  frameworks: z.array(Framework),
  activeFrameworkId: TagId,
});
export type FrameworkList = z.infer<typeof FrameworkList>;

const CompetencyInput = Competency.extend({ id: TagId.optional() });

export const frameworkChannels = {
  /** An editable copy of any framework (presets included); stories' tags keep counting for it. */
  copyFramework: channel(
    z
      .object({
        frameworkId: TagId,
        name: z.string().trim().min(1).max(200).optional(),
        activate: z.boolean().default(true),
      })
      .strict(),
    Framework,
  ),
  setActiveFramework: channel(z.object({ frameworkId: TagId }).strict(), FrameworkList),
  createFramework: channel(
    z
      .object({
        name: z.string().min(1).max(200),
        basedOn: TagId.optional(),
        competencies: z.array(CompetencyInput).max(100).default([]),
      })
      .strict(),
    Framework,
  ),
  /** Competencies, when given, replace the list; new ones may omit their id. */
  updateFramework: channel(
    z
      .object({
        id: TagId,
        name: z.string().min(1).max(200).optional(),
        competencies: z.array(CompetencyInput).max(100).optional(),
      })
      .strict(),
    Framework,
  ),
  /** Answers with the settings: deleting the active framework activates the one it was based on. */
  deleteFramework: channel(
    z.object({ id: TagId }).strict(),
    z.object({ deleted: z.literal(true), settings: Settings }),
  ),
};
