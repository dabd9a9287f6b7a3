// Asks a posting outside software makes in plain or domain words, read by the frame of the ask (a verb of the ask and
// the kind of its object) rather than by the phrase one writer used: "get to the bottom of why" (depth), "without
// falling out with them" (conflict), "planning the year's work" (execution), "read every review … and do something
// about it" (customer focus), "teach the foundation doctors" (mentoring), "take the results to the committee"
// (communication), "keep our rooms to the standard" (quality), "reduce antibiotic use by 10%" (impact).
// Each frame keeps its near misses out by the object's kind: a party only named ("foundation doctors rotate through
// the ward"), page furniture ("plan your journey"), the people served taught ("teach the parents how to book").
// Phrase syntax: see job-focus/phrase-matcher.ts. Verbs are written by their base form: the matcher reads stems.
import { framePhrases } from './phrase-frames';
import { SERVED } from './served-people';

/** One phrase per half of a word list. */
const each = (halves: readonly string[], make: (words: string) => string) => halves.map(make);

/** Verbs of laying out work over time ("plan the year's work", "draw up the week's jobs for both crews"). */
const PLAN = ['plan', 'organise', 'organize', 'schedule', 'draw_up', 'map_out', 'lay_out'];
/** The spans of time a plan of work covers, written as the possessive or the noun ("the season's jobs"). */
const PERIODS = [
  'year',
  'season',
  'week',
  'month',
  'day',
  'term',
  'quarter',
  'shift',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fortnight',
];
/** Work as the object of a plan. */
const WORK = [
  'work',
  'works',
  'jobs',
  'tasks',
  'programme',
  'program',
  'maintenance',
  'renovations',
  'projects',
  'workload',
];
/** The governing bodies results are taken to ("the Drugs and Therapeutics Committee", "the board", "the trustees"). */
const BODIES = [
  'committee',
  'committees',
  'board',
  'boards',
  'trustees',
  'governors',
  'council',
  'panel',
  'forum',
  'executive',
  'directors',
];
/** What is taken to such a body to be read. */
const FINDINGS = [
  'results',
  'findings',
  'figures',
  'numbers',
  'data',
  'audit',
  'audits',
  'report',
  'reports',
  'case',
  'proposal',
  'proposals',
  '=recommendations',
  'paper',
  'papers',
  'plan',
  'plans',
];
/**
 * The people served whom a role may teach without growing colleagues ("teach the parents how to book"): the served
 * less the students and learners a role supervises and teaches as mentees (RUBRIC.md batch 12).
 */
const TAUGHT_SERVED = [
  'customer|user|client|member|patient|shopper|buyer|guest|parent|pupil|tenant|resident',
  'visitor|passenger|traveller|traveler|subscriber|caller|citizen|household|homeowner|=carer|=carers|=relatives',
];
/** Verbs of teaching colleagues. */
const TEACH = 'teach|train|train_up|coach|induct|tutor';
/** Verbs of a measured change, with its size after "by". */
const CHANGE = 'reduce|cut|increase|raise|lower|grow|improve|lift|boost|decrease|bring_down|drive_down|get_down|get_up';

export const PLAIN_WORD_ASKS = {
  depth: [
    // A cause got to the bottom of, not a customer's issue settled ("get to the bottom of it" for a caller is service).
    "get|getting|got to the bottom of =why|=what|=what’s|=what's|=how|=where|=whatever|=the_cause|=the_causes|=the_fault|=the_faults",
    // "find out what's really going on", "work out what is actually causing the damp".
    'find_out|work_out|figure_out * what * really|actually * going_on|happening|happened|causing|caused|wrong',
    // A fault diagnosed, not a patient: "diagnose the faults on the line", "get under the skin of the problem".
    'diagnose|diagnosing * fault|faults|problem|problems|issue|issues|failure|failures|cause|causes|breakdown|breakdowns',
    'get|getting * under the skin of',
  ],
  conflict: [
    // A falling-out named: "without falling out with them" (the denial is the phrase's meaning), "when two of the
    // cleaners have fallen out".
    '=without * fall|falling out',
    'fall|falls|falling|fell|fallen out with|over',
    'stand|stands|standing * ground',
    'stand|stands|standing up to * @person|=them|=him|=her|=people|=management',
    // A quarrel between people: "the odd row between the chefs and the front of house".
    '!rows|row between * table|tables|column|columns|file|files|dataset|datasets|sheet|sheets',
    '=row|=rows|=squabble|=squabbles|=feud|=feuds|=falling_out|=fallings_out between',
    // People no longer speaking: "when two of the cleaners aren't speaking to each other".
    "=aren't|=aren’t|=not|=stopped|=stop * speaking|talking to each other",
    'loggerheads',
    'stand|stands|standing|stay|stays|staying firm',
    'tempers * fray|frays|fraying|flare|flares|flaring|run_high',
    // Tempers raised: "when things get heated", "when meetings become heated".
    'things|it|tempers|meetings|conversations|discussions * get|gets|getting|got|become|becomes|run|runs =heated',
  ],
  communication: [
    // Reasons given: "explain why we're doing what we're doing", "tell the members why the course is closed". (Not
    // "understand it well enough to explain": that is depth.)
    '!enough to explain',
    'explain|explaining|explained|justify|justifying why|how|what',
    'tell|telling|tells * @person|=them|=everyone|=people * why',
    // Findings taken to the body that decides: "take the results to the Drugs and Therapeutics Committee".
    ...framePhrases('take|bring|put|report *', FINDINGS, '** to|before **', BODIES),
    // People kept told: "keep the committee in the loop"; people told before the work: "brief the crew each morning".
    'keep|keeping|keeps * in the loop|picture',
    '=brief|=briefs|=briefing the|your|our|all|each|every * team|teams|staff|crew|crews|shift|shifts|@person|@role',
    'report|reporting|reports * back to',
    // "talk everyone through the new timetable", as "walk them through it".
    'talk|talks|talking * =them|=him|=her|=everyone|=us|=people|=colleagues|=staff|=parents|=families|@person through',
  ],
  execution: [
    // The period's work named as one noun phrase: "the year's work", "the winter works programme".
    ...framePhrases(PLAN, 'the|each|every|next|this|a *', PERIODS, WORK),
    // "plan the week for both crews", "plan the season ahead" (not a period alone: "schedule the day" may be a visit's).
    ...framePhrases(PLAN, 'the|each|every|next|this *', PERIODS, 'for|ahead'),
    ...framePhrases(PLAN, 'the|their|our|your|each|every *', WORK, '=for|=across|=of|=on *', [
      'team',
      'teams',
      'crew',
      'crews',
      'site',
      'sites',
      'course',
      'estate',
      'shift',
      'shifts',
      'ward',
      'wards',
      'department',
    ]),
  ],
  customer: [
    ...each(SERVED, (n) => `listen|listens|listening to * ${n}`),
    // Reviews left by the people served, read and answered: "read every review that mentions a room", "reply to the
    // reviews on Google". (Not a code, design or incident review.)
    '!read|answer|reply_to|respond_to|act_on|go_through * code|design|peer|performance|incident|safety|clinical|case|literature|pull|security|architecture|model|post =review|=reviews',
    'read|answer|reply_to|respond_to|act_on|go_through the|every|each|all|our|online * =review|=reviews',
    // The people served made to feel looked after: "make every guest feel welcome", "know our regulars by name".
    ...each(SERVED, (n) => `make|makes|making * ${n} * feel`),
    ...each(SERVED, (n) => `know|knows|knowing * ${n} by name`),
  ],
  mentoring: [
    // Colleagues taught, whatever their trade: "teach the foundation doctors at induction". Not the people served
    // ("teach the parents how to use the app"): their words are claimed first.
    ...each(TAUGHT_SERVED, (n) => `!${TEACH} the|our|your|new|each|all ${n}`),
    ...each(TAUGHT_SERVED, (n) => `!${TEACH} ${n}`),
    `${TEACH} the|our|your|new|each|all * @person|@role`,
    'show|shows|showing * the ropes',
    'pass|passing|passes|hand|handing|hands on * what you|they * know|learned|learnt',
    // Newer colleagues brought on: "bring the two apprentice greenkeepers on until they can run a green alone".
    'bring|brings|bringing * @person|@role|=them * =on =until|=so|=to',
    'bring|brings|bringing * @person|@role|=them * =on $',
  ],
  quality: [
    // A standard kept: "keep our rooms to the standard that got us 5 AA stars", "bring the wards up to standard".
    'keep|keeping|bring|bringing|get|getting|maintain|maintaining ** to|up_to * =standard|=standards',
    // An outside check passed: "pass the EHO inspections", "get through the annual audit clean".
    'pass|passing|passes * inspection|inspections|audit|audits',
  ],
  impact: [
    // A measured change asked for, with its size: "Reduce the Trust's broad-spectrum antibiotic use by 10% in two
    // years". (Not a time of day: "cut the grass by 5pm".)
    `${CHANGE} ** by # $`,
    `${CHANGE} ** by # =percent|=per_cent|=pc|=points`,
  ],
} as const satisfies Record<string, readonly string[]>;
