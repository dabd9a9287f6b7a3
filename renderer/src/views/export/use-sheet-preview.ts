// Plans the sheet (without writing anything) whenever its options settle, so the preview always matches what the
// Export button would make. Older answers that arrive late are dropped; while a new plan is on its way the last one
// stays on screen, marked as stale.
import { useEffect, useRef, useState } from 'react';
import type { SheetPreviewDto } from '#shared/api/channels/exports';
import type { Story } from '#shared/domain/schemas';
import { useBankFiles } from '../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import type { ExportOptions } from './export-kinds';

const SETTLE_MS = 250;

export interface SheetPreviewState {
  preview: SheetPreviewDto | null;
  error: string | null;
  loading: boolean;
}

/** Changes whenever a story is added, removed or edited, so the preview is planned again. */
export function storiesVersion(stories: readonly Story[]): string {
  let latest = '';
  for (const s of stories) if (s.updatedAt > latest) latest = s.updatedAt;
  return `${stories.length}:${latest}`;
}

/** `options` null: no preview (another kind, or no story chosen). */
export function useSheetPreview(options: ExportOptions | null, version: string): SheetPreviewState {
  const files = useBankFiles();
  const [result, setResult] = useState<{ key: string; preview: SheetPreviewDto | null; error: string | null } | null>(
    null,
  );
  const latest = useRef(0);
  const request = options
    ? {
        scope: options.scope,
        paper: options.paper,
        company: options.company,
        ...(options.date ? { date: options.date } : {}),
      }
    : null;
  const key = request ? JSON.stringify([request, version]) : null;

  useEffect(() => {
    if (key === null) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      const [sent] = JSON.parse(key) as [Parameters<typeof files.planStorySheet>[0]];
      files.planStorySheet(sent).then(
        (preview) => ticket === latest.current && setResult({ key, preview, error: null }),
        (error: unknown) => ticket === latest.current && setResult({ key, preview: null, error: errorMessage(error) }),
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [files, key]);

  if (key === null) return { preview: null, error: null, loading: false };
  const current = result?.key === key;
  return { preview: result?.preview ?? null, error: current ? result.error : null, loading: !current };
}
