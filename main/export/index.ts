// Document exporters (plain Node, no Electron): the one-page story sheet and the full story book, as .docx buffers.
export { buildStorySheetDocx } from './story-sheet-docx';
export {
  buildStoryBookDocx,
  PAGE_NUMBERS_UP_TO,
  type StoryBookInput,
  type StoryReadiness,
  type ReadinessFinding,
} from './story-book-docx';
export { exportStorySheet } from './export-story-sheet';
export { buildDeepDiveDocx } from './deep-dive-docx';
