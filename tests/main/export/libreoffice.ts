// Real-reader checks for .docx files: LibreOffice headless converts them to PDF (several files per soffice run,
// because starting it is the slow part), poppler counts pages, extracts text and draws page images.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('../../artifacts', import.meta.url));

/** Converts every document to PDF in one soffice call, with a fresh profile so parallel runs never share one. */
export function convertToPdf(docs: { name: string; docx: Buffer }[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-docx-'));
  const profile = join(dir, 'profile');
  const inputs = docs.map(({ name, docx }) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, docx);
    return path;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 170_000 },
  );
  const out = new Map<string, string>();
  for (const { name } of docs) {
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}.docx`);
    out.set(name, pdf);
  }
  return out;
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = info.match(/^Pages:\s+(\d+)/m);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** Draws page 1 at 80 dpi into tests/artifacts/<name>.png and returns the path. */
export function pageImage(pdf: string, name: string, dpi = 80): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const prefix = join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

export function copyArtifact(from: string, to: string): void {
  mkdirSync(resolve(to, '..'), { recursive: true });
  copyFileSync(from, to);
}
