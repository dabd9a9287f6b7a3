// A negated event after the work is a count of none: "the export has not missed a night since",
// "the job hasn't failed once since the fix", "it never dropped a message again". RUBRIC.md counts
// zero counts ("no incidents since", "without a single escalation") as metrics; these say the same
// with a negated verb. A marker of the time after the work (since, again, anymore, once) is needed:
// "the team did not have a rollback plan" is the setup, not a count.
import type { Token } from '../language/tokenize';
import { IRREGULAR_PAST, STATIVE, isPastForm } from '../language/verbs';
import { TROUBLE_EVENTS } from '../outcomes/none-since-outcomes';

const AFTER_THE_WORK = new Set(['since', 'again', 'anymore', 'once']);

function isNegation(lower: string): boolean {
  return lower === 'not' || lower === 'never' || lower.endsWith("n't");
}

/** True when the words hold a negated past event followed by a marker of the time after the work. */
export function isNegatedSinceCount(words: readonly Token[]): boolean {
  // "Since then the export has not missed a night" (a leading "since" alone may mean "because").
  let sinceThen = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i].lower === 'since' && words[i + 1]?.lower === 'then') sinceThen = true;
    if (!isNegation(words[i].lower)) continue;
    // The event: a past form right after the negation, or after one more auxiliary ("has not been paged"),
    // or "been" itself ("has not been late once").
    for (let k = i + 1; k < words.length && k <= i + 2; k++) {
      const v = words[k].lower;
      if (STATIVE.has(v) || v === 'had' || v === 'have') break;
      // "late deliveries are not happening anymore": a trouble's own event told in the progressive.
      const ongoing = v.endsWith('ing') && TROUBLE_EVENTS.has(v);
      if (!(ongoing || isPastForm(v) || IRREGULAR_PAST.has(v) || (v === 'been' && k + 1 < words.length))) continue;
      if (sinceThen) return true;
      for (let m = k + 1; m < words.length; m++) {
        if (AFTER_THE_WORK.has(words[m].lower)) return true;
        // "any more" written as two words.
        if (words[m].lower === 'any' && words[m + 1]?.lower === 'more' && m + 2 === words.length) return true;
      }
      break;
    }
  }
  return false;
}
