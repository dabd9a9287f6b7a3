// Asks the round-2 job probes showed unread, each read by a widened frame rather than the probe's phrase: a question
// of the work left open (no clear answer to be had; a question still being worked out; not knowing yet whether the
// people served want something) as ambiguity, a colleague helped to work towards a standing as mentoring, and a
// failure's repeat denied ("so the same thing doesn't happen again") as failure and learning. The sentences are our
// own writing, made up for these tests (no posting's words): the first list was written before the rules and used
// while writing them; the second was put aside before any rule was written and first run once they were. Near misses
// (`false`) must stay unread: a question of the job's terms, an answer only missing at the door, a target worked
// towards, a thing done twice that is no failure.
import { describe, it } from 'vitest';
import { itReadsAskRows, type AskRow } from './asked-in-duty';

const WRITTEN_FIRST: AskRow[] = [
  ['ambiguity', true, "There often won't be a right answer, so you'll make the call with the facts you have"],
  ['ambiguity', true, "There is no textbook answer for most of the calls you'll take on nights"],
  ['ambiguity', true, "We're still working out, as a team, how the new ward should run"],
  ['ambiguity', true, 'We are still figuring out which crops suit the new fields'],
  ['ambiguity', true, "We don't know yet whether farmers will actually use the app"],
  ['ambiguity', true, 'Nobody knows yet if the parents want an evening slot or a weekend one'],
  ['mentoring', true, 'Support the apprentices to work towards their Level 3'],
  ['failure-learning', true, "Review every fall on the ward so the same thing doesn't happen again"],
  ['failure-learning', true, 'Look at each complaint so that the same mistake never happens twice'],
  ['ambiguity', false, "We don't know yet whether the post will be extended past March"],
  ['ambiguity', false, "If there's no answer at the door, leave a card"],
  ['ambiguity', false, "We're still working on the new rota"],
  ['mentoring', false, 'Work towards the end-of-year targets with your manager'],
  ['failure-learning', false, "Make sure the same customer isn't charged twice"],
];

// Written second, before the grievance and work-done-properly frames: worries and gripes handled, work made sure of.
const WRITTEN_SECOND: AskRow[] = [
  ['conflict', true, 'Deal with the relatives’ worries calmly before they turn into complaints'],
  ['conflict', true, 'Handle the tenants’ gripes about noise fairly'],
  ['conflict', true, 'Sort out grievances between the pickers before they grow'],
  ['quality', true, 'Make sure the cleaning checks are done properly on every shift'],
  ['quality', true, 'Ensure every delivery note is done correctly before the lorry leaves'],
  ['quality', true, 'make sure that the milking routine is carried out right each morning'],
  ['conflict', false, 'We know starting a new job brings worries, so we pair you with a buddy'],
  ['quality', false, 'Make sure you are done by four on Fridays'],
  ['quality', false, 'Make sure the patients are settled properly at night'],
];

const WRITTEN_SECOND_ASIDE: AskRow[] = [
  ['conflict', true, 'handle staff grievances with the HR adviser'],
  ['quality', true, 'Ensure the fire checks are done properly and written up'],
  ['quality', true, 'Make sure the dressings are done right the way the consultant asks'],
  ['conflict', false, 'No worries if you have never worked on a farm before'],
  ['quality', false, 'Make sure the handover is done before you go home'],
];

// Written third, after the open probes' figures moved and the aside probes' did not: the other wordings their writer
// named (leading doers of a trade with no count, helping newcomers get comfortable, working it out as we go, no
// playbook, in charge of), before any rule for them.
const WRITTEN_THIRD: AskRow[] = [
  ['technical-leadership', true, 'Lead the night bakers and the packers on your shift'],
  ['technical-leadership', true, 'Supervise the cleaners across both sites'],
  ['technical-leadership', true, 'You will lead the loaders on the early dock'],
  ['mentoring', true, 'Help the new analysts get comfortable with our dbt models'],
  ['mentoring', true, 'help new starters settle in and get confident on the line'],
  ['mentoring', true, 'Show the new bakers how we shape and prove the sourdough'],
  ['ambiguity', true, "A lot of this we're working out as we go"],
  ['ambiguity', true, "There isn't a playbook for most of what happens on nights"],
  ['ownership', true, "You'll be in charge of the ingestion pipelines, from the sources to the warehouse"],
  ['technical-leadership', false, 'Lead the way for new drivers joining the scheme'],
  ['technical-leadership', false, 'Lead Bakers and Bakery Assistants wanted for our new shop'],
  ['mentoring', false, 'Help customers get comfortable with the self-checkout'],
  ['ambiguity', false, 'Clean as you go and keep the bench clear'],
  ['ownership', false, 'The person in charge of recruitment will call you'],
];

const WRITTEN_THIRD_ASIDE: AskRow[] = [
  ['technical-leadership', true, 'Lead the pickers and the packers through peak'],
  ['technical-leadership', true, 'supervising the inspectors on the north line'],
  ['mentoring', true, 'Show the new porters how the lifts and the linen runs work'],
  ['ambiguity', true, 'we are still figuring it out as we go'],
  ['ambiguity', true, 'There is no rulebook for this kind of case'],
  ['ownership', true, 'You are in charge of the cold store and everything in it'],
  ['technical-leadership', false, 'Lead the tasting for our buyers every spring'],
  ['mentoring', false, 'Help patients get comfortable before the scan'],
  ['ownership', false, 'Ask the nurse in charge of the ward for a visitor pass'],
];

const PUT_ASIDE: AskRow[] = [
  ['ambiguity', true, "Some weeks there won't be a clear answer and you will decide with what you know"],
  ['ambiguity', true, 'There is rarely an obvious right answer in family law, and you need to be at ease with that'],
  ['ambiguity', true, 'We are still learning what works for the pupils on the new timetable'],
  ['ambiguity', true, 'we dont know still if the growers will pay for it'],
  ['ambiguity', true, 'Nobody is sure yet whether patients want video appointments'],
  ['mentoring', true, 'help the keen ones work towards their HGV licence'],
  ['mentoring', true, 'Support our junior chefs as they work towards sous chef'],
  ['failure-learning', true, 'Talk through every near miss with the crew so it does not happen again'],
  ['failure-learning', true, 'Go through each medication error so that the same thing never happens again'],
  ['ambiguity', false, "We don't know yet whether you will start in Leeds or in York"],
  ['ambiguity', false, "If there's no answer on the main line, ring the depot"],
  ['mentoring', false, "You'll work towards the monthly sales target"],
  ['failure-learning', false, 'Make sure the same patient is not booked twice'],
];

// "drivers" names the people served as well as colleagues (served-people.ts), so it is no colleague grown yet.
// A grievance named before the verb and taken up by a pronoun is not read through it.
const NOT_YET_READ = [
  'Help the best drivers work towards their instructor licence',
  'Listen to the parents’ worries and deal with them before they escalate',
  'Help our new hires get comfortable with the on-call rota',
];

describe.each([
  ['written first', WRITTEN_FIRST],
  ['put aside', PUT_ASIDE],
  ['written second', WRITTEN_SECOND],
  ['written second, put aside', WRITTEN_SECOND_ASIDE],
  ['written third', WRITTEN_THIRD],
  ['written third, put aside', WRITTEN_THIRD_ASIDE],
])('open questions, growth and repeats denied (%s)', (_name, rows) => {
  itReadsAskRows(rows);
});

describe('asks not read yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});
