// Words of results told as a party's new standing or state (result-state-outcomes.ts): the units and roles a
// standing is held by, the grades a party regains, the tests people pass, the custom that returns, what an
// outside party closes or renews. Nouns match their plurals; verbs every inflection.
import { lemmaSet, wordSet } from './lemma-set';

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
    'nursery',
    'home',
    'desk',
    'department',
    'choir',
    'club',
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
  [
    'exam',
    'test',
    'assessment',
    'course',
    'module',
    'certificate',
    'licence',
    'license',
    'degree',
    'qualification',
    // Competitions qualified for: "qualified for the national finals", "for the county cup".
    'final',
    'semi-final',
    'championship',
    'national',
    'playoff',
    'tournament',
    'cup',
    'competition',
  ],
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
    'account',
    'tenant',
    'subscriber',
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
/**
 * Verbs by which an outside party grades or grants a standing: "Ofsted rated the nursery Outstanding",
 * "licensed our clinic for minor surgery", "Accredited by UKAS", "named our restaurant the best in town".
 * The first five want a value after them (a grade, a band, a place); the rest grant by themselves.
 */
export const GRADING_VERBS = lemmaSet('grading-verbs', ['rate', 'grade', 'score', 'name', 'vote']);
export const GRANTING_VERBS = lemmaSet('granting-verbs', [
  'license',
  'licence',
  'accredit',
  'certify',
  'register',
  'approve',
  'recognise',
  'recognize',
]);
/** Values a grade is given as, besides a capitalised name ("rated Good"): "rated outstanding", "certified organic". */
export const GRADE_VALUES = wordSet('grade-values', [
  'outstanding',
  'excellent',
  'good',
  'gold',
  'silver',
  'bronze',
  'platinum',
  'green',
  'organic',
  'a',
  'a+',
  'top',
  'best',
  'first',
  'highest',
]);
/** Grades that tell a bad standing: "graded Poor", "rated Inadequate", "red". */
export const LOW_GRADES = wordSet('low-grades', [
  'poor',
  'inadequate',
  'unsatisfactory',
  'weak',
  'failing',
  'fail',
  'red',
  'requires',
  'high',
  'worst',
  'lowest',
  'bottom',
  'special',
]);
