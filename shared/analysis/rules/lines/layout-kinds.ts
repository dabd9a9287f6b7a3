// A line's kind read from its LAYOUT, once, before any claim reading. A pasted page is cut into parts by
// separators taken as a class — a colon, a spaced dash (-, –, —), a bar, a middle dot, a bullet, a tab or a run
// of spaces — and the parts decide what the line can hold, whatever verbs the claim rules would find in it:
//   - a profile's stats ("Coach Dani Ferreira · ★ 4.9 · 310 sessions", "Reviews ★ 4.9 (212)", "Registered
//     Dental Hygienist · GDC no. 284117"): names, ratings, ids and counts, no verb form — no claim, no measure;
//   - a tenure ("2020.07-now  Xinghe Technology  Algorithm Engineer", "Work experience: 09/2021 – present |
//     Machine Learning Engineer | Seguradora …"): a date range beside names — a title with its dates, no claim
//     (RUBRIC-NOTES: role titles with dates are not claims);
//   - a label of a weakness or a growth area ("Gap: …", "Areas to grow: …", "What I found hard: …"): what the
//     writer finds hard, no claim whatever verb the value tells (RUBRIC.md: a goal names a target);
//   - a label of a holding ("Qualifications: …", "Knowledge of English: …", "Languages: …") over a value that tells
//     no act: no claim (RUBRIC.md: skills and education entries assert no act);
//   - a label whose value IS the writer's work ("Achievements: …", "Main activities and responsibilities: …",
//     "Results so far: …"): the value is read as the writer's claim, however it is told (a state, a noun); under a
//     result label a value told as a thing's state is the work's outcome too.
// A stats or tenure line that names an honour ("Employee of the Month · ★ 4.9") is left to the readers: the
// standing won is the writer's claim. The claim exceptions (claim-exceptions.ts) read the kind once per line,
// outside a story's sections: the first four kinds as a veto, before any claim rule; the work labels as a claim.
// It replaced page-furniture.ts's growth-area goal fields and its list of result labels (WORK_LABELS here).
import type { Token } from '../language/tokenize';
import { ACTIVITY_NOUNS, FIRST_PERSON_WORDS } from '../language/lexicon';
import { IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';
import { lemmaSet, wordSet } from '../language/word-lists/lemma-set';
import { isMonthWord } from '../language/word-lists/calendar-words';
import { isFiniteVerb } from './predicate-start';
import { isTradeNoun } from './title-lines';
import { findOutcomeCues } from '../outcomes/outcomes';
import { isActNoun } from '../voices/writer-acts';
import { isWorkVerb } from '../language/work-verbs';

/** What a line is by its layout (see the top of this file). */
export type LineKind = 'stats' | 'tenure' | 'weakness-label' | 'holding-label' | 'work-label' | 'result-label';

/** A line's kind and, for a labelled one, the index of its value's first token (0 when it has no label). */
export interface LineReading {
  kind: LineKind;
  value: number;
}

/** Marks that always end a part of a line. */
const PART_MARKS = new Set([':', '|', '·', '•', '¦']);
/** Dashes end a part only when spaced ("Project — Unified …"), never inside a word ("on-call", "2016–2024"). */
const DASHES = new Set(['-', '–', '—']);
/** Symbols a label may hold besides its words: bold or bullet marks, an apostrophe, a hyphen, an ampersand. */
const LABEL_SYMBOLS = new Set(['*', '**', '#', '-', "'", '’', '&', '/', '(', ')']);
/** The most words of a label ("Main activities and responsibilities", "Growth area I picked for H2"). */
const MAX_LABEL_WORDS = 8;
/** The most words of a stats or tenure line: each is a handful of short parts. */
const MAX_LAYOUT_WORDS = 16;

/** Whether the text between two tokens is a tab or a run of spaces: a column's gap in a pasted table. */
function isWideGap(text: string, from: number, to: number): boolean {
  if (to - from < 2 && text.charCodeAt(from) !== 9) return false;
  const gap = text.slice(from, to);
  return gap.includes('\t') || (gap.length >= 2 && gap.trim() === '');
}

/**
 * The line cut into parts at its separators: each part's tokens, the separator marks left out. `text` is the
 * line the tokens were read from (their offsets index it): a gap of a tab or of spaces separates too.
 */
export function lineParts(text: string, tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (prev !== undefined && isWideGap(text, prev.end, t.start) && part.length > 0) {
      parts.push(part);
      part = [];
    }
    // A dash between two dates joins a range ("09/2021 – present"), it separates nothing.
    const next = tokens[i + 1];
    const spacedDash =
      DASHES.has(t.text) &&
      prev !== undefined &&
      prev.end < t.start &&
      (next?.start ?? 0) > t.end &&
      !(isDateToken(prev) && next !== undefined && (isDateToken(next) || OPEN_ENDS.has(next.lower)));
    if (t.kind === 'symbol' && (PART_MARKS.has(t.text) || spacedDash)) {
      if (part.length > 0) parts.push(part);
      part = [];
      continue;
    }
    part.push(t);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** A word's verb reading: a past form, an "-ing" form, or a finite form the lexicon knows. */
const isVerbForm = (t: Token): boolean =>
  t.kind === 'word' && (IRREGULAR_PAST.has(t.lower) || isPastForm(t.lower) || isGerund(t.lower) || isFiniteVerb(t));

/** Whether a token starts with a capital letter or a digit (a name, a title, a code). */
const isCapitalOrCode = (t: Token): boolean => /^[\p{Lu}\d]/u.test(t.text);

/** Words that join the names of a run: "Head of Year 9", "Marks & Spencer", "Dental Hygienist & Therapist". */
const NAME_JOINERS = wordSet('line-kind-name-joiners', ['of', 'the', 'and', 'for', 'in', 'at', 'de', 'und', 'et']);

/**
 * A run of names: every word capitalized or a joiner, a bracket's words skipped ("Algorithm Engineer
 * (recommendation direction)"), no word of the writer's. A capitalized past form is a name's word
 * ("Registered Dental Hygienist", "Applied Mathematics").
 */
function isNameRun(part: readonly Token[]): boolean {
  let depth = 0;
  let words = 0;
  for (const t of part) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.kind === 'symbol') continue;
    if (t.kind === 'number') continue;
    if (FIRST_PERSON_WORDS.has(t.lower)) return false;
    // "Mei Lin, tutor", "Gas Safe engineer": a trade's noun names the post as a capital would.
    if (!isCapitalOrCode(t) && !NAME_JOINERS.has(t.lower) && !isTradeNoun(t.lower)) return false;
    words++;
  }
  return words > 0;
}

/** Rating marks: "★ 4.9", "⭐ 5.0". */
const STAR_MARKS = new Set(['★', '⭐', '☆', '✪']);

/** Words that ask a rating or a count no verb: "4.9 stars", "310 sessions", "(212)". */
const RATING_WORDS = wordSet('line-kind-rating-words', ['star', 'stars', 'rating', 'reviews', 'review']);

/** Words that place the writer among others: a ranking is a standing won (RUBRIC-NOTES, recognition), never stats. */
const RANK_WORDS = wordSet('line-kind-rank-words', ['top', 'best', 'first', 'winner', 'ranked', 'no.1']);

/** Words that name a registration or a licence number: "GDC no. 284117", "Reg. 4411", "ID 2231". */
const ID_WORDS = wordSet('line-kind-id-words', ['no', 'nr', 'reg', 'id', 'number', 'licence', 'license', 'pin']);

/** A plain score: "24.9", "1,240", "#38" — no share, sum or magnitude ("31%", "£4.2M", "12k" may be a result). */
const PLAIN_SCORE = /^#?\d{1,3}(?:,\d{3})*(?:\.\d+)?$/;

/** The most words of a score's label: "Impact 24.9", "Signal score 7.1". */
const MAX_SCORE_LABEL = 2;

/**
 * A part that is a rating, an id, a score or a count with nothing else: "★ 4.9", "GDC no. 284117", "Impact 24.9",
 * "Rank #38", "310 sessions".
 */
function isStatPart(part: readonly Token[]): 'rating' | 'id' | 'score' | 'count' | undefined {
  const words = part.filter((t) => t.kind === 'word');
  const numbers = part.filter((t) => t.kind === 'number');
  if (numbers.length === 0 || words.some((t) => RANK_WORDS.has(t.lower))) return undefined;
  if (part.some((t) => STAR_MARKS.has(t.text)))
    return words.every((t) => RATING_WORDS.has(t.lower) || isCapitalOrCode(t)) ? 'rating' : undefined;
  if (words.some((t) => ID_WORDS.has(t.lower)) && words.every((t) => isCapitalOrCode(t) || ID_WORDS.has(t.lower)))
    return 'id';
  // "Impact 24.9", "Rank #38": a capitalized label and its plain score (a number sign read past).
  const last = part[part.length - 1];
  const label = part.slice(0, part[part.length - 2]?.text === '#' ? -2 : -1);
  if (
    numbers.length === 1 &&
    last.kind === 'number' &&
    PLAIN_SCORE.test(last.text) &&
    words.length > 0 &&
    words.length <= MAX_SCORE_LABEL &&
    label.every((t) => t.kind === 'word' && isCapitalOrCode(t))
  )
    return 'score';
  // "310 sessions": a count and its plural noun alone.
  if (words.length === 1 && numbers.length === 1 && part[0].kind === 'number' && /s$/.test(words[0].lower))
    return 'count';
  return undefined;
}

/**
 * A profile's stats: names, ratings, ids, scores and counts, with a rating or an id or two scores at least, and no
 * verb form anywhere ("Coach Dani Ferreira · ★ 4.9 · 310 sessions", "Reviews ★ 4.9 (212)", "Impact 24.9 · Rank
 * #38"). A placing ("Top 3%", "Best …") is a standing won and never a stat (RUBRIC-NOTES, recognition).
 */
function isStatsLine(parts: readonly Token[][]): boolean {
  let marked = false;
  let scores = 0;
  for (const part of parts) {
    // "Top 50 researcher · Impact 24.9": a placing in any part makes the line the writer's standing.
    if (part.some((t) => t.kind === 'word' && RANK_WORDS.has(t.lower))) return false;
    const stat = isStatPart(part);
    if (stat === 'rating' || stat === 'id') marked = true;
    else if (stat === 'score') scores++;
    else if (stat === undefined && !isNameRun(part)) return false;
  }
  return marked || scores >= 2;
}

/** A year, a year with its month ("2020.07", "2019-01") or a month with its year ("09/2021"). */
const YEAR_SHAPE = /^(?:(?:19|20)\d\d(?:[./-]\d\d?)?|\d\d?[./](?:19|20)\d\d|'\d\d)$/;
/** Words that end an open range: "2020 – present", "2020.07-now". */
const OPEN_ENDS = wordSet('line-kind-open-ends', ['present', 'current', 'now', 'today', 'date']);
/** Words that join a range's dates. */
const RANGE_WORDS = wordSet('line-kind-range-words', ['to', 'until', 'till']);

/** A token of a date: a year or a year's part ("2021", "2020.07", "09/2021"), or a month's name. */
const isDateToken = (t: Token): boolean =>
  (t.kind === 'number' && YEAR_SHAPE.test(t.text)) || (t.kind === 'word' && isMonthWord(t.lower));

/** A part that is a range of dates: two dates, or a date and an open end ("09/2021 – present", "2016–2024"). */
function isDateRange(part: readonly Token[]): boolean {
  let dates = 0;
  let open = false;
  let joined = false;
  for (const t of part) {
    if (t.kind === 'number' && YEAR_SHAPE.test(t.text)) dates++;
    // A month told as a word or a number before its year: "Sep 2019", "09/2021".
    else if ((t.kind === 'word' && isMonthWord(t.lower)) || (t.kind === 'number' && /^\d\d?$/.test(t.text))) continue;
    else if (t.kind === 'word' && OPEN_ENDS.has(t.lower)) open = true;
    else if (DASHES.has(t.text) || t.text === '→' || RANGE_WORDS.has(t.lower)) joined = true;
    else if (t.text !== '.' && t.text !== ',' && t.text !== '/') return false;
  }
  return joined && (dates >= 2 || (dates === 1 && open));
}

/**
 * A tenure: a date range beside names only ("2020.07-now  Xinghe Technology  Algorithm Engineer", "Work
 * experience: 09/2021 – present | Machine Learning Engineer | Seguradora Atlântida"), no verb form. A line
 * of one date ("2024-10 — Q4 planning") is a diary's entry, left to the claim rules.
 */
function isTenureLine(parts: readonly Token[][], labelled: boolean): boolean {
  if (parts.length < 2 || !parts.some(isDateRange)) return false;
  // "Work experience: …": a first part that is a label is the form's, whatever its case.
  return parts.every((part, i) => isDateRange(part) || isNameRun(part) || (i === 0 && labelled));
}

/**
 * Label words of the writer's work: a value under one is what they did or achieved ("Achievements:", "Main
 * activities and responsibilities:", "Results so far:", "Key contributions:").
 */
export const WORK_LABELS = lemmaSet(
  'line-kind-work-labels',
  [
    'result',
    'impact',
    'outcome',
    'achievement',
    'highlight',
    'win',
    'accomplishment',
    'saving',
    'activity',
    'responsibility',
    'duty',
    'contribution',
  ],
  [],
  { nouns: true },
);

/**
 * Work labels of a result: a value under one told as a thing's state, not as the writer's act ("Achievements:
 * the storage became the main source …", "Results so far: checkout errors down …"), is the work's outcome.
 */
const RESULT_LABELS = lemmaSet(
  'line-kind-result-labels',
  ['result', 'impact', 'outcome', 'achievement', 'accomplishment', 'win'],
  [],
  { nouns: true },
);

/**
 * Work labels of a showcase: the value is a result only if it shows one. "Highlights: Weddings | Classes | Corporate
 * events" lists what a page offers, a menu; "Key wins: cut returns by a third" tells what the writer won. Duty labels
 * ("Responsibilities: payroll, pension returns") take bare nouns as the work itself and are not among these.
 */
const SHOWCASE_LABELS = lemmaSet(
  'line-kind-showcase-labels',
  ['result', 'impact', 'outcome', 'achievement', 'accomplishment', 'win', 'highlight'],
  [],
  { nouns: true },
);

/** Words that make a work label a plan or a miss: "Expected results:", "Planned activities", "Missed outcomes". */
const UNDONE_MODIFIERS = wordSet('line-kind-undone-modifiers', [
  'expected',
  'planned',
  'target',
  'targeted',
  'hoped',
  'desired',
  'next',
  'future',
  'missed',
  'open',
  'pending',
  'no',
  'not',
]);

/**
 * Label words of a weakness the writer owns to: "Gap:", "Weakness:", "Weaknesses:". The value is what they find
 * hard, whatever it tells ("Gap: I still struggle to delegate …").
 */
const WEAKNESS_LABELS = lemmaSet('line-kind-weakness-labels', ['gap', 'weakness'], [], { nouns: true });

/**
 * Label words of what the writer holds: a qualification, a language, a licence ("Qualifications:", "Knowledge of
 * English language:", "Languages:"). The value names what is held unless it tells an act ("Languages: Spanish,
 * used daily with …" is left to the claim rules).
 */
const HOLDING_LABELS = lemmaSet(
  'line-kind-holding-labels',
  ['qualification', 'knowledge', 'language', 'licence', 'license', 'certificate', 'certification'],
  [],
  { nouns: true },
);

/**
 * Words of growing a skill beside "area": "Growth area", "Development area", "Area for improvement", "Areas to
 * grow", "Area to develop". A growth area is a goal told as what to get better at.
 */
const GROWTH_WORDS = wordSet('line-kind-growth-words', [
  'growth',
  'development',
  'develop',
  'improvement',
  'improve',
  'grow',
  'strengthen',
]);

/** Words of a difficulty after "What I found …": "What I found hard", "What I found difficult". */
const DIFFICULTY_WORDS = wordSet('line-kind-difficulty-words', [
  'hard',
  'difficult',
  'challenging',
  'tough',
  'tricky',
  'harder',
  'hardest',
]);

/** The label's words when the line opens with one: 1..MAX_LABEL_WORDS words before a colon, a spaced dash or a bar. */
function labelOf(text: string, tokens: readonly Token[]): { words: string[]; end: number } | undefined {
  const words: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (t.kind === 'word' || t.kind === 'number') {
      if (words.length === MAX_LABEL_WORDS) return undefined;
      words.push(t.lower);
    } else if (t.text === ':' || t.text === '|') return words.length > 0 ? { words, end: i + 1 } : undefined;
    else if (DASHES.has(t.text) && i > 0 && tokens[i - 1].end < t.start)
      return words.length > 0 ? { words, end: i + 1 } : undefined;
    else if (!LABEL_SYMBOLS.has(t.text)) return undefined;
    // "Interests & activities", "Duties/responsibilities": the mark joins two heads as "and" does.
    else if (t.text === '&' || t.text === '/') words.push('and');
    if (i + 1 < tokens.length && isWideGap(text, t.end, tokens[i + 1].start))
      return words.length > 0 && t.kind === 'word' ? { words, end: i + 1 } : undefined;
  }
  return undefined;
}

/** Whether the label names a weakness, a growth area or a difficulty: what the writer finds hard, not what they did. */
function isWeaknessLabel(words: readonly string[]): boolean {
  // "What I found hard", "What I found difficult this year".
  if (words[0] === 'what' && words[1] === 'i' && words[2] === 'found' && DIFFICULTY_WORDS.has(words[3] ?? ''))
    return true;
  // "Growth area I picked for H2", "Areas to grow", "Area for improvement": an area and a word of growth.
  // "Areas to work on": work as a skill to grow only after "to" ("Area of work" names a field).
  const grows = words.some((w, i) => GROWTH_WORDS.has(w) || (w === 'work' && words[i - 1] === 'to'));
  if (grows && words.some((w) => w === 'area' || w === 'areas')) return true;
  return words.length === 1 && WEAKNESS_LABELS.has(words[0]);
}

/** Whether the label names what the writer holds: "Qualifications", "Knowledge of English language", "Languages". */
function isHoldingLabel(words: readonly string[]): boolean {
  const n = words.length;
  if (words.some((w) => FIRST_PERSON_WORDS.has(w))) return false;
  return HOLDING_LABELS.has(words[0]) && (n === 1 || words[1] === 'of' || HOLDING_LABELS.has(words[n - 1]));
}

/**
 * Whether the tokens from `from` tell an act in lower case outside brackets: a past form, an "-ing" form or a
 * finite verb before more words ("Languages: Spanish, interpreted for …"). A bracket's aside ("(passed 2020)")
 * dates what is held.
 */
function tellsActFrom(tokens: readonly Token[], from: number): boolean {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    // "Knowledge of Excel — advanced (pivot tables)": a participle with no object after it is a level held.
    else if (depth === 0 && isVerbFormOutsideNames(t) && tokens[i + 1] !== undefined && tokens[i + 1].kind !== 'symbol')
      return true;
  }
  return false;
}

/**
 * Whether the label names the writer's work: each of its heads joined by "and" holds a work noun, with no word of
 * a plan or a miss ("Main activities and responsibilities", "Key achievements"; not "Interests & activities"). A
 * work noun after "of" qualifies another head ("Date of activity", "Level of responsibility").
 */
function isWorkLabel(words: readonly string[]): boolean {
  // "Results we promised the board": a label that tells a clause is no label of work done.
  if (words.some((w) => UNDONE_MODIFIERS.has(w) || FIRST_PERSON_WORDS.has(w) || w === 'we')) return false;
  let headed = false;
  let afterOf = false;
  for (const w of words) {
    if (w === 'and') {
      if (!headed) return false;
      headed = afterOf = false;
    } else if (w === 'of') afterOf = true;
    else if (!afterOf && WORK_LABELS.has(w)) headed = true;
  }
  return headed;
}

/** Whether every work noun of the label is "activity": a word with a leisure sense ("Activities: hiking, chess"). */
const onlyActivities = (words: readonly string[]): boolean =>
  words.every((w) => !WORK_LABELS.has(w) || ACTIVITY_HEADS.has(w));

/** The leisure-sensed work label: "Activities", "Activity". */
const ACTIVITY_HEADS = wordSet('line-kind-activity-heads', ['activity', 'activities']);

/**
 * Whether the value names work: a noun of an act ("maintenance", "supervision") or a form of a verb of work
 * ("running the bug bounty", "support"). Under "Activities" a value of pastimes ("hiking, chess") names none.
 */
function valueNamesWork(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const w = tokens[i];
    if (w.kind === 'word' && (ACTIVITY_NOUNS.has(w.lower) || isActNoun(w.lower) || isWorkVerb(w.lower))) return true;
  }
  return false;
}

/** The most words of one item of a menu: "Corporate events", "custom cakes", "Product shoots". */
const MAX_MENU_ITEM_WORDS = 3;

/** Whether every item of a value (cut at part marks, spaced dashes, wide gaps and commas) is a few words at most. */
function isShortItems(text: string, value: readonly Token[]): boolean {
  return lineParts(text, value).every((part) => {
    let words = 0;
    for (const t of part) {
      if (t.text === ',') words = 0;
      else if (t.kind === 'word' && ++words > MAX_MENU_ITEM_WORDS) return false;
    }
    return true;
  });
}

/**
 * Whether a showcase label's value shows nothing done: every work noun of the label is a showcase's, and its value
 * is a list of short items with no figure, no verb form, no noun of an act or a work verb and no outcome cue —
 * bare names of things, a menu. A longer item may tell a state ("Results so far: checkout errors down …").
 */
function showsNothingDone(text: string, tokens: readonly Token[], from: number, label: readonly string[]): boolean {
  if (!label.every((w) => !WORK_LABELS.has(w) || SHOWCASE_LABELS.has(w))) return false;
  const value = tokens.slice(from);
  if (!isShortItems(text, value)) return false;
  if (value.some((t) => t.kind === 'number' || isVerbFormOutsideNames(t))) return false;
  return !valueNamesWork(tokens, from) && findOutcomeCues(value as Token[]).length === 0;
}

/** The fewest words of a value told as a state: "the storage became the main source …". */
const MIN_STATE_WORDS = 3;

/**
 * Whether a result label's value tells a thing's state rather than the writer's act: its first word is no verb
 * form and no word of the writer's ("checkout errors down …", not "Won the Halvorsen account", "I made …").
 */
function toldAsState(tokens: readonly Token[], from: number, label: readonly string[]): boolean {
  if (!label.some((w) => RESULT_LABELS.has(w))) return false;
  const value = tokens.slice(from).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (value.length < MIN_STATE_WORDS) return false;
  const first = value[0];
  return !isVerbForm(first) && !FIRST_PERSON_WORDS.has(first.lower) && first.lower !== 'we';
}

/** Words that say a value holds nothing: "Achievements: none yet", "Results: n/a". */
const EMPTY_VALUES = wordSet('line-kind-empty-values', ['none', 'nothing', 'n/a', 'na', 'tbd', 'tbc', 'nil']);

/**
 * Whether the value holds words after the label (a bare "Achievements:" heads a list) and does not open by
 * saying it holds none ("Achievements: none yet this quarter", "Results: n/a, the project was cancelled").
 */
function hasValueFrom(tokens: readonly Token[], from: number): boolean {
  const first = tokens.slice(from).find((t) => t.kind === 'word' || t.kind === 'number');
  if (first === undefined) return false;
  const next = tokens[tokens.indexOf(first) + 2];
  // "n/a" is read as "n", "/", "a".
  const notApplicable = first.lower === 'n' && tokens[tokens.indexOf(first) + 1]?.text === '/' && next?.lower === 'a';
  return !EMPTY_VALUES.has(first.lower) && !notApplicable;
}

/**
 * The line's kind by its layout (see the top of this file), or undefined when its layout decides nothing and the
 * claim rules read it. `text` is the line the `tokens` were read from (their offsets index it). The caller reads
 * it for lines outside a story's sections only (a résumé, a profile, a form).
 */
export function lineKind(text: string, tokens: readonly Token[]): LineReading | undefined {
  if (tokens.length === 0) return undefined;
  const label = labelOf(text, tokens);
  if (label !== undefined && hasValueFrom(tokens, label.end)) {
    if (
      isWorkLabel(label.words) &&
      (!onlyActivities(label.words) || valueNamesWork(tokens, label.end)) &&
      !showsNothingDone(text, tokens, label.end, label.words)
    )
      return { kind: toldAsState(tokens, label.end, label.words) ? 'result-label' : 'work-label', value: label.end };
    // A weakness stays one whatever its value tells: "Gap: I still struggle to delegate …".
    if (isWeaknessLabel(label.words)) return { kind: 'weakness-label', value: label.end };
    if (isHoldingLabel(label.words) && !tellsActFrom(tokens, label.end))
      return { kind: 'holding-label', value: label.end };
  }
  let words = 0;
  for (const t of tokens) if (t.kind === 'word' && ++words > MAX_LAYOUT_WORDS) return undefined;
  if (tokens.some(isVerbFormOutsideNames)) return undefined;
  const parts = lineParts(text, tokens);
  const kind = isStatsLine(parts) ? 'stats' : isTenureLine(parts, label !== undefined) ? 'tenure' : undefined;
  // "Employee of the Month · ★ 4.9", "Nurse of the Year 2022 | Ward 7": an honour among the names is a standing
  // won, the writer's claim (RUBRIC-NOTES, recognition): the outcome readers know it.
  if (kind === undefined || findOutcomeCues(tokens as Token[]).length > 0) return undefined;
  return { kind, value: 0 };
}

/** A verb form in lower case: a capitalized one is a name's word ("Registered Dental Hygienist", "Applied Maths"). */
const isVerbFormOutsideNames = (t: Token): boolean => !isCapitalOrCode(t) && isVerbForm(t);
