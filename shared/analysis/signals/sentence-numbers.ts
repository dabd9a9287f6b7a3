// The numbers of one sentence as follow-ups and the depth map read them: measured results and load figures,
// from the claim analyzer's number roles (metric, scale) narrowed to what an interviewer probes.
import { sentenceFacts } from '../sentence-facts';
import { tokenize } from '../rules/language/tokenize';
import { datePrefixLength } from '../rules/lines/date-prefix';
import { findQuantities } from '../rules/quantity/quantities';
import { isMetricQuantity } from '../rules/quantity/metrics';
import { isScaleHead, isScaleQuantity } from '../rules/quantity/scale';
import { numberWordValue } from '../rules/quantity/number-words';
import type { Quantity } from '../rules/quantity/quantity-types';
import { LruCache } from '../sentence-cache';
import { EFFECT_VERBS, MOVE_VERBS, OTHER_PEOPLE, PEOPLE_GROUPS, SERVICE_POINTS } from '../rules/language/lexicon';
import { CHANGE_AFTER, FOUND_BY, PEOPLE_HEADS, fromToChange } from './follow-up-cues';

export interface NumberSpan {
  start: number;
  end: number;
  /** The number as written, to tell whether a question already asked about it. */
  text: string;
  /** Part of a measured change ("from 80 ms to 35 ms", "by 22%"). */
  change: boolean;
  /** The noun the number counts ("services" in "120 services"), when one was found. */
  head?: string;
  /** A level a measure kept while the work changed something else ("latency stayed under 60 ms"). */
  guardrail?: boolean;
}
export interface SentenceNumbers {
  metrics: NumberSpan[];
  scale: NumberSpan[];
}

/** What the claim analyzer reads about a sentence's outcome (scored with no section, like a resume line). */
export interface SentenceOutcome {
  /** An outcome claimed with no metric: "what evidence would you show". */
  outcomeWithoutNumber: boolean;
  /** An outcome with a metric. */
  measuredOutcome: boolean;
}

const MEASURED_KINDS = new Set(['percent', 'money', 'multiplier', 'duration', 'ratio', 'data-size', 'rank']);

// How long the work took ("took three weeks", "restored in 40 minutes"), a budget, a sample: numbers, but
// no measured result to ask "how was that measured" about. A change in them is one ("from 9 hours to 20 minutes").
// The share a rollout or a test was exposed to ("rolled out to 5% of traffic") is no quantity at all: the claim
// analyzer's number roles leave it out (rules/exposure-share.ts), so no question is asked of it.
// A count a test was run in or on ("a pilot in 12 stores", "a beta across 40 customers") is its scope, not load;
// only a test word makes it one ("deployment processes across 10+ microservices" is load).
const TEST_SCOPE =
  /\b(?:pilot\w*|trials?|beta|experiments?|A\/B|shadow\w*|canar\w+|tested|testing|tests?\s+(?:on|with|in))\b/i;
const SCOPE_BEFORE = /\b(?:to|on|with|for|at|in|across)\s+(?:about\s+|only\s+|just\s+|roughly\s+|the\s+first\s+)?$/i;
// "cost three times as much", "about half the price": what an option costs against another, not a result.
const PRICE_COMPARED = /^\s*(?:as\s+(?:much|expensive|costly)|the\s+(?:price|cost)|(?:our|their|its)\s+\S+\s+price)\b/i;
// "would have cost", "would take": an estimate of what did not happen, not a measured result.
const COUNTERFACTUAL = /\b(?:would|could|might)(?:\s+have|'ve)?\s+(?:\w+\s+){0,3}$/i;
// "a sample of 400", "a 5% sample": how much was looked at, not a result.
const SAMPLE_OF = /\bsample\s+of\s+(?:about\s+|roughly\s+|around\s+)?$/i;
const SAMPLE_AFTER = /^\s*(?:[\w-]+\s+)?samples?\b/i;

// The clause a number is in, up to the number: from the last of ,;:.—–( or a line break or " - " before it.
function clauseBefore(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (',;:.—–(\n'.includes(c) || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' '))
      return text.slice(i + 1, at);
  }
  return text.slice(0, at);
}

const STEP_OF = /\b(?:steps?|increments?|stages?|batches|waves?)\s+of\s+(?:about\s+|roughly\s+)?$/i;

// "Grew the team from 2 to 7 engineers": a team's headcount, changed or not, is a fact to state, not a measure.
const HEADCOUNT_HEADS = new Set([
  'engineers',
  'developers',
  'people',
  'members',
  'analysts',
  'scientists',
  'designers',
  'hires',
  'staff',
  'headcount',
  'reports',
  'contractors',
  'ftes',
]);
// "Put 25% of my time into it", "set aside 20% of sprint capacity", "allocated 10% of the budget": a share of time,
// capacity or money the writer gave the work, not a result ("cut 30% of our budget" is one: no giving verb).
const GIVEN_BEFORE =
  /\b(?:put|dedicat\w*|allocat\w*|set\s+aside|spen[dt]\w*|reserv\w*|devot\w*|earmark\w*|assign\w*|gave|giv(?:e|en|ing)|block\w*\s+(?:off|out))\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?$/i;
const SHARE_OF_EFFORT =
  /^\s*of\s+(?:my|our|his|her|their|the|each|every|a|[\w-]+'s)?\s*(?:[\w-]+\s+)?(?:time|weeks?|sprints?|capacity|budget|hours|bandwidth|quarter|roadmap|headcount|days?)\b/i;

// "About 8% of accounts had the wrong end date", "12% of the labels were duplicates": the share of records found
// broken, a finding the work then fixes, not a result to ask "how was that measured" about.
const DEFECT_SHARE =
  /^\s*of\s+(?:the\s+|our\s+|all\s+|their\s+)?(?:[\w-]+\s+){1,3}?(?:had|have|has|were|was|are|is|contained|carried)\s+(?:the\s+|a\s+|an\s+|no\s+)?(?:wrong|missing|duplicat\w*|mislabell?ed|stale|incorrect|broken|invalid|corrupt\w*|empty|bad|outdated|out-of-date)\b/i;

// "Raised the timeout from 5 to 30 seconds", "lowered the alert threshold from 5% to 2%", "bumped the replica count
// from 3 to 5": a setting the writer changed, not a result to ask "how was that measured" about.
const SETTING_BEFORE =
  /\b(?:time-?outs?|timers?|thresholds?|TTLs?|caps?|(?:batch|pool|page|chunk|window|buffer|cache|heap|queue|fleet)\s+sizes?|replica(?:\s+counts?|s)?|retr(?:y|ies)(?:\s+(?:limits?|counts?))?|(?:memory|CPU|rate|connection|concurrency|request)\s+limits?|max(?:imum)?\s+connections|concurrency|(?:worker|shard|partition|node|instance|pod)\s+counts?|(?:polling|poll|refresh|sync|retention|backup)\s+(?:intervals?|periods?|windows?)|sampling\s+rates?|learning\s+rates?)\s+(?:(?!(?:fell|dropped|rose|went|declined|decreased|increased|grew|improved|reduced|cut|down|up|jumped|climbed|shrank|halved|doubled)\b)\S+\s+){0,4}?(?:from|to|at|of)\s+[~≈]?$/i;
// "Doubled the partitions", "tripled the replica count", "halved the batch size": a multiplier the writer applied to
// a setting, not a result (the setting nouns of SETTING_BEFORE, read after the multiplier word).
const SETTING_AFTER =
  /^\s*(?:the\s+|our\s+|its\s+|their\s+|each\s+)?(?:[\w-]+\s+)?(?:partitions|shards|replicas|workers|nodes|instances|pods|threads|consumers|connections|time-?outs?|timers?|thresholds?|TTLs?|(?:batch|pool|page|chunk|window|buffer|cache|heap|queue|fleet)\s+sizes?|(?:replica|worker|shard|partition|node|instance|pod|thread|consumer)\s+counts?|retr(?:y|ies)|(?:memory|CPU|rate|connection|concurrency|request)\s+limits?|concurrency|(?:polling|poll|refresh|sync|retention|backup)\s+(?:intervals?|periods?|windows?)|sampling\s+rates?|learning\s+rates?)\b(?!\s+(?:of|per)\b)/i;

// What a measure did while the work changed something else: "stayed at about", "remained under", "held steady at".
const GUARDRAIL_BEFORE =
  /\b(?:stay(?:ed|s)?|remain(?:ed|s)?|held|holds|kept|keeps)\s+(?:(?:flat|steady|stable|level|roughly|well|comfortably)\s+){0,2}(?:at|under|below|within|above|around|near)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|~\s*|≈\s*)?$/i;

// "Aimed for 90% test coverage", "a goal of 99.9% uptime": what the work aimed at, not what it reached.
const TARGET_BEFORE =
  /\b(?:aim(?:ed|ing)?\s+(?:for|at)|target(?:ed|ing)?|goal\s+(?:of|was)|objective\s+of|SLO\s+of)\s+(?:(?:a|an|the|about|around|roughly|at\s+least)\s+)?$/i;
// "Ran the load test at 3x our peak traffic": the load a test applied, not a result.
const TEST_LOAD_BEFORE = /\b(?:load|stress|soak|capacity|performance)[-\s]test\w*\s+(?:\w+\s+){0,3}?at\s+$/i;

// "Cut the onboarding checklist from 60 steps to 25", "reduced weekly meetings from 5 to 2": the writer redrew a
// process or a design, a count they set rather than one they measured (a rate, "5 meetings a week", stays one).
const DESIGNED_COUNT =
  /\b(?:steps|meetings|fields|screens|forms|clicks|pages|tabs|stages|approvals|sign-offs|handoffs|questions|templates|checklists?|dashboards|reports|tools|rules|services|microservices|repos|repositories|tables|columns|environments)\s+(?:\S+\s+){0,2}?from\s+[~≈]?$/i;
const DESIGNED_HEAD =
  /^(?:steps|meetings|fields|screens|forms|clicks|pages|tabs|stages|approvals|questions|templates|dashboards|reports|tools|rules|services|microservices|repos|tables|columns)$/i;

// "Shipped it behind a flag to half of new sign-ups", "turned it on for a third of the stores": the share a release
// was exposed to, not a result (rules/exposure-share.ts leaves out the "% of traffic" form before this is read).
const EXPOSED_BEFORE =
  /\b(?:shipped|released|launched|rolled\s+(?:it\s+|them\s+)?out|deployed|exposed|enabled|turned\s+(?:\S+\s+){0,3}?on|showed|shown|flag)\b(?:\s+\S+){0,6}?\s+(?:to|for)\s+(?:about\s+|only\s+|just\s+|roughly\s+)?(?:a\s+)?$/i;

// A level a measure was brought to, told without a change the quantity reader marks: a change word (a move or
// effect verb of the lexicon, or "down"; not "up": "up to five days" is a bound) and "to" right before the figure, in a verbless or passive result as
// in a full one: "Median review time down to 3 hours", "pages fell to about 5 a week", "waits were cut to under
// an hour".
const LEVEL_TO =
  /\b([a-z]+)\s+to\s+(?:(?:about|around|roughly|nearly|almost|under|below|over|above|just|only|less\s+than|more\s+than|well\s+under)\s+)*[~≈]?\s*$/i;
// The level a measure stands at after the work, told in the present with "now": "Page load now 1.2 s", "refunds now
// go out within two days", "invoices are now paid within 10 days". Not a clause in the past ("we now had three
// weeks", "it was now due in 2 days") nor a schedule ("now runs every 15 minutes").
const NOW_LEVEL = /\b(?:now|nowadays|these\s+days)\b/i;
const PAST_IN_CLAUSE = /\b(?:had|was|were|did|would|could|might)\b/i;
const SCHEDULE_BEFORE = /\b(?:every|each|once|twice|at)\s+(?:about\s+)?$/i;
// The value before told right after the figure: "Month-end close: 2 days, was 5", "1.2 s (previously 4 s)".
const BEFORE_VALUE_AFTER = /^\s*[,(]?\s*(?:was|were|previously|formerly|down\s+from|up\s+from)\s+[~≈$£€]?\d/i;

const FROM_BEFORE = /\bfrom\s+(?:(?:about|around|roughly|nearly|almost|over|under|some)\s+)*[~≈]?\s*$/i;
const TO_AFTER = /^\s*(?:[\w-]+\s+){0,3}?to\s+(?:none|zero|nothing|nobody|[~≈$£€]?\d)/i;

/**
 * Whether the figure at `q` is a level the work brought a measure to (LEVEL_TO, NOW_LEVEL, BEFORE_VALUE_AFTER): a
 * measured result, in a verbless or passive result as in a full sentence, worth "how was that measured".
 */
function levelReached(q: Quantity, text: string): boolean {
  const clause = clauseBefore(text, q.start);
  const word = LEVEL_TO.exec(clause)?.[1].toLowerCase();
  if (word !== undefined && (word === 'down' || MOVE_VERBS.has(word) || EFFECT_VERBS.has(word))) return true;
  if (BEFORE_VALUE_AFTER.test(text.slice(q.end))) return true;
  // "went from about ten a month to none": a before value with the level after it, a number or none.
  if (FROM_BEFORE.test(clause) && TO_AFTER.test(text.slice(q.end))) return true;
  // A level told with "now" only of a measured kind (a time, a share, money): "now handles 8,000 events a second"
  // is the load a system carries, asked about as scale.
  if (!MEASURED_KINDS.has(q.kind)) return false;
  return NOW_LEVEL.test(clause) && !PAST_IN_CLAUSE.test(clause) && !SCHEDULE_BEFORE.test(clause);
}

function isMeasuredResult(q: Quantity, text: string, reached: boolean): boolean {
  if (!MEASURED_KINDS.has(q.kind) && !q.change && !q.result && !(reached && q.perTime)) return false;
  if ((q.kind === 'count' || q.kind === 'magnitude') && q.head && HEADCOUNT_HEADS.has(q.head)) return false;
  // A count of things done or added ("hired 3 engineers", "added 4 more consumers", "120 services moved"):
  // a fact to state, not a figure to measure; a rate ("40 pages a week") or a before→after pair is one.
  if ((q.kind === 'count' || q.kind === 'magnitude') && !q.perTime && (!q.change || q.increment)) return false;
  const before = text.slice(0, q.start);
  const after = text.slice(q.end);
  if (SAMPLE_OF.test(before) || SAMPLE_AFTER.test(after)) return false;
  if (EXPOSED_BEFORE.test(clauseBefore(text, q.start)) && /^\s*of\b/i.test(after)) return false;
  // "Moved traffic over in four steps of 25%": the size of a rollout step, no result.
  if (q.kind === 'percent' && STEP_OF.test(before)) return false;
  if (q.kind === 'percent' && GIVEN_BEFORE.test(before) && SHARE_OF_EFFORT.test(after)) return false;
  if (q.kind === 'percent' && !q.change && DEFECT_SHARE.test(after)) return false;
  const clause = clauseBefore(text, q.start);
  if (
    (q.kind === 'count' || q.kind === 'magnitude') &&
    !q.perTime &&
    (DESIGNED_COUNT.test(clause) || DESIGNED_HEAD.test(q.head ?? ''))
  )
    return false;
  if (SETTING_BEFORE.test(clause) || TARGET_BEFORE.test(clause) || TEST_LOAD_BEFORE.test(clause)) return false;
  if (q.kind === 'multiplier' && SETTING_AFTER.test(after)) return false;
  if (!q.change && (PRICE_COMPARED.test(after) || COUNTERFACTUAL.test(clauseBefore(text, q.start)))) return false;
  if (q.change || reached || CHANGE_AFTER.test(after) || fromToChange(before, after)) return true;
  // "Search latency stayed at about 90 ms", "satisfaction held steady at 4.5": a guardrail watched while the work
  // changed something else, a result a coach asks how it was watched.
  if (GUARDRAIL_BEFORE.test(clause)) return true;
  if (q.kind === 'duration' || q.kind === 'money' || q.kind === 'data-size') return false;
  // "Profiled it: 90% of time was in…": the story says how the figure was found.
  return !FOUND_BY.test(before);
}

// A scale figure invites "what broke as it grew" when it is load on a system, not a count of people or
// partners, a budget or a sample.
// "interviewed 12 customers", "read a sample of 400 tickets", "reviewed 30 incidents": the writer's research.
const RESEARCH_BEFORE =
  /\b(?:interview\w*|survey\w*|spoke\s+(?:to|with)|talked\s+(?:to|with)|read|review\w*|sampled|hand-?labell?ed|analy[sz]ed|went\s+through)\s+(?:\S+\s+){0,4}$/i;

const PICKED_BY_MOST = /\b(?:most|least)(?:\s+(?:often|frequently|of\s+all))?\s*$/i;
const SELECTED_AFTER =
  /^\s*(?:most|least|largest|biggest|slowest|noisiest|costliest|worst|best|highest|lowest|busiest|heaviest)\b/i;

// "Closed 150 stale tickets", "fixed 40 bugs", "merged 200 pull requests": work the writer got through.
const WORK_DONE_BEFORE =
  /\b(?:closed|fixed|resolved|merged|triaged|quarantined|filed|authored|wrote|archived|deleted|removed|cleaned\s+up|burned\s+down|onboarded|signed(?:\s+up)?|enrolled|recruited)\s+(?:about\s+|around\s+|over\s+|nearly\s+|some\s+)?$/i;

// "A rounding bug double-charged 230 customers", "the outage affected 1,200 users": who an incident hit, not load.
const HARMED_BEFORE =
  /\b(?:affect\w*|impact\w*|hit|double-charged|overcharged|mis-?charged|locked\s+out|logged\s+out|exposed|refunded)\s+(?:about\s+|around\s+|over\s+|nearly\s+|some\s+)?$/i;

// "about 900 good payments a day were wrongly blocked", "3,000 false alarms a week", "40 failed jobs a night": a
// count of things going wrong is the size of a problem, not load the system grew to carry.
const HARM_WORD =
  /\b(?:wrong(?:ly)?|false(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?|erroneous(?:ly)?|in\s+error|by\s+mistake|spurious|bogus|mis[a-z]+ed|double-[a-z]+ed|overcharg\w+|overbill\w+|block(?:ed|ing)|reject(?:ed|ing)|declin(?:ed|ing)|denied|failed|failing|failures?|errors?|crash(?:es|ed)?|timeouts?|timed\s+out|complaints?|incidents?|outages?|bugs?|defects?|mistakes?|missed|dropped|lost|chargebacks?|escalations?|late(?!\s+shifts?\b)|overdue|delay(?:s|ed)?|falls|stockouts?|out-of-stocks?|ran\s+out|no-shows?|injur(?:y|ies|ed))\b/i;
// What a clause holding only an approximate figure ("…, about 900 a day") counts: the clause before it.
const BARE_FIGURE_CLAUSE =
  /^\s*(?:(?:about|around|roughly|nearly|almost|some|over|up\s+to|maybe|approximately|at\s+least|~|≈)\s*)*$/i;
const lastWords = (t: string, n: number): string => t.split(/\s+/).filter(Boolean).slice(-n).join(' ');
const firstWords = (t: string, n: number): string => t.split(/\s+/).filter(Boolean).slice(0, n).join(' ');

// "…about 1,200 alerts a day, almost all of them false alarms", "…, a third of which failed": a clause after the
// count that says what share of it went wrong.
const SHARE_OF_IT =
  /^\s*(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|well\s+over)\s+)?(?:all|most|many|much|half|some|a\s+(?:third|quarter|fifth|tenth|half|lot|few)|(?:two|three)\s+(?:thirds|quarters)|\d+%?)\s+of\s+(?:them|which|these|those|it)\b/i;

function countsHarm(q: Quantity, text: string): boolean {
  const clause = clauseBefore(text, q.start);
  const start = q.start - clause.length;
  const counted = BARE_FIGURE_CLAUSE.test(clause) && start > 0 ? clauseBefore(text, start - 1) : clause;
  const [after, next = ''] = text.slice(q.end).split(/[,;:.—–(\n]/);
  if (SHARE_OF_IT.test(next) && HARM_WORD.test(next)) return true;
  return HARM_WORD.test(`${lastWords(counted, 4)} ${q.text} ${firstWords(after, 4)}`);
}

// Who does what the count measures: "our support team of 14 agents got about 3,000 tickets a day", "the night
// nurses gave about 180 doses a shift". A team of people's workload, not load a system was built to carry.
// Customers and users (and "we", who may run the system) are where load comes from, so they do not count.
const LOAD_SOURCES = new Set([
  'we',
  'customer',
  'customers',
  'client',
  'clients',
  'user',
  'users',
  'member',
  'members',
  'partner',
  'partners',
  'vendor',
  'vendors',
  'company',
  'companies',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'he',
  'she',
  'they',
  'stakeholder',
  'stakeholders',
]);
const DOER_BEFORE_COUNT =
  /([\w'’-]+)\s+(?:(?:now|also|then|already|usually|typically|regularly|together|each|every|all)\s+)?[a-z]+\s+(?:(?:about|around|roughly|nearly|almost|some|over|up\s+to|approximately|at\s+least|close\s+to|well\s+over|more\s+than)\s+|[~≈]\s*)*$/i;
function peoplesWorkload(q: Quantity, text: string): boolean {
  const doer = DOER_BEFORE_COUNT.exec(clauseBefore(text, q.start))?.[1]
    .toLowerCase()
    .replace(/['’]s?$/, '');
  if (!doer || LOAD_SOURCES.has(doer)) return false;
  return PEOPLE_GROUPS.has(doer) || OTHER_PEOPLE.has(doer) || SERVICE_POINTS.has(doer) || doer === 'people';
}

// "Used by about 12,000 staff", "three classes, about 85 students": people counted with no rate are a population
// the work serves, not load. Customers and users (LOAD_SOURCES) send the load a system carries, so they stay.
function peopleCounted(q: Quantity): boolean {
  return !q.perTime && q.head !== undefined && PEOPLE_GROUPS.has(q.head) && !LOAD_SOURCES.has(q.head);
}

function isLoad(q: Quantity, text: string): boolean {
  if (q.kind === 'money' || q.group) return false;
  const before = text.slice(0, q.start);
  if (RESEARCH_BEFORE.test(before) || SAMPLE_OF.test(before)) return false;
  if (countsHarm(q, text) || peoplesWorkload(q, text) || peopleCounted(q)) return false;
  // "our 32-bed medical ward", "a forty-cover bistro": a count hyphened to a noun of no listed magnitude names
  // the kind of place the story is set in (quantity-evidence.ts); a size, but no load the work had to carry
  // as it grew. "the 60,000-node estate" counts hosts, a load.
  if (q.held === 'modifier' && !q.perTime && !(q.head !== undefined && isScaleHead(q.head, q.text))) return false;
  if (!q.perTime && HARMED_BEFORE.test(before)) return false;
  if (!q.perTime && WORK_DONE_BEFORE.test(before)) return false;
  // "a four-week pilot in 12 stores", "a beta with 40 customers": the scope a test was given, not load.
  if (!q.perTime && SCOPE_BEFORE.test(before) && TEST_SCOPE.test(clauseBefore(text, q.start))) return false;
  // "the ten most common pages", "the top 20 queries": a selection from the work, not load on a system.
  const words = q.text.replace(/^\S+/, '');
  if (SELECTED_AFTER.test(words || text.slice(q.end)) || /\btop\s+$/i.test(text.slice(0, q.start))) return false;
  // "the ten items that were mixed up most", "the 12 reports finance asked for most often": picked by a superlative.
  if (/\bthe\s+$/i.test(before) && PICKED_BY_MOST.test(text.slice(q.end).split(/[,;:.—–(\n]/)[0])) return false;
  // "3 client environments", "two time zones": a handful of things is not load, unless it is a rate ("5 a second").
  const small = /^(\d+|[a-z]+)(?![\d.,])(?!\s*(?:[kmb]|thousand|million|billion|hundred)\b)/i.exec(q.text.trim());
  const value = small && (/^\d/.test(small[1]) ? Number(small[1]) : numberWordValue(small[1].toLowerCase()));
  if (value !== null && value !== undefined && value < 10 && !q.perTime) return false;
  // "One engineer per customer": a person counted in the singular is a person still.
  return !(q.head && (PEOPLE_HEADS.has(q.head) || PEOPLE_HEADS.has(`${q.head}s`) || /^samples?$/.test(q.head)));
}

const numbersCache = new LruCache<string, SentenceNumbers>(20_000);
const outcomeCache = new LruCache<string, SentenceOutcome>(20_000);
const MAX_CACHED_LENGTH = 2_000;

// A sentence with no digit and no number word has no metric or scale: most sentences skip the scan.
const NUMBERISH =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|halved|double[ds]?|triple[ds]?|quadrupled|tenfold|twice|thrice)\b/i;
const NO_NUMBERS: SentenceNumbers = { metrics: [], scale: [] };

/**
 * The measured results (metrics worth "how was that measured") and the load figures (scale worth "what broke
 * as it grew") of one sentence, by the claim analyzer's number roles. Only the quantities are read (as the
 * claim facts read them: past a leading date label), not the whole claim analysis. Cached per sentence text;
 * `everyNumber` scans a sentence even when the quick number test finds nothing.
 */
export function sentenceNumbers(written: string, everyNumber: boolean): SentenceNumbers {
  if (!everyNumber && !NUMBERISH.test(written)) return NO_NUMBERS;
  const hit = numbersCache.get(written);
  if (hit) return hit;
  // Read past Markdown emphasis ("reduced by **40%**" is a change), keeping every offset where it was.
  const text = written.replace(/\*\*|__/g, '  ');
  const all = tokenize(text);
  const dated = datePrefixLength(all);
  const { quantities } = findQuantities(text, dated > 0 ? all.slice(dated) : all);
  const fresh = {
    // Counts of things done ("three options") are metrics to the claim rules but nothing to measure.
    metrics: quantities
      .map((q) => ({ q, reached: !q.change && levelReached(q, text) }))
      // A rate a change brought down or up ("pages fell to about 5 a week") is measured, whatever the claim rules
      // make of the count.
      .filter(({ q, reached }) => (isMetricQuantity(q) || (reached && q.perTime)) && isMeasuredResult(q, text, reached))
      // A measured change ("from 80 ms to 35 ms") is what gets probed first.
      .sort((a, b) => Number(b.q.change) - Number(a.q.change) || a.q.start - b.q.start)
      .map(({ q }) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        change: q.change,
        guardrail: !q.change && GUARDRAIL_BEFORE.test(clauseBefore(text, q.start)),
      })),
    scale: quantities
      .filter((q) => isScaleQuantity(q) && isLoad(q, text))
      .map((q) => ({ start: q.start, end: q.end, text: q.text, change: q.change, head: q.head })),
  };
  if (text.length <= MAX_CACHED_LENGTH) numbersCache.set(written, fresh);
  return fresh;
}

/** The claim analyzer's reading of a sentence's outcome. The costly part: ask only where it decides something. */
export function sentenceOutcome(text: string): SentenceOutcome {
  const hit = outcomeCache.get(text);
  if (hit) return hit;
  const facts = sentenceFacts(text);
  const fresh = {
    outcomeWithoutNumber: facts.hasOutcome && !facts.hasMetric && facts.isClaim,
    measuredOutcome: facts.hasOutcome && facts.hasMetric,
  };
  if (text.length <= MAX_CACHED_LENGTH) outcomeCache.set(text, fresh);
  return fresh;
}
