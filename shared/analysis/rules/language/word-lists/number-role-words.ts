// Words that decide a number's role from what it hangs on (quantity-tenure.ts, quantity-ages.ts):
// time spent in a job or field, and the ages or school years of the people served.
import { lemmaSet, wordSet } from './lemma-set';
import { SEASONS } from './calendar-words';

/** Units a stretch of employment is told in: "5 years at Acme", "three months as interim lead". */
export const TENURE_UNITS = lemmaSet('tenure-units', ['year', 'yr', 'month', 'decade'], [], { nouns: true });

/** Verbs whose "for N years" is time in a post, not time a piece of work took: "taught chemistry for 9 years". */
export const TENURE_VERBS = lemmaSet('tenure-verbs', [
  'work',
  'serve',
  'teach',
  'volunteer',
  'stay',
  'remain',
  'employ',
  'practise',
  'practice',
]);

/** Prepositions after "N years" that place the time in a post, an employer or a field: "4 years as a line cook". */
export const TENURE_PLACES = wordSet('tenure-places', ['as', 'at', 'in', 'with']);

/** Nouns of a post after "on" that make "N years on the …" time in a post: "5 years on the platform team". */
export const TENURE_POSTS = lemmaSet(
  'tenure-posts',
  [
    'team',
    'desk',
    'ward',
    'unit',
    'floor',
    'staff',
    'crew',
    'squad',
    'shift',
    'rota',
    'rotation',
    'faculty',
    'payroll',
    'force',
    'beat',
    'board',
    'committee',
    'frontline',
  ],
  [],
  { nouns: true },
);

/** Nouns an "N-year" before them makes a stretch of a career: "a 12-year veteran", "my six-year tenure". */
export const TENURE_HOLDERS = lemmaSet(
  'tenure-holders',
  ['veteran', 'employee', 'member', 'staffer', 'career', 'tenure', 'stint'],
  [],
  { nouns: true },
);

/** Forms of "be" that, with a person as subject, hold a post: "I'd been on the team four years". */
export const POST_BE_FORMS = wordSet('post-be-forms', ['been', 'was', 'were', 'am', 'is', 'are']);

/** Subjects of a held post: the writer and the people of the story. */
export const POST_HOLDERS = wordSet('post-holders', [
  'i',
  'we',
  "i'd",
  "i've",
  "we'd",
  "we've",
  'he',
  'she',
  'they',
  "he'd",
  "she'd",
  "they'd",
  "they've",
]);

/** Words after a form of "be" that open a post: "been a charge nurse", "was on the night desk", "been in sales". */
export const POST_OPENERS = wordSet('post-openers', ['a', 'an', 'the', 'on', 'at', 'with', 'in', 'part']);

/** Words before "N years" that make it the time a result took, not a tenure: "in 2 years", "within a year". */
export const TIME_TO_RESULT_OPENERS = wordSet('time-to-result-openers', [
  'in',
  'within',
  'under',
  'by',
  'inside',
  'over',
  'across',
  'during',
]);

/** Words before a number that make it an age or a school year: "aged 8", "ages 5-10", "grades 9-12". */
export const AGE_LABELS = wordSet('age-labels', ['age', 'aged', 'ages', 'grades']);

/** People an "over 40" or "under 5" after them gives the age of: "adults over 40", "children under 5". */
export const AGED_PEOPLE = lemmaSet(
  'aged-people',
  [
    'adult',
    'child',
    'children',
    'kid',
    'patient',
    'resident',
    'senior',
    'people',
    'woman',
    'women',
    'man',
    'men',
    'student',
    'teen',
    'teenager',
    'youth',
    'client',
    'participant',
    'anyone',
    'everyone',
  ],
  [],
  { nouns: true },
);

/** Words between a length and "shift": "12-hour night shifts", "6-hour weekend shifts". */
export const SHIFT_MODIFIERS = wordSet('shift-modifiers', [
  'night',
  'day',
  'overnight',
  'evening',
  'morning',
  'weekend',
  'double',
  'split',
  'extra',
  'on-call',
  'rotating',
]);

/** Words of a skill line before "in N …": "fluent in 3 languages", "proficient in 10+ frameworks". */
export const PROFICIENCY_WORDS = wordSet('proficiency-words', [
  'fluent',
  'proficient',
  'skilled',
  'experienced',
  'certified',
  'versed',
  'conversant',
  'expert',
  'knowledgeable',
  'competent',
]);

/**
 * Verbs of a one-off act that a counted subject did in response to the work: "1,200 users joined the
 * waitlist", "25 volunteers signed up", "2,000 people downloaded the app", "50 engineers attended".
 * Events the result produced are a metric, not the size of the context (RUBRIC-NOTES "Populations
 * versus results"); taking the work up for good ("3 teams adopted it", "15 teachers use it") sizes it too.
 */
export const ONE_OFF_RESPONSE_VERBS = lemmaSet('one-off-response-verbs', [
  'sign',
  'join',
  'attend',
  'download',
  'install',
  'enroll',
  'enrol',
  'register',
  'subscribe',
  'buy',
  'purchase',
  'renew',
  'return',
  'promote',
  'upgrade',
  'onboard',
  'come',
]);

/**
 * What money in front of it sizes, beside plans and budgets: "a $60M hospital expansion", "the $4M
 * fit-out", "a $12M implementation". Money modifying such a noun is the context's scale.
 */
export const PROGRAM_SIZE_NOUNS = lemmaSet(
  'program-size-nouns',
  [
    'expansion',
    'renovation',
    'implementation',
    'deployment',
    'build',
    'buildout',
    'fit-out',
    'construction',
    'campaign',
    'modernization',
    'modernisation',
    'upgrade',
    'refresh',
    'portfolio',
  ],
  [],
  { nouns: true },
);

/** Verbs that make money a result, not a size: "won a $1.2M contract", "secured a $250K grant", "saved $380K". */
export const MONEY_WINNING_VERBS = lemmaSet('money-winning-verbs', [
  'win',
  'secure',
  'close',
  'sign',
  'land',
  'raise',
  'generate',
  'save',
  'earn',
  'book',
  'bring',
  'negotiate',
  'sell',
  'award',
  'attract',
  'recover',
  'capture',
  'unlock',
  'obtain',
  'receive',
]);

/**
 * Verbs of placing people on a schedule or a post: "rostered 220 drivers", "scheduled 30 nurses over
 * three wards", "staffed the event with 85 stewards". The people placed are the job's context, as the
 * people led are (RUBRIC-NOTES "Team sizes under a leading verb"): scale, not a count of work done.
 * Things scheduled ("scheduled 240 appointments") are work, and keep their role.
 */
export const STAFFING_VERBS = lemmaSet('staffing-verbs', [
  'roster',
  'schedule',
  'rota',
  'staff',
  'allocate',
  'timetable',
]);

/**
 * Duties held in turn, whose span is how long the writer or a colleague held them, not the time a piece
 * of work took: "took the on-call myself for two weeks", "held the pager for a fortnight", "covered the
 * front desk for a month" (RUBRIC-NOTES: a span of a duty measures nothing). "On-call" is read apart
 * (quantity-terms.ts): "call" alone is no duty.
 */
export const HELD_DUTIES = lemmaSet(
  'held-duties',
  ['pager', 'rota', 'rotation', 'cover', 'desk', 'helpline', 'hotline', 'switchboard'],
  [],
  { nouns: true },
);

/** Verbs of lending a person to other work for a span: "lent two testers to billing for a month". */
export const LENDING_VERBS = lemmaSet('lending-verbs', ['lend', 'loan', 'second', 'borrow']);

/** Verbs of moving a person onto other work, whose "for N weeks" is the span of the move: "moved one engineer onto the API for six weeks". */
export const ASSIGNING_VERBS = lemmaSet('assigning-verbs', ['move', 'assign', 'reassign', 'transfer', 'put', 'switch']);

/**
 * Places a manager runs as the job's context, beside the estate nouns of scale.ts: "ran 4 kitchens",
 * "managed 9 properties", "oversaw 3 wards". Under a leading verb their count is scale, not output.
 */
export const RUN_PLACES = lemmaSet(
  'run-places',
  [
    'kitchen',
    'property',
    'building',
    'hotel',
    'ward',
    'depot',
    'outlet',
    'franchise',
    'lab',
    'classroom',
    'restaurant',
    'store',
    'branch',
    'clinic',
    'warehouse',
    'plant',
    'site',
    'location',
    'facility',
  ],
  [],
  { nouns: true },
);

/** Machines an "Nx" can count rather than multiply: "8x A100 GPUs", "4x nodes". */
export const HARDWARE_HEADS = wordSet('hardware-heads', [
  'gpu',
  'gpus',
  'tpu',
  'tpus',
  'nodes',
  'servers',
  'machines',
  'instances',
  'hosts',
]);

/** Disputes a stretch of time can be "of": "two years of debate", "18 months of back-and-forth". */
export const DISPUTE_NOUNS = lemmaSet(
  'dispute-nouns',
  [
    'debate',
    'argument',
    'feud',
    'dispute',
    'disagreement',
    'back-and-forth',
    'infighting',
    'wrangling',
    'stalemate',
    'deadlock',
    'limbo',
    'standoff',
  ],
  [],
  { nouns: true },
);

/** Verbs of a problem lasting, before "for N months": "an argument that had dragged on for 18 months". */
export const LASTING_VERBS = lemmaSet('lasting-verbs', [
  'drag',
  'last',
  'fester',
  'linger',
  'persist',
  'stall',
  'languish',
  'simmer',
]);

/** Verbs that end a problem, before "N years of …": "ended six months of escalations", "settled two years of debate". */
export const ENDING_VERBS = lemmaSet('ending-verbs', ['end', 'stop', 'settle', 'resolve', 'close', 'break']);

/** What a pair of bare numbers is a version of: "the Node runtime 16 → 20", "minimum OS from 14 to 16". */
export const VERSION_NOUNS = lemmaSet(
  'version-nouns',
  ['version', 'release', 'runtime', 'kernel', 'firmware', 'sdk', 'jdk', 'os', 'toolchain', 'interpreter'],
  [],
  { nouns: true },
);

/** Verbs and nouns of moving software to another version: "upgraded Postgres 12 → 16", "bumped the clients". */
export const UPGRADE_WORDS = lemmaSet('upgrade-words', ['upgrade', 'downgrade', 'bump', 'pin']);

/** Roles that run a team or a unit: "Support manager, EMEA (14 agents, 2 leads)" lists what the writer ran. */
export const LEADING_ROLES = wordSet('leading-roles', [
  'manager',
  'lead',
  'head',
  'supervisor',
  'director',
  'chief',
  'captain',
  'foreman',
]);

/** Counted nouns that size an employer rather than a team the writer ran: "(5,000 employees, 12 offices)". */
export const EMPLOYER_SIZE_HEADS = wordSet('employer-size-heads', [
  'employees',
  'people',
  'offices',
  'countries',
  'locations',
]);

/**
 * Verbs that tell a thing's extent or load when an "-ing" form of them describes it: "a courier firm
 * covering 14 towns", "a cluster holding 40 TB", "a desk handling 300 calls a day". The count after
 * them sizes the context (scale), it measures nothing the writer did.
 */
export const EXTENT_VERBS = lemmaSet('extent-verbs', [
  'cover',
  'span',
  'house',
  'host',
  'employ',
  'hold',
  'contain',
  'include',
  'connect',
  'link',
  'reach',
  'store',
  'carry',
  'handle',
  'process',
  'run',
  'manage',
  'track',
  'monitor',
]);

/**
 * Places where people serve others, whose volume is people's workload rather than load a system was built to
 * carry: "our IT help desk got 1,200 tickets a month", "the helpline took 20,000 calls a month".
 */
export const SERVICE_POINTS = lemmaSet(
  'service-points',
  [
    'desk',
    'helpdesk',
    'centre',
    'center',
    'helpline',
    'hotline',
    'switchboard',
    'reception',
    'counter',
    'clinic',
    'ward',
    'surgery',
    'practice',
    'pharmacy',
    'branch',
    'office',
  ],
  [],
  { nouns: true },
);

/** A test of a change on real use, whose length is its design: "ran the pilot for a month" (quantity-terms.ts). */
export const TRIAL_NOUNS = lemmaSet(
  'trial-nouns',
  ['test', 'trial', 'pilot', 'experiment', 'canary', 'beta', 'rollout'],
  [],
  { nouns: true },
);

/** Units a schedule is made of, whose length is set ahead: "15-minute slots", "30-minute calls" (quantity-schedule-settings.ts). */
export const SCHEDULE_UNIT_NOUNS = lemmaSet(
  'schedule-unit-nouns',
  [
    'slot',
    'call',
    'session',
    'meeting',
    'huddle',
    'check-in',
    'appointment',
    'visit',
    'standup',
    'stand-up',
    'lesson',
    'class',
    'break',
    'clinic',
    'interview',
    'one-to-one',
    'catch-up',
    'briefing',
    'tour',
    'handover',
    'consultation',
  ],
  [],
  { nouns: true },
);

/** Verbs that try a change out on real use, inflected only: "piloted it on one ward for a month" (quantity-terms.ts). */
export const TRIAL_VERBS = lemmaSet('trial-verbs', ['pilot', 'trial', 'beta'], ['pilot', 'trial', 'beta']);

/** Verbs that run or keep a trial going: "ran the experiment for 8 weeks", "the pilot lasted a month". */
export const TRIAL_RUN_VERBS = lemmaSet('trial-run-verbs', [
  'run',
  'conduct',
  'launch',
  'start',
  'hold',
  'keep',
  'last',
  'go',
  'extend',
  'approve',
  'schedule',
  'plan',
  'design',
]);

/** Words that set a term of an agreement: "renewed for another 2 years", "licensed it for 12 months". */
export const TERM_WORDS = lemmaSet('term-words', [
  'renew',
  'extend',
  'license',
  'licence',
  'lease',
  'contract',
  'subscribe',
  'subscription',
  'agreement',
  'retainer',
  'warranty',
  'engagement',
  'fund',
]);

/** Verbs that name a delivery ahead of it: "offered them a daily file within two weeks" (quantity-terms.ts). */
export const OFFER_VERBS = lemmaSet('offer-verbs', ['offer', 'promise', 'commit', 'guarantee', 'pledge', 'quote']);

/** Meetings whose length is a schedule, not a measure ("a 30-minute call"); a workshop or a talk is delivered. */
export const MEETING_NOUNS = lemmaSet(
  'meeting-nouns',
  [
    'call',
    'meeting',
    'sync',
    'standup',
    'stand-up',
    'check-in',
    'kickoff',
    'huddle',
    'catch-up',
    'one-on-one',
    'retro',
    'retrospective',
  ],
  [],
  { nouns: true },
);

/** How many times a year a frequency word says a thing happens: "weekly" 52, "nightly" 365. */
export const FREQUENCY_WORD_RATES: ReadonlyMap<string, number> = new Map([
  ['hourly', 8760],
  ['daily', 365],
  ['nightly', 365],
  ['weekly', 52],
  ['biweekly', 26],
  ['bi-weekly', 26],
  ['fortnightly', 26],
  ['monthly', 12],
  ['bimonthly', 6],
  ['quarterly', 4],
  ['termly', 3],
  ['annual', 1],
  ['annually', 1],
  ['yearly', 1],
  // "continuously", "real-time", "on-demand": as often as the work asks, more often than any period.
  ['continuous', Number.POSITIVE_INFINITY],
  ['continuously', Number.POSITIVE_INFINITY],
  ['real-time', Number.POSITIVE_INFINITY],
  ['realtime', Number.POSITIVE_INFINITY],
  ['on-demand', Number.POSITIVE_INFINITY],
  ['live', Number.POSITIVE_INFINITY],
]);

/** How many of a period there are in a year, for "once a week", "every shift", "three times a term". */
export const PERIOD_RATES: ReadonlyMap<string, number> = new Map([
  ['hour', 8760],
  ['day', 365],
  ['night', 365],
  ['morning', 365],
  ['evening', 365],
  ['shift', 1095],
  ['week', 52],
  ['fortnight', 26],
  ['month', 12],
  ['quarter', 4],
  ['term', 3],
  ['semester', 2],
  ['year', 1],
]);

/** What a change happens on, more often than any period: "on every merge", "every commit". */
export const EVERY_EVENT_NOUNS = wordSet('every-event-nouns', ['commit', 'merge', 'push', 'build', 'change', 'deploy']);

/**
 * Named stretches of the calendar a count can run over, beside the units of PERIOD_RATES: "all winter", "over peak
 * season". Every season but "fall", which after a count is the verb far more often ("no errors fall through").
 */
export const CALENDAR_STRETCHES = wordSet('calendar-stretches', [
  'season',
  'peak',
  ...[...SEASONS].filter((season) => season !== 'fall'),
  'holidays',
  'holiday',
  'period',
  'cycle',
]);

/**
 * Schedules that share a duty out in turns: "a 1-in-6 rotation", "on a 1 in 4 rota". A ratio that
 * counts one of them is how often the writer takes a turn, a schedule (RUBRIC-NOTES, effort spans), no metric.
 */
export const ROTA_NOUNS = lemmaSet('rota-nouns', ['rotation', 'rota', 'roster'], [], { nouns: true });

/**
 * Units a rota shares a duty out in: "on-call 1 week in 6", "one weekend in four", "4 nights on, 4 off"
 * (quantity-rota-turns.ts). Two numbers told in one of them say how often the writer takes a turn.
 */
export const ROTA_TURN_UNITS = lemmaSet('rota-turn-units', ['day', 'night', 'week', 'weekend', 'shift'], [], {
  nouns: true,
});

/**
 * Slots of a standing schedule, counted per a longer period: "two mornings a week", "3 nights per week",
 * "one weekend a month", "two evenings each fortnight" (quantity-rota-turns.ts `recurringSlotsEnd`). Not
 * "day", a unit of length too: "saving two days a month", "teach 1 day per week" tell time spent or saved.
 */
export const SCHEDULE_SLOT_UNITS = lemmaSet(
  'schedule-slot-units',
  ['morning', 'afternoon', 'evening', 'night', 'weekend', 'shift'],
  [],
  { nouns: true },
);

/** Periods a standing schedule repeats over: "… a week", "… per month", "… each fortnight", "… a term". */
export const SCHEDULE_PERIODS = wordSet('schedule-periods', ['week', 'fortnight', 'month', 'term', 'semester']);

/**
 * Prepositions that make "the last N months" a window or a period rather than material gone through:
 * "over the last 12 months", "trained on the past two years of claims", "with the last 90 days of data".
 * Not "from": "every report from the last six months" names the material gone through.
 */
export const WINDOW_PREPOSITIONS = wordSet('window-prepositions', [
  'over',
  'in',
  'during',
  'throughout',
  'across',
  'on',
  'with',
  'using',
]);

/**
 * Verbs that shift a date or a plan along the calendar: "the go-live moved by two weeks", "pushed the
 * audit back by a month", "the cutover slipped by 3 days" (quantity-timeline.ts). Not "bring forward"
 * or "cut", which tell time gained.
 */
export const SHIFT_VERBS = lemmaSet('shift-verbs', [
  'move',
  'shift',
  'push',
  'slip',
  'slide',
  'delay',
  'postpone',
  'defer',
  'reschedule',
]);

/**
 * Units of time a day long or longer, singular, that a plan or a log numbers its periods by ("wk 13 –",
 * "month 3:", "Year 2 —", "in semester 1"): before a bare number they name one period, not a length
 * (quantity-exclusions.ts `numberedPeriodLabel`).
 */
export const NUMBERED_PERIOD_UNITS = wordSet('numbered-period-units', [
  'day',
  'wk',
  'week',
  'month',
  'mo',
  'quarter',
  'year',
  'yr',
  'sprint',
  'semester',
  'night',
  'weekend',
]);

/**
 * Prepositions that place a thing in a numbered period: "in month 3", "from wk 2 on", "until year 4".
 * Not "by" ("by week three" is the time the work took, quantities.ts) and no determiner or quantifier
 * ("every week 200 tickets": the number counts what follows).
 */
export const PERIOD_LABEL_PREPOSITIONS = wordSet('period-label-prepositions', [
  'in',
  'on',
  'at',
  'of',
  'from',
  'to',
  'until',
  'till',
  'since',
  'after',
  'before',
  'during',
  'through',
  'for',
]);

/** Units of distance: "within 20 miles", "up to 60 km" (quantity-limits.ts). */
export const DISTANCE_UNITS = wordSet('distance-units', [
  'mile',
  'miles',
  'mi',
  'km',
  'kms',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'metre',
  'metres',
  'meter',
  'meters',
  'yards',
  'feet',
  'ft',
]);

/** Nouns of a value set to aim at or stay under: "a 99.95% SLO", "a 40 ms p99 budget" (quantity-target-values.ts). */
export const TARGET_VALUE_NOUNS = lemmaSet(
  'target-value-nouns',
  ['target', 'goal', 'slo', 'sla', 'budget', 'threshold', 'cap', 'ceiling'],
  [],
  { nouns: true },
);

/** Verbs that hold a value the work reached: "maintained a 99.95% SLA", "kept within the 200 ms budget". */
export const VALUE_HOLDING_VERBS = lemmaSet('value-holding-verbs', ['maintain', 'keep', 'sustain', 'hold']);

/**
 * Nouns of things kept in a numbered set, whose number names one of them rather than counting anything
 * ("Phase 2", "Route 66", "Band 6", "Section 21", "ticket 4471"): naming-numbers.ts reads a bare number right
 * after one as a name. Matched by lemma, so a plural names several when a list follows ("routes 12, 41",
 * "rooms 3 and 4"). By kind: parts of a text, a plan or a course; grades, ranks and kinds; records and
 * tickets; places and ways; written abbreviations. Not units, nor nouns a count follows as their value
 * ("backlog 200", "headcount 40"). The entries are those the label reading had before it became this reader;
 * places and plant words a blind probe has not yet cleared ("ward", "bay", "trench", "pump", "goal") wait for
 * the claim reading that a false metric held up (session 38 report).
 */
export const NAMING_NOUNS = lemmaSet(
  'naming-nouns',
  [
    // Parts of a text, a plan or a course.
    ...['version', 'v', 'ver', 'release', 'phase', 'step', 'stage', 'chapter', 'section', 'page', 'part', 'story'],
    ...['item', 'round', 'sprint', 'iteration', 'patent', 'rule', 'figure', 'fig', 'table', 'appendix', 'lesson'],
    ...['week', 'day', 'season', 'episode', 'volume', 'vol', 'article', 'clause', 'option', 'slide', 'exhibit'],
    ...['case', 'unit'],
    // Grades, ranks and kinds.
    ...['level', 'tier', 'class', 'grade', 'gen', 'generation', 'series', 'model', 'type', 'category', 'band'],
    ...['mark'],
    // Records, tickets and numbers on file.
    ...['no', 'number', 'id', 'ticket', 'issue', 'pr'],
    // Places and ways.
    ...['room', 'floor', 'route', 'station', 'channel', 'interstate', 'highway', 'gate', 'terminal', 'platform'],
    ...['lane', 'suite', 'apt', 'box'],
    // Platforms.
    ...['sp', 'ios', 'android'],
  ],
  [],
  { nouns: true },
);

/**
 * Verbs that work through things already there, one by one, and leave each changed, moved, recorded or
 * checked: their counted object is how much the job went through, a processed volume (RUBRIC-NOTES "System
 * throughput": "converted 9,000 PDFs", "moved 60 repositories" are metric and scale). Things made
 * ("built", "wrote", "gave"), work items answered one by one ("resolved", "triaged", "reviewed") and people
 * won or developed ("hired", "trained") are not here: their counts are delivered or gained, a metric only.
 * British and American spellings are both listed where the lemma differs ("catalogue"/"catalog"). "merge" is
 * left out: "merged 120 pull requests" counts work items delivered as often as it counts records worked through;
 * "replace" too: "replaced 30 spreadsheets with one dashboard" counts the old side of a change to the setup;
 * and "repair", which counts things fixed one by one as "fixed 40 bugs" does ("Repaired 40 broken pallets").
 */
export const WORK_THROUGH_VERBS = lemmaSet('work-through-verbs', [
  // Data and records moved or prepared.
  'process',
  'migrate',
  'move',
  'transfer',
  'relocate',
  'onboard',
  'label',
  'relabel',
  'annotate',
  'ingest',
  'index',
  'reindex',
  'scan',
  'screen',
  'grade',
  'audit',
  'translate',
  'consolidate',
  'decommission',
  'retire',
  'deprecate',
  'clean',
  'catalogue',
  'catalog',
  'digitise',
  'digitize',
  'archive',
  // Things serviced, fitted or made over in place (trades, estates, fleets).
  'service',
  'rewire',
  'refit',
  'retrofit',
  'refurbish',
  'renovate',
  'fit',
  'install',
  'swap',
  'upgrade',
  'inspect',
  'survey',
]);
