// Outcomes told by how good or bad things are after the work, in words no list of ours names: the
// valence of a general English lexicon (word-lists/valence-words.ts) says whether a word is good or
// bad; where it hangs says whether it is an effect. Both readings are of a state after the act:
// - a good word as a predicate, anchored to the after ("it's been solid since", "handovers are calmer
//   now") or, of other people, told as a feeling or a change ("the nurses were relieved", "customers
//   seem happier"). A good word as an adjective on the writer's own artefact ("built a robust
//   pipeline", "a scalable design") is how the writer describes the work, not its effect: never read.
// - a bad thing that stopped: "the pages don't crash anymore", "nobody complains any more".
// Not read (each added false outcomes on writers nobody had read, and found none): a good word of other
// people with no feeling or change in it ("the client was supportive"), and others' verbs of reaction
// ("customers loved it", "my manager supported me").
import type { Token } from '../language/tokenize';
import {
  BAD_WORDS,
  CHANGE_NEGATIONS,
  COPULAS,
  GOOD_WORDS,
  NEGATIONS,
  PRAISE_DEGREES,
  SUBORDINATORS,
  wordSet,
  wordValence,
} from '../language/lexicon';
import { addCue, clauseEnd, isTroubleWord, type CueRule } from './outcome-scan';
import { otherPeople } from '../voices/clause-actors';
import { partyKindOf } from '../voices/party-kinds';
import { writerAct } from '../voices/writer-acts';
import { deniedBefore } from './verdict-outcomes';

/** Verbs that link a subject to its state besides the copulas: "felt calmer", "stayed stable". */
const LINKS = new Set(['felt', 'feel', 'feels', 'seemed', 'seem', 'seems', 'looked', 'became', 'stayed', 'remained']);
/** Degree and time words between the link and the state: "was much calmer", "is now stable", "were all relieved". */
const STATE_DEGREES = new Set([
  ...PRAISE_DEGREES,
  'much',
  'far',
  'a',
  'lot',
  'bit',
  'now',
  'still',
  'all',
  'even',
  'visibly',
]);
/** Words after the state that anchor it to the time after the act: "since", "now", "again", "anymore". */
const AFTER_ANCHORS = new Set(['since', 'now', 'again', 'afterwards', 'anymore']);
/** Subjects that are the writer: a state of the writer ("I was confident") tells no effect of the work. */
const WRITER_SUBJECTS = new Set(['i', 'we', "i'm", "we're", 'me']);
/** A clause break between two words. */
const BREAK = /[,;:.—–(]/;

/** Is there a clause break between words `a` and `b`? */
function breakBetween(tokens: Token[], a: Token, b: Token): boolean {
  return tokens.some((x) => x.kind === 'symbol' && x.start >= a.end && x.start < b.start && BREAK.test(x.text));
}

/** Does the word at `i` end its clause, or stand before an anchor ("it was amazing", "amazing since")? */
function endsClause(tokens: Token[], words: Token[], i: number): boolean {
  const next = words[i + 1];
  return next === undefined || next.start > clauseEnd(tokens, words[i]) || AFTER_ANCHORS.has(next.lower);
}

/** Is the state at `i` followed in its clause, within three words, by an anchor to the after? */
function anchoredAfter(tokens: Token[], words: Token[], i: number): boolean {
  const end = clauseEnd(tokens, words[i]);
  for (let k = i + 1; k < words.length && k <= i + 3 && words[k].start < end; k++)
    if (AFTER_ANCHORS.has(words[k].lower)) return true;
  return false;
}

/**
 * Does the clause of the subject ending at `s` open with a subordinator ("until she was happy", "when
 * customers were pleased", "if it stays stable"): a condition or a time of the work, not its result?
 */
function subordinateSubject(tokens: Token[], words: Token[], s: number): boolean {
  for (let k = s; k >= 0 && k >= s - 3; k--) {
    if (SUBORDINATORS.has(words[k].lower)) return true;
    if (k > 0 && breakBetween(tokens, words[k - 1], words[k])) return false;
  }
  return false;
}

/**
 * The good word at `i` as a predicate: a copula or a linking verb before it, past degree words. The
 * index of the subject's last word and whether "now" stood between, or undefined when the word is no
 * predicate ("a robust pipeline").
 */
function predicateOf(words: Token[], i: number): { subject: number; now: boolean } | undefined {
  let k = i - 1;
  let now = false;
  while (k >= 0 && STATE_DEGREES.has(words[k].lower)) {
    if (words[k].lower === 'now') now = true;
    k--;
  }
  const link = words[k]?.lower;
  if (link === undefined || !((COPULAS.has(link) && link !== 'be' && link !== 'being') || LINKS.has(link))) return;
  let s = k - 1;
  // "has been solid", "have felt calmer": the auxiliary stands between the subject and the link.
  if (/^(has|have|had|'ve|'s)$/.test(words[s]?.lower ?? '')) s--;
  if (words[s]?.lower === 'now') {
    now = true;
    s--;
  }
  return { subject: s, now };
}

/** A feeling or a change told by the good word itself: a participle ("relieved") or a comparative ("happier"). */
function feelingOrChange(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('er');
}

/**
 * "it's been solid since", "mornings are calmer now", "the nurses were relieved", "customers seem
 * happier": a good state after the act, anchored to the after or a feeling of others. Not the writer's
 * own state ("I was confident"), a wish ("happy to help"), a denied state ("nobody was happy"), a verb
 * in the progressive ("he was caring for his father") or a condition ("until she was happy").
 */
export const GOOD_STATE_RULE: CueRule = {
  name: 'good-state',
  lemmas: [GOOD_WORDS],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (i < 1 || next === 'to' || deniedBefore(tokens, words, i)) return false;
    if (lower.endsWith('ing') && !endsClause(tokens, words, i)) return false;
    const predicate = predicateOf(words, i);
    if (predicate === undefined) return false;
    const subject = words[predicate.subject];
    if (subject === undefined || WRITER_SUBJECTS.has(subject.lower)) return false;
    if (subordinateSubject(tokens, words, predicate.subject)) return false;
    const anchored = predicate.now || anchoredAfter(tokens, words, i);
    if (!anchored && !(feelingOrChange(lower) && otherPeople(words, predicate.subject))) return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/** "the pages don't crash anymore", "nobody complains any more": a bad thing that no longer happens. */
export const BAD_STOPPED_RULE: CueRule = {
  name: 'bad-stopped',
  words: ['anymore', 'more'],
  match({ tokens, words, cues, i, w, lower, prev }) {
    if (lower === 'more' && prev !== 'any') return false;
    let negated = false;
    let bad = false;
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (breakBetween(tokens, words[k], w)) break;
      const l = words[k].lower;
      // "I don't struggle with it anymore": the writer's own state.
      if (WRITER_SUBJECTS.has(l)) return false;
      if (NEGATIONS.has(l) || CHANGE_NEGATIONS.has(l) || l.endsWith("n't") || l === 'nobody' || l === 'no')
        negated = true;
      if (BAD_WORDS.has(l)) bad = true;
    }
    if (!(negated && bad)) return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/** Links that tell a state held since the act: "has stayed dry", "have remained quiet", "has been level". */
const HELD_LINKS = new Set(['stayed', 'remained', 'been']);
/** Forms of "be" that link a present state: "the yard is flat now", "it's quiet now". */
const PRESENT_LINKS = new Set(['is', 'are', "it's"]);
/** Words after a link that are no state of their own: a determiner, a preposition, a pronoun, "done" (a delivery). */
const NOT_STATES = wordSet('state-after-work-not-states', [
  'the',
  'an',
  'this',
  'that',
  'our',
  'my',
  'their',
  'its',
  'his',
  'her',
  'your',
  'not',
  'also',
  'just',
  'only',
  'there',
  'here',
  'what',
  'how',
  'part',
  'one',
  'all',
  'more',
  'less',
  'able',
  'about',
  'done',
  'used',
  'over',
  'down',
  'out',
  'off',
  'back',
  'due',
  'set',
]);

/**
 * The state word a link at `k` gives its subject, past degree words and "now" ("is now flat", "are much quieter"):
 * its index and whether "now" stood before it, or undefined when what follows is no single plain word closing its
 * clause (a determiner, a number, a phrase: "is a car park now", "are 40% down").
 */
function stateAfterLink(tokens: Token[], words: Token[], k: number): { at: number; now: boolean } | undefined {
  let j = k + 1;
  let now = false;
  while (j < words.length && STATE_DEGREES.has(words[j].lower) && words[j].lower !== 'a') {
    if (words[j].lower === 'now') now = true;
    j++;
  }
  const state = words[j];
  if (state === undefined || state.kind !== 'word' || !/^[a-z]{3,}$/.test(state.text)) return undefined;
  if (NOT_STATES.has(state.lower) || state.lower.endsWith('ing')) return undefined;
  const next = words[j + 1];
  // The state closes its clause or stands before an anchor: "is flat now", "has stayed dry since".
  if (
    next !== undefined &&
    next.start < clauseEnd(tokens, state) &&
    !AFTER_ANCHORS.has(next.lower) &&
    next.lower !== 'after'
  )
    return undefined;
  return { at: j, now: now || next?.lower === 'now' };
}

/** Prefixes the tokenizer splits off a verb at a hyphen: "re-laid", "co-wrote", "de-risked", "pre-booked". */
const VERB_PREFIXES = new Set(['re', 'co', 'de', 'pre', 'un']);

/**
 * Does the line tell the writer's act (writer-acts.ts), read with a hyphenated prefix dropped from its verb
 * ("Re-laid the yard drainage" as "laid the yard drainage", "after I re-laid it" as "after I laid it")?
 */
function writerActIn(tokens: Token[]): boolean {
  const lowers: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') continue;
    const glued = tokens[k + 1]?.text === '-' && tokens[k + 1].start === t.end && tokens[k + 2]?.start === t.end + 1;
    if (!(glued && VERB_PREFIXES.has(t.lower))) lowers.push(t.lower);
  }
  return writerAct(lowers).present;
}

/**
 * "Re-laid the drainage; the yard is flat now", "since we re-laid the drains, the yard has stayed dry", "it's
 * quiet now": the state of a thing after the writer's act, in a word no valence list names good (a word it
 * names bad, or a trouble, is none). Anchored to the after by "now" with a present link, or by "since" in the line
 * with a state held ("has stayed", "have remained", "has been"), and tied to the work by the writer's act in the
 * same line. The subject is a thing: people's states ("the team is remote now") and the writer's own are not read;
 * a condition, a negation or a question of the state ("until it was dry", "isn't flat now") tells none.
 */
export const STATE_AFTER_WORK_RULE: CueRule = {
  name: 'state-after-work',
  words: [...PRESENT_LINKS, ...HELD_LINKS],
  match({ tokens, words, cues, i, w, lower }) {
    const held = HELD_LINKS.has(lower);
    const perfect = /^(?:has|have|had)$/.test(words[i - 1]?.lower ?? '');
    if (lower === 'been' && !perfect) return false;
    const state = stateAfterLink(tokens, words, i);
    if (state === undefined) return false;
    const word = words[state.at].lower;
    if (GOOD_WORDS.has(word) || BAD_WORDS.has(word) || isTroubleWord(word) || (wordValence(word) ?? 0) < 0)
      return false;
    // The anchor: "now" with a present link, "since" in the line with a state held.
    if (held ? !words.some((x) => x.lower === 'since') : !state.now) return false;
    // The subject: a thing, not the writer or people ("it's" holds its own subject).
    const s = lower === "it's" ? i : i - (perfect ? 2 : 1);
    const subject = words[s];
    if (subject === undefined || WRITER_SUBJECTS.has(subject.lower)) return false;
    if (lower !== "it's" && (otherPeople(words, s) || partyKindOf(subject.lower) !== 'thing')) return false;
    if (subordinateSubject(tokens, words, s) || deniedBefore(tokens, words, i)) return false;
    for (let k = s; k <= state.at; k++)
      if (NEGATIONS.has(words[k].lower) || words[k].lower.endsWith("n't")) return false;
    if (!writerActIn(tokens)) return false;
    addCue(cues, w, words[state.at], 'state');
    return true;
  },
};
