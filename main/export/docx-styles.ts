// Typography shared by the .docx exporters: one font that every reader has or substitutes with identical widths
// (Arial; LibreOffice uses the metric-compatible Liberation Sans), a small palette that prints well in grey scale,
// unit conversions, and text runs that are safe for XML and keep right-to-left scripts in order.
import { TextRun, type IRunOptions } from 'docx';

export const FONT = 'Arial';
export const FONT_ATTRIBUTES = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

export const COLOR = {
  ink: '1B2430',
  muted: '5C6773',
  faint: '8A949E',
  accent: '1F4E8C', // story numbers, section labels
  number: '0B6E4F', // key numbers: the thing to say out loud
  rule: 'C5CDD6',
  wash: 'F2F5F8',
} as const;

export const twips = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Characters XML 1.0 cannot carry (C0 controls, lone surrogates, U+FFFE/FFFF) would make Word refuse the file. */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
// A right-to-left stretch: RTL letters, and the spaces and punctuation between them.
const RTL_RUN =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF](?:[\s\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF.,'"()-]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])?/g;

export type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

/**
 * Text runs for `text`, with Hebrew/Arabic stretches marked right-to-left so Word orders and shapes them as
 * LibreOffice does. Runs carry the font for every script so a CJK fallback never changes the planned widths of Latin.
 */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const clean = xmlSafe(text);
  const base: RunStyle = { font: FONT_ATTRIBUTES, ...style };
  if (!RTL_CHAR.test(clean)) return [new TextRun({ ...base, text: clean })];
  const out: TextRun[] = [];
  let last = 0;
  for (const m of clean.matchAll(RTL_RUN)) {
    if (m.index! > last) out.push(new TextRun({ ...base, text: clean.slice(last, m.index) }));
    out.push(new TextRun({ ...base, text: m[0], rightToLeft: true }));
    last = m.index! + m[0].length;
  }
  if (last < clean.length) out.push(new TextRun({ ...base, text: clean.slice(last) }));
  return out;
}
