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
// "After the first payout I corrected …", "At the first shallow venue the set took too long, so I rewrote …": the
// occasion, then the writer's verb later in the sentence. A school's "half term" is one period, not the first half of
// something; an adjective may stand before the occasion's noun ("the first shallow venue": both words are checked).
const FIRST_RUN_OCCASION =
  /\b(after|during|following|at|at\s+the\s+end\s+of|by\s+the\s+end\s+of|in|within|on)\s+the\s+first\s+(?:few\s+|couple\s+of\s+|two\s+|three\s+|four\s+|\d+\s+)?((?:half[\s-](?=term\b))?[\w-]+)(?:\s+([\w-]+))?/i;

// The project's own phases, anywhere in the sentence ("the first week of the project", "the first sprint").
const PROJECT_PHASE =
  /\b(?:project|sprint|kick-?off|prototype|planning|discovery|design\s+phase|build|course|training|induction|onboarding)\b/i;

// Occasions of use told without "the first" + noun + the writer's verb in one clause (session 37): the first run showing
// trouble ("The first snow morning showed the rigs ran out of fluid"), a trial or pilot over ("After the trial
// ended"), the new thing in use for a while ("When the new filters were in use one month"). Each is followed, anywhere
// later in the sentence, by the writer correcting (below), often after the trouble others reported ("the night staff
// told me the scores were being skipped, so I moved …").
const OCCASION_OF_USE =
  /^\W*the\s+first\s+(?:[\w-]+\s+){0,2}?(?:showed|revealed|proved|exposed|made\s+(?:it\s+)?clear)\b|\b(?:after|once|when)\s+the\s+(?:[\w-]+\s+)?(?:trial|pilot|trial\s+period|pilot\s+period|test\s+period)\s+(?:had\s+)?(?:ended|finished|closed|was\s+over)\b|\b(?:after|once|when)\s+the\s+new\s+(?:[\w-]+\s+){1,2}?(?:was|were|had\s+been)\s+(?:in\s+use|live|running|in\s+place)\b/i;

// The writer's verb later in the sentence, after "so", "and", a comma or "from then on": its subject and the verb.
const WRITER_VERB =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|quickly\s+|simply\s+)?(went\s+through|read\s+through|[a-z-]+)\b\s*(\w*)/gi;

// A practice the writer changed from the occasion on, whatever its verb: "so from then on we refilled one rig".
const FROM_THEN_ON =
  /\b(?:from\s+then\s+on|after\s+that|since\s+then|from\s+that\s+(?:day|point|week)\s+on)\s*,?\s*(?:I|we)\s+(?:\w+ly\s+|also\s+)?[a-z]+/i;

// Hindsight or a plan: "after the first month I would check …", "next time".
const NOT_DONE = /\b(?:would|should|could\s+have|will|next\s+time|if\s+I\s+(?:did|ran|had))\b/i;

// A second verb of the writer's, joined by "and": "I compared the yield maps … and cut the rate on two fields".
const JOINED_VERB = /\b(?:I|we)\b[^.;:]*?\band\s+(?:then\s+)?([a-z-]+)\b/gi;

/** Whether a writer's verb after `from` in the text corrects, or reviews every case ("checked every form"). */
function writerCorrectsAfter(text: string, from: number): boolean {
  const rest = text.slice(from);
  for (const m of rest.matchAll(WRITER_VERB)) {
    const act = m[1].toLowerCase();
    if (CORRECTS.test(act) || (REVIEWS.test(act) && /^(?:every|each|all)$/i.test(m[2]))) return true;
  }
  for (const m of rest.matchAll(JOINED_VERB)) if (CORRECTS.test(m[1].toLowerCase())) return true;
  return false;
}

/** A correction or a review of every case made after (or during) the first run of something in use. */
export const correctedAfterFirstRun: Finder = (v) => {
  if (PROJECT_PHASE.test(v.text) || NOT_DONE.test(v.text)) return undefined;
  const occasion = OCCASION_OF_USE.exec(v.text);
  const after = occasion && v.text.slice(occasion.index + occasion[0].length);
  if (
    occasion &&
    after !== null &&
    (FROM_THEN_ON.test(after) || writerCorrectsAfter(v.text, occasion.index + occasion[0].length))
  )
    return { start: occasion.index, end: occasion.index + occasion[0].length };
  const m = FIRST_RUN_OCCASION.exec(v.text);
  if (!m || BEFORE_USE.test(m[2].toLowerCase()) || BEFORE_USE.test((m[3] ?? '').toLowerCase())) return undefined;
  const end = m.index + m[0].length - (m[3]?.length ?? 0);
  // "In the first month I also met every new nurse": a time inside the first month tells the writer's other work
  // unless a practice changed "from then on".
  const inside = /^(?:in|within|on)$/i.test(m[1]);
  const changed = FROM_THEN_ON.test(v.text.slice(end)) || (!inside && writerCorrectsAfter(v.text, end));
  return changed ? { start: m.index, end } : undefined;
};
