// Numbers that name who took part in the work or how long a trial ran, rather than sizing its context
// or measuring its result (RUBRIC-NOTES "The people of the story", "Rollout shares, canaries and test
// design"):
//   - a few colleagues the writer worked with ("paired with two engineers", "sat down with one analyst"),
//   - "four of us", "the two of us",
//   - the span of a pilot or trial ("a three-week pilot", "piloted it for a week").
//   - a few people or bodies as a clause's subject ("Two designers had left", "Three testers and I …"),
//   - the group a pilot, beta, canary or test ran on ("a beta with 12 customers", "piloted in three stores"),
//   - a few people moved or lent onto the work ("borrowed two designers", "assigned three analysts"),
//   - the rest of a group the story knows ("with the other two teachers").
// Such a number is neither metric nor scale. A team's size ("a team of 6", "a team with 8 agents"),
// people hired, trained or led, people adopting the work ("three teams adopted it") and large counts
// ("with 300 annotators") keep their own roles.
import type { NumberContext } from './quantity-context';
import { type Token, isClauseMark } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { digitsValue } from './number-words';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { GROUP_NOUNS, isPartyNoun } from './scale';
import {
  AS_OPENER,
  CLAUSE_OPENER_CORE,
  CONCESSIVE_SUBORDINATORS,
  PROPOSAL_VERBS,
  RESULT_ADVERBS,
  STANCE_VERBS,
  USE_VERBS,
  WISH_VERBS,
  clauseOpeners,
} from '../language/lexicon';

/** People one works beside, not people served: "engineers", "designers", "analysts", "agents". */
const COLLEAGUES = new Set([
  'engineer',
  'engineers',
  'developer',
  'developers',
  'designer',
  'designers',
  'analyst',
  'analysts',
  'scientist',
  'scientists',
  'researcher',
  'researchers',
  'manager',
  'managers',
  'lead',
  'leads',
  'agent',
  'agents',
  'tester',
  'testers',
  'pms',
  'sres',
  'colleague',
  'colleagues',
  'teammate',
  'teammates',
  'people',
  'person',
  'intern',
  'interns',
  'specialist',
  'specialists',
  'architect',
  'architects',
  'admins',
  'reps',
  'writers',
  'nurses',
  'teachers',
  'doctors',
]);

/** Words that make the clause a trial: "a three-week pilot", "piloted it for a week", "a 30-day beta". ("Tested it in two days" is effort.) */
const TRIAL_WORDS = new Set([
  'pilot',
  'pilots',
  'piloted',
  'piloting',
  'trial',
  'trials',
  'trialed',
  'trialled',
  'trialing',
  'trialling',
  'beta',
  'experiment',
  'experimented',
  'canary',
  'canaried',
  // "ran both systems in parallel", "side by side", "in shadow mode", "a dry run", "an early preview".
  'parallel',
  'side',
  'shadow',
  'dry',
  'rehearsal',
  'preview',
]);

/** "an A/B test": the test word after "A/B". */
function isAbTest(tokens: Token[], k: number): boolean {
  return (
    (tokens[k].lower === 'test' || tokens[k].lower === 'tests') &&
    tokens[k - 1]?.lower === 'b' &&
    tokens[k - 2]?.text === '/'
  );
}

/** Verbs that hand a trial to a group: "asked 6 customers to try it", "gave 10 agents early access". */
const INVITING_VERBS = new Set(['asked', 'ask', 'invited', 'invite', 'gave', 'give', 'let']);

/** Words after the group that make it a trial's: "to try", "an early preview", "early access", "the beta". */
const TRYING_WORDS = new Set(['try', 'trial', 'test', 'preview', 'access', 'beta', 'pilot']);

/** Prepositions that bring in the people worked with: "with two engineers", "alongside one analyst". */
const WITH = new Set(['with', 'alongside']);

/** Words that end the clause a count sits in. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.']);

/** A count under 20 ("two", "12"); "dozens", "hundreds" and "5K" are not small. */
function isSmall(q: Quantity): boolean {
  if (q.kind !== 'count') return false;
  const m = /(\d[\d,]*)\s*([kmb])?\b/i.exec(q.text);
  if (!m) return !/^(dozens|hundreds|thousands|millions|billions|tens|scores)\b/i.test(q.text);
  return !m[2] && digitsValue(m[1]) < 20;
}

/** Approximators and determiners between a preposition and its count: "with about three", "with our four largest". */
const SKIPPED_BEFORE = new Set(['just', 'only', 'about', 'around', 'the', 'our', 'my', 'their', 'his', 'her', 'its']);

/** The word before token `i`, skipping approximators and determiners ("with about three engineers", "with our four suppliers"). */
function wordBefore(tokens: Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (t.text === '~') continue;
      return undefined;
    }
    if (SKIPPED_BEFORE.has(t.lower)) continue;
    return t.lower;
  }
  return undefined;
}

/**
 * "paired with two engineers", "worked closely with one analyst", "sat down with three leads": a verb
 * of working together before "with"; after a noun ("a team with 8 agents") the count is its size.
 */
function joinedByVerb(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !WITH.has(tokens[k].lower)) k--;
  // "negotiated new terms with our suppliers": a short object may sit between the verb and "with";
  // a group noun right before "with" ("a team with 8 agents") is what the count sizes.
  if (GROUP_NOUNS.has(tokens[k - 1]?.lower ?? '')) return false;
  for (let k0 = --k; k >= 0 && k >= k0 - 3; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') return false;
    const w = t.lower;
    if (w === 'down' || w === 'up' || w === 'together' || (w.endsWith('ly') && w.length > 4)) continue;
    if (isPastForm(w) || IRREGULAR_PAST.has(w) || JOINING_VERBS.has(w)) return true;
  }
  return false;
}

/** Base and "-ing" forms of working-together verbs, for resume lines in the present ("Partner with two analysts"). */
const JOINING_VERBS = new Set([
  'work',
  'working',
  'pair',
  'pairing',
  'partner',
  'partnering',
  'meet',
  'meeting',
  'collaborate',
  'collaborating',
  'sit',
  'sitting',
]);

/** A trial word in the duration's clause, before it ("piloted the flow for a week") or just after ("a three-week pilot"). */
function inTrial(tokens: Token[], i: number, after: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) break;
    if (TRIAL_WORDS.has(t.lower) || isAbTest(tokens, k)) return true;
  }
  for (let k = after; k < tokens.length && k <= after + 3; k++) {
    if (TRIAL_WORDS.has(tokens[k].lower) || isAbTest(tokens, k)) return true;
    if (k > after + 1 && tokens[k].lower !== 'a' && tokens[k].lower !== 'b' && tokens[k].text !== '/') break;
  }
  return false;
}

/** "asked 6 customers to try the dashboard", "gave 10 agents early access": the group a trial ran on. */
function trialGroup(tokens: Token[], i: number, after: number): boolean {
  const before = tokens[i - 1]?.lower;
  if (before === undefined || !INVITING_VERBS.has(before)) return false;
  for (let k = after; k < tokens.length && k <= after + 6; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) return false;
    if (TRYING_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** "… in 14 stores first", "… on two wards first, then the rest": "first" right after the counted group. */
function firstWave(tokens: Token[], after: number): boolean {
  return tokens[after]?.lower === 'first';
}

/** Words of a test's design, for the group it ran on: "a beta with 12 customers", "tested the prototype with five users". */
const TEST_WORDS = new Set([...TRIAL_WORDS, 'test', 'tests', 'tested', 'testing', 'usability', 'prototype']);

/** Prepositions that bring in the group a test ran on: "with 12 customers", "in three stores", "on one canary host". */
const TEST_GROUP_PREPOSITIONS = new Set(['with', 'in', 'on', 'at', 'across', 'among', 'to']);

/** A test word in the count's clause, before it or between the number and its noun ("on one canary host"). */
function inTest(tokens: Token[], i: number, after: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) break;
    if (TEST_WORDS.has(t.lower)) return true;
  }
  for (let k = i + 1; k < after && k < tokens.length; k++) if (TEST_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Words that open a clause before its subject: "When two engineers left", "but three analysts stayed". */
const CLAUSE_OPENERS = clauseOpeners('participant-clause-openers', [
  CLAUSE_OPENER_CORE,
  AS_OPENER,
  CONCESSIVE_SUBORDINATORS,
]);

/** Auxiliaries and common past verbs a subject is followed by ("were rotating", "had left", "kept a log"). */
const FINITE_WORDS = new Set([
  'was',
  'were',
  'had',
  'have',
  'has',
  'is',
  'are',
  'did',
  'would',
  'could',
  'kept',
  'wanted',
  'needed',
  'spent',
  'never',
  'still',
  'already',
  'both',
  'all',
]);

// Verbs after which a few people or teams are a result or the writer's team, not the people of the
// story: "three teams adopted it", "two engineers were promoted", "6 engineers reported to me".
const RESULT_AFTER_SUBJECT = new Set([
  'adopted',
  'adopt',
  'adopts',
  'use',
  'used',
  'uses',
  'using',
  'switched',
  'signed',
  'renewed',
  'rely',
  'relied',
  'depend',
  'depended',
  'promoted',
  'hired',
  'onboarded',
  'reported',
  'report',
  'reports',
  'migrated',
  'moved',
  'upgraded',
  'bought',
  'subscribed',
  'enrolled',
  'registered',
  'completed',
  'passed',
  'graduated',
  'certified',
  'chose',
  'copied',
  'cloned',
  'reused',
  'followed',
  'picked',
  'started',
  'began',
]);

/** Index of the first non-symbol token before `i` (-1 at the start). */
function wordIndexBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === 'symbol' && !CLAUSE_BREAKS.has(tokens[k].text)) k--;
  return k;
}

/**
 * "Two designers had left", "Three nurses on the night shift kept a log", "Two testers and I walked
 * through …": a few people or teams opening a clause, followed by their verb, are the people of the story.
 */
function isStorySubject(tokens: Token[], q: Quantity, i: number, after: number): boolean {
  if (q.head === undefined || !isPartyNoun(q.head)) return false;
  const b = wordIndexBefore(tokens, i);
  if (b >= 0) {
    const t = tokens[b];
    const opens = (t.kind === 'symbol' && CLAUSE_BREAKS.has(t.text)) || CLAUSE_OPENERS.has(t.lower);
    if (!opens) return false;
  }
  for (let k = after; k < tokens.length && k <= after + 8; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (CLAUSE_BREAKS.has(t.text)) return false;
      continue;
    }
    const w = t.lower;
    if (RESULT_AFTER_SUBJECT.has(w)) return false;
    // "three teams have since built on it", "two squads now run it": others' use of the work, a result.
    if (RESULT_ADVERBS.has(w) && USE_VERBS.has(tokens[k + 1]?.lower)) return false;
    if (w === 'and' && (tokens[k + 1]?.lower === 'i' || tokens[k + 1]?.lower === 'me')) return true;
    if (FINITE_WORDS.has(w) || (t.kind === 'word' && (isPastForm(w) || IRREGULAR_PAST.has(w)) && !GROUP_NOUNS.has(w))) {
      // "were promoted", "had joined", "have since built on it": what follows the auxiliary says what the verb is.
      for (let j = k + 1; j < tokens.length && j <= k + 2; j++) {
        const next = tokens[j].lower;
        if (RESULT_AFTER_SUBJECT.has(next) || (RESULT_ADVERBS.has(next) && USE_VERBS.has(tokens[j + 1]?.lower)))
          return false;
      }
      return true;
    }
  }
  return false;
}

/** Verbs that move or lend people onto the work: "borrowed two designers", "assigned three analysts". */
const STAFFING_VERBS = new Set([
  'borrowed',
  'assigned',
  'reassigned',
  'moved',
  'pulled',
  'loaned',
  'lent',
  'seconded',
  'freed',
  'put',
  'brought',
]);

/** Particles after a staffing verb: "pulled in two engineers", "brought on one contractor". */
const STAFFING_PARTICLES = new Set(['in', 'on']);

/** Small working bodies set up for the work, whose members are the people of the story ("a 3-person working group"); a "team" keeps its size as scale. */
const WORKING_BODIES = new Set(['group', 'force', 'squad', 'committee', 'panel', 'cell']);
/** Verbs that set up such a body: "set up", "formed", "assembled", "put together", "pulled together". */
const FORMING_VERBS = new Set(['formed', 'assembled', 'convened', 'up', 'together']);

/** "set up a 3-person working group", "formed a four-person task force": the few people of the story. */
function isWorkingBody(tokens: Token[], q: Quantity, i: number, after: number): boolean {
  if (q.head !== 'person' || !isSmall(q)) return false;
  let n = after;
  while (n < tokens.length && n <= after + 2 && !WORKING_BODIES.has(tokens[n].lower)) n++;
  if (!WORKING_BODIES.has(tokens[n]?.lower ?? '')) return false;
  let v = wordIndexBefore(tokens, i);
  while (v >= 0 && (tokens[v].lower === 'a' || tokens[v].lower === 'an' || tokens[v].lower === 'small')) v--;
  return v >= 0 && FORMING_VERBS.has(tokens[v].lower);
}

/** A few people the sentence moves onto the work: "borrowed two designers from the web team". */
function isStaffed(tokens: Token[], q: Quantity, i: number): boolean {
  if (q.head === undefined || !COLLEAGUES.has(q.head)) return false;
  const k = wordIndexBefore(tokens, i);
  let v = k;
  while (v >= 0 && SKIPPED_BEFORE.has(tokens[v].lower)) v--;
  if (v > 0 && STAFFING_PARTICLES.has(tokens[v].lower)) v--;
  return v >= 0 && STAFFING_VERBS.has(tokens[v].lower);
}

/** Determiners before "other" that make it the rest of a group the story already knows: "the other two teachers". */
const KNOWN_GROUP_LEADS = new Set(['the', 'my', 'our', 'his', 'her', 'their']);

/** "with the other two teachers", "my other three reviewers": the rest of the story's own people. */
function isRestOfKnownGroup(tokens: Token[], q: Quantity, i: number): boolean {
  if (q.head === undefined || !COLLEAGUES.has(q.head)) return false;
  return tokens[i - 1]?.lower === 'other' && KNOWN_GROUP_LEADS.has(tokens[i - 2]?.lower ?? '');
}

/** Words before "one" that make it the only one: "only one person", "just one nurse". */
const ONLY_WORDS = new Set(['only', 'just']);

/**
 * "only one person understood it", "just one nurse on nights", "a single analyst": one person, told as
 * the only one, is someone of the story: no count of work and no magnitude of the context. A plain
 * "1 designer" may be one line of a team's make-up ("the team: 1 designer, 2 developers").
 */
function isOnlyOnePerson(tokens: Token[], q: Quantity, i: number): boolean {
  if (q.kind !== 'count' || q.head === undefined || q.group !== undefined) return false;
  // Both wordings below open with "a", "one" or "1" in any case: other counts skip the expressions.
  const opening = q.text.charCodeAt(0) | 32;
  if (opening !== 97 && opening !== 111 && opening !== 49) return false;
  // One person told by the words ("a single nurse", "only one analyst"); read before the head, the rarer test.
  const single = /^a single\s/i.test(q.text);
  if (
    !single &&
    (!/^(one|1)\s+(?!(hundred|thousand|million|billion|dozen)\b)/i.test(q.text) ||
      !ONLY_WORDS.has(tokens[i - 1]?.lower ?? ''))
  )
    return false;
  // The head is singular: a listed party noun, its plural, or a noun of a person's job ("porter").
  return (
    q.head === 'person' ||
    isPartyNoun(q.head) ||
    isPartyNoun(`${q.head}s`) ||
    /^[a-z]{3,}(?:ist|ian|er|or)$/.test(q.head)
  );
}

/** Whether the number names who took part or how long a trial ran: neither metric nor scale (see the top of this file). */
export function isParticipantCount(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.partitive && !q.change) return partWishing(n);
  // "Three other teams adopted the checklist": others taking the work up are a result (quantity-subjects.ts).
  if (q.change || q.range || q.perTime || q.partitive || q.adopters) return false;
  if (q.group !== undefined && q.group !== 'one') return false; // "a team of 6" is the team's size
  const i = n.at;
  const after = n.after;
  const small = isSmall(q);
  if (!q.result && isOnlyOnePerson(tokens, q, i)) return true;
  // "moved two engineers onto it": a staffing move, even where the verb reads as a result verb.
  if (small && isStaffed(tokens, q, i)) return true;
  if (q.result) return false;
  // "a three-week pilot", "piloted it for a week": the trial's design.
  // "finished the parallel run a week early": time ahead of plan is a measure.
  const next = tokens[after]?.lower;
  if (q.kind === 'duration')
    return !q.allowance && next !== 'early' && next !== 'ahead' && next !== 'sooner' && inTrial(tokens, i, after);
  if (!small) return false;
  if (trialGroup(tokens, i, after)) return true;
  if (isWorkingBody(tokens, q, i, after)) return true;
  if (q.head === 'us') return true;
  if (isRestOfKnownGroup(tokens, q, i)) return true;
  const before = wordBefore(tokens, i);
  // "a beta with 12 customers", "piloted in three stores", "on one canary host": the test's design.
  if (before !== undefined && TEST_GROUP_PREPOSITIONS.has(before) && inTest(tokens, i, after)) return true;
  // "launched the new layout in 14 stores first", "on two wards first": the first wave of a rollout.
  if (before !== undefined && TEST_GROUP_PREPOSITIONS.has(before) && firstWave(tokens, after)) return true;
  if (isStorySubject(tokens, q, i, after)) return true;
  if (q.head === undefined || !COLLEAGUES.has(q.head)) return false;
  return before !== undefined && WITH.has(before) && joinedByVerb(tokens, i);
}

/**
 * "Two of my seniors wanted to rewrite it", "three of the nurses pushed to keep paper charts": a part of a
 * group opening the sentence whose verb wishes, proposes or takes a side names the story's people; it
 * counts no result ("Two of the analysts I coached were promoted" does).
 */
function partWishing(n: NumberContext): boolean {
  const { tokens } = n;
  const i = n.at;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    const w = tokens[k];
    if (w.kind === 'symbol') {
      if (isClauseMark(w.text)) return false;
      continue;
    }
    if (WISH_VERBS.has(w.lower) || PROPOSAL_VERBS.has(w.lower) || STANCE_VERBS.has(w.lower)) return true;
    // The first other verb is the group's own ("Two of the analysts I coached were promoted").
    if (isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower)) return false;
  }
  return false;
}
