// The frame both one-page documents share (the story sheet and the project deep dive): the page size
// and margins their plan was fitted to, a 9 pt default, and the tiny paragraph Word needs after a table.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { TAIL_PARAGRAPH_PT } from '#shared/sheet/index';
import { FONT, halfPoints, twips, xmlSafe } from './docx-styles';

/** The page a plan was fitted to, in points. */
export interface OnePageGeometry {
  widthPt: number;
  heightPt: number;
  marginPt: number;
}

/** Writes `body` on one page of `geometry`, ending with a 1 pt paragraph so it can never push onto a second page. */
export async function onePageDocx(title: string, geometry: OnePageGeometry, body: FileChild[]): Promise<Buffer> {
  const margin = twips(geometry.marginPt);
  const doc = new Document({
    creator: 'Storybank',
    title: xmlSafe(title),
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(9) }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(geometry.widthPt), height: twips(geometry.heightPt) },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: 0, footer: 0, gutter: 0 },
          },
        },
        children: [
          ...body,
          // Word needs a paragraph after a table; keep it 1 pt so it can never push onto a second page.
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { line: twips(TAIL_PARAGRAPH_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
            children: [new TextRun({ text: '', size: 2 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
