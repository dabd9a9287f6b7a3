// A title line names the writer's own post, not a party (RUBRIC.md, cross-functional: "teammates, the team" are
// not): "Data Engineer, Ashby Valley NHS Trust (2021 to 2024)", "Charge nurse — St Anne's, 2019–present", "Ops
// lead at Northway (Mar 2020 - Jan 2023)". The shape: a line with no sentence in it, a role, then a comma, a dash
// or "at" and an employer, then a span of dates (a year or a month and year, to a year, "present" or "now"). A
// party named in a sentence of such a résumé ("Worked with the finance team, 2021-2023") has a verb before the
// dates' clause and is still read by the wrapped finder.
import type { Finder } from './sentence-view';

const DATE = String.raw`(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+(?:19|20)\d\d)`;
const TITLE_LINE = new RegExp(
  String.raw`^\W*[A-Z][^,.;:]{1,60}(?:,|\s[—–-]\s|\s(?:at|@)\s)[^.;]{2,80}?(?:\(\s*)?${DATE}\s*(?:-|–|—|to|until)\s*(?:${DATE}|present|now|today|current)\s*\)?\W*$`,
  'i',
);

/** True when the sentence is a résumé title line: role, employer, dates. */
export const isTitleLine = (text: string): boolean => TITLE_LINE.test(text.trim());

/** The cross-functional finder's cue, unless the sentence is a title line. */
export function unlessATitleLine(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    return c && isTitleLine(v.text) ? undefined : c;
  };
}
