// The condition of what the work acted on, told after the act with no change verb:
// - stopped, told by a negation and "anymore": "the night batch is not needed anymore", "re-work isn't
//   happening any more", "nobody drives back to the yard anymore". The thing that stopped need not be
//   a trouble by its word (BAD_STOPPED_RULE reads those): what no longer happens, or is no longer
//   needed, is the after state. A good thing or a means denied ("the budget is not enough anymore",
//   "the tool isn't supported anymore") is a problem, and the writer's own state ("I don't struggle
//   anymore") is no effect, so neither is read.
// - good ever since, told by a verbless noun phrase: "clean audits ever since", "green builds since then".
// - a trouble's amount, small as it stands now: "waste is now a few loaves a night".
// - kept up since the act, told by a present perfect: "the platform has shipped every quarter since".
// - given back to its owners: "the data team got most of its Fridays back", "the nurses got their breaks back".
import type { Token } from '../language/tokenize';
import { BAD_WORDS, CHANGE_NEGATIONS, FIRST_PERSON, GOOD_WORDS, NEGATIONS } from '../language/lexicon';
import { addCue, isTroubleWord, type CueRule } from './outcome-scan';
import { isPastForm } from '../language/verbs';

/** A clause break between two words. */
const BREAK = /[,;:.—–(]/;
/** Words that deny a thing is there: "nobody", "no one", "none". */
const NONE_WORDS = new Set(['nobody', 'none', 'noone']);
/**
 * A means or an ability denied ("not enough anymore", "isn't supported anymore", "can't afford it anymore"):
 * the after state is a problem, not an effect of the work.
 */
const MEANS_DENIED = new Set([
  'enough',
  'available',
  'supported',
  'maintained',
  'possible',
  'able',
  'allowed',
  'afford',
  'working',
  'open',
  'want',
  'wants',
  'wanted',
  'there',
]);
/** Verbs of need after a writer subject: "we don't need the batch anymore", "I don't have to chase it anymore". */
const NEED_WORDS = new Set(['need', 'needs', 'needed', 'have', 'has', 'must', 'require', 'requires']);

/** Is there a clause break between words `a` and `b`? */
function breakBetween(tokens: Token[], a: Token, b: Token): boolean {
  for (const x of tokens)
    if (x.kind === 'symbol' && x.start >= a.end && x.start < b.start && BREAK.test(x.text)) return true;
  return false;
}

/**
 * The index of the negation before "anymore" at `i` in its clause, within ten words, or -1; -1 too when
 * the clause is the writer's own state, a means denied, or a past perfect (context: "nobody had used it
 * anymore by then").
 */
function negatedStop(tokens: Token[], words: Token[], i: number): number {
  let negation = -1;
  let writer = false;
  let need = false;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (breakBetween(tokens, words[k], words[k + 1])) break;
    const l = words[k].lower;
    if (MEANS_DENIED.has(l) || GOOD_WORDS.has(l)) return -1;
    if (l === 'had' || l === "hadn't") return -1;
    if (FIRST_PERSON.has(l)) writer = true;
    if (NEED_WORDS.has(l)) need = true;
    if (NEGATIONS.has(l) || CHANGE_NEGATIONS.has(l) || l.endsWith("n't") || NONE_WORDS.has(l)) negation = k;
    else if (l === 'one' && words[k - 1]?.lower === 'no') negation = k - 1;
  }
  if (negation < 0 || (writer && !need)) return -1;
  return negation;
}

/** "is not needed anymore", "isn't happening any more", "nobody drives back to the yard anymore": a thing stopped. */
export const NOT_ANYMORE_RULE: CueRule = {
  name: 'not-anymore',
  words: ['anymore', 'more'],
  match({ tokens, words, cues, i, w, lower, prev }) {
    if (lower === 'more' && prev !== 'any') return false;
    const negation = negatedStop(tokens, words, i);
    if (negation < 0) return false;
    addCue(cues, words[negation], w, 'state');
    return true;
  },
};

/**
 * "clean audits ever since", "green builds since then", "…; zero-defect releases since": a good word on
 * a noun, the clause with no verb, and "since" closing it. A verb in the clause ("I have kept clean
 * records since 2019") makes it an act or a tenure, read elsewhere.
 */
export const GOOD_EVER_SINCE_RULE: CueRule = {
  name: 'good-ever-since',
  words: ['since'],
  match({ tokens, words, cues, i, w }) {
    const next = words[i + 1];
    // "since" ends the clause, or only "then" follows it.
    const ends = next === undefined || breakBetween(tokens, w, next) || (next.lower === 'then' && !words[i + 2]);
    if (!ends) return false;
    let k = i - 1;
    if (words[k]?.lower === 'ever') k--;
    const head = words[k];
    const good = words[k - 1];
    if (head === undefined || good === undefined || !GOOD_WORDS.has(good.lower)) return false;
    if (!head.lower.endsWith('s') || isPastForm(head.lower)) return false;
    // The clause is the two words: the start of the line or a break before the good word.
    if (k - 1 > 0 && !breakBetween(tokens, words[k - 2], good)) return false;
    addCue(cues, good, w, 'state');
    return true;
  },
};

/** Possessives before a thing given back: "got their breaks back", "got most of its Fridays back". */
const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'our']);

/**
 * "the data team got most of its Fridays back", "the nurses got their breaks back": time or a thing
 * returned to its owners, told by "got … back" with a possessive. "I got my laptop back" is the writer's
 * own affair and not read.
 */
export const GOT_BACK_RULE: CueRule = {
  name: 'got-back',
  words: ['back'],
  match({ tokens, words, cues, i, w }) {
    for (let k = i - 1; k >= 1 && k >= i - 5; k--) {
      if (breakBetween(tokens, words[k], words[k + 1])) return false;
      if (!POSSESSIVES.has(words[k].lower)) continue;
      const verb = words[k - 1].lower === 'of' ? words[k - 3] : words[k - 1];
      if (verb === undefined || !/^(got|get|gets|gotten)$/.test(verb.lower)) return false;
      if (FIRST_PERSON.has(words[words.indexOf(verb) - 1]?.lower ?? '')) return false;
      addCue(cues, verb, w, 'state');
      return true;
    }
    return false;
  },
};

/** Present copulas before "now": "waste is now …", "call-outs are now …". */
const PRESENT_LINKS = new Set(['is', 'are', "'s", "'re"]);
/** Words that open a small amount: "a few loaves", "a handful a week", "a couple a month". */
const FEW_WORDS = new Set(['few', 'handful', 'couple']);

/** Does a small amount start at word `k`: "a few", "a handful", "a couple", "one"? */
function smallAmountAt(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  if (w.lower === 'one' || w.lower === 'zero') return true;
  return w.lower === 'a' && FEW_WORDS.has(words[k + 1]?.lower ?? '');
}

/**
 * "waste is now a few loaves a night", "call-outs are now one a month": a trouble's amount told as it
 * stands now in words that say it is small, the after value of the work that lowered it. A figure alone
 * ("churn is now 3%") tells a level of no known direction (NOW_BELOW_RULE reads one with a degree), and
 * "the team is now a few people" is no trouble.
 */
export const TROUBLE_NOW_AMOUNT_RULE: CueRule = {
  name: 'trouble-now-amount',
  words: ['now'],
  match({ words, cues, i, w, prev }) {
    if (prev === undefined || !PRESENT_LINKS.has(prev) || i < 2) return false;
    if (!isTroubleWord(words[i - 2].lower) || !smallAmountAt(words, i + 1)) return false;
    addCue(cues, words[i - 2], w, 'state');
    return true;
  },
};

/** Perfect auxiliaries of the present: "has shipped", "have stayed". */
const PRESENT_PERFECT = new Set(['has', 'have', "'s", "'ve"]);
/** Words of a move or a trouble's direction: read by the move rules, which know which way is good. */
const DIRECTION_WORDS = new Set(['down', 'up', 'worse', 'more', 'less', 'fewer', 'higher', 'lower']);

/**
 * Does "since" at `i` anchor the time after an act: it ends its clause ("… every quarter since"), or
 * opens "then" or a clause of the writer ("since we split the routes") or an event ("since the fix")?
 * A date ("since 2019", "since March") tells a tenure or a background as often as an after, and is not read.
 */
function sinceTheAct(tokens: Token[], words: Token[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined || breakBetween(tokens, words[i], next)) return true;
  const l = next.lower;
  if (l === 'then' || FIRST_PERSON.has(l)) return true;
  return (l === 'the' || l === 'our') && words[i + 2] !== undefined && words[i + 2].kind === 'word';
}

/**
 * "the platform has shipped every quarter since", "the board pack has shown one number since we merged
 * the sources": a present perfect of a subject that is not the writer, anchored by "since" to the act.
 * Not a past perfect ("nobody had touched it since 2019": the background), a tenure ("I have been on
 * nights since 2021"), a date ("has run on the old stack since 2015"), or a move or trouble
 * ("sales have gone down since", "the site has been down twice since"), which other rules read by direction.
 */
export const PERFECT_SINCE_RULE: CueRule = {
  name: 'perfect-since',
  words: ['since'],
  match({ tokens, words, cues, i, w }) {
    if (!sinceTheAct(tokens, words, i)) return false;
    for (let k = i - 1; k >= 1 && k >= i - 8; k--) {
      if (breakBetween(tokens, words[k], words[k + 1])) return false;
      const l = words[k].lower;
      if (DIRECTION_WORDS.has(l) || isTroubleWord(l) || BAD_WORDS.has(l)) return false;
      if (!PRESENT_PERFECT.has(l)) continue;
      const subject = words[k - 1].lower;
      if (FIRST_PERSON.has(subject) || subject === 'it' || !isPastForm(words[k + 1]?.lower ?? '')) return false;
      addCue(cues, words[k], w, 'state');
      return true;
    }
    return false;
  },
};
