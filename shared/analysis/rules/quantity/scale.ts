// Scale: the magnitude of the context, given with a number — users, requests, data, team size,
// services, teams, sites, countries, budget ("serving 2M users", "team of 6", "across 4 regions",
// "millions of users"). "Large-scale" or "many users" without a number is not scale.
import { ML_SIZE_NOUNS } from './ml-evidence';
import { countSize, numberWordValue } from './number-words';
import type { Quantity } from './quantity-types';
import { wordSet } from '../language/word-lists/lemma-set';

/**
 * People named by their work or their part ("two accountants", "three reviewers"): a few of them can be
 * the people of a story. Not scale nouns by themselves (measured: listing them as scale cost precision
 * on real resume lines).
 */
const OCCUPATIONS = [
  'accountants',
  'bookkeepers',
  'auditors',
  'underwriters',
  'adjusters',
  'brokers',
  'traders',
  'bankers',
  'tellers',
  'cashiers',
  'couriers',
  'packers',
  'cooks',
  'chefs',
  'baristas',
  'waiters',
  'cleaners',
  'mechanics',
  'electricians',
  'plumbers',
  'welders',
  'firefighters',
  'soldiers',
  'physicians',
  'clinicians',
  'surgeons',
  'dentists',
  'pharmacists',
  'therapists',
  'counselors',
  'counsellors',
  'caseworkers',
  'caregivers',
  'carers',
  'paramedics',
  'midwives',
  'librarians',
  'journalists',
  'editors',
  'reporters',
  'writers',
  'authors',
  'translators',
  'interpreters',
  'linguists',
  'annotators',
  'labelers',
  'labellers',
  'raters',
  'reviewers',
  'moderators',
  'recruiters',
  'marketers',
  'salespeople',
  'lawyers',
  'attorneys',
  'paralegals',
  'tutors',
  'instructors',
  'trainers',
  'coaches',
  'trainees',
  'apprentices',
  'mentees',
  'fellows',
  'pupils',
  'parents',
  'families',
  'children',
  'kids',
  'athletes',
  'attendees',
  'participants',
  'respondents',
  'applicants',
  'freelancers',
  'administrators',
  'admins',
  'executives',
  'directors',
  'founders',
  'architects',
  'artists',
  'illustrators',
  'photographers',
  'musicians',
  'stewards',
  'marshals',
  'porters',
  'guards',
  'ushers',
];

/** People a system serves or a person leads (plural and singular forms). */
const PEOPLE = [
  'users',
  'user',
  'customers',
  'customer',
  'clients',
  'client',
  'members',
  'member',
  'subscribers',
  'visitors',
  'people',
  'persons',
  'person',
  'employees',
  'employee',
  'engineers',
  'engineer',
  'developers',
  'developer',
  'devs',
  'scientists',
  'researchers',
  'analysts',
  'designers',
  'direct',
  'staff',
  'students',
  'volunteers',
  'contributors',
  'merchants',
  'sellers',
  'buyers',
  'drivers',
  'riders',
  'patients',
  'adults',
  'readers',
  'listeners',
  'viewers',
  'players',
  'learners',
  'advertisers',
  'partners',
  'recipients',
  'accounts',
  'tenants',
  'agents',
  'operators',
  'managers',
  'interns',
  'hires',
  'candidates',
  'stakeholders',
  'households',
  'citizens',
  'voters',
  'donors',
  'followers',
  'fans',
  'consumers',
  'shoppers',
  'installs',
  'downloads',
  'signups',
  'sign-ups',
  'dau',
  'mau',
  'wau',
  'pms',
  'sres',
  'testers',
  'assistants',
  'nurses',
  'doctors',
  'teachers',
  'designer',
  'analyst',
  'scientist',
  'researcher',
  'manager',
  'intern',
  'tester',
  'businesses',
  'companies',
  'banks',
  'institutions',
  'organizations',
  'organisations',
  'orgs',
  'enterprises',
  'brands',
  'publishers',
  'vendors',
  'suppliers',
  'hospitals',
  'schools',
  'universities',
];

/** Data units: scale on their own ("20 TB of logs"), a metric when they change ("cut storage by 3 TB"). */
export const DATA_UNITS = new Set([
  'bytes',
  'kb',
  'mb',
  'gb',
  'tb',
  'pb',
  'eb',
  'kilobytes',
  'megabytes',
  'gigabytes',
  'terabytes',
  'petabytes',
  'exabytes',
]);

/** Traffic and data volume. */
const VOLUME = [
  'requests',
  'request',
  'queries',
  'qps',
  'rps',
  'tps',
  'transactions',
  'calls',
  'messages',
  'emails',
  'events',
  'records',
  'rows',
  'documents',
  'docs',
  'files',
  'images',
  'pictures',
  'photos',
  'videos',
  'pages',
  'orders',
  'payments',
  'jobs',
  'invocations',
  'executions',
  'lambdas',
  'functions',
  'pipelines',
  'builds',
  'deployments',
  'deploys',
  'logs',
  'time-series',
  'listings',
  'properties',
  'items',
  'skus',
  'sessions',
  'searches',
  'clicks',
  'impressions',
  'views',
  'pageviews',
  'streams',
  'hits',
  'incidents',
  'claims',
  'loans',
  'policies',
  'shipments',
  'parcels',
  'packages',
  'bookings',
  'reservations',
  'trips',
  'rides',
  'datasets',
  'tables',
  'repos',
  'repositories',
  'integrations',
  'endpoints',
  'apis',
  'connections',
  'devices',
  'sensors',
  'vehicles',
  'cameras',
  'objects',
  'entities',
  'tickets',
  'chats',
  'conversations',
  'applications',
  'submissions',
  ...DATA_UNITS,
  ...ML_SIZE_NOUNS,
];
/** Infrastructure and organisation size. */
const ESTATE = [
  // Code base size: "~ 50K SLOC", "a 200 KLOC monolith".
  'loc',
  'sloc',
  'kloc',
  'services',
  'microservices',
  'servers',
  'nodes',
  'node',
  'machines',
  'hosts',
  'instances',
  'containers',
  'pods',
  'clusters',
  'vms',
  'cores',
  'cpus',
  'gpu',
  'racks',
  'databases',
  'shards',
  'replicas',
  'regions',
  'zones',
  'teams',
  'squads',
  'departments',
  'divisions',
  'countries',
  'markets',
  'cities',
  'states',
  'continents',
  'offices',
  'sites',
  'locations',
  'stores',
  'branches',
  'cinemas',
  'theaters',
  'theatres',
  'venues',
  'clinics',
  'campuses',
  'warehouses',
  'factories',
  'plants',
  'restaurants',
  'facilities',
  'centers',
  'centres',
  'datacenters',
  'data-centers',
  'timezones',
  'time-zones',
  'turbines',
  'robots',
  'drones',
  'stations',
  'terminals',
  'kiosks',
  'satellites',
  'workstations',
  'laptops',
  'routers',
  'assets',
];

const SCALE_NOUNS = new Set<string>([...PEOPLE, ...VOLUME, ...ESTATE]);
const PEOPLE_NOUNS = new Set<string>(PEOPLE);
const OCCUPATION_NOUNS = new Set<string>(OCCUPATIONS);
const VOLUME_NOUNS = new Set<string>(VOLUME);
const ESTATE_NOUNS = new Set<string>(ESTATE);

/** Counted things whose count is a result as well as a size (downloads, installs, sign-ups). */
export const RESULT_NOUNS = new Set(['downloads', 'installs', 'signups', 'sign-ups', 'subscribers', 'hires']);

/** Throughput units: scale on their own ("50k QPS"), a metric when they change ("from 30 to 200 TPS"). */
export const RATE_NOUNS = new Set(['qps', 'rps', 'tps', 'requests/sec', 'rpm']);

/** Nouns that take their size after "of": "a team of 6", "a budget of $2M", "a fleet of 300 servers". */
export const GROUP_NOUNS = new Set([
  'team',
  'teams',
  'group',
  'org',
  'organization',
  'organisation',
  'department',
  'staff',
  'fleet',
  'cluster',
  'pool',
  'network',
  'community',
  'portfolio',
  'budget',
  'dataset',
  'corpus',
  'base',
  'audience',
  'cohort',
  'class',
  'estate',
  'headcount',
  'codebase',
  'monorepo',
  'company',
  'startup',
  'userbase',
  'population',
  'workforce',
  'army',
  'crew',
  'squad',
  'pod',
  'shift',
  'tribe',
]);

/** Nouns where money is the size of the context, not a result: "a $2M budget". */
export const BUDGET_NOUNS = new Set([
  'budget',
  'budgets',
  'spend',
  'p&l',
  'portfolio',
  'product',
  'business',
  'line',
  'division',
  'book',
  // Money that sizes a program is its scale ("a $70M modernization program"); money saved is a metric.
  'program',
  'programs',
  'programme',
  'initiative',
  'project',
  'contract',
  'fund',
  'account',
  'accounts',
]);

export function isScaleNoun(lower: string): boolean {
  return SCALE_NOUNS.has(lower);
}

// People one leads who are not listed as people served: "workers", "associates", "contractors".
const STAFF_NOUNS = new Set([
  'workers',
  'associates',
  'contractors',
  'consultants',
  'technicians',
  'specialists',
  'leads',
  'representatives',
  'reps',
  'officers',
  'coordinators',
  'supervisors',
  'pickers',
  'reports',
]);

// People and bodies the work serves, sells to or wins: "led 40 customers through the migration" is
// work done for them, not a team led.
const SERVED_NOUNS = new Set([
  'users',
  'user',
  'customers',
  'customer',
  'clients',
  'client',
  'members',
  'member',
  'subscribers',
  'visitors',
  'accounts',
  'tenants',
  'merchants',
  'sellers',
  'buyers',
  'riders',
  'patients',
  'readers',
  'listeners',
  'viewers',
  'players',
  'learners',
  'students',
  'advertisers',
  'partners',
  'recipients',
  'households',
  'citizens',
  'voters',
  'donors',
  'followers',
  'fans',
  'consumers',
  'shoppers',
  'candidates',
  'stakeholders',
  'businesses',
  'companies',
  'banks',
  'institutions',
  'organizations',
  'organisations',
  'enterprises',
  'brands',
  'publishers',
  'vendors',
  'suppliers',
  'hospitals',
  'schools',
  'universities',
]);

/** People the work serves, sells to or wins ("customers", "patients", "readers"). */
export function isServedNoun(head: string): boolean {
  return SERVED_NOUNS.has(head);
}

/**
 * What a person can lead, by the noun a count names: staff ("engineers", "associates") and an estate
 * of teams, sites or machines. "Managed 25 associates" sizes the work; "managed 3 launches" counts
 * things delivered, and "led 40 customers through the move" is work done for people served.
 */
export function isLeadable(head: string): boolean {
  if (SERVED_NOUNS.has(head)) return false;
  return PEOPLE_NOUNS.has(head) || ESTATE_NOUNS.has(head) || STAFF_NOUNS.has(head);
}

/** People a team is made of ("engineers", "nurses", "associates"), not people served: a team's headcount. */
export function isStaffNoun(head: string): boolean {
  return !SERVED_NOUNS.has(head) && (PEOPLE_NOUNS.has(head) || STAFF_NOUNS.has(head));
}

/** Bodies of people that can act in a story: "two teams disagreed", "worked with three agencies". */
const PARTY_BODIES = new Set(['teams', 'team', 'squads', 'departments', 'agencies', 'firms', 'groups', 'crews']);

// The five lists of people and bodies as one set: one lookup for a check that runs on most counted nouns.
const PARTY_NOUNS: ReadonlySet<string> = new Set([
  ...PEOPLE_NOUNS,
  ...STAFF_NOUNS,
  ...SERVED_NOUNS,
  ...PARTY_BODIES,
  ...OCCUPATION_NOUNS,
]);

/**
 * People or bodies of people — colleagues, staff, people served, organisations, teams — the nouns a
 * few of which can be the people of a story ("two designers had left", "met with the two vendors").
 */
export function isPartyNoun(head: string): boolean {
  return PARTY_NOUNS.has(head);
}

/** Money that names what was won or closed: "a $2M deal", "a 7-figure enterprise deal". */
const WON_MONEY_NOUNS = new Set(['deal', 'deals', 'sale', 'sales', 'figure', 'figures', 'round', 'win', 'wins']);

/** A scale noun, or its singular in a hyphenated compound ("a 5k-image set", "a 40-person team"). */
/** Whether `head` (of a count written `text`) is a noun the rubric lists as a magnitude: users, requests, sites, nodes. */
export function isScaleHead(head: string, text: string): boolean {
  return SCALE_NOUNS.has(head) || (!head.endsWith('s') && text.includes('-') && SCALE_NOUNS.has(`${head}s`));
}

// What a hyphenated "zero-" compound counts when it is a result ("zero-downtime migration"); others
// are names of a kind of thing ("zero-touch pipelines", "zero-trust network").
const ZERO_RESULTS = new Set([
  'downtime',
  'defect',
  'defects',
  'incident',
  'incidents',
  'bug',
  'bugs',
  'outage',
  'outages',
]);

/** "zero incidents", "0 outages": a count of nothing measures a result, it sizes no context. */
export function isZeroCount(q: Quantity): boolean {
  if ((q.kind !== 'count' && q.kind !== 'magnitude') || !/^(zero|0)\b/i.test(q.text)) return false;
  // "zero-touch pipelines" names a kind of thing; "zero-downtime migration" is a result.
  return !/^zero-/i.test(q.text) || (q.head !== undefined && ZERO_RESULTS.has(q.head));
}

// A model's parameter count ("a 7B model", "a 1.3B student") is its configuration, not the size of the context.
const MODEL_SIZE_HEADS = new Set(['model', 'models', 'student', 'teacher', 'parameters', 'params', 'llm']);

/**
 * The size a count states, in digits, digits and a magnitude word or number words ("50K", "1.2 million",
 * "forty-five": number-words.ts countSize); words of magnitude alone ("hundreds") count as large.
 */
function isLargeCount(q: Quantity): boolean {
  if (q.kind === 'magnitude') return true;
  const value = countSize(q.text);
  return value !== undefined && value >= 20;
}

/** A count of hundreds or more: "2,000 calls", "hundreds of farms", "1.2 million words". */
function isHundreds(q: Quantity): boolean {
  if (q.kind === 'magnitude') return true;
  const value = countSize(q.text);
  return value !== undefined && value >= 100;
}

/**
 * "1.1k stars", "about 900 GitHub stars": stars counted on a repository are the people who starred it, a
 * following the work reached, like downloads (RUBRIC-NOTES populations versus results: metric and scale; the
 * spent writers fresh-16, 21 and 31 label it so). Five or fewer ("4.7 stars", "5 stars on Google") is a
 * rating's score, and a hyphen makes a grade ("a 5-star hotel").
 */
export function isFollowingCount(q: Quantity): boolean {
  if (q.head !== 'stars' || q.text.includes('-')) return false;
  const value = countSize(q.text);
  return value !== undefined && value > 5;
}

/** Whether a detected quantity gives the scale of the context. */
export function isScaleQuantity(q: Quantity): boolean {
  if (isFollowingCount(q) && !q.change) return true;
  // "35 pickers under me", "with 9 agents reporting to me": the team the writer leads.
  if (q.led) return true;
  // "paired with two engineers", "a pilot with one support pod": who took part sizes no context.
  if (q.participants) return false;
  // "fluent in 3 languages": a skill line sizes no context.
  if (q.skill) return false;
  // "Dental practice manager — 6 surgeries, 11 clinicians": a title's workplace size; "up to £10k" a limit.
  if (q.titleFigure) return q.titleFigure === 'size';
  // "three shifts a day", "12-hour shifts": a schedule sizes no context.
  if (q.shift) return false;
  // "Handled about 45 chats a day": the writer's own load measures their effort, it sizes no context.
  if (q.handled) return false;
  // "sent back 300 untouched trays a day": troubles over a period measure the problem, they size no context.
  if (q.trouble) return false;
  // "hired 4 engineers", "won 14 new accounts": what the work won or developed, not the context's size.
  if (q.gained) return false;
  // "adopted by the two other wards", "now used by all 7 area offices": the base the work reached sizes
  // the context it now sits in, whatever its noun (RUBRIC-NOTES, populations versus results).
  if (q.reached) return true;
  if (q.group && GROUP_NOUNS.has(q.group))
    return q.kind === 'count' || q.kind === 'magnitude' || q.kind === 'money' || q.kind === 'ratio';
  if (q.kind === 'data-size') return !q.change || q.result;
  // "supported the 15% of students with learning plans": a share of the population worked in.
  if (q.populationShare) return true;
  // "managed the $800K vendor contract": money that sizes the program the writer ran.
  if (q.programMoney) return true;
  // "a $70M modernization program": money that sizes one thing, not money the work saved, won or earned.
  if (q.kind === 'money')
    return (
      !q.result &&
      !q.change &&
      ((q.head !== undefined && BUDGET_NOUNS.has(q.head)) ||
        (q.group !== undefined && BUDGET_NOUNS.has(q.group)) ||
        isVagueMoney(q) ||
        ((q.sizing === true || q.context === true) && !q.delivered && !(q.head && WON_MONEY_NOUNS.has(q.head))))
    );
  // "1 in 20 payouts", "four in five students": a share measures how much, it sizes nothing, unless a
  // context verb governs it ("a station which reaches one in three adults"): then it sizes the setting.
  if (q.kind === 'ratio') return q.context === true;
  if (q.kind !== 'count' && q.kind !== 'magnitude') return false;
  if (/^zero-/i.test(q.text)) return false; // "zero-touch pipelines" names a kind of thing
  // "24 of the 30 pupils met the standard", "Eleven of the 27 students": the whole of a share of the
  // people taught or served is the class or the base the work sits in (RUBRIC-NOTES people rules).
  if (q.partitive && q.head !== undefined && TAUGHT_OR_SERVED.has(q.head) && isShareOfWhole(q)) return true;
  // An increment ("1,200 more orders") or a part counted as a result ("Two of the engineers I mentored
  // were promoted") sizes nothing.
  if (q.increment || q.partitive) return false;
  // "about 3,000 a day": a volume per unit of time, its noun named earlier.
  if (!q.head) return q.kind === 'count' && q.perTime && !q.change;
  if (isZeroCount(q) || isScore(q)) return false;
  if (RATE_NOUNS.has(q.head)) return !q.change;
  // "Went from 51 queries to 2": the two ends of a change in traffic or output measure it; they size
  // nothing, unless the work went through that volume ("consolidated 40M rows into 1.5M"). A team or an
  // estate that grew ("from 2 to 20 developers") still states its size.
  if (q.fromTo && !q.volume && !PEOPLE_NOUNS.has(q.head) && !ESTATE_NOUNS.has(q.head)) return false;
  // "refitted all 12 classrooms", "moved all four shops onto one till": the whole of an estate worked
  // through sizes it at any count (RUBRIC-NOTES "System throughput": a finished job's volume).
  if (q.volume && q.whole && !q.fromTo) return true;
  // "with the three team leads": a few people, or a few of something unlisted, already named size nothing.
  if (q.known && !isLargeCount(q) && (PEOPLE_NOUNS.has(q.head) || !isScaleHead(q.head, q.text))) return false;
  // "started with the two pipelines that broke most often": a few items of traffic or output already
  // named are things of the story; a few sites or services ("the 3 regions") still size the estate.
  if (q.known && !isLargeCount(q) && VOLUME_NOUNS.has(q.head) && !q.spread && !q.context) return false;
  // "broadcast a dozen coding sessions", "created 8 pipelines": a few items the writer made are output, not traffic.
  if (q.delivered && !q.volume && !q.perTime && !isLargeCount(q) && VOLUME_NOUNS.has(q.head)) return false;
  if (isScaleHead(q.head, q.text)) return true;
  // "6 direct reports": the size of the writer's team.
  if (q.head === 'reports' && /\bdirect\b/i.test(q.text)) return true;
  // "across four business units", "supervised 40 warehouse associates": the context the work spans or
  // a context verb governs, whatever its noun.
  if ((q.spread || q.context) && q.head !== 'times') return true;
  // An unlisted noun: a range, or a large count after a sizing preposition that no verb of the writer's
  // produced, sizes the context ("40–120 attendees", "a 50K SLOC codebase", "for hundreds of phones");
  // a small one names a few things. A volume the writer worked through is one too ("graded 400 essays").
  if (
    (q.range || (isLargeCount(q) && (q.sizing || q.kind === 'magnitude' || q.volume))) &&
    q.head !== 'times' &&
    !isModelSize(q) &&
    (!q.result || q.volume) &&
    !q.delivered &&
    !(q.change && !q.volume) &&
    // "116 commits — …" opens a verbless result; "2,000 boilers serviced since 2011" opens a volume's passive.
    (!q.lead || q.volume)
  )
    return true;
  // A count no clause evidence made a measure, held by a context preposition, a present state or a
  // hyphen ("on about 60 farms", "has about 20 regulars", "a 16-bed unit"): the context's size, when it
  // is large or a modifier; a few such things are the people and parts of the story (RUBRIC-NOTES). An
  // apposition's count ("Herd: 220 …") loses its metric but is not read as a size here: a list after a
  // comma or a colon names parts of a setup as often as sizes.
  if (
    q.held !== undefined &&
    (q.held !== 'apposition' || isHundreds(q) || (q.head !== undefined && isPartyNoun(q.head) && isLargeCount(q))) &&
    // People held by a standing duty ("Managing 10 field technicians", "I am leading 14 pickers") are a
    // team's size at any count. Another party's present verb sizes the context only at hundreds ("the
    // helpline takes about 2,000 calls"); under that it tells as often how a thing is built ("the model
    // looks at 20 signals").
    (q.held === 'standing'
      ? isHundreds(q)
      : isLargeCount(q) ||
        q.held === 'modifier' ||
        (q.held === 'state' && q.head !== undefined && isStaffNoun(q.head)) ||
        // People under the writer's own standing duty ("I am supervising 5 junior accountants", "responsible
        // for 9 apprentices") are the people the job is about, led, served or taught: scale at any count.
        (q.held === 'duty' && q.head !== undefined && isPartyNoun(q.head))) &&
    !q.result &&
    !q.delivered &&
    !q.change &&
    !q.lead &&
    !q.known &&
    q.head !== 'times'
  )
    return true;
  // A volume per unit of time ("1,000 applications a day") is scale whatever it counts, unless the
  // writer delivered it ("25 product demos a month"); a frequency ("20 times a day") is not.
  return q.perTime && q.head !== 'times' && !isTimeUnitHead(q.head) && (!q.delivered || q.volume === true);
}

/** Parts of a day or week a schedule counts: "three evenings a week", "two mornings a week". */
const DAY_PARTS = wordSet('schedule-day-parts', [
  'hour',
  'day',
  'night',
  'week',
  'month',
  'quarter',
  'year',
  'shift',
  'evening',
  'morning',
  'afternoon',
  'weekend',
  'weekday',
]);

/**
 * "three evenings a week", "four nights a week", "2 days a month": units of time counted per unit of time
 * are a schedule, how often, not a volume the context carries.
 */
function isTimeUnitHead(head: string): boolean {
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  return DAY_PARTS.has(singular);
}

/** People taught or served, whose whole group a share is given of: "of the 30 pupils", "of my 26 students". */
const TAUGHT_OR_SERVED = new Set([...SERVED_NOUNS, 'pupils', 'children', 'kids', 'residents', 'learners']);

/**
 * "24 of the 30 pupils", "Eleven of my 27 students": a part counted with its whole after "of" and a
 * determiner ("two of the engineers" gives no whole).
 */
export function isShareOfWhole(q: Quantity): boolean {
  if (!q.partitive) return false;
  const words = q.text.toLowerCase().split(/\s+/);
  const whole = words[3];
  return words[1] === 'of' && whole !== undefined && (/^\d[\d,]*$/.test(whole) || numberWordValue(whole) !== undefined);
}

/** "a 4.8 rating", "scored 0.91": a decimal with no unit or magnitude is a score, not a count. */
export function isScore(q: Quantity): boolean {
  // The decimal needs its point: most figures have none and skip the pattern.
  return q.text.includes('.') && /^\D{0,2}\d+\.\d+(?![\d.]*\s?(k|m|b|bn|mm|million|billion|thousand)\b)/i.test(q.text);
}

/** "a 7B model", "a 1.3B student": a parameter count, the model's configuration. */
export function isModelSize(q: Quantity): boolean {
  return (
    q.head !== undefined &&
    MODEL_SIZE_HEADS.has(q.head) &&
    (q.head === 'parameters' || q.head === 'params' || /\d(\.\d+)?\s?[bm]\b/i.test(q.text))
  );
}

function isVagueMoney(q: Quantity): boolean {
  return /^(hundreds|thousands|millions|billions|tens)\b/i.test(q.text);
}

export function hasScale(quantities: Quantity[]): boolean {
  return quantities.some(isScaleQuantity);
}
