// How much of a section the sheet reads. A spoken answer is about 300 words (1,800 characters) for all five sections
// together, so a cue or a key number that first appears after 3,000 characters of one section is not something the
// speaker will say. Reading only this much keeps planning a sheet of 30 maximum-length stories (150 sections of 20,000
// characters) well inside its time budget; the report names the sections that were longer, so nothing is cut silently.

export const SECTION_SCAN_CHARS = 3_000;

/**
 * The first `limit` (SECTION_SCAN_CHARS) characters of `text`, ending at a sentence end (or, failing that, a space) so that no
 * number is cut in half ("1,5|00 users" would read as a different number).
 */
export function scanWindow(text: string, limit = SECTION_SCAN_CHARS): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit + 1);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  if (sentenceEnd > limit / 2) return head.slice(0, sentenceEnd + 1);
  let space = head.length - 1;
  while (space > 0 && !/\s/.test(head[space])) space--;
  return space > 0 ? head.slice(0, space) : head.slice(0, limit);
}

/** True when part of the section lies beyond the scan window. */
export function isLongSection(text: string): boolean {
  return text.length > SECTION_SCAN_CHARS && text.slice(SECTION_SCAN_CHARS).trim().length > 0;
}
