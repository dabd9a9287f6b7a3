// The parties of a posting's asks: the colleagues, other professions and governing bodies a hire works with, reports
// to, persuades or leads, named by their role ("the vet", "the nutritionist", "the trustees", "the ward sisters", "the
// four greenkeepers"). One word class read by every frame that wants a party (`@party` in a phrase): collaboration
// ("dealing with the vet"), communication ("report progress to the trustees"), influence ("get the GPs to follow …"),
// leadership ("the lads would answer to you"). Listed here are the roles no shape tells; the shapes (a trade's "-ist",
// "-ian", "-wife", "-keeper", "-worker") are read by job-focus/role-nouns.ts, so the next ad's trade needs no entry.
// Never the people a role serves (customers, patients, tenants, pupils): a service to them is no collaboration.
import { PARTNER_ROLES, PARTY_NOUNS, PARTY_ROLES } from '../../analysis/signals/signal-lexicon';

// Words of the analyzer's party lists that name no partner of the hire: the people served or reported to rather than
// worked with, and words that are verbs or the hire's own team as often as roles ("lead the team", "head office").
const NOT_PARTIES = new Set([
  'customer',
  'client',
  'stakeholder',
  'sponsor',
  'union',
  'panel',
  'council',
  'principal',
  // "Work with the product owner" stays no competency (a hard negative of the job-focus tests).
  'owner',
  'lead',
  'head',
  'manager',
  'management',
  'leadership',
  'contact',
  'chair',
  'deputy',
  'liaison',
  'representative',
  'counterpart',
  // "deal with the admin", "the scheduler": the paperwork, a program.
  'admin',
  'scheduler',
]);

/** Roles of partners matched by stem ("nurse" finds "nurses"); words the stemmer folds into another word are below. */
export const PARTY_STEM_WORDS: readonly string[] = [
  ...new Set([
    'team',
    'squad',
    'department',
    'partner',
    'expert',
    'advisor',
    'adviser',
    'scientist',
    'engineer',
    'analyst',
    'designer',
    'clinician',
    'nurse',
    'doctor',
    'leader',
    'marketer',
    'lawyer',
    'actuary',
    'planner',
    'officer',
    'consultant',
    'colleague',
    'specialist',
    'director',
    'executive',
    'architect',
    'accountant',
    'contractor',
    'subcontractor',
    'supplier',
    'vendor',
    'agency',
    // Trades and professions no suffix tells, met in postings outside software.
    'vet',
    'gp',
    'farrier',
    'porter',
    'fitter',
    'plumber',
    'builder',
    'mechanic',
    'technician',
    'chef',
    'solicitor',
    'paramedic',
    'haulier',
    'trader',
    'lad',
    'governor',
    'trustee',
    ...[...PARTNER_ROLES.entries, ...PARTY_NOUNS.entries, ...PARTY_ROLES.entries].filter(
      (w) => /^[a-z]+$/.test(w) && !NOT_PARTIES.has(w),
    ),
  ]),
];

/**
 * Roles matched as written: words whose stem is another word's ("managers" is no "management", "researchers" no
 * "research", "operators" no "operate"), or that are verbs as often as roles ("lead", "heads").
 */
export const PARTY_FORMS: readonly string[] = [
  'head',
  'heads',
  'lead',
  'leads',
  'managers',
  'researcher',
  'researchers',
  'operators',
  'cleaners',
  'board',
  'boards',
  'committee',
  'committees',
];
