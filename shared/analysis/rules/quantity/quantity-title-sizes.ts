// Figures on a title line (RUBRIC-NOTES "Titles"): "Dental practice manager — 6 surgeries, 11
// clinicians", "Head chef, 60-seat brasserie (2016–2021)", "Claims adviser — home insurance, up to £10k
// per claim". A title, a separator, then verbless phrases: the figures after the separator say how
// large the workplace or the team is (scale) or the limit the post works to (a configuration value),
// never a result of the writer's work, so none of them is a metric. A line that goes on with an act
// ("Store manager — cut stock loss from 3% to 1.2%") or a change is read as before.
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { tokenIndexFrom } from './quantity-phrase';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { lemmaSet } from '../language/word-lists/lemma-set';

/** Separators that close a title: "Store manager — …", "Head chef, …", "Nurse (…)". */
const SEPARATORS = new Set([',', '—', '–', '(', '|', '·', ';', ':']);
/** Words before a figure that make it a limit: "up to £10k", "max 40 covers". */
const LIMIT_LEADS = new Set(['max', 'maximum', 'limit', 'cap']);

/** The index of the first separator of a line, or -1 ("-" counts only with spaces around it). */
function firstSeparator(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'symbol') continue;
    if (SEPARATORS.has(t.text)) return i;
    if (t.text === '-' && tokens[i - 1].end < t.start && tokens[i + 1] && tokens[i + 1].start > t.end) return i;
  }
  return -1;
}

/**
 * Where a title line's figures start: the index of its first separator, when the line is a title
 * (`titleLine`, title-lines.ts) and no past act follows the separator; -1 otherwise. Read once a line.
 */
export function titleSizesFrom(tokens: Token[], titleLine: boolean): number {
  if (!titleLine) return -1;
  const sep = firstSeparator(tokens);
  if (sep < 0) return -1;
  for (let k = sep + 1; k < tokens.length; k++) {
    const w = tokens[k];
    if (w.kind !== 'word') continue;
    // "60-seat" joins its words with hyphens; a past form standing alone is an act.
    const joined = tokens[k - 1]?.text === '-' && tokens[k - 1].start === tokens[k - 2]?.end;
    if (!joined && (isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower))) return -1;
  }
  return sep;
}

/**
 * What a figure on a title line is, given where the line's figures start (`from`, titleSizesFrom):
 * "size" for a count or money after the separator, "limit" for one after "up to" or "max", undefined
 * for a change or a figure in the title itself.
 */
export function titleLineFigure(tokens: Token[], q: Quantity, from: number): 'size' | 'limit' | undefined {
  if (from < 0 || q.change || q.fromTo) return undefined;
  if (q.kind !== 'count' && q.kind !== 'magnitude' && q.kind !== 'money') return undefined;
  const at = tokenIndexFrom(tokens, q.start);
  if (at <= from) return undefined;
  const before = tokens[at - 1]?.lower;
  if ((before === 'to' && tokens[at - 2]?.lower === 'up') || LIMIT_LEADS.has(before ?? '')) return 'limit';
  return 'size';
}

/**
 * Units of time a post is held for or counted in: "8 yrs frontline", "3,900 hours total time". Not the
 * shorter units a result is timed in ("p99 of 40 ms"), nor weeks and days ("3 weeks ahead of plan").
 */
const TIME_IN_POST_UNITS = lemmaSet(
  'time-in-post-units',
  ['year', 'yr', 'yrs', 'month', 'decade', 'hour', 'hr', 'hrs'],
  [],
  {
    nouns: true,
  },
);

/**
 * What a duration on a title line is, given where the line's figures start (`from`, titleSizesFrom):
 * "tenure" for hours, months or years after the separator ("First Officer, A320 family, 3,900 hours
 * total time", "Paramedic, 8 yrs frontline"), the time held in the post; "schedule" for a time per
 * period ("Dental hygienist, 3 days/week at …"), the post's hours. Neither measures the work
 * (RUBRIC-NOTES: tenure is context, a schedule no metric). Undefined for a change, a figure in the
 * title itself, or a line that goes on with an act (titleSizesFrom gives -1 then).
 */
export function titleLineTime(tokens: Token[], q: Quantity, from: number): 'tenure' | 'schedule' | undefined {
  if (from < 0 || q.kind !== 'duration' || q.change || q.fromTo) return undefined;
  if (tokenIndexFrom(tokens, q.start) <= from) return undefined;
  if (q.perTime) return 'schedule';
  return q.head !== undefined && TIME_IN_POST_UNITS.has(q.head) ? 'tenure' : undefined;
}
