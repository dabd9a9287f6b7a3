import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

const { printWindowToPdf } = await import('../../../main/shell/print-to-pdf');

function fakeWindow(destroyed = false) {
  const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7'));
  return { win: { isDestroyed: () => destroyed, webContents: { printToPDF } }, printToPDF };
}

describe('printWindowToPdf (electron mocked)', () => {
  it.each([
    ['a4', 'A4'],
    ['letter', 'Letter'],
  ] as const)('prints %s at the CSS page size, with no margins or scaling of its own', async (paper, size) => {
    const { win, printToPDF } = fakeWindow();
    const pdf = await printWindowToPdf(win as never, paper);
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(printToPDF).toHaveBeenCalledWith({
      pageSize: size,
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      scale: 1,
    });
  });

  it('says so clearly when there is no window to print', async () => {
    await expect(printWindowToPdf(undefined, 'a4')).rejects.toMatchObject({ code: 'unsupported' });
    const { win, printToPDF } = fakeWindow(true);
    await expect(printWindowToPdf(win as never, 'a4')).rejects.toThrow(/no window to print/);
    expect(printToPDF).not.toHaveBeenCalled();
  });
});
