// The deep-dive sheet through a real reader: LibreOffice renders each .docx to PDF, poppler counts the
// pages and extracts the text, for small, typical, maximum-size and pasted-HTML projects on A4 and Letter.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeepDiveDocx } from '../../../main/export';
import { DEPTH_LAYERS, planDeepDive, type DeepDiveInput, type DeepDivePlan } from '#shared/projects/index';
import { largeProject, pastedProject, smallProject, typicalProject } from '../../shared/projects/project-fixtures';
import { convertToPdf, pageCount, pageImage, pdfText } from './libreoffice';

interface Case {
  name: string;
  input: DeepDiveInput;
  plan?: DeepDivePlan;
  pdf?: string;
  text?: string;
}

const makers = { small: smallProject, typical: typicalProject, large: largeProject, pasted: pastedProject };
const cases: Case[] = Object.entries(makers).flatMap(([kind, make]) =>
  (['a4', 'letter'] as const).map((paper) => ({ name: `deep-dive-${kind}-${paper}`, input: make(paper) })),
);
const byName = (name: string) => cases.find((c) => c.name === name)!;
// pdftotext breaks lines and may join hyphenated words; compare words with whitespace collapsed.
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  for (const c of cases) c.plan = planDeepDive(c.input);
  const docs = await Promise.all(cases.map(async (c) => ({ name: c.name, docx: await buildDeepDiveDocx(c.plan!) })));
  const pdfs = convertToPdf(docs);
  for (const c of cases) {
    c.pdf = pdfs.get(c.name)!;
    c.text = flat(pdfText(c.pdf));
    pageImage(c.pdf, c.name);
  }
}, 180_000);

describe('deep-dive sheet through LibreOffice', () => {
  it.each(cases.map((c) => c.name))('%s is exactly one page', (name) => {
    expect(pageCount(byName(name).pdf!)).toBe(1);
  });

  it.each(cases.map((c) => c.name))('%s: the title, every layer and every planned item are on the page', (name) => {
    const c = byName(name);
    const text = c.text!;
    // The title as planned (long ones end in "…"); its first words are enough to find it.
    expect(text).toContain(flat(c.plan!.header.title).split(' ').slice(0, 3).join(' '));
    // A label may wrap in its narrow column, and pdftotext may read the next column between its lines.
    const inOrder = (words: string[]) =>
      new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*?'));
    for (const layer of DEPTH_LAYERS) expect(text).toMatch(inOrder(layer.label.split(' ')));
    for (const row of c.plan!.rows)
      for (const item of row.items) {
        // The first six words of each item (pdftotext may split a line's last word at a hyphen).
        const words = flat(item.prefix + item.text)
          .split(' ')
          .slice(0, 6)
          .join(' ');
        expect(text).toContain(words.replace(/…$/, ''));
      }
  });

  it('the typical project shows its notes, a key number and a question to prepare', () => {
    const text = byName('deep-dive-typical-a4').text!;
    expect(text).toContain('Notes: Click logs joined to orders');
    expect(text).toContain('3.1% → 3.6%');
    expect(text).toMatch(/Prepare: On Search ranking: /);
  });

  it('pasted HTML and XML are printed as text, not markup', () => {
    const text = byName('deep-dive-pasted-letter').text!;
    expect(text).toContain('<b>Ranking</b> & “Search”');
    expect(text).toContain('<img src=x onerror=alert(1)> Users & <sellers>');
    expect(text).toContain('</w:t></w:r> I led it & wrote the <design> doc.');
    expect(text).toContain('<script>alert(1)</script> rollout');
  });
});
