// The WHAT slot of a changed state (changed-states.ts) read by role and direction, and the clauses that carry it.
// The definition is changed-states.ts's: the thing or party the work touched, told changed or in a state set against
// before, after the writer's act. This module widens how the predicate and its carrier are recognized.
// - ROLE AND DIRECTION, not family: a predicate whose verb ends its subject ("the freezes ended", "the
//   complaints stopped", "the stock-outs were over") is good when the subject is a trouble — by the lexicon's valence
//   and trouble words, or by its role: a recurring thing (a plural, or a noun after "weekly", "nightly", a weekday)
//   that the work ended — and never when the subject is a good thing; a predicate that keeps its subject ("17 are still
//   with us", "approval rates held", "eight stayed on", "it still plays every Sunday") tells a state kept after the
//   work; "back in / at / to" after "be" a state returned ("it is back in concert use"); "became" a change to what
//   follows it ("…, which became the busiest sessions"). A kept or returned state is refused for a trouble, with a
//   negation ("still not perfect") or with a word of the old way ("still use the old spreadsheet": nothing changed).
// - CARRIERS: the writer's act causing the change, told in a clause whose verb is a causative or an ending verb over
//   an object — "…, which made large files load without blocking the UI", "…, which let a single run finish
//   overnight", "…, which ended the Friday deploy freezes", "…, leaving the chefs free", "My feed plan kept the yield
//   steady". The carrier is a relative ("which", "that", "who"), a demonstrative after a clause mark ("— this made
//   …"), a participle after a comma ("…, ending …"), or a subject that is the writer's work ("my new layout", a
//   gerund of the act: "Switching to overnight proving made …"). The object Y is the touched thing; Y's change is
//   judged by the same direction test: a trouble ended, lessened or negated ("made picking errors rare", "without
//   blocking"), or a thing that is no trouble let, made or kept to do or be something not bad. A relative clause is
//   decided by its verb and tense, not by its form: a present verb tells what the thing does ("the tool, which lets
//   analysts …": its function, no change), a past or perfect causative tells what the work brought about.
// Refused, by meaning: a modal or negated carrier (a hope, a plan: "which would let"), the writer as the object ("made
// me realise": a lesson), a trouble made or let to grow ("made the queues longer", "let more complaints reach …"), a
// good thing ended, a thing ended that is neither trouble nor recurring ("the drive, which ended in March"), a
// "leaving" with no good state after it ("leaving customers without …"), and every carrier with no act of the
// writer's before it. Each check looks a bounded number of words after the carrier's verb.
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from './outcome-types';
import type { ClauseActor } from '../voices/clause-actors';
import { writerActsBefore } from '../voices/clause-actors';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { isTroubleWord } from './outcome-scan';
import {
  changeOfStateVerb,
  ENABLING_VERBS,
  lemmaSet,
  MODAL_VERBS,
  NEGATIONS,
  THING_END_VERBS,
  wordValence,
  LED_PEOPLE,
  PEOPLE_GROUPS,
} from '../language/lexicon';

/** Verbs that bring about a state of their object with a bare verb or a state after it: "made Y load", "had Y done". */
const BARE_CAUSATIVES = lemmaSet('carrier-bare-causatives', ['make', 'have']);
/** Verbs that keep or leave their object in a state: "kept the yield steady", "leaving the chefs free". */
const KEEPING_CAUSATIVES = lemmaSet('carrier-keeping-causatives', ['keep', 'leave']);
/** Verbs that end their object (WordNet's "end", "terminate", "stop" in their transitive sense): "which ended Y". */
const ENDING_VERBS = lemmaSet('carrier-ending-verbs', ['end', 'stop', 'halt', 'terminate', 'eliminate', 'abolish']);
/** Verbs that end their subject (the same senses, intransitive): "the freezes ended", "the complaints ceased". */
const ENDED_VERBS = lemmaSet('carrier-ended-verbs', ['end', 'stop', 'cease', 'finish']);
/** Openers of a relative or a demonstrative that carries the act: "which made", "that let", "this meant". */
const CARRIER_SUBJECTS = new Set(['which', 'that', 'who', 'this', 'it']);
/** The writer's possessives: "my new layout let …", "our feed plan kept …". */
const WRITER_POSSESSIVES = new Set(['my', 'our']);
/** The writer as the object of a causative: "made me realise" tells a lesson, not the touched thing's change. */
const WRITER_OBJECTS = new Set(['me', 'myself', 'i']);
/** Words that open a phrase after the object: the object has no verb or state after it ("made furniture for hotels"). */
const PHRASE_OPENERS = new Set([
  'for',
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'with',
  'into',
  'about',
  'and',
  'or',
  'but',
]);
/** Determiners and quantifiers that open the object noun phrase, not counted as its content. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'my',
  'their',
  'its',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'every',
  'each',
  'all',
  'most',
  'some',
  'both',
  'any',
  'much',
  'many',
]);
/** Prepositions of a circumstance after the change: a trouble behind them is the setting ("through the drought"). */
const CIRCUMSTANCES = new Set(['through', 'during', 'despite', 'after', 'before', 'until', 'while', 'amid']);
/** Words that turn a trouble after them down: "without blocking", "no double entries", "fewer errors". */
const TURNED_DOWN_BEFORE = new Set(['without', 'no', 'not', 'never', 'fewer', 'less', 'nor', 'zero', 'none']);
/** Words after a trouble that tell it went down or away: "made picking errors rare", "the queues shorter". */
const TURNED_DOWN_AFTER = new Set([
  'rare',
  'rarer',
  'gone',
  'down',
  'away',
  'over',
  'shorter',
  'smaller',
  'fewer',
  'lower',
  'less',
  'disappear',
  'vanish',
]);
/** Words of a recurring thing: a noun after one that the work ended was a trouble by its role ("the weekly flooding"). */
const RECURRENCE_WORDS = new Set([
  'daily',
  'nightly',
  'weekly',
  'monthly',
  'yearly',
  'annual',
  'recurring',
  'regular',
  'constant',
  'endless',
  'repeated',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** Words of a state before the work kept on: "still use the old spreadsheet" tells nothing changed. */
const OLD_WAY_WORDS = new Set(['old', 'previous', 'legacy', 'manual', 'same', 'former', 'paper', 'original']);
/** Verbs that keep their subject in its state: "eight stayed on", "approval rates held", "most remain with us". */
const KEPT_VERBS = lemmaSet('carrier-kept-verbs', ['stay', 'remain', 'hold']);
/** Forms of "be" before "back in …", "still …": "it is back in use", "17 are still with us". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'been', 'be']);
/** Prepositions after "back" that tell a place or a state returned to: "back in concert use", "back to full scope". */
const RETURN_PLACES = new Set(['in', 'at', 'to', 'on', 'into']);

/** Whether the word is a past form (or "let", whose past is its base): the tense of a told result. */
function pastOrLet(lower: string): boolean {
  return isPastForm(lower) || IRREGULAR_PAST.has(lower) || lower === 'let' || lower === 'put';
}

/** Whether words `from`..`to` hold a trouble not turned down (see TURNED_DOWN_*): a trouble made, let or kept. */
function troubleStands(words: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (CIRCUMSTANCES.has(words[k].lower)) return false;
    const l = words[k].lower;
    // A negator is no trouble itself ("no" is rated bad): it turns down what follows it.
    const bad = !TURNED_DOWN_BEFORE.has(l) && (isTroubleWord(l) || (wordValence(l) ?? 0) <= -1);
    if (!bad || verbAfterPlural(words, k, from)) continue;
    let down = false;
    for (let j = Math.max(from, k - 3); j < k; j++) if (TURNED_DOWN_BEFORE.has(words[j].lower)) down = true;
    for (let j = k + 1; j <= to && j <= k + 4; j++) {
      const l = words[j].lower;
      const d = changeOfStateVerb(l);
      if (TURNED_DOWN_AFTER.has(l) || ENDED_VERBS.has(l) || d === 'vanish' || d === 'decrease') down = true;
    }
    if (!down) return true;
  }
  return false;
}

/**
 * Whether the word at `k` is in a verb's place: a bare form right after a plural object ("made large files load"), so
 * a trouble noun's spelling there ("load", "block") is the complement's verb, not a trouble.
 */
function verbAfterPlural(words: Token[], k: number, from: number): boolean {
  const prev = words[k - 1]?.lower ?? '';
  return k > from && /[^s]s$/.test(prev) && !DETERMINERS.has(prev) && !/s$/.test(words[k].lower);
}

/**
 * Whether the noun phrase from `from` to `to` is a trouble to end: a trouble word or a bad valence in it, or — by its
 * role — a recurring thing (a plural head, or a word of recurrence before it) that is no good thing.
 */
export function endsATrouble(words: Token[], from: number, to: number): boolean {
  let recurring = false;
  for (let k = from; k <= to && k <= from + 8; k++) {
    const l = words[k].lower;
    if (isTroubleWord(l) || (wordValence(l) ?? 0) <= -1) return true;
    if ((wordValence(l) ?? 0) >= 1) return false;
    if (RECURRENCE_WORDS.has(l)) recurring = true;
  }
  const head = words[to]?.lower ?? '';
  return recurring || (/[^s]s$/.test(head) && head.length > 3);
}

/** The end of the noun phrase that starts at `from` (before a phrase opener or the clause's end), bounded. */
function phraseEnd(words: Token[], from: number, end: number): number {
  let k = from;
  // "most of the hand-off arguments": a quantifier's "of" stays inside the phrase.
  const inside = (j: number) => words[j].lower === 'of' && DETERMINERS.has(words[j - 1].lower);
  while (k + 1 <= end && k + 1 <= from + 6 && (!PHRASE_OPENERS.has(words[k + 1].lower) || inside(k + 1))) k++;
  return k;
}

/**
 * The change a causative or ending verb at `v` carries onto its object, judged by direction: true when the object
 * (the touched thing) ends as a trouble ended, or is made, let, kept or left to do or be something not bad.
 */
function carriedGood(words: Token[], v: number, end: number): boolean {
  const lower = words[v].lower;
  let from = v + 1;
  // "permitted to the team to stop …": a non-native "to" before the object.
  if (words[from]?.lower === 'to' && DETERMINERS.has(words[from + 1]?.lower ?? '')) from++;
  if (from > end || WRITER_OBJECTS.has(words[from].lower)) return false;
  const last = Math.min(end, from + 14);
  if (ENDING_VERBS.has(lower)) {
    // "ended in March": the thing's own end, told with a time, not an object ended.
    if (PHRASE_OPENERS.has(words[from].lower)) return false;
    return endsATrouble(words, from, phraseEnd(words, from, last));
  }
  if (troubleStands(words, from, last)) return false;
  // The object's content words before the first phrase opener: a verb or a state must follow the object.
  let content = 0;
  let to = false;
  for (let k = from; k <= last; k++) {
    const l = words[k].lower;
    if (l === 'to' && k > from) to = true;
    if (PHRASE_OPENERS.has(l)) break;
    if (!DETERMINERS.has(l)) content++;
  }
  // "it made things worse" is refused above; "kept running out of disk", "kept timing out": "keep" with a gerund is
  // a habit of the thing, not a state the work kept.
  if (KEEPING_CAUSATIVES.has(lower) && words[from].lower.endsWith('ing')) return false;
  if (ENABLING_VERBS.has(lower) || lower === 'got' || lower === 'get' || lower === 'getting') {
    // "let Y V" takes a bare verb; "allowed / got / helped Y to V" a "to". The complement must tell a change by its
    // direction: "allowed employees to upload pdfs" tells what the thing does (its function), "let the team stop the
    // manual refreshes" what the work changed.
    return ((lower.startsWith('let') && content >= 2) || to) && directionIn(words, from, last);
  }
  if (BARE_CAUSATIVES.has(lower)) return content >= 2 && directionIn(words, from, last);
  // "…, which became the busiest sessions": the thing the act made, changed into what follows (not a trouble).
  if (lower === 'became') return content >= 1 && words[v - 1]?.lower !== 'who';
  if (KEEPING_CAUSATIVES.has(lower)) {
    // "leaving the chefs free to prep": a good state after the object; "leaving the company" tells the writer left.
    for (let k = from; k <= last; k++) if ((wordValence(words[k].lower) ?? 0) >= 1) return true;
    return lower.startsWith('k') && content >= 2 && directionIn(words, from, last);
  }
  return false;
}

/** Words of a change set against before in a carried complement: "instead of", "no get-in day", "come back". */
const CONTRAST_WORDS = new Set([
  'instead',
  'without',
  'no',
  'never',
  'again',
  'back',
  'anymore',
  'longer',
  'fewer',
  'less',
  'rare',
  'rarer',
  'steady',
  'stable',
  'under',
  'below',
  'within',
]);

/**
 * Whether words `from`..`to` tell a direction: a word of contrast with before, an ending or closing verb ("stop the
 * manual refreshes", "close the Sunday night shift"), a verb of a change of state, or a good word ("free", "easier").
 */
function directionIn(words: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const l = words[k].lower;
    if (CONTRAST_WORDS.has(l) || ENDED_VERBS.has(l) || ENDING_VERBS.has(l) || THING_END_VERBS.has(l)) return true;
    if (changeOfStateVerb(l) !== undefined || (wordValence(l) ?? 0) >= 1) return true;
  }
  return false;
}

/** Whether a modal or a negation stands in the two words before `v` ("which would let", "which didn't end"). */
function hedged(words: Token[], from: number, v: number): boolean {
  for (let k = Math.max(from, v - 2); k < v; k++) {
    const l = words[k].lower;
    if (MODAL_VERBS.has(l) || NEGATIONS.has(l) || l.endsWith("n't")) return true;
  }
  return false;
}

/** Whether the verb at `v` is a carrier's verb: a causative, a keeping verb or an ending verb. */
function carrierVerb(lower: string): boolean {
  return (
    ENABLING_VERBS.has(lower) ||
    BARE_CAUSATIVES.has(lower) ||
    KEEPING_CAUSATIVES.has(lower) ||
    ENDING_VERBS.has(lower) ||
    lower === 'became' ||
    lower === 'got' ||
    lower === 'get' ||
    lower === 'getting'
  );
}

/**
 * The outcome carried by clause `c` (see the head of this file): a relative, a demonstrative or a participle with a
 * causative or ending verb after the writer's act, or a clause whose subject is the writer's work. `actBefore` tells
 * whether the sentence shows the writer's act before the clause. Undefined when the clause carries no good change.
 */
export function carriedChangeCue(
  tokens: Token[],
  words: Token[],
  c: ClauseActor,
  actBefore: boolean,
): OutcomeCue | undefined {
  const first = words[c.start].lower;
  let v = -1;
  const opener = carrierOpener(tokens, words, c);
  if (opener >= 0) {
    // "which made …", "— this made …", "which has let …": the carrier's verb right after its subject.
    v = opener + 1;
    if (/^(?:has|have)$/.test(words[v]?.lower ?? '')) v++;
    if (!actBefore && opener === c.start) return undefined;
  } else if (first.endsWith('ing') && c.start > 0 && afterClauseMark(tokens, words[c.start])) {
    // "…, leaving the chefs free", "…, ending the double entries": a participle of consequence after the act.
    if (!actBefore) return undefined;
    v = c.start;
  } else if (c.subject !== undefined && c.verb > c.subject.to && writerWork(words, c)) {
    v = c.verb;
  }
  if (v < 0 || v > c.end) return undefined;
  const verb = words[v].lower;
  if (!carrierVerb(verb)) return undefined;
  // A present carrier tells what the thing does (its function), not what the work brought about.
  if (!(v === c.start ? verb.endsWith('ing') : pastOrLet(verb) || /^(?:has|have)$/.test(words[v - 1]?.lower ?? '')))
    return undefined;
  if (hedged(words, c.start, v)) return undefined;
  if (!carriedGood(words, v, c.end)) return undefined;
  return { start: words[v].start, end: words[c.end].end, kind: 'state', cue: verb };
}

/**
 * The index of the carrier's subject in clause `c`: the clause's first word when it is a relative after the act or a
 * demonstrative after a clause mark, or a relative inside the clause after the writer's lead act ("Built the eval
 * harness that became …", where the clause reader kept the relative in the act's clause). -1 when there is none.
 */
function carrierOpener(tokens: Token[], words: Token[], c: ClauseActor): number {
  const first = words[c.start].lower;
  if (CARRIER_SUBJECTS.has(first) && c.start > 0 && afterMark(tokens, words, c.start, first)) return c.start;
  if (c.kind === 'thing' || c.kind === 'other') return -1;
  for (let k = c.start + 2; k < c.end && k <= c.start + 16; k++) {
    const l = words[k].lower;
    if (!(l === 'that' || l === 'which' || l === 'who') || !carrierVerb(words[k + 1].lower)) continue;
    // "one audit table that kept every row": a restrictive "keep", "make" or "have" tells what the thing did.
    const inner = words[k + 1].lower;
    if (KEEPING_CAUSATIVES.has(inner) || BARE_CAUSATIVES.has(inner)) return -1;
    return c.kind === 'writer' || c.kind === 'group' || writerActsBefore(words, k) ? k : -1;
  }
  return -1;
}

/** Whether the word at `at` stands after a clause mark: a comma, a dash, a semicolon, a colon. */
function afterClauseMark(tokens: Token[], w: Token): boolean {
  const i = tokens.indexOf(w);
  return i > 0 && tokens[i - 1].kind === 'symbol' && /^[,;:—–-]$/.test(tokens[i - 1].text);
}

/**
 * Whether the carrier's subject at `at` is in its place: a relative ("which", "that", "who") anywhere after the act,
 * a demonstrative ("this", "it") only after a clause mark ("— this made …").
 */
function afterMark(tokens: Token[], words: Token[], at: number, first: string): boolean {
  if (first === 'which' || first === 'that' || first === 'who') return true;
  return afterClauseMark(tokens, words[at]);
}

/**
 * Whether the clause's subject is the writer's work: "my / our" and a noun ("My new till layout let …"), or a gerund
 * of the act opening the sentence ("Switching the bakery to overnight proving made …").
 */
function writerWork(words: Token[], c: ClauseActor): boolean {
  if (c.subject === undefined) return false;
  const lead = words[c.subject.from].lower;
  // "our" alone names the team's setting as often as its work ("Our practical exams kept running over"): only "my"
  // or a new thing ("our new rota") is the work itself.
  const made = lead === 'my' || words[c.subject.from + 1]?.lower === 'new';
  if (WRITER_POSSESSIVES.has(lead) && made && c.subject.head > c.subject.from) return true;
  return c.subject.from === 0 && lead.endsWith('ing') && lead.length > 5 && c.subject.to > c.subject.from;
}

/** Words of work unfinished: "still under way", "still in progress", "still ongoing". */
const UNFINISHED = new Set([
  'way',
  'progress',
  'ongoing',
  'underway',
  'pending',
  'open',
  'waiting',
  'unfinished',
  'development',
  'construction',
  'testing',
  'beta',
  'draft',
  'review',
]);
/** Another party's own: "they stay on their stack" tells the party kept its way, not the work's state. */
const OTHERS_OWN = new Set(['their', 'his', 'her', 'its']);

/** Words of a level kept: "still under 50 ms", "held at 29%", "stayed above target". */
const LEVEL_WORDS = new Set(['under', 'below', 'above', 'within', 'steady', 'flat', 'stable']);

/**
 * Whether words `from`..`to` hold a level kept ("still under 50 ms"); a clause that ends at its keeping verb holds its
 * level ("approval rates held"). A good word alone is not enough: "the shared drive" rates "shared" well.
 */
function boundOrGood(words: Token[], from: number, to: number): boolean {
  if (from === to && KEPT_VERBS.has(words[from].lower)) return true;
  for (let k = from + 1; k <= to; k++) if (LEVEL_WORDS.has(words[k].lower)) return true;
  return false;
}

/** Pronouns and quantifiers that refer back to the thing or the party the act touched: "it", "they", "both". */
const ANAPHORS = new Set(['it', 'they', 'both', 'all', 'most', 'some', 'many', 'each', 'none', 'these', 'those']);

/** Whether the clause's subject refers back: an anaphor, a count ("17", "eight"), or a part ("most of the …"). */
function refersBack(words: Token[], c: ClauseActor): boolean {
  if (c.subject === undefined) return false;
  const lead = words[c.subject.from];
  const next = words[c.subject.from + 1]?.lower;
  if (c.subject.from === c.subject.to && (ANAPHORS.has(lead.lower) || lead.kind === 'number')) return true;
  if (NUMBER_WORDS.has(lead.lower) && (c.subject.from === c.subject.to || next === 'of')) return true;
  return (ANAPHORS.has(lead.lower) || lead.kind === 'number') && next === 'of';
}

/** Number words that count the touched party: "eight stayed on", "two of them remain". */
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'half',
]);

/** Whether the clause's subject is people told by a relative or a partitive: "who", "two of whom". */
function personSubject(words: Token[], c: ClauseActor): boolean {
  for (let k = c.start; k < c.verb && k <= c.start + 6; k++) {
    const l = words[k].lower;
    // "two of my reports became parents": the people the writer led, whose steps mentee-outcomes.ts judges.
    if (l === 'who' || l === 'whom' || LED_PEOPLE.has(l) || PEOPLE_GROUPS.has(l)) return true;
  }
  return false;
}

/** Words after "hold" that show it keeps its subject ("rates held steady", "held at 29%"), not an object held. */
const HOLD_COMPLEMENTS = new Set(['steady', 'firm', 'up', 'at', 'above', 'below', 'through', 'since', 'and']);

/** Whether a keeping verb at `k` stands with no object: "eight stayed on", "approval rates held". */
function intransitive(words: Token[], k: number): boolean {
  if (!words[k].lower.startsWith('h')) return true; // "stay", "remain" take no object
  const next = words[k + 1]?.lower;
  return next === undefined || HOLD_COMPLEMENTS.has(next);
}

/**
 * The index of a keeping verb the clause reader passed over in clause `c` ("most of the volunteers remain with us":
 * a present form it does not know), after the subject's first word; -1 when there is none.
 */
export function keptVerbIn(words: Token[], c: ClauseActor): { verb: number; from: number } | undefined {
  // With a verb of its own, the clause may still hold a second one behind "and" that the reader did not split off
  // ("The scorecard went live in May and approval rates held"): read from after the "and".
  let from = c.start;
  if (c.verb >= 0) {
    from = -1;
    for (let k = c.verb + 1; k < c.end && k <= c.verb + 12; k++) if (words[k].lower === 'and') from = k + 1;
    if (from < 0) return undefined;
  }
  for (let k = from + 1; k <= c.end && k <= from + 10; k++) {
    if (DETERMINERS.has(words[k - 1].lower)) continue; // "the stay", "a hold": a noun
    if (KEPT_VERBS.has(words[k].lower) && intransitive(words, k)) return { verb: k, from };
  }
  return undefined;
}

/** What a predicate tells of its subject by role: a state kept, a state returned, a change to what follows, an end. */
export type RoleReading = { direction: 'state' | 'vanish' | 'improve'; marker: number };

/**
 * The predicate of clause `c` read by role (see the head of this file): "still" or a keeping verb (a state kept),
 * "back in / at / to" after "be" (a state returned), "became" (a change to what follows), "were over" or an ending
 * verb (an end, a result only of a trouble: the caller checks the subject). Undefined when none holds or the predicate
 * tells a bad or an old state.
 */
export function predicateByRole(words: Token[], c: ClauseActor, result: boolean): RoleReading | undefined {
  if (c.verb < 0) return undefined;
  const verb = words[c.verb].lower;
  const last = Math.min(c.end, c.verb + 10);
  let reading: RoleReading | undefined;
  if (ENDED_VERBS.has(verb) && pastOrLet(verb) && !PHRASE_OPENERS.has(words[c.verb + 1]?.lower ?? 'in'))
    reading = { direction: 'vanish', marker: c.verb };
  else if (KEPT_VERBS.has(verb) && intransitive(words, c.verb)) reading = { direction: 'state', marker: c.verb };
  // "…, which became the busiest sessions": a thing's change. People who became something ("two of whom became
  // regular users") are mentee-outcomes.ts's to judge (growth of the people the writer led), not a thing's change.
  else if ((verb === 'became' || verb === 'become') && !personSubject(words, c))
    reading = { direction: 'improve', marker: c.verb };
  else
    for (let k = Math.max(c.start, c.verb - 1); k <= last; k++) {
      const l = words[k].lower;
      if (l === 'still' && k <= c.verb + 2) reading = { direction: 'state', marker: k };
      else if (l === 'back' && BE_FORMS.has(words[k - 1]?.lower ?? '') && RETURN_PLACES.has(words[k + 1]?.lower ?? ''))
        reading = { direction: 'state', marker: k };
      else if (l === 'over' && k === c.end && BE_FORMS.has(words[k - 1]?.lower ?? ''))
        reading = { direction: 'vanish', marker: k };
      if (reading !== undefined) break;
    }
  if (reading === undefined) return undefined;
  if (reading.direction === 'vanish') return reading;
  // A kept or returned state is the touched thing's when the subject refers back to it ("it is still playing", "17
  // are still with us", "both of them stayed"): "all tests still pass" names a new subject, a check of the work rather
  // than what the work kept. In a Result a new subject may stand, with a level or a good word kept ("the endpoint is
  // still under 50 ms", "approval rates held"), not a plain fact ("the form still lives on the shared drive").
  if (reading.direction === 'state' && !refersBack(words, c) && !(result && boundOrGood(words, c.verb, last)))
    return undefined;
  // "only nine were still coming": few kept, a loss told.
  for (let k = c.start; k < c.verb; k++) if (words[k].lower === 'only' || words[k].lower === 'just') return undefined;
  // A kept, returned or reached state that is bad, negated or the old way: nothing the work won; or an obligation
  // still to meet ("which the board still has to approve").
  for (let k = c.verb; k <= last; k++) {
    const l = words[k].lower;
    if (l === 'to' && /^(?:has|have|had|need|needs)$/.test(words[k - 1].lower)) return undefined;
    // "still under way", "still in progress": the work unfinished; "stay on their stack": a party kept its own way.
    if (UNFINISHED.has(l) || (reading.direction === 'state' && OTHERS_OWN.has(l))) return undefined;
    if (OLD_WAY_WORDS.has(l) || NEGATIONS.has(l) || l.endsWith("n't")) return undefined;
    if (isTroubleWord(l) || (wordValence(l) ?? 0) <= -1) return undefined;
  }
  return reading;
}
