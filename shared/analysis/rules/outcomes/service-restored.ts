// A service told as restored, with no verb of change: "Checkout was healthy again at 09:58", "search
// was back about 15 minutes later", "the site was back up within 20 minutes". The incident's end is
// the effect of the writer's fix (RUBRIC: outcome). The subject is a thing, not the writer ("I was back
// at work after two weeks"), not people ("the customer was back") and not a trouble ("the bug was back
// after a week": the problem again).
import type { Token } from '../language/tokenize';
import { COPULAS, FIRST_PERSON_WORDS } from '../language/lexicon';
import { addCue, isTroubleWord, type CueRule } from './outcome-scan';
import { isGoodState } from './state-outcomes';
import { isPartyNoun } from '../quantity/scale';

/** States of a service that, with "again", tell it restored: "healthy again", "up again", "working again". */
const RUNNING_STATES = new Set(['up', 'online', 'working', 'available', 'running', 'reachable', 'live', 'normal']);
/** Words after "back" that tell the service restored: "back up", "back online". */
const BACK_STATES = new Set(['up', 'online']);
/** Words after "back" that time the restore: "back about 15 minutes later", "back within the hour". */
const RESTORE_TIMES = new Set(['within', 'after', 'in', 'about', 'around', 'by']);

/** Is the word before the copula at `k` a thing that can be restored, not the writer, people or a trouble? */
function restorableSubject(words: Token[], k: number): boolean {
  const subject = words[k - 1]?.lower;
  return subject !== undefined && !FIRST_PERSON_WORDS.has(subject) && !isPartyNoun(subject) && !isTroubleWord(subject);
}

/** "was healthy again", "were working again": a copula, a running or good state, then "again" at `i`. */
function stateAgain(words: Token[], i: number): number {
  const state = words[i - 1]?.lower;
  // "the project was green again" is a status, as "back to green" is (recovery-outcomes.ts).
  if (state === undefined || state === 'green' || !(RUNNING_STATES.has(state) || isGoodState(state))) return -1;
  const link = words[i - 2]?.lower === 'fully' ? i - 3 : i - 2;
  return COPULAS.has(words[link]?.lower ?? '') && restorableSubject(words, link) ? link : -1;
}

/** "was back up", "was back online", "was back about 15 minutes later": a copula, then "back" at `i`. */
function backAfterCopula(words: Token[], i: number): number {
  const next = words[i + 1]?.lower;
  if (!COPULAS.has(words[i - 1]?.lower ?? '') || !restorableSubject(words, i - 1)) return -1;
  if (next !== undefined && BACK_STATES.has(next)) return i + 1;
  const timed = next !== undefined && RESTORE_TIMES.has(next) && /^\d/.test(words[i + 2]?.text ?? '');
  return timed ? i : -1;
}

/** A service restored: "Checkout was healthy again", "search was back about 15 minutes later". */
export const SERVICE_RESTORED_RULE: CueRule = {
  name: 'service-restored',
  words: ['again', 'back'],
  match({ words, cues, i, w, lower }) {
    if (lower === 'again') {
      const link = stateAgain(words, i);
      if (link < 0) return false;
      addCue(cues, words[link], w, 'state');
      return true;
    }
    const end = backAfterCopula(words, i);
    if (end < 0) return false;
    addCue(cues, w, words[end], 'state');
    return true;
  },
};
