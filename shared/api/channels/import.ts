// Import: preview a file, then commit it all-or-nothing (adding its stories, or replacing the bank).
import { z } from 'zod';
import { channel } from '../channel';
import { Id, Story, StoryFields } from '../../domain/schemas';

// The request may carry a file larger than the import limit, so that the import code can refuse it
// with a message that says so (instead of a generic "invalid request"); the web bridge's body
// limit still stops anything absurd.
const ImportSourceRequest = z.object({
  format: z.enum(['auto', 'json', 'markdown', 'csv']).default('auto'),
  text: z
    .string()
    .max(64 * 1024 * 1024)
    .optional(),
  base64: z
    .string()
    .max(64 * 1024 * 1024)
    .optional(),
  fileName: z.string().max(1_000).optional(),
});

export const ImportProblemDto = z.object({
  row: z.number().int(),
  line: z.number().int().optional(),
  field: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const ImportPreviewDto = z.object({
  format: z.enum(['json', 'markdown', 'csv']),
  stories: z.array(z.object({ row: z.number().int(), fields: StoryFields })),
  problems: z.array(ImportProblemDto),
  unknownColumns: z.array(z.string()),
  canImport: z.boolean(),
  /** For a JSON backup: it can replace the whole bank instead of adding its stories. */
  canReplaceBank: z.boolean(),
});
export type ImportPreviewDto = z.infer<typeof ImportPreviewDto>;

export const importChannels = {
  previewImport: channel(ImportSourceRequest.strict(), ImportPreviewDto),
  /**
   * Imports the same input again and writes it in one save, or nothing if any row has an error.
   * 'add' appends the stories; 'replace' (JSON backups only) replaces the whole bank, after backing it up.
   */
  commitImport: channel(
    ImportSourceRequest.extend({ mode: z.enum(['add', 'replace']).default('add') }).strict(),
    z.object({
      imported: z.number().int(),
      storyIds: z.array(Id),
      /** The stories added; empty when the whole bank was replaced (the renderer then reopens it). */
      stories: z.array(Story),
      replacedBank: z.boolean(),
    }),
  ),
};
