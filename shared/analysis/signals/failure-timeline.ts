// After-launch work (RUBRIC.md: an incident, its diagnosis, its fix) told as a postmortem's timeline: lines that
// open with the clock time they happened at ("09:14 freshness alert fired", "at 02:10 I rolled back", "10:20 I
// pinned the model to yesterday's snapshot", "12:15 pipeline fixed"). An entry alone often names no failure ("I
// pinned the model …"); the timeline does. So: when a story has two or more entries, and one of them already shows
// running a live system or names a live failure, every entry is the incident as it was run. A timeline of a plan
// or an event day ("09:00 doors opened") names no failure and stays unread.
import type { StorySentence } from './story-sentences';
import type { SignalId } from './signal-ids';
import { namesLiveFailure } from './incident-context';

/**
 * A clock time opening the sentence, after markup and an optional "at"/"by"/"around": "09:14", "at 2:10", "7am",
 * "11.30pm". A figure (a share, a decimal) has no clock's shape: minutes are two digits under 60, or am/pm follows.
 */
const CLOCK_OPENER =
  /^[\s\-*•>#|[(]*(?:(?:at|by|around|about|~)\s+)?(?:(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?![\d%])/i;

/** Whether the sentence opens with a clock time, as a timeline entry does. */
export const opensWithClockTime = (text: string): boolean => CLOCK_OPENER.test(text);

/**
 * The indices of a failure timeline's entries (see above): empty unless two or more sentences outside the lessons
 * open with a clock time and one of them shows after-launch work by its own words (`seen`, the signals each sentence
 * shows so far) or names a live failure.
 */
export function failureTimeline(sentences: readonly StorySentence[], seen: readonly ReadonlySet<SignalId>[]): number[] {
  const entries: number[] = [];
  for (let i = 0; i < sentences.length; i++)
    if (sentences[i].section !== 'reflection' && opensWithClockTime(sentences[i].text)) entries.push(i);
  if (entries.length < 2) return [];
  for (const i of entries) if (seen[i].has('after-launch') || namesLiveFailure(sentences[i].text)) return entries;
  return [];
}
