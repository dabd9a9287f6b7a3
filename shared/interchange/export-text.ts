// Story text may hold control characters (a zero pasted from a PDF, say) that no text file holds,
// and that the importer therefore refuses as a sign of a binary file. Exports write each as its
// Unicode control picture (U+0000 as "␀", U+0001 as "␁", …), visible in any editor, so our own
// Markdown and CSV files always import back. The JSON backup keeps them exactly (JSON escapes them).
// eslint-disable-next-line no-control-regex
const NOT_IN_TEXT_FILES = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

export function textFileSafe(text: string): string {
  return text.replace(NOT_IN_TEXT_FILES, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
}
