// A question to prepare, fitted to the lines the deep-dive sheet grants it. Its end is what counts
// ("…: what alternatives did you consider?"), so when it does not fit, the quote it opens with is
// shortened inside its quotation marks, and the question itself stays whole. Only when even a
// one-word quote leaves the question too long is the end cut, as any other line is.
import { countLines, ELLIPSIS, fitToLines, type FitResult } from '../sheet/text-fit';
import type { TextStyle } from '../sheet/text-measure';

const OPEN = '“';
const CLOSE = '”';
const MIN_QUOTE_WORDS = 3;

/**
 * Fits `text` (a question that may quote the story between “ and ”) into `maxLines`: whole when it
 * fits; else with its first quote shortened to the most words that let the rest fit; else cut at
 * the end like `fitToLines`.
 */
export function fitQuestion(text: string, style: TextStyle, widthPt: number, maxLines: number): FitResult {
  const whole = fitToLines(text, style, widthPt, maxLines);
  if (!whole.shortened || maxLines <= 0) return whole;
  const open = text.indexOf(OPEN);
  const close = open < 0 ? -1 : text.indexOf(CLOSE, open + 1);
  if (close < 0) return whole;
  const before = text.slice(0, open + 1);
  const after = text.slice(close);
  const words = text
    .slice(open + 1, close)
    .replace(new RegExp(`${ELLIPSIS}$`), '')
    .split(/\s+/)
    .filter(Boolean);
  // The longest quote that fits: fewer words never take more lines, so search from the longest down.
  // Under three words a quote no longer says which sentence is meant; then the end is cut instead.
  for (let k = words.length - 1; k >= MIN_QUOTE_WORDS; k--) {
    const quote = words
      .slice(0, k)
      .join(' ')
      .replace(/[\s,;:.–—-]+$/u, '');
    const candidate = `${before}${quote}${ELLIPSIS}${after}`;
    const lines = countLines(candidate, style, widthPt, maxLines + 1);
    if (lines <= maxLines) return { text: candidate, lines, shortened: true };
  }
  return whole;
}
