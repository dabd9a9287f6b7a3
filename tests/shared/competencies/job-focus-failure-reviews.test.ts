// Failure & learning asked as a look back at what went wrong and a change drawn from it (session 42,
// lexicons/failure-reviews.ts): "Investigate each fall on the ward and make sure the agreed changes are carried out",
// "Analysis of picking errors and improvement of the picking process", "Every failed batch is examined by you and the
// method is changed". A review and a change with nothing gone wrong, a failure investigated and reported with nothing
// changed, a repair with no look back and a look back done by someone else stay unread. The lines are our own writing,
// made up for these tests (no posting's words; fixture folder own-s42-failure-reviews): the tuning rows (rows.json)
// were used while writing the rule; the aside rows (rows-aside.json) were written with them, before the rule, and
// measured at the end. Each row's note says why it is read or not.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { askedInDuty, generic, itReadsAskRows, ml, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s42-failure-reviews');

// Rows the rules do not read, kept as todos so the figure stays honest (before: tuning 0 of 36 asks read, aside 0 of
// 36; after: tuning 26 of 36, aside 24 of 36; no near miss read before or after, 0 of 8 in each half). The tuning
// rows' notes give the reason: lateness told by an adjective, the parts on either side of a colon, follow-up actions
// (which the writers label both ways, so the rule refuses them), a failure told too far from its look back. The aside
// rows were measured and not traced.
const NOT_YET_READ: readonly string[] = [
  'Review every late delivery with the drivers and improve the routes from what you find.',
  'Reviewing late deliveries together with the drivers and improving routes from the findings.',
  'You will review late deliveries with drivers, then improve the routes based on what you learn.',
  'After each near miss: debrief the crew, lessons into the next briefing.',
  'Run the review after each outage and see that the agreed actions are completed.',
  'Running outage reviews and following the agreed actions through to completion.',
  'Post-outage reviews run by you, agreed actions completed.',
  'Mock results reviewed each term, and the scheme of work changed where pupils failed.',
  'Stock losses: investigate with the vet, put changes in place.',
  'Errors in the month-end close reviewed and the controls improved.',
  // Aside.
  'Investigate medication errors with the pharmacist and make sure the recommendations are acted on.',
  'Investigation of medication errors with the pharmacist, and the recommendations acted on.',
  'Investigating medication errors together with the pharmacist and acting on the recommendations.',
  'Missed collections reviewed with the crews; rounds improved from it.',
  'After each incident: debrief the staff, adapt the care plans.',
  'Leading reviews of failed releases and seeing the agreed changes made.',
  'Failed releases: lead the review, make sure changes are made.',
  'Guest complaints: look into each one and change the routine.',
  'Delays reviewed job by job with the foremen and the planning improved.',
  'Investigate data breaches with the DPO and make sure the actions are completed.',
  'Investigating breaches with the DPO and making sure actions are completed.',
  'Data breaches investigated with the DPO, actions completed.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('failure reviews (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ));
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('failure reviews', () => {
  it('reads the frame in both frameworks', () => {
    const line = 'Investigate accidents on the yard and change the loading procedure from what you find.';
    expect(askedInDuty(line, generic)).toContain('generic.failure-learning');
    expect(askedInDuty(line, ml)).toContain('ml.failure-learning');
  });

  it('leaves a look back by someone else to them', () => {
    expect(
      askedInDuty('The safety team investigates every accident and changes the procedures.', generic),
    ).not.toContain('generic.failure-learning');
  });
});
