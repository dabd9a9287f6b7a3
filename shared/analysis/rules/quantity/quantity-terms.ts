// A duration that sets a term, a trial or a pick, not the time the writer's work took (RUBRIC-NOTES
// "Effort spans": a schedule or a period is no metric): the length a test, trial or pilot was run for
// ("ran an interleaving test for 2 weeks", "piloted it on one ward for a month"), the term of an
// agreement ("they renewed for another 2 years", "licensed it for 12 months", "got it approved for 90
// days") and a delivery offered ahead of the work ("offered them a daily file within two weeks"). These
// are configuration values or a plan. So is the span of a duty held in turn ("took the on-call myself for
// two weeks") or of a colleague lent or moved ("lent two testers to billing for a month"): how long an
// arrangement lasted, not what the work took. The span of the writer's own effort ("sat with them for a day",
// "rebuilt it in 3 weeks") and the time a result took ("shipped it within two weeks") keep their role.
import type { NumberContext } from './quantity-context';
import { isClauseMark, type Token } from '../language/tokenize';
import { governorOf } from './quantity-governor';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import {
  ASSIGNING_VERBS,
  CLAUSE_OPENER_CORE,
  HELD_DUTIES,
  LENDING_VERBS,
  OFFER_VERBS,
  TERM_WORDS,
  TRIAL_NOUNS,
  TRIAL_RUN_VERBS,
  TRIAL_VERBS,
  clauseOpeners,
} from '../language/lexicon';
import { isPartyNoun, isServedNoun } from './scale';

/** Words read back from the preposition before the duration for the verb or noun that sets it. */
const CLAUSE_REACH = 10;

/** Words inside the duration's phrase the governor walk does not skip: "for a further 6 months". */
const EXTRA_WORDS = new Set(['further', 'extra', 'additional', 'more']);

/** Words that open another clause: the search back stops there. */
const CLAUSE_OPENERS = clauseOpeners('term-clause-openers', [CLAUSE_OPENER_CORE]);

/** Whether a word is a past or "-ing" form of a verb ("rebuilt", "debugging"), which ends a trial's clause. */
function isOtherVerb(lower: string): boolean {
  return isPastForm(lower) || IRREGULAR_PAST.has(lower);
}

/**
 * "ran the experiment", "the pilot ran", "an interleaving test on the search results": a trial noun is
 * the head of its phrase (not "test suite") and a verb runs it, before it in the clause or right after it.
 */
function trialNounAt(tokens: Token[], k: number, end: number): boolean {
  if (!TRIAL_NOUNS.has(tokens[k].lower)) return false;
  const next = tokens[k + 1];
  // "the test suite", "the pilot wards": a trial word modifying another noun names that thing.
  if (next && next.kind === 'word' && k + 1 < end && !/^(on|in|at|with|across|for|of|to)$/.test(next.lower)) {
    if (TRIAL_RUN_VERBS.has(next.lower)) return true;
    return false;
  }
  for (let j = k - 1, seen = 0; j >= 0 && seen < CLAUSE_REACH; j--) {
    const t = tokens[j];
    if (t.kind === 'symbol') {
      if (isClauseMark(t.text)) return false;
      continue;
    }
    if (CLAUSE_OPENERS.has(t.lower)) return false;
    if (TRIAL_RUN_VERBS.has(t.lower)) return true;
    if (isOtherVerb(t.lower)) return false;
    seen++;
  }
  return false;
}

/** Reads the clause back from the preposition at `p`, asking `read` of each word, nearest first. */
function clauseBack(tokens: Token[], p: number, read: (k: number) => boolean | undefined): boolean {
  for (let k = p - 1, seen = 0; k >= 0 && seen < CLAUSE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (/^[,;:.!?()—]$/.test(t.text)) return false;
      continue;
    }
    if (CLAUSE_OPENERS.has(t.lower)) return false;
    const answer = read(k);
    if (answer !== undefined) return answer;
    seen++;
  }
  return false;
}

/** Words that may follow the head of a duty's phrase: "took the on-call myself for …", "held the pager for …". */
const AFTER_DUTY = new Set(['myself', 'himself', 'herself', 'themselves', 'ourselves', 'alone', 'solo', 'for']);

/** The duty word at `k` heads its phrase: "the on-call engineer" names a person, not the duty held. */
function headsPhrase(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || next.kind === 'symbol' || AFTER_DUTY.has(next.lower);
}

/** "on-call" ending at token `k` ("call" after "on" and a hyphen). */
function isOnCall(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'call' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.lower === 'on';
}

/** Whether a duration is the length of a trial, the term of an agreement or a delivery offered. */
export function isTermLength(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.change || q.fromTo) return false;
  const at = n.at;
  let p = governorOf(tokens, at);
  while (p > 0 && EXTRA_WORDS.has(tokens[p].lower)) p = governorOf(tokens, p);
  if (p < 0) return false;
  const governor = tokens[p].lower;
  if (governor === 'within')
    // "offered them a daily file within two weeks"; "promised and shipped it within a week" was done.
    return clauseBack(tokens, p, (k) => {
      const w = tokens[k].lower;
      if (OFFER_VERBS.has(w)) return true;
      return isOtherVerb(w) ? false : undefined;
    });
  if (governor !== 'for') return false;
  let colleague = false;
  return clauseBack(tokens, p, (k) => {
    const w = tokens[k].lower;
    // "took the on-call myself for two weeks", "held the pager for a fortnight": the span a duty was held.
    if ((HELD_DUTIES.has(w) || isOnCall(tokens, k)) && headsPhrase(tokens, k)) return true;
    // "lent two of my testers to billing for a month", "moved one engineer onto the API for six weeks":
    // the span a colleague was lent or moved. Moving a thing ("moved the build") is work.
    if (LENDING_VERBS.has(w)) return true;
    if (isPartyNoun(w) && !isServedNoun(w)) colleague = true;
    if (colleague && ASSIGNING_VERBS.has(w)) return true;
    // "renewed for another 2 years", "licensed the tool for 12 months", "a retainer for six months".
    if (TERM_WORDS.has(w)) return true;
    // "got the trial approved for 90 days": the approval right before "for" sets the term.
    if (k === p - 1 && /^approved$/.test(w)) return true;
    // "piloted the new triage script on our ward for a month".
    if (TRIAL_VERBS.has(w) && !w.endsWith('ing')) return true;
    if (trialNounAt(tokens, k, p)) return true;
    // "debugged the test suite for 3 days": another verb's time is that work's span.
    return isOtherVerb(w) && !TRIAL_RUN_VERBS.has(w) ? false : undefined;
  });
}
