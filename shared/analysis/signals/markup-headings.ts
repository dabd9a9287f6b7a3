// A markdown heading the story's heading reader does not know ("## Root cause", "### Follow-ups", "# Timeline") is
// kept by the splitter as a sentence of its own. It names a part of the story, not work: even when its words are a
// signal's ("root cause" is after-launch vocabulary), the sentences under it carry the signal, never the heading.
// So does a postmortem's or a retro's part title typed on a line of its own without markup ("Root cause",
// "Follow-ups:", "**What went well**"): the report's template names it, whatever the incident.
const MARKUP_HEADING = /^\s*#{1,6}\s+[^.!?\n]{1,60}$/;

/** The part titles of a postmortem or a retro, alone on their line, maybe bold or closed by a colon. */
const REPORT_HEADING =
  /^[\s*_]*(?:summary|timeline|impact|detection|trigger|resolution|mitigation|remediation|root[- ]causes?|contributing\s+factors|follow[- ]?ups?|action\s+items|next\s+steps|lessons(?:\s+learned)?|what\s+went\s+(?:well|wrong|badly)|what\s+(?:didn[’']t|did\s+not)\s+go\s+well|what\s+I[’']d\s+do\s+(?:differently|next\s+time)|post-?mortem|incident\s+(?:review|report|summary))[\s*_]*:?[\s*_]*$/i;

/** True when the sentence is only a heading line: markdown hashes and a few words, or a report's part title. */
export function isMarkupHeading(text: string): boolean {
  return (MARKUP_HEADING.test(text) && text.trim().split(/\s+/).length <= 9) || REPORT_HEADING.test(text);
}
