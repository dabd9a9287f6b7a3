// What a bare count hangs on, read from its clause (issue 11: a number's role is decided by what it hangs
// on, never by defaulting an unknown noun). A count that no change, result verb, delivering verb, result
// noun or adopters gave a role used to be a metric by default ("with the big four supermarkets", "has about
// 20 regulars", "on about 60 farms"); on the writers never tuned on, many of those defaults were the sizes
// and people of the context. Two readings per count, recorded on the Quantity:
// clauseEvidence — the clause says the work or an event produced it:
//   act    the writer's past act governs it: a past verb, a phrasal verb's particle ("looked after 300
//          couples", "picked up three cases"), a past progressive ("was shipping 1 ticket a day"), a
//          past "was"/"were" ("there were like 400 of them": a before value);
//   event  it is the subject of a past event ("two launches slipped", "14 of the 19 children reached
//          the standard", "230 buckets were deleted"), not of a report ("two attendants said …");
//   now    the clause tells a state reached ("now 4 homes", "25 pupils now attend", "we're now 140");
//   dated  a past period bounds it ("1,400 visits in 2023", "by July only three were still below");
//   claim  the clause or the line opens with the writer's past act ("Created pipelines for over 300
//          artifacts"), unless a preposition names people it was done for or with;
//   score  it is a rating ("a 5/5 rating", "CSAT 4.6/5", "100 net promoter score");
//   compared  it is one arm of a comparison ("4 in May against 19 in March", "50 institutes = 51 queries",
//          "from 3 nights a week to 1");
//   none   it is the whole a zero is told over ("none of our forty shops had a late drop");
//   made   it is what the act made a thing into ("split the handler into five small modules").
// The act reading takes a form that is past and present alike after "I"/"we" ("I read the last 30 reports");
// the claim reading takes a line opened by such a form ("Put together 4 training videos", "Led 3 supplier
// audits").
// Since session 42 no other count is a metric: a count with no evidence says nothing of the work (metrics.ts).
// contextHold — with no evidence, what holds it as context: a preposition ("on about 60 farms"), a present
//   state ("which has about 20 regulars", a line opened by "Teaching …"), a hyphen ("a forty-cover
//   bistro") or an apposition on a line with no past act ("Herd: 220 Holstein Friesians").
// metrics.ts: a held count with no evidence is no metric; scale.ts: a large or hyphened held count is scale.
import type { Token } from '../language/tokenize';
import type { NumberContext } from './quantity-context';
import type { ClauseEvidence, ContextHold } from './quantity-types';
import { governorOf } from './quantity-governor';
import { AMBIGUOUS_PAST, IRREGULAR_PAST, STATIVE, isGerund, isParticiple, isPastForm } from '../language/verbs';
import { isWorkVerb } from '../language/work-verbs';
import { isMonthWord, SEASONS } from '../language/word-lists/calendar-words';
import { lemmaSet, wordSet } from '../language/lexicon';
import { isPresentActVerb } from '../voices/present-acts';
import { countSize } from './number-words';
import { DURATION_UNITS } from './quantity-lexicon';
import { isLeadable, isPartyNoun, isServedNoun } from './scale';

export type { ClauseEvidence, ContextHold } from './quantity-types';

/** Symbols that end the clause a count sits in. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?', '|']);

/** Forms of AMBIGUOUS_PAST that are no base form of their verb: "led" (lead), "fed", "left", "met", "lit". */
const NOT_BASE_FORMS = new Set(['led', 'fed', 'left', 'met', 'lit']);

/** Past forms that are no act of the writer's: forms of "be", "have", "do", and possession or need. */
const NO_ACT_PASTS = wordSet('no-act-pasts', [
  'was',
  'were',
  'had',
  'did',
  'got',
  'been',
  'needed',
  'used',
  'included',
  'contained',
  'involved',
  'required',
  'owned',
  'based',
  'located',
  'called',
  'named',
  'aged',
  'sized',
]);

/** Verbs of saying, feeling and wanting: their subject reports, it counts no event ("two attendants said …"). */
const REPORT_PASTS = wordSet('report-pasts', [
  'said',
  'told',
  'asked',
  'felt',
  'thought',
  'agreed',
  'wanted',
  'knew',
  'liked',
  'loved',
  'noticed',
  'mentioned',
  'explained',
  'suggested',
  'seemed',
  'looked',
  'worked',
  'came',
  'joined',
]);

/**
 * The forms of AMBIGUOUS_PAST that are also their verb's base form ("put", "cut", "set"): past and present
 * alike, but a verb either way. The others are ambiguous with another word ("led" and an LED, "left" and the
 * left, "met", "fed", "lit") and stay unread at a line's start.
 */
const SAME_AS_BASE = new Set([...AMBIGUOUS_PAST].filter((w) => !NOT_BASE_FORMS.has(w)));

/** Subjects that make the verb after them the writer's act: "I read …", "we cut …". */
const ACT_SUBJECTS = wordSet('evidence-act-subjects', ['i', 'we']);

/** Pronouns between a verb and the count it governs: "took me two evenings". */
const OBJECT_PRONOUNS = wordSet('evidence-object-pronouns', ['me', 'us', 'him', 'her', 'them']);

/** Particles of phrasal verbs that take the object after them: "looked after", "picked up", "signed off". */
const PARTICLES = wordSet('evidence-particles', ['after', 'up', 'out', 'off', 'down', 'through', 'over', 'back']);

/** Words that open a clause whose subject may be a count: "and only three complained", "that two of my leads …". */
const CLAUSE_OPENERS = wordSet('evidence-clause-openers', [
  'and',
  'but',
  'so',
  'that',
  'then',
  'when',
  'while',
  'because',
  'after',
  'where',
  'yet',
]);

/** Words between a count and the verb whose subject it is: "only three complained", "two of them then left". */
const SUBJECT_SKIPS = wordSet('evidence-subject-skips', [
  'only',
  'also',
  'then',
  'still',
  'all',
  'both',
  'eventually',
  'finally',
  'later',
  'actually',
  'never',
  'each',
  'of',
  'them',
  'us',
  'which',
  'who',
  'that',
]);

/** Words before a past period that make it bound the count: "in 2023", "during March", "by July". */
const PERIOD_LEADS = wordSet('evidence-period-leads', ['in', 'during', 'by', 'since', 'over']);

/** Period nouns after "last", "this", "previous", "first": "last winter", "this year", "the previous year". */
const PERIOD_NOUNS = wordSet('evidence-period-nouns', [
  'year',
  'month',
  'quarter',
  'week',
  'term',
  'season',
  'semester',
  'winter',
  'summer',
  'spring',
  'autumn',
  'fall',
  'sprint',
  'shift',
  'night',
  'day',
]);

/** Words that open a past period: "last winter", "the previous year", "in the first month". */
const PERIOD_MARKERS = wordSet('evidence-period-markers', ['last', 'previous', 'first', 'that']);

/** Month names that are also common words. */
const AMBIGUOUS_MONTHS = wordSet('evidence-ambiguous-months', ['may', 'march', 'jan', 'sat', 'sun']);

/**
 * The most tokens a clause is searched over, either side of a count. Every count of a sentence looks for its
 * clause's ends: unbounded, a sentence of thousands of counts and no break ("9 9 9 …", fuzz.test.ts) would
 * take time growing with the square of its length. No clause of prose runs this long without a break.
 */
const CLAUSE_WINDOW = 60;

/** The first index of the clause holding token `at` (after the nearest clause break before it, or the window's start). */
function clauseStart(tokens: Token[], at: number): number {
  const floor = Math.max(0, at - CLAUSE_WINDOW);
  let k = at - 1;
  while (k >= floor && !(tokens[k].kind === 'symbol' && CLAUSE_BREAKS.has(tokens[k].text))) k--;
  return k + 1;
}

/** The index after the clause holding token `from` (the nearest clause break at or after it, or the window's end). */
function clauseEnd(tokens: Token[], from: number): number {
  const ceiling = Math.min(tokens.length, from + CLAUSE_WINDOW);
  let k = from;
  while (k < ceiling && !(tokens[k].kind === 'symbol' && CLAUSE_BREAKS.has(tokens[k].text))) k++;
  return k;
}

/** A past form that tells an act: not a form of "be"/"have", nor a participle used as an adjective before a noun. */
function isActPast(lower: string): boolean {
  return (isPastForm(lower) || IRREGULAR_PAST.has(lower)) && !NO_ACT_PASTS.has(lower) && !STATIVE.has(lower);
}

/**
 * The governor of the count (`g`, governorOf) is the writer's past act (a past verb, its particle, or a past
 * progressive).
 */
function actGoverns(tokens: Token[], g: number): boolean {
  if (g < 0) return false;
  const w = tokens[g].lower;
  if (isActPast(w) && !AMBIGUOUS_PAST.has(w)) return true;
  // "I read the last 30 incident reports", "we cut 40 steps": a form that is past and present alike is the
  // writer's act when "I" or "we" is its subject, whichever its tense (a present one is the writer's own load).
  if (SAME_AS_BASE.has(w) && g > 0 && ACT_SUBJECTS.has(tokens[g - 1].lower)) return true;
  // "it took me two evenings", "cost us three weeks": the object pronoun stands between the act and its count.
  if (OBJECT_PRONOUNS.has(w) && g > 0 && isActPast(tokens[g - 1].lower)) return true;
  // "looked after over 300 couples", "picked up three early cases", "dropped from hundreds a day".
  if ((PARTICLES.has(w) || w === 'from') && g > 0 && isActPast(tokens[g - 1].lower)) return true;
  // "there were like 400 of them", "the fix was one line": a past value found or measured, a before value
  // or the work's size (a present "is" or "has" tells the context as it stands).
  if ((w === 'were' || w === 'was') && g > 0) return true;
  if (w === 'like' && g > 1 && (tokens[g - 1].lower === 'were' || tokens[g - 1].lower === 'was')) return true;
  // "…, with the team building over a dozen screens": an "-ing" act on a line the writer's past act opens.
  if (w.endsWith('ing') && lineOpensWithPastAct(tokens)) return true;
  // "I was shipping roughly 1 ticket every 1–2 days": a past progressive of the writer's.
  if (w.endsWith('ing') && g > 0 && (tokens[g - 1].lower === 'was' || tokens[g - 1].lower === 'were')) return true;
  // "have taken three products to launch": a perfect of the writer's.
  return isParticiple(w) && g > 0 && /^(have|has|had|'ve)$/.test(tokens[g - 1].lower) && !NO_ACT_PASTS.has(w);
}

/**
 * The count is the subject of a past event: no verb or preposition governs it (`governor`, governorOf), and the
 * first verb after its phrase is a past form of an event ("two launches slipped", "230 buckets were deleted"),
 * not a report.
 */
function eventSubject(tokens: Token[], at: number, after: number, governor: number): boolean {
  // A preposition or a verb governs it; a clause opener ("and", "that", "so") leaves it the subject.
  const g = CLAUSE_OPENERS.has(tokens[at - 1]?.lower ?? '') ? at - 1 : governor;
  if (g >= 0 && !CLAUSE_OPENERS.has(tokens[g].lower) && !isTimeWord(tokens, g)) return false;
  // From the word after the number: the scan may have taken the verb for the counted noun ("two passed").
  let from = at + 1;
  while (from < after && (tokens[from].kind === 'number' || tokens[from].kind === 'symbol')) from++;
  const end = clauseEnd(tokens, from);
  for (let k = from, nouns = 0; k < end && k < from + 6; k++) {
    const w = tokens[k].lower;
    if (SUBJECT_SKIPS.has(w) || w.endsWith('ly')) continue;
    if ((w === 'were' || w === 'was') && k + 1 < end) {
      const next = tokens[k + 1].lower;
      return isPastForm(next) && !REPORT_PASTS.has(next) && !STATIVE.has(next);
    }
    if (isActPast(w)) return !REPORT_PASTS.has(w);
    if (w === 'went' || w === 'ended') return true;
    // The counted noun and one modifier may still come: "14 of the 19 children reached".
    if (++nouns > 2) return false;
  }
  return false;
}

/** A word of time that may stand before a clause's subject: "Last winter three of my patients …". */
function isTimeWord(tokens: Token[], g: number): boolean {
  const w = tokens[g].lower;
  return PERIOD_NOUNS.has(w) || SEASONS.has(w) || isMonthWord(w);
}

/**
 * "now" in the count's clause, which runs from `from` (clauseStart at the count) to `end` (clauseEnd after it):
 * a state the work reached ("now 4 homes", "25 pupils now attend"); or "still" after a present "be" or "have" just
 * after the count, a state kept up to now ("17 are still with us"; "nine were still coming" tells how things stood).
 */
function nowInClause(tokens: Token[], at: number, after: number, from: number, end: number): boolean {
  for (let k = from; k < at; k++) if (tokens[k].lower === 'now') return true;
  for (let k = after; k < end && k < after + 4; k++) {
    const l = tokens[k].lower;
    if (l === 'now' || (l === 'still' && /^(?:is|are|has|have)$/.test(tokens[k - 1].lower))) return true;
  }
  return false;
}

/**
 * A past period in the count's clause (from `from` to `end`, as nowInClause has it): "in 2023", "by July",
 * "last winter", "in the first month".
 */
function datedClause(tokens: Token[], at: number, after: number, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (k >= at && k < after) continue;
    const w = tokens[k].lower;
    const next = tokens[k + 1];
    if (PERIOD_LEADS.has(w) && next !== undefined) {
      if (next.kind === 'number' && /^(19|20)\d\d$/.test(next.text)) return true;
      // "in february", "by July"; "may" and "march" only with a capital.
      if (isMonthWord(next.lower) && (next.text[0] !== next.lower[0] || !AMBIGUOUS_MONTHS.has(next.lower))) return true;
    }
    // "by the end of the month", "by the third week": a point the result was reached by, not "each month".
    if (w === 'by' && byPeriod(tokens, k + 1, end)) return true;
    if (PERIOD_MARKERS.has(w) && next !== undefined && PERIOD_NOUNS.has(next.lower)) {
      // "last winter", "the previous year", "in the first month"; not "the first shift" of a rota.
      if (w === 'last' || w === 'previous' || (w === 'first' && tokens[k - 2]?.lower === 'in')) return true;
    }
  }
  return false;
}

/** Words that set one figure against another: "4 in May against 19 in March", "AUC 0.78 vs 0.71", "previously 22". */
const COMPARISON_WORDS = wordSet('evidence-comparison-words', ['against', 'versus', 'vs', 'previously', 'compared']);

/**
 * The count is one arm of a comparison (in the clause from `from` to `end`, as nowInClause has it): a word that
 * sets figures against each other ("against", "versus", "previously", "compared with", "instead of"), an
 * equals sign, or the "to" of a "from N … to" pair, with another figure in the clause. Two figures set side by side measure a difference — the
 * before → after or the result against its base the rubric counts (RUBRIC.md: before/after values).
 */
function comparedInClause(tokens: Token[], at: number, after: number, from: number, end: number): boolean {
  let operator = false;
  let other = false;
  for (let k = Math.max(from, at - 8); k < end && k < after + 8; k++) {
    if (k >= at && k < after) continue;
    const t = tokens[k];
    if (t.kind === 'number') other = true;
    else if (t.text === '=' || COMPARISON_WORDS.has(t.lower)) operator = true;
    else if (t.lower === 'instead' && tokens[k + 1]?.lower === 'of') operator = true;
    // "Cut on-call from 3 nights a week to 1": the end of a "from N … to" pair, whatever the first end was read as.
    else if (t.lower === 'from' && k < at && tokens[k + 1]?.kind === 'number' && tokens[at - 1]?.lower === 'to')
      operator = true;
  }
  return operator && other;
}

/**
 * "none of our forty shops had a late drop", "not one of the 12 sites": the count is the whole a zero count is
 * told over, a measure of the result (RUBRIC.md: zero counts are metrics).
 */
function wholeOfNone(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = tokens[k].lower;
    if (w === 'of') {
      const before = tokens[k - 1]?.lower;
      return before === 'none' || (before === 'one' && tokens[k - 2]?.lower === 'not');
    }
    if (tokens[k].kind !== 'word' || !NONE_PHRASE_WORDS.has(w)) return false;
  }
  return false;
}

/** Words between "none of" and its count: "none of our forty shops", "none of the last 12". */
const NONE_PHRASE_WORDS = wordSet('evidence-none-phrase-words', [
  'the',
  'our',
  'my',
  'their',
  'its',
  'last',
  'these',
  'those',
]);

/** A period noun or month within a few words after "by", with no "each" or "every" before it. */
function byPeriod(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 5; k++) {
    const w = tokens[k].lower;
    if (w === 'each' || w === 'every') return false;
    if (PERIOD_NOUNS.has(w) || (isMonthWord(w) && !AMBIGUOUS_MONTHS.has(w))) return true;
  }
  return false;
}

/** Prepositions whose object names a party, a person or a place of the context: "to five classes", "for 22 businesses". */
const CONTEXT_PREPOSITIONS = wordSet('evidence-context-prepositions', [
  'to',
  'for',
  'with',
  'between',
  'among',
  'on',
  'at',
  'from',
  'in',
]);

/** A plural naming people by what they do ("dentists", "subcontractors"), as quantity-record reads agents. */
function isPeopleHead(head: string): boolean {
  return isPartyNoun(head) || isServedNoun(head) || isLeadable(head) || /^[a-z]{3,}(?:ists|ians|ors|ees)$/.test(head);
}

/** Marks after which a clause lists what the clause before made: "the framework: 200 test cases", "(12 pages)". */
const APPOSITION_MARKS = new Set([':', '—', '(']);

/** Words before a clause's verb that opensWithPastAct reads past: "I built", "then rewrote". */
const ACT_OPENER_SKIPS = new Set(['i', 'we', 'also', 'then', 'later', 'first']);

/** The index of the past act verb that opens the clause at `from` ("Created …", "I built …"), or -1. */
function opensWithPastAct(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].kind === 'symbol') k++;
  const first = k;
  for (let skipped = 0; skipped < 3 && k < tokens.length && ACT_OPENER_SKIPS.has(tokens[k].lower); skipped++) k++;
  if (k >= tokens.length) return -1;
  // "re-ran", "co-founded": a prefixed past form.
  const lower = tokens[k].lower;
  const w = lower.startsWith('re-') || lower.startsWith('co-') ? lower.slice(3) : lower;
  // "Put together 4 training videos", "Led 3 supplier audits": a form that may be read another way opening a
  // line with no subject is the writer's act, as the line's first word of a résumé entry is.
  if (AMBIGUOUS_PAST.has(w)) return from === 0 && k === first ? k : -1;
  return isActPast(w) ? k : -1;
}

// The last tokens array lineOpensWithPastAct read, and its answer: every count of a line asks it, up to three
// times each (token arrays are never changed once made).
let lastLineTokens: Token[] | undefined;
let lastLineOpens = false;

/** Whether the line opens with the writer's past act (opensWithPastAct from its first token), read once a line. */
function lineOpensWithPastAct(tokens: Token[]): boolean {
  if (tokens !== lastLineTokens) {
    lastLineOpens = opensWithPastAct(tokens, 0) >= 0;
    lastLineTokens = tokens;
  }
  return lastLineOpens;
}

/**
 * A verbless label opening the line names the act its count measures with a past participle after its noun:
 * "Crates picked: 1,800", "Queries answered per month: 150", "Cases closed this year: 52 (of 60)" — the count
 * after the colon is what the act did (a label's noun alone, "Herd: 220", is the context's: contextHold).
 */
function participleLabel(tokens: Token[], from: number, colon: number): boolean {
  if (from !== 0 || tokens[colon]?.text !== ':' || colon - from > LABEL_WORDS || colon - from < 2) return false;
  for (let k = from + 1; k < colon; k++) {
    const w = tokens[k].lower;
    // "Staff managed: 12": people the act was done to size the context (RUBRIC.md has_scale).
    if (tokens[k].kind === 'word' && isActPast(w) && !AMBIGUOUS_PAST.has(w))
      return tokens[from].kind === 'word' && !isPeopleHead(tokens[k - 1].lower);
  }
  return false;
}

/** The most words a verbless label before its colon holds: "Queries answered per month this year". */
const LABEL_WORDS = 6;

/**
 * The count sits in a clause the writer's past act opens ("Created pipelines for over 300 artifacts",
 * "Internationalized most of the site into 3 languages"): what such a clause counts is the work, unless
 * a preposition names the people or parties it was done for or with ("taught geography to five classes").
 */
function writersClaimClause(
  tokens: Token[],
  at: number,
  head: string | undefined,
  from: number,
  governor: number,
): boolean {
  const verb = opensWithPastAct(tokens, from);
  // "I built the evaluation framework: 200 test cases, …": a list after the act's clause tells what it made.
  const listed = verb < 0 && from > 0 && APPOSITION_MARKS.has(tokens[from - 1].text);
  let before = listed ? clauseStart(tokens, from - 1) : -1;
  while (before >= 0 && before < from - 1 && tokens[before].kind === 'symbol') before++;
  // "Mentoring: 2 juniors, 1 working student": a label naming the writer's act, its counts after the colon.
  const actLabel =
    listed &&
    ((from - 1 - before === 1 && tokens[before].kind === 'word' && isGerund(tokens[before].lower)) ||
      participleLabel(tokens, before, from - 1));
  // "Sole developer for all twelve of the frameworks": the whole scope the work covered (RUBRIC-NOTES).
  const whole = tokens[at - 1]?.lower === 'all';
  // "Developed and launched several tools, including … (5/5 rating, 10k users)": the line's opening act.
  const line = lineOpensWithPastAct(tokens);
  if (!(verb >= 0 && verb < at) && !(listed && opensWithPastAct(tokens, before) >= 0) && !actLabel && !whole && !line)
    return false;
  const g = governor;
  return !(g >= 0 && CONTEXT_PREPOSITIONS.has(tokens[g].lower) && head !== undefined && isPeopleHead(head));
}

/** Nouns that name a measure a count is given in: "a 5/5 rating", "100 net promoter score", "1.2k stars". */
const SCORE_NOUNS = wordSet('evidence-score-nouns', ['rating', 'ratings', 'score', 'scores', 'stars', 'nps', 'csat']);

/** The count is a score or a rating: its noun, or a word just after it, names the measure ("100 net promoter score"). */
function isScoreCount(tokens: Token[], q: { head?: string; text: string }, at: number, after: number): boolean {
  // "a 5-star hygiene rating" names a grade the place holds, told as a class.
  if (q.text.includes('-')) return false;
  // "1.1k stars": a following counted, not a score (scale.ts isFollowingCount).
  if (q.head === 'stars' && (countSize(q.text) ?? 0) > 5) return false;
  if (q.head !== undefined && SCORE_NOUNS.has(q.head)) return true;
  // "CSAT 4.6/5", "a 5/5 rating": the top of a rating scale after a slash (not "Year 5/6", two labels).
  if (at > 1 && tokens[at - 1].text === '/' && tokens[at - 2].kind === 'number')
    return tokens[at - 2].text.includes('.') || /^(5|10|100)$/.test(tokens[at].text);
  for (let k = after; k < tokens.length && k < after + 3; k++) {
    if (tokens[k].kind === 'symbol') return false;
    if (SCORE_NOUNS.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * The clause evidence that makes the count of `n` a measure, or undefined when its clause holds none
 * (then a count no other role reached is a size or nothing; metrics.ts).
 */
export function clauseEvidence(n: NumberContext): ClauseEvidence | undefined {
  const { tokens, at, after } = n;
  if (isScoreCount(tokens, n.q, at, after)) return 'score';
  // The count's governor and its clause's ends, found once for the readings below.
  const g = governorOf(tokens, at);
  if (actGoverns(tokens, g)) return 'act';
  if (eventSubject(tokens, at, after, g)) return 'event';
  const from = clauseStart(tokens, at);
  const end = clauseEnd(tokens, after);
  if (nowInClause(tokens, at, after, from, end)) return 'now';
  if (datedClause(tokens, at, after, from, end)) return 'dated';
  if (comparedInClause(tokens, at, after, from, end)) return 'compared';
  if (wholeOfNone(tokens, at)) return 'none';
  // "split the handler into five small modules", "into 3 languages": what the act made a thing into is its
  // result (the parts a plan was cut into were set aside as configuration before: quantity-plan-parts.ts).
  if (g >= 0 && tokens[g].lower === 'into') return 'made';
  if (writersClaimClause(tokens, at, n.q.head, from, g)) return 'claim';
  return undefined;
}

/** Prepositions that hold a size of the context: "on about 60 farms", "from 6 provinces", "for 12 ambulances". */
const HOLDING_PREPOSITIONS = wordSet('hold-prepositions', [
  'for',
  'on',
  'from',
  'with',
  'to',
  'across',
  'among',
  'at',
  'of',
  'in',
  'between',
]);

/** Forms of "be" in the present that make a progressive: "I am leading", "we're feeding", "she is supervising". */
const PRESENT_BE = wordSet('hold-present-be', ['am', 'is', 'are', "'m", "'re", "'s"]);

/** Subjects that make a present verb the writer's: "I manage", "we farm". */
const WRITER_SUBJECTS = wordSet('hold-writer-subjects', ['i', 'we']);

/** Adverbs between a subject and its present verb: "I currently carry", "we also run". */
const PRESENT_ADVERBS = wordSet('hold-present-adverbs', [
  'also',
  'currently',
  'still',
  'usually',
  'normally',
  'mostly',
  'often',
  'always',
  'personally',
  'directly',
  'jointly',
]);

/** "responsible", "in charge", "accountable" before "for"/"of": the writer's remit (at `k`, the word before the preposition). */
function isRemitFrame(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  return w === 'responsible' || w === 'accountable' || (w === 'charge' && tokens[k - 1]?.lower === 'in');
}

/** Verbs of keeping a remit going that no work-verb family holds: "Keep 60 vans on the road", "Hold a caseload of 30". */
const DUTY_VERBS = lemmaSet('hold-duty-verbs', ['keep', 'hold', 'carry', 'run', 'manage', 'lead', 'cover', 'look']);

/** Words after which a word ending in "-s" is a noun, not a verb: "the feeds", "of 3 reports". */
const NOUN_OPENERS = wordSet('hold-noun-openers', [
  'the',
  'a',
  'an',
  'our',
  'my',
  'their',
  'its',
  'of',
  'for',
  'to',
  'with',
]);

/**
 * Whose present verb governs a count, when one does (issue 11: a context verb makes a size): a verb of work
 * in the present with "I" or "we" before it, after "to", in a progressive, or opening a line in its base
 * form ("I manage 14 pickers", "we farm 300 hectares", "I am leading 14 pickers", "Keep 60 vans on the
 * road") is the writer's standing duty; a third-person present ("the helpline takes 2,000 calls") is
 * another party's standing load. A past form, a form that is past and present alike ("cut", "set"), and a
 * verb no lemma family knows as work are no present verb here.
 */
function presentVerbSubject(tokens: Token[], g: number): 'writer' | 'party' | undefined {
  const w = tokens[g].lower;
  if (isPastForm(w) || IRREGULAR_PAST.has(w) || AMBIGUOUS_PAST.has(w) || NO_ACT_PASTS.has(w)) return undefined;
  let k = g - 1;
  while (k >= 0 && PRESENT_ADVERBS.has(tokens[k].lower)) k--;
  const before = tokens[k]?.lower;
  if (isGerund(w)) {
    if (before === undefined || !PRESENT_BE.has(before)) return undefined;
    const subject = tokens[k - 1]?.lower;
    return before === 'am' || before === "'m" || (subject !== undefined && WRITER_SUBJECTS.has(subject))
      ? 'writer'
      : 'party';
  }
  // "I manage", "we farm", "I currently carry": the word after the writer's subject is a verb by its place
  // (present-acts.ts), whether or not a verb list knows it; "and milk" after a clause the writer opened.
  const writerOpened =
    before !== undefined &&
    (WRITER_SUBJECTS.has(before) || (before === 'and' && WRITER_SUBJECTS.has(tokens[clauseStart(tokens, g)].lower)));
  if (writerOpened) return isPresentActVerb(w, tokens[g + 1]?.lower) ? 'writer' : undefined;
  if (!isWorkVerb(w) && !DUTY_VERBS.has(w)) return undefined;
  // "I had to visit 25 schools", "my work is to attend 5 clinics": a duty or a target, not a thing done.
  if (before === 'to') return 'writer';
  // "Keep 60 delivery vans on the road", "Cover 40 dairy farms": a duty line opened by the verb's base form.
  if (g <= 3 && tokens.slice(0, g).every((t) => t.kind === 'symbol')) return w.endsWith('s') ? undefined : 'writer';
  // "the helpline takes about 2,000 calls", "the food bank I run feeds 400 families": a third-person present.
  if (w.endsWith('s') && !w.endsWith('ss') && before !== undefined && !NOUN_OPENERS.has(before)) {
    return tokens[k].kind === 'word' ? 'party' : undefined;
  }
  return undefined;
}

/** Verbs of having and being in the present: "which has about 20 regulars", "we are 6 nurses". */
const STATE_VERBS = wordSet('hold-state-verbs', ['has', 'have', 'is', 'are', 'am', "'s", "'re", 'cover', 'covers']);

/**
 * What holds a count that no clause evidence made a measure, when that hold sizes the context (issue 11:
 * a context preposition or verb makes a size): a preposition ("on about 60 farms"), a verb of having or
 * being in the present ("has about 20 regulars"), a hyphen that makes it a modifier ("a 16-bed unit", "a
 * forty-cover bistro"), or an apposition on a line with no past act ("Herd: 220 Holstein Friesians",
 * "(monthly sessions, about fifteen participants)"). Undefined when evidence was found or nothing holds it.
 */
export function contextHold(n: NumberContext): ContextHold | undefined {
  const { tokens, at, q } = n;
  if (q.evidence !== undefined || q.head === undefined) return undefined;
  // "paid on 60-day terms", "a 12-hour rota": a number joined to a unit of time measures a span or names a
  // schedule; it counts none of the things after it, so it holds no size of the context.
  const joined = /^\S+?-(\p{L}+)/u.exec(q.text);
  if (joined !== null && DURATION_UNITS.has(joined[1].toLowerCase())) return undefined;
  // "of a forty-cover bistro", "on a 16-bed unit": the hyphen makes it the size of one thing, whatever holds that.
  if (/^\S+-\p{L}+$/u.test(q.text) && !q.text.toLowerCase().endsWith('star')) return 'modifier';
  const g = governorOf(tokens, at);
  // "responsible for 9 apprentices", "responsible of 45 clients", "in charge of 12 ambulances": a remit frame
  // holds the count as the writer's standing duty.
  if (g >= 1 && (tokens[g].lower === 'for' || tokens[g].lower === 'of') && isRemitFrame(tokens, g - 1)) return 'duty';
  if (g >= 0 && HOLDING_PREPOSITIONS.has(tokens[g].lower)) return 'preposition';
  if (g >= 0 && STATE_VERBS.has(tokens[g].lower)) return 'state';
  // "Teaching 28 pupils in a mixed class": a line opened by a present participle tells a standing duty.
  if (g >= 0 && g <= 2 && isGerund(tokens[g].lower) && tokens.slice(0, g).every((t) => t.kind === 'symbol'))
    return 'state';
  if (g >= 0) {
    const present = presentVerbSubject(tokens, g);
    if (present !== undefined) return present === 'writer' ? 'duty' : 'standing';
  }
  const from = clauseStart(tokens, at);
  const opensClause = from > 0 && g < from;
  if (opensClause && !lineOpensWithPastAct(tokens)) return 'apposition';
  return undefined;
}
