// A markdown heading the story's heading reader does not know ("## Root cause", "### Follow-ups", "# Timeline") is
// kept by the splitter as a sentence of its own. It names a part of the story, not work: even when its words are a
// signal's ("root cause" is after-launch vocabulary), the sentences under it carry the signal, never the heading.
const MARKUP_HEADING = /^\s*#{1,6}\s+[^.!?\n]{1,60}$/;

/** True when the sentence is only a markdown heading line (hashes, then a few words, no sentence end). */
export function isMarkupHeading(text: string): boolean {
  return MARKUP_HEADING.test(text) && text.trim().split(/\s+/).length <= 9;
}
