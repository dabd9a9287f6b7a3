// The coverage matrix (stories × competencies or stages) as CSV. The screen computes the matrix itself, from the
// renderer's store.
import { z } from 'zod';
import { channel } from '../channel';
import { TagId } from '../../domain/schemas';

export const CoverageView = z.enum(['competencies', 'stages']);
export type CoverageView = z.infer<typeof CoverageView>;

const CoverageRequest = z
  .object({
    view: CoverageView.default('competencies'),
    /** Defaults to the active framework. */
    frameworkId: TagId.optional(),
  })
  .strict();

export const coverageChannels = {
  /**
   * The matrix as CSV. In the desktop app a save dialog writes it and `savedTo` is the path; through
   * the web bridge (no dialogs) the renderer downloads `csv` as `fileName`.
   */
  exportCoverageCsv: channel(
    CoverageRequest.extend({ saveWithDialog: z.boolean().default(false) }).strict(),
    z.object({ fileName: z.string(), csv: z.string(), savedTo: z.string().optional() }),
  ),
};
