// "Save as PDF" for the story sheet: plan the sheet, put its print view on the page, then either let the desktop app
// print the window to a PDF file (Electron's printToPDF, saved through the native dialog) or, in a browser, open the
// print dialog, where "Save as PDF" is a printer. The print view stays until printing is over.
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ExportedFile, SheetLayoutDto } from '#shared/api/channels/exports';
import type { RequestOf } from '#shared/api/contract';
import type { BankFiles } from '../../data/bank-files';

type SheetRequest = RequestOf<'saveStorySheetPdf'>;

export type PdfOutcome = { file: ExportedFile } | { printDialog: true; stories: number };

/** Resolves once the browser has laid out and painted what React just rendered, with its fonts loaded. */
async function painted(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  await document.fonts?.ready;
}

export function useSheetPdf(files: BankFiles) {
  const [layout, setLayout] = useState<SheetLayoutDto | null>(null);

  useEffect(() => {
    if (!layout) return;
    const done = () => setLayout(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [layout]);

  const save = useCallback(
    async (request: SheetRequest, current?: SheetLayoutDto): Promise<PdfOutcome> => {
      // The preview's layout when it is current; otherwise plan it now.
      const planned = current ?? (await files.planStorySheet(request)).layout;
      flushSync(() => setLayout(planned));
      await painted();
      const result = await files.saveStorySheetPdf(request).catch((error: unknown) => {
        setLayout(null);
        throw error;
      });
      if (result.via === 'saved') {
        setLayout(null);
        return { file: result.file };
      }
      window.print();
      return { printDialog: true, stories: planned.stories.length };
    },
    [files],
  );

  return { layout, save };
}
