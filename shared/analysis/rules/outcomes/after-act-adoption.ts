// Adoption told one step off the verbs of adopting: after the writer's act, another party keeps to the work
// (RUBRIC-NOTES agreement, approval and adoption). The same idea comes in four grammatical shapes, read here by
// shape, not by phrase:
//   - another party's present habit, perfect or requirement on the work pointed back at ("…, they open it in every
//     monthly meeting", "several of them have since kept it in their induction", "the registrars follow my checklist",
//     "all new services must now go through it", "which the other labs have since taken on", "is what the finance
//     office works from now");
//   - a status the work now holds for others ("which is now the template every team starts from", "it is now
//     obligatory for all new projects", "…, now the default for every tender", "in use in both departments since",
//     "became the one all of engineering starts from");
//   - a present passive with another party or a counted scope as its agent and a time after the act ("is now owned
//     by the platform team", "is kept by all three squads to this day", "…, referenced in every review since");
//   - others brought onto one shared thing ("Got payments and ledger onto one incident process").
// What makes it a result and not context: the writer's act stands earlier in the line (a line opening with a past
// verb, "I"/"we" with a past or perfect verb, or the writer's own work named: "my rota", "the form I designed"), the
// party's verb is present, perfect or a take-up told after the act, and the object is the work itself ("it",
// "them", a relative's head). A plan or a request ("the board wants it monthly"), a context before the act ("every
// team uses Jira, so I built…") and a tool the writer used are none.
import type { Token } from '../language/tokenize';
import {
  ADOPTED_ROLES,
  AFTER_ACT_MARKERS,
  COPULAS,
  FIRST_PERSON,
  MODAL_VERBS,
  NEGATIONS,
  NO_TAKE_UP_PARTICIPLES,
  NO_TAKE_UP_VERBS,
  REQUIRED_STATUSES,
  TAKE_UP_PAST_VERBS,
  TURNING_VERBS,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { writerActsBefore } from '../voices/clause-actors';
import { partyKindOf } from '../voices/party-kinds';
import { isGerund, isParticiple, isPastForm } from '../language/verbs';

/** Words after the object that let it be the object: a place, a time, a particle or the clause's end ("open it in every meeting"). */
const AFTER_OBJECT = new Set([
  'in',
  'on',
  'at',
  'for',
  'to',
  'into',
  'onto',
  'with',
  'across',
  'before',
  'after',
  'during',
  'from',
  'as',
  'through',
  'throughout',
  'up',
  'out',
  'over',
  'back',
  'every',
  'each',
  'daily',
  'weekly',
  'monthly',
  'now',
  'still',
  'today',
  'regularly',
  'routinely',
  'too',
  'ever',
  'since',
  'and',
  'when',
  'whenever',
  'within',
  'again',
  'straight',
  'overnight',
  'almost',
]);
/** Prepositions a verb takes before the work: "works from it", "relies on it", "moved onto it". */
const VERB_PREPOSITIONS = new Set(['from', 'on', 'upon', 'with', 'onto', 'to', 'by', 'off', 'through']);
/** Prepositions that stand where a verb would before "it": "walked them through it", "built the starters around it". */
const NOT_VERBS = new Set([
  'through',
  'around',
  'about',
  'of',
  'for',
  'in',
  'at',
  'into',
  'without',
  'behind',
  'under',
  'over',
  'across',
  'against',
  'beyond',
  'past',
  'like',
  'near',
  'towards',
  'toward',
  'than',
  'after',
  'before',
  'as',
]);
/** Adverbs between a subject and its verb: "now", "still", "all", "have since". */
const MID_ADVERBS = new Set(['now', 'still', 'all', 'also', 'since', 'ever', 'both', 'always', 'each', 'even', 'then']);
/** Words that lead a counted or quantified subject: "all six stores", "both product teams", "every new squad". */
const QUANTIFIERS = new Set(['all', 'both', 'every', 'each', 'several', 'most', 'many', 'other', 'some']);
/** Words that may open a relative's subject: "which the ward", "that all the teachers", "which every new squad". */
const SUBJECT_LEADS = new Set(['the', 'all', 'both', 'every', 'each', 'several', 'most', 'many', 'their', 'other']);
const PERFECT = new Set(['have', 'has', "'ve", "they've"]);
const PRESENT_BE = new Set(['is', 'are', "'s", "it's", 'am']);
/** A requirement put on the party, read as its verb: "are now expected to use", "are required to follow". */
const REQUIRED_TO = new Set(['expected', 'required', 'asked', 'told', 'supposed']);

const isWord = (l: string) => /^[a-z][a-z'-]*$/.test(l);
const isAcronym = (w: Token) => /^[A-Z]{2,4}s?$/.test(w.text);

/** The writer's act before word `k` (writer-acts.ts), or the writer's own work opening the line ("my rota", "our form"). */
function writerBefore(words: Token[], k: number): boolean {
  if (k <= 0) return false;
  if (words[0].lower === 'my' || words[0].lower === 'our') return true;
  return writerActsBefore(words, k);
}

/** Is the word at `k` the head of another party as a subject: a group, a post, "they", a team's initials, "(two) of them", "all six stores"? */
function partyHead(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  const l = w.lower;
  if (l === 'it' || l === 'this' || l === 'that') return false;
  if (l === 'them' || w.kind === 'number') return words[k - 1]?.lower === 'of' && k >= 2; // "several of them", "a team of 9"
  if (partyKindOf(l) === 'other') return true;
  // "all of engineering", "most of finance": a whole named through "of".
  if (
    words[k - 1]?.lower === 'of' &&
    /^(all|most|half|rest|whole)$/.test(words[k - 2]?.lower ?? '') &&
    /^[a-z]+$/.test(l)
  )
    return true;
  if (isAcronym(w) && k > 0) return true;
  // A counted or quantified plural: "all six stores", "three programmes", "both emergency departments".
  if (!/^[a-z]{3,}s$/.test(l) || l.endsWith('ss')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const p = words[j];
    if (
      QUANTIFIERS.has(p.lower) ||
      p.kind === 'number' ||
      /^(two|three|four|five|six|seven|eight|nine|ten)$/.test(p.lower)
    )
      return true;
  }
  return false;
}

/** Words that open the clause a party subject heads: "…, and the finance team has", "; all six stores have". */
const CLAUSE_LEADS = new Set(['and', 'but', 'so', 'which', 'that', 'while', 'where', 'then', 'now', 'today', 'since']);
/** The most words of a subject before its head: "[the whole support] team". */
const MAX_SUBJECT_WORDS = 5;

/**
 * Does the party at `s` open its own clause, with no verb of the writer's before it in the clause ("walked the
 * other teams through it": the teams are an object)? It stands after a clause mark or an opener within five words.
 */
function headsItsClause(tokens: Token[], words: Token[], s: number): boolean {
  for (let j = s - 1; j >= 0; j--) {
    if (clauseEnd(tokens, words[j]) <= words[s].start) return true;
    const l = words[j].lower;
    if (CLAUSE_LEADS.has(l)) return true;
    if (s - j > MAX_SUBJECT_WORDS || isPastForm(l) || isGerund(l) || FIRST_PERSON.has(l)) return false;
  }
  return true;
}

/** Does the object at `i` end its clause or go on with a place, a time or a particle ("open it in every meeting"), not a state ("keep it simple")? */
function objectEnds(tokens: Token[], words: Token[], i: number): boolean {
  const next = words[i + 1];
  return next === undefined || next.start >= clauseEnd(tokens, words[i]) || AFTER_OBJECT.has(next.lower);
}

/** The most words of the writer's own work named as an object: "[my] [new] [intake] [form]". */
const MAX_OWN_WORK_WORDS = 3;

/** Does the writer's own work named at `i` ("my checklist", "our new rota") end as an object, as "it" does? */
function ownWorkEnds(tokens: Token[], words: Token[], i: number): boolean {
  for (let e = i + 1; e < words.length && e <= i + MAX_OWN_WORK_WORDS; e++) {
    const l = words[e].lower;
    if (isPastForm(l) || isGerund(l) || COPULAS.has(l) || AFTER_OBJECT.has(l)) return false;
    if (objectEnds(tokens, words, e)) return true;
  }
  return false;
}

/** Is there a time after the act in the clause of word `k`: "now", "since", "still", "today", "to this day"? */
function afterMarkerIn(tokens: Token[], words: Token[], k: number): boolean {
  const end = clauseEnd(tokens, words[k]);
  let from = k;
  while (from > 0 && clauseEnd(tokens, words[from - 1]) === end) from--;
  for (let j = from; j < words.length && words[j].start < end; j++) {
    const l = words[j].lower;
    if (AFTER_ACT_MARKERS.has(l)) return true;
    if (l === 'this' && words[j + 1]?.lower === 'day' && words[j - 1]?.lower === 'to') return true;
  }
  return false;
}

/**
 * The verb group that ends at the verb `v`, read backwards: its tense and where its subject stands. Present
 * ("opens", "open"), perfect ("have since kept"), progressive ("are using", "have been using") or past; undefined
 * when a modal, "to", a negation or a past helper stands in it ("will use", "didn't keep", "had asked").
 */
function groupBefore(
  words: Token[],
  v: number,
): { tense: 'present' | 'perfect' | 'past' | 'obliged'; subject: number } | undefined {
  const verb = words[v].lower;
  if (!isWord(verb) || COPULAS.has(verb) || MODAL_VERBS.has(verb) || PERFECT.has(verb)) return undefined;
  let k = v - 1;
  let perfect = false;
  let be = false;
  let obliged = false;
  for (; k >= 0; k--) {
    const l = words[k].lower;
    if (MID_ADVERBS.has(l) || (l.endsWith('ly') && l.length > 4)) continue;
    // "all new projects must now use it", "every team has to go through it": a requirement others work under.
    if (l === 'must' && !obliged) obliged = true;
    else if (l === 'to' && !obliged && (words[k - 1]?.lower === 'have' || words[k - 1]?.lower === 'has')) {
      obliged = true;
      k--;
    } else if (PERFECT.has(l)) perfect = true;
    else if (l === 'been' && perfect === false) be = true;
    else if (PRESENT_BE.has(l)) be = true;
    else if (l === 'do' || l === 'does') continue;
    else if (NEGATIONS.has(l) || l.endsWith("n't") || MODAL_VERBS.has(l) || l === 'to' || l === 'had' || l === 'did')
      return undefined;
    else if (l === 'was' || l === 'were') return undefined;
    else break;
  }
  if (k < 0) return undefined;
  if (obliged)
    return perfect || be || isPastForm(verb) || isGerund(verb) ? undefined : { tense: 'obliged', subject: k };
  if (be) return isGerund(verb) ? { tense: 'present', subject: k } : undefined;
  if (perfect) return isParticiple(verb) || isGerund(verb) ? { tense: 'perfect', subject: k } : undefined;
  if (isGerund(verb)) return undefined;
  return { tense: isPastForm(verb) ? 'past' : 'present', subject: k };
}

/**
 * "…, they open it in every monthly meeting", "several of them have since kept it in their induction", "the
 * whole team moved onto it within a week": another party's verb on "it" or "them" after the writer's act.
 */
export const OTHERS_KEEP_IT_RULE: CueRule = {
  name: 'others-keep-it',
  words: ['it', 'them', 'my', 'our'],
  match({ tokens, words, cues, i, w, lower }) {
    if (i < 3 || !(lower === 'my' || lower === 'our' ? ownWorkEnds(tokens, words, i) : objectEnds(tokens, words, i)))
      return false;
    const v = VERB_PREPOSITIONS.has(words[i - 1].lower) ? i - 2 : i - 1;
    const verb = words[v]?.lower;
    if (verb === undefined || NO_TAKE_UP_VERBS.has(verb) || NOT_VERBS.has(verb) || CLAUSE_LEADS.has(verb)) return false;
    const group = groupBefore(words, v);
    if (group === undefined || !partyHead(words, group.subject) || !headsItsClause(tokens, words, group.subject))
      return false;
    // A take-up told in the past ("the whole team moved onto it") only with a verb of taking up or a time after;
    // a requirement ("must use it") only with a time after ("all new projects must now use it").
    const marked = afterMarkerIn(tokens, words, i);
    if (group.tense === 'past' && !TAKE_UP_PAST_VERBS.has(verb) && !marked) return false;
    if (group.tense === 'obliged' && !marked) return false;
    if (!writerBefore(words, group.subject)) return false;
    addCue(cues, words[v], w, 'adoption');
    return true;
  },
};

/** The verb a relative's party subject governs, read forwards from `k`, and the index of its last word; -1 when none. */
function verbAfter(words: Token[], k: number, end: number): number {
  let j = k;
  let helper = false;
  while (j < words.length && words[j].start < end) {
    const l = words[j].lower;
    if (MID_ADVERBS.has(l) || (l.endsWith('ly') && l.length > 4) || PERFECT.has(l) || l === 'been') {
      helper ||= PERFECT.has(l);
      j++;
      continue;
    }
    if (PRESENT_BE.has(l)) {
      // "are now expected to use": a requirement on the party, its verb after "to".
      const n = j + 1 + (MID_ADVERBS.has(words[j + 1]?.lower ?? '') ? 1 : 0);
      if (REQUIRED_TO.has(words[n]?.lower ?? '') && words[n + 1]?.lower === 'to') return n + 2;
      if (isGerund(words[j + 1]?.lower ?? '')) return j + 1;
      return -1;
    }
    if (NEGATIONS.has(l) || l.endsWith("n't") || MODAL_VERBS.has(l) || l === 'had' || l === 'was' || l === 'were')
      return -1;
    if (!isWord(l) || COPULAS.has(l)) return -1;
    if (helper) return isParticiple(l) ? j : -1;
    return isPastForm(l) || isGerund(l) ? -1 : j;
  }
  return -1;
}

/** Words before "which" or "that" that make it no relative of the work: "so that", "now that", "said that". */
const RELATIVE_BREAKS = new Set([
  'so',
  'such',
  'now',
  'than',
  'and',
  'but',
  'said',
  'sure',
  'of',
  'for',
  'in',
  'with',
  'to',
  'on',
  'by',
]);
/** Particles and prepositions a relative's verb ends on: "starts from", "have since taken on", "hands out". */
const RELATIVE_PARTICLES = new Set(['out', 'up', 'on', 'over', 'in', 'from', 'with', 'by', 'to', 'onto']);
/** Words that open a scope after such a particle: "hands out to every applicant". */
const SCOPE_LEADS = new Set(['every', 'each', 'all', 'the', 'their', 'a']);

/**
 * A clause from word `from` whose subject is another party and whose verb, present or perfect, has no object of its
 * own (its object is the head the clause hangs on): "[which] the other two labs have since taken on", "[the
 * template] every ML team starts from", "[what] the finance office works from now". The verb's index, or -1.
 */
function partyClauseWithoutObject(tokens: Token[], words: Token[], from: number, end: number): number {
  // The party head within four words, led only by determiners and modifiers: "all the year 7 teachers".
  let head = -1;
  for (let k = from; k < words.length && k <= from + 3 && words[k].start < end; k++) {
    if (partyHead(words, k)) {
      head = k;
      // A compound's last noun is its head: "the finance office".
      while (head + 1 < words.length && words[head + 1].start < end && partyHead(words, head + 1)) head++;
      break;
    }
    const l = words[k].lower;
    if (k === from && !SUBJECT_LEADS.has(l) && words[k].kind !== 'number') return -1;
    if (isPastForm(l) || isGerund(l) || COPULAS.has(l)) return -1;
  }
  if (head < 0) return -1;
  const v = verbAfter(words, head + 1, end);
  if (v < 0 || NO_TAKE_UP_VERBS.has(words[v].lower)) return -1;
  // No object of its own: the clause ends, or a particle or a place follows ("starts from", "hands out to every …").
  const particle = RELATIVE_PARTICLES.has(words[v + 1]?.lower ?? '');
  const after = words[particle ? v + 2 : v + 1];
  const ends =
    after === undefined ||
    after.start >= end ||
    AFTER_OBJECT.has(after.lower) ||
    (particle && SCOPE_LEADS.has(after.lower));
  return ends ? v : -1;
}

/** Is the word a form of "be" or "become" that a "what" clause can follow: "is what the office works from"? */
const linksWhat = (l: string) => PRESENT_BE.has(l) || TURNING_VERBS.lemmaOf(l) === 'become';

/**
 * "…, which the other two labs have since taken on", "the template that the foundation now hands out to every
 * applicant", "my sheet is what the finance office works from now": a relative after the writer's act whose
 * subject is another party and whose verb, present or perfect, has no object of its own (its object is the
 * relative's head).
 */
export const RELATIVE_TAKE_UP_RULE: CueRule = {
  name: 'relative-take-up',
  words: ['which', 'that', 'what'],
  match({ tokens, words, cues, i, w, lower }) {
    if (i < 2 || words[i + 1] === undefined || !writerBefore(words, i)) return false;
    const prev = words[i - 1].lower;
    if (lower === 'what' ? !linksWhat(prev) : isPastForm(prev) || COPULAS.has(prev) || RELATIVE_BREAKS.has(prev))
      return false;
    const v = partyClauseWithoutObject(tokens, words, i + 1, clauseEnd(tokens, w));
    if (v < 0) return false;
    addCue(cues, w, words[v], 'adoption');
    return true;
  },
};

/** The most words of a status noun phrase before the clause that hangs on it: "the [shared] one", "the [go-to] format". */
const MAX_STATUS_WORDS = 3;
/** Linking verbs a status noun phrase follows: "is (now) the one …", "became the format …". */
const STATUS_LINKS = ['is', 'are', "it's", 'became', 'becomes', 'become'];

/**
 * "Our write-up format became the one all of engineering starts from", "it is now the form every ward works from":
 * the work, after a linking verb, named by a noun phrase that a clause of another party hangs on with no relative
 * word, after the writer's act; "is" needs a time after the act, as the other statuses do.
 */
export const STATUS_RELATIVE_RULE: CueRule = {
  name: 'status-relative',
  words: STATUS_LINKS,
  match({ tokens, words, cues, i, w, lower }) {
    let j = i + 1;
    while (AFTER_ACT_MARKERS.has(words[j]?.lower ?? '') || words[j]?.lower === 'also') j++;
    if (!/^(the|a|an|our|my)$/.test(words[j]?.lower ?? '')) return false;
    const subject = words[i - 1]?.lower;
    if (subject === undefined || subject === 'i' || subject === 'we' || partyKindOf(subject) === 'other') return false;
    const become = TURNING_VERBS.lemmaOf(lower) === 'become';
    if (!become && !afterMarkerIn(tokens, words, i)) return false;
    if (!writerBefore(words, i)) return false;
    const end = clauseEnd(tokens, w);
    for (let k = j + 2; k < words.length && k <= j + 1 + MAX_STATUS_WORDS && words[k].start < end; k++) {
      const l = words[k - 1].lower;
      if (isPastForm(l) || isGerund(l) || COPULAS.has(l) || RELATIVE_BREAKS.has(l)) return false;
      const v = partyClauseWithoutObject(tokens, words, k, end);
      if (v < 0) continue;
      addCue(cues, w, words[v], 'adoption');
      return true;
    }
    return false;
  },
};

/** Words between a linking verb and the status: "is now the", "became a de facto", "is also". */
const STATUS_LEADS = new Set([
  'the',
  'a',
  'an',
  'de',
  'facto',
  'new',
  'official',
  'house',
  'now',
  'since',
  'also',
  'still',
]);
/** Words a status may end on or go on with: a scope ("for all new projects", "in all four offices") or a relative. */
const STATUS_TAILS = new Set([
  'for',
  'in',
  'across',
  'at',
  'on',
  'of',
  'throughout',
  'every',
  'all',
  'each',
  'that',
  'which',
  'the',
  'reading',
  'way',
  'practice',
  'process',
  'tool',
  'approach',
  'format',
]);

/** The linking verb before a status at `s` ("is now", "has become", "it's"), or a clause mark and "now" with no verb; its index or -1. */
function linkBefore(tokens: Token[], words: Token[], s: number): number {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    const l = words[k].lower;
    if (PRESENT_BE.has(l) || l === 'been' || TURNING_VERBS.lemmaOf(l) === 'become') return k;
    // "…, now the default for every tender", "— now compulsory for all new services": a verbless status after the act.
    if (l === 'now' && k > 0 && clauseEnd(tokens, words[k - 1]) <= words[k].start) return k;
    if (!STATUS_LEADS.has(l)) return -1;
  }
  return -1;
}

/**
 * "which is now the template every ML team starts from", "it is now obligatory for all new projects", "…, now the
 * default for every tender", "which is in use in both departments since 2022": a status the work holds for others
 * after the writer's act, told with a present copula or "become" and a time after the act (or "become" itself).
 */
export const WORK_STATUS_RULE: CueRule = {
  name: 'work-status',
  words: [...REQUIRED_STATUSES, ...ADOPTED_ROLES, 'use'],
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    if (lower === 'used' || lower === 'uses') return false;
    const inUse = lower === 'use';
    if (inUse && prev !== 'in') return false;
    const link = linkBefore(tokens, words, inUse ? i - 1 : i);
    if (link < 1) return false;
    const end = clauseEnd(tokens, w);
    // "mandatory to wear", "required by law": no scope of others after a requirement.
    const tail = next === undefined || words[i + 1].start >= end || STATUS_TAILS.has(next);
    if (!tail) return false;
    const linkWord = words[link].lower;
    const become = TURNING_VERBS.lemmaOf(linkWord) === 'become';
    if (!become && !afterMarkerIn(tokens, words, i)) return false;
    if (become && !REQUIRED_STATUSES.has(lower) && !inUse) return false; // "became the default" is read by BECAME_STANDARD_RULE
    // Who holds the status: the work ("it", "which", "the form I designed"), after the writer's act.
    const subject = words[link - 1].lower;
    if (subject === 'i' || subject === 'we' || partyKindOf(subject) === 'other') return false;
    if (!writerBefore(words, link)) return false;
    addCue(cues, words[link], w, 'adoption');
    return true;
  },
};

/** Words before the agent of a keeping passive: "owned by", "used today from", "shared with", "adopted across". */
const AGENT_MARKS = ['by', 'from', 'with', 'across', 'in', 'at', 'throughout'];
/** Marks of a place the work is kept in, not an agent: "followed in every ward", "run across all six stores". */
const SCOPE_MARKS = new Set(['in', 'at', 'across', 'throughout']);
/** Words that count a scope of places or occasions: "in every ward", "across all six stores", "in both departments". */
const SCOPE_COUNTS = new Set(['all', 'every', 'each', 'both', 'most']);

/**
 * "is now owned by the platform team", "is kept by all three squads to this day", and the same told as a reduced
 * participle clause after the act ("…, used today from all product teams", "…, now shared with their in-house
 * writers"): a present passive whose agent is another party, with a time after the act, of the writer's work.
 */
export const KEPT_BY_OTHERS_RULE: CueRule = {
  name: 'kept-by-others',
  words: AGENT_MARKS,
  match({ tokens, words, cues, i, w, lower }) {
    let p = i - 1;
    if (/^(after|over|up|on)$/.test(words[p]?.lower ?? '')) p--; // "looked after by", "taken over by"
    if (words[p] !== undefined && (words[p].lower.endsWith('ly') || AFTER_ACT_MARKERS.has(words[p].lower))) p--;
    const participle = words[p]?.lower;
    if (participle === undefined || !isParticiple(participle) || NO_TAKE_UP_PARTICIPLES.has(participle)) return false;
    let k = p - 1;
    while (k >= 0 && MID_ADVERBS.has(words[k].lower)) k--;
    const aux = words[k]?.lower;
    const passive =
      aux !== undefined && (PRESENT_BE.has(aux) || (aux === 'been' && PERFECT.has(words[k - 1]?.lower ?? '')));
    // A reduced clause: the participle (or "now" before it) right after a clause mark that closes the writer's act.
    const reduced = !passive && k >= 0 && clauseEnd(tokens, words[k]) <= words[k + 1].start;
    if (!passive && !reduced) return false;
    if (!passive && lower === 'by' && !AFTER_ACT_MARKERS.has(words[k + 1].lower)) return false; // "…, used by HR" is read by USED_RULE
    const end = clauseEnd(tokens, w);
    let agent = -1;
    for (let j = i + 1; j < words.length && j <= i + 4 && words[j].start < end; j++)
      if (partyHead(words, j)) {
        agent = j;
        break;
      }
    // A counted scope of places or occasions stands for the others who keep the work there: "in every ward".
    const scope = words[i + 1];
    if (
      agent < 0 &&
      SCOPE_MARKS.has(lower) &&
      scope !== undefined &&
      (SCOPE_COUNTS.has(scope.lower) || scope.kind === 'number')
    )
      agent = i + 1;
    if (agent < 0 || !afterMarkerIn(tokens, words, i)) return false;
    const subject = words[k - 1]?.lower;
    if (passive && (subject === undefined || subject === 'i' || subject === 'we')) return false;
    if (!writerBefore(words, passive ? k : k + 1)) return false;
    addCue(cues, words[p], words[agent], 'adoption');
    return true;
  },
};

/** What others are brought onto that makes one practice of many: "onto one incident process", "onto a single schedule". */
const SHARED_LEADS = new Set(['one', 'single', 'shared', 'common', 'same', 'it', 'our', 'my']);
/** The most words between "got" and "onto": "got [the three depots] onto". */
const MAX_ONTO_OBJECT = 6;

/** "Got payments and ledger onto one incident process", "got the three depots onto a single schedule": others brought onto one thing. */
export const GOT_ONTO_RULE: CueRule = {
  name: 'got-onto',
  words: ['onto'],
  match({ tokens, words, cues, i, w }) {
    const end = clauseEnd(tokens, w);
    let shared = false;
    for (let j = i + 1; j < words.length && j <= i + 2 && words[j].start < end; j++)
      shared ||= SHARED_LEADS.has(words[j].lower);
    if (!shared) return false;
    for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_ONTO_OBJECT; k--) {
      const l = words[k].lower;
      if (clauseEnd(tokens, words[k]) <= w.start) return false;
      if (l === 'got' || l === 'get' || l === 'getting' || l === 'gotten') {
        if (/^(to|not|never)$/.test(words[k - 1]?.lower ?? '')) return false;
        if (words.slice(k + 1, i).some((x) => x.lower === 'i' || x.lower === 'we' || x.lower === 'it')) return false;
        addCue(cues, words[k], w, 'adoption');
        return true;
      }
    }
    return false;
  },
};
