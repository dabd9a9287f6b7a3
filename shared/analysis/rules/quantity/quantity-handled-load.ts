// The writer's own handled load (RUBRIC-NOTES "The writer's own handled load", session 23): a count per
// period that the writer's own verb governs as its object (a result verb or any action verb), with the
// writer as the clause's subject — "I", or no subject at all as on a resume line ("Handled about 45
// chats a day", "I answer 60 calls a shift", "Reviewed ~500 pull requests a year"). It measures the
// writer's effort: a metric, not scale. The load a team, a site or a system carries ("we now handle 600
// claims a day", "a desk handling 300 calls a day", "It handles 8,000 tickets a day") keeps sizing the
// context, and so does a count too large for one person's hands (a magnitude, or 10,000 or more a
// period), which is a pipeline's traffic.
import { nominalActAt } from './quantity-nominal-acts';
import type { NumberContext } from './quantity-context';
import { type Token } from '../language/tokenize';
import { figureValue } from './number-words';
import { isPartyNoun } from './scale';
import { governorOf } from './quantity-governor';
import { averagedStart, recursLater } from './quantity-phrase';
import { isTitleLine } from '../lines/title-lines';
import { ACTION_BASE, IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';
import { REMIT_VERBS } from '../language/lexicon';
import { isPresentActVerb } from '../voices/present-acts';
import { WEEKDAY_NAMES } from '../language/word-lists/calendar-words';

/** A count told with a magnitude ("3M", "40k", "2 million"): traffic, not one person's load. */
const LARGE_WORDS = /\d\s*[kmb]\b|\b(thousand|million|billion)s?\b/i;

/** Words between the writer's verb and the count it governs ("answered between 50 and 80", "took about 60"). */
const OBJECT_LEADS = new Set([
  'a',
  'an',
  'the',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'over',
  'up',
  'to',
  'between',
  'some',
  'our',
  'my',
  'out',
  'through',
]);

/** Adverbs and auxiliaries that may stand between the writer (or the line's start) and the verb: "I now handle", "I have answered". */
const VERB_LEADS = new Set([
  'now',
  'then',
  'also',
  'still',
  'often',
  'usually',
  'typically',
  'regularly',
  'personally',
  'routinely',
  'consistently',
  'single-handedly',
  'have',
  'has',
  'had',
  'was',
  'am',
]);

/** Marks that end a heading or title before a subjectless line of work: "Support agent — answered …". */
const LINE_BREAKS = new Set([':', ';', '—', '–', '-', '•', '*', '|', '(']);

/** Whether `q` is a count per period that the writer's own verb governs, with the writer as its subject. */
export function isHandledLoad(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'count' || q.gained || q.change) return false;
  // "I bake roughly 300 loaves every night": a recurrence later in the clause is a period of output too, read
  // only where "I" is the verb's subject (isOneWritersLoad).
  // A weekday's recurrence ("every Monday") is a schedule, not a period of output (RUBRIC-NOTES effort spans).
  const recurs = !q.perTime && recursLater(tokens, n.after, RECURRENCE_WINDOW) && !weekdayLater(tokens, n.after);
  if (!q.perTime && !recurs) return false;
  const value = figureValue(q.text);
  if ((value !== undefined && value >= 10000) || LARGE_WORDS.test(q.text)) return false;
  // "Organisation of about 35 weddings a year": the work named by a noun the writer does (quantity-nominal-acts.ts).
  if ((q.result || q.delivered) && nominalActAt(tokens, n.at) !== undefined) return true;
  // "closed an average of 22 files a month": back from before "an average of".
  let k = averagedStart(tokens, n.at) - 1;
  // Back over the words between the count and its verb, and over the first end of a range ("between 50 and 80").
  const skipped = (t: Token) =>
    t.kind === 'symbol'
      ? '~≈'.includes(t.text) || (q.range === true && '-–'.includes(t.text))
      : OBJECT_LEADS.has(t.lower) || (q.range === true && (t.kind === 'number' || t.lower === 'and'));
  while (k >= 0 && skipped(tokens[k])) k--;
  if (k < 0 || tokens[k].kind !== 'word') return !(q.result || q.delivered || recurs) && isLoadOnOwnLine(n);
  // Then back over adverbs and auxiliaries to the subject, or to the start of the line.
  let p = k - 1;
  while (
    p >= 0 &&
    tokens[p].kind === 'word' &&
    (VERB_LEADS.has(tokens[p].lower) || (tokens[p].lower.endsWith('ly') && tokens[p].lower.length > 4))
  )
    p--;
  // No result or delivering verb known: the word before the count is still the writer's verb when "I" is its
  // subject ("I bake roughly 300 loaves a night", "I was sewing about 12 costumes a week"), whatever the verb;
  // with no subject a line of work is read by isLoadOnOwnLine.
  const writers = p >= 0 && tokens[p].lower === 'i' && isOneWritersLoad(n, k);
  if (recurs) return writers;
  if (!(q.result || q.delivered)) return writers || isLoadOnOwnLine(n);
  if (p < 0) return true;
  const t = tokens[p];
  if (t.kind === 'word') return t.lower === 'i';
  return LINE_BREAKS.has(t.text) && (p === 0 || t.text !== '-' || tokens[p - 1].end < t.start);
}

/**
 * The count of `n` is one person's load under the writer's verb at `k` (after "I" and its adverbs): a past
 * form, a progressive's "-ing" after "was"/"am", or a present act (present-acts.ts), not a form of "be" or
 * "have", nor a verb of serving people (REMIT_VERBS), and a count one pair of hands can do.
 */
function isOneWritersLoad(n: NumberContext, k: number): boolean {
  const { tokens, q } = n;
  const w = tokens[k].lower;
  // "I see 25 patients a day", "I look after 8 residents a shift": people served are the job's context.
  if (STATE_FORMS.has(w) || REMIT_VERBS.has(w) || (q.head !== undefined && isPartyNoun(q.head))) return false;
  const value = figureValue(q.text.split(/[–-]/).pop() ?? q.text) ?? figureValue(q.text);
  if (value === undefined || value >= ONE_PERSON_LOAD) return false;
  if (isGerund(w)) return tokens[k - 1]?.lower === 'was' || tokens[k - 1]?.lower === 'am';
  return isPastForm(w) || IRREGULAR_PAST.has(w) || isPresentActVerb(w, tokens[k + 1]?.lower);
}

/** How far after a count its recurrence is looked for: "300 loaves every night for the village shop". */
const RECURRENCE_WINDOW = 8;

/** A weekday in the clause from `from` on ("every Monday", "on Fridays"): the work is set on a schedule. */
function weekdayLater(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    if (tokens[k].kind === 'symbol' && tokens[k].text !== '-') return false;
    const w = tokens[k].lower;
    if (WEEKDAY_NAMES.has(w) || WEEKDAY_NAMES.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}

/** Forms of "be", "have" and "get" after "I": a state or a possession, no work ("I have 30 clients a week"). */
const STATE_FORMS = new Set(['am', 'was', 'have', 'had', 'has', 'get', 'got', 'need', 'needed', 'see', 'saw']);

/** Words that name a subject other than the writer: a team, a place, a system, a relative clause's thing. */
const OTHER_SUBJECTS = new Set([
  'we',
  'our',
  'us',
  'they',
  'their',
  'it',
  'its',
  'he',
  'she',
  'that',
  'which',
  'who',
  'team',
  'department',
]);

/** One person's load: a few hundred units a period at most; more is a place's or a system's volume. */
const ONE_PERSON_LOAD = 1000;

/**
 * "Handled escalated calls from the floor, around 25 per shift", "Handled post-completion for 25–30
 * files a month", "Multi-drop delivery driver, 120–140 drops a day", "avg 5–6 calls/day": a count of
 * work per period on a line only the writer acts on is their own load even when no verb of theirs
 * governs it. The line opens with the writer's verb, a title, or "avg"; no team, system or relative
 * clause stands before the count. People counted ("up to 8 patients per shift") stay the job's
 * context, and so do a frequency ("2–3 times a month"), a size in parentheses ("the AP ledger (c. 2,500
 * invoices a month)"), a count a context word governs, and a count after a comma that names its noun
 * ("Dispatched crews, ~12 field techs per shift": who was sent, not what was done).
 */
function isLoadOnOwnLine(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.context || q.spread || q.group !== undefined || q.known || q.head === 'times') return false;
  if (q.head !== undefined && isPartyNoun(q.head)) return false;
  // "120–140 drops": a range is read by its upper end.
  const value = figureValue(q.text.split(/[–-]/).pop() ?? q.text) ?? figureValue(q.text);
  if (value === undefined || value >= ONE_PERSON_LOAD) return false;
  let comma = false;
  for (let k = 0; k < n.at; k++) {
    const t = tokens[k];
    if (t.text === '(' || OTHER_SUBJECTS.has(t.lower)) return false;
    if (t.text === ',' || t.text === '—' || t.text === '–') comma = true;
  }
  const governor = governorOf(tokens, n.at);
  // "a pharmacy dispensing 300 items a day": an -ing verb governing the count tells what a thing does.
  if (governor >= 0 && tokens[governor].lower.endsWith('ing')) return false;
  const first = tokens.findIndex((t) => t.kind === 'word');
  const opener = tokens[first]?.lower ?? '';
  if (opener === 'avg' || opener === 'average') return true;
  // "Driving: 40 drops a day": an -ing field label names the writer's own work, as a verb opening the line would.
  if (isGerund(opener) && tokens[first + 1]?.text === ':' && !comma) return true;
  if (isTitleLine(tokens)) return true;
  // "Looked after 4-5 residents per shift": a remit verb names people or places served, the job's context.
  if (REMIT_VERBS.has(opener)) return false;
  const writersVerb = isPastForm(opener) || IRREGULAR_PAST.has(opener) || ACTION_BASE.has(opener);
  return writersVerb && (!comma || q.head === undefined);
}
