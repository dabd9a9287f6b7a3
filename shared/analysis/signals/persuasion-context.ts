// Influence told across two sentences (RUBRIC.md: "the result of that: others agreed/adopted/approved"):
// the writer argues in one sentence and the other side's change of course opens the next ("I showed
// marketing none of their reports looked finer than a day. They dropped the real-time request."). Alone, "They dropped
// the request" could be anyone's choice; right after the writer's case it is its outcome. "We agreed on
// …" is left out: after a case it is as often a meeting set up ("we agreed on a review every two weeks").
import { readableText } from './sentence-view';
import { showsEvidence } from './evidence-shown';

// The other side (or both sides together) opening the sentence and changing course.
const COURSE_CHANGED =
  /^\W*(?:(?:they|she|he|everyone|both\s+(?:teams|leads|managers|sides)|the\s+(?:[\w-]+\s+){0,2}(?:team|teams|lead|leads|manager|managers|director|directors|board|committee|PM|VP|owner|owners|client|vendor|partner|council|governors))\s+(?:\w+ly\s+|then\s+|finally\s+|eventually\s+|soon\s+)?(?:dropped|reversed|withdrew|delayed|postponed|cancell?ed|paused|relaxed|raised|lowered|extended|moved|changed|switched|agreed|approved|accepted|adopted|backed|funded|signed\s+off|settled|reprioriti[sz]ed|scrapped|shelved|gave\s+(?:us|me)|let\s+(?:us|me)))\b/i;

/** Indices of sentences that tell the outcome of the writer's case made in the sentence before. */
export function persuasionOutcomes(texts: readonly string[], influence: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < texts.length; i++)
    if (influence[i - 1] && !influence[i] && COURSE_CHANGED.test(readableText(texts[i]))) out.push(i);
  return out;
}

/**
 * Indices of both sentences where the writer shows a party evidence in one ("I kept a tally of pick rates and
 * showed him the numbers") and the party's change of course opens the next ("He moved new starters to the light
 * bay"): the agent changes, so the first is the case and the second its outcome.
 */
export function evidenceThenCourseChange(texts: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < texts.length; i++)
    if (showsEvidence(texts[i - 1]) && COURSE_CHANGED.test(readableText(texts[i]))) out.push(i - 1, i);
  return out;
}
