// Session 21: "what broke first as it grew" is not asked of people counted with no rate ("used by about 12,000 staff",
// "about 85 students"), of the volume a help desk, a helpline or a clinic handles (people's workload), or of a
// count of harm named by a word the ninth set did not use (falls, late trucks, stockouts, missed doses). A measured
// change whose period the sentence tells is not asked "over what period"; a multiplier applied to a setting ("doubled
// the partitions") is not asked how it was measured; a need denied ("it needed no new contract") gives no partner a
// stake; a limit word in the option a choice turned down ("over a single earlier deadline") is no constraint.
// Sentences written for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const scaleOf = (situation: string) =>
  followUps({ ...EMPTY, situation, action: 'I traced it and fixed it.' }).filter((f) => f.kind === 'scale');
const ofKind = (story: Partial<StoryText>, kind: string) =>
  followUps({ ...EMPTY, ...story }).filter((f) => f.kind === kind);

describe('people counted with no rate are a population, not load', () => {
  const populations: [string, string][] = [
    ['HR tool', 'Our internal expenses tool was used by about 12,000 staff across four countries.'],
    ['teacher', 'I teach English to three Year 11 classes, about 85 students.'],
    ['nurse', 'The trust employs around 4,000 nurses on two sites.'],
    ['finance', 'The payroll run covered roughly 2,300 staff every month-end.'],
    ['school', 'Our school has about 1,100 students and one shared timetable.'],
  ];
  it.each(populations)('%s', (_voice, situation) => {
    expect(scaleOf(situation)).toEqual([]);
  });

  it('users and customers still send load, and a rate is still load', () => {
    expect(scaleOf('The app had about 3 million monthly users by the spring.')).toHaveLength(1);
    expect(scaleOf('The booking system handled about 9,000 student logins a day.')).toHaveLength(1);
  });
});

describe('a desk, a helpline or a clinic handles people’s workload', () => {
  const desks: [string, string][] = [
    ['IT', 'Our IT help desk got about 1,200 tickets a month, and a third of them were password resets.'],
    ['council', 'Our council helpline took around 20,000 calls a month.'],
    ['contact centre', 'The contact centre answered about 8,000 calls a day in December.'],
    ['clinic', 'The clinic saw roughly 300 patients a week with two doctors.'],
    ['reception', 'The front reception handled around 150 visitors a day.'],
  ];
  it.each(desks)('%s', (_voice, situation) => {
    expect(scaleOf(situation)).toEqual([]);
  });

  it('a system named as the doer still carries load', () => {
    expect(scaleOf('Our ticketing platform ingested about 50,000 emails a day.')).toHaveLength(1);
  });
});

describe('a count of harm is the size of a problem', () => {
  const harms: [string, string][] = [
    ['nurse', 'The ward logged around 12 patient falls a month, mostly on night shifts.'],
    ['logistics', 'Roughly 90 trucks a week left late from the cross-dock.'],
    ['retail', 'The chain logged about 1,800 stockouts a week on its top products.'],
    ['pharmacy', 'About 30 doses a week were delayed because the drug was not on the ward.'],
    ['teacher', 'About 20 pieces of coursework a term came in overdue.'],
  ];
  it.each(harms)('%s', (_voice, situation) => {
    expect(scaleOf(situation)).toEqual([]);
  });
});

describe('a measured change whose period is told is not asked for it', () => {
  const metric = (result: string) => ofKind({ result }, 'metric').map((f) => f.question);
  it.each([
    ['nurse', 'Falls fell by 40% the following quarter.'],
    ['retail', 'Stockouts dropped by 35% over the next two months.'],
    ['pharmacy', 'Missed doses dropped to about 8 a week within two months.'],
    ['finance', 'Mismatched claims fell by 60% in the first two months after launch.'],
    ['opening', 'In the first quarter after launch, churn fell by 8%.'],
  ])('%s', (_voice, result) => {
    const [q] = metric(result);
    expect(q).toMatch(/how was that measured/);
    expect(q).not.toMatch(/what period/);
  });

  it('asks whether it held when the baseline and the period are both told', () => {
    expect(metric('Late departures dropped from 15% to 4% over the next eight weeks.')[0]).toMatch(/has it held since/);
  });

  it('still asks the period when none is told, or when it only names what is counted', () => {
    expect(metric('Churn fell from 6% to 4.5%.')[0]).toMatch(/over what period/);
    expect(metric('The share of listings sold in their first week rose from 3% to 7%.')[0]).toMatch(/over what period/);
  });
});

describe('a multiplier applied to a setting is no result', () => {
  it.each([
    ['data engineering', 'We changed the key to spread users evenly and doubled the partitions.'],
    ['SRE', 'Tripled the replica count before the sale.'],
    ['ML', 'Halved the batch size so the model fit on one GPU.'],
  ])('%s', (_voice, action) => {
    expect(ofKind({ action }, 'metric')).toEqual([]);
  });

  it('a multiplier on a measure is still asked about', () => {
    expect(ofKind({ result: 'The change doubled checkout throughput.' }, 'metric')).toHaveLength(1);
  });
});

describe('no partner stake in a need denied, no constraint in the option turned down', () => {
  it('a need denied', () => {
    const action =
      'I compared two tools and chose the one built into our identity provider, because it needed no new contract and the security team had already approved it.';
    expect(ofKind({ action }, 'partner')).toEqual([]);
  });

  it('a limit word in the option turned down', () => {
    const action =
      'I chose checkpoints over a single earlier deadline, since the late students left everything to the last week.';
    expect(ofKind({ action }, 'constraint')).toEqual([]);
    expect(
      ofKind({ action: 'I chose the smaller model because we had to ship within two weeks.' }, 'constraint'),
    ).toHaveLength(1);
  });
});

describe('a deadline or a thing to keep as it was, set in the setup, is a limit to ask about', () => {
  const constraintOf = (task: string) => ofKind({ task, action: 'I rebuilt the plan and ran it.' }, 'constraint');
  it.each([
    ['teacher', 'My head of department asked me to close the gap by the end of the spring term.'],
    ['finance', 'The controller asked me to cut the close to five days before the audit.'],
    ['product', 'I was told to have the new onboarding flow live in time for the January renewals.'],
    ['SRE', 'I had to move the last services off the old cluster ahead of the contract renewal.'],
    ['data', 'I owned the export, and the fix had to keep the same file format for the bank.'],
    ['ML', 'The new model needed to fit on the existing edge devices.'],
    ['support', 'The new routing had to stay within the current staffing budget.'],
  ])('%s', (_voice, task) => {
    expect(constraintOf(task)).toHaveLength(1);
  });

  it('a goal to keep something going is no limit', () => {
    expect(constraintOf('I needed to keep the project moving and the team motivated.')).toEqual([]);
    expect(constraintOf('I wanted to keep everyone informed about the change.')).toEqual([]);
  });
});

describe('a level a measure kept while the work changed something else is asked how it was watched', () => {
  const metric = (result: string) => ofKind({ result }, 'metric').map((f) => f.question);
  it.each([
    ['search', 'Search latency stayed at about 90 ms at p95.'],
    ['support', 'Average handle time stayed at about 6 minutes.'],
    ['nurse', 'Bed occupancy remained under 92% through the winter.'],
    ['retail', 'Conversion held steady at 3.1% on the changed pages.'],
    ['SRE', 'Error rates stayed below 0.1% during the migration.'],
  ])('%s', (_voice, result) => {
    const [q] = metric(result);
    expect(q).toMatch(/how did you watch that/);
  });

  it('a level held on an offline set is asked as a measure', () => {
    expect(metric('Recall stayed at 97% on the held-out set.')[0]).toMatch(/how was that measured/);
  });

  it('a setting the writer kept is no measure', () => {
    expect(metric('We kept the timeout at 30 seconds.')).toEqual([]);
  });
});

describe('a count of failures the work removed is not asked how it was attributed', () => {
  const attribution = (result: string) => ofKind({ result }, 'attribution');
  it.each([
    ['booking', 'Failed bookings dropped from about 1,100 a week to 90.'],
    ['payments', 'Failed orders fell by 30% after the retry fix.'],
    ['CI', 'Broken builds on main dropped from 20 a week to 2.'],
    ['mobile', 'Crashed sessions in the checkout fell by half.'],
  ])('%s', (_voice, result) => {
    expect(attribution(result)).toEqual([]);
  });

  it('an outcome others move too is still asked', () => {
    expect(attribution('Cancelled orders fell by 20% over the quarter.')).toHaveLength(1);
    expect(attribution('Monthly churn fell from 6% to 4.5%.')).toHaveLength(1);
  });
});
