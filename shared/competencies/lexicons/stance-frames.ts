// Asks for a stance between parties or between goods, read by the frame of the ask rather than by one writer's
// phrase. Conflict: an ask refused ("turn down the partners' requests"), parties who do not agree ("when two teachers
// can't agree", "when they clash over the budget"), the hire standing between them ("keep the peace between the
// committee and the teachers"), parties wanting the same scarce thing ("two growers want the contractor in the same
// week"). Trade-offs and judgment: what may wait or be dropped decided ("decide what can wait", "know what to let
// slide"), two goods weighed or traded ("weigh speed against safety", "trade speed for accuracy"), a choice between
// two ("pick between finishing on time and doing it to the full standard").
// Each frame keeps its near misses out by the kind of its object or its subject: a thing weighed on a scale ("weigh
// the deliveries"), a server's requests, the hire's own disagreement ("if you don't agree with our values"), a
// decision made with the people served ("decide with the family what they want").
// Phrase syntax: see job-focus/phrase-matcher.ts. Verbs are written by their base form: the matcher reads stems.
import { framePhrases } from './phrase-frames';
import { SERVED } from './served-people';

/** People on either side of a disagreement: colleagues, professions and bodies by role or shape, the people served. */
const SIDES = ['@person', '@party', '@role', ...SERVED, '=they', '=them', '=both', '=people', '=everyone'];
/**
 * The same as the subject of a clause, the verb right after it or after one auxiliary: the people served are left out,
 * as their nouns so often modify another ("the passenger paths clashed", "patient records do not agree").
 */
const SUBJECTS = [
  '@person',
  '@party',
  '@role',
  '=they',
  '=both',
  '=people',
  '=everyone',
  // People named by a group no role tells: "the volunteer groups", "the volunteers", "the staff", "the families".
  '=groups',
  '=volunteers',
  '=staff',
  '=colleagues',
  '=families',
  '=neighbours',
  '=neighbors',
];
const AUX = [
  '=do',
  '=does',
  '=did',
  '=are',
  '=is',
  '=were',
  '=can',
  '=could',
  '=will',
  '=would',
  '=often',
  '=sometimes',
];

/** Verbs of refusing an ask (not "reject" or "decline": a server rejects requests, a card is declined). */
const REFUSE = ['refuse', 'turn_down', 'knock_back'];
/** Asks by their noun: what a refusing verb turns down. */
const ASKS = ['request', 'requests', 'demand', 'demands', '=asks', 'wish', 'wishes'];

/** A denial before "agree": "can't agree", "don't see eye to eye", "are not agree" (a learner's form). */
const NOT = [
  "=don't",
  '=don’t',
  '=dont',
  "=can't",
  '=can’t',
  '=cannot',
  "=won't",
  '=won’t',
  '=not',
  "=aren't",
  '=never',
];
/** Agreeing, or getting on, denied by NOT. */
const AGREE = ['agree', 'see_eye_to_eye', 'get_on', 'get_along'];
/** The things of parties that can collide: their plans and wants. */
const SIDES_THINGS = ['plans', 'priorities', 'requests', 'demands', 'interests', 'wishes', 'needs', 'bookings'];
/** Verbs of a clash of parties. */
const CLASH = ['clash', 'collide'];
/** Verbs of standing between parties, that need no party named after "between and": the phrase says there are two. */
const MEDIATE_BETWEEN = ['keep_the_peace', 'make_peace', 'broker', 'referee', 'go_between', 'step_between'];
/** Verbs of settling a matter, which stand between parties only when the parties are named after "between". */
const SETTLE = [
  'settle',
  'resolve',
  'sort_out',
  'sort_it_out',
  'sort_things_out',
  'smooth_over',
  'smooth_things_over',
  'find_a_solution',
  'find_the_solution',
  'find_a_compromise',
  'find_a_middle_ground',
  'find_common_ground',
];
/** Counts of several parties: "two growers", "both wards", "several teams". */
const SEVERAL = ['=two', '=both', '=several', '=three', '=many', '=different'];
const WANT = ['want', 'need', 'ask_for', 'book', 'expect'];

/** Upset said of people as a state: "some volunteer groups are unhappy about the changes", "when the crews get angry". */
const UPSET = ['unhappy', 'angry', 'upset', 'frustrated', 'furious', 'irate', 'annoyed', 'resentful', 'hostile'];
const BE_UPSET = ['=are', '=is', '=were', '=was', '=get', '=gets', '=become', '=becomes', '=feel', '=feels'];
/** Verbs of giving one's call to others: "tell us what's worth paying for", "advise the board whether it is worth it". */
const ADVISE = ['tell', 'advise', 'recommend', 'say'];

/** Verbs of deciding, knowing or finding out a choice. */
const DECIDE = ['decide', 'judge', 'know', 'work_out', 'figure_out', 'choose', 'pick', 'agree', 'sort_out'];
const WHAT = ['=what', '=which', '=who'];
/**
 * What a call shares out among several: who or which gets something, or gets priority ("decide who gets moved and who
 * gets a call"). Knowing or agreeing it is no call of the hire's own ("know who gets the keys"). Not an order alone:
 * "decide which supplier to call first" is a step of the work, not a scarce thing shared out.
 */
const ALLOTTED = ['=get', '=gets', '=priority'];
const ALLOT = DECIDE.filter((verb) => verb !== 'know' && verb !== 'agree');
/** The order a call sets among several: who or which goes first, next. */
const ORDERED = ['=first'];
/** The hire as the wh-clause's own doer: "decide who you want to ring first". */
const YOU = ['=you', '=i', '=we', '=you’ll', "=you'll"];
/**
 * Deciders other than the hire: the company ("we'll decide who goes first at the interview") or a thing that decides
 * ("the app decides which driver a customer sees first", "our models decide which …").
 */
const COMPANY_DECIDING = [
  '=we',
  '=they',
  '=we’ll',
  "=we'll",
  '=they’ll',
  "=they'll",
  '=it',
  'app',
  'model',
  'system',
  'algorithm',
  'tool',
  'software',
  'platform',
];
/** Being left for later or left out: what can wait, slip, slide, be dropped, be let go. */
const DEFERRED = [
  'wait',
  'slip',
  'slide',
  'let_slide',
  'let_go',
  'drop',
  '=dropped',
  'defer',
  '=deferred',
  'postpone',
  '=postponed',
  'park',
  '=parked',
  'skip',
  '=left',
  'leave',
  'put_off',
  'hold_off',
  'push_back',
  '=pushed_back',
];
/**
 * What is weighed when it is a good or a cost, not a load ("weigh the risks", "weigh each option"; not "weigh the
 * deliveries", "weigh stock and pack parcels").
 */
const WEIGHED = [
  'risk',
  'risks',
  'cost',
  'costs',
  'option',
  'options',
  'benefit',
  'benefits',
  'pros',
  'alternatives',
  'evidence',
  'choices',
  'priorities',
  'impact',
  'interests',
  'demands',
  'considerations',
  'consequences',
];
/** Goods traded one for another: "trade speed for accuracy", "trading coverage against cost". */
const GOODS = [
  'speed',
  'accuracy',
  'safety',
  'quality',
  'cost',
  'time',
  'price',
  'comfort',
  'coverage',
  'latency',
  'precision',
  'recall',
  'depth',
  'breadth',
  'freshness',
  'throughput',
  'simplicity',
  'flexibility',
  'scope',
  'margin',
  'convenience',
  'yield',
];

export const STANCE_FRAMES = {
  conflict: [
    // An ask refused: "turn down requests from the partners", "refuse the clients when they ask for something against
    // the rules". (Saying no and telling people no are read in concepts.ts.)
    ...framePhrases(REFUSE, '**', ASKS),
    ...framePhrases(REFUSE, '*', SIDES),
    // Parties not agreeing: "when two teachers can't agree", "when they don't see eye to eye", "the contractor and the
    // client are not agree". Not the hire ("if you don't agree with our values"), nor terms agreed to ("customers who
    // don't agree to the terms").
    ...framePhrases(SUBJECTS, NOT, '* agree to').map((p) => `!${p}`),
    ...framePhrases(SUBJECTS, AUX, NOT, '* agree to').map((p) => `!${p}`),
    ...framePhrases(SUBJECTS, NOT, '*', AGREE),
    ...framePhrases(SUBJECTS, AUX, NOT, '*', AGREE),
    // Parties or their plans clashing: "when they clash over the trip budget", "when their plans collide". (Not a clash
    // of dates with no party, "sort out rota clashes", nor of things a served noun modifies, "the passenger paths
    // clashed".)
    ...framePhrases([...SUBJECTS, ...SIDES_THINGS], CLASH),
    ...framePhrases(SUBJECTS, AUX, CLASH),
    'blame|blames|blaming|blamed each_other|one_another',
    ...framePhrases(SUBJECTS, '=are|=were|=is =at =odds'),
    // The hire standing between two: "keep the peace between the parents' committee and the teachers", "broker a deal
    // between the growers and the packhouse", "find the solution between them".
    ...framePhrases(MEDIATE_BETWEEN, '** between * and'),
    ...framePhrases(SETTLE, '** between *', SIDES),
    // People upset, said as their state: "some long-standing volunteer groups are unhappy about recent changes" (as an
    // "unhappy customer" is, concepts.ts). Not a thing upset ("an upset stomach"): the subject names people.
    ...framePhrases([...SUBJECTS, ...SERVED], BE_UPSET, '*', UPSET),
    // Several parties wanting the one thing: "two growers will often want the contractor in the same week".
    ...framePhrases(SEVERAL, '*', WANT, '** =same'),
  ],
  tradeoffs: [
    // What may wait or be left out, decided: "decide what can wait", "know what to let slide", "figure out what to let
    // go of", "decide who waits". (Not a choice with no price: "decide with the family what they want".)
    ...framePhrases(DECIDE, '*', WHAT, '**', DEFERRED),
    ...framePhrases(ALLOT, '* =who|=which **', ALLOTTED),
    // An order among people or work decided, told by a wh-clause with a doer of its own: "decide who goes out to the
    // farms first", "decide which patients are seen first", "which jobs the crews take first". (Not the hire's own next
    // step, a wh-word with an infinitive, "decide which supplier to call first", "who to ring first", nor the hire's own
    // calls, "decide who you want to ring first", nor the company or a thing deciding, "we'll decide who goes first",
    // "the app decides which driver …". The vetoes end at the order word, so "decide what to let slide" stays read.)
    ...framePhrases('!', ALLOT, '* =who|=which|=what|=whom ? =to **', ORDERED).map((p) => p.replace('! ', '!')),
    ...framePhrases('!', ALLOT, '* =who|=which|=what|=whom ?', YOU, '**', ORDERED).map((p) => p.replace('! ', '!')),
    ...framePhrases('!', COMPANY_DECIDING, '*', ALLOT, '**', ORDERED).map((p) => p.replace('! ', '!')),
    ...framePhrases(ALLOT, '* =who|=which **', ORDERED),
    // Goods weighed against each other, or weighed as goods: "weigh speed against safety", "weighing each option's cost
    // against reliability", "weigh the risks". Not a load weighed ("weigh the deliveries and write the weights").
    'weigh|weighs|weighing|weighed ** against|between|up',
    ...framePhrases('weigh|weighs|weighing|weighed *', WEIGHED),
    // Whether a thing earns its cost, told to others as the hire's call: "tell us what's worth paying for".
    ...framePhrases(ADVISE, "* =what|=which|=whether|=what’s|=what's **", ['worth']),
    // One good traded for another: "trade speed for accuracy only when the case allows it".
    ...framePhrases('=trade|=trades|=trading|=traded *', GOODS, '* for|against|off'),
    // A choice between two by any verb of choosing: "pick between finishing on time and doing it to the full standard".
    'pick|picks|picking|select|selecting * between',
    // Two goods named as rival options: "when two good options compete".
    '=two|=both|=several * good|right|reasonable|valid|sensible * options|choices|answers|approaches|paths',
  ],
} as const satisfies Record<string, readonly string[]>;
