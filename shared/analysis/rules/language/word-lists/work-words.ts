// The work itself and the people around it: delivery and creation verbs, other people.
import { lemmaSet, wordSet } from './lemma-set';

/** Verbs that deliver the work itself ("launched", "shipped", "rolled out"): an event, but no effect beyond it. */
export const DELIVERY_VERBS = lemmaSet('delivery-verbs', [
  'launch',
  'ship',
  'release',
  'deploy',
  'deliver',
  'roll',
  'complete',
  'finish',
  'build',
  'migrate',
  'start',
  'begin',
  'go',
  'merge',
  'land',
  'publish',
  // "The clinic move wrapped up in October": the work ended, nothing beyond it changed.
  'wrap',
  'conclude',
]);
/** Verbs that create the work: "the dashboard was built with …" (matched on participles). */
export const CREATION_VERBS = lemmaSet('creation-verbs', [
  'create',
  'build',
  'design',
  'develop',
  'implement',
  'deploy',
  'launch',
  'write',
  'ship',
  'deliver',
  'migrate',
  'automate',
  'introduce',
  'rebuild',
  'rewrite',
  'architect',
  'engineer',
  'release',
]);
/** Words before "for" that make what follows a remit, not a purpose: "responsible for reliability". */
export const REMIT_LEADS = wordSet('remit-leads', [
  'responsible',
  'accountable',
  'responsibility',
  'responsibilities',
  'ownership',
]);

/**
 * Verbs that name a standing remit rather than a one-off act: "ran a marketplace", "managed 45
 * accounts", "owned the billing integration", "looked after CI". Under a Situation heading they set the
 * scene (claims.ts); "look" counts only with "after".
 */
export const REMIT_VERBS = lemmaSet('remit-verbs', [
  'run',
  'lead',
  'manage',
  'own',
  'oversee',
  'supervise',
  'head',
  'direct',
  'teach',
  'support',
  'serve',
  'work',
  'cover',
  'staff',
  'look',
]);

/**
 * Nouns that name an employer, not a remit: "Software engineer for a 40-person fintech startup", "Analyst
 * for a regional bank with 200 branches". A title over one of them names where the writer worked.
 */
export const EMPLOYER_NOUNS = lemmaSet(
  'employer-nouns',
  [
    'company',
    'startup',
    'firm',
    'business',
    'agency',
    'bank',
    'hospital',
    'clinic',
    'school',
    'university',
    'college',
    'nonprofit',
    'charity',
    'organization',
    'organisation',
    'retailer',
    'brand',
    'chain',
    'manufacturer',
    'provider',
    'consultancy',
    'institution',
    'service',
    'insurer',
    'carrier',
    'marketplace',
    'platform',
    'publisher',
    'studio',
    'lab',
    'employer',
    'client',
  ],
  [],
  { nouns: true },
);
/**
 * Nouns that name a standing duty on a verbless resume line, before the remit it is over: "On-call for
 * the payments API", "Weekend cover for the cardiac ward", "Point of contact for 22 clinics", "Liaison
 * between the warehouse and the carriers" (duty-lines.ts). Matched with their plurals.
 */
export const DUTY_NOUNS = lemmaSet(
  'duty-nouns',
  [
    'on-call',
    'cover',
    'coverage',
    'support',
    'contact',
    'liaison',
    'responder',
    'escalation',
    'triage',
    'planning',
    'rostering',
    'scheduling',
    'go-to',
  ],
  [],
  { nouns: true },
);
