// How Markdown lines are read, shared by the exporter (to escape story text that would read as
// structure) and the importer.
import { fieldForLabel, type FieldKey } from './field-names';
import { readSectionHeading } from '../analysis/section-headings';
import { inlineHeadings } from '../analysis/story-segments';

// Every pattern here runs in time linear in the line's length: no two neighbouring parts can match
// the same run of blanks (the old `(.*?)[ \t]*$`, `[ \t]*(?:\*\*)?[ \t]*` made one 31 KB line of
// spaces take 18 s), and trailing blanks are cut with loops, not `/[ \t]+$/` (quadratic in V8 on
// long inner runs of blanks). tests/shared/interchange/linear-time.test.ts holds them to it.
export const HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;
// "**Situation:** text", "**Situation**: text", "Situation: text", "- **Project:** x", "S: text".
// A label ends with a non-blank, so the blanks after it belong to exactly one part of the pattern.
export const LABEL =
  /^[ \t]*(?:[-*+][ \t]+)?(\*\*|__)?([A-Za-z](?:[A-Za-z '’&/-]{0,39}[A-Za-z’&/-])?)[ \t]*(?:(?:\*\*|__)[ \t]*)?[:：][ \t]*(?:\*\*|__)?[ \t]?(.*)$/;
// A line that is only bold text: "**Situation**" or "**Migrating the feature store**".
export const BOLD_LINE = /^[ \t]*(\*\*|__)(.+?)\1[ \t]*(?::[ \t]*)?$/;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** `text` without its trailing spaces and tabs. */
export function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  return text.slice(0, end);
}

export type LineToken =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'label'; field: FieldKey; rest: string; line: number; fromHeading: boolean }
  | { kind: 'text'; text: string; line: number };

/** A heading's text: blanks and closing #s ("## Title ##") removed. */
export function headingText(raw: string | undefined): string {
  const text = trimEndBlanks(raw ?? '');
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  const closed = end < text.length && isBlank(text[end - 1]);
  return (closed ? text.slice(0, end) : text).trim();
}

/**
 * The section a line opens in the forms the story splitter reads ("S -", "Task - …", "What was the
 * result?", "1. Situation", "The ask"; section-headings.ts), so a file imports as a pasted story splits.
 * A letter in brackets ("(S)") needs a second letter beside it, which one line cannot tell: it stays
 * text here, and a story left with no labels is split by the splitter, which can.
 */
function sectionLine(text: string, line: number, fromHeading: boolean): LineToken | undefined {
  const heading = readSectionHeading(text);
  if (!heading || heading.weak || (fromHeading && heading.rest !== '')) return undefined;
  return { kind: 'label', field: heading.section, rest: heading.rest, line, fromHeading };
}

/** Reads one line. `\` at the start marks a line of plain text (our exporter's escape). */
export function readLine(text: string, line: number): LineToken {
  if (text.startsWith('\\')) return { kind: 'text', text: text.slice(1), line };
  const heading = HEADING.exec(text);
  if (heading) {
    const level = heading[1].length;
    // An escaped title is taken as written (closing #s included): our exporter escapes such titles.
    const escaped = (heading[2] ?? '').trim();
    if (escaped.startsWith('\\')) return { kind: 'heading', level, text: escaped.slice(1), line };
    const inner = headingText(heading[2]);
    const labelInHeading = inner.replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/[:：]\s*$/, '');
    const field = fieldForLabel(labelInHeading);
    if (field) return { kind: 'label', field, rest: '', line, fromHeading: true };
    // The heading's own text only: "## Impact of the outage" is a story's title, "## What did you do?" a section.
    const section = sectionLine(inner, line, true);
    if (section) return section;
    return { kind: 'heading', level, text: inner.replace(/^(\*\*|__)(.*)\1$/, '$2'), line };
  }
  const bold = BOLD_LINE.exec(text);
  if (bold) {
    const field = fieldForLabel(bold[2].replace(/[:：]\s*$/, ''));
    if (field) return { kind: 'label', field, rest: '', line, fromHeading: false };
    const section = sectionLine(text, line, false);
    if (section) return section;
    // A bold line on its own works as a story title in documents without headings.
    return { kind: 'heading', level: 7, text: bold[2].trim(), line };
  }
  const label = LABEL.exec(text);
  if (label) {
    const field = fieldForLabel(label[2]);
    if (field) return { kind: 'label', field, rest: label[3], line, fromHeading: false };
  }
  return sectionLine(text, line, false) ?? { kind: 'text', text, line };
}

/** Whether a line of story text would be read as something else, and so needs escaping. */
export function needsEscape(text: string): boolean {
  return readLine(text, 0).kind !== 'text' || text.startsWith('\\') || inlineHeadings(text).length > 1;
}
