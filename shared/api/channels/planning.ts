// Competency frameworks as the planner sees them, the coverage matrix and its CSV export. Framework
// CRUD on the bank (rename, edit competencies, delete) is the store's (channels/frameworks.ts); these
// channels add what needs the presets: the merged list, making a copy, and choosing the active one.
import { z } from 'zod';
import { channel } from '../channel';
import { Framework, TagId } from '../../domain/schemas';

export const CoverageView = z.enum(['competencies', 'stages']);
export type CoverageView = z.infer<typeof CoverageView>;

export const FrameworkList = z.object({
  /** Presets first (read-only), then the user's copies. */
  frameworks: z.array(Framework),
  activeFrameworkId: TagId,
});
export type FrameworkList = z.infer<typeof FrameworkList>;

const MatchKind = z.enum(['tagged', 'mapped']);

export const CoverageColumnDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  /** Covering stories, most ready first. */
  storyIds: z.array(z.string()),
  count: z.number().int(),
  readyCount: z.number().int(),
  averageReadiness: z.number().optional(),
  gap: z.boolean(),
  readyShortfall: z.number().int(),
});
export type CoverageColumnDto = z.infer<typeof CoverageColumnDto>;

export const CoverageRowDto = z.object({
  storyId: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'ready', 'retired']),
  readiness: z.number().optional(),
  cells: z.array(MatchKind.nullable()),
});
export type CoverageRowDto = z.infer<typeof CoverageRowDto>;

export const CoverageMatrixDto = z.object({
  view: CoverageView,
  frameworkId: z.string().optional(),
  frameworkName: z.string().optional(),
  columns: z.array(CoverageColumnDto),
  rows: z.array(CoverageRowDto),
  gaps: z.array(z.string()),
  minReady: z.number().int(),
  excluded: z.object({ trashed: z.number().int(), retired: z.number().int() }),
});
export type CoverageMatrixDto = z.infer<typeof CoverageMatrixDto>;

const CoverageRequest = z
  .object({
    view: CoverageView.default('competencies'),
    /** Defaults to the active framework. */
    frameworkId: TagId.optional(),
  })
  .strict();

export const planningChannels = {
  /** Presets and the user's copies, and which one is active. */
  listFrameworks: channel(z.object({}).strict(), FrameworkList),
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
  coverageMatrix: channel(CoverageRequest, CoverageMatrixDto),
  /**
   * The matrix as CSV. In the desktop app a save dialog writes it and `savedTo` is the path; through
   * the web bridge (no dialogs) the renderer downloads `csv` as `fileName`.
   */
  exportCoverageCsv: channel(
    CoverageRequest.extend({ saveWithDialog: z.boolean().default(false) }).strict(),
    z.object({ fileName: z.string(), csv: z.string(), savedTo: z.string().optional() }),
  ),
};
