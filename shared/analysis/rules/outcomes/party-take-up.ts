// A party taking up what the writer made, told as the result with no result verb of the writer's (RUBRIC-NOTES
// "Agreement, approval and adoption"; session 41's class "results told as another party's act"): "…; on-call
// uses it now instead of pinging me", "3 of 4 clinics moved over by April", "they migrated in the first month",
// "…, which most members now fill in themselves", "every morning it is opened by the apprentices". The
// adoption rules (adoption-outcomes.ts, others-reaction-outcomes.ts, after-act-adoption.ts) each read some of
// these by phrase; this reads the clause by its three parts at once:
//   - who: the clause's subject is another party (party-kinds.ts) or a unit of one (a ward, a depot, a branch),
//     with any count or share before it ("half of the drivers", "~35% of daily users"), or, for a passive, the
//     agent or place after the verb ("by the apprentices", "on both our wards");
//   - what: a verb of taking the thing up (USE_VERBS and the acts of adding, reading, filling in, sending), or of
//     moving onto it (migrating, switching or moving over, signing up, launching on);
//   - the tie to the writer's work: the writer's act earlier in the sentence, a Result section, or a time after
//     the work in the clause ("now", "since", "by April", "in the first month", "within a week").
// Refused: a modal, "to", "used to" or a negation before the verb (a plan, an ask, a habit, none); a take-up that
// stopped ("…and then quietly stopped"); a take-up before the work ("before I joined"); a thing taken up that is
// not definite ("runs a brewing course": a new act of the party's own); a population using a product the writer
// only worked on or kept ("Worked on the slotting service used by 14 depots": KEEPING_VERBS and "worked").
import type { Token } from '../language/tokenize';
import {
  CLAUSE_END_MARKS,
  CREATION_VERBS,
  KEEPING_VERBS,
  MODAL_VERBS,
  MONTH_NAMES,
  RANKED_UNITS,
  USE_VERBS,
  lemmaSet,
  wordSet,
} from '../language/lexicon';
import { partyKindOf } from '../voices/party-kinds';
import { NUMBER_WORDS } from '../quantity/number-words';
import { writerActsBefore } from '../voices/clause-actors';
import { isPastForm } from '../language/verbs';
import { holdsTrigger, mayBeTrigger, triggerWords } from '../language/trigger-words';

/** Acts of taking a thing up besides the use verbs: "added it", "fill it in", "read it first", "send it". */
const TAKE_UP_ACTS = lemmaSet('take-up-acts', ['add', 'install', 'read', 'fill', 'send', 'adopt', 'share']);
/** Verbs of moving onto the thing and the particles each needs: "moved over", "signed up", "launched on". */
const MOVE_ON_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  migrate: [],
  switch: ['over', 'across'],
  move: ['over', 'across'],
  sign: ['up'],
  launch: ['on'],
};
const MOVE_ON_VERBS = lemmaSet('move-on-verbs', Object.keys(MOVE_ON_PARTICLES));
/**
 * The words a take-up's verb is read at (partyTakeUp): a use verb, an act of taking up, a verb of moving onto the
 * thing, or "now" before a participle. Most sentences hold none and are passed over without a walk.
 */
const TAKE_UP_TRIGGER = triggerWords(
  'party-take-up',
  (lower) =>
    lower === 'now' || lower === 'using' || USE_VERBS.has(lower) || TAKE_UP_ACTS.has(lower) || MOVE_ON_VERBS.has(lower),
);
/** Use verbs whose thing follows "on" ("built on the event schema", "rely on it"); without it "build" makes a thing. */
const ON_VERBS = lemmaSet('take-up-on-verbs', ['build', 'rely', 'depend']);
/** The particles of ON_VERBS, read by `afterParticle` under the key "on". */
const ON_PARTICLES: readonly string[] = ['on', 'upon'];
/** Words that open a passive take-up's agent or place: "by the apprentices", "on both our wards". */
const PASSIVE_MARKS = wordSet('take-up-passive-marks', ['by', 'on', 'in', 'at', 'across', 'with']);
/** Verbs a take-up starts with: "started using it", "began to use it". */
const START_VERBS = lemmaSet('take-up-start-verbs', ['start', 'begin']);
/** Words after a use verb that leave its object unsaid: "… everyone uses now", "… the ward uses daily". */
const OBJECTLESS_TAILS = wordSet('take-up-objectless-tails', [
  'now',
  'still',
  'daily',
  'today',
  'every',
  'each',
  // A time, a purpose or a place: "the referral form the nurses use for every transfer".
  'for',
  'in',
  'at',
  'across',
  'as',
  'on',
  'to',
]);
/** Words between a making verb and a contact clause that make its head another thing than the one made. */
const HEAD_BREAKS = wordSet('take-up-head-breaks', [
  'for',
  'of',
  'with',
  'about',
  'on',
  'to',
  'in',
  'at',
  'from',
  'into',
  'onto',
  'by',
]);
/** "Make" as the writer's making of a relative clause's antecedent: "I was making the payment module which …". */
const MAKING = lemmaSet('take-up-making', ['make']);

/** Openers of a clause that frames its take-up as a time, a condition, a reason or a question: no result told. */
const SUBORDINATOR_WORDS = [
  'when',
  'whenever',
  'if',
  'because',
  'while',
  'how',
  'what',
  'where',
  'whether',
  'why',
  'unless',
];
const SUBORDINATORS = wordSet('take-up-subordinators', SUBORDINATOR_WORDS);
/** Words that close a clause from the left: a take-up's subject starts after them. */
const CLAUSE_OPENERS = wordSet('take-up-clause-openers', [
  'and',
  'but',
  'so',
  'which',
  'that',
  'who',
  'then',
  ...SUBORDINATOR_WORDS,
]);
/**
 * Verbs of finding out or settling before a "which"/"that" clause: "agree which columns they used", "checked that
 * the nurses follow it" tell a question or a finding, not a take-up.
 */
const FINDING_VERBS = lemmaSet('take-up-finding-verbs', [
  'agree',
  'ask',
  'see',
  'know',
  'check',
  'find',
  'decide',
  'learn',
  'understand',
  'show',
  'tell',
  'figure',
  'confirm',
  'note',
  'notice',
  'map',
  'track',
  'count',
  'say',
  'hear',
  'wonder',
  'realise',
  'realize',
  // Irregular pasts the lemma reading does not take back to their base.
  'found',
  'knew',
  'said',
  'heard',
  'understood',
]);
/** Words that may stand between the subject and its verb: "now use", "have all moved over", "are using". */
const VERB_LEAD_INS = wordSet('take-up-lead-ins', [
  'now',
  'all',
  'also',
  'still',
  'since',
  'then',
  'soon',
  'quickly',
  'finally',
  'actually',
  'regularly',
  'routinely',
  'have',
  'has',
  'had',
  'are',
  'is',
  'were',
  'was',
  'been',
]);
/** Before the verb, a plan, an ask, a habit or a denial, not a take-up: "will switch", "to use", "never opened". */
const NOT_TAKEN = wordSet('take-up-not-taken', ['to', 'not', "n't", 'never', "didn't", "don't", "doesn't", 'no']);
/** A take-up that ended: "and then stopped", "quietly dropped it". */
const ENDED = wordSet('take-up-ended', ['stopped', 'quit', 'abandoned', 'dropped']);
/** After "before", the writer's coming: "used it for years before I joined" is the setup. */
const WRITER_STARTS = wordSet('take-up-writer-starts', ['i', 'we', 'my', 'our', "i'd"]);
/** Forms of "be" before a passive participle: "it is opened by the apprentices". */
const PASSIVE_BE = wordSet('take-up-passive-be', ['is', 'are', 'was', 'were', 'been', 'being', 'be']);
/**
 * Objects that name the thing taken up: a pronoun or a definite noun phrase. Not "their" ("the clients use their
 * own spreadsheets": the party's own thing).
 */
const DEFINITE_LEADS = wordSet('take-up-definite-leads', [
  'it',
  'them',
  'this',
  'that',
  'these',
  'the',
  'our',
  'my',
  'both',
  // "Sales reps now open every discovery call with the checklist": the thing's every use.
  'every',
  'each',
  'all',
]);
/** Words of a time after the work: "now", "since", "within a week", "the following term", "later". */
const AFTER_TIME = wordSet('take-up-after-time', ['now', 'since', 'within', 'following', 'later', 'afterwards']);
/** Ordinals of a period after the work, after "in the": "in the first month", "in the second week". */
const PERIOD_ORDINALS = wordSet('take-up-period-ordinals', ['first', 'second', 'third', 'next']);
/** Subject pronouns that are not a party taking the work up: the writer, the writer's group, one colleague, a thing. */
const NOT_TAKERS = wordSet('take-up-not-takers', ['he', 'she', 'it', 'someone', 'nobody', 'none']);
/** The furthest a take-up's subject or object is read from its verb, in words: a cap that keeps the reading linear. */
const REACH = 6;
/** The most take-up verbs read in one sentence: each reads its clause, so a cap keeps a long line linear. */
const MOST_VERBS = 6;

/** The take-up a sentence tells: the verb read, and whether its tie is the writer's act in the same sentence. */
export interface PartyTakeUp {
  /** The take-up verb, lower-case. */
  cue: string;
  /** Where the verb stands in the sentence. */
  start: number;
  end: number;
  /**
   * The takers are counted ("3 of 4 clinics", "both our wards", "the 40 new-oven stores"): RUBRIC-NOTES reads
   * adoption by a counted group as a metric.
   */
  counted: boolean;
  /**
   * The thing taken up is a relative or contact clause's antecedent ("the referral form the nurses use"): the
   * writer's thing is named, so the take-up stands even in an Action's telling.
   */
  relative: boolean;
}

/** Is any word from `from` to `to` (inclusive) a count: a figure, a number word or "both"? */
function countIn(words: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < words.length; k++) {
    const w = words[k];
    if (w.kind === 'number' || NUMBER_WORDS.has(w.lower) || w.lower === 'both') return true;
  }
  return false;
}

/** Is word `k` a party or a party's unit (the head of a take-up's subject or agent)? */
function isTaker(words: readonly Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined || NOT_TAKERS.has(w.lower)) return false;
  if (partyKindOf(w.lower) === 'other' || RANKED_UNITS.has(w.lower)) return true;
  // "on-call" is split at its hyphen: the rota's people, named by the rota.
  return w.lower === 'call' && words[k - 1]?.lower === 'on' && words[k - 1].end + 1 === w.start;
}

/** The index of the first word of word `i`'s clause: after a clause mark or a clause-opening word, at most REACH back. */
function clauseStart(tokens: readonly Token[], words: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && k > i - REACH) {
    const prev = words[k - 1];
    if (CLAUSE_OPENERS.has(prev.lower)) return k;
    // A clause mark between the two words: the symbol tokens sit between their offsets.
    if (
      tokens.some(
        (t) => t.kind === 'symbol' && t.start >= prev.end && t.start < words[k].start && CLAUSE_END_MARKS.has(t.text),
      )
    )
      return k;
    k--;
  }
  return k;
}

/** The end offset of word `i`'s clause: the next clause mark, or the sentence's end. */
function clauseEndAt(tokens: readonly Token[], from: Token): number {
  for (const t of tokens)
    if (t.start > from.start && t.kind === 'symbol' && CLAUSE_END_MARKS.has(t.text)) return t.start;
  return Number.POSITIVE_INFINITY;
}

/** The index just after the verb's particle, -1 when a needed particle is missing ("moved over", not "moved to mobile"). */
function afterParticle(words: readonly Token[], i: number, lemma: string | undefined, end: number): number {
  const particles = lemma === undefined ? undefined : lemma === 'on' ? ON_PARTICLES : MOVE_ON_PARTICLES[lemma];
  if (particles === undefined) {
    // "fill it in", "fill in the form": the particle may stand after the object.
    return i + 1;
  }
  if (particles.length === 0) return i + 1;
  // "moved over", "switched it over"; "build their forecasts on the shared model" (the thing after "on").
  const reach = lemma === 'on' ? 3 : 2;
  for (let k = i + 1; k <= i + reach && k < words.length && words[k].start < end; k++)
    if (particles.includes(words[k].lower)) return k + 1;
  return -1;
}

/**
 * The active subject's head before verb `i` within its clause: the last word before the verb's lead-ins.
 * Returns -1 when no word stands there or a word that makes the verb no take-up does.
 */
function subjectHead(words: readonly Token[], start: number, i: number): number {
  let k = i - 1;
  while (k >= start && VERB_LEAD_INS.has(words[k].lower)) k--;
  if (k < start) return -1;
  if (NOT_TAKEN.has(words[k].lower) || MODAL_VERBS.has(words[k].lower)) return -1;
  // "most of them", "all of the nurses": the party after "of" is the head.
  return k;
}

/** Is there a word of a time after the work in the clause, or a month ("by April")? */
function afterTimeIn(words: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < words.length && words[k].start < end && k < from + REACH * 2; k++) {
    const l = words[k].lower;
    if (AFTER_TIME.has(l)) return true;
    if (l === 'by' && MONTH_NAMES.has(words[k + 1]?.lower ?? '')) return true;
    if (l === 'in' && words[k + 1]?.lower === 'the' && PERIOD_ORDINALS.has(words[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Does the sentence from word `i` on tell that the take-up ended or came before the work? Read to the sentence's
 * end (at most 2 × REACH words): "used it for a few weeks and then quietly stopped" ends past the clause.
 */
function endedAfter(words: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + REACH * 2; k++) {
    const l = words[k].lower;
    if (ENDED.has(l) || (l === 'until' && k > i + 1)) return true;
    if (l === 'before' && WRITER_STARTS.has(words[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * A passive take-up's agent or place after the participle, a word or two of time allowed before it: "by the
 * apprentices", "on both our wards", "in 40 branches", "every term by the governors' committee". With
 * `agentOnly` only "by" opens it. The taker's index, or -1.
 */
function passiveTaker(words: readonly Token[], k: number, end: number, agentOnly: boolean): number {
  for (let p = k; p <= k + 2 && p < words.length && words[p].start < end; p++) {
    const l = words[p].lower;
    if (!(agentOnly ? l === 'by' : PASSIVE_MARKS.has(l))) continue;
    for (let j = p + 1; j < words.length && j <= p + 4 && words[j].start < end; j++) if (isTaker(words, j)) return j;
    return -1;
  }
  return -1;
}

/**
 * The start verb a take-up verb at `i` hangs on ("started using", "began to use", "ended up copying"), or `i`
 * itself when there is none.
 */
function startVerbBefore(words: readonly Token[], i: number): number {
  const prev = words[i - 1]?.lower ?? '';
  if (words[i].lower.endsWith('ing') && START_VERBS.has(prev)) return i - 1;
  if (prev === 'to' && START_VERBS.has(words[i - 2]?.lower ?? '')) return i - 2;
  if (prev === 'up' && words[i - 2]?.lower === 'ended' && words[i].lower.endsWith('ing')) return i - 2;
  return i;
}

/** Does the verb's clause end with no object ("… the whole eng org uses", "… everyone uses now")? */
function objectless(words: readonly Token[], next: number, end: number): boolean {
  const w = words[next];
  return w === undefined || w.start >= end || OBJECTLESS_TAILS.has(w.lower);
}

/**
 * A verb of making the thing right before the subject at `head`: "Wrote the incident process the whole eng org
 * uses". A preposition between them makes the antecedent another thing than the one made ("wrote a cheat sheet
 * for the app the sales team uses").
 */
function madeBefore(words: readonly Token[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - REACH * 2; k--) {
    const l = words[k].lower;
    if (HEAD_BREAKS.has(l)) return false;
    if (CREATION_VERBS.has(l) || MAKING.has(l)) return true;
  }
  return false;
}

/**
 * Does a relative clause open at word `start` ("…, which most members now fill in")? Not "that" after a past verb
 * ("found that two suppliers used …"): a content clause.
 */
function relativeAt(words: readonly Token[], start: number): boolean {
  if (start < 1) return false;
  const opener = words[start - 1].lower;
  if (opener === 'which') return true;
  return opener === 'that' && !isPastForm(words[start - 2]?.lower ?? '');
}

/**
 * Before a relative clause, the writer making its antecedent: "I" or "we" and then a verb of making or its noun
 * ("I was making the development of payment module which …"), not a thing the writer only had or saw.
 */
function writerMadeBefore(words: readonly Token[], start: number): boolean {
  let writer = false;
  for (let k = 0; k < start; k++) {
    if (WRITER_STARTS.has(words[k].lower)) writer = true;
    else if (writer && (CREATION_VERBS.has(words[k].lower) || MAKING.has(words[k].lower))) return true;
  }
  return false;
}

/** Does a sentence open with the writer only working on or keeping a thing ("Worked on …", "Maintained …")? */
function keepsOnly(words: readonly Token[]): boolean {
  const first = words[0]?.lower ?? '';
  return KEEPING_VERBS.has(first) || first === 'worked' || first === 'owned';
}

/**
 * The first take-up by a party of what the writer made, tied to the writer's work (see the module comment), or
 * undefined. `inResult` says the sentence sits in a Result section, which ties any take-up to the work.
 */
export function partyTakeUp(tokens: readonly Token[], inResult: boolean): PartyTakeUp | undefined {
  if (!holdsTrigger(tokens, TAKE_UP_TRIGGER)) return undefined;
  const words = tokens.filter((t) => t.kind !== 'symbol');
  if (words.length < 3) return undefined;
  const keeping = keepsOnly(words);
  let verbs = 0;
  for (let i = 1; i < words.length && verbs < MOST_VERBS; i++) {
    const w = words[i];
    // A word whose facts say it is none of the trigger's words is no verb read below, unless "now" is before it:
    // one bit instead of three list lookups per word of a sentence the gate let through.
    if (!mayBeTrigger(w, TAKE_UP_TRIGGER) && words[i - 1].lower !== 'now') continue;
    // "…; now reviewed every term by the governors' committee", "…, now maintained by the finance team": any
    // participle after "now" is a take-up when its agent is a party (read below), not "now joined by two hires".
    const nowTaken = words[i - 1].lower === 'now' && isPastForm(w.lower) && w.lower !== 'joined';
    const family = USE_VERBS.has(w.lower) || TAKE_UP_ACTS.has(w.lower) || w.lower === 'using';
    const use = family || nowTaken;
    const moveLemma = use ? undefined : MOVE_ON_VERBS.lemmaOf(w.lower);
    if (!use && moveLemma === undefined) continue;
    verbs++;
    // "started using it", "began to use it", "ended up copying it": the start verb stands in the verb's place, and
    // a start is itself the change the take-up tells.
    const anchor = startVerbBefore(words, i);
    // "used to" is a habit before, "using" a gerund naming the act; "use" as a noun follows a determiner.
    if (anchor === i && w.lower.endsWith('ing') && !PASSIVE_BE.has(words[i - 1].lower)) continue;
    if (w.lower === 'used' && words[i + 1]?.lower === 'to') continue;
    const end = clauseEndAt(tokens, w);
    const next = afterParticle(words, i, moveLemma ?? (ON_VERBS.has(w.lower) ? 'on' : undefined), end);
    if (next < 0 || endedAfter(words, i)) continue;
    const start = clauseStart(tokens, words, anchor);
    // "it is opened by …", "is now owned by …", and a reduced participle after a clause mark: "…, now shared with …".
    const passive =
      anchor === i &&
      (PASSIVE_BE.has(words[i - 1].lower) ||
        (words[i - 1].lower === 'now' && (PASSIVE_BE.has(words[i - 2]?.lower ?? '') || start === i - 1)));
    let taken: boolean;
    let relative = false;
    // Where the takers are named, for their count: the subject phrase, or the agent phrase of a passive.
    let takers: [number, number];
    if (passive) {
      // "it is opened by the apprentices": the thing as subject, the party after the verb; a product's population
      // ("Worked on the service used by 14 depots") is context unless the time is after the work.
      const agent = use ? passiveTaker(words, next, end, !family) : -1;
      taken = agent >= 0 && !(keeping && !afterTimeIn(words, start, end));
      takers = [next, agent];
    } else {
      const head = subjectHead(words, start, anchor);
      if (head < 0 || !isTaker(words, head)) continue;
      takers = [start, head];
      // "so they followed the first block": a "so" clause in the act's own telling is its design; "agree which
      // columns they used": a question or finding after a verb of finding out.
      const opener = start > 0 ? words[start - 1].lower : '';
      if (
        opener === 'so' ||
        SUBORDINATORS.has(opener) ||
        (/^(?:which|that)$/.test(opener) && FINDING_VERBS.has(words[start - 2]?.lower ?? '')) ||
        // "found that two suppliers used …", "ensured that staff follow …": "that" after a verb opens what was
        // found or made sure of, not a relative clause on the writer's thing.
        (opener === 'that' && isPastForm(words[start - 2]?.lower ?? ''))
      )
        continue;
      // A relative clause's object is its antecedent ("…, which most members now fill in"), and so is a contact
      // clause's after a thing the writer made ("Wrote the incident process the whole eng org uses"); otherwise a
      // use verb needs the thing taken up after it, definite ("the checklist", "it"), not a new act ("a brewing
      // course").
      relative = relativeAt(words, start) || (objectless(words, next, end) && madeBefore(words, head));
      const object = words[next];
      taken =
        moveLemma !== undefined ||
        relative ||
        (object !== undefined && object.start < end && DEFINITE_LEADS.has(object.lower));
      if (taken && keeping && relative && !afterTimeIn(words, start, end)) taken = false;
    }
    if (!taken) continue;
    // The tie: a Result, a start of the take-up, the writer's act before the clause (a line's lead act or "I"/"we"
    // with a verb, or, for a relative clause, any "I" or "we" its antecedent hangs on: "I was making the payment
    // module which is using in 40 branches"), or a time after the work in the clause.
    const tied =
      inResult ||
      anchor < i ||
      writerActsBefore(words as Token[], start) ||
      (relativeAt(words, start) && writerMadeBefore(words, start)) ||
      (relative && (writerMadeBefore(words, takers[1]) || writerActsBefore(words as Token[], takers[1]))) ||
      afterTimeIn(words, start, end);
    if (tied)
      return { cue: w.lower, start: w.start, end: w.end, counted: countIn(words, takers[0], takers[1]), relative };
  }
  return undefined;
}

/**
 * Is an adoption cue another rule read one this reading refuses: a take-up that ended ("Ops used it for a few
 * weeks and then quietly stopped", "…before I joined"), or a product's population when the writer only worked on
 * or kept it and no time after the work is told ("Worked on the slotting service used by 14 depots")?
 */
export function refusedTakeUp(cue: { start: number; kind: string }, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'symbol');
  const at = words.findIndex((w) => w.start >= cue.start);
  if (at < 0) return false;
  // A Result's report reads "used" as a state: a take-up verb is refused whatever kind its cue was given.
  const verb = words[at].lower;
  if (cue.kind !== 'adoption' && !(USE_VERBS.has(verb) || TAKE_UP_ACTS.has(verb) || MOVE_ON_VERBS.has(verb)))
    return false;
  if (endedAfter(words, at)) return true;
  return keepsOnly(words) && USE_VERBS.has(words[at].lower) && !afterTimeIn(words, 0, Number.POSITIVE_INFINITY);
}
