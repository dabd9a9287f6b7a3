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
import type { Token } from './tokenize';
import { BAD_WORDS, CHANGE_NEGATIONS, COPULAS, GOOD_WORDS, NEGATIONS, PRAISE_DEGREES, SUBORDINATORS } from './lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { otherPeople } from './clause-actors';
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
