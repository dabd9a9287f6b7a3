// Asks a posting outside software makes in plain or domain words, read by the frame of the ask (a verb of the ask and
// the kind of its object) rather than by the phrase one writer used: "get to the bottom of why" (depth), "without
// falling out with them" (conflict), "planning the year's work" (execution), "read every review … and do something
// about it" (customer focus), "teach the foundation doctors" (mentoring), "take the results to the committee"
// (communication), "keep our rooms to the standard" (quality), "reduce antibiotic use by 10%" (impact).
// Each frame keeps its near misses out by the object's kind: a party only named ("foundation doctors rotate through
// the ward"), page furniture ("plan your journey"), the people served taught ("teach the parents how to book").
// The parties of these frames are one word class (`@party`: colleagues, professions and bodies named by their role or
// the shape of its noun, role-nouns.ts), so "report progress to the trustees", "get the GPs to follow the guidelines"
// and "the greenkeepers would answer to you" are read whatever trade the posting names.
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
/** Bodies that are told, beside the parties named by role: "the parish council", "the panel", "the team". */
const TOLD = '@party|council|councils|panel|panels|forum|team|teams';
/** What is reported up: progress and the measures of the work ("report progress and spend", "the month's figures"). */
const PROGRESS = [
  'progress',
  'figures',
  'numbers',
  'results',
  'performance',
  'costs',
  'cost',
  'spend',
  'spending',
  'finances',
  'accounts',
  'budget',
  'position',
  'status',
  'KPIs',
  'metrics',
  'findings',
  'outcomes',
];
/**
 * Writings prepared for the people told ("cost reports for the board", "a paper for the committee"). Not figures or
 * accounts handed over: "prepare the figures for the accountant" is bookkeeping, not telling anyone anything.
 */
const PAPERS = [
  'report',
  'reports',
  'paper',
  'papers',
  'update',
  'updates',
  'summary',
  'summaries',
  'briefing',
  'briefings',
  'pack',
  'packs',
];
/**
 * Measures a posting wants moved, named by their noun ("the empty rate", "waiting times", "downtime", "the backlog"):
 * the object of an impact frame whatever the domain's measure is called.
 */
const MEASURES = [
  'rate',
  'rates',
  'ratio',
  'ratios',
  'percentage',
  '=times',
  'score',
  'scores',
  'downtime',
  'waste',
  'wastage',
  'losses',
  'backlog',
  'backlogs',
  'arrears',
  'turnover',
  'occupancy',
  'yield',
  'yields',
];
/** Verbs of a measure wanted somewhere: "I want the empty rate down", "get the scrap rate down", "keep the yield up". */
const WANT_MOVED = ['want', 'need', 'get', 'bring', 'keep', 'push', 'drive'];
/** Verbs of a value wanted, said after the present one: those of a measure wanted moved, and "we'd like it under 2". */
const WANTED_FROM_NOW = [...WANT_MOVED, '=like'];
/** Verbs of following what others were asked to take up: "get consultants to stick to the new guidelines". */
const TAKE_UP = [
  'follow',
  'stick_to',
  'sign_up',
  'take_up',
  'adopt',
  'accept',
  'comply',
  'switch',
  'buy_into',
  'change',
  '=use',
];
/** What goes wrong and can come back: a failure named by its noun or its verb ("data breaks", "when a batch fails"). */
const FAILURES = [
  'fault',
  'faults',
  'failure',
  'failures',
  'fail',
  'fails',
  'failed',
  'break',
  'breaks',
  'breakdown',
  'breakdowns',
  'error',
  'errors',
  'defect',
  'defects',
  'incident',
  'incidents',
  'outage',
  'outages',
  'leak',
  'leaks',
  'cause',
];
/** A failure denied to return ("it doesn't come back", "they don't keep happening", "the fault won't recur"). */
const NOT_AGAIN = ["=doesn't", '=doesn’t', "=don't", '=don’t', "=won't", '=won’t', '=never', '=not'];
const RECUR = [
  'come_back',
  'comes_back',
  'coming_back',
  '=keep_happening',
  '=keeps_happening',
  'recur',
  'recurs',
  'reoccur',
  'return',
  'returns',
  'reappear',
];
/** A recurrence of a failure named before it, denied: the frame of learning from it (and, for systems, reliability). */
const NO_RECURRENCE = [
  ...framePhrases(FAILURES, '** =it|=they|=this|=these', NOT_AGAIN, RECUR),
  ...framePhrases('same *', FAILURES, '*', NOT_AGAIN, RECUR),
];
/** Hard questions: what the one colleagues turn to is asked ("the tricky wound-care questions"). */
const HARD =
  'tricky|awkward|complex|complicated|difficult|hard|hardest|toughest|thorny|unusual|specialist|technical'.split('|');
const QUERIES = 'question|questions|query|queries|case|cases|problem|problems|fault|faults|issue|issues|ones'.split(
  '|',
);
/** Verbs of a colleague turning to someone: "ring", "call", "come to", "bring". */
const TURN_TO =
  'ring|rings|call|calls|phone|phones|ask|asks|come_to|comes_to|go_to|goes_to|turn_to|turns_to|bring|brings'.split('|');
/** Who turns to the hire: colleagues by role, or a place standing for its staff ("the wards", "the sites"). */
const COLLEAGUES = '@party|@role|=wards|=ward|=sites|=branches|=stores|=depots|=people|=everyone'.split('|');

/**
 * The duties of managing staff named beside training ("recruit, train and support the guides", "including recruitment,
 * training and appraisals", "their deployment, training and performance management"): what shows the training is of
 * the people the hire manages, not of a model or of the hire. One noun or verb of the family stands for all its forms,
 * as the matcher reads stems ("recruit" is "recruiting", "recruitment", "recruited").
 */
const STAFFING = ['recruit', 'hire', 'rota', 'rotas', 'rostering'];
const STAFF_REVIEWS = [
  'appraisal',
  'appraisals',
  'performance_management',
  'performance_review',
  'performance_reviews',
];
/** Verbs of growing a colleague towards a new standing ("help the regular ones become maintainers"). */
const GROW_TOWARDS = ['help', 'support', 'get'];
/** Colleagues named as new to the place rather than by a trade ("the new hires", "new starters", "joiners"). */
const NEWCOMERS = ['=hires', '=starters', '=joiners', '=recruits', '=colleagues', '=staff'];
/** The people a grown colleague is named as: by role or shape, as newcomers, a pronoun or "ones" standing for them. */
const GROWN = ['@person', '@role', '@party', ...NEWCOMERS, '=them', '=ones'];
/** At home in the work, where a newcomer is helped to ("get comfortable with the ML side", "settle in"). */
const SETTLED = [
  'get_comfortable',
  'feel_comfortable',
  'up_to_speed',
  'settle_in',
  'get_confident',
  'feel_confident',
  'find_their_feet',
];
/**
 * Colleagues grown, named by shape, name or newness only: a group of people ("help the trustees improve", "help our
 * partners grow") is as often the company's clients or a body the hire serves.
 */
const GROWN_COLLEAGUES = ['@role', ...NEWCOMERS, '=juniors', '=trainees', '=apprentices'];
/** Getting better at the work, said with no standing named ("get better", "grow in confidence", "get better at it"). */
const GET_BETTER = ['get_better', 'grow_in', 'grow_as', 'improve_at', 'improve_in', 'get_stronger'];
/** Getting better said by a verb alone, with no object after it ("help Lena and Farid improve", "helping them grow"). */
const GROW_ALONE = ['grow', 'grows', 'growing', 'improve', 'improves', 'improving', 'progress', 'progresses'];
/** Standings a colleague is grown into. */
const BECOME = [
  'become',
  'becomes',
  'becoming',
  'grow_into',
  'turn_into',
  'step_up',
  'qualify',
  '=qualified',
  // A standing worked towards ("help the good ones work towards their Level 3 and senior roles").
  'work_towards',
  'work_toward',
];
/**
 * What is not known yet about the work, as a cause or an answer ("we don't yet know why the yields fell", "the right
 * answer isn't known yet"): not a date or a place ("we don't know yet which site you will start at").
 */
const UNKNOWN_OF_WORK = ['=why', '=what_causes', '=what’s_causing', "=what's_causing", '=the_cause', '=the_answer'];
const ANSWERS = ['answer', 'answers', 'cause', 'causes', 'reason', 'reasons', 'solution', 'solutions'];
const NOT_YET = ["=isn't", '=isn’t', "=aren't", '=aren’t', '=not', '=no_one', '=nobody'];
/**
 * An answer said not to be there to be had: "there won't be a clear answer", "there is no textbook answer", "rarely an
 * obvious right answer". The answer is qualified as the one sought, so an answer merely missing ("if there's no answer
 * at the door") is no ask.
 */
const NONE_THERE = [
  '=no',
  "=won't_be",
  '=won’t_be',
  '=will_not_be',
  "=isn't",
  '=isn’t',
  '=rarely',
  '=seldom',
  '=never',
];
/** The written ways of doing the work a posting can say there are none of ("there isn't a playbook for this"). */
const PLAYBOOKS = ['playbook', 'playbooks', 'rulebook', 'rulebooks', 'blueprint', 'blueprints'];
const SOUGHT = ['clear', 'right', 'obvious', 'textbook', 'easy', 'simple', 'single', 'correct', 'perfect'];
/** A knower denied or unsure: "we don't know yet", "nobody knows", "nobody is sure yet", "we're not sure". */
const UNSURE = [
  "=don't|=don’t|=dont|=do_not|=nobody|=no_one|=noone * know|knows",
  '=nobody|=no_one|=noone|=not|=unsure * sure|=unsure',
];
/** What the people served may do, which a posting can say it does not know yet ("whether clinics want a list"). */
const SERVED_WILL = [
  'want',
  'wants',
  'need',
  'needs',
  'use',
  'pay',
  'like',
  'prefer',
  'value',
  'buy',
  'choose',
  'trust',
];
/** Finding out, said as still under way: "we're still working out, as a team, how …", "still learning what works". */
const STILL_FINDING = ['work_out', 'figure_out', 'find_out', 'learn', 'learning', 'discover', 'explore', 'test'];
const OPEN_QUESTION = ['=what', '=how', '=which', '=whether', '=if', '=where', '=who', '=why'];
/** What a reverse ask rules out needing: the work laid out beforehand ("a well-defined spec", "a detailed brief"). */
const DEFINED = ['well_defined', 'detailed', 'clear', 'fixed', 'precise', 'exact', 'full', 'written', 'set'];
const LAID_OUT = [
  'spec',
  'specs',
  'specification',
  'brief',
  'briefs',
  'plan',
  'plans',
  'task',
  'tasks',
  'list',
  'routine',
  'instructions',
  'requirements',
  'roadmap',
];
/**
 * The verbs of a counted team led (a team named by a domain phrase: "a front of house team of around 20"), or of a place
 * run with one ("run the kitchen with a brigade of twelve"; a team a thing is run for is vetoed in concepts.ts).
 */
const LEAD_COUNTED = ['lead', 'led', 'head', 'supervise', '=manage', '=manages', '=managing', 'run'];
const TEAM_COUNTED = '=team|=crew|=staff|=brigade|=department';
const COUNTS = [
  '#',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
];
/** What opens a clause that only names a team: nothing, or "it's", "that's", "which is" ("it's a crew of eight"). */
const COUNTED_TEAM_OPENERS = ['', "=it's|=it’s|=that's|=that’s|=it_is|=that_is|=which_is|=there_are|=there's"];
/** A count's end when the clause only names a team: the clause ends, or the people counted close it. */
const COUNTED_TAIL = ['$', '@role|@person|@party $', '@role|@person|@party =and'];

/**
 * Groups of people a noun of leading governs ("leadership of the estates team", "management of the night crew"): a
 * team by any name, or colleagues named by role or shape, or counted ("leadership of four coordinators").
 */
const LED_GROUPS = [
  'team',
  'teams',
  'crew',
  'crews',
  'squad',
  'department',
  'staff',
  'shift',
  'brigade',
  'unit',
  'workforce',
  '@role',
  '@party',
];
/**
 * Whose leadership it is not: the hire reports to it, works under or beside it ("under the leadership of the head
 * teacher", "report to the leadership of the trust", "with the leadership of the product team").
 */
const OTHERS_LEADERSHIP = ['=under', '=to', '=with', '=from', '=by', '=support', '=supports', '=supporting'];
/** Colleagues who learn from the hire, by role or shape or as the ones new to the work. */
const LEARNERS = ['@person', '@role', '@party', ...NEWCOMERS, '=apprentices', '=trainees', '=juniors', '=younger'];
/** What a hire passes on to colleagues. */
const KNOW_HOW = ['knowledge', 'skills', 'experience', 'know_how', 'expertise', 'craft'];
/** Taking part in a piece of work, by verb or noun ("participation in", "take part in", "involvement in"). */
const TAKE_PART = ['participation', 'participate', 'take_part', 'takes_part', 'involvement', '=involved', 'be_part'];
/** The whole of a cycle: "the full cycle", "the whole life", "all phases". */
const WHOLE = ['full', 'whole', 'complete', 'entire', 'all', 'every'];
const CYCLE = ['cycle', 'lifecycle', 'life_cycle', 'life', 'phases', 'stages'];
/** Cycles that are the hire's own induction, not a piece of work owned ("the full cycle of induction training"). */
const OWN_INDUCTION = ['induction', 'training', 'onboarding', 'probation', 'course', 'wash'];

/**
 * Verbs of holding a thing as one's own: owned, looked after, answered for, in one's charge. With a group of people as
 * the object they lead it ("own the night team", "responsible for the ward's nursing team"); with a thing they own it.
 */
const HOLD = [
  'own',
  'look_after',
  'take_care_of',
  '=responsible_for',
  '=responsable_for',
  '=accountable_for',
  '=in_charge_of',
  'take_charge_of',
];
/** Groups of colleagues as one body, by any name for one. */
const GROUPS = ['team', 'teams', 'crew', 'crews', 'squad', 'squads', 'staff', 'shift', 'brigade', 'gang', 'workforce'];
/**
 * Idioms of standing firm against someone's push, each a verb with its particle or object: "stand firm", "stand your
 * ground", "hold firm", "stick to your guns". (Pushing back itself is read in concepts.ts.)
 */
const STAND_FIRM = [
  'stand_firm',
  'stands_firm',
  'standing_firm',
  'hold_firm',
  'holding_firm',
  'stand_your_ground',
  'stand_their_ground',
  'stand_one’s_ground',
  'hold_your_ground',
  'hold_their_ground',
  'stick_to_your_guns',
  'stick_to_their_guns',
];
/**
 * What "hold the line" is held against, when it is standing firm ("hold the line when customers push", "with
 * suppliers", "for your team"), not waiting on a phone ("hold the line while you find the file", "and someone will
 * answer"), nor a standard kept ("hold the line on accessibility and performance" is quality).
 */
const HELD_AGAINST = ['=when', '=whenever', '=with', '=against', '=for', '=if', '=even', '=under'];
/**
 * The last stage of a piece of work's life, which a life told "from" its first stage reaches ("from the first workshops
 * to the full rollout", "from the first survey through to go-live").
 */
const LAST_STAGES = ['rollout', 'rollouts', 'roll_out', 'go_live', 'golive'];
/** A life told from its first stage to the last: ownership, and no release rolled out (a veto in reliability). */
const LIFE_TO_LAST_STAGE = framePhrases('from ** to|through|until *', LAST_STAGES);
/** A handover that ends a project, not a shift's ("to the full handover", "until the handover to the farm staff"). */
const PROJECT_HANDOVER = ['full_handover', 'final_handover', 'complete_handover', 'handover_to'];

/**
 * The people a hire keeps told: colleagues and bodies by role or shape, a group of colleagues, or a pronoun standing for
 * people named before ("keep them posted"). Not "us" or "me": the employer told is the applicant writing in ("let us
 * know if you need adjustments", "walk us through your CV"). Nor the people served: telling them when the office is
 * closed is a notice of the service, not communication (own-s37 rows); they are read only as the ones things are
 * explained to ("walk families through what the plan covers").
 */
const PEOPLE_TOLD = [
  '@party',
  '@role',
  ...GROUPS,
  // People named by a post that is no partner of a collaboration (party-nouns.ts), but is people to tell: "the site
  // leads", "the shop managers", "the head of year".
  '=lead',
  '=leads',
  '=head',
  '=heads',
  'manager',
  'owner',
  'director',
  'stakeholder',
  'sponsor',
  '=them',
  '=everyone',
  '=him',
  '=her',
];
/** The people things are explained to: those told, and the people served and their families. */
const PEOPLE_EXPLAINED_TO = [
  ...PEOPLE_TOLD,
  '@person',
  ...SERVED.flatMap((half) => half.split('|')),
  '=families',
  '=family',
];
/**
 * The verbs of telling, each with the word that closes its frame after the people told: "let the site leads know",
 * "tell the parents when/if/what …", "walk or talk the relatives through", "keep the growers posted / in the loop / in
 * the picture". Exact base and -ing forms for let and tell: "the app lets drivers know", "the portal tells tenants
 * when …" have a thing for their subject, as a third-person form in a duty line mostly has.
 */
const TELL_WHAT = [
  '=when',
  '=if',
  '=what',
  '=how',
  '=whether',
  '=why',
  '=where',
  '=which',
  '=who',
  '=about',
  '=before',
];
const TALK_THROUGH = ['walk', 'talk'];
const KEPT_TOLD = ['posted', 'in_the_loop', 'in_the_picture', 'abreast'];
/** The determiners before the people briefed or updated: the verb's object, not a noun ("a brief chat with …"). */
const TOLD_DETERMINERS = 'the|your|our|each|every|all|any|both|new|incoming';
/**
 * States of a thing kept to a standard a regulator or an inspector checks ("road-legal", "compliant", "roadworthy"):
 * quality as a duty, whatever the thing is (vans, a lab, a kitchen).
 */
const COMPLIANT = ['legal', 'road_legal', 'roadworthy', 'compliant', 'hygienic', 'up_to_code', 'within_regulations'];
/** States that with "safe" beside them say a standard kept ("clean and safe", "safe and tidy", "safe, legal"). */
const KEPT_WELL = [...COMPLIANT, 'clean', 'tidy', 'secure', 'serviced', 'maintained', 'working'];
/**
 * What kept safe is care, not a standard: people (the hire, colleagues, the people served) and what is guarded
 * rather than kept to a standard ("keep the cash safe", "keep the keys safe").
 */
const KEPT_NOT_STANDARD = [
  '@person',
  '@role',
  '@party',
  ...GROUPS,
  '=yourself',
  '=yourselves',
  '=themselves',
  '=them',
  '=everyone',
  '=people',
  '=children',
  '=kids',
  '=cash',
  '=money',
  '=keys',
  '=belongings',
  '=valuables',
];
/** Being as a verb after "make sure" or "ensure": "make sure the vans are safe and road legal". */
const BE_KEPT = ['=is', '=are', '=stay', '=stays', '=remain', '=remains'];
/** The lists of a period's shifts (a rota, a roster, the weekend shift): organised, the work of execution. */
const ROTAS = ['shift', 'shifts', 'rota', 'rotas', 'roster', 'rosters'];

/**
 * Meetings of a team or a profession: "the product team's planning", "the consultants' ward round", "the buyers' range
 * review". Sat in on or joined, another party's meeting is work with that party.
 */
const MEETINGS = [
  'planning',
  'stand_up',
  'standup',
  'standups',
  'huddle',
  'huddles',
  'round',
  'rounds',
  'review',
  'reviews',
  'meeting',
  'meetings',
  'retro',
  'retros',
  'retrospective',
  'retrospectives',
  'catch_up',
  'briefing',
  'briefings',
];
/** Taking part in a meeting that is not the hire's own: sitting in (on) it, joining it, attending it. */
const SIT_IN = ['sit_in', 'sit_in_on', 'join', 'attend'];
/**
 * A meeting's own team said with no name of its function is the hire's own ("attend the team's weekly stand-up", "your
 * team's Monday meeting"): the exact possessive forms of the group nouns right after the determiner.
 */
const OWN_TEAMS = ["=team's", '=team’s', "=teams'", '=teams’', "=crew's", '=crew’s', "=shift's", '=shift’s'];
/** Verbs of the people served turning to the hire: "the person callers ring", "the first person guests speak to". */
const SERVED_TURN_TO = ['ring', 'call', 'phone', 'speak_to', 'talk_to', 'come_to', 'turn_to', 'go_to', 'see', 'meet'];
/** Units a measure's value is given in, when the measure itself goes unnamed ("we need that down to 5 days"). */
const UNITS = ['=days', '=hours', '=weeks', '=minutes', '=mins', '=months', '=percent', '=per_cent'];

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
    // The one colleagues turn to with the hard questions, whatever they are called (a place may stand for its staff):
    // "Be the person the wards ring with the complex infection queries", "the one the other fitters call with the really
    // awkward hydraulic faults". (Not the people served: "the person customers call with billing questions".)
    ...framePhrases('=person|=one|=expert|=someone *', COLLEAGUES, '*', TURN_TO, '**', HARD, '*', QUERIES),
  ],
  conflict: [
    // Standing firm against a push, said by an idiom: "stand your ground with senior doctors", "stick to your guns when
    // the agent pushes you", and "hold the line" when it is held against someone ("hold the line when customers push
    // for refunds", not "hold the line while you find their file").
    ...framePhrases(STAND_FIRM),
    ...framePhrases('hold|holds|holding the line', HELD_AGAINST),
    // A grievance dealt with, named by any noun of the family: "deal with the relatives' worries calmly before they
    // turn into complaints", "handle the tenants' gripes", "settle grievances". (Concerns and complaints: concepts.ts.)
    ...framePhrases(
      'handle|handling|deal|dealing|resolve|resolving|manage|managing|settle|settling|sort_out|sorting_out *',
      ['worry', 'worries', 'grievance', 'grievances', 'gripe', 'gripes', 'niggle', 'niggles'],
    ),
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
    // People told, by any verb of telling with its closing word: "let the site leads know if stock will run short",
    // "tell the parents when a bus will be late", "walk families through what the plan covers", "keep the owners in the
    // loop", "brief the incoming nurse", "update the family on how he is doing", "give the drivers a heads-up". (Not the
    // employer told, "let us know", nor a place walked through, "walk through the site".)
    // (Whatever stands between "let" and "know" is a knower, whatever it is called: "let the site leads know". A noun
    // phrase after "tell" with a determiner is what or who is told: "tell the shift leads when …", "tell the story of
    // how …"; with none it must name people, as "tell when a patient is unwell" is noticing, not telling.)
    '!=let|=letting =us|=me =know',
    ...framePhrases('!=let|=letting *', SERVED, '=know'),
    '=let|=letting * =know',
    '!=tell|=telling the =difference',
    // (A thing that tells is no hire telling: "set up alerts that tell the team when a feed stops arriving".)
    '!=that|=which|=it =tell|=tells|=let|=lets|=keep|=keeps|=update|=updates',
    // (Telling someone no, or that what they want is wrong, is pushing back, not keeping them told: "tell the site
    // manager no when he wants it energised untested", "telling them when a metric they want would be misleading".)
    '!=tell|=telling ** =no|=wrong|=misleading|=mistaken|=unrealistic|=unsafe|=unfair',
    // (A notice to the people served is no communication, "tell clients when the office is closed"; a reason given them
    // is, "tell the members why the course is closed", read above.)
    ...framePhrases('!=tell|=telling *', SERVED, '=when|=if|=whether|=before'),
    `=tell|=telling ${TOLD_DETERMINERS} * ${TELL_WHAT.join('|')}`,
    ...framePhrases('=tell|=telling', PEOPLE_TOLD, TELL_WHAT),
    ...framePhrases(TALK_THROUGH, '*', PEOPLE_EXPLAINED_TO, 'through'),
    ...framePhrases('keep *', PEOPLE_TOLD, KEPT_TOLD),
    ...framePhrases('brief|update', TOLD_DETERMINERS, '*', PEOPLE_TOLD, '* =on|=about|=before'),
    ...framePhrases('=brief|=briefing', TOLD_DETERMINERS, '*', PEOPLE_TOLD, '$'),
    ...framePhrases('give *', PEOPLE_TOLD, '* heads_up'),
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
    // Progress reported up to the people who govern the work: "Report progress and spend to the trustees", "report the
    // month's figures to the regional director". Not a reporting line ("You will report to the farm manager", "reports
    // directly to the COO"): the verb with no object is vetoed.
    '!report|reports|reporting|reported to|into',
    '!report|reports|reporting|reported directly|straight|ultimately|initially|jointly|functionally|operationally to|into',
    ...framePhrases('report|reports|reporting *', PROGRESS, '** to|for the|our|your|its|each|all|every *', [TOLD]),
    // Reported at a set interval: "alert on them, and report on them monthly", "report progress every quarter". (Not a
    // place reported to: "report on site daily".)
    ...framePhrases('report|reports|reporting', ['=on_them', '=on_it', '=on_progress', ...PROGRESS], '*', [
      '=monthly',
      '=weekly',
      '=quarterly',
      '=fortnightly',
      '=annually',
      'every_month',
      'every_week',
      'every_quarter',
      'each_month',
      'each_week',
      'each_quarter',
    ]),
    // Papers prepared for them: "Produce cost reports for the board", "Prepare the quarterly accounts for the committee".
    ...framePhrases(
      'produce|producing|prepare|preparing|write|writing|compile|compiling|draw_up|put_together *',
      PAPERS,
      '** for|to the|our|your|its|each|all|every *',
      [TOLD],
    ),
    // The people told kept up to date: "update the board on progress", "brief the trustees about the plans".
    `update|updates|updating|brief|briefs|briefing the|our|your|each|all * ${TOLD} on|about`,
    // "explain where the margin is going".
    'explain|explaining|explained =where',
    // "talk everyone through the new timetable", as "walk them through it".
    'talk|talks|talking * =them|=him|=her|=everyone|=us|=people|=colleagues|=staff|=parents|=families|@person through',
  ],
  execution: [
    // A period's shift or rota organised: "organise the weekend shift", "plan the Saturday rota", "draw up next week's
    // rota". (Not the hire's own shifts, "plan your shifts around the school run", nor a rota organised by another,
    // "the rota is organised by the duty manager".)
    ...framePhrases(PLAN, 'the|each|every|next|this|both *', ROTAS, '$'),
    ...framePhrases(PLAN, 'the|each|every|next|this|both *', ROTAS, '=for'),
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
  collaboration: [
    // Another team's or profession's meeting sat in on or joined: "sit in the product team's planning", "join the
    // consultants' ward round", "attending the sales team's weekly huddle". (Not the hire's own team's, "attend the
    // team's weekly stand-up", nor a meeting no party holds, "the annual planning conference".)
    ...framePhrases('!', SIT_IN, 'the|your|our|my', OWN_TEAMS).map((p) => p.replace('! ', '!')),
    ...framePhrases(SIT_IN, 'the|a * @party|team|teams|squad|squads|department|departments', '*', MEETINGS),
  ],
  customer: [
    // The hire as the one the people served turn to: "be the person callers ring when a delivery goes missing", "the one
    // customers call when an order goes wrong", "the first person guests speak to". (Colleagues turning to the hire is
    // depth or nothing: "the person the site team calls when a pump fails".)
    ...framePhrases('=person|=one|=someone|=face|=voice *', SERVED, '*', SERVED_TURN_TO),
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
    // Colleagues shown how the work is done: "Show the new bakers how we shape and prove", "show our new starters how
    // the ovens work". (Only colleagues: "show the users how to log in" is service.)
    ...framePhrases('show|shows|showing the|our|your|new|each|all *', ['@role', '@party', ...NEWCOMERS], '=how'),
    'pass|passing|passes|hand|handing|hands on * what you|they * know|learned|learnt',
    // Newer colleagues brought on: "bring the two apprentice greenkeepers on until they can run a green alone".
    'bring|brings|bringing * @person|@role|=them * =on =until|=so|=to',
    'bring|brings|bringing * @person|@role|=them * =on $',
    // Training among the duties of managing staff, verb or noun: "recruit, train and support the volunteer guides",
    // "Staffing, including recruitment, training and appraisals", "their deployment, training and performance
    // management". (Training alone is often the hire's own: "full training provided".)
    ...framePhrases(STAFFING, '**', ['train', 'coach']),
    ...framePhrases(['=training', '=coaching'], '**', STAFF_REVIEWS),
    // A colleague grown to a new standing: "help the regular ones become maintainers", "help the two field
    // technicians become agronomists". Not the people served ("help the patients become independent").
    ...each(
      TAUGHT_SERVED,
      (n) => `!help|helps|helping|support|supporting|get|gets|getting the|our|your|new|each|all ${n}`,
    ),
    ...each(TAUGHT_SERVED, (n) => `!help|helps|helping|support|supporting|get|gets|getting ${n}`),
    ...framePhrases(GROW_TOWARDS, '**', GROWN, '*', BECOME),
    // Or helped to get better at the work, no standing named: "help Mei and Callum get better", "help the two juniors
    // improve", "helping Aisha and Tomasz grow in confidence". (The clause ends at the growth, so "help the juniors
    // improve the tests" is improving the tests; the people served are vetoed above: "help patients get better".)
    ...framePhrases(GROW_TOWARDS, '**', GROWN_COLLEAGUES, '*', GET_BETTER),
    ...framePhrases(GROW_TOWARDS, '**', GROWN_COLLEAGUES, '*', GROW_ALONE, '$'),
    // Or helped to be at home in the work: "help our junior dev get comfortable with the ML side", "help new starters
    // settle in". (The people served are vetoed above: "help patients get comfortable before the scan".)
    ...framePhrases(GROW_TOWARDS, '**', GROWN, '*', SETTLED),
    // Colleagues new to the work taught, named as newcomers: "Teach the new starters how we pack the boxes".
    ...framePhrases(TEACH, 'the|our|your|new|each|all|any *', NEWCOMERS),
    // The hire as the one colleagues learn from: "Be the person the apprentices learn the trade from", "the one the
    // newly qualified teachers learn their craft from". (Not a thing learned from: "learn from the best trainers".)
    ...framePhrases(LEARNERS, '* learn|learns|learning ** from $'),
    // Know-how passed to colleagues: "Pass your knowledge to the younger mechanics". (Not a test passed: "pass the
    // skills test to qualify".)
    ...framePhrases('pass|passes|passing|hand_down|hands_down *', KNOW_HOW, '** to *', LEARNERS),
  ],
  quality: [
    // A thing kept to a checked standard: "keep the vans safe and road-legal", "keep the lab compliant with the biosafety
    // rules", "keep the kitchens clean and safe". "Safe" alone, or said of people or of what is guarded, is care or
    // security, not a standard: "keep yourself safe", "keep the residents safe", "keep the cash safe".
    ...framePhrases('!keep|ensure|make_sure *', KEPT_NOT_STANDARD, '*', ['=safe', ...KEPT_WELL]),
    ...framePhrases('keep **', COMPLIANT),
    ...framePhrases('keep ** safe * ', KEPT_WELL),
    ...framePhrases('keep **', KEPT_WELL, '* safe'),
    ...framePhrases('make_sure|ensure **', BE_KEPT, '*', COMPLIANT),
    // A standard kept: "keep our rooms to the standard that got us 5 AA stars", "bring the wards up to standard".
    'keep|keeping|bring|bringing|get|getting|maintain|maintaining ** to|up_to * =standard|=standards',
    // Work made sure of as done well, whatever the work: "make sure medication rounds, care plans and handovers are done
    // properly every day", "ensure the fire checks are done properly". (Only the manner: "make sure the handover is
    // done before you go home" is a task finished, "the patients are settled properly" is care, not its standard.)
    ...framePhrases(
      'make_sure|making_sure|ensure|ensuring **',
      ['=done', '=carried_out', '=completed', '=filled_in', '=kept'],
      '=properly|=correctly|=right|=accurately',
    ),
    // An outside check passed: "pass the EHO inspections", "get through the annual audit clean".
    'pass|passing|passes * inspection|inspections|audit|audits',
    // Work checked against a written norm, by any verb of checking (or its noun heading a duty, nominal-heads.ts):
    // "check wash programmes against the infection-control standard", "inspect every batch against the spec". Not a
    // candidate's own check ("check your experience against the criteria"): criteria and requirements are no norm here.
    'check|checks|checking|inspect|inspects|inspecting|verify|verifies|verifying|audit|audits|auditing|test|tests|testing ** against * =standard|=standards|=specification|=specifications|=spec|=specs|=checklist|=checklists|=procedure|=procedures|=regulations|=legislation|=guidelines',
  ],
  impact: [
    // A measure taken from one value to another: "cut the time to answer a complaint from ten days to three", "bring the
    // time a lorry waits down from 40 minutes to 15". (Not a range: "training runs from ten days to three weeks".)
    // (Not the hire's own hours or commute moved, a benefit: "bring your working week down from five days to four";
    // nor a change told as done, "hours were cut from 45 to 40 last year"; nor a place got down from, "get down from
    // the ladder from 8 to 9".)
    `!${CHANGE}|${WANT_MOVED.join('|')} =your|=my`,
    `!=was|=were|=been|=is|=are|=being ${CHANGE}`,
    `!${CHANGE}|${WANT_MOVED.join('|')} =down|=up|=off|=out =from the|a|an|your|my|our|their`,
    ...framePhrases(`${CHANGE}|${WANT_MOVED.join('|')} ** =from`, COUNTS, '** =to', COUNTS),
    // A measure's present value and the one wanted, in one clause ("today it takes about ten days, we want it under
    // three"), or the wanted one with its unit ("we need that down to 5 days"). (Not a thing kept hidden: "we want it
    // under wraps".)
    ...framePhrases(COUNTS, UNITS, '**', WANT_MOVED, '=it|=that|=this * =under|=below|=down_to|=to', COUNTS),
    ...framePhrases(WANT_MOVED, '=it|=that|=this * =under|=below|=down_to|=to', COUNTS, UNITS),
    // The present value in one clause and the wanted one in the next, after a semicolon or a dash: "today it takes about
    // ten days; we want it under three", "a new patient waits 6 weeks — we want that under 2", "about 12% spoils; the
    // aim is to get that below 5%". The wanted value is a count after "under", "below", "down to" and a pronoun for the
    // measure (not the hire wanted, "we need you to be on time", nor "we want it to stay under review").
    ...framePhrases(COUNTS, '> **', WANTED_FROM_NOW, '=it|=that|=this|=them * =under|=below|=down_to|=to', COUNTS),
    // A measured change asked for, with its size: "Reduce the Trust's broad-spectrum antibiotic use by 10% in two
    // years". (Not a time of day: "cut the grass by 5pm".)
    `${CHANGE} ** by # $`,
    `${CHANGE} ** by # =percent|=per_cent|=pc|=points`,
    // A measure wanted moved, named by its noun: "I want the empty rate down", "We need the waiting times in
    // outpatients down", "keep the yield up". (Not a thing kept down: "keep the noise down", "the temperature".)
    ...framePhrases(WANT_MOVED, '**', MEASURES, '** =down|=up|=lower|=higher'),
    // Or held to a mark: "Get waste under 8% across the shops".
    ...framePhrases(WANT_MOVED, '**', MEASURES, '* =under|=below|=above|=over #'),
    // The measure shown moving: "actually show the ward-level numbers going down".
    ...framePhrases('show|shows|showing|prove|proving **', [...MEASURES, 'numbers', 'figures'], '* ', [
      'going_down',
      'going_up',
      'coming_down',
      'coming_up',
      'falling',
      'dropping',
      'rising',
      'improving',
    ]),
    // Or a rate changed: "Reduce the empty rate", "improve the pass rate". (Only a rate: "cut our dashboard load times"
    // is a system made faster, no result.)
    `${CHANGE}|halve * =rate|=rates|=ratio $`,
  ],
  leadership: [
    // The idiom, not people led: "lead the way for new drivers joining the scheme".
    '!lead|leads|leading|led the way',
    // People who answer to the hire, whatever they are called: "the lads would answer to you", "three estate workers
    // and a seasonal crew would report to you" (not the hire's own reporting line: "you will report to the director").
    '=answer|=answers|=answering * to =you',
    // (The people, then a relative, a modal or a quantifier at most: "teams who do not report to you" is influence.)
    // (A plain "report" after colleagues only: "Fix the bugs users report to you" is no one led.)
    '@party|@person|@role =reporting|=answering * to =you',
    '@party|@role =report|=answer * to =you',
    '@party|@person|@role * =who|=that|=would|=will|=shall|=all|=both|=currently|=then =report|=reports|=answer|=answers * to =you',
    // A team counted, whatever words name it before "team": "Leading a front of house team of around 20", "manage the
    // housekeeping and laundry staff of 14".
    ...framePhrases(LEAD_COUNTED, `** ${TEAM_COUNTED} of *`, COUNTS),
    // The counted team told after a semicolon, colon or dash, as the rest of the sentence: "run the bakery on Saturdays —
    // a team of five", "you'll run the night shift; it's a crew of eight", "head the yard: a team of 6 fitters". The
    // team is all the next clause says (nothing after the count but the people counted), so a team a thing is run for
    // is no team led: "run the payroll — a team of 40 depends on it".
    ...framePhrases(LEAD_COUNTED, '>', COUNTED_TEAM_OPENERS, `a|an * ${TEAM_COUNTED} of *`, COUNTS, COUNTED_TAIL),
    // Leading named by its noun: "Leadership of the estates team", "take over the leadership of the night crew",
    // "leadership of four coordinators", "management of the housekeeping staff". Not another's leadership ("under the
    // leadership of the head teacher", "report to the leadership of the trust").
    ...framePhrases(OTHERS_LEADERSHIP, 'the|our|its|their|your|senior * =leadership|=management of').map(
      (p) => `!${p}`,
    ),
    ...framePhrases('=leadership|=management of *', LED_GROUPS),
    ...framePhrases('=leadership of', COUNTS),
    // A group of colleagues held as one's own: "own the night team (6 pickers, 2 drivers)", "be responsible for the
    // ward's nursing team, 14 nurses and 6 HCAs", "look after a team of four electricians", "in charge of the
    // housekeeping team". (The group must end the object: "responsible for team building" is no team.) A heading's verb
    // over a list of groups reads the same (heading-scope.ts).
    ...framePhrases(HOLD, '*', GROUPS, '$'),
    ...framePhrases(HOLD, '*', GROUPS, '=of'),
  ],
  ambiguity: [
    // What is not known yet about the work, said plainly: "we don't yet know why: part of your first year is finding
    // out", "nobody knows yet why the yields dropped". (A denial inside the phrase is its meaning.)
    ...framePhrases(
      "=don't|=don’t|=do_not|=nobody|=no_one|=noone * know|knows|understand|understands *",
      UNKNOWN_OF_WORK,
    ),
    // "when the right answer isn't known yet", "there is no right answer known yet".
    ...framePhrases(ANSWERS, '*', NOT_YET, '* =known|=understood|=obvious'),
    ...framePhrases('=no *', ANSWERS, '* =known|=understood|=yet'),
    // No answer to be had: "there won't be a clear answer", "there is no textbook answer for most calls".
    ...framePhrases(NONE_THERE, '*', SOUGHT, '*', ANSWERS),
    // Not known yet whether the people served will take it up: "we don't know yet whether clinics want a risk score",
    // "nobody is sure yet if the growers will pay for it". (Not the job's own terms: "whether the post is extended".)
    ...UNSURE.flatMap((knower) => framePhrases(knower, '* =whether|=if *', SERVED, '**', SERVED_WILL)),
    // A question of the work still being found out: "we are still working out, together, what nurses should see".
    ...framePhrases('=still *', STILL_FINDING, '*', OPEN_QUESTION),
    // Or found out along the way: "a lot of this we're working out as we go". (Only finding out: "clean as you go".)
    ...framePhrases([...STILL_FINDING, 'make_up'], '* =as =we =go'),
    // No written way of doing it: "there isn't a playbook for most of what happens on nights".
    ...framePhrases(NONE_THERE, '*', PLAYBOOKS),
    // A reverse ask: the one ruled out needs the work laid out for them. "Not a fit if you need a well-defined spec",
    // "probably not for you if you need a detailed brief before you start".
    ...framePhrases(
      "=not|=isn't|=isn’t * =fit|=for|=right|=match ** =if|=when * need|needs|want|wants|expect|expects|prefer|prefers **",
      DEFINED,
      '*',
      LAID_OUT,
    ),
  ],
  influence: [
    // Parties brought to take up a change they do not have to: "Get the GPs to follow the new referral guidelines",
    // "get consultants to stick to the new prescribing guidelines". (Not people taken somewhere: "get the patients to
    // theatre on time".)
    // (One's own team got to do something is leading it: "Get your team to use the new handover sheet".)
    '!get|gets|getting the|your|our|my * =team|=crew|=staff|=shift to',
    ...framePhrases('get|gets|getting|persuade|persuading|encourage|encouraging * @party|=teams|=everyone to', TAKE_UP),
    // Parties brought to one shared thing: "Work with the ops and finance teams to agree one definition of …", "with
    // district commanders and the council's data team to agree shared definitions". (Not a thing agreed alone: "agree
    // the rota with your manager".)
    ...framePhrases(
      'with ** =teams|@party|=partners|=partnership|=agencies|=departments ** to',
      ['agree', 'align_on', 'settle_on', 'converge_on'],
      '* =one|=shared|=common|=single|=a_single|=the_same',
    ),
  ],
  ownership: [
    // A life told from its first stage to its last: "from the first workshops to the full rollout", "from the first
    // survey through to go-live", "until the handover to the farm staff". (Not a shift's handover, nor a route: "from
    // the depot to the customers' doors".)
    ...LIFE_TO_LAST_STAGE,
    ...framePhrases('from ** to|through|until *', PROJECT_HANDOVER),
    // Put in charge of a thing, not of people (those are led): "You'll be in charge of the ingestion pipelines", "you are
    // in charge of the cold store". (Not someone else in charge: "the nurse in charge of the ward".)
    "!=be|=being|=are|=you're|=you’re =in =charge =of * team|teams|staff|crew|crews|people|@person|@role|@party",
    "=be|=being|=are|=you're|=you’re =in =charge =of",
    // A whole scope answered for: "You'll be responsible for everything a visitor touches", "responsible for all what
    // happens in the depot", "for the whole pastoral picture". (A quality attribute is vetoed in concepts.ts; a
    // reporting line, "responsible to the practice manager", has no "for".)
    '=responsible for =everything|=whatever|=all_that|=all_what|=the_whole|=the_entire',
    // Calls made without asking the one who hires: "make the calls on grazing and breeding without ringing me", "run the
    // shop floor and make the calls without checking with me first".
    ...framePhrases(
      'make|makes|making|take|takes|taking|run|runs|running|decide|decides|deciding ** =without **',
      ['ring', 'phone', 'call', 'check', 'ask', 'consult', 'bother'],
      '* =me|=us',
    ),
    // Taking part in the whole cycle of a piece of work: "Participation in the full cycle of the product, from the
    // idea to the support", "take part in the whole life of each project", "involvement in all phases of the
    // development". (Not the hire's own induction: "take part in the full cycle of induction training".)
    ...framePhrases(TAKE_PART, '**', CYCLE, 'of *', OWN_INDUCTION).map((p) => `!${p}`),
    ...framePhrases(TAKE_PART, 'in * the|of|each *', WHOLE, CYCLE),
    ...framePhrases(TAKE_PART, 'in', WHOLE, CYCLE),
  ],
  failure: [
    // "make sure they don't come back" (the data breaks), "so the same fault doesn't come back".
    ...NO_RECURRENCE,
  ],
  reliability: [
    ...NO_RECURRENCE,
    // A rollout that ends a life told from its first stage ("from the first workshops to the full rollout") is the
    // work's last stage (ownership, above), not a release rolled out safely.
    ...LIFE_TO_LAST_STAGE.map((p) => `!${p}`),
  ],
} as const satisfies Record<string, readonly string[]>;
