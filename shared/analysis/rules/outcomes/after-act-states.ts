// A state of the work's thing or of a party it served, told in a clause after the writer's act (RUBRIC: an effect
// beyond the act is an outcome): "…; it was fixed the same week", "…, and we were back in 9 minutes", "…; pages were
// down to 4 a week", "…; most of them still walk together", "…; they can now let visitors turn the pages". One
// frame reads them all, by structure, not by phrase:
// - the place: a clause after a clause mark or "and" / "so" / "then", with the writer's act earlier in the line
//   (clause-actors.ts); not a relative clause, not one opened by a subordinator ("when", "before", "if") or by
//   "but" (a contrast tells the work did not hold: "…, but the leak was back by Friday"), not negated, no modal;
// - the subject: the clause's own words before its predicate — never the writer; a thing for a restore, a
//   trouble for a level brought down, a thing or case for a resolve, people for an ability, people pointed back
//   at ("they", "most of them", "all four") for a use that continues;
// - the predicate, one of five shapes of a good state relative to the problem:
//   restored — "back" after a copula, "came" / "got" or no verb, or a running state with "again" ("up and running
//     again"), timed ("back in 9 minutes", "back the next morning") and after something broke in the line (a trouble
//     or a repair told); untimed, "back online" after a repair is the repair itself told again;
//   level — "down to" a figure of a trouble ("missed doses were down to two a month"), or "under", "below", "less
//     than" one anchored by "now" or a before value; a closeness ("within 2% of") is the work's own quality;
//   resolved — the past passive of a verb of mending ("was fixed", "got sorted", "has been repaired since"), or of a
//     verb of ending with an old thing or a case as subject ("the legacy cluster was switched off"), with a definite
//     or counted subject and a time or another party as agent ("the same week", "by the vendor"); a bare plural, a
//     habit or an untimed passive may be the writer's own duty told in another voice;
//   continuing — people pointed back at + "still" + a present act, or + a copula + "still" + a place of staying
//     ("all four are still with us"); a thing only "still in use";
//   ability — people + "can now" / "are now able to" + a verb, pointed back at or told with a benefit ("without
//     help"); a product's population with a new ability is its function ("users can now filter by region").
// The same state with the writer's act in another sentence is not read (the sentence alone shows no act; a
// Result's present state is present-state.ts's).
import type { Token } from '../language/tokenize';
import {
  ANAPHORIC_SUBJECTS,
  BACK_STATES,
  CASE_NOUNS,
  COPULAS,
  THING_END_PARTICLES,
  THING_END_VERBS,
  MODAL_VERBS,
  NEGATIONS,
  OLD_THING_MARKS,
  REPAIR_VERBS,
  RESOLVE_VERBS,
  RESTORE_TIME_NOUNS,
  RUNNING_STATES,
  STILL_PLACE_NOUNS,
  STILL_PREPOSITIONS,
  STILL_STATES,
  isMonthWord,
  WEEKDAY_NAMES,
  wordValence,
} from '../language/lexicon';
import { numberWordValue } from '../quantity/number-words';
import { addCue, benefitMarkerAhead, isTroubleWord, type CueRule } from './outcome-scan';
import { clauseActors, otherPeople, writerActsBefore, type ClauseActor } from '../voices/clause-actors';
import { isPartyNoun } from '../quantity/scale';
import { isParticiple, isPastForm } from '../language/verbs';

/** What a state's clause may open with besides a clause mark: a coordinator that adds, not one that contrasts. */
const ADDING_OPENERS = new Set(['and', 'so', 'then']);
/** Marks after which a clause may tell the state: "…; it was fixed", "…, and", "… — back in 9 minutes". */
const STATE_MARKS = new Set([',', ';', '—', '–', ':']);
/** Words that open a clause that is no told state: a time, a condition, a reason, a contrast. */
const NOT_TOLD_OPENERS = new Set([
  'but',
  'yet',
  'when',
  'whenever',
  'if',
  'unless',
  'until',
  'before',
  'after',
  'because',
  'since',
  'although',
  'though',
  'while',
  'once',
  'as',
  'that',
  'which',
  'who',
  'where',
]);
/** The writer as a subject: never the holder of the state ("I was back at work"). */
const WRITER = new Set(['i', 'me', 'myself', "i'm", "i've"]);
/** The writer's group: the holder of a restore only in the service sense ("we were back up in 40 minutes"). */
const WRITER_GROUP = new Set(['we', 'us', "we're", "we've"]);
/** People as pronouns. */
const PEOPLE_PRONOUNS = new Set(['they', 'he', 'she', 'them', 'everyone', 'everybody', 'nobody', 'people']);
/**
 * Past forms of "be" and "get" before a participle: "was fixed", "got sorted", "has been repaired". A present
 * passive ("tickets are resolved within a day") tells a standing process, a duty, not what came of the act.
 */
const PASSIVE_LINKS = new Set(['was', 'were', 'been', 'got', 'gotten']);
/** Forms of "come" and "get" that take "back": "came back online", "got back up". */
const BACK_VERBS = new Set(['came', 'come', 'comes', 'got', 'get', 'gets']);
/** Verbs that hold a level: "stayed below 30 a month". */
const LEVEL_VERBS = new Set(['stayed', 'stays', 'remained', 'remains', 'kept']);
/** Adverbs between a subject, its link and its state: "is now back", "were all repaired", "was quickly fixed". */
const STATE_ADVERBS = new Set([
  'now',
  'all',
  'both',
  'already',
  'well',
  'just',
  'soon',
  'quickly',
  'finally',
  'eventually',
  'properly',
  'permanently',
  'fully',
  'then',
  'also',
  'since',
  'comfortably',
  'consistently',
  'actually',
]);
/** Words of a time after "in", "within", "by", "after": "in under ten minutes", "within the hour", "by about 9". */
const TIME_FILLERS = new Set(['under', 'about', 'around', 'roughly', 'less', 'than', 'a', 'an', 'the', 'just', 'few']);
/** Prepositions that time a restore. */
const TIME_PREPOSITIONS = new Set(['in', 'within', 'after', 'by', 'before', 'at']);
/** Words after "the" that time a restore: "the next morning", "the same day", "the following week". */
const TIME_ORDINALS = new Set(['next', 'same', 'following']);
/** Single words that time a restore: "back later", "back overnight", "back immediately". */
const TIME_ADVERBS = new Set(['later', 'overnight', 'immediately', 'shortly', 'afterwards', 'tonight']);
/** Words that may follow "back" told as a state: a state, a time, a place ("back up", "back in 9 minutes", "back at 9"). */
const AFTER_BACK = new Set([...BACK_STATES, ...TIME_PREPOSITIONS, 'the', 'to', 'about', 'around', 'again']);
/** Determiners a subject cannot end on. */
const SUBJECT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'their',
  'its',
  'my',
  'his',
  'her',
  'your',
]);
/** Degree words a level follows: "were down to", "under", "below", "less than". */
const LEVEL_WORDS = new Set(['down', 'under', 'below', 'less', 'fewer']);
/** Places of use after "in": a thing still there is in use ("it is still in use", "still in production"). */
const IN_USE_PLACES = new Set(['use', 'service', 'production', 'place']);
/** Relative pronouns inside a subject: "several of whom", "most of which" tell the head, not a new clause's party. */
const RELATIVE_PRONOUNS = new Set(['which', 'whom', 'whose', 'who']);
/** Words of a habit in a clause: a state told of every time is a duty or a process, not what came of the act. */
const HABIT_WORDS = new Set([
  'every',
  'each',
  'whenever',
  'daily',
  'weekly',
  'nightly',
  'monthly',
  'always',
  'usually',
  'routinely',
  'regularly',
  'normally',
]);
/** Words that open a definite or counted subject: "the claim", "it", "our backlog", "all 40 findings". */
const DEFINITE_LEADS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'our',
  'their',
  'its',
  'his',
  'her',
  'my',
  'all',
  'both',
  'every',
  'each',
  'most',
]);

// The clauses of a sentence, read once however many of its words start the frame (kept while its tokens live).
const clausesRead = new WeakMap<Token[], ClauseActor[]>();

/** The clause that holds word `i`. */
function clauseAt(tokens: Token[], i: number): ClauseActor | undefined {
  let clauses = clausesRead.get(tokens);
  if (clauses === undefined) clausesRead.set(tokens, (clauses = clauseActors(tokens)));
  return clauses.find((c) => c.start <= i && i <= c.end);
}

/**
 * The last word a state's time may stand in: the clause's end, or the end of the verbless time clauses after it
 * (the clause reader cuts "the prescription was corrected | before the next round" at "before").
 */
function timeEnd(tokens: Token[], words: Token[], clause: ClauseActor): number {
  const clauses = clausesRead.get(tokens) ?? [];
  let end = clause.end;
  for (let c = clauses.indexOf(clause) + 1; c < clauses.length; c++) {
    const next = clauses[c];
    const opener = words[next.start]?.lower ?? '';
    if (next.verb !== -1 || !(TIME_PREPOSITIONS.has(opener) || opener === 'since')) break;
    end = next.end;
  }
  return end;
}

/** Is there a clause mark between words `a` and `b` (a < b)? */
function markBetween(tokens: Token[], a: Token, b: Token): boolean {
  return tokens.some((t) => t.kind === 'symbol' && t.start >= a.end && t.end <= b.start && STATE_MARKS.has(t.text));
}

/**
 * Whether any clause holding word `at` or ending before it could open after a clause mark or an adding coordinator:
 * an adding coordinator among words 1..`at`, or a clause mark between the first word and word `at`. A cheap
 * precondition of placeAfterAct (whose clause starts at a word from 1 to `at`), checked before the clauses are read.
 */
function openedBefore(tokens: Token[], words: Token[], at: number): boolean {
  if (at < 1) return false;
  for (let k = 1; k <= at; k++) if (ADDING_OPENERS.has(words[k].lower)) return true;
  const after = words[0].end;
  const before = words[at].start;
  return tokens.some((t) => t.kind === 'symbol' && t.start >= after && t.end <= before && STATE_MARKS.has(t.text));
}

/**
 * The first test of each reader below that looks at the trigger word and its neighbours only (restoredAgain,
 * level, ability, resolved), made before the clauses are read: most "could", "less", "again" fail it.
 */
function refusedByNeighbours(words: Token[], i: number, lower: string): boolean {
  if (lower === BACK || lower === STILL) return false;
  if (lower === AGAIN) return !RUNNING_STATES.has(words[i - 1]?.lower ?? '');
  if (LEVEL_WORDS.has(lower)) {
    if (lower === 'down') return words[i + 1]?.lower !== 'to';
    return (lower === 'less' || lower === 'fewer') && words[i + 1]?.lower !== 'than';
  }
  if (lower === 'able') return words[i + 1]?.lower !== 'to' || words[i - 1]?.lower !== 'now';
  if (ABILITY_WORDS.has(lower)) return words[i + 1]?.lower !== 'now' && words[i - 1]?.lower !== 'now';
  return !(isParticiple(lower) || isPastForm(lower));
}

/** A figure at word `k`: a digit ("4", "2%"), a number word above one ("four"), or "half". */
function isFigure(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  if (/^\d/.test(w.text)) return true;
  return w.lower === 'half' || (numberWordValue(w.lower) ?? 0) > 1;
}

/**
 * The first word of the state's subject, when the clause holding words `from`..`link` is told after the writer's
 * act: opened by a clause mark or an adding coordinator, with the writer's act before it, no relative clause and
 * no subordinator. Undefined when the clause is not in that place.
 */
function placeAfterAct(tokens: Token[], words: Token[], clause: ClauseActor): number | undefined {
  if (clause.relative || clause.start === 0) return undefined;
  const first = words[clause.start].lower;
  if (NOT_TOLD_OPENERS.has(first)) return undefined;
  const opened = ADDING_OPENERS.has(first);
  if (!opened && !markBetween(tokens, words[clause.start - 1], words[clause.start])) return undefined;
  if (!writerActsBefore(words, clause.start)) return undefined;
  let from = opened ? clause.start + 1 : clause.start;
  // "so that", "and now": the opener's second word.
  while (from < words.length && (words[from].lower === 'that' || words[from].lower === 'now')) {
    if (words[from].lower === 'that') return undefined; // "so that it could be fixed": a purpose
    from++;
  }
  return from;
}

/** Is a negation or a modal among words `from`..`to` ("it still isn't fixed", "so it could be fixed")? */
function deniedOrModal(words: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const l = words[k].lower;
    if (NEGATIONS.has(l) || l.endsWith("n't") || l === 'not' || l === 'never' || MODAL_VERBS.has(l)) return true;
  }
  return false;
}

/** The subject's words `from`..`to`: what they hold. */
interface Subject {
  writer: boolean;
  group: boolean;
  people: boolean;
  trouble: boolean;
  /** Points back at the people or things of the act: "they", "most of them", "all four", "two of them". */
  anaphor: boolean;
  /** The old thing the work replaced, or a case: "the legacy cluster", "the claim". */
  endable: boolean;
  /** People counted among the writer's group: "a dozen of us still run together". */
  counted: boolean;
}

/** What the subject words `from`..`to` are (an empty span is none of them). */
function subjectOf(words: Token[], from: number, to: number): Subject | undefined {
  if (to < from) return undefined;
  const s: Subject = {
    writer: false,
    group: false,
    people: false,
    trouble: false,
    anaphor: false,
    endable: false,
    counted: false,
  };
  for (let k = from; k <= to; k++) {
    const w = words[k];
    const l = w.lower;
    if (WRITER.has(l)) s.writer = true;
    if (WRITER_GROUP.has(l)) s.group = true;
    // A name is people only as the subject's last word: "Maria", not "the legacy Redis cluster".
    if (PEOPLE_PRONOUNS.has(l) || isPartyNoun(l) || (k === to && k > from && otherPeople(words, k))) s.people = true;
    if (isTroubleWord(l)) s.trouble = true;
    // A quantifier points back when it stands as the head ("most of them", "both", "all four"); before a noun it
    // is a determiner ("all tests still pass": the tests, no party of the act).
    const standsAlone = k === to || words[k + 1]?.lower === 'of' || (k + 1 === to && isFigure(words, to));
    if (
      (ANAPHORIC_SUBJECTS.has(l) && (standsAlone || l === 'they')) ||
      (isFigure(words, k) && words[k + 1]?.lower === 'of')
    )
      s.anaphor = true;
    if (OLD_THING_MARKS.has(l) || CASE_NOUNS.has(l)) s.endable = true;
    // "…, most of which are still active": a relative clause describing the head, no state told after the act.
    if (RELATIVE_PRONOUNS.has(l)) return undefined;
  }
  // "a dozen of us", "most of us": the people of the act counted, the writer among them.
  if (words[to].lower === 'us' && words[to - 1]?.lower === 'of' && s.anaphor) s.counted = true;
  // "all four", "both": a count that stands alone points back at the people counted.
  if (to === from + 1 && words[from].lower === 'all' && isFigure(words, to)) s.anaphor = true;
  return s;
}

/** Walks back from word `k` over state adverbs; the index of the first word before them. */
function backOverAdverbs(words: Token[], k: number, floor: number): number {
  let j = k;
  while (j >= floor && STATE_ADVERBS.has(words[j].lower)) j--;
  return j;
}

/** Does a time follow from word `k` within the clause ending at `end` ("in 9 minutes", "the next morning", "by ten")? */
function timeAhead(words: Token[], k: number, end: number): boolean {
  for (let j = k; j <= end && j <= k + 5; j++) {
    const l = words[j].lower;
    if (TIME_ADVERBS.has(l)) return true;
    if (l === 'the' && TIME_ORDINALS.has(words[j + 1]?.lower ?? '')) return true;
    if (!TIME_PREPOSITIONS.has(l)) continue;
    let t = j + 1;
    while (t <= end && TIME_FILLERS.has(words[t].lower)) t++;
    const w = words[t];
    if (w === undefined || t > end) continue;
    if (RESTORE_TIME_NOUNS.has(w.lower) || WEEKDAY_NAMES.has(w.lower) || isMonthWord(w.lower)) return true;
    // A figure times the restore with a unit after it ("in 9 minutes"), or alone as a clock after "by" ("by ten");
    // "within 2% of the contractor's figures" is a closeness, no time.
    if (isFigure(words, t) && (l === 'by' || RESTORE_TIME_NOUNS.has(words[t + 1]?.lower))) return true;
  }
  return false;
}

/** A state reading: the word its subject ends before, and the cue's last word. */
interface StateReading {
  link: number;
  to: number;
  subject: Subject;
}

/** The subject before `link`, from `from`, when the clause's verb leaves room for no other ("service back within 9 min"). */
function readingAt(words: Token[], from: number, link: number, to: number): StateReading | undefined {
  // The subject ends on its noun, not on a determiner ("and the back end …").
  if (link - 1 < from || SUBJECT_DETERMINERS.has(words[link - 1].lower)) return undefined;
  const subject = subjectOf(words, from, link - 1);
  if (subject === undefined || subject.writer || deniedOrModal(words, from, to)) return undefined;
  return { link, to, subject };
}

/**
 * The link of a state word at `i`: a copula or one of `verbs` before it, past state adverbs, or, in a clause with
 * no verb of its own, the word itself ("heating back on"). -1 when neither.
 */
function linkBefore(words: Token[], clause: ClauseActor, from: number, i: number, verbs: ReadonlySet<string>): number {
  const j = backOverAdverbs(words, i - 1, from);
  const l = words[j]?.lower ?? '';
  if (j >= from && (COPULAS.has(l) || verbs.has(l))) {
    // "has been back", "have stayed": the auxiliary is part of the link.
    return /^(?:has|have)$/.test(words[j - 1]?.lower ?? '') ? j - 1 : j;
  }
  return clause.verb === -1 || clause.verb >= i ? j + 1 : -1;
}

/**
 * Did something break before word `from`: a trouble named ("502s", "the failed controller") or a repair told
 * ("replaced the pump seal", "rebooted the switch")? "back" with nothing broken is a trip, a return or a time
 * ("back in the day").
 */
function brokeBefore(words: Token[], from: number): boolean {
  for (let k = 0; k < from; k++)
    if (isTroubleWord(words[k].lower) || RESOLVE_VERBS.hasWord(words[k]) || REPAIR_VERBS.hasWord(words[k])) return true;
  return false;
}

/** "the tills were back online", "we were back in 9 minutes", "water back in the top field by morning". */
function restoredBack(words: Token[], clause: ClauseActor, from: number, i: number): StateReading | undefined {
  if (!brokeBefore(words, from)) return undefined;
  const link = linkBefore(words, clause, from, i, BACK_VERBS);
  if (link < 0) return undefined;
  const next = words[i + 1]?.lower;
  // "back" before a noun names a thing ("the back end in 3 weeks", "back pain"): the state stands at its clause's
  // end or before a state, a time or a place.
  if (next !== undefined && i + 1 <= clause.end && !AFTER_BACK.has(next) && !TIME_ADVERBS.has(next)) return undefined;
  const state = next !== undefined && BACK_STATES.has(next) && i + 1 <= clause.end;
  // Untimed, "back online" after a repair tells the repair itself done again, not an effect beyond it; the time
  // of the restore ("in 9 minutes", "by ten", "the next morning") tells the incident's end.
  if (!timeAhead(words, i + 1, clause.end)) return undefined;
  const reading = readingAt(words, from, link, state ? i + 1 : i);
  if (reading === undefined || reading.subject.people || reading.subject.trouble) return undefined;
  // The writer's "we" is back as the service is when told so ("back up", "back online") or when a trouble stands
  // before it in the line ("the gateway failed …; we were back in 9 minutes"); else it is a trip ("I drove the parts
  // to the depot and we were back in 20 minutes").
  if (reading.subject.group && !((state && next !== 'on') || troubleEarlier(words, from))) return undefined;
  return reading;
}

/** "the drip was running again", "the line was up and running again": a running state, then "again" at `i`. */
function restoredAgain(words: Token[], clause: ClauseActor, from: number, i: number): StateReading | undefined {
  if (!brokeBefore(words, from)) return undefined;
  let k = i - 1;
  if (!RUNNING_STATES.has(words[k]?.lower ?? '')) return undefined;
  if (words[k - 1]?.lower === 'and' && RUNNING_STATES.has(words[k - 2]?.lower ?? '')) k -= 2;
  const link = linkBefore(words, clause, from, k, BACK_VERBS);
  if (link < 0 || !timeAhead(words, i + 1, Math.max(clause.end, i + 6))) return undefined;
  const reading = readingAt(words, from, link, i);
  if (reading === undefined || reading.subject.people || reading.subject.trouble || reading.subject.group)
    return undefined;
  return reading;
}

/**
 * "pages were down to 4 a week", "missed doses are now below three a month", "late work now under 5 a week": a
 * trouble's level brought down. "down to" tells the move itself; "under", "below", "less than" and "fewer than"
 * tell only a level, which is a move when "now" or a before value ("from 20") anchors it — else it is a
 * measurement of the thing ("latency was under 200 ms at launch", "error rates were below 1% at 500 rps").
 * A closeness ("within 2% of the contractor's figures", "within 10% of actuals") is the work's own quality, not
 * an effect beyond it: not read.
 */
function level(words: Token[], clause: ClauseActor, from: number, i: number): StateReading | undefined {
  const l = words[i].lower;
  let f = i + 1;
  if (l === 'down' || l === 'less' || l === 'fewer') {
    if (words[f]?.lower !== (l === 'down' ? 'to' : 'than')) return undefined;
    f++;
  }
  while (f <= clause.end && TIME_FILLERS.has(words[f].lower)) f++;
  if (f > clause.end || !isFigure(words, f)) return undefined;
  const link = linkBefore(words, clause, from, i, LEVEL_VERBS);
  if (link < 0) return undefined;
  const reading = readingAt(words, from, link, f);
  if (reading === undefined || reading.subject.people || reading.subject.group) return undefined;
  // Brought down is good only of a trouble ("missed doses"); a budget or stock run down is a symptom.
  if (!reading.subject.trouble) return undefined;
  if (l !== 'down' && !levelAnchored(words, from, f, clause.end)) return undefined;
  return reading;
}

/** Is a level at `f` anchored as new: "now" in its clause before it, or a before value after it ("from 20")? */
function levelAnchored(words: Token[], from: number, f: number, end: number): boolean {
  for (let k = from; k < f; k++) if (words[k].lower === 'now') return true;
  for (let k = f + 1; k <= end; k++) if (words[k].lower === 'from' && isFigure(words, k + 1)) return true;
  return false;
}

/** The index of the be/get form a participle at `i` is the passive of, past adverbs, or -1 ("was quickly fixed"). */
function passiveLink(words: Token[], from: number, i: number): number {
  const j = backOverAdverbs(words, i - 1, from);
  const l = words[j]?.lower ?? '';
  if (j < from || !PASSIVE_LINKS.has(l)) return -1;
  if (l === 'been') {
    const aux = words[j - 1]?.lower ?? '';
    // "had been fixed" tells a time before the act; "has been fixed since" the time after.
    return aux === 'has' || aux === 'have' ? j - 1 : -1;
  }
  return j;
}

/** Is "since" among words `k`..`end` ("has been repaired since", "was closed since")? */
function sinceAhead(words: Token[], k: number, end: number): boolean {
  for (let j = k; j <= end; j++) if (words[j].lower === 'since') return true;
  return false;
}

/** Does "by" and a party other than the writer follow the participle within the clause ("fixed by the vendor")? */
function otherAgent(words: Token[], k: number, end: number): boolean {
  if (words[k]?.lower !== 'by' || k + 1 > end) return false;
  const first = words[k + 1].lower;
  return !WRITER.has(first) && !WRITER_GROUP.has(first) && first !== 'hand' && !isFigure(words, k + 1);
}

/** Is a habit told among words `from`..`end` ("builds were fixed whenever they broke", "cleared each morning")? */
function habitIn(words: Token[], from: number, end: number): boolean {
  for (let k = from; k <= end; k++) if (HABIT_WORDS.has(words[k].lower)) return true;
  return false;
}

/** Does the clause time the state before the writer's own act ("…, the roof was fixed before I joined")? */
function beforeWriter(words: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++)
    if ((words[k].lower === 'before' || words[k].lower === 'until') && /^(?:i|we)$/.test(words[k + 1]?.lower ?? ''))
      return true;
  return false;
}

/** "it was fixed the same week", "the claim got settled", "the legacy Redis cluster was switched off". */
function resolved(
  words: Token[],
  clause: ClauseActor,
  from: number,
  i: number,
  until: number,
): StateReading | undefined {
  const w = words[i];
  if (!(isParticiple(w.lower) || isPastForm(w.lower))) return undefined;
  const mend = RESOLVE_VERBS.hasWord(w);
  const end = !mend && THING_END_VERBS.hasWord(w);
  if (!mend && !end) return undefined;
  let to = i;
  if (end) {
    const particle = THING_END_PARTICLES[THING_END_VERBS.lemmaOf(w.lower) ?? ''];
    if (particle !== undefined) {
      if (words[i + 1]?.lower !== particle) return undefined;
      to = i + 1;
    }
  }
  // "closed as a duplicate": a close with no resolution.
  if (end && words[to + 1]?.lower === 'as') return undefined;
  const link = passiveLink(words, from, i);
  if (link < 0 || beforeWriter(words, i, clause.end) || habitIn(words, from, clause.end)) return undefined;
  // "complaints were resolved within 24 hours": a bare plural tells a process; a definite or counted subject a fact.
  const lead = words[from].lower;
  if (!(DEFINITE_LEADS.has(lead) || isFigure(words, from) || words[from].text !== lead)) return undefined;
  // Untimed, a passive after a lead act may be the writer's own work told in another voice ("Audited the module;
  // the critical issues were fixed"); a time after the act ("the same week", "since", "in March") or another
  // party as agent ("by the vendor") makes it what came of the act.
  if (!(timeAhead(words, to + 1, until) || sinceAhead(words, to + 1, until) || otherAgent(words, to + 1, clause.end)))
    return undefined;
  const reading = readingAt(words, from, link, to);
  if (reading === undefined || reading.subject.people || reading.subject.group) return undefined;
  if (end && !(reading.subject.endable || reading.subject.trouble || oldThingBefore(words, from))) return undefined;
  return reading;
}

/** A trouble named before the state's clause: "the payments gateway started returning 502s; I failed it over …". */
function troubleEarlier(words: Token[], from: number): boolean {
  for (let k = 0; k < from; k++) if (isTroubleWord(words[k].lower)) return true;
  return false;
}

/** An old thing named in the act before the state ("Moved the teams off the old FTP server, and it was shut down"). */
function oldThingBefore(words: Token[], from: number): boolean {
  for (let k = 0; k < from; k++) if (OLD_THING_MARKS.has(words[k].lower)) return true;
  return false;
}

/** A state or place of staying at word `k`: "here", "running", "with us", "on the team", "in post". */
function stillPlace(words: Token[], k: number): boolean {
  const l = words[k]?.lower ?? '';
  if (STILL_STATES.has(l)) return true;
  if (!STILL_PREPOSITIONS.has(l)) return false;
  let n = k + 1;
  if (/^(?:the|our|their|his|her|its)$/.test(words[n]?.lower ?? '')) n++;
  return STILL_PLACE_NOUNS.has(words[n]?.lower);
}

/** Is word `k` "in" a place of use: "in use", "in service", "in production", "in place"? */
function inUse(words: Token[], k: number): boolean {
  return words[k]?.lower === 'in' && IN_USE_PLACES.has(words[k + 1]?.lower ?? '');
}

/**
 * "most of them still walk together", "all four are still with us": people of the act pointed back at, still
 * doing the thing the work started or still where it put them. A bad act ("they still complain") is none.
 */
function continuing(words: Token[], clause: ClauseActor, from: number, i: number): StateReading | undefined {
  const next = words[i + 1];
  if (next === undefined || i + 1 > clause.end) return undefined;
  const prev = words[i - 1]?.lower ?? '';
  const copula = COPULAS.has(prev);
  const link = copula ? i - 1 : i;
  if (copula ? !stillPlace(words, i + 1) : !/^[a-z]+$/.test(next.text) || COPULAS.has(next.lower)) return undefined;
  if (!copula && (MODAL_VERBS.has(next.lower) || NEGATIONS.has(next.lower) || next.lower === 'have')) return undefined;
  for (let k = i + 1; k <= clause.end && k <= i + 4; k++)
    if (isTroubleWord(words[k].lower) || (wordValence(words[k].lower) ?? 0) < 0) return undefined;
  const reading = readingAt(words, from, link, i + 1);
  const group = reading?.subject.group === true && !reading.subject.counted;
  if (reading === undefined || !reading.subject.anaphor || group || reading.subject.trouble) return undefined;
  // "it still runs": a thing's act may be its trouble; only people are read still acting. A thing still there is
  // no effect ("it is still active"); still in use is ("it is still in use").
  if (words.slice(from, link).some((x) => x.lower === 'it') && !(copula && inUse(words, i + 1))) return undefined;
  return reading;
}

/** "they can now let visitors turn the pages", "the families are now able to sign them": people with a new ability. */
function ability(words: Token[], clause: ClauseActor, from: number, i: number): StateReading | undefined {
  const l = words[i].lower;
  let link: number;
  let to: number;
  if (l === 'can' || l === 'could') {
    if (words[i + 1]?.lower !== 'now' && words[i - 1]?.lower !== 'now') return undefined;
    link = words[i - 1]?.lower === 'now' ? i - 1 : i;
    to = words[i + 1]?.lower === 'now' ? i + 2 : i + 1;
  } else {
    // "able": "are now able to", "now … able to".
    if (words[i + 1]?.lower !== 'to' || words[i - 1]?.lower !== 'now') return undefined;
    const cop = words[i - 2]?.lower ?? '';
    link = COPULAS.has(cop) ? i - 2 : i - 1;
    to = i + 2;
  }
  if (to > clause.end) return undefined;
  // The modal is the shape itself: the denial check starts after it.
  const subject = subjectOf(words, from, link - 1);
  if (subject === undefined || subject.writer || subject.group || !subject.people) return undefined;
  if (deniedOrModal(words, to, Math.min(to + 2, clause.end))) return undefined;
  // "they can now be used offline": a passive ability is the thing's function, not a party's new state.
  if (words[to]?.lower === 'be') return undefined;
  // A population of a product with a new ability is the product's function ("…, so users can now log in with
  // Google"); it is the served party's new state when pointed back at ("they can now let visitors in") or told
  // with a benefit ("wheelchair users can now get in without help").
  if (!subject.anaphor && !benefitMarkerAhead(words, to, 8, clauseEndAt(words, clause))) return undefined;
  return { link, to, subject };
}

/** Where the clause ends, as an offset: past its last word. */
function clauseEndAt(words: Token[], clause: ClauseActor): number {
  return words[clause.end].end + 1;
}

/** The words that start a reading, by shape. */
const BACK = 'back';
const AGAIN = 'again';
const STILL = 'still';
const ABILITY_WORDS = new Set(['can', 'could', 'able']);

/**
 * A good state of the work's thing or of a party, told in a clause after the writer's act: restored ("…, and we were
 * back up in 40 minutes"), brought to a level ("…; pages were down to 4 a week"), resolved ("…; it was fixed the
 * same week"), continuing ("…; most of them still walk together") or a new ability ("…; they can now let visitors
 * turn the pages").
 */
export const AFTER_ACT_STATE_RULE: CueRule = {
  name: 'after-act-state',
  words: [BACK, AGAIN, STILL, ...LEVEL_WORDS, ...ABILITY_WORDS],
  lemmas: [RESOLVE_VERBS, THING_END_VERBS],
  match({ tokens, words, cues, i, w, lower }) {
    // "was up and running again": the clause reader cuts at "and"; the state's clause is the one holding "up".
    const upAndRunning =
      lower === AGAIN && words[i - 2]?.lower === 'and' && RUNNING_STATES.has(words[i - 3]?.lower ?? '');
    if (refusedByNeighbours(words, i, lower)) return false;
    const at = upAndRunning ? i - 3 : i;
    // Reading the sentence's clauses is the costly part, and most trigger words sit in no clause told after a
    // mark or an adding coordinator: check for one of those before word `at` first (placeAfterAct needs it).
    if (!openedBefore(tokens, words, at)) return false;
    const clause = clauseAt(tokens, at);
    if (clause === undefined) return false;
    const from = placeAfterAct(tokens, words, clause);
    if (from === undefined || from >= i) return false;
    let reading: StateReading | undefined;
    if (lower === BACK) reading = restoredBack(words, clause, from, i);
    else if (lower === AGAIN) reading = restoredAgain(words, clause, from, i);
    else if (lower === STILL) reading = continuing(words, clause, from, i);
    else if (LEVEL_WORDS.has(lower)) reading = level(words, clause, from, i);
    else if (ABILITY_WORDS.has(lower)) reading = ability(words, clause, from, i);
    else reading = resolved(words, clause, from, i, timeEnd(tokens, words, clause));
    if (reading === undefined) return false;
    addCue(cues, words[reading.link] ?? w, words[reading.to] ?? w, 'state');
    return true;
  },
};
