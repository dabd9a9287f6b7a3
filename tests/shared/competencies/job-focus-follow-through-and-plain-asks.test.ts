// Follow-through asks read as ownership ("chase the actions", "make sure the agreed changes are made", "check they
// stick") and asks a posting outside software makes in plain or domain words ("get to the bottom of why", "without
// falling out with them", "planning the year's work", "read every review", "teach the foundation doctors"), each read
// by the frame of the ask: a verb of the ask and the kind of its object. The sentences are our own writing, made up for
// these tests (no posting's words): the first list was written before the rules and used while writing them; the
// second was put aside before any rule was written and first run once they were (22 of 25 asks caught, 0 of 11 near
// misses read). Near misses (`false`) must stay unread: a thing checked that is no agreed action, a party only named,
// page furniture, someone else's duty. The sentences neither list catches yet are listed as todos.
import { describe, it } from 'vitest';
import { itReadsAskRows, type AskRow } from './asked-in-duty';

const WRITTEN_FIRST: AskRow[] = [
  ['ownership', true, "Run the monthly safety reviews and chase the actions until they're closed"],
  ['ownership', true, 'Agree the fixes with the site leads and check they stick'],
  ['ownership', true, 'Follow up on the actions from each audit until they are done'],
  ['ownership', true, 'Ensure that recommendations from inspections get implemented'],
  ['ownership', true, 'Check that what we decided at the review actually happened'],
  ['ownership', true, 'Carry each project through to the end, not just the start'],
  ['ownership', true, 'Follow the changes through on the wards and check they are still in place a month later'],
  ['ownership', true, 'be responsible that the decided measures are realised'],
  ['ownership', true, 'You will push the agreed improvements until they land'],
  ['ownership', true, "Follow through on what's agreed with the families"],
  ['ownership', true, 'Make sure the follow-up work after each outage really gets done'],
  ['ownership', true, 'After the review, see that the recommendations are put in place'],
  ['ownership', false, 'Make sure the patients are comfortable overnight'],
  ['ownership', false, 'Chase unpaid invoices with customers'],
  ['ownership', false, 'Make sure the changes comply with the fire regulations'],
  ['ownership', false, 'Check that the deliveries match the order'],
  ['ownership', false, 'Our director makes sure the agreed changes are made'],
  ['ownership', false, 'Make sure the room is set up before the meeting'],
  ['communication', true, 'Explain why we do things the way we do, so the volunteers understand'],
  ['communication', true, 'Take the audit results to the clinical governance committee every quarter'],
  ['conflict', true, 'Keep the contractors on side without falling out with them'],
  ['conflict', true, 'Stand your ground when the club captain wants the greens cut shorter'],
  ['technical-depth', true, 'When a pump keeps tripping, get to the bottom of why'],
  ['technical-depth', true, "Find out what's really going on when the numbers look odd"],
  ['execution', true, "Plan the year's work on the estate and keep it to plan"],
  ['execution', true, "Organise the season's jobs so everything's done before the frost"],
  ['customer-focus', true, 'Read every guest review and do something about what they say'],
  ['customer-focus', true, "Reply to the reviews on Google and fix what they're about"],
  ['mentoring', true, 'Teach the foundation doctors on the ward round'],
  ['mentoring', true, 'Bring the two apprentice greenkeepers on until they can run a green alone'],
  ['quality', true, 'Keep the rooms up to the standard that won us our stars'],
  ['communication', false, 'The manager will explain the shift pattern at interview'],
  ['execution', false, 'Planning permission for the new clubhouse was granted in May'],
  ['mentoring', false, 'Teach yourself the booking system in your first week'],
  ['technical-depth', false, 'The bottom of the course floods every winter'],
];

const PUT_ASIDE: AskRow[] = [
  ['ownership', true, 'Make sure the agreed changes are actually made'],
  ['ownership', true, "you'll be the one chasing the follow-ups after every incident review"],
  ['ownership', true, 'Track the corrective actions and close them out'],
  ['ownership', true, 'Keep after the outstanding actions until every one is closed'],
  ['ownership', true, 'Make sure nothing agreed in the handover meeting gets dropped'],
  ['ownership', true, 'chase up the action points from the weekly meeting'],
  ['ownership', true, 'Ensuring audit actions are completed on time'],
  ['ownership', true, 'Review the lessons with the team and make the changes stick'],
  ['ownership', true, 'Close the loop on every action raised at the board'],
  ['ownership', true, 'Drive the remedial actions to completion'],
  ['ownership', true, 'Keep the action tracker moving and close items off'],
  ['ownership', true, 'Once a fix is agreed, you see it through'],
  ['ownership', false, 'Check the doors are locked at the end of the shift'],
  ['ownership', false, 'Track changes to the rota in the shared spreadsheet'],
  ['ownership', false, 'Follow up with the families after discharge'],
  ['ownership', false, 'Ensure staff are trained on the new till'],
  ['ownership', false, 'Chase suppliers for late deliveries'],
  ['ownership', false, 'Check the changes in the log before you sign'],
  ['communication', true, 'Be able to tell the members why the course is closed, in words they get'],
  ['communication', true, "Stand up at the parents' evening and talk everyone through the new timetable"],
  ['conflict', true, 'Handle the odd row between the chefs and the front of house'],
  ['conflict', true, "Sort it out when two of the cleaners aren't speaking to each other"],
  ['technical-depth', true, "Get to the bottom of what's really causing the damp in the flats"],
  ['execution', true, "Draw up the week's work for both crews every Friday"],
  ['customer-focus', true, 'Listen to the members when they say the greens are too slow'],
  ['mentoring', true, 'Show the new porters the ropes'],
  ['impact', true, "Cut the Trust's antibiotic use by 10% in two years"],
  ['conflict', true, 'Stay firm but fair with tenants when things get heated'],
  ['communication', false, 'Plan your journey: free parking is available on site'],
  ['conflict', false, "We never fall out over rotas here, we're a happy team"],
  ['mentoring', false, 'Foundation doctors rotate through the ward every four months'],
  ['mentoring', false, 'Trained staff are available to help guests around the clock'],
  ['customer-focus', false, 'Reviews of the year are published in the annual report'],
];

const NOT_YET_READ = [
  "When we agree a change, it's on you to make it happen",
  'Members can read the reviews on our website',
  "Take the actions from the complaints panel and make sure they're carried out",
  'Find out what the families actually want from the service',
  'Train up the weekend housekeepers',
];

describe.each([
  ['written first', WRITTEN_FIRST],
  ['put aside', PUT_ASIDE],
])('follow-through and plain-word asks (%s)', (_name, rows) => {
  itReadsAskRows(rows);
});

describe('asks not read yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});
