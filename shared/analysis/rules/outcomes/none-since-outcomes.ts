// A count of none told with a negated present perfect: "we haven't had a pool outage since", "there
// hasn't been a single duplicate payout since", "the shop hasn't lost a customer since the change".
// RUBRIC.md counts zero counts ("no incidents since") as a metric and the end of a trouble as an
// outcome; these say the same with "have not" + a verb of undergoing or losing + "a"/"any"/"a single"
// thing, and a marker of the time after the work ("since", "again", "anymore"). Without the marker
// it is the setup ("we haven't had a proper budget"); with the writer alone as the subject it is their
// own lack ("I haven't had a day off since"), not a result; a present perfect of doing ("haven't
// used a spreadsheet since") is a habit, not a count of troubles. A trouble's own event told with no
// object says the same ("it hasn't happened again since", "the load hasn't broken once in the months
// since"); a lack of change ("sales haven't grown since") is no count.
import type { Token } from '../language/tokenize';
import type { CueRule } from './outcome-scan';
import type { OutcomeCue } from './outcome-types';
import { addCue } from './outcome-scan';
import { lemmaSet } from '../language/lexicon';
import { holdsTrigger, triggerWords } from '../language/trigger-words';

/** Negated "have" forms that open the perfect. */
const NEGATED_HAVE = new Set(["haven't", "hasn't", "'ve"]);
/** Plain "have" forms that take a following "not" or "never". */
const HAVE = new Set(['have', 'has', "we've", "they've", "it's", 'we’ve']);
/** Participles of undergoing or losing: what a count of none is told with. */
const UNDERGONE = new Set([
  'had',
  'seen',
  'lost',
  'missed',
  'dropped',
  'got',
  'gotten',
  'received',
  'suffered',
  'faced',
]);
/**
 * Verbs of a trouble's own event, told with no object after a negated perfect: "it hasn't happened
 * again", "the export hasn't failed since", "the alert hasn't fired once". By lemma. Not verbs of
 * change ("sales haven't grown since", "it hasn't changed since"): a lack of change is no count.
 */
export const TROUBLE_EVENTS = lemmaSet('trouble-event-verbs', [
  'happen',
  'recur',
  'reoccur',
  'occur',
  'repeat',
  'break',
  'fail',
  'crash',
  'slip',
  'lapse',
  'trip',
  'fire',
  'page',
  'leak',
  'stall',
  'bounce',
  'jam',
  'overflow',
  'spike',
  'flare',
  'freeze',
]);
/** Irregular participles of those verbs, which the lemma lookup does not undo: "hasn't broken once", "hasn't frozen since". */
export const IRREGULAR_TROUBLE_EVENTS = new Set(['broken', 'broke', 'frozen', 'froze']);
/** Words after such a participle that show it has no object: a marker, "once", a period or a particle. */
const OBJECTLESS = new Set([
  'since',
  'again',
  'anymore',
  'once',
  'in',
  'over',
  'for',
  'during',
  'at',
  'up',
  'out',
  'down',
  'off',
]);
/** Words that pick out one or any thing of a kind after the participle. */
const ANY_ONE = new Set(['a', 'an', 'any', 'one', 'single']);
/** Words that open the negation. */
const NEGATIONS = ["haven't", "hasn't", 'not', 'never'];
/** A count of none opens with a negation: sentences without one are passed over. */
const NEGATION_TRIGGER = triggerWords('none-since', (lower) => NEGATIONS.includes(lower));
/** Markers of the time after the work. */
const AFTER_THE_WORK = new Set(['since', 'again', 'anymore']);

/** The index of the participle of a negated perfect whose negation stands at `i`, or -1. */
function participleAfterNegation(words: Token[], i: number): number {
  const lower = words[i].lower;
  let k: number;
  if (NEGATED_HAVE.has(lower) && lower !== "'ve") k = i + 1;
  else if ((lower === 'not' || lower === 'never') && i > 0 && HAVE.has(words[i - 1].lower)) k = i + 1;
  else return -1;
  if (words[k]?.lower === 'once' || words[k]?.lower === 'even') k++;
  return k < words.length ? k : -1;
}

/** The negation and the marker of a count of none told with a negated perfect, from word `i`, or undefined. */
function noneSinceAt(words: Token[], i: number): { from: number; to: number } | undefined {
  const k = participleAfterNegation(words, i);
  if (k < 0) return undefined;
  const verb = words[k].lower;
  // "there hasn't been a …": existence negated; any other "been" is a state, not a count.
  const existential = verb === 'been' && words.slice(0, i).some((x) => x.lower === 'there');
  // "it hasn't happened again since", "the load hasn't broken once in the months since": a trouble's
  // own event with no object is the same count of none.
  const event =
    (TROUBLE_EVENTS.has(verb) || IRREGULAR_TROUBLE_EVENTS.has(verb)) && OBJECTLESS.has(words[k + 1]?.lower ?? 'since');
  if (!event) {
    if (!existential && !UNDERGONE.has(verb)) return undefined;
    if (!ANY_ONE.has(words[k + 1]?.lower ?? '')) return undefined;
  }
  // The writer alone as the subject tells their own lack.
  if (words.slice(0, i).some((x) => x.lower === 'i' || x.lower === "i've")) return undefined;
  const from = event ? k + 1 : k + 2;
  const marker = words.slice(from).findIndex((x) => AFTER_THE_WORK.has(x.lower));
  return marker < 0 ? undefined : { from: i, to: from + marker };
}

/** "We haven't had a stockout since", "there hasn't been a single late payout since". */
export const NONE_SINCE_RULE: CueRule = {
  name: 'none-since',
  words: NEGATIONS,
  match({ words, cues, i, w }) {
    const found = noneSinceAt(words, i);
    if (found === undefined) return false;
    addCue(cues, w, words[found.to], 'state');
    cues[cues.length - 1].zeroCount = true;
    return true;
  },
};

/**
 * The cue of a count of none told with a negated perfect anywhere in the sentence, or undefined. The
 * claim rules read "we haven't …" as the writer's state, not an act; this count is the writer's result
 * (claim-exceptions.ts).
 */
export function noneSinceCue(tokens: Token[]): OutcomeCue | undefined {
  if (!holdsTrigger(tokens, NEGATION_TRIGGER)) return undefined;
  const words = tokens.filter((t) => t.kind !== 'symbol');
  for (let i = 0; i < words.length; i++) {
    if (!NEGATIONS.includes(words[i].lower)) continue;
    const found = noneSinceAt(words, i);
    if (found === undefined) continue;
    const [from, to] = [words[found.from], words[found.to]];
    return { start: from.start, end: to.end, kind: 'state', cue: from.lower, zeroCount: true };
  }
  return undefined;
}
