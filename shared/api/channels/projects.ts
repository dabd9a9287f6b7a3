// Projects: the stories grouped by project, the depth-map notes, the one deep dive, and its one-page
// sheet. Stories join or leave a project through updateStory (their `project` field).
import { z } from 'zod';
import { channel } from '../channel';
import { IsoDate, IsoDateTime, Project, Story } from '../../domain/schemas';
import { LIMITS } from '../../domain/limits';
import { PaperSize } from '../../sheet/page-geometry';
import { LAYER_IDS } from '../../projects/depth-layers';
import type { DeepDiveReport } from '../../projects/deep-dive-plan';
import { ExportedFile } from './exports';

const ProjectName = z
  .string()
  .max(LIMITS.shortText, `The project name is too long (at most ${LIMITS.shortText} characters).`);

const ProjectsChanged = z.object({ projects: z.array(Project), stories: z.array(Story) });

const LayerNotes = z.partialRecord(z.enum(LAYER_IDS), Project.shape.layerNotes.valueType);

/** The deep-dive planner's report (shared/projects DeepDiveReport), as it crosses the API. */
export const DeepDiveReportDto = z.object({
  bodyPt: z.number(),
  complete: z.boolean(),
  layers: z.array(
    z.object({
      id: z.enum(LAYER_IDS),
      label: z.string(),
      items: z.number().int(),
      shown: z.number().int(),
      shortened: z.number().int(),
    }),
  ),
  summary: z.array(z.string()),
});
export type DeepDiveReportDto = z.infer<typeof DeepDiveReportDto>;
// Fails to compile if the planner's report and this schema drift apart.
const _reportFits: [DeepDiveReport, DeepDiveReportDto] extends [DeepDiveReportDto, DeepDiveReport] ? true : never =
  true;
void _reportFits;

export const projectChannels = {
  createProject: channel(z.object({ name: ProjectName }).strict(), ProjectsChanged),
  /**
   * Renames (every story of the project follows), marks it as the deep dive (the mark leaves any
   * other project) or changes layer notes ('' clears one). Works for a project only stories name.
   */
  updateProject: channel(
    z
      .object({
        name: ProjectName,
        changes: z
          .object({ name: ProjectName.optional(), deepDive: z.boolean().optional(), layerNotes: LayerNotes.optional() })
          .strict(),
        expectedUpdatedAt: IsoDateTime.optional(),
      })
      .strict(),
    ProjectsChanged,
  ),
  /** Deletes the project's notes and mark; with `unlinkStories`, its stories name no project any more. */
  deleteProject: channel(z.object({ name: ProjectName, unlinkStories: z.boolean() }).strict(), ProjectsChanged),
  /** The one-page deep-dive sheet (.docx) of a project, with what was shortened or left out. */
  exportDeepDive: channel(
    z.object({ name: ProjectName, paper: PaperSize.optional(), date: IsoDate.optional() }).strict(),
    z.object({ file: ExportedFile, report: DeepDiveReportDto }),
  ),
};
