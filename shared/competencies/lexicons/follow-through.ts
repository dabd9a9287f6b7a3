// Follow-through asks read as ownership: the hire sees what was agreed done, by whatever verb the posting uses ("chase
// the actions", "make sure the agreed changes are made", "check they stick", "track corrective actions to closure").
// Read by the frame of the ask, not by one writer's phrase: a verb of pursuing or of checking, an object of the
// agreed-action kind, and (for the checking verbs) a state of being done. Doing the action oneself ("put corrective
// actions in place"), a thing checked that is no agreed action ("make sure the doors are locked", "check the
// deliveries match"), or a fix followed up on its own (a quality duty, fresh-jobs-8) is no follow-through.
// Phrase syntax: see job-focus/phrase-matcher.ts. Verbs are written by their base form: the matcher reads stems, and
// irregular forms ("made", "got", "kept") by the analysis lexicon's base forms.
import { framePhrases } from './phrase-frames';

/** What is agreed to be done after a review, an audit or a meeting: the objects a follow-through verb pursues. */
const AGREED_ACTIONS = [
  'action',
  'follow_up',
  'followups',
  '=recommendations',
  '=recommendation',
  '=findings',
  '=improvements',
  '=remediation',
];
/** The same, or a change agreed: what a checking verb wants done ("the agreed changes", "the decided measures"). */
const AGREED_THINGS = [...AGREED_ACTIONS, '=changes', '=agreed', '=decided'];
/** Verbs that pursue an agreed action by themselves ("chase the actions", "follow up corrective actions"). */
const PURSUE = [
  'chase',
  'chase_up',
  'follow_up',
  'pursue',
  'progress',
  'keep_after',
  'keep_on_top_of',
  'stay_on_top_of',
  'keep_track_of',
];
/** Verbs that pursue only with the end named ("track corrective actions to closure", "push them until they land"). */
const PURSUE_TO_END = ['track', 'drive', 'push', 'carry', 'take', 'see', 'follow', 'monitor'];
/** Verbs of making sure: the ask is that something gets done, by someone. */
const CHECK = [
  'make_sure',
  'ensure',
  'check',
  'see_that',
  'see_to_it',
  'confirm',
  'verify',
  '=responsible_that',
  '=accountable_that',
];
/** The states of being done, as participles ("are made", "get done", "actually get closed"). */
const DONE_STATES = [
  'done',
  'made',
  'closed',
  'completed',
  'implemented',
  'carried_out',
  'put_in_place',
  'in_place',
  'actioned',
  'acted_on',
  'finished',
  'realised',
  'realized',
  'delivered',
  'followed_through',
  'followed_up',
  'carried_through',
  'acted_upon',
  'taken_forward',
  'signed_off',
  'cleared',
  'resolved',
];
/** Being done told by an intransitive verb ("the changes stick", "the follow-ups land"). */
const DONE_VERBS = ['stick', 'land', '=happen', '=happens', '=happened'];
/** The ends pursuit reaches. */
const ENDS = ['closure', 'closed', 'close', 'done', 'complete', 'completed', 'completion', 'finished', 'finish'];
const ENDS_REACHED = ['end', 'land', 'lands', 'landed', 'stick', 'sticks'];
/** A fault's or a complaint's end: what a pursuing verb chases it to ("until they're fixed", "until it is sorted"). */
const FIXED = ['fixed', 'sorted', 'sorted_out', 'resolved', 'repaired', 'mended', 'cleared', 'put_right', 'signed_off'];

export const FOLLOW_THROUGH_PHRASES: readonly string[] = [
  // A pursuing verb needs no agreed action when the end it pursues to is named: "log defects with facilities and chase
  // them until they're closed", "keep chasing until they are fixed", "follow each complaint up until it is closed".
  // (Not the hire pursued: "you will be chased by the agency until your timesheet is in".)
  '!=chased|=pursued|=followed * =by',
  ...framePhrases(PURSUE, '** =until|=till *', [...ENDS, ...FIXED], '$'),
  ...framePhrases(PURSUE, '*', AGREED_ACTIONS),
  ...framePhrases(
    PURSUE_TO_END,
    '*',
    [...AGREED_THINGS, 'it', 'them', 'each', 'every', 'things'],
    '**',
    ['=to', '=until', '=till', '=through'],
    '*',
    [...ENDS, ...ENDS_REACHED],
    '$',
  ),
  // (The agreed thing's noun phrase may run on, and its auxiliary stand in the gap: "the follow-up work after each
  // outage really gets done".)
  ...framePhrases(CHECK, '**', AGREED_THINGS, '**', DONE_STATES),
  ...framePhrases(CHECK, '**', AGREED_THINGS, '*', DONE_VERBS, '$'),
  // "agree the changes with the ward leads and check they stick": a pronoun for what was agreed before.
  ...framePhrases(CHECK, '*', ['=it', '=they', '=these', '=them'], '*', ['stick', 'land'], '$'),
  // "Check that what we decided at the review actually happened": the agreed thing told as a free relative.
  ...framePhrases(CHECK, '**', ['=what', '=whatever', '=everything'], '*', ['=agreed', '=decided', '=promised'], '**', [
    '=happened',
    '=happens',
    '=happen',
    'done',
    'made',
    'delivered',
  ]),
  // "Make sure nothing agreed gets dropped", "making sure nothing falls through the cracks".
  ...framePhrases(CHECK, '* =nothing **', ['=agreed', '=decided', '=promised'], '**', [
    'dropped',
    'forgotten',
    'lost',
    'missed',
  ]),
  ...framePhrases(CHECK, '* =nothing ** fall|slip * through'),
  // "Follow the changes through on the wards", "carry the recommendations through".
  ...framePhrases(['follow', 'carry'], '*', AGREED_THINGS, '* through'),
  // "make the changes stick"
  ...framePhrases('make *', [...AGREED_THINGS, '=it', '=them'], '* stick $'),
  'to =closure',
  // "finish what you start". (Not "tie up loose ends" before a hand-over: labeled no ownership, phrasings.json s20.)
  'finish|finishes|finishing what * start|starts|started',
  'close|closes|closing|closed the loop',
  ...framePhrases(['close_out', 'close_off'], '*', [...AGREED_ACTIONS, '=items']),
  ...framePhrases('close *', [...AGREED_ACTIONS, '=items', '=them'], '* out|off $'),
];
