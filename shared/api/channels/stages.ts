// Interview stages (recruiter screen, bar raiser…), editable per bank.
import { z } from 'zod';
import { channel } from '../channel';
import { Loop, Stage, Story, TagId } from '../../domain/schemas';

const StageName = z.string().trim().min(1, 'A stage needs a name.').max(200);
const StageList = z.object({ stages: z.array(Stage) });

export const stageChannels = {
  createStage: channel(z.object({ name: StageName }).strict(), Stage),
  renameStage: channel(z.object({ id: TagId, name: StageName }).strict(), Stage),
  /** Every stage id, in the new order. */
  reorderStages: channel(z.object({ ids: z.array(TagId).max(100) }).strict(), StageList),
  /** Also removes the stage from stories' tags and rounds; answers with the stories and loops that changed. */
  deleteStage: channel(
    z.object({ id: TagId }).strict(),
    z.object({ deleted: z.literal(true), stories: z.array(Story), loops: z.array(Loop) }),
  ),
};
