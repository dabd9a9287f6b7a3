// Availability lines: what the writer is ready for, not what they did. "happy to travel up to 40 miles",
// "Willing to relocate", "Available to start immediately", "Open to hybrid or remote", "I am able to work
// weekends". A résumé or a profile states when and where the writer can work; RUBRIC.md lists job titles,
// skill lists and such furniture as no claims, and a distance or a notice period there measures nothing
// done. The shape: a word of readiness (an adjective the writer is, not a verb) opens the line, alone or
// after "I am" / "I'm", and is followed by "to", "for", "from" or nothing. A past act after it ("Able to
// cut …" is still a wish) is not read: the line names no act of the writer's.
import type { Token } from '../language/tokenize';

/** Adjectives of readiness a line opens with: the writer is ready, willing or free to do something. */
const READINESS = new Set(['happy', 'willing', 'able', 'available', 'prepared', 'ready', 'keen', 'open', 'eager']);

/** What may follow the readiness word: "to travel", "for interview", "from 3 June", "immediately". */
const READINESS_FOLLOWERS = new Set(['to', 'for', 'from', 'immediately', 'now', 'at']);

/** Whether the line opens by saying what the writer is ready or free to do: "happy to travel up to 40 miles". */
export function isAvailabilityLine(tokens: readonly Token[]): boolean {
  let i = 0;
  while (i < tokens.length && tokens[i].kind !== 'word') i++;
  if (tokens[i]?.lower === 'i' && (tokens[i + 1]?.lower === 'am' || tokens[i + 1]?.lower === "'m")) i += 2;
  else if (tokens[i]?.lower === "i'm") i++;
  if (!READINESS.has(tokens[i]?.lower ?? '')) return false;
  const next = tokens[i + 1];
  return next === undefined || (next.kind === 'word' ? READINESS_FOLLOWERS.has(next.lower) : next.text === '.');
}
