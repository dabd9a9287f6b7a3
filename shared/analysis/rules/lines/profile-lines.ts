// Profile lines that describe the writer, not their work: "Interested in ML systems", "Experienced with
// Kafka and dbt", "Passionate about accessible design", "Having 9+ years of experience in data
// engineering". RUBRIC.md: skill lists and self-descriptions assert no act. The head word often reads
// as a past form ("interested", "experienced") or the line names an activity noun ("design"), so the
// verb-first and verbless-duty readings of a resume line would take it for a claim.
import { isPastForm, IRREGULAR_PAST } from '../language/verbs';

/** Adjectives and nouns that describe the writer when a preposition follows: "Skilled in …", "Expert in …". */
export const PROFILE_HEADS: ReadonlySet<string> = new Set([
  'interested',
  'experienced',
  'skilled',
  'passionate',
  'versed',
  'well-versed',
  'enthusiastic',
  'curious',
  'comfortable',
  'adept',
  'knowledgeable',
  'proficient',
  'fluent',
  'expert',
  'specialist',
]);

/** Prepositions that join such a head to what the writer knows or likes. */
const PROFILE_PREPOSITIONS = new Set(['in', 'about', 'at', 'with', 'on']);

/** What a "having …" profile line holds: "Having 9+ years of experience", "Having a strong background in …". */
const HELD_NOUNS = new Set(['experience', 'background', 'expertise', 'knowledge', 'years']);

/**
 * Whether the line (its words without punctuation, lower case) opens by describing the writer: a profile
 * head and its preposition ("Interested in …"), or "having" and what the writer has ("Having 9 years of
 * experience …"). "Having led a team of 6" opens with an act, and "Experienced a 30% drop" has an object.
 */
export function isProfileLine(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined) return false;
  if (PROFILE_HEADS.has(first)) return PROFILE_PREPOSITIONS.has(words[1] ?? '');
  if (first !== 'having') return false;
  const next = words[1];
  if (next === undefined || next === 'been' || isPastForm(next) || IRREGULAR_PAST.has(next)) return false;
  return words.slice(1, 7).some((w) => HELD_NOUNS.has(w));
}
