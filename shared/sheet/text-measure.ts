// Estimates how wide a string is when set in Arial / Liberation Sans, in points. Characters outside the measured
// table fall back to the widest plausible glyph of their script, so the estimate errs on the side of more lines.
import { BOLD_WIDTHS, METRIC_CHARS, REGULAR_WIDTHS } from './arial-widths';

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
}

/** Widens every estimate a little: kerning is off in both readers, but rounding to device pixels is not. */
export const WIDTH_SAFETY = 1.03;

const regular = new Map<number, number>();
const bold = new Map<number, number>();
{
  let i = 0;
  for (const ch of METRIC_CHARS) {
    const cp = ch.codePointAt(0)!;
    regular.set(cp, REGULAR_WIDTHS[i]);
    bold.set(cp, BOLD_WIDTHS[i]);
    i++;
  }
}

/** Width of one code point in 1/1000 em. */
export function codePointWidth(cp: number, isBold = false): number {
  const known = (isBold ? bold : regular).get(cp);
  if (known !== undefined) return known;
  // Zero-width: combining marks, joiners, variation selectors, direction marks.
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x2060
  )
    return 0;
  if (cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff)) return 1300; // emoji, drawn wider than 1 em
  if (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
    return 1000; // CJK, kana, hangul, fullwidth forms: one em
  if (cp >= 0x0590 && cp <= 0x08ff) return 700; // Hebrew, Arabic, Syriac… (fallback fonts vary)
  if (cp < 0x0590) return isBold ? 780 : 760; // other Latin, Greek, Cyrillic: as wide as a wide capital
  return 1000;
}

// Words repeat a lot in prose ("the", "and", "model"), so their widths in em are remembered, per weight.
const cache = [new Map<string, number>(), new Map<string, number>()];
const CACHE_LIMIT = 50_000;

function units(text: string, isBold: boolean): number {
  const memo = cache[isBold ? 1 : 0];
  const known = memo.get(text);
  if (known !== undefined) return known;
  let sum = 0;
  for (const ch of text) sum += codePointWidth(ch.codePointAt(0)!, isBold);
  if (text.length <= 40) {
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(text, sum);
  }
  return sum;
}

/** Estimated width in points, with the safety margin applied. */
export function textWidth(text: string, style: TextStyle): number {
  return (units(text, style.bold ?? false) / 1000) * style.sizePt * WIDTH_SAFETY;
}
