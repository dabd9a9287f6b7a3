// Failure & learning asked as its definition tells it (RUBRIC.md: "to learn from mistakes"; batch 5: "reviewing
// incidents so the same error is not repeated"; batch 7: complaints "with their lessons used to improve the service"),
// not as the words one posting used. Learning from what went wrong is a sequence of three parts inside one sentence:
//   1. a LOOK BACK by the hire: a verb or duty noun of examining what happened (review, investigate, analyse, examine,
//      debrief, look into, go through, find out; "the review of", "Analysis of");
//   2. a thing that WENT WRONG as what is looked at: a failure, error, fault, incident, accident, near miss,
//      complaint, loss, delay, breach, mistake, "what went wrong", "what didn't";
//   3. a CHANGE drawn from it: the practice changed, improved, adapted or amended, or the review's outputs (actions,
//      recommendations, lessons) put into effect, or the review turned into something.
// Any trade's words fill the parts, so "Investigate accidents and near misses and make sure recommendations are acted
// upon", "Debrief the crew after every near miss and put the lessons into the briefing" and "Analysis of the delays in
// the plan and improvement of the planning process" are one frame. The order may also be told from the event ("After
// every rejected shipment, analyse the cause … and change the packing instructions"), or the event may name the review
// ("run the post-incident reviews and turn them into fixes").
// Each part alone is not the competency, and each near miss lacks one: review and change with nothing gone wrong
// ("review the rota and change shifts": planning), a failure investigated and reported with nothing changed
// ("investigate accidents and report them to the HSE": reliability or quality), a failure repaired with no look back
// ("fix faults and change worn parts"). A look back done by someone else ("our safety team reviews every incident")
// is context: the tokenizer marks a doer verb whose clause has a subject other than the hire (tokenize.ts), and the
// frames' look-back words then do not match it.
// The word families: the look-back verbs are the lexicon's verbs of examining (depth's "investigate", "analyse",
// "dig into") taken as acts done after an event; the failures are plain-word-asks' FAILURES (what goes wrong and can
// come back) widened by the rubric's own events of failure & learning (mistakes, incidents, complaints) and the
// general nouns of a mishap (accident, near miss, loss, delay, breach, rejection); the changes are the verbs of
// altering a practice and the nouns a review yields. None is taken from a posting's rows.
// Phrase syntax: see job-focus/phrase-matcher.ts. Every frame is bounded by `**` gaps (at most eight words), so a
// sentence costs one pass per phrase.
import { framePhrases } from './phrase-frames';

/** Verbs and duty nouns of looking back at what happened ("investigation" is a derived noun: listed by itself). */
const LOOK_BACK = [
  'review',
  'investigate',
  'investigation',
  'investigations',
  'analyse',
  'analyze',
  'analysis',
  'examine',
  'examination',
  'debrief',
  'look_into',
  'go_through',
  'find_out',
  'watch_back',
  'postmortem',
  'postmortems',
];
/** What went wrong, named by its noun or verb ("near misses", "the games we lose", "picked wrong"). */
const WENT_WRONG = [
  'fault',
  'failure',
  'fail',
  'failed',
  'breakdown',
  'error',
  'defect',
  'incident',
  'outage',
  'accident',
  '=fall',
  '=falls',
  'miss',
  'mistake',
  'complaint',
  '=loss',
  '=losses',
  '=lose',
  '=lost',
  'delay',
  'breach',
  '=rejected',
  '=rejection',
  '=rejections',
  '=dropped',
  '=wrong',
];
/** A change drawn from the look back: the practice altered, or what a review yields put into effect. */
const CHANGE = ['change', 'improve', 'improvement', 'adapt', 'adjust', 'amend', 'revise', 'revision', 'lesson'];
/** A look back told after its event, as a participle or a noun ("every failed batch is examined by you"). */
const LOOKED_BACK = '=reviewed|=investigated|=analysed|=analyzed|=examined|=debriefed';
/** Words that open a clause told from the event ("After every rejected shipment, analyse the cause …"). */
const FROM_EVENT = 'after|when|whenever|following|if';

/** The phrases of the frame, for the failure & learning lexicon (concepts.ts). */
export const FAILURE_REVIEWS: readonly string[] = [
  // "Investigate accidents and near misses and make sure recommendations are acted upon".
  ...framePhrases(LOOK_BACK, '**', WENT_WRONG, '**', CHANGE),
  // "lead the review of what went well and what didn't, and make sure the agreed changes are made".
  ...framePhrases(LOOK_BACK, "** what =didn’t|=didn't|=went_wrong **", CHANGE),
  // "run the post-incident reviews and turn them into fixes that stick", "accident investigations … actions".
  ...framePhrases(WENT_WRONG, '?', LOOK_BACK, '**', CHANGE),
  ...framePhrases(
    WENT_WRONG,
    '?',
    LOOK_BACK,
    '** turn|turning * into * fix|fixes|change|changes|lesson|lessons|improvement|improvements',
  ),
  // "Every failed batch is examined by you and the method is changed", "Missed collections reviewed … improved".
  ...framePhrases(WENT_WRONG, '*', LOOKED_BACK, '**', CHANGE),
  // "find out what went wrong and change the process behind it".
  ...framePhrases('find|establish|work_out * =went_wrong **', CHANGE),
  // "After every rejected shipment, analyse the cause with the supplier and change the packing instructions".
  ...framePhrases(FROM_EVENT, '*', WENT_WRONG, '**', LOOK_BACK, '**', CHANGE),
  // "make sure changes from the audit are actually implemented": a change drawn from a review of shortfalls.
  'changes|=actions|=recommendations from * audit|audits|inspection|inspections|investigation|investigations',
];
