// The share of traffic or users a change or a test was exposed to: "rolled out to 5% of traffic", "ramped it to
// 100%", "an A/B test on 10% of sessions", "ran the test with 20% of new sign-ups". A setting the writer chose,
// not a measured result (tests/fixtures/claims/RUBRIC-NOTES.md: rollout shares and test design are configuration).
// One reader: the claim analyzer's number roles exclude these shares, and the follow-up questions, which read
// those roles, never ask how one was measured.
import type { Token } from '../language/tokenize';
import { isPastForm } from '../language/verbs';
import { lemmaSet } from '../language/lexicon';

// Words of exposing a change to part of the traffic: a rollout, a ramp, a canary, a flag.
const ROLLOUT_WORDS = lemmaSet('rollout-words', [
  'roll',
  'rollout',
  'ramp',
  'canary',
  'flag',
  'release',
  'deploy',
  'launch',
  'ship',
  'expose',
  'enable',
  'dial',
]);
// Words of a test run on part of the traffic: "an A/B test on 10% of sessions", "piloted it with 5% of users".
const TEST_WORDS = lemmaSet('test-exposure-words', [
  'test',
  'experiment',
  'trial',
  'pilot',
  'shadow',
  'holdout',
  'beta',
]);
// Verbs that take a share of the traffic for a test straight as their object: "sampled 5% of the traffic",
// "mirrored 10% of requests to the new cluster".
const SAMPLING_VERBS = lemmaSet('sampling-verbs', ['sample', 'mirror', 'shadow', 'divert', 'route']);
// A rollout goes "to 5% of traffic" or runs "on/for/at" it; a test runs "on/with/for/at/across" it, never "to" it
// ("cut test flakiness to 2% of runs" is a result).
const ROLLOUT_PREPOSITIONS = new Set(['to', 'on', 'for', 'from', 'at']);
const TEST_PREPOSITIONS = new Set(['on', 'with', 'for', 'at', 'across']);
// After a bare "ramped it to 100%" the clause ends or goes on with when: no "of" is needed.
const BARE_SHARE_AFTER = new Set(['then', 'and', 'within', 'over', 'by', 'in', 'after', 'before', 'across', 'for']);
// Words that draw a share at random: "a random 5% of accounts", "a randomised 10% of stores".
const RANDOM_WORDS = new Set(['random', 'randomised', 'randomized']);
// How far back the governing word may be: "shadow-tested the daily model against the monthly one for two weeks
// on 10% of readers".
const REACH = 12;

/**
 * The exposure word that governs the preposition at token `p`, looking back in the same clause with no other
 * verb or "and" between ("ramped the flag to 50% of traffic"; not "launched it and lifted conversion to 12% of
 * visitors"): 'rollout', 'test' or undefined.
 */
function governedBy(tokens: Token[], p: number): 'rollout' | 'test' | undefined {
  for (let k = p - 1; k >= 0 && k >= p - REACH; k--) {
    const w = tokens[k];
    // "ran it as a 2-week A/B on 10% of users": the letters of a test's two arms name a test.
    if (w.lower === 'b' && tokens[k - 1]?.text === '/' && tokens[k - 2]?.lower === 'a') return 'test';
    if (w.kind === 'word' && ROLLOUT_WORDS.has(w.lower)) return 'rollout';
    if (w.kind === 'word' && TEST_WORDS.has(w.lower)) return 'test';
    if (w.kind === 'symbol' ? w.text !== '-' : w.lower === 'and' || isPastForm(w.lower)) return undefined;
  }
  return undefined;
}

/**
 * A percentage at tokens `p + 1 … end` (token `p` the word before it) is the share a change or a test was
 * exposed to: a preposition a rollout or test word governs, then "of" the audience ("to 5% of traffic"), or,
 * after a rollout, the clause's end ("ramped it to 100%.").
 */
export function isExposureShare(tokens: Token[], p: number, end: number): boolean {
  const prev = p >= 0 ? tokens[p] : undefined;
  if (!prev || prev.kind !== 'word') return false;
  // "for a random 5% of the group": a share drawn at random is a sample, the test's design.
  if (RANDOM_WORDS.has(prev.lower) && tokens[end + 1]?.lower === 'of') return true;
  if (SAMPLING_VERBS.has(prev.lower) && tokens[end + 1]?.lower === 'of') return true;
  const rollout = ROLLOUT_PREPOSITIONS.has(prev.lower);
  const test = TEST_PREPOSITIONS.has(prev.lower);
  if (!rollout && !test) return false;
  const after = tokens[end + 1];
  const ofAudience = after?.lower === 'of';
  const bare = !after || after.kind === 'symbol' || BARE_SHARE_AFTER.has(after.lower);
  if (!ofAudience && !(bare && prev.lower === 'to')) return false;
  const by = governedBy(tokens, p);
  return by === 'rollout' ? rollout : by === 'test' && test && ofAudience;
}
