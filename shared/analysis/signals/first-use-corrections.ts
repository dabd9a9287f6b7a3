// After-launch work told as a review or a correction made once the thing had run for the first time, in any
// trade's words (RUBRIC.md: iteration after launch, acting on what was seen once it was live): "After the first
// payout I corrected the rounding rule", "after the first month i checked every incident form with the ward sister",
// "During the first exam two candidates sat too close, so I changed the seating plan", "Following the first
// delivery round we adjusted the cut-off". The shape: a time clause on the FIRST occurrence of a run (a period or
// any noun of a thing done: a payout, a paper, a round, a batch), then the writer (or the writer's "we") as the
// subject of a correcting or reviewing verb. Without the verb it is a result measured then ("The first month on the
// new report saved 20 hours") and stays unread. The first of the project's own work (a draft, a prototype, a test
// run, a meeting, an interview, a sprint) is before any launch and stays unread too.
import type { Finder } from './sentence-view';

// Things done before anything is live: the first of these is the project's own step, not a run in use.
const BEFORE_USE =
  /^(?:draft|drafts|version|prototype|mock-?up|design|test|tests|trial|pilot|dry|rehearsal|demo|attempt|try|pass|iteration|meeting|call|conversation|interview|interviews|workshop|sprint|review|step|phase|stage|idea|proposal|plan|time|place|thing|half|part|person|job|role|year|years|lesson|lessons)$/;
// The writer correcting or looking again at what ran: the verbs of a correction, or a review of every case.
/** The verbs of a correction to what ran ("corrected", "moved", "added"), as a whole lower-cased word. */
export const CORRECTS =
  /^(?:corrected|changed|adjusted|fixed|recalibrated|retuned|re-?tuned|rewrote|re-?wrote|reworked|tightened|relaxed|tweaked|amended|revised|redid|re-?did|rebalanced|re-?weighted|reset|moved|cut|dropped|added|swapped|simplified|shortened|extended|lowered|raised)$/;
/** The verbs of a review of what ran ("checked", "went through"), as a whole lower-cased word or pair. */
export const REVIEWS = /^(?:checked|reviewed|audited|went\s+through|read\s+through|re-?checked|re-?read|spot-checked)$/;
// "After the first payout I corrected …": the occasion, then (within one clause) the writer's verb. A school's "half
// term" is one period, not the first half of something.
const FIRST_RUN_THEN_ACT =
  /\b(?:after|during|following|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+the\s+first\s+(?:few\s+|couple\s+of\s+|two\s+|three\s+|four\s+|\d+\s+)?((?:half[\s-](?=term\b))?[\w-]+)\b[^.;:]{0,60}?\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|quickly\s+)?(went\s+through|read\s+through|[a-z-]+)\b\s*(\w*)/i;

// The project's own phases, anywhere in the sentence ("the first week of the project", "the first sprint").
const PROJECT_PHASE =
  /\b(?:project|sprint|kick-?off|prototype|planning|discovery|design\s+phase|build|course|training|induction|onboarding)\b/i;

/** A correction or a review of every case made after (or during) the first run of something in use. */
export const correctedAfterFirstRun: Finder = (v) => {
  if (PROJECT_PHASE.test(v.text)) return undefined;
  const m = FIRST_RUN_THEN_ACT.exec(v.text);
  if (!m) return undefined;
  const [, occasion, verb, next] = m;
  if (BEFORE_USE.test(occasion.toLowerCase())) return undefined;
  const act = verb.toLowerCase();
  // A review counts when it takes in every case ("checked every fall report"), not one look ("checked the total").
  const reviewsAll = REVIEWS.test(act) && /^(?:every|each|all)$/i.test(next);
  if (!CORRECTS.test(act) && !reviewsAll) return undefined;
  return { start: m.index, end: m.index + m[0].length - next.length };
};
