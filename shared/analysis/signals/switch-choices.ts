// A choice told as a switch rather than with a choice word: the writer taking a thing from one option to
// another ("switched the clinic from phone calls to text reminders", "I moved to a config-based approach"),
// replacing one with another ("replaced the nightly file with an event sent every time stock changed"), or
// taking one "instead" after looking at another ("looked at a shared spreadsheet, but moved the renewals into
// the CRM instead"). Read from the clause's shape: a switch verb whose subject is the writer (or a note with
// no subject), and the place the thing went to, or what it replaced, after it. Not people moved ("swapped two
// students into my own class"), not a setting changed to a figure ("moved the cut-off from 5 to 7 days").
import { OTHER_PEOPLE, PEOPLE_GROUPS, SWITCH_VERBS, irregularBase } from '../rules/language/lexicon';

/** Where a sentence tells a switch the writer made, and whether it names the option it left. */
export interface SwitchCue {
  index: number;
  /** The option left is named: "from phone calls", "replaced the nightly file", "… instead". */
  leftNamed: boolean;
  /** The words of the thing switched or replaced ("the per-customer queries"), lower case. */
  object: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// The words that may stand between the writer and the verb, or open a note before it.
const LEAD_IN = /^(?:i|we|also|then|and|but|so|first|finally|later|eventually|quickly|instead|gradually)$/i;
// A clause mark just before the verb: a note's bullet or a list ("gave … links and moved …").
const CLAUSE_EDGE = /(?:^|[,;:—–(]|\s-)\s*$/;
// What a thing can be moved to: a determiner, a name, or a plural ("to text reminders", "to Postgres").
const DETERMINER =
  /^(?:a|an|the|our|their|its|my|his|her|this|that|these|those|one|single|each|every|another|some|shared|new)$/i;
const PLACE_WORD = /^(?:to|into|onto)$/i;
const REACH = 12;

function isPast(word: string): boolean {
  return /ed$/i.test(word) || irregularBase(word.toLowerCase()) !== undefined;
}

// "into the CRM", "to a single half-day block", "to Postgres": a place, not a purpose ("changed the key to spread
// users evenly"). After "from …", any "to" is the place the thing went.
function placeAt(words: string[], at: number, fromBefore: boolean): boolean {
  const next = words[at + 1];
  if (next === undefined || /^\d/.test(next)) return false;
  return fromBefore || /^(?:into|onto)$/i.test(words[at]) || DETERMINER.test(next) || /^[A-Z]/.test(next);
}

/** Where a sentence tells a choice as a switch the writer made, or undefined. */
export function switchCue(text: string): SwitchCue | undefined {
  const tokens = [...text.matchAll(WORD)];
  const words = tokens.map((t) => t[0]);
  for (const [i, t] of tokens.entries()) {
    const verb = words[i];
    if (!SWITCH_VERBS.has(verb.toLowerCase()) || !isPast(verb)) continue;
    // The writer's act: "I switched", "we moved", "I … but moved", or a note with no subject that opens on a verb
    // ("- Switched …", "gave … and moved …").
    const before = text.slice(0, t.index);
    const lead = i > 0 ? words[i - 1] : '';
    const writerSubject = /^(?:I|i|we|We)$/.test(lead);
    const note = i === 0 || isPast(words[0]);
    const joined = LEAD_IN.test(lead) || /ly$/i.test(lead) || CLAUSE_EDGE.test(before);
    if (!writerSubject && i !== 0 && !(joined && (note || /\b(?:I|i|we|We)\b/.test(before)))) continue;
    // The clause after the verb, up to its end.
    const rest = text.slice(t.index + verb.length).split(/[;:—–(]|,\s+(?:and|but|so|which|because|since)\b|\.\s/)[0];
    const after = [...rest.matchAll(WORD)].map((m) => m[0]).slice(0, REACH);
    if (after.length === 0) continue;
    // People moved are no option chosen: "swapped two students into my own class".
    const objectEnd = after.findIndex((w) => /^(?:from|to|into|onto|with|over|instead|for|on|in)$/i.test(w));
    const object = after.slice(0, objectEnd < 0 ? after.length : objectEnd).map((w) => w.toLowerCase());
    if (object.some((w) => PEOPLE_GROUPS.has(w) || OTHER_PEOPLE.has(w) || /^(?:him|her|them|people)$/.test(w)))
      continue;
    // A count of things moved is a plan carried out, not the choice: "migrated 140 jobs to the shared pipeline".
    if (object.some((w) => /^\d/.test(w))) continue;
    // A setting moved to a figure is no choice between options: "moved the cut-off from 5 to 7 days".
    if (/\b(?:from|to)\s+[~≈$£€]?\d/i.test(rest)) continue;
    const from = after.findIndex((w) => /^from$/i.test(w));
    const replaced = /^replac/i.test(verb) && after.some((w) => /^with$/i.test(w));
    const instead = /\binstead\b(?!\s+of)/i.test(rest);
    const place = after.findIndex((w, j) => PLACE_WORD.test(w) && placeAt(after, j, from >= 0 && from < j));
    if (!replaced && place < 0 && !instead) continue;
    return { index: t.index, leftNamed: replaced || instead || (from >= 0 && from < place), object };
  }
  return undefined;
}

// What the sentence before says it found: "Profiled the job and found most of the time went to one query per
// customer", "traced the delay to the nightly export".
const FOUND = /\b(?:found|profiled|traced|turned\s+out|pinpointed|diagnosed|showed|spotted|noticed)\b/i;

/**
 * The switch replaces what the sentence before found to be the cause ("found most of the time went to one query per
 * customer", then "replaced the per-customer queries with a single batched query"): that is the fix, not a choice
 * between options.
 */
export function replacesFoundCause(cue: SwitchCue, previous: string | undefined): boolean {
  if (previous === undefined) return false;
  const found = FOUND.exec(previous);
  if (!found) return false;
  const told = previous.slice(found.index).toLowerCase();
  // A content word of the thing replaced, by its first five letters ("queries" / "query", "customer").
  return cue.object
    .flatMap((w) => w.split('-'))
    .some(
      (w) =>
        w.length >= 4 && !/^(?:with|from|into|onto|that|this|those|these)$/.test(w) && told.includes(w.slice(0, 5)),
    );
}
