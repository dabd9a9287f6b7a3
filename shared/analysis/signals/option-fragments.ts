// Trade-off (RUBRIC.md: "a choice of a technical or project option over a named alternative, or the reason one
// option beat another") told in a fragment with no verb, as notes and résumé bullets tell it: "Quantile loss at
// p80 rather than mean error, because …", "local saves rather than cloud saves, because half our players were on
// prepaid data", "SQLite instead of our own file format, since nobody had time to maintain a parser". The shape: a
// sentence that opens with the option (no subject, no verb before the contrast), then "rather than" or "instead
// of" and the alternative, then the reason ("because", "since", "as", "so that"). A manner of handling people
// ("Curiosity rather than confrontation, because …", RUBRIC: manners are not trade-offs) stays unread, and so does
// "over" (a particle as often as a contrast: "moved the jobs over to …").
import type { Finder } from './sentence-view';

const OPTION_OVER_ALTERNATIVE_BECAUSE =
  /^\W*(?![^,;.]*\b(?:I|we|they|he|she|it|was|were|is|are|had|has)\b)((?:[\w%'-]+\s+){1,7})(?:rather\s+than|instead\s+of)\s+([^,;.]{2,60}?),?\s+(?:because|since|as|so\s+that)\b/i;
// Ways of dealing with people, not options of the work.
const MANNER = /^(?:asking|listening|curiosity|talking|explaining|coaching|trust|questions?)\b/i;

/** A verbless option set against its alternative, with the reason it won. */
export const optionFragment: Finder = (v) => {
  const m = OPTION_OVER_ALTERNATIVE_BECAUSE.exec(v.text);
  if (!m || MANNER.test(m[1].trim())) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};
