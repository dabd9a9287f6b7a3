// Delivery or adoption told as the state the writer's work is now in for others, the act left unsaid: "The
// forecast is since 2023 the basis for the nightly planning of the operations team", "our new ledger is live
// for every customer in the EU", "we now have one revenue model in dbt that both teams sign off", "Our contract
// templates are used for the whole family law team since spring", "…, now taking referrals from four other
// practices". RUBRIC-NOTES "Agreement, approval and adoption": what others do with the writer's work is the
// writer's claim and an outcome. The after-act readers (after-act-adoption.ts) read these statuses only after
// a told act; here the frame stands for the act: who holds the state (the writer's own thing: "our", "my",
// "the" + a thing, not a person, not another party's), the state of use (live, in use, the basis or the
// standard for, used / followed / relied on by, taking work from), and whom it serves (a party or a counted
// scope) or a time after the work ("now", "since 2023"). A product described ("Our app is the basis for modern
// teams"), another's system ("The hospital's portal is live"), an old system ("The legacy ERP is still the
// basis for billing") and what the writer merely owns ("We now have two dogs") are none.
import type { Token } from '../language/tokenize';
import { ADOPTED_ROLES } from '../language/lexicon';
import { partyKindOf } from '../voices/party-kinds';
import { numberWordValue } from '../quantity/number-words';
import { holdsTrigger, triggerWords } from '../language/trigger-words';

/** Marks that end a clause. */
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?', '|']);
/** Present copulas a state follows. */
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);
/** Words that open the writer's own thing as a subject. */
const OWN_LEADS = new Set(['our', 'my', 'the', 'this', 'these']);
/** Words that mark a thing as the one before the work, not the work: "the old rota", "the legacy ERP". */
const BEFORE_WORK = new Set(['old', 'legacy', 'existing', 'previous', 'current', 'original', 'former', 'same']);
/** Times after the work that the state stands in: "now", "since 2023", "today". ("still" tells a state kept.) */
const AFTER_WORK_TIMES = new Set(['now', 'since', 'today', 'nowadays']);
/** Words that may stand between the copula and the state: "is now fully live", "are since spring officially". */
const STATE_FILLERS = new Set(['now', 'today', 'nowadays', 'also', 'fully', 'officially', 'already']);
/** The most words a "since" time may take: "since last year", "since the 2023 season". */
const MAX_SINCE_WORDS = 3;
/**
 * Participles of others' use or keeping: "used by", "followed in", "relied on by", "read by", and the work
 * handed over: "is now owned by the platform team", "maintained by the ward clerks".
 */
const USE_PARTICIPLES = new Set([
  'used',
  'followed',
  'adopted',
  'read',
  'run',
  'trusted',
  'kept',
  'relied',
  'owned',
  'maintained',
]);
/** Gerunds of others' work coming in: "now taking referrals from", "now serving orders for". */
const INTAKE_GERUNDS = new Set(['taking', 'serving', 'handling', 'receiving', 'getting', 'processing']);
/** Prepositions that open whom a state serves or where it holds. */
const SCOPE_PREPOSITIONS = new Set(['for', 'in', 'on', 'at', 'across', 'by', 'throughout', 'with', 'to']);
/** Words that count a scope: "every customer", "all six surgeries", "both kitchens". */
const SCOPE_COUNTS = new Set(['every', 'each', 'all', 'both', 'most', 'several', 'whole', 'entire']);
/** The most words between a scope's preposition and its party or count: "for [the whole family law] team". */
const MAX_SCOPE_WORDS = 4;
/** Determiners of the thing "we now have": "one revenue model", "a single price list". */
const HAVE_LEADS = new Set(['one', 'a', 'an', 'single', 'the', 'our', 'shared', 'common']);
/** Determiners of one thing in place of many: "one definition", "a single price list", "a shared rota". */
const ONE_THING = new Set(['one', 'single', 'shared', 'common']);
/** Prepositions of the parties that share one thing: "across finance and sales", "between the two kitchens". */
const SHARED_BY = new Set(['across', 'between', 'for']);
/** Relative words after the thing "we now have": "… that both teams sign off". */
const RELATIVES = new Set(['that', 'which']);
/** Words after a party that show no act of its own: "that both teams are …", "that all staff can …". */
const NOT_PARTY_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'should',
  'might',
  'may',
]);

/** The words one of the frames needs in the sentence: "now" or a present be-form (see stateOfUse). */
const STATE_TRIGGER = triggerWords('state-of-use', (lower) => lower === 'now' || PRESENT_BE.has(lower));

/** The sentence's words, lower case, cut into clauses at clause marks. */
function clausesOf(tokens: readonly Token[]): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'symbol') {
      if (CLAUSE_MARKS.has(t.text) && out[out.length - 1].length > 0) out.push([]);
      continue;
    }
    out[out.length - 1].push(t.lower);
  }
  return out.filter((c) => c.length > 0);
}

/** Is the word a count: a figure or a number word? */
function isCount(w: string | undefined): boolean {
  return w !== undefined && (/^\d/.test(w) || (numberWordValue(w) !== undefined && w !== 'one'));
}

/**
 * Does a party or a counted scope follow the preposition at `p`: "for every customer", "in all six surgeries",
 * "by the operations team", "from four other practices", "for the nightly planning of the operations team"?
 */
function servesParty(words: readonly string[], p: number): boolean {
  for (let j = p + 1; j < words.length && j <= p + 1 + MAX_SCOPE_WORDS + 3; j++) {
    const w = words[j];
    if (j <= p + 1 + MAX_SCOPE_WORDS && (SCOPE_COUNTS.has(w) || isCount(w))) return true;
    if (partyKindOf(w) === 'other') return true;
  }
  return false;
}

/** The index after a time told after the work at `j` ("now", "since 2023", "since last year"), or `j`. */
function pastTime(words: readonly string[], j: number): number {
  if (words[j] !== 'since') return STATE_FILLERS.has(words[j]) ? j + 1 : j;
  let k = j + 1;
  while (
    k < words.length &&
    k <= j + MAX_SINCE_WORDS &&
    !/^(the|a|an)$/.test(words[k]) &&
    !SCOPE_COUNTS.has(words[k])
  ) {
    k++;
    if (
      /^\d{4}$/.test(words[k - 1]) ||
      /^(year|spring|summer|autumn|winter|january|march|april|june|september|then|launch)$/.test(words[k - 1])
    )
      return k;
  }
  return k;
}

/**
 * Is the subject before the copula (`words[0..c)`) the writer's own thing: opened by "our", "my" or "the", no
 * person or other party as its head, no other party's possessive ("the hospital's"), not a thing from before
 * the work ("the old rota")?
 */
function ownThing(words: readonly string[], c: number): boolean {
  if (c < 2 || c > 8 || !OWN_LEADS.has(words[0])) return false;
  // "The seed-cleaning service we set up", "the rota I wrote": a relative with the writer in it ends the head.
  let end = c;
  for (let k = 1; k < c; k++)
    if (words[k] === 'we' || words[k] === 'i' || words[k] === 'that' || words[k] === 'which') {
      end = k;
      break;
    }
  if (end < 2) return false;
  for (let k = 0; k < end; k++) {
    const w = words[k];
    if (BEFORE_WORK.has(w) || w.endsWith("'s") || w.endsWith('’s') || w === "'s") return false;
  }
  const head = words[end - 1];
  return partyKindOf(head) === 'thing' && head !== 'it';
}

/** A state of use found: its cue's words, and whether others took the work up (an outcome) or it was only delivered. */
export interface StateOfUse {
  cue: string;
  /** "is live for every customer" is a delivery (RUBRIC-NOTES: a bare delivery is no outcome); the rest are adoption. */
  adopted: boolean;
}

/** The state of use after the copula at `c`, or undefined. */
function stateAfter(words: readonly string[], c: number): StateOfUse | undefined {
  let j = c + 1;
  let timed = false;
  for (let n = 0; n < 3 && j < words.length; n++) {
    const next = pastTime(words, j);
    if (next === j) break;
    if (AFTER_WORK_TIMES.has(words[j])) timed = true;
    j = next;
  }
  const s = words[j];
  if (s === undefined) return undefined;
  const timedLater = (from: number) => timed || words.slice(from).some((w) => AFTER_WORK_TIMES.has(w));
  // "is live in all six surgeries", "is in use at every branch": delivered and in others' hands.
  const inUse = s === 'in' && words[j + 1] === 'use';
  if (s === 'live' || inUse) {
    const p = inUse ? j + 2 : j + 1;
    if (SCOPE_PREPOSITIONS.has(words[p]) && servesParty(words, p))
      return { cue: words.slice(c, p + 1).join(' '), adopted: inUse };
    return undefined;
  }
  // "is since 2023 the basis for …", "is now the standard for every referral": a status others work from.
  if (s === 'the' || s === 'a' || s === 'an') {
    for (let k = j + 1; k <= j + 3 && k < words.length; k++) {
      if (!ADOPTED_ROLES.has(words[k]) || words[k] === 'used' || words[k] === 'uses') continue;
      const p = k + 1;
      if (SCOPE_PREPOSITIONS.has(words[p]) && timedLater(p) && words[p + 1] !== undefined)
        return { cue: words.slice(c, p + 1).join(' '), adopted: true };
      return undefined;
    }
    return undefined;
  }
  // "are used for the whole family law team since spring", "is relied on by both wards": others' use.
  if (USE_PARTICIPLES.has(s)) {
    const p = s === 'relied' && words[j + 1] === 'on' ? j + 2 : j + 1;
    if (SCOPE_PREPOSITIONS.has(words[p]) && servesParty(words, p) && timedLater(p))
      return { cue: words.slice(c, p + 1).join(' '), adopted: true };
    return undefined;
  }
  // "is now taking orders from three neighbouring farms": others' work coming in.
  if (INTAKE_GERUNDS.has(s) && timed) return adoptedCue(intakeFrom(words, j));
  return undefined;
}

/** An adoption cue's words as a state of use. */
function adoptedCue(cue: string | undefined): StateOfUse | undefined {
  return cue === undefined ? undefined : { cue, adopted: true };
}

/** "taking referrals from four other practices": the gerund at `g`, its object, then "from"/"for" and a party. */
function intakeFrom(words: readonly string[], g: number): string | undefined {
  for (let p = g + 2; p < words.length && p <= g + 4; p++)
    if ((words[p] === 'from' || words[p] === 'for') && servesParty(words, p)) return words.slice(g, p + 1).join(' ');
  return undefined;
}

/**
 * "we now have one revenue model in dbt that both teams sign off", "We now have a single price list that all
 * four shops work from": the writer's group has a thing now, and a party's act hangs on it.
 */
function nowHaveForOthers(words: readonly string[]): string | undefined {
  if ((words[0] !== 'we' && words[0] !== 'i') || words[1] !== 'now' || words[2] !== 'have') return undefined;
  if (!HAVE_LEADS.has(words[3])) return undefined;
  for (let r = 4; r < words.length && r <= 11; r++) {
    // "We now have one definition of active customer across finance, product and marketing": one thing shared
    // by the parties named.
    if (ONE_THING.has(words[3]) && SHARED_BY.has(words[r]) && servesParty(words, r))
      return words.slice(0, r + 1).join(' ');
    if (!RELATIVES.has(words[r])) continue;
    for (let h = r + 1; h <= r + 4 && h < words.length; h++) {
      const w = words[h];
      const party = partyKindOf(w) === 'other' || (h > r + 1 && /s$/.test(w) && SCOPE_COUNTS.has(words[r + 1]));
      if (!party) continue;
      const verb = words[h + 1];
      if (verb === undefined || NOT_PARTY_VERBS.has(verb)) return undefined;
      return words.slice(0, h + 2).join(' ');
    }
    return undefined;
  }
  return undefined;
}

/**
 * The state of use the sentence tells of the writer's own work, or undefined:
 * "our new ledger is live for every customer", "The forecast is since 2023 the basis for …", "we now have one
 * model that both teams sign off", "…, now taking referrals from four other practices" (after a clause of the
 * writer's).
 */
export function stateOfUse(tokens: readonly Token[]): StateOfUse | undefined {
  // Every frame below needs "now" ("we now have …", "…, now taking …") or a present be-form: most sentences
  // hold neither, and are passed over before their clauses are built.
  if (!holdsTrigger(tokens, STATE_TRIGGER)) return undefined;
  const clauses = clausesOf(tokens);
  for (let n = 0; n < clauses.length; n++) {
    const words = clauses[n];
    const have = adoptedCue(nowHaveForOthers(words));
    if (have !== undefined) return have;
    // "…, now taking referrals from four other practices": a verbless state after a clause before it.
    if (n > 0 && words[0] === 'now' && INTAKE_GERUNDS.has(words[1])) {
      const intake = adoptedCue(intakeFrom(words, 1));
      if (intake !== undefined) return intake;
    }
    const c = words.findIndex((w) => PRESENT_BE.has(w));
    if (c < 0 || !ownThing(words, c)) continue;
    const state = stateAfter(words, c);
    if (state !== undefined) return state;
  }
  return undefined;
}
