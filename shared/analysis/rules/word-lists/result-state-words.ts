// Words of results told as a party's new standing or state (result-state-outcomes.ts): the units and roles a
// standing is held by, the grades a party regains, the tests people pass, the custom that returns, what an
// outside party closes or renews. Nouns match their plurals; verbs every inflection.
import { lemmaSet } from './lemma-set';

/** Places and units a standing is held by: "top branch", "the best-rated pharmacy", "first team". */
export const RANKED_UNITS = lemmaSet(
  'ranked-units',
  [
    'branch',
    'store',
    'shop',
    'pharmacy',
    'school',
    'ward',
    'clinic',
    'depot',
    'site',
    'farm',
    'restaurant',
    'office',
    'team',
    'hotel',
    'salon',
    'garage',
    'dealership',
    'franchise',
    'agency',
    'firm',
    'unit',
    'practice',
    'region',
    'dairy',
    'kitchen',
    'centre',
    'center',
    'library',
    'lab',
    'crew',
    'squad',
    'station',
    'warehouse',
  ],
  [],
  { nouns: true },
);
/** What a grade is given as: a band, a tier, a rating, a certification. */
export const GRADE_NOUNS = lemmaSet(
  'grade-nouns',
  [
    'band',
    'tier',
    'grade',
    'rating',
    'status',
    'certification',
    'accreditation',
    'licence',
    'license',
    'listing',
    'star',
    'mark',
    'kitemark',
    'charter',
    'category',
  ],
  [],
  { nouns: true },
);
/** What people pass or qualify in, after the verb or "as": "passed the B1 exam", "qualify as electricians". */
export const QUALIFYING_TESTS = lemmaSet(
  'qualifying-tests',
  ['exam', 'test', 'assessment', 'course', 'module', 'certificate', 'licence', 'license', 'degree', 'qualification'],
  [],
  { nouns: true },
);
/** Custom that comes back: "repeat work", "repeat bookings", "repeat orders". */
export const CUSTOM_NOUNS = lemmaSet(
  'custom-nouns',
  [
    'work',
    'business',
    'custom',
    'customer',
    'client',
    'order',
    'booking',
    'visit',
    'sale',
    'contract',
    'purchase',
    'buyer',
  ],
  [],
  { nouns: true },
);
/** Verbs of asking someone back: "asked me back", "booked us again", "hired her back". */
export const ASK_BACK_VERBS = lemmaSet('ask-back-verbs', [
  'ask',
  'invite',
  'book',
  'hire',
  'want',
  'call',
  'bring',
  'have',
  'engage',
  'use',
  'choose',
  'pick',
  'come',
]);
/** What an outside party closes, clears or lifts: "closed the finding", "lifted the restriction". */
export const CLOSED_FINDINGS = lemmaSet(
  'closed-findings',
  [
    'finding',
    'action',
    'non-conformity',
    'nonconformity',
    'observation',
    'recommendation',
    'condition',
    'notice',
    'warning',
    'restriction',
    'objection',
    'concern',
    'embargo',
  ],
  [],
  { nouns: true },
);
/** What a party renews: "renewed our contract", "renewed the licence". */
export const RENEWED_THINGS = lemmaSet(
  'renewed-things',
  ['contract', 'licence', 'license', 'agreement', 'funding', 'grant', 'lease', 'subscription', 'tenancy', 'retainer'],
  [],
  { nouns: true },
);
