// Customer focus asked as the hire serving the people a business serves, named in the trade's own words (session 42,
// lexicons/serving-frames.ts, with WordNet's family of the served in served-people-generated.ts): "Look after our
// members at the front desk", "Greet every guest by name", "Every guest greeted by you". The company's market told in
// its blurb, its own staff, crew or board, the hire's team, care for things, a thing named after the served and
// someone else's act stay unread. The lines are our own writing, made up for these tests (no posting's words; fixture
// folder own-s42-served): the tuning rows (rows.json) were used while writing the rule; the aside rows
// (rows-aside.json) were written with them, before the rule, and measured at the end. Each row's note says why it is
// read or not.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_DESCRIPTIONS_DIR } from '../../../scripts/job-descriptions';
import { askedInDuty, generic, itReadsAskRows, ownAskRows } from './asked-in-duty';

const DIR = join(JOB_DESCRIPTIONS_DIR, 'own-s42-served');

// Rows the rules do not read, kept as todos so the figure stays honest (before: tuning 8 of 36 asks read, aside 1 of
// 36; after: tuning 25 of 36, aside 20 of 36; near misses read: none in the tuning half, and in the aside half one
// ("Our doctors look after patients …") until the serving verbs joined the tokenizer's doer verbs, after the aside was
// measured). Reasons in the tuning half: a served word WordNet does not give as one ("regulars" is mostly an adjective,
// "diners" are eaters, a kind of consumer below the depth taken), a singular served word as a modifier ("tenant
// calls"), a verb without its preposition ("listen passengers"), an ask told by the served's need ("passengers needing
// assistance"), a verbless value ("Customer first"). The aside rows were measured and not traced. The serving verbs left
// the tokenizer's doer verbs again in session 42 (the coordinator's check: they cost the session-41 blind job probe two
// asks in each framework, and moved no spent writer), so the aside near miss "Our doctors look after patients …" is
// read wrongly again and kept here.
const NOT_YET_READ: readonly string[] = [
  'Answering tenant calls about repairs and keeping tenants informed.',
  'You listen passengers and pass on what they say about service.',
  'Keep our regulars happy and make newcomers feel at home.',
  'Keeping regulars happy and newcomers at home.',
  'Regulars kept happy by you, newcomers made welcome.',
  'Making sure passengers needing assistance get it on time.',
  'Passengers needing assistance: make sure they get it on time.',
  'Serve our diners with warmth and know the menu well enough to guide them.',
  'Serving diners warmly and guiding them through the menu.',
  'Diners served with warmth and guided through the menu by you.',
  'Customer first in every decision on shop floor.',
  // Aside.
  'Learners falling behind: help them with extra sessions.',
  'Being the first call for clients when their account has a problem.',
  'First call for clients with an account problem: you.',
  "Replying to patrons' messages within a day.",
  'Patron messages: reply within one day.',
  'Support students with their course choices and any worries they bring.',
  'Supporting students with course choices and their worries.',
  'Students supported by you in course choices and worries.',
  'Garden visitors: looked after and their questions answered by you.',
  "Deal with customers' questions on the phone and by email.",
  'Dealing with customer questions by phone and email.',
  'Customer questions by phone and email dealt with by you.',
  'Go out of your way for the clients who rely on us.',
  'Going out of the way for clients relying on us.',
  'Clients who rely on us: you go out of your way for them.',
  'Tenants who struggle with rent helped to find support.',
  // Aside near miss read wrongly (the company's doctors, not the hire): see above.
  'Our doctors look after patients from across the county.',
];

describe.each([
  ['tuning', 'rows.json'],
  ['aside', 'rows-aside.json'],
] as const)('serving frames (%s rows)', (_set, file) => {
  itReadsAskRows(ownAskRows(DIR, file, NOT_YET_READ));
});

describe('rows read wrongly yet', () => {
  for (const line of NOT_YET_READ) it.todo(line);
});

describe('serving frames', () => {
  it('reads the hire serving the served in any trade', () => {
    expect(askedInDuty('Look after the caravan park residents and answer their questions.', generic)).toContain(
      'generic.customer-focus',
    );
  });

  it('leaves a served word that only names a thing unread', () => {
    expect(askedInDuty('Look after the electronic patient record and its interfaces.', generic)).not.toContain(
      'generic.customer-focus',
    );
  });

  it('leaves the company serving its market, or a thing serving, to them', () => {
    expect(askedInDuty('We serve over 40,000 members across twelve clubs.', generic)).not.toContain(
      'generic.customer-focus',
    );
    expect(askedInDuty('Find the decision that serves members best.', generic)).not.toContain('generic.customer-focus');
  });
});
