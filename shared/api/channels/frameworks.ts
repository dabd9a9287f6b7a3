// Editing the user's own frameworks in the bank. Listing (with the presets), copying a preset and
// choosing the active framework are the planner's channels (planning.ts).
import { z } from 'zod';
import { channel } from '../channel';
import { Competency, Framework, Settings, TagId } from '../../domain/schemas';

const CompetencyInput = Competency.extend({ id: TagId.optional() });

export const frameworkChannels = {
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
