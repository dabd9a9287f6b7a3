// The coverage matrix (stories × competencies or stages) and its CSV export.
import { z } from 'zod';
import { channel } from '../channel';
import { TagId } from '../../domain/schemas';

export const CoverageView = z.enum(['competencies', 'stages']);
export type CoverageView = z.infer<typeof CoverageView>;

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

export const coverageChannels = {
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
