// The constraint finders: a limit noun or rule word that limits the work (not a thing built or a duty
// held), a time box ("had to ship within two weeks"), a target or budget with its figure, scarce people
// or hardware, limits of data, of the project's dates, and from outside the code (law, contracts).
import { reportedLimit } from '../reported-limits';
import { findAll, match, span, word, type SentenceView } from '../sentence-view';
import { NUM, type Finder } from './finder-parts';
import { LIMIT_NOUNS, RULE_WORDS } from '../signal-lexicon';
import { gatedAlternation, gatedCue } from '../gated-alternatives';
import { plainLimit } from '../plain-limits';
import { BOUNDED_LIMITS } from '../bounded-limits';
import { authorityLimit } from '../authority-limits';
import { amountHeld } from '../amounts-held';
import { limitThatRulesOut } from '../ruled-out-options';
import { resourceShortfall } from '../resource-shortfalls';
import { unlessAResultByDate } from '../result-dates';
import { limitThenChoice } from '../limits-then-choice';
import { partyLimit } from '../party-limits';
import { platformEndDate } from '../platform-end-dates';
import { obligationBeforeEvent } from '../event-bounds';
import { MODAL_LIMITS } from '../modal-limits';

const TIME = String.raw`(?:minutes?|hours?|days?|weeks?|months?|quarters?|sprints?|years?)`;

// A limit or rule word naming a thing built or a duty held, not a limit on the work: "a privacy
// dashboard", "SLA reports", "managed the team's cloud budget", "improved customer privacy".
const LIMIT_AS_PRODUCT =
  /^(?:dashboards?|alerts?|alerting|reports?|reporting|tool|tools|tooling|app|apps|pages?|panels?|settings|features?|portal|widgets?|banners?|ui|team|teams)$/;

const LIMIT_AS_DUTY =
  /\b(?:manag\w+|improv\w+|protect\w*|enhanc\w+|strengthen\w*|own(?:ed|s)?|administer\w*|oversaw|oversee\w*|allocat\w+|championed|promot\w+)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|its\s+|my\s+)?(?:(?:[\w-]+'s|\$?[\d.,]+[kmb]?|annual|monthly|quarterly|yearly|cloud|marketing|infra\w*|customer|user|users'|patient|data|overall|total|entire|whole|project|engineering|IT|AWS|GCP|Azure|hiring|travel|training)\s+){0,4}$/i;

function limitAsThing(v: SentenceView, k: number): boolean {
  return LIMIT_AS_PRODUCT.test(word(v, k + 1)) || LIMIT_AS_DUTY.test(v.text.slice(0, v.tokens[k].start));
}

const LIMIT_AS_MODIFIER =
  /^(?:-|\s)(?:based\s+|driven\s+|aware\s+|burn[- ]rate\s+)?(?:alerts?|alerting|dashboards?|reports?|reporting|tracking|trackers?|monitoring|monitors?|burn(?:[- ]rate)?|panels?|views?|tooling|checks?|probes?)\b/i;

const limitNoun: Finder = (v) => {
  for (const k of findAll(v, LIMIT_NOUNS)) {
    if (limitAsThing(v, k)) continue;
    const w = word(v, k);
    const prev = word(v, k - 1);
    const next = word(v, k + 1);
    if (/^budget/.test(w) && /^(?:alerts?|reports?|tool|app|dashboards?|burn|policy|policies)$/.test(next)) continue;
    // "SLO-based alerting", "SLA dashboards", "quota tracking": the limit names a thing built, not a limit the work met.
    if (LIMIT_AS_MODIFIER.test(v.text.slice(v.tokens[k].end))) continue;
    if (/^constraint/.test(w) && /^(?:db|database|unique|foreign|key|check)$/.test(prev)) continue;
    // "the real constraint was file descriptors", "pointed at the pool as the real constraint": a bottleneck found.
    if (/^constraint/.test(w) && /^(?:real|actual|true|hidden|underlying)$/.test(prev)) continue;
    if (/^ceiling/.test(w) && !/^(?:budget|cost|spend|price|headcount|hiring)$/.test(prev) && !/^on$/.test(next))
      continue;
    if (
      w === 'freeze' &&
      !/^(?:code|holiday|release|change|feature|deploy|deployment|launch|hiring|budget)$/.test(prev)
    )
      continue;
    if (/^bandwidth/.test(w) && /^(?:network|memory|disk|io|i\/o)$/.test(prev)) continue;
    return span(v, k, k);
  }
  return undefined;
};

// A time box: a task with its time ("had to ship within two weeks"), time left before a date, a date or window.
const TIME_BOX = gatedAlternation('timeBox', [
  [
    /within/i,
    new RegExp(
      String.raw`\b(?:(?:had\s+to|needed\s+to|asked\s+(?:\w+\s+)?to|expected\s+to|wanted\s+(?:\w+\s+)?to|required\s+(?:\w+\s+)?to|must|delivered|shipped|launched|finished|completed|migrated|released|rolled\s+out)\b[^.;]{0,60}\bwithin\s+(?:about\s+|roughly\s+|just\s+|only\s+)?(?:${NUM}|the|this|that|one)\s+(?:\w+\s+)?${TIME})`,
      'i',
    ),
  ],
  [
    /minute|hour|day|week|month|quarter|sprint|year/i,
    new RegExp(
      String.raw`\b(?:(?:had|have|has|gave\s+(?:me|us)|given|with)\s+(?:only\s+|just\s+)?${NUM}\s+${TIME})`,
      'i',
    ),
  ],
  [
    /before|until/i,
    new RegExp(
      String.raw`\b(?:(?<!\bfor\s(?:about\s|roughly\s)?)${NUM}\s+${TIME}\s+(?:before\s+(?:the|a|our|their)|until\s+(?:the|a|our)))`,
      'i',
    ),
  ],
  [/out/i, new RegExp(String.raw`\b(?:${NUM}\s+${TIME}\s+out\b)`, 'i')],
  [
    /end|time|schedule|ahead|date|box|window|before/i,
    new RegExp(
      String.raw`\b(?:by\s+the\s+end\s+of\s+(?:the\s+|this\s+|that\s+)?(?:day|week|month|quarter|year|sprint)|on\s+(?:time|schedule)\b|in\s+time\s+for|ahead\s+of\s+the\s+(?:launch|deadline|release|conference|audit|review)|(?:fixed|hard|immovable|set)\s+(?:launch\s+|release\s+)?date|time[- ]?boxed|(?:reporting|release|maintenance|batch|launch|delivery)\s+window|before\s+the\s+(?:launch|go-live|cutover)\b|(?:before|in\s+time\s+for|ahead\s+of)\s+(?:(?:the|our|their|a)\s+)?(?:[\w-]+\s+){0,2}(?:holiday|holidays|conference|audit|board|renewal|demo|deadline|season|peak|sale|event|campaign|meeting|summit|keynote|freeze|quarter-end|year-end|trade\s+show|open\s+enrollment)s?\b)`,
      'i',
    ),
  ],
]);

// "ran it for two weeks before the cutover": how long something ran, not the time left.
const RAN_FOR = new RegExp(String.raw`\bfor\s+(?:about\s+|roughly\s+|another\s+)?${NUM}\s+${TIME}\s+$`, 'i');

/**
 * Limits told in the plain words of notes and non-software work: a task with its time ("Hire and train
 * 25 staff in five weeks"), a thing asked for with its time ("asked for a new report in three weeks"), a date fixed or named as the go-live ("Go-live was the first Monday of
 * April"), "had until …", something that had to stay open or keep running, "could not take the site
 * offline", money that ran out, a capacity, a freeze, time on top of a caseload, a rule that
 * might be broken.
 */
const LIMITS_TOLD_PATTERN = new RegExp(
  String.raw`^\W*(?:hire|train|build|ship|open|deliver|launch|migrate|finish|move|get|reduce|roll\s+out|replace|close|hand\s+over|complete)\b[^.;]{0,80}\b(?:in|within)\s+(?:just\s+|only\s+|under\s+)?${NUM}\s+${TIME}\b|\b(?:had\s+to|needed\s+to|asked\s+(?:\w+\s+)?to|required\s+(?:\w+\s+)?to|must|(?:was|were)\s+to)\b[^.;]{0,60}\bin\s+(?:just\s+|only\s+|under\s+)?${NUM}\s+${TIME}\b|\basked\s+(?:\w+\s+)?for\s+(?:(?!(?:and|but|then|got|had)\b)[^.;,\s]+\s+){1,8}?(?:in|within)\s+(?:just\s+|only\s+|under\s+)?${NUM}\s+${TIME}\b|\b(?:fixed|set|locked|agreed|committed\s+to)\s+(?:the\s+)?(?:opening|launch|go-live|release|delivery|completion|start|handover|cut-?over)\s+date\b|\b(?:opening|launch|go-live|release|delivery|completion|start|handover|cut-?over)\s+date\s+(?:was\s+|had\s+been\s+)?(?:fixed|set|agreed|locked|non-negotiable|in\s+the\s+contract)\b|\b(?:go-live|launch|deadline|cut-?off|due\s+date|opening\s+day)\s+(?:date\s+)?(?:was|is|fell\s+on)\s+(?:on\s+|set\s+for\s+)?(?:the\s+)?(?:first|second|third|last|end|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|\b(?:had|have|gave\s+(?:me|us))\s+until\s+(?:the\s+end|end|the\s+first|\d|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december)|\b(?:had\s+to|must|needed\s+to)\s+(?:stay|remain|keep)\s+(?:open|running|working|live|online|up|available|serving|trading)\b|\b(?:had\s+to|must|needed\s+to)\s+work\s+(?:offline|without)\b|\b(?:would\s+not|wouldn't|refused\s+to)\s+(?:pay|fund|approve|allow|sign)\b|\bnothing\s+could\s+(?:change|ship|move|go\s+out|be\s+changed)\b|\b(?:code|change|release)\s+freeze\b|\b(?:grant|funding|budget|money|contract|licen[cs]e|lease)\s+(?:ran|runs|would\s+run|was\s+running)\s+out\b|\b(?:capacity|maximum|max)\s+of\s+\d|\bon\s+top\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?(?:caseload|day\s+job|job|work|duties|role|teaching|shifts?)\b|\b(?:one|an|a|two|half\s+a)\s+(?:afternoon|day|morning|hour|hours|days)\s+a\s+week\s+(?:for|on)\b|\b(?:could|can)\s+only\s+be\s+(?:kept|stored|held|used|shared|retained|accessed)\b|\b(?:might|would|could)\s+(?:break|breach|violate)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:rules|law|laws|regulations?|terms|contract|policy)\b`,
  'i',
);

// Every form above holds one of these; most sentences hold none, so the costly pattern runs rarely.
const LIMITS_TOLD_WORDS =
  /^\W*(?:hire|train|build|ship|open|deliver|launch|migrate|finish|move|get|reduce|roll|replace|close|hand|complete)\b|had\s+to|needed\s+to|asked|required|must|\b(?:was|were)\s+to\b|date|go-live|deadline|cut-?off|until|stay|remain|keep|work\s|could\s+not|couldn't|cannot|can't|would\s+not|wouldn't|refused|nothing|freeze|ran\s+out|runs?\s+out|capacity|maximum|\bmax\b|on\s+top\s+of|a\s+week|only\s+be|break|breach|violate/i;

const limitsTold: Finder = (v) => (LIMITS_TOLD_WORDS.test(v.text) ? match(v, LIMITS_TOLD_PATTERN) : undefined);

const timeBox: Finder = (v) => {
  const c = gatedCue(v.text, TIME_BOX);
  return c && RAN_FOR.test(v.text.slice(Math.max(0, c.start - 40), c.start)) ? undefined : c;
};

const targetLimit: Finder = (v) =>
  match(
    v,
    /\b(?:(?:target|goal|budget|requirement|limit|ceiling)\s+(?:of|was|is)\s+(?:under|below|less\s+than|at\s+most|no\s+more\s+than|within)?\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)|(?:correctness|accuracy|safety|reliability|security|privacy)\s+(?:was|is|were)\s+(?:\w+\s+)?(?:critical|paramount|non-negotiable|essential|mandatory)|nothing\s+(?:downstream|else)\s+(?:had\s+to|would|needed\s+to)\s+change|(?:had|needed|have|has)\s+to\s+(?:get|keep|stay|bring|fit|run|work|remain|be)\b[^.;]{0,40}\b(?:under|below|within|less\s+than|on|in)\s+(?:\w+\s+)?(?:\d|one|two|three|four|five|six|ten|a\s+single|a\s+budget|the\s+budget|existing|our\s+existing|the\s+existing|CPU|GPU|device)|(?:latency|response[- ]time|p9\d|MTTR|uptime)\s+(?:budget|requirements?|targets?|limits?|goals?)|under\s+\d+\s?ms\b)/i,
  );

// A harm the work had to avoid, after "without": "without breaking payments", "without slowing the team down",
// "without making results worse", "without a ticket sale outage", "without any change to how fast a card is
// approved". A missing manner ("without notice", "without edits", "without backoff") is no limit.
const withoutBreaking: Finder = (v) =>
  match(
    v,
    /\bwithout\s+(?:making\s+(?:[\w-]+\s+){0,3}?(?:worse|slower|harder)|an?\s+(?:[\w-]+\s+){0,3}?(?:outage|downtime|interruption|disruption)|any\s+change\s+to|slowing|pausing|disrupting|interrupting|hurting|harming|degrading|delaying|blocking|dropping)\b|\bwithout\s+(?:any\s+)?(?:doubling|increasing|adding|raising|hiring|breaking|losing|downtime|extra\s+(?:cost|budget|people|headcount|hardware|servers)|additional\s+(?:cost|budget|people|headcount|hardware|servers)|exceeding|going\s+over|(?:changing|touching|affecting)\s+(?:\w+\s+){0,2}(?:downstream|clients|callers|consumers|contracts?|APIs?|schema|users))\b|\b(?:zero|with\s+no)[- ]downtime\b|\bbackwards?[- ]compatib\w+/i,
  );

const SCARCE_RESOURCE_PATTERN = new RegExp(
  String.raw`\b(?:only\s+(?:had\s+)?${NUM}\s+(?:engineers?|people|developers?|GPUs?|machines?|servers?|${TIME})|no\s+(?:GPUs?|budget|headcount|extra\s+(?:people|engineers|budget|hardware))|(?:a\s+single|only\s+one|only\s+a\s+single|one\s+single)\s+(?:GPU|machine|server|laptop)|single\s+GPU|CPU-only|on-device|edge\s+devices?|(?:limited|scarce|tight|small|fixed)\s+(?:budget|time|timeline|resources|team|bandwidth|capacity|memory|compute|staff|headcount)|limit(?:ed|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:budget|resources|bandwidth|time|headcount|capacity|memory|compute)|(?:understaffed|short-staffed)|(?:were|was|is|are|stay|stayed|remain|remained)\s+private|(?:had|needed)\s+to\s+(?:run|fit|work)\s+(?:on|in|within|under))\b`,
  'i',
);

const scarceResource: Finder = (v) => match(v, SCARCE_RESOURCE_PATTERN);

/**
 * Limits told as plain facts of the work: "could only give us six months of history", "with so little
 * data", "could not have any downtime", "had to stay within the country", "on the hardware we had",
 * "I was the only ML engineer", "passed the audit".
 */
const STATED_LIMIT_PATTERN = new RegExp(
  String.raw`\b(?:(?:could|can|were\s+able\s+to)\s+only\s+(?:\w+\s+)?(?:give|get|use|run|spend|afford|hire|share|store|keep|access|see|touch|process|handle|send|deploy|ship|test)|(?:so|very|too)\s+(?:little|few)\s+(?:[\w-]+\s+)?(?:data|history|labels|examples|samples|traffic|users|time|budget|memory|people)|only\s+(?:${NUM}\s+)?(?:${TIME}|[\w-]+)\s+of\s+(?:\w+\s+)?(?:history|data|logs|labels|examples|records|traffic)|(?:could\s+not|couldn't|cannot|can't|were\s+not\s+allowed\s+to)\s+(?:have|afford|take|allow|tolerate|accept|risk)\s+(?:any\s+|a\s+(?:single\s+)?|even\s+(?:a|an|one)\s+)?(?:[\w-]+\s+)?(?:downtime|outage|outages|data\s+loss|maintenance\s+window|breaking\s+change)|(?:had|needed|have|has)\s+to\s+(?:stay|remain|live)\s+(?:within|inside|in|on)\s+(?:the\s+)?(?:country|EU|region|network|premises|building|VPC|device|phone|hospital|company)|in-country|data\s+residency|on[- ]prem(?:ise|ises)?\s+only|(?:hardware|machines|servers|GPUs?|CPUs?|(?:CPU\s+)?cores|budget|people|staff|team|data|infrastructure|cluster)\s+(?:that\s+)?(?:we|I)\s+(?:already\s+)?had\b|(?:passed|pass|passing|prepar\w+\s+for|ahead\s+of|failed)\s+(?:the|an|our|their|a|[\w-]+'s)\s+(?:[\w'-]+\s+){0,2}audits?\b)`,
  'i',
);

// A cheap first look: every form above holds one of these words.
const STATED_LIMIT_WORDS = /only|little|few|not|n't|cannot|stay|remain|live|in-country|residency|prem|had|audit/i;

const statedLimit: Finder = (v) => (STATED_LIMIT_WORDS.test(v.text) ? match(v, STATED_LIMIT_PATTERN) : undefined);

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|spring|summer|autumn|fall|winter)`;

/**
 * Limits stated as facts of the project: a planned launch date ("we were launching v1 in December"),
 * a mandated cut ("Finance asked us to halve the bill"),
 * staying inside a limit ("within policy limits"), and fitting on hardware ("fit on a single A100").
 */
const PROJECT_LIMIT_PATTERN = new RegExp(
  String.raw`\b(?:(?:were|was|are|is|planned|scheduled|due|set)\s+(?:to\s+)?(?:launch|releas|ship|go\s+live|deliver)\w*\b[^.;]{0,50}\b(?:in|by|on|for)\s+(?:early\s+|late\s+|mid-?\s*)?${MONTH}\b|(?:asked|told|required|needed|had|wanted|targets?|goal|mandate)\w*\s+(?:us\s+|me\s+|the\s+team\s+)?to\s+(?:halve|cut|reduce|lower|trim)\s+(?:the\s+|that\s+|our\s+|its\s+)?(?:[\w-]+\s+)?(?:bill|spend|costs?|budget)|within\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:limits?|budgets?|SLAs?|SLOs?|tolerances?|quotas?)\b|fit(?:s|ted|ting)?\s+(?:on|in|into|within|under)\s+(?:a\s+single|one\s+(?:GPU|machine|server|node|device|phone|core|CPU)\b|\d+(?:\.\d+)?\s*(?:MB|GB|KB|TB)\b|memory|RAM|the\s+(?:device|phone|budget|GPU|memory)))`,
  'i',
);

const projectLimit: Finder = (v) => match(v, PROJECT_LIMIT_PATTERN);

/**
 * Limits from outside the code: a standard or law to meet ("SOC 2", "by law", "audit readiness"), a
 * contract, lease or licence that ends, a timeline someone called short, a date the work had to meet
 * ("had to ship by Q3"), and data that must not be lost ("could not drop a single order").
 */
const OUTSIDE_LIMIT_PATTERN = new RegExp(
  String.raw`\b(?:SOC\s?2|ISO\s?27001|PCI(?:[- ]DSS)?|HIPAA|GDPR|by\s+law|legally\s+(?:required|bound|obliged)|(?:legal|regulatory|compliance|audit)\s+(?:requirements?|obligations?|rules|deadlines?|readiness)|(?:contract|lease|licen[cs]e|support\s+agreement)\s+(?:was\s+|were\s+)?(?:ending|ended|expir\w+|ran\s+out|running\s+out)|end[- ]of[- ]life|(?:aggressive|short|compressed|hard|tight|fixed)\s+(?:timelines?|schedules?|timeframes?|window)|(?:had\s+to|needed\s+to|must|was\s+due\s+to|were\s+due\s+to|committed\s+to)\s+(?:\w+\s+){0,6}?(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:${MONTH}|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m|p\.m)|year-end|month-end|quarter-end|(?:next|this|that)\s+(?:week|month|quarter|year)|the\s+(?:[\w-]+\s+){0,3}(?:launch|release|deadline|audit|renewal|run|close|cutoff|cut-off|season|sale|peak|holidays?|review|exams?|meeting|go-live|demo))\b|\b(?:take[sn]?|took|taking)\s+effect\s+(?:on|from|in|at)\b|(?:could\s+not|couldn't|cannot|can't|must\s+not|mustn't)\s+(?:afford\s+to\s+)?(?:lose|drop|miss|duplicate)\s+(?:a\s+single|any|even\s+one)|zero\s+data\s+loss)`,
  'i',
);

const outsideLimit: Finder = (v) => match(v, OUTSIDE_LIMIT_PATTERN);

/**
 * A rule word that names no rule the work had to meet: consent as a property of the data or a tool's mode ("consented
 * traffic", "the non-consenting visitors", "a consent-mode setup"), and auditors as people who judged or complained
 * ("the auditors accepted the new numbers", "which definition the auditors will accept"). "could no longer do that
 * without consent", "needed explicit consent", "the auditors would not let us …" stay limits.
 */
function ruleWordAsContext(v: SentenceView, k: number): boolean {
  const w = word(v, k);
  if (/^(?:non-?)?consent(?:ed|ing)$/.test(w)) return true;
  if (w === 'consent' && word(v, k + 1) === '-') return true;
  return (
    /^auditors?$/.test(w) &&
    /^\s+(?:will\s+|would\s+|had\s+|have\s+)?(?:accept\w*|complain\w*|praised|liked|signed\s+off|found|said|asked)\b/i.test(
      v.text.slice(v.tokens[k].end),
    )
  );
}

const ruleWord: Finder = (v) => {
  for (const k of findAll(v, RULE_WORDS)) if (!limitAsThing(v, k) && !ruleWordAsContext(v, k)) return span(v, k, k);
  return undefined;
};

const dataLimit: Finder = (v) =>
  match(
    v,
    /\b(?:no\s+(?:training\s+)?(?:labels|labeled\s+data|labelled\s+data)|unlabell?ed|few\s+labels|sparse\s+data|limited\s+data|small\s+dataset|(?:half|most|many|some)\s+(?:of\s+)?(?:the\s+)?[\w-]+\s+(?:\w+\s+)?were\s+missing|(?:could\s+not|couldn't|cannot|can't)\s+get\s+(?:more|enough|any)\s+(?:\w+\s+)?(?:data|history|labels|examples|samples|traffic))\b/i,
  );

/** The constraint finders, tried in order; the first cue found is the sentence's evidence. */
export const CONSTRAINT_FINDERS: readonly Finder[] = [
  limitNoun,
  unlessAResultByDate(timeBox),
  targetLimit,
  withoutBreaking,
  // Where the closed-list "cannot" finder stood: a modal's cue starts where that finder's did.
  ...MODAL_LIMITS,
  scarceResource,
  ruleWord,
  dataLimit,
  projectLimit,
  outsideLimit,
  statedLimit,
  limitsTold,
  plainLimit,
  ...BOUNDED_LIMITS,
  authorityLimit,
  amountHeld,
  limitThatRulesOut,
  resourceShortfall,
  limitThenChoice,
  partyLimit,
  obligationBeforeEvent,
  platformEndDate,
  reportedLimit,
];
