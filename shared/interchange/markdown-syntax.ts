// How Markdown lines are read, shared by the exporter (to escape story text that would read as
// structure) and the importer.
import { fieldForLabel, type FieldKey } from './field-names';

export const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
// "**Situation:** text", "**Situation**: text", "Situation: text", "- **Project:** x", "S: text"
export const LABEL =
  /^[ \t]*(?:[-*+][ \t]+)?(\*\*|__)?([A-Za-z][A-Za-z '’&/-]{0,40}?)[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]?(.*)$/;
// A line that is only bold text: "**Situation**" or "**Migrating the feature store**".
export const BOLD_LINE = /^[ \t]*(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$/;

export type LineToken =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'label'; field: FieldKey; rest: string; line: number; fromHeading: boolean }
  | { kind: 'text'; text: string; line: number };

export function headingText(raw: string | undefined): string {
  return (raw ?? '').replace(/[ \t]+#+$/, '').trim();
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
    return { kind: 'heading', level, text: inner.replace(/^(\*\*|__)(.*)\1$/, '$2'), line };
  }
  const bold = BOLD_LINE.exec(text);
  if (bold) {
    const field = fieldForLabel(bold[2].replace(/[:：]\s*$/, ''));
    if (field) return { kind: 'label', field, rest: '', line, fromHeading: false };
    // A bold line on its own works as a story title in documents without headings.
    return { kind: 'heading', level: 7, text: bold[2].trim(), line };
  }
  const label = LABEL.exec(text);
  if (label) {
    const field = fieldForLabel(label[2]);
    if (field) return { kind: 'label', field, rest: label[3], line, fromHeading: false };
  }
  return { kind: 'text', text, line };
}

/** Whether a line of story text would be read as something else, and so needs escaping. */
export function needsEscape(text: string): boolean {
  return readLine(text, 0).kind !== 'text' || text.startsWith('\\');
}
