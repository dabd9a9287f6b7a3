// Draws the README's story sheet images: the sample stories as 6- and 16-story sheets on A4 and US Letter, written
// as .docx, rendered by LibreOffice and drawn by poppler (pdftoppm), into resources/readme/.
// Run: npx tsx scripts/readme-sheet-pages.ts
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exportStorySheet } from '../main/export/export-story-sheet';
import { convertToPdf } from '../tests/main/export/libreoffice';
import { COMPETENCY_NAMES, sampleStories } from '../tests/shared/sheet/sample-stories';

const out = fileURLToPath(new URL('../resources/readme/', import.meta.url));
const docs: { name: string; docx: Buffer }[] = [];
for (const n of [6, 16]) {
  for (const paper of ['a4', 'letter'] as const) {
    const { docx } = await exportStorySheet({
      stories: sampleStories(n),
      paper,
      profile: { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' },
      company: 'Northwind Robotics',
      date: '2025-04-15',
      competencyNames: COMPETENCY_NAMES,
    });
    docs.push({ name: `story-sheet-${n}-${paper}`, docx });
  }
}
for (const [name, pdf] of convertToPdf(docs)) {
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, `${out}${name}`]);
  console.log(`${out}${name}.png`);
}
