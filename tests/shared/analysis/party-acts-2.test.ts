// Session 38, task "outcomes": results one step off the session-37 frames. Another party's act told by a phrasal
// verb or idiom, read as lemma + particle in the party-act frame (rules/party-act-outcomes.ts: "came round",
// "took up my chart", "brought my scheme in", "paid out"), a causative "have" or "get" with a verb of restoring
// (rules/adoption-outcomes.ts: "had the council reopen it"), keeping told against others ("kept more members than
// the other dairies", change-outcomes.ts), a thing's act with no second go ("loads first time now",
// state-outcomes.ts), a neutral state after the writer's act ("the yard is flat now", valence-outcomes.ts), people
// helped into a place of their lives ("helped two trainees get back to work", mentee-outcomes.ts). And outcome
// words outside a result: a participle naming people ("patients recovering from surgery", cue-modifiers.ts), a
// present remit over a tool others use ("Own the booking service used by …"), an estimate that moved in a plan
// and a pattern found ("found that sales doubled every December", clauses.ts), one party's request to another
// (requests.ts).
//
// Every sentence below and in party-acts-2-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set or of a probe, and none was gathered from public text. party-acts-2-own.jsonl (tuning) was used while
// writing the rules (23 of 50 right before, 47 after); party-acts-2-own-aside.jsonl was written at the same time,
// put away, and run once at the end (32 of 39 right; 22 before, no near miss read wrong either time): its misses
// are kept below as known misses, not tuned away.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('party-acts-2-own');

/**
 * Tuning rows still read wrong: pa2-009 "Both practices picked up my wound chart" ("pick up" with a noun object
 * is as often a collection: "the courier picked up my parcel"; only "picked it up" is read), pa2-030 "Dug a
 * drainage ditch cutting the top field in two" (a thing cutting a place is told by meaning, not structure),
 * pa2-059 "The new clinic opened on the Monday, …" (an event of the work on a day is not read). Aside rows:
 * pa2-101 "came round to the new handover sheet" (the sheet is neither "my" nor a noun of a plan), pa2-107 "All
 * twelve branches have since taken up the rota I wrote" (a perfect after "since"), pa2-120 "Orders now go out the
 * same day" (a thing's present act with "now"), pa2-121 "The customer is come back" (non-native perfect), pa2-151
 * and pa2-152 "the radiators are warm now", "have stayed warm" (a word of mild good valence), pa2-155 "The food
 * bank opened on the Saturday after I found the volunteers" (an event, as pa2-059). Outside the fixture: "In the
 * plan the estimate shrank to six weeks." is still read, by a Result report's assertion the plan veto of
 * clauses.ts does not reach.
 */
const KNOWN_MISSES = new Set<string>([
  'pa2-009',
  'pa2-030',
  'pa2-059',
  'pa2-101',
  'pa2-107',
  'pa2-120',
  'pa2-121',
  'pa2-151',
  'pa2-152',
  'pa2-155',
]);

describe('results one step off the party-act and result frames (party-acts-2-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome'], 30);
});

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('phrasal and causative acts of another party', () => {
  it.each([
    'The matron came round to using the new falls chart.',
    'He came round in the end.',
    'My manager came around after I showed her the numbers.',
    'The owners eventually came round to the idea.',
    'The clinic took up our referral form after the pilot.',
    'The warehouse team took it up within a week.',
    'The other schools brought our phonics scheme in too.',
    'The chain rolled our deposit scheme out to all stores.',
    'Finance paid out the bonus pot after my review.',
    'I had the drivers renew their permits through my new portal.',
    'Got the landlord to reinstate the lift service.',
  ])('reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));

  it.each([
    // A visit, not a mind changed: a time, a place or a purpose after "came round".
    'The plumber came round on Friday to fix the boiler.',
    'The inspector came round after lunch.',
    'The client came round to the office for the review.',
    // No work as the object: time taken, a hobby, a collection, the writer's own or a body's own act.
    'The client took up most of my week.',
    'She took up running last year.',
    'The courier picked up the parcels I packed.',
    'We brought in two agency nurses for the winter.',
    'The council brought in parking charges.',
    // A causative with a chore, not an act of agreeing or restoring.
    'I had the team look at the logs.',
    'I had my manager check the rota.',
    'Got the kids to tidy up the classroom.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));
});

describe('states and acts after the work', () => {
  it.each([
    'We kept more customers than any other branch last year.',
    'The boiler fires first time now.',
    'Passed my driving test first time.',
    'The bid was approved first time.',
    'Since I resealed the roof, the loft has stayed dry.',
    'Helped 12 clients into work.',
    'Helped the residents move back into their homes after the flood.',
    'Got two of my apprentices back into college.',
  ])('reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));

  it.each([
    // A plan to keep, an occasion counted, a name, a modal or a negation with "first time".
    'We aim to keep more stock than last year.',
    'It was the first time I had led a team.',
    'For the first time, the team met in person.',
    'First time buyers are our main customers.',
    'The engine should start first time.',
    'The van never starts first time.',
    // A state with no act of the writer's in the line, of people, or a timetable.
    'The floor is level now.',
    'The team is remote now.',
    'The office is closed now.',
    'I am calmer now.',
    // People helped somewhere that is no place of their lives.
    'Helped the kids get back to class after break.',
    'Helped the driver back into the cab.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));
});

describe('outcome words outside a result', () => {
  it.each([
    'Patients recovering from strokes need daily physio.',
    'Children struggling with reading get a weekly session with me.',
    'Walked the fields with farmers struggling with the new rules.',
    'Supported families recovering from the floods.',
    'Own the booking service used by every clinic in the region.',
    'The build estimate shrank from eight weeks to six during planning.',
    'We noticed that bookings dropped every August.',
    'The board asked the team to reduce spend by 10%.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));

  it.each([
    'More patients recovering at home meant fewer readmissions.',
    'Cut the queue, with patients recovering faster at home.',
    'Built a demand forecast that cut overstock by 14% in the pilot region.',
    'Built the rota tool used by every ward in the trust.',
    'I asked the suppliers to cut prices and they did, by 8%.',
  ])('still reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));
});
