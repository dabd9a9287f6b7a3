// "Save as PDF" in the desktop app: Chromium prints the window, which is showing the story sheet's print view (its
// @page rule sets the paper and no margins; the view draws the .docx margins itself). No margins or scaling here, so
// the PDF is the planned page, point for point.
import type { BrowserWindow } from 'electron';
import { ApiError } from '#shared/api/errors';
import type { PaperSize } from '#shared/sheet/page-geometry';

const PAGE_SIZE = { a4: 'A4', letter: 'Letter' } as const;

export async function printWindowToPdf(win: BrowserWindow | undefined, paper: PaperSize): Promise<Buffer> {
  if (!win || win.isDestroyed())
    throw new ApiError('unsupported', 'There is no window to print. Open Storybank again and try once more.');
  return win.webContents.printToPDF({
    pageSize: PAGE_SIZE[paper],
    preferCSSPageSize: true,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    scale: 1,
  });
}
