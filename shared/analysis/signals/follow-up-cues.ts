// The words that make a sentence worth one kind of follow-up, and the words that make the same cue the
// wrong thing to ask about. Each gate is a class of error seen on judged stories
// (tests/fixtures/follow-ups/RUBRIC.md): a choice-less "decision", a "we" that does nothing, a launch that
// is a noun or a test before launch, a failure that is the fix or did not happen, a partner who needed
// nothing, a "constraint" that is a technical word.
import { OTHER_PEOPLE, PEOPLE_GROUPS } from '../rules/language/lexicon';

/**
 * The writer as the subject or owner: "I", "my", "me", and the lower-case "i" of notes typed fast ("i cut the
 * bundle"), but not the "i" of "i.e.".
 */
export const WRITER = /\b(?:I|i(?!\.e\b)|[Mm]y|[Mm]e)\b/;

/** "I chose", "selected", "instead of", "rather than", "better than": a choice the interviewer can probe. */
export const CHOICE =
  /\b(?:cho(?:se|sen|ose|osing)|select(?:ed|ing)?|picked|opt(?:ed|ing)\s+(?:for|to)|decid(?:ed|ing)|decision|propos(?:ed|ing)|went\s+with|settled\s+on|instead\s+of|rather\s+than|better\s+than|over\s+(?:a|an|the)\b|vs\.?|versus)\b/i;

// "Picked 3 agents to own it", "chose two volunteers": people given the work, not an option chosen over others.
const PICK = /^(?:cho(?:se|sen|ose|osing)|select(?:ed|ing)?|picked)$/i;

// The head of what was picked: the last word before a function word, within three words ("3 agents", "the sales tool").
function peoplePicked(after: string): boolean {
  const words: string[] = [];
  for (const w of after.trim().split(/\s+/).slice(0, 3)) {
    if (/^(?:to|for|from|who|that|which|because|since|and|as|with|over|instead|rather)$/i.test(w) || /^\W/.test(w))
      break;
    words.push(w.replace(/[^\w-]+$/, '').toLowerCase());
    if (/[,;:.]$/.test(w)) break;
  }
  const head = words.at(-1);
  return head !== undefined && (PEOPLE_GROUPS.has(head) || OTHER_PEOPLE.has(head));
}

// Alternatives named beside the pick ("considered a lunchtime club and small groups, and chose the small groups",
// "picked two contractors over a new hire"): what was picked is an option, even when it is people.
const ALTERNATIVES_NAMED =
  /\b(?:considered|weighed|compared|over\s+(?:a|an|the)\b|instead\s+of|rather\s+than|versus|vs\.?)/i;

/** The sentence names what a choice was weighed against ("considered X and Y", "over a", "instead of"). */
export function alternativesNamed(text: string): boolean {
  return ALTERNATIVES_NAMED.test(text);
}

/** Where a sentence names a choice the interviewer can probe ("I chose X over Y"), or undefined. */
export function choiceCue(text: string): { index: number; length: number } | undefined {
  for (const m of text.matchAll(CHOICES)) {
    const after = text.slice(m.index + m[0].length);
    if (PICK.test(m[0]) && peoplePicked(after) && !ALTERNATIVES_NAMED.test(text)) continue;
    return { index: m.index, length: m[0].length };
  }
  return undefined;
}

// A reason given for a choice in its own sentence: "…, because the replica already existed", "since reps said…",
// "given that we could not staff it", "so that analysts would never see…", "trading a week of labelling for…",
// "as a fixed boost would have pushed…". Not "since then" or "since March" (a time), nor "as a prior" (a role).
const REASON_AFTER =
  /\b(?:because|since(?!\s+(?:then|\d|last|early|late|the\s+(?:start|launch|beginning)|January|February|March|April|May|June|July|August|September|October|November|December)\b)|given\s+(?:that|how)|so\s+that|in\s+order\s+to|trading|as\s+(?:it|they|we|I|nobody|no\s+one|there|(?:the|a|an|our|their|its|this|that|each|every)\s+(?:[\w-]+\s+){0,4}?)(?:was|were|would|had|could|did|is|are|already|never|needed|cost|took|made|meant|ran|kept))\b/i;

/** The sentence gives a reason for the choice named at `at`, after it: "…, because …", "since …", "so that …". */
export function reasonGiven(text: string, at: number): boolean {
  return REASON_AFTER.test(text.slice(at));
}

// Every choice cue of a sentence, in order (CHOICE finds the first).
const CHOICES = new RegExp(CHOICE.source, 'gi');

export const CONFLICT =
  /\b(?:disagree(?:d|ment)?|pushed\s+back|push\s+back|pushback|conflicts?|conflicting|friction|objected|objections?|argued|tension|dismissive|opposed|refused|difficult\s+(?:team\s?mate|colleague|stakeholder|conversation))\b/gi;
// "Merge conflicts", "conflicting numbers between the ledger and the provider", "conflicting definitions": things
// that disagree, with no other side to ask about.
const THING_BEFORE =
  /\b(?:merge|version|dependency|dependencies|scheduling|calendar|naming|schema|data|port|lock|resource)\s+$/i;
const THING_AFTER =
  /^\s+(?:\w+\s+)?(?:numbers|figures|totals|counts|definitions|data|records|values|versions|timestamps|dates|results|reports|metrics|dashboards|schemas?|configs?|configurations|settings|entries|labels|sources|dependencies|formats)\b/i;

// "Dropped classes they disagreed on most", "annotators disagreed on 12% of labels": raters disagreeing about labels,
// no other side with an argument to ask about.
const LABELS_BEFORE =
  /\b(?:labels?|classes|items|examples|cases|images|tickets|samples)\s+(?:that\s+|which\s+)?(?:they|annotators|raters|labell?ers|reviewers|graders)\s+(?:\w+\s+)?$/i;
const RATERS_BEFORE = /\b(?:annotators|raters|labell?ers|graders)\s+(?:\w+\s+)?$/i;
// "Ran both models side by side and shared every disagreement": where two models' outputs differ.
const OUTPUTS_DIFFER = /\b(?:models?|classifiers?|versions|predictions|side\s+by\s+side)\b/i;

/** Where a sentence names a disagreement between people (not between numbers or files), or undefined. */
export function conflictCue(text: string): { index: number } | undefined {
  for (const m of text.matchAll(CONFLICT)) {
    const lead = text.slice(0, m.index);
    if (/^disagree/i.test(m[0]) && (LABELS_BEFORE.test(lead) || RATERS_BEFORE.test(lead))) continue;
    if (/^disagreements?$/i.test(m[0]) && /\b(?:every|each|all|the)\s+$/i.test(lead) && OUTPUTS_DIFFER.test(text))
      continue;
    // "showed her every payment where they disagreed": the two models of the sentence, in a clause about the cases.
    if (
      /^disagreed$/i.test(m[0]) &&
      /\b(?:where|when|on\s+which)\s+(?:they|the\s+two|both)\s+$/i.test(lead) &&
      OUTPUTS_DIFFER.test(text)
    )
      continue;
    if (/^conflict/i.test(m[0])) {
      const after = text.slice(m.index + m[0].length);
      if (
        THING_BEFORE.test(text.slice(0, m.index)) ||
        (m[0].toLowerCase() === 'conflicting' && THING_AFTER.test(after))
      )
        continue;
    }
    return { index: m.index };
  }
  return undefined;
}

export const FAILURE =
  /\b(?:mistakes?|failed|failures?|failing|bugs?|incidents?|outages?|went\s+down|broke|broken|crash(?:ed|es)?|leak(?:ed|s)?|cascading)\b/gi;
// "no stale data incidents", "without failures", "something broken that…": nothing went wrong there.
const NOT_HAPPENED =
  /\b(?:no|not|never|zero|without|avoid\w*|prevent\w*|something|would|could|might)\s+(?:\S+\s+){0,2}$/i;
// "failure rate", "incident response", "failure states": a measure, a process or a category, not an event.
const FAILURE_NOUN_USE =
  /^\s*(?:rates?|response|runbooks?|management|summary|states?|modes?|handling|tests?|cases?|scenarios?|budgets?|domains?|detection|tolerance)\b/i;
// "reviewed 30 past incidents", "analysed last year's outages": failures studied, not one that happened here.
const STUDIED_BEFORE =
  /\b(?:review\w*|analy[sz]\w*|stud(?:y|ied|ying)|went\s+through|read|categori[sz]\w*|grouped|classified)\s+(?:\S+\s+){0,3}$/i;
// The writer building the safeguard ("wrote a regression test", "built a mechanism to replay failed events").
// The same for a purpose: "a beta to shake out bugs", "a bug bash to find bugs".
const SAFEGUARD_BEFORE =
  /\b(?:to\s+(?:catch|detect|replay|retry|handle|surface|prevent|flag|reprocess|find|shake\s+out|uncover|hunt\s+down|squash)|regression)\b/i;

// "Repeat questions went down noticeably", "costs went down by a third": a measure falling, not an outage.
const DECREASE_AFTER = /^\s*(?:by|from|to|[~≈$]|\d|\w+ly\b|a\s+(?:lot|bit|little|third|half|quarter))/i;
const MEASURE_BEFORE =
  /\b(?:questions|tickets|complaints|costs?|calls|errors|numbers|rates?|times?|churn|returns|escalations|spend|bills?|prices?|counts?|volumes?)\s+$/i;

// "Failed jobs caught by analysts fell from 12 a month to 1", "cut incidents by half": a count of failures going
// down measures the work; it is no failure to ask "what changed afterwards" about.
const COUNT_FELL_AFTER =
  /^\s*(?:[\w-]+\s+){0,4}?(?:fell|dropped|decreased|declined|shrank|halved|went\s+(?:down|from)|(?:were|was)\s+(?:cut|halved|reduced))\b/i;
const COUNT_CUT_BEFORE = /\b(?:fewer|reduc\w*|cut(?:ting)?|halv\w*|lower\w*|decreas\w*)\s+(?:[\w-]+\s+){0,2}$/i;

// A failure that kept happening: "failed about twice a week", "kept failing", "one run in four", "broken jobs".
const RECURRING =
  /\b(?:kept|keeps|often|frequently|regularly|repeatedly|constantly|routinely|again\s+and\s+again|(?:once|twice|thrice|\d+\s+times|\w+\s+times)\s+(?:a|an|per|every)\s+\w+|every\s+(?:day|night|week|month|run|release|deploy\w*)|(?:one|1)\s+(?:\w+\s+)?in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|(?:failures|outages|incidents|bugs|crashes|mistakes)\b|(?:broken|failed|failing|crashing)\s+(?:[\w-]+\s+)?[\w-]+s|when(?:ever)?\s+(?:it|they|(?:the|our|their|its)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:failed|broke|crashed|went\s+down))\b/i;

// "around 1,100 bookings a week failed", "about 40 orders a day failed to sync": failures counted by the period.
const COUNTED_PER_PERIOD =
  /\b\d[\d,.]*\s*[kK]?\s+(?:[\w-]+\s+){0,3}?(?:a|an|per|every|each)\s+(?:day|night|week|month|shift|run|hour|minute|quarter)\b/;

/** The sentence tells of a failure that kept happening, not of one event. */
export function recurringFailure(text: string): boolean {
  const at = failureCue(text);
  return at >= 0 && (RECURRING.test(text) || COUNTED_PER_PERIOD.test(text.slice(Math.max(0, at - 60), at)));
}

const GENERAL_AFTER = /^\s*(?:could|can|would|will|should|might|may|are\s+(?:handled|routed|triaged))\b/i;

/** Where a sentence names something that went wrong, or -1. */
export function failureCue(text: string): number {
  for (const m of text.matchAll(FAILURE)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/^went/i.test(m[0]) && (DECREASE_AFTER.test(after) || MEASURE_BEFORE.test(before))) continue;
    if (COUNT_FELL_AFTER.test(after) || COUNT_CUT_BEFORE.test(before)) continue;
    if (NOT_HAPPENED.test(before) || FAILURE_NOUN_USE.test(after) || STUDIED_BEFORE.test(before)) continue;
    if (SAFEGUARD_BEFORE.test(before.split(/[,;—–]/).pop() ?? '')) continue;
    // "so incidents could be handled by anyone": failures in general, as a runbook or a rota plans for them.
    if (/^s$/i.test(m[0].slice(-1)) && GENERAL_AFTER.test(after)) continue;
    return m.index;
  }
  return -1;
}

/**
 * A story that already says what changed so a failure would not recur ("added a crash alert", "has not
 * failed since"): the question is answered.
 */
export const PREVENTION =
  /\b(?:post[-\s]?mortems?|post[-\s]?incident|regression\s+tests?|to\s+(?:catch|prevent|detect)\s+(?:similar|future|recurr\w*|it\b|this\b|these\b|them\b)|never\s+(?:happened|recurred)|since\s+then|(?:added|set\s+up|wrote|introduced)\s+(?:an?\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:alerts?|checks?|tests?|guards?|monitors?)|I\s+changed\s+(?:both\s+)?how|(?:has|have)\s+not\s+(?:failed|happened|recurred|broken)\s+(?:\S+\s+){0,4}?(?:since|again)|(?:alerts?|checks?|tests?|guards?|monitors?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:added|introduced|set\s+up|written|put\s+in))\b/i;

// "Released a beta to internal users", "shipped a prototype to three staff": a test before launch, not a launch.
const TRIAL_RELEASE =
  /^\s*(?:(?:it|them|this|a|an|the|our|my)\s+)?(?:[\w-]+\s+)?(?:beta|alpha|preview|prototype|pilot|dogfood\w*)\b|^\s*(?:\S+\s+){0,4}?to\s+(?:(?:a\s+few\s+|some\s+)?internal\s+\w+|staff|employees|(?:a\s+)?test\s+group|beta\s+\w+)\b/i;

// A shipping verb (not the noun "launch timeline", not "production code", not "Go-Live" in a list).
const LAUNCH =
  /\b(?:launched|shipped|deployed|released|roll(?:ed|ing)\s+(?:it\s+|them\s+)?out|went\s+live|(?:switched|cut)\s+over|(?:was|were|got)\s+delivered)\b/gi;
// A test before launch is not a launch; a deployed fix or credential is the end of an incident.
const PRE_LAUNCH =
  /\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:launch|release|rollout|shipping|go[-\s]live)|pre[-\s]?launch\b/i;
const FIX_DEPLOY = /^\s*(?:the\s+|a\s+|new\s+)*(?:fix|hot-?fix|patch|credentials?|certificates?|rollback)\b/i;
// "shipped with a stale feature", "released with a bug": the defect, not the launch.
const WITH_DEFECT =
  /^\s*with\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:stale|broken|bad|wrong|buggy|missing|corrupt\w*|bugs?|regressions?|defects?)\b/i;

/** A sentence says something shipped with a defect: the failure, not the launch. */
export function shippedDefect(text: string): boolean {
  for (const m of text.matchAll(LAUNCH)) if (WITH_DEFECT.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

// "Shipped it behind a flag to half of new sign-ups for a month", "released it to 10% of traffic for two weeks and
// compared…": a share of users for a set time is an experiment, not the launch ("…, then to everyone" is a rollout).
const EXPERIMENT_AFTER =
  /^\s*(?:\S+\s+){0,6}?to\s+(?:about\s+|only\s+|just\s+|roughly\s+)?(?:\d+(?:\.\d+)?\s*%|half|a\s+(?:third|quarter|fifth|tenth)|one\s+in\s+\w+)\s+(?:of\s+)?(?:\S+\s+){0,4}?for\s+(?:about\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|sprints?)\b/i;
const THEN_EVERYONE = /\bthen\s+(?:to\s+)?(?:everyone|all|the\s+rest|100\s*%|every\w*)\b/i;

/** Where a sentence says the work reached users, or -1. */
export function launchCue(text: string): number {
  if (PRE_LAUNCH.test(text)) return -1;
  for (const m of text.matchAll(LAUNCH)) {
    const after = text.slice(m.index + m[0].length);
    if (FIX_DEPLOY.test(after) || WITH_DEFECT.test(after) || TRIAL_RELEASE.test(after)) continue;
    if (EXPERIMENT_AFTER.test(after) && !THEN_EVERYONE.test(after)) continue;
    return m.index;
  }
  return -1;
}

// "we" doing something in the past: "we rebuilt", "we were able to". Not "we had a bug" (a state), "we did
// not adopt" (nothing done), "how we modeled" (a clause about something else) or "we extract" (the system).
// "We agreed they would adopt later": an agreement is made by both sides, so it has no part that was the writer's;
// nor has a conversation ("we discussed the trade-offs with the desk heads").
const WE_DID =
  /\bwe\s+(?:also\s+|then\s+|first\s+|jointly\s+|quickly\s+)?(?!had\b|did\s+not\b|didn't\b|never\b|agreed\b|aligned\b|compromised\b|discussed\b|debated\b|talked\b)(?:were\s+able|\w+ed\b|built|ran|made|took|wrote|got|kept|set|went|found|brought|began|chose|sent|spent|met|held|split|sat|drew|fought|won|led|cut|put|rebuilt|rewrote|shipped|did)\b/gi;
const SUBORDINATE_BEFORE = /\b(?:how|that|what|why|where|so|if|whether|when)\s+$/i;
// "we developed a strong relationship", "we built trust": how people got on, not work with parts to divide.
const RELATIONSHIP_AFTER = /^\s*(?:\w+\s+){0,3}?(?:relationship|rapport|trust|friendship|bond|respect)\b/i;

// "…while we kept the same pick rate", "we held latency under 60 ms": a level kept steady beside the result, a
// guardrail with no parts to divide.
const KEPT_LEVEL =
  /^we\s+(?:also\s+)?(?:kept|held|maintained)\b(?:\s+\S+){0,5}?\s+(?:the\s+same|steady|flat|stable|constant|unchanged|at|under|below|above|within)\b/i;
// "a contract for the 20 fields we used", "the reports we needed": "we" in a clause that names a thing by how we
// used it, right after its noun, not a deed.
const STATE_VERB = /^we\s+(?:used|needed|wanted|owned|knew|relied\s+on|depended\s+on|cared\s+about)\b/i;
const NOUN_BEFORE =
  /\b(?!(?:and|but|so|then|later|first|finally|now|together|eventually|instead|also|today|yesterday|again|here|there|once|after|before|when|while|until|since|because|as|if|that|what|how|why|where)\b)[a-z][a-z-]*\s+$/i;

/** Where "we" is the doer of something done, or -1. */
export function weCue(text: string): number {
  for (const m of text.matchAll(WE_DID)) {
    const before = text.slice(0, m.index);
    if (SUBORDINATE_BEFORE.test(before)) continue;
    if (RELATIONSHIP_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const rest = text.slice(m.index);
    if (KEPT_LEVEL.test(rest)) continue;
    if (STATE_VERB.test(rest) && NOUN_BEFORE.test(before)) continue;
    return m.index;
  }
  return -1;
}

// A partner who needed, asked for, approved or had to change something: the question "what did they
// need" has an answer. Asking a team for help, or being told of a problem by one, is not that.
const STAKE =
  /\b(?:need(?:ed|s)?|requir(?:ed|es|ing)|wanted|asked\s+(?:\S+\s+){0,3}?(?:to|for)\b|agree\w*|sign(?:ed)?[-\s]off|bandwidth|priorit\w*|negotiat\w*|objected|integrat\w*|coordinat\w*|involv\w*|worked\s+with|aligned?|expectations?|had\s+to)\b/i;
// The writer's own need ("I needed to … validate it with leadership") is not the partner's stake, nor is a need
// denied ("it needed no new contract", "required no sign-off").
const OWN_NEED =
  /\bI\s+(?:\w+ly\s+)?(?:needed|had\s+to|wanted|was\s+required)\b|\b(?:no\s+longer|not|never|don't|doesn't|didn't)\s+need\w*|\b(?:need(?:ed|s)?|requir(?:ed|es))\s+(?:no|nothing)\b/gi;

// "Finance had to rerun it by hand", "the team had to re-tag them": the chore a problem gave them, not a need of
// theirs to settle.
const BURDEN = /\bhad\s+to\s+(?:re-?\w+|redo|wait\b|(?:\S+\s+){1,5}?(?:by\s+hand|manually))/gi;

/** The sentence gives a partner a stake of their own: what they needed, asked for, had to change. */
export function partnerHasStake(text: string): boolean {
  return STAKE.test(text.replace(OWN_NEED, '').replace(BURDEN, ''));
}

// "As the staff engineer on the platform team": the writer's own team, named by the writer's place in it.
const OWN_TEAM_BEFORE =
  /\b(?:engineer|lead|manager|member|developer|scientist|analyst|architect|owner)\s+(?:on|of|in|for)\s+(?:the|our|my)\s+$/i;

/** The words before a partner cue place the writer in that team: no partner to settle anything with. */
export function ownTeamNamed(before: string): boolean {
  return OWN_TEAM_BEFORE.test(before);
}

// "As the payments engineer on the risk squad, I…", "I was the data analyst for marketing…", "in my role as support
// lead for…": the partner cue is the writer's own role, with no other side to have needed anything.
const OWN_ROLE_BEFORE =
  /(?:^|[.;:!?]\s+|\bI\s+(?:was|am|served\s+as|worked\s+as|joined\s+as|acted\s+as)\s+|\bmy\s+role\s+as\s+)(?:[-*•]\s*)?(?:as\s+)?(?:(?:the|a|an|our|one\s+of\s+(?:the|our))\s+)?$/i;
const ROLE_AFTER = /^\s*(?:[,;]|(?:on|for|of|in|at|within|across)\b)/i;

/** The partner cue at `start`–`end` names the writer's own role ("As the payments engineer on the risk squad, I…"). */
export function ownRoleNamed(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  if (!OWN_ROLE_BEFORE.test(before) || !ROLE_AFTER.test(text.slice(end))) return false;
  // "As the finance lead…" opens the sentence: the writer is its subject ("…, I was asked").
  return /^\s*(?:[-*•]\s*)?as\b/i.test(before) ? WRITER.test(text.slice(end)) : true;
}

/** The team or role a partner sentence names, to tell two partners apart ("infrastructure", "legal"). */
export function partnerName(text: string): string | undefined {
  const team = /\b([A-Za-z][\w-]*)(?:'s)?\s+(?:team|teams|leads?|org|organi[sz]ation)\b/i.exec(text);
  const role =
    /\b(legal|security|finance|compliance|product\s+manager|leadership|CEO|CTO|sales|marketing|support|clients?|customers?|partners?|vendors?)\b/i.exec(
      text,
    );
  const name = (team?.[1] ?? role?.[1])?.toLowerCase();
  return name === 'app' ? 'application' : name;
}

// A constraint in the Action counts when the writer was held to it ("had two weeks", "correctness was
// critical"), not when a technical word says "constraint", "budget" or "limitation".
export const HELD_TO =
  /\b(?:had|have|has|given|only|within|deadlines?|budget\s+of\s+[$€£~≈\d]|limited|critical|no\s+more\s+than|at\s+most|couldn't|could\s+not|cannot|can't|must|required|target)\b/i;
// A team's size as a fact ("the team was three engineers", "a team of four"): a constraint only when the
// sentence says it was a limit ("only two engineers", "short-staffed", "without adding staff").
const TEAM_SIZE =
  /\b(?:team|squad|group)\s+(?:was|were|is|of|had)\b|\b(?:engineers?|developers?|people|analysts?|scientists?|designers?|members?)\b/i;
const STAFF_LIMIT =
  /\b(?:only|just|short|small|tiny|under-?staffed|short-?staffed|no\s+more\s+than|couldn't|could\s+not|cannot|can't|without|lost|down\s+to|fewer|no\s+(?:extra\s+|new\s+|more\s+)?(?:headcount|hires?|staff))\b/i;

/** A constraint cue that is only the size of a team, stated as a fact. */
export function teamSizeFact(cue: string, sentence: string): boolean {
  return TEAM_SIZE.test(cue) && !STAFF_LIMIT.test(sentence);
}

// The kinds of limit a constraint sentence names: a second question on the same limit ("no extra headcount",
// then "because we could not hire") asks the same thing.
const LIMITS: [string, RegExp][] = [
  ['staff', /\b(?:staff\w*|headcount|hir(?:e|es|ed|ing)|people|engineers?|bandwidth|short-?handed)\b/i],
  ['money', /\b(?:budgets?|cost\w*|spend\w*|money|funding|price\w*|afford\w*|buy|bought|[$€£]\s?\d)/i],
  ['hardware', /\b(?:hardware|gpus?|cpus?|machines?|servers?|clusters?|memory|capacity)\b/i],
  [
    'time',
    /\b(?:deadlines?|weeks?|months?|quarters?|days?|sprints?|freeze|due|before\s+(?:the|our)\b|by\s+(?:the\s+)?end)\b/i,
  ],
  ['latency', /\b(?:latency|ms|milliseconds?|sla|slo|response\s+time|real[-\s]time)\b/i],
  ['data', /\b(?:privacy|gdpr|pii|consent|legal|complian\w*|regulat\w*|labels?|data\s+(?:we\s+)?(?:had|could))\b/i],
];

/** The limits a constraint sentence names ("staff", "time", …); none when it names no known kind. */
export function limitsNamed(text: string): string[] {
  return LIMITS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/**
 * The story already says what the writer learned or would do differently ("Next time I would…", "I learned
 * that…", "In hindsight…"): the closing "what would you do differently" is answered.
 */
// Not a habitual "would" ("each week I would check the dashboard first"): only a regret ("I would have
// involved them earlier") or a lesson named as one.
const PLAN = /\bI(?:\s+would|'d|’d)\s+(?!not\b|never\b|say\b|like\b|love\b)\w+/i;
// "Every Friday I would check the dual writes first": a habit told in the past, not a plan.
const HABIT_BEFORE = /\b(?:every|each|usually|often|always|sometimes|whenever|most\s+(?:days|weeks|mornings))\b/i;

// A regret ("I should have brought them in earlier") or a way of working the writer took up since ("I now read the diff
// of every config change", "I now treat upgrades as releases"): what the writer would do differently, told already.
// "Now" with the writer as subject and a verb after it; not "I now know" or "I now have", which tell a state.
const CHANGED_SINCE =
  /\bI\s+should\s+have\s+\w+|\bI\s+now\s+(?!know\b|have\b|had\b|am\b|feel\b|think\b|believe\b|understand\b)\w+/i;

/**
 * In a reflection, "I'd bring them in earlier", "I would test on old phones first", "I should have asked them
 * first", "I now check every config diff": the lesson, told as a plan, a regret or a changed habit.
 */
export function reflectionPlan(text: string): boolean {
  if (CHANGED_SINCE.test(text)) return true;
  const m = PLAN.exec(text);
  return m !== null && !HABIT_BEFORE.test(text.slice(0, m.index));
}
export const LESSON_STATED =
  /\b(?:next\s+time|if\s+I\s+(?:did|do|were\s+to\s+do|had\s+to\s+do)\s+(?:it|this|that)\s+again|in\s+hindsight|looking\s+back|I\s+(?:have\s+)?learn(?:ed|t)\s+(?:that|to|the\s+hard\s+way)|lessons?\s+(?:for\s+me\s+|I\s+(?:took|learn(?:ed|t))\s+)?(?:was|is|were)|taught\s+me|I(?:\s+would|'d)\s+have\s+\w+ed|(?:would|I'd)\s+do\s+(?:\w+\s+)?differently)\b/i;

/** "delivered on time": the outcome of a deadline, not a question about it. */
export const MET_IN_TIME = /\bon\s+(?:time|schedule|budget)\b/i;
/** In a Result, a constraint is named as one ("MTTR target: 60 min", "real constraints"), not implied by a word like "SLO". */
export const NAMED_LIMIT = /\b(?:targets?|budgets?|deadlines?|constraints?|limits?|within|allowed|cap(?:ped)?)\b/i;

/** "20 minutes instead of 9 hours", "down from 40": a change told after the number. */
export const CHANGE_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:instead\s+of|down\s+from|up\s+from|compared\s+(?:to|with)|vs\.?|versus|→|->)/i;
/** "from 4–6 weeks to 2–3 weeks": the number after "from", with a "to" after it. */
export function fromToChange(before: string, after: string): boolean {
  return /\bfrom\s+[~≈]?$/i.test(before) && /^\s*(?:\S+\s+)?to\s+[~≈$]?\d/i.test(after);
}

/** The story says how a figure was found ("profiled it: 90% of time was…"): how it was measured is answered. */
export const FOUND_BY = /\b(?:profil\w*|found\s+that|identified\s+that|discovered\s+that|traced|measured)\b/i;

/** Heads of counts of people and organisations: "5 engineers" sizes a team, not a system under load. */
export const PEOPLE_HEADS = new Set([
  'engineers',
  'developers',
  'people',
  'members',
  'teams',
  'partners',
  'partner',
  'clients',
  'client',
  'stakeholders',
  'managers',
  'reviewers',
  'analysts',
  'colleagues',
  'vendors',
  'companies',
  'interns',
  'hires',
  'reports',
  'agents',
  'repos',
  'repositories',
  'environments',
  'weeks',
  'days',
  'months',
]);
