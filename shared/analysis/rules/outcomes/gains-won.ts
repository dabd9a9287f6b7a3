// Outcome (RUBRIC.md: "won the contract", an award, a promotion, money saved or earned) told as the writer's own act
// of winning or keeping something: "renewed most of the at-risk accounts", "negotiated the final account £310k below
// the claim", "secured a grant from the trust", "won back two of the lapsed clients". The definition, as grammar:
// - WHO: the clause is the writer's: "I"/"we" (or a joint subject with the writer) or a line's lead act with no
//   subject ("Negotiated venue contracts, …"); never another party's act or a passive (no act of the writer's told);
// - WHAT: its verb is one of obtaining, winning, keeping or getting back (WordNet's troponyms of obtain, win, earn,
//   secure, recover, win back and negotiate, the words of get and keep: language/word-lists/gain-words.ts, generated
//   by scripts/gen-gain-words.mjs), and its object is a GAIN for the business or the people served — its head noun an
//   agreement, a customer, approval, an award, a grant, funds, money gained or returned (WordNet's hyponyms of those
//   roots, with the lexicon's deals and customers) — not the work product ("built the API", "got the report done").
//   Negotiating (WordNet's "negotiate" family) is the work of reaching terms, not a gain: it counts only where the
//   terms are compared with a reference after the object ("… well below rate card", "£310k under the claim").
//   The object's head is the last noun before the object ends: "renewed most of the at-risk accounts" reads
//   "accounts", "got the client portal live" does not ("client" modifies "portal"). A verb of keeping a party or
//   getting one back ("renewed", "reactivated", "retained") may take a count alone ("renewed 54 of the 60",
//   "reactivated 19 of them"): what is kept is a party or an agreement already named.
// - WHEN: told done — a past or perfect form.
// Refused, by the same grammar: a base form, an "-ing" form or "to" before the verb (a duty, a plan, a goal: "to win
// the contract", "Secure funding for …"), a negation or a modal among the helpers ("didn't renew", "could win"),
// a clause opened by "if", "when", "before", "until", "unless", "whether" (a condition or a time, not a result), a
// question, an object that is the writer's own ("got my licence back": a gain for the writer, not for the business
// or the people served; awards and promotions are the recognition readers'), a phrasal verb of another sense ("drew up the contract", "kept on the client"), an object followed by its own complement ("kept the customers informed", "got the client to sign": the
// verb tells a state or a cause, not a thing won), and every sentence of a Situation, Task or Reflection (context, a
// goal, a lesson). Goals, plans, hopes and questions are vetoed before any reader runs (claim-exceptions.ts).
// Each sentence's clauses are read once (clause-actors.ts); an object is read at most eight words.
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from './outcome-types';
import type { StorySection } from '../../domain-types';
import { clausesThrough, writerActsBefore, type ClauseActor } from '../voices/clause-actors';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import {
  GAIN_NOUNS,
  GAIN_VERBS,
  gainPhrasal,
  PARTY_KEEPING_VERBS,
  MODAL_VERBS,
  NEGATIONS,
  TERMS_VERBS,
} from '../language/lexicon';

/** Openers of a clause that tells a condition, a time or a question, not a result. */
const NOT_RESULT_OPENERS = new Set(['if', 'when', 'whenever', 'before', 'until', 'till', 'unless', 'whether', 'to']);
/** Words inside an object before its head: determiners, quantifiers and the "of" of a part ("most of the"). */
const OBJECT_LEADS = new Set([
  'a',
  'an',
  'the',
  'our',
  'their',
  'its',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'of',
  'most',
  'all',
  'some',
  'many',
  'several',
  'both',
  'each',
  'every',
  'half',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'new',
  'first',
]);
/**
 * Words after an object's head that end the object: a preposition, a conjunction, a time, a count, a relative. A word
 * not listed (a participle, an adjective, "to", a particle of direction) makes the noun a modifier or gives the object
 * a complement of its own ("kept the customers informed", "got the client to sign").
 */
const OBJECT_ENDS = new Set([
  'of',
  'in',
  'from',
  'for',
  'with',
  'worth',
  'valued',
  'totalling',
  'totaling',
  'on',
  'at',
  'by',
  'within',
  'across',
  'over',
  'during',
  'after',
  'before',
  'ahead',
  'and',
  'but',
  'or',
  'which',
  'who',
  'that',
  'this',
  'last',
  'each',
  'every',
  'a',
  'an',
  'the',
  'since',
  'below',
  'under',
  'above',
  'off',
  'while',
  'despite',
  'against',
  'through',
  'via',
  'without',
  'so',
  'when',
  'as',
  'than',
  'early',
  'again',
  'back',
]);
/** Particles that give a verb another sense: "drew up the contract", "kept on top of the accounts". */
const OTHER_SENSE_PARTICLES = new Set(['up', 'out', 'off', 'over', 'down', 'through', 'on', 'away', 'around', 'round']);
/** Words that compare terms reached with a reference: "well below rate card", "£310k under the claim", "12% off". */
const TERMS_COMPARED = new Set(['below', 'under', 'off', 'less', 'lower', 'cheaper', 'beneath']);
/** The writer's own: an object led by these is a gain for the writer alone. */
const WRITER_OWN = new Set(['my', 'myself', 'me']);
/** Words that hold an object, so a count's "of them" or "of the 60" names a party already told. */
const COUNT_TAILS = new Set(['them', 'those', 'these', 'the']);

/** Whether the word at `k` is a told past or perfect form: "renewed", "won", "have secured". */
function toldDone(words: Token[], c: ClauseActor, k: number): boolean {
  const l = words[k].lower;
  if (!(isPastForm(l) || IRREGULAR_PAST.has(l))) return false;
  for (let j = Math.max(c.start, k - 4); j < k; j++) {
    const h = words[j].lower;
    if (MODAL_VERBS.has(h) || NEGATIONS.has(h) || h.endsWith("n't") || h === 'to') return false;
  }
  return true;
}

/** Whether clause `c` is the writer's act: "I"/"we" with a verb of theirs, or a line's lead act with no subject. */
function writersAct(words: Token[], c: ClauseActor): boolean {
  if (c.passive || c.relative || c.verb < 0) return false;
  if ((c.kind === 'writer' || c.kind === 'group') && c.form === 'finite') return true;
  return c.subject === undefined && c.form === 'participle' && writerActsBefore(words, c.verb + 1);
}

/**
 * The gain noun heading the object of the verb at `verb` (with `phrasal`, its particle skipped), read to the clause's
 * end and at most eight words: the first listed noun followed by a word that ends the object, or undefined.
 */
function gainObject(tokens: Token[], words: Token[], verb: number, end: number, phrasal: boolean): number | undefined {
  let k = verb + 1;
  if (phrasal) k++;
  else if (OTHER_SENSE_PARTICLES.has(words[k]?.lower ?? '')) return undefined;
  // "got my licence back", "kept my place": the writer's own thing, no gain for the business or the people served.
  if (WRITER_OWN.has(words[k]?.lower ?? '')) return undefined;
  for (let n = 0; k <= end && n < 8; k++, n++) {
    const w = words[k];
    if (GAIN_NOUNS.has(w.lower)) {
      const next = words[k + 1];
      if (next === undefined || k + 1 > end || symbolBetween(tokens, w, next) || OBJECT_ENDS.has(next.lower)) return k;
      if (GAIN_NOUNS.has(next.lower)) continue;
    }
    // A word of the object before its head: a determiner, a count, a modifier; a preposition other than "of" ends it.
    if (!OBJECT_LEADS.has(w.lower) && OBJECT_ENDS.has(w.lower)) return undefined;
  }
  return undefined;
}

/** Whether a symbol (a comma, a dash, a stop) stands between two word tokens. */
function symbolBetween(tokens: Token[], a: Token, b: Token): boolean {
  const from = tokens.indexOf(a);
  const to = tokens.indexOf(b);
  // A hyphen or an apostrophe ("at-risk", "clients' invoices") is inside a word, no boundary.
  for (let k = from + 1; k < to; k++) if (tokens[k].kind === 'symbol' && !/^[-'’]$/.test(tokens[k].text)) return true;
  return false;
}

/**
 * A count of parties kept or won back, with no noun: "renewed 54 of the 60", "reactivated 19 of them", "retained all
 * but two". Read only after a verb of keeping a party (PARTY_KEEPING_VERBS): the parties are already named.
 */
function countKept(words: Token[], verb: number, end: number): number | undefined {
  const count = words[verb + 1];
  if (count === undefined || verb + 1 > end) return undefined;
  if (!(count.kind === 'number' || count.lower === 'most' || count.lower === 'all' || count.lower === 'half'))
    return undefined;
  if (words[verb + 2]?.lower !== 'of' || !COUNT_TAILS.has(words[verb + 3]?.lower ?? '')) return undefined;
  return verb + 3 <= end ? verb + 3 : undefined;
}

/** Whether a word comparing terms with a reference stands in the twelve words after `head`. */
function termsCompared(words: Token[], head: number): boolean {
  for (let k = head + 1; k < words.length && k <= head + 12; k++) if (TERMS_COMPARED.has(words[k].lower)) return true;
  return false;
}

/**
 * The outcome a sentence tells as the writer's own act of winning, keeping or getting back a gain (see the head of
 * this file), or undefined.
 */
export function gainWonCue(tokens: Token[], section: StorySection | undefined): OutcomeCue | undefined {
  if (section === 'situation' || section === 'task' || section === 'reflection') return undefined;
  if (tokens.some((t) => t.text === '?')) return undefined;
  const words = tokens.filter((t) => t.kind !== 'symbol');
  const clauses = clausesThrough(tokens, words.length);
  for (let n = 0; n < clauses.length && n < 8; n++) {
    const c = clauses[n];
    if (!writersAct(words, c) || NOT_RESULT_OPENERS.has(words[c.start].lower)) continue;
    const verb = words[c.verb].lower;
    const phrasal = gainPhrasal(verb, words[c.verb + 1]?.lower);
    const terms = TERMS_VERBS.has(verb);
    if (!(terms || phrasal || GAIN_VERBS.has(verb)) || !toldDone(words, c, c.verb)) continue;
    const head =
      gainObject(tokens, words, c.verb, c.end, phrasal) ??
      (PARTY_KEEPING_VERBS.has(verb) ? countKept(words, c.verb, c.end) : undefined);
    if (head === undefined || (terms && !termsCompared(words, head))) continue;
    return { start: words[c.verb].start, end: words[head].end, kind: 'recognition', cue: words[c.verb].lower };
  }
  return undefined;
}
