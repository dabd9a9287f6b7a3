// Picks what a one-line cue says: the sentence that best reminds the speaker of a section, then the rest in order,
// so that the more room a story gets, the more of its own words it keeps.
import { keyNumbers } from './key-numbers';
import { scanWindow } from './scan-window';
import { collapseWhitespace } from './text-fit';
import type { SectionName } from '../domain/sections';

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|Corp|U\.S|U\.K|No|Fig|al))\.$/i;

/** Splits prose into sentences; survives "e.g.", "U.S.", decimals ("3.5") and versions ("v2.1"). */
export function sentences(text: string): string[] {
  const clean = collapseWhitespace(text);
  const out: string[] = [];
  let start = 0;
  for (const m of clean.matchAll(/[.!?。！？]+["'”’)]*(?=\s|$)/gu)) {
    const end = m.index! + m[0].length;
    const candidate = clean.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = clean.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

export type CueSection = SectionName;

/** The text a cue is cut from: the lead sentence first (for a Result, the first one with a number), then the rest. */
export function cueSource(section: CueSection, text: string): string {
  // A cue never needs more than the scan window of a section; the rest cannot fit on one page anyway.
  const parts = sentences(scanWindow(text));
  if (parts.length === 0) return '';
  let lead = 0;
  if (section === 'result') {
    const withNumber = parts.findIndex((s) => keyNumbers(s).length > 0);
    if (withNumber > 0) lead = withNumber;
  }
  return [parts[lead], ...parts.filter((_, i) => i !== lead)].join(' ');
}
