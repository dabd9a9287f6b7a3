// A schedule told as a change: "deploys went from weekly to several times a day", "from a monthly
// scramble to a daily check", "from a weekly batch to real time". Both ends are frequencies with no
// figure, so the pair measures nothing (RUBRIC-NOTES, schedules told as a change); a process of the
// work made more often is its outcome. The ends are
// read by their shape — a frequency word, "once/twice/N/several times a <period>", "every <period>",
// "on demand", "real time", "on every merge" — and compared by how often each happens in a year. A
// process made less often ("from weekly to fortnightly") or a meeting's schedule is a bare action.
// "X instead of Y" is not read: it also tells a schedule the writer set ("put the reconciliations on a
// daily schedule instead of monthly"), and reading it cost a figures-only set a false outcome.
import type { Token } from '../language/tokenize';
import { EVERY_EVENT_NOUNS, FREQUENCY_WORD_RATES, MEETING_NOUNS, PERIOD_RATES } from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { addCue, type CueRule } from './outcome-scan';
import type { OutcomeCue } from './outcome-types';

/** A frequency read at a word: how many times a year it happens, and the index of its last word. */
interface Frequency {
  rate: number;
  last: number;
}

const INFINITE = Number.POSITIVE_INFINITY;
/** Words that count times without a figure: "several times a day". */
const SOME_TIMES = new Set(['several', 'many', 'multiple', 'few']);

/** The period a frequency's tail names ("a day", "per week", "every two weeks" → 26), from index `k`. */
function periodRate(words: readonly Token[], k: number): { rate: number; last: number } | undefined {
  let n = 1;
  let p = k;
  const count = words[p]
    ? (numberWordValue(words[p].lower) ?? (/^\d+$/.test(words[p].lower) ? Number(words[p].lower) : undefined))
    : undefined;
  if (count !== undefined && count > 0) {
    n = count;
    p++;
  } else if (words[p]?.lower === 'other') {
    n = 2;
    p++;
  }
  const unit = words[p]?.lower;
  if (unit === undefined) return undefined;
  const rate = PERIOD_RATES.get(unit) ?? PERIOD_RATES.get(unit.replace(/s$/, ''));
  return rate === undefined ? undefined : { rate: rate / n, last: p };
}

/** The frequency that starts at `k`, if one does. */
export function frequencyAt(words: readonly Token[], k: number): Frequency | undefined {
  const w = words[k];
  if (w === undefined) return undefined;
  const lower = w.lower;
  const word = FREQUENCY_WORD_RATES.get(lower);
  if (word !== undefined) return { rate: word, last: k };
  const next = words[k + 1]?.lower;
  if (lower === 'real' && next === 'time') return { rate: INFINITE, last: k + 1 };
  if (lower === 'on' && next === 'demand') return { rate: INFINITE, last: k + 1 };
  // "every week", "every two weeks", "every shift", "every commit", "on every merge".
  if (lower === 'every' || lower === 'each') {
    if (next !== undefined && EVERY_EVENT_NOUNS.has(next.replace(/e?s$/, ''))) return { rate: INFINITE, last: k + 1 };
    const period = periodRate(words, k + 1);
    return period && { rate: period.rate, last: period.last };
  }
  if (lower === 'on' && next === 'every') return frequencyAt(words, k + 1);
  // "once a month", "twice per week", "three times a day", "several times a day".
  let times: number | undefined;
  let p = k + 1;
  if (lower === 'once') times = 1;
  else if (lower === 'twice') times = 2;
  else if (next === 'times') {
    times = SOME_TIMES.has(lower) ? 3 : (numberWordValue(lower) ?? (/^\d+$/.test(lower) ? Number(lower) : undefined));
    p = k + 2;
  }
  if (times === undefined) return undefined;
  const per = words[p]?.lower;
  if (per !== 'a' && per !== 'an' && per !== 'per' && per !== 'every' && per !== 'each') return undefined;
  const period = periodRate(words, p + 1);
  return period && { rate: times * period.rate, last: period.last };
}

/** The first frequency starting within `span` words from `from`. */
function frequencyWithin(words: readonly Token[], from: number, span: number): Frequency | undefined {
  for (let k = from; k < words.length && k < from + span; k++) {
    const f = frequencyAt(words, k);
    if (f !== undefined) return f;
  }
  return undefined;
}

/** Does the sentence's schedule belong to a meeting ("moved our sync from weekly to twice a week")? */
function aboutAMeeting(words: readonly Token[]): boolean {
  return words.some((w) => MEETING_NOUNS.has(w.lower) || MEETING_NOUNS.has(w.lower.replace(/-/g, '')));
}

/** "from weekly to daily": the before at "from", the after past "to" more often. */
function fromLessToMore(words: readonly Token[], i: number): boolean {
  const before = frequencyWithin(words, i + 1, 3);
  if (before === undefined) return false;
  for (let k = before.last + 1; k < words.length && k <= before.last + 3; k++) {
    const l = words[k].lower;
    if (l !== 'to' && l !== 'into') continue;
    const after = frequencyWithin(words, k + 1, 3);
    return after !== undefined && after.rate > before.rate;
  }
  return false;
}

/** A process of the work made more often, told as a before → after of frequencies (see the file comment). */
export const MORE_OFTEN_RULE: CueRule = {
  name: 'more-often',
  words: ['from'],
  match({ words, cues, i, w }) {
    if (!fromLessToMore(words, i) || aboutAMeeting(words)) return false;
    addCue(cues, w, words[i + 1] ?? w, 'change');
    return true;
  },
};

/** Arrows typed between a before and an after schedule ("weekly → daily"); "->" is read as its two marks. */
const SCHEDULE_ARROWS = new Set(['→', '⇒', '⟶']);

/**
 * "model freshness: weekly → daily retrains", "stock counts monthly -> every shift": a schedule pair
 * typed with an arrow, the same reading as "from weekly to daily" (MORE_OFTEN_RULE). The before
 * frequency ends at the arrow and the after one starts right after it, more often.
 */
export function arrowMoreOften(tokens: readonly Token[], words: readonly Token[]): OutcomeCue | undefined {
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    // A typed arrow's "-" and every arrow character are symbol tokens: words are passed over without a lookup.
    if (t.kind !== 'symbol') continue;
    const typed = t.text === '-' && tokens[k + 1]?.text === '>';
    if (!typed && !SCHEDULE_ARROWS.has(t.text)) continue;
    const beforeEnd = words.indexOf(tokens[k - 1]);
    const afterStart = words.indexOf(tokens[typed ? k + 2 : k + 1]);
    if (beforeEnd < 0 || afterStart < 0) continue;
    let before: Frequency | undefined;
    for (let s = Math.max(0, beforeEnd - 3); s <= beforeEnd && before === undefined; s++) {
      const f = frequencyAt(words, s);
      if (f !== undefined && f.last === beforeEnd) before = f;
    }
    const after = before && frequencyAt(words, afterStart);
    if (before === undefined || after === undefined || after.rate <= before.rate || aboutAMeeting(words)) continue;
    return { start: tokens[k - 1].start, end: words[after.last].end, kind: 'change', cue: t.text };
  }
  return undefined;
}
