// Profile lines about the writer rather than their work (ERROR-KINDS-S28-FRESH20, class 4 and
// self-description): a qualification held ("Trained in …", "Chartered (…) 2017") and an interest or a
// goal told with an "-ing" verb ("Currently learning …", "Currently looking for …", "… in my spare
// time"). Each with the near miss that stays the writer's claim. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const claim = (text: string) => sentenceFacts(text).isClaim;

describe('a qualification held', () => {
  it('is no claim: a credential before "in"/"as", a bracket, a comma or a year', () => {
    for (const line of [
      'Trained in phlebotomy and wound care',
      '• Certified in AWS networking (2022)',
      'qualified as a social worker (2015)',
      'Chartered (CIPD), 2019',
      'Registered 2016',
    ]) {
      expect(claim(line), line).toBe(false);
    }
  });

  it('stays a claim with an object after the participle or an act later in the line', () => {
    for (const line of [
      'Trained 40 porters in manual handling',
      'Trained in Lean; cut rework by a third',
      'Trained in Lean, then rolled it out to 6 wards',
      'Certified the new packing line for food safety',
    ]) {
      expect(claim(line), line).toBe(true);
    }
  });
});

describe('an interest or a goal told with an "-ing" verb', () => {
  it("is no claim: learning, seeking, or anything in the writer's own time", () => {
    for (const line of [
      'Currently learning Go',
      '- currently learning Welsh (evening classes)',
      'Currently looking for senior data roles in Leeds',
      'Currently seeking a new challenge in healthcare analytics',
      'Building a home weather station in my spare time',
    ]) {
      expect(claim(line), line).toBe(false);
    }
  });

  it("keeps the writer's current work a claim", () => {
    for (const line of [
      'Currently leading a team of 8 on the payments platform',
      'Currently migrating the billing service to Postgres',
      'Currently looking after 14 beds on the stroke ward',
      'Teaching Year 9 maths on weekends',
      // Verbs that are no act after "I" ("I care about …") but are the job itself heading a line.
      'Caring for older people with dementia on a busy ward',
      'Seeing 25 patients a day in the walk-in clinic',
      'Minding three children under five, full time',
    ]) {
      expect(claim(line), line).toBe(true);
    }
  });
});
