// The one-page story sheet, planned in pure TypeScript: what goes on the page, how it is cut, and what was left out.
export {
  planSheet,
  orderStories,
  formatSheetDate,
  NUMBER_SEPARATOR,
  TAG_SEPARATOR,
  LOOP_MAP_SEPARATOR,
  PRIORITY,
} from './plan-sheet';
export { keyNumbers, rankKeyNumbers, type KeyNumber, type KeyNumberKind, type RankedNumber } from './key-numbers';
export {
  fitToLines,
  countLines,
  shortenToChars,
  collapseWhitespace,
  collapsedLength,
  ELLIPSIS,
  type FitResult,
} from './text-fit';
export { textWidth, type TextStyle } from './text-measure';
export { abbreviateCompetency } from './competency-tags';
export { sentences, cueSource } from './cues';
export { SECTION_SCAN_CHARS, scanWindow, isLongSection } from './scan-window';
export * from './page-geometry';
export * from './sheet-types';
export { prepareCue, chooseCue, CUE_SCAN_CHARS, type CueChoice, type CueShortening } from './cue-choice';
export { keepTogether } from './text-fit';
export { numberKeys } from './key-numbers';
export { sheetLayout, type SheetLayout } from './print-layout';
