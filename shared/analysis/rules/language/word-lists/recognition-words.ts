// Recognition, credentials and deals: what others grant or sign for the work.
import { lemmaSet, wordSet } from './lemma-set';

/** Words that name recognition of the work: an award, a patent, a promotion, a finalist's place, a success. */
export const RECOGNITION_WORDS = lemmaSet('recognition-words', [
  'award',
  'winner',
  'prize',
  'patent',
  'promotion',
  'recognize',
  'recognise',
  'recognition',
  'nominate',
  'acclaim',
  'commend',
  // The noun of "commend" is no inflection of it: "the company gave me a commendation".
  'commendation',
  'praise',
  'finalist',
  'accolade',
  'medal',
  'scholarship',
  'fellowship',
  'shortlist',
  'success',
  // Those who won a standing, named by it: "silver medallist", "Nobel laureate".
  'medallist',
  'medalist',
  'laureate',
  'awardee',
  'honoree',
]);
/** Periods an honour title is given for: "Employee of the Month", "Volunteer of the Year". */
export const HONOUR_PERIODS = wordSet('honour-periods', [
  'year',
  'month',
  'quarter',
  'week',
  'season',
  'term',
  'decade',
]);
/**
 * Who an honour title names besides agent nouns and competing units (quantity-ranks.ts): "Employee of the
 * Month", "Volunteer of the Year", "Rookie of the Year" (nouns; plurals match).
 */
export const HONOURED_PEOPLE = lemmaSet(
  'honoured-people',
  ['employee', 'volunteer', 'hero', 'star', 'rookie', 'apprentice', 'graduate', 'chef', 'colleague', 'newcomer'],
  [],
  { nouns: true },
);
/** Metals that stand for their medal when said alone: "took gold", "Gold, best farmhouse cheddar". */
export const MEDAL_METALS = wordSet('medal-metals', ['gold', 'silver', 'bronze']);
/** Verbs a medal is taken with, by lemma: "took gold", "won silver", "brought home bronze", "got gold". */
export const WINNING_TAKES = lemmaSet('winning-takes', [
  'take',
  'win',
  'get',
  'earn',
  'scoop',
  'claim',
  'bring',
  'home',
]);
/** What a party is admitted into as a result: "got the farm into the stewardship scheme", "onto the national programme". */
export const ADMISSION_BODIES = lemmaSet(
  'admission-bodies',
  ['scheme', 'programme', 'accelerator', 'incubator', 'shortlist', 'final', 'finals'],
  [],
  { nouns: true },
);
/** Top grades an inspection or appraisal gives: "rated Outstanding by Ofsted", "rated Exceeds in my review". */
export const TOP_GRADES = wordSet('top-grades', ['outstanding', 'excellent', 'exceptional', 'exemplary', 'exceeds']);
/** Recognition words matched as written (their bare or other forms mean something else); the rest are RECOGNITION_WORDS. */
export const RECOGNITION_AS_WRITTEN = wordSet('recognition-as-written', [
  'award-winning',
  'patented',
  'greenlit',
  'topped',
  'featured',
  'ranked',
  'kudos',
]);
/** What follows "ranked" when it tells a placing ("ranked first", "ranked among the best") or others rating the writer's work ("ranked my courses at …"). */
export const RANK_PLACES = wordSet('rank-places', [
  'first',
  'second',
  'third',
  'highest',
  'among',
  'in',
  'as',
  'no',
  'number',
  'best',
  'top',
  'my',
  'our',
]);
/** Before "successful" when it judges the writer's thing: "a successful campaign", "a highly successful launch". */
export const SUCCESS_LEADS = wordSet('success-leads', [
  'a',
  'an',
  'highly',
  'very',
  'hugely',
  'wildly',
  'commercially',
]);
/** What follows "success" when it names a role, a team or a measure rather than a success: "customer success team". */
export const SUCCESS_COMPOUNDS = wordSet('success-compounds', [
  'team',
  'teams',
  'manager',
  'managers',
  'engineer',
  'engineers',
  'metric',
  'metrics',
  'criteria',
  'story',
  'stories',
  'factors',
  'plan',
  'org',
  'function',
  'department',
]);
/** Nouns before "recognition" that make it a technology: "optical character recognition", "speech recognition". */
export const RECOGNIZED_THINGS = wordSet('recognized-things', [
  'character',
  'speech',
  'image',
  'face',
  'facial',
  'voice',
  'pattern',
  'entity',
  'object',
  'handwriting',
  'text',
  'gesture',
  'activity',
  'intent',
  'plate',
]);
/** Work toward a recognition that is not one yet: "drafted a patent proposal", "patent application draft". */
export const NOT_YET = wordSet('not-yet', [
  'proposal',
  'proposals',
  'draft',
  'idea',
  'ideas',
  'drafted',
  'drafting',
  'proposed',
]);
/** What one earns from others: approval, a certification, funding, sign-off (counted after an ACQUIRE_VERBS verb). */
export const CREDENTIAL_NOUNS = lemmaSet('credential-nouns', [
  'approval',
  'certification',
  'accreditation',
  'sign-off',
  'signoff',
  'buy-in',
  'funding',
  'endorsement',
  'grant',
  'budget',
  'headcount',
]);
/** Verbs of earning something from others: "secured approval", "earned the certification". */
export const ACQUIRE_VERBS = lemmaSet('acquire-verbs', [
  'secure',
  'earn',
  'win',
  'gain',
  'receive',
  'obtain',
  'get',
  'achieve',
  'attain',
  'pass',
]);
/**
 * What a sale closes (nouns; plurals match): "closed a 7-figure deal", "renewed three accounts", "landed two new logos",
 * "closed 12 upsells", "landed the tender".
 */
export const DEAL_NOUNS = lemmaSet(
  'deal-nouns',
  [
    'deal',
    'contract',
    'tender',
    'bid',
    'partnership',
    'round',
    'sale',
    'account',
    'renewal',
    'logo',
    'upsell',
    'expansion',
    'licence',
    'license',
  ],
  [],
  { nouns: true },
);
/**
 * What a bid for money or work is called, when "the successful" before it says it was won: "wrote the successful bid",
 * "the successful funding application", "our successful tender"; not "the successful candidate" (a posting's wording).
 */
export const BID_NOUNS = lemmaSet(
  'bid-nouns',
  ['bid', 'tender', 'application', 'pitch', 'proposal', 'nomination', 'appeal'],
  [],
  {
    nouns: true,
  },
);
/** Verbs that close a sale, by lemma: "closed", "landing", "secured", "signed the renewal", "extended the contract". */
export const DEAL_VERBS = lemmaSet('deal-verbs', ['close', 'land', 'renew', 'secure', 'sign', 'extend', 'expand']);
/** Verbs of a customer staying or buying more, told without an object: "both clients renewed", "they upgraded to the enterprise tier". */
export const CUSTOMER_STAY_VERBS = lemmaSet('customer-stay-verbs', ['renew', 'upgrade', 're-sign']);
/** Verbs of winning people over as customers, users or backers: "signed 12 new customers", "brought in 3,000 sign-ups". */
export const WINNING_VERBS = lemmaSet('winning-verbs', [
  'sign',
  'attract',
  'acquire',
  'land',
  'gain',
  'bring',
  'add',
  'draw',
  // Customers who had lapsed, brought back: "reactivated 19 of the lapsed donors".
  'reactivate',
  're-engage',
  'reengage',
]);
/** Whom a business wins (nouns; plurals match). */
export const CUSTOMER_NOUNS = lemmaSet(
  'customer-nouns',
  [
    'customer',
    'client',
    'user',
    'subscriber',
    'member',
    'donor',
    'sign-up',
    'signup',
    'buyer',
    'sponsor',
    'partner',
    'account',
    'logo',
    'patient',
    'tenant',
    'advertiser',
    'merchant',
    'retailer',
    'distributor',
    'reseller',
    'backer',
    'investor',
  ],
  [],
  { nouns: true },
);

/** Participles that state a credential held, not an act: "Forklift operator — certified for reach trucks". */
export const CREDENTIAL_STATES = wordSet('credential-states', [
  'certified',
  'licensed',
  'registered',
  'qualified',
  'accredited',
  'chartered',
  'credentialed',
  'cleared',
  'bonded',
  'insured',
  'admitted',
  'authorized',
  'authorised',
]);
