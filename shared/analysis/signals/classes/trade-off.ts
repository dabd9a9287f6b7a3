// The trade-off finders: a choice with a named alternative ("X over Y", "instead of", "traded"), a
// pick with the reason it won, the cost of the road not taken ("would have tripled spend"), options
// compared or weighed, a cost accepted knowingly, and the alternative implied by the words of a pick
// ("went with the simpler design"). A way of behaving ("instead of guessing") is no option. A road not taken
// told by its modal, a verb of considering, its gerund, "or" or a negation is read by weighed-roads.ts, which
// replaced the set-aside, obvious-road and risk-then-choice finders (each a closed list of the verbs after
// "could have" or of the words after "but").
import { findAll, match, span, word, type Cue, type SentenceView } from '../sentence-view';
import { CHOICE_VERBS, DECISION_VERBS } from '../signal-lexicon';
import { NUM, type Finder } from './finder-parts';
import { gatedAlternation, gatedCue } from '../gated-alternatives';
import { optionContrast } from '../option-contrasts';
import { costBenefit } from '../cost-benefit';
import { optionRuledOut } from '../authority-limits';
import { acceptedCostTold, insteadOpens, pushedBackOnOption } from '../accepted-costs';
import { limitRulesOptionOut } from '../ruled-out-options';
import { costAccepted } from '../costs-accepted';
import { optionFragment } from '../option-fragments';
import { costForGain } from '../costs-for-gains';
import { consequenceCost, costTakenOn } from '../consequence-costs';
import { choiceCost } from '../choice-costs';
import { optionList, ordinalPick, partKeptApart } from '../decision-records';
import { weighedRoad } from '../weighed-roads';

// Comparative adjectives that say why one option beat another ("since anything bigger overfit").
const COMPARATIVE = String.raw`(?:bigger|larger|smaller|simpler|faster|slower|cheaper|safer|easier|harder|lower|higher|fewer|lighter|heavier|shorter|longer|newer|older|quicker|riskier|cleaner|better|worse|more\s+\w+|less\s+\w+)`;

// What follows "rather than" / "instead of" when it is a way of behaving, not an option.
const MANNER =
  /^(?:try|trying|let|guess\w*|assum\w*|wait\w*|blam\w*|confront\w*|argu\w*|complain\w*|hop\w*|panic\w*|react\w*|judg\w*|ignor\w*|tell\w*|being|feel\w*|opinions?|emotions?|intuition|ego|fear|hype|criticism|conflict|confrontation|accusations?|in|at|on|by|with|through|via|over|during|for|just|only|me|us|them|him|her)$/;

/** "X rather than Y", "X instead of Y", "Y …, X instead", where Y is an option (not a manner). */
export function alternative(v: SentenceView): Cue | undefined {
  for (let k = 0; k < v.tokens.length; k++) {
    const w = word(v, k);
    let after = -1;
    if (w === 'rather' && word(v, k + 1) === 'than') after = k + 2;
    else if (w === 'instead' && word(v, k + 1) === 'of') after = k + 2;
    else if ((w === 'vs' || w === 'versus') && k > 0) after = k + 1;
    else if (
      w === 'instead' &&
      (v.tokens[k + 1]?.kind === 'symbol' || k === v.tokens.length - 1 || /^(?:and|but|so)$/.test(word(v, k + 1)))
    ) {
      // Sentence- or clause-final "instead" after a choice verb: "argued for a staged rollout instead".
      const verbs = findAll(v, CHOICE_VERBS).filter((i) => i < k);
      if (verbs.length) return span(v, verbs[0], k);
      // "I asked for four short sessions instead": the writer asking for or drafting an option is a pick too.
      const asked = ASKED_FOR.exec(v.text.slice(0, v.tokens[k].start));
      if (asked) return { start: asked.index, end: v.tokens[k].end };
      // "X risked noise, so I recalibrated instead": the writer's act after the cost of the other road.
      const subject = v.tokens.findIndex((t, i) => i < k && (t.text === 'I' || t.lower === 'we'));
      if (subject >= 0 && COST_CUE.test(v.text.slice(0, v.tokens[k].start))) return span(v, subject, k);
      continue;
    }
    if (after < 0 || after >= v.tokens.length) continue;
    const y = v.tokens[after];
    const y2 = word(v, after + 1);
    // "instead of trying a forward fix", "rather than try the manual route": trying with the thing tried names the road
    // not taken; alone ("instead of trying,") or with an infinitive ("rather than trying to become an expert myself")
    // it is a manner. Waiting stays a manner even with what was waited for
    // ("rather than wait for the next chip"): on the figures-only sets that reading took three false marks for one.
    const tried = TRYING.test(y.lower) && COMPLEMENT_START.test(y2);
    if (y.kind === 'symbol' || (MANNER.test(y.lower) && !tried) || (/^(?:a|an|the)$/.test(y.lower) && MANNER.test(y2)))
      continue;
    // "20 minutes instead of three hours", "supported rather than pressured": a measure or a state, not an option …
    const compound = word(v, after + 1) === '-'; // "90-day churn" names an option
    if ((y.kind === 'number' || NUMBER_WORD.test(y.lower)) && !compound && !valueSet(v, k)) continue;
    // "weekly instead of daily" sets two schedules against each other; other -ly words are manners.
    if (/ed$/.test(y.lower) || (/ly$/.test(y.lower) && !SCHEDULE_WORD.test(y.lower))) continue;
    // "instead of reacting" is a manner; "instead of throwing them away", "rather than rebuilding the index" an option.
    // … unless a reason follows: "instead of invalidating on every write, since writes came in bursts".
    if (/ing$/.test(y.lower) && !tried && !OBJECT_START.test(y2) && !REASON_AFTER.test(v.text.slice(y.end))) continue;
    if (!chooser(v)) continue;
    // "saw the errors building over time rather than a one-off spike": a reading of evidence, not a choice.
    if (OBSERVED.test(v.text.slice(Math.max(0, v.tokens[k].start - 60), v.tokens[k].start))) continue;
    return span(v, k, Math.min(after + 1, v.tokens.length - 1));
  }
  return undefined;
}

// The writer asking for, offering or drafting a thing, before a clause-final "instead": "I asked for four short
// sessions instead", "we offered a phone call instead", "I drafted a shorter version instead".
const ASKED_FOR =
  /\b(?:I|we)\s+(?:\w+ly\s+|then\s+|just\s+)?(?:asked\s+(?:\w+\s+)?for|requested|offered|suggested|drafted|wrote\s+up|booked|ordered|planned|put\s+forward|pitched)\s+(?!(?:him|her|them|me|us|it|help|advice|feedback|support|time|permission|more\s+time)\b)[\w-]+\b[^.;,]*$/i;

// Trying, which names an option only with what was tried (see alternative).
const TRYING = /^(?:try|trying|attempt|attempting)$/;
const COMPLEMENT_START = /^(?:a|an|the|another|this|that|our|their|his|her|its|some)$/;

/**
 * … unless the number is one value of a setting chosen against another ("chose to report retention at twelve weeks
 * rather than four", "decided on a pass mark of 60 instead of 70"): a number just before the connective and a verb of
 * deciding before it. Without that verb the values read as a result ("We finished in three days rather than five").
 */
function valueSet(v: SentenceView, k: number): boolean {
  const x = [k - 1, k - 2, k - 3].find(
    (i) => i >= 0 && (v.tokens[i].kind === 'number' || NUMBER_WORD.test(v.tokens[i].lower)),
  );
  return x !== undefined && findAll(v, DECISION_VERBS).some((i) => i < x);
}

// Words that name the cost or risk of the road not taken, before a clause-final "instead".
const COST_CUE =
  /\b(?:risk\w*|would|cost\w*|slower|too\s+\w+|because|since|but|lose|losing|lost|break\w*|expensive|noise|noisy|stale)\b/i;

const OBSERVED =
  /\b(?:see|saw|seen|notic\w+|observ\w+|spott\w+|looked\s+like|seemed|appeared|turned\s+out|pattern|trend)\b[^,;:—]*$/i;

// What opens the object of a verb: "throwing them away", "rebuilding the index".
const OBJECT_START = /^(?:the|a|an|them|it|this|that|these|those|our|their|its|every|all|each|his|her)$/;

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds?|thousands?|half|double|twice)$/;

const SCHEDULE_WORD = /^(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly)$/;

const REASON_AFTER = /^[^.;]{0,60}?,?\s+(?:since|because)\b/i;

/** Someone makes a choice in the sentence: a choice verb, or "I"/"we" acting. */
function chooser(v: SentenceView): boolean {
  if (findAll(v, CHOICE_VERBS).length > 0) return true;
  return v.tokens.some((t) => t.text === 'I' || t.lower === 'we');
}

/** A choice named with its alternatives: "chose X after comparing …", "picked the second of three options". */
const choiceAmongOptions: Finder = (v) =>
  match(
    v,
    /\b(?:two|three|four|five|both|several)\s+(?:[\w-]+\s+)?(?:definitions|versions|variants|designs|proposals|drafts|plans|layouts|wordings)\b[^.;]{0,100}\b(?:chose|picked|selected|settled\s+on|went\s+with|preferred|kept)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:one|version|definition|design|draft|plan)\b|\b(?:chose|choose|choosing|opted|picked|selected|settled\s+on|went\s+with|preferred|decided|favou?red|recommended)\b[^.;]{0,80}\b(?:options?|alternatives?|compared|comparing|comparison|candidates)\b|\b(?:options?|alternatives?|compared|comparing|comparison)\b[^.;]{0,60}\b(?:chose|choose|opted|picked|selected|settled\s+on|went\s+with|preferred|decided)\b/i,
  );

// "moved the jobs over in three weeks", "migrated the rest over by Q3": "over" as the particle of a move, not "X over Y".
const PARTICLE_OVER = String.raw`(?:in|on|at|by|within|during|from|into|onto|with|without|before|after|and|or|as|for|across|while|when|until|once|then|too|gradually|slowly|quickly)(?![\w-])`;

const CHOICE_OVER_PATTERN = new RegExp(
  String.raw`\b(?:chose|choose|choosing|opted|picked|selected|preferred|favou?red|went\s+with|prioriti[sz]ed|recommended|proposed|kept|switched|moved|migrated|picking|selecting)\b[^.;]{0,80}?\bover\s+(?!${PARTICLE_OVER}|\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+(?:year|month|week|day|decade|dozen))\b|(?:the\s+|a\s+|an\s+)?(?:next|last|past|following|weekend|course|years?|months?|weeks?|days?|hours?|time|it|them|again|to|network|internet|wire|phone|air|email|slack|http|vpn)\b)(?:the\s+|a\s+|an\s+)?[\w-]+`,
  'i',
);

/** A choice verb, then "over" and the option it beat: "picked Postgres over Mongo" (not "moved it over in May"). */
export const choiceOver: Finder = (v) => match(v, CHOICE_OVER_PATTERN);

/**
 * "chose the smaller model because it fit on one GPU", "went with Parquet since the vendor …": a pick
 * with the reason it won. The reason must compare or limit (a comparative, "only", a fit, a cost), so
 * "I chose Redis because the team knew it" stays a plain choice.
 */
const CHOICE_BECAUSE_PATTERN = new RegExp(
  String.raw`\b(?:chose|picked|selected|opted\s+for|went\s+with|settled\s+on|settled\s+for|switched\s+to|preferred|kept|stayed\s+with|stuck\s+with)\b[^.;]{0,80}?\b(?:because|since|as)\b[^.;]{0,100}?\b(?:\w+er\s+than|(?:the\s+)?(?:other|hourly|daily|weekly|monthly|nightly|bigger|larger|smaller|newer|older|full|real-time)\s+ones?|more\s+\w+|less\s+\w+|only|fit|fits|cheap\w*|${COMPARATIVE}|cost\w*|budget|would|could\s+not|couldn't|no\s+(?:\w+\s+)?(?:need|room|headroom|budget|time|capacity|server|servers)|without|enough|already|overfit\w*|too\s+\w+)\b`,
  'i',
);

/** A pick with the reason it won, the reason comparing or limiting (CHOICE_BECAUSE_PATTERN). */
export const choiceBecause: Finder = (v) => match(v, CHOICE_BECAUSE_PATTERN);

/**
 * A trade-off told without the word: the cost taken stated as a figure ("it lost about a point of
 * recall", "within 3% of optimal"), both options tried against each other ("built a prototype and
 * timed both"), a pick made because it was the one that could be done ("the one we could compute").
 */
const IMPLICIT_TRADE_PATTERN =
  /\b(?:(?:lost|losing|lose|cost\s+us|gave\s+up|giving\s+up|sacrificed|traded\s+away)\s+(?:about\s+|roughly\s+|only\s+|less\s+than\s+|under\s+)?(?:a|one|half\s+a|\d+(?:\.\d+)?)\s*(?:%|percent|points?|pp)\s+(?:of\s+)?(?:recall|precision|accuracy|AUC|F1|NDCG|coverage|conversion|quality|lift)|within\s+\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:optimal|optimum|exact|best|full|original)|(?:timed|benchmarked|tried|prototyped|load-tested)\s+both(?:\s+(?:of\s+them|options|versions|designs|approaches|ways))?\b|(?:trained|ran|tested|built|tried|measured|scored)\s+(?:it\s+|them\s+|the\s+[\w-]+\s+)?(?:both\s+)?with\s+and\s+without\b|(?:chose|picked|selected|trained\s+on|went\s+with|kept|used)\b[^.;]{0,80}\b(?:because|since|as)\s+it\s+was\s+the\s+(?:one|only\s+one)\s+(?:we|I|that|which)\s+could)\b/i;

const implicitTrade: Finder = (v) => match(v, IMPLICIT_TRADE_PATTERN);

/**
 * A trade-off in its own words: "trade-off", "traded X for Y", "at the cost of", "gave up X for Y",
 * "build vs buy", "whether to … or …", "weighed X against Y".
 */
export const tradeWords: Finder = (v) =>
  match(
    v,
    /\b(?:trade-?\s?offs?|trad(?:ed|ing)\s+[\w\s.%-]{1,40}?\bfor|compromise|downsides?|drawbacks?|upsides?|pros\s+and\s+cons|at\s+the\s+(?:cost|expense|price)\s+of|in\s+exchange\s+for|gave\s+up\s+(?!on\b|after\b|trying\b|hope\b)[\w\s-]{1,30}?\b(?:for|to)|sacrific\w+|build\s+(?:vs\.?|versus|or)\s+buy|(?:buy|renew|outsource)\s+or\s+build|whether\s+to\s+\w+[^.;]{0,60}\bor\b|hybrid\s+approach|best\s+(?:parts?\s+|bits\s+)?of\s+(?:both|each)|deciding\s+(?:argument|factor|criterion)|weigh(?:ed|ing)?\b[^.;]{0,60}\b(?:against|versus|vs)|balanc(?:ed|ing)\b[^.;]{0,40}\bagainst)\b/i,
  );

/**
 * "Rebuilding the index risked downtime, so I patched it in place": the risk of one road, then the writer's road
 * taken. Read for own-decision only (the writer's call after weighing); the trade-off reading of the same shape, kept
 * off a "would" in a worry, a question or a report, is weighed-roads.ts's.
 */
export const riskThenChoice: Finder = (v) =>
  notAsked(
    v,
    match(
      v,
      /\b(?:risk(?:ed|s)?|would\s+(?:have\s+)?\w+)\b[^.;]{0,100}?,?\s+so\s+(?:I|we)\s+(?:\w+ly\s+)?\w+(?:ed|ept|ose|ent|uck|ilt|ade|eft|ook|ought|ut)\b/i,
    ),
  );

// "Nobody knew how big the files would get": a "would" inside a question about the unknown, not an option's cost.
const ASKED_BEFORE = /\b(?:how|what|whether|if|when|which|where|who)\b[^.;,:]{0,40}$/i;

/** The cue, unless it opens on a "would" that sits in an indirect question. */
function notAsked(v: SentenceView, c: Cue | undefined): Cue | undefined {
  if (!c || !/^would\b/i.test(v.text.slice(c.start))) return c;
  return ASKED_BEFORE.test(v.text.slice(0, c.start)) ? undefined : c;
}

// "caught it a day before it would have tripped": a harm averted, not the cost of an option.
const HARM_AVERTED = /\bbefore\s+(?:it|they|this|that|the\s+[\w-]+)\s+would\b/i;

/**
 * Options looked at side by side, then one picked: "I looked at adding batch size as a feature or moving to a
 * sequence model, and went with the feature because …", "looked at hard-pinning sponsored jobs and at adding a
 * boost inside the ranker, and chose the boost". A pick of one of them must follow, so reading evidence ("looked at
 * the logs and at the dashboards, and kept digging") and a choice of what to do next ("chose to restart") stay out.
 */
const LOOKED_AT_THEN_PICKED =
  /\b(?:looked\s+at|considered|weighed|evaluated|explored)\s+[^.;]{3,120}?\b(?:or|and\s+at)\s+[^.;]{3,120}?(?:,\s*|\s+)(?:and\s+|then\s+)?(?:(?:I|we)\s+)?(?:finally\s+|eventually\s+)?(?:chose|went\s+with|picked|settled\s+on|opted\s+for)\b(?!\s+to\b)/i;

const lookedAtThenPicked: Finder = (v) => match(v, LOOKED_AT_THEN_PICKED);

/**
 * Someone's preferred option beaten by a reason, then the road taken: "The brand team wanted one big send,
 * but our sender reputation was shaky, so I split it into three waves", "Marketing wanted live stock, but the
 * warehouse only exported nightly, so the site showed yesterday's". The reason must weigh
 * (too, risky, would, could not, only, a cost), so "wanted a demo, but the server was down" stays out.
 */
const wantedButSo: Finder = (v) =>
  match(
    v,
    /\b(?:wanted|asked\s+for|pushed\s+for|preferred|proposed|suggested)\b[^.;]{0,80}?,?\s+but\s+[^.;]{0,100}?\b(?:too|risk\w*|shaky|fragile|slow\w*|would|could\s+not|couldn't|only|cost\w*|expensive|limited|tight|meant|needed|required)\b[^.;]{0,60}?,\s+so\s+(?:(?:I|we)\s+(?:\w+ly\s+|instead\s+)?\w+(?:ed|ept|ose|ent|uck|ilt|ade|eft|ook|ought|ut|it|eld|an)\b|(?:the\s+|our\s+|its\s+|their\s+)?[\w-]+\s+(?:\w+ly\s+)?(?:went|stayed|shows|showed|show|ran|run|runs|refresh\w*|moved|kept|got|went|were|was|is|are)\b)/i,
  );

/**
 * A pick whose words hold the alternative: an option named by a comparative ("picked the simpler
 * design", "went with the cheaper vendor"), a choice made despite its cost ("even though their SLA was
 * weaker"), one judged good enough, scope cut to hold a date ("chose to ship without the widget",
 * "dropped the mobile version so the web app could launch in March"), the other road deferred
 * ("microservices could wait").
 */
const IMPLIED_ALTERNATIVE = gatedAlternation('impliedAlternative', [
  [
    /chose|picked|selected|went|preferred|opted|settled|stuck|stayed|bought/i,
    new RegExp(
      String.raw`\b(?:(?:chose|picked|selected|went\s+with|went\s+for|preferred|opted\s+for|settled\s+on|stuck\s+with|stayed\s+with|bought)\s+(?:the|a|an)\s+(?:much\s+|far\s+)?(?:(?:boring|safe|simple|conservative|obvious|cheap|quick|manual)\s+(?:option|choice|route|approach|path|one)|simpler|cheaper|smaller|lighter|faster|slower|safer|older|plainer|boring|boringer|leaner|cruder|dumber|simplest|cheapest|smallest|lightest|safest|plainest|more\s+(?:boring|conservative|expensive|accurate)|less\s+(?:accurate|ambitious|elegant|flexible))\b)`,
      'i',
    ),
  ],
  [
    /though|despite|enough/i,
    new RegExp(
      String.raw`\b(?:(?:chose|picked|selected|went\s+with|opted\s+for|settled\s+on|stuck\s+with|kept|used|bought|shipped)\b[^.;]{0,80}\b(?:even\s+though|although|despite)\b|(?:chose|picked|selected|went\s+with|opted\s+for|settled\s+on|stuck\s+with|kept|used|shipped)\b[^.;]{0,80}\b(?:was|is|were|seemed|proved)\s+good\s+enough\b)`,
      'i',
    ),
  ],
  [
    /without|dropped|cut|deferred|parked|postponed|scoped/i,
    new RegExp(
      String.raw`\b(?:(?:chose|decided|agreed|opted)\s+to\s+(?:ship|launch|release|go\s+live|open)\s+without\b|(?:dropped|cut|deferred|parked|postponed|descoped|de-scoped)\s+(?:the\s+|our\s+|a\s+)?[\w\s-]{1,40}?\s+(?:so\s+(?:that\s+)?[\w\s-]{0,40}?(?:could|would)\s+(?:launch|ship|go\s+live|open|make\s+it|hit|meet)|to\s+(?:hit|make|meet|keep)\s+(?:the\s+|our\s+)?(?:date|deadline|launch|release|timeline)))`,
      'i',
    ),
  ],
  [
    /wait|but/i,
    new RegExp(
      String.raw`\b(?:[;,—]\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+could\s+wait\b|(?:slowed|slows|cost|costs|added|adds|took|lost|meant\s+(?:less|more|losing|giving\s+up|no))\b[^.;]{0,50}\bbut\s+(?:it\s+|we\s+|they\s+|that\s+)?(?:caught|saved|kept|gave|bought|let|allowed|avoided|prevented|removed|halved|were\s+live|was\s+live|got\s+us)\b)`,
      'i',
    ),
  ],
  [
    /mean|accept/i,
    new RegExp(
      String.raw`\b(?:\b(?:option|approach|route|alternative|design|vendor|path|choice|tool|system|platform)\s+(?:would\s+have\s+)?meant\s+(?:losing|giving\s+up|dropping|no|less|more|extra|another|an\s+extra|training|hiring|rewriting|retraining|migrating|buying|paying)\b|\b(?:meant|mean|means)\s+accepting\b|\baccept(?:ed|ing)\s+(?:some|a\s+bit\s+of|a\s+little|more)\s+(?:[\w-]+\s+){0,2}(?:work|cleanup|delay|downtime|debt|noise|latency|errors|toil|lag|staleness)\b)`,
      'i',
    ),
  ],
  [
    /rather|paid|gave/i,
    new RegExp(
      String.raw`\b(?:\b(?:I'd|I\s+would|we'd|we\s+would)\s+rather\b[^.;]{0,80}\bthan\b|\bpaid\s+(?:more|extra|a\s+premium|double|twice)\b[^.;]{0,40}\b(?:to|for|so)\b|\bgave\s+up\s+on\b[^.;]{1,40}\band\s+(?:shipped|went|used|kept|built|chose|picked)\b)`,
      'i',
    ),
  ],
  [
    /either|said/i,
    new RegExp(
      String.raw`\b(?:\b(?:could|can|had\s+to|have\s+to)\s+either\b[^.;]{0,80}\bor\b|^\W*either\s+(?:we|I)\s+\w+[^.;]{0,60}\bor\b|\bsaid\s+no\s+to\b[^.;]{0,60}\byes\s+to\b)`,
      'i',
    ),
  ],
  [
    /more|in-house|ourselves|scratch/i,
    new RegExp(
      String.raw`\b(?:\b(?:mattered|matters|counted)\s+more\s+than\b|\b(?:was|is)\s+more\s+important\s+than\b|\b(?:built|build|wrote|made)\s+(?:it\s+|our\s+own\s+|one\s+)?(?:in-house|ourselves|from\s+scratch)\b[^.;]{0,60}\b(?:because|since|as)\b)`,
      'i',
    ),
  ],
  [
    /,\s+not|fraction|tenth|half|third|quarter|fifth/i,
    new RegExp(
      String.raw`\b(?:\b(?:chose|picked|went\s+with|used|kept|opted\s+for|settled\s+on|built)\s+[^.;,]{1,40},\s+not\s+(?:a\s+|an\s+|the\s+)?[\w-]+\s*,|\bfor\s+(?:a\s+)?(?:fraction|tenth|half|third|quarter|fifth)\s+of\s+the\s+(?:cost|price|effort|time|budget)\b)`,
      'i',
    ),
  ],
  [
    /now|later|v2|phase|budget|afford/i,
    new RegExp(
      String.raw`\b(?:\b(?:skipped|parked|deferred|postponed|dropped)\s+[^.;]{1,40}?\b(?:for\s+now|until\s+later|for\s+later|to\s+(?:a\s+)?later\s+release|to\s+v2|to\s+phase\s+two)\b|\b(?:not\s+in\s+the\s+budget|out\s+of\s+budget|(?:could\s+not|couldn't|can't|cannot)\s+afford)\b[^.;]{0,40},?\s+so\s+(?:I|we)\s+\w+)`,
      'i',
    ),
  ],
]);

// Every form above holds one of these; most sentences hold none, so the costly pattern runs rarely.
const IMPLIED_ALTERNATIVE_WORDS =
  /even\s+though|although|despite|enough|without|wait|\bbut\b|\bmeant\b|\beither\b|said\s+no|more\s+than|important|in-house|ourselves|scratch|,\s+not\b|fraction|tenth|half|third|quarter|fifth|for\s+now|later|\bv2\b|phase|budget|afford|accepting|rather|\bpaid\b|gave\s+up|simpl|cheap|small|light|faster|slower|safe|older|plain|boring|lean|crude|dumb|more\s|less\s|manual|quick|obvious|conservative|scope/i;

const impliedAlternative: Finder = (v) =>
  IMPLIED_ALTERNATIVE_WORDS.test(v.text) ? gatedCue(v.text, IMPLIED_ALTERNATIVE) : undefined;

/** A choice made because of a limit: "With so little history I kept the model simple". */
const limitDrivenChoice: Finder = (v) =>
  match(
    v,
    /\b(?:with|given)\s+(?:so\s+|such\s+|very\s+)?(?:little|few|limited|only|no|tight|scarce|a\s+(?:small|tight|single|fixed))\b[^,.;]{0,40},?\s+(?:I|we)\s+(?:\w+ly\s+)?(?:kept|chose|went\s+with|picked|used|stuck\s+with|opted|favou?red|preferred|started\s+with|settled\s+on)\b/i,
  );

/**
 * The cost of the road not taken: "would have tripled GPU spend", "building would take two engineers";
 * not a harm averted ("before it would have tripped") nor a "would" inside a question.
 */
export const counterfactualCost: Finder = (v) =>
  HARM_AVERTED.test(v.text) ? undefined : notAsked(v, counterfactualCostAny(v));

const counterfactualCostAny: Finder = (v) =>
  match(
    v,
    /\bwould\s+(?:have\s+)?(?:cost|costed|taken|take|meant|mean|required|require|needed|need|doubled|double|tripled|triple|added|add|broken|break|forced|force|risked|lost|lose|delayed|delay|been\s+(?:\w+er|more\s+\w+|less\s+\w+|too\s+\w+|overkill|over-?engineer\w*|a\s+waste|wasteful|excessive|premature))\b/i,
  );

// "3x faster than the old one", "12% better than before": a result measured against the past, not options weighed.
const RESULT_AGAINST_PAST =
  /\b\d+(?:\.\d+)?\s*(?:x|×|%|times|points?)\s+(?:\w+\s+)?(?:better|worse|faster|slower|cheaper|smaller|larger|higher|lower)\s+than\b|\bthan\s+(?:the\s+)?(?:old|previous|original|existing|current|legacy|prior)\b|\bthan\s+(?:before|last\s+(?:year|quarter|month)|it\s+(?:used\s+to|was))\b/i;

// "so fraud could not cost more than the budget": a cap, not two options compared.
const NEGATED_BEFORE = /\b(?:not|never|no|n't|cannot)\s+(?:\w+\s+)?$/i;

// "harder than I thought", "slower than planned": the work measured against an expectation, not two options.
const AGAINST_EXPECTATION =
  /^\S*\s+than\s+(?:(?:I|we|they|anyone|everyone|the\s+team)\s+(?:had\s+|would\s+have\s+)?(?:thought|expected|planned|hoped|feared|estimated|imagined|anticipated|guessed)|expected|planned|hoped|anticipated|estimated|usual|normal|forecast)\b/i;

/**
 * Two options compared on what each costs: "simpler but slower", "was safer than", "X versus latency",
 * "not worth it"; not a result measured against the past, a cap, or the work against an expectation.
 */
export const comparison: Finder = (v) => {
  const c = comparisonAny(v);
  if (c && NEGATED_BEFORE.test(v.text.slice(0, c.start))) return undefined;
  if (c && AGAINST_EXPECTATION.test(v.text.slice(c.start))) return undefined;
  return c && /\bthan\b/i.test(v.text.slice(c.start, c.end)) && RESULT_AGAINST_PAST.test(v.text) ? undefined : c;
};

const comparisonAny: Finder = (v) =>
  match(
    v,
    /\b(?:(?:simpler|faster|cheaper|slower|safer|riskier|easier|harder|more\s+(?:complex|accurate|expensive|reliable|robust)|less\s+(?:accurate|expensive|reliable))\b[^.;]{0,60}\bbut\b|(?:is|was|are|were|be|seemed)\s+(?:\w+\s+)?(?:better|worse|safer|cheaper|faster|simpler|easier)\s+than|cost\s+(?:\w+\s+){0,2}(?:less|more)\s+than|beats?\s+\w+ing\b|outweigh\w*|(?:more|less|fewer)\s+[^.;]{0,40}\bthan\s+[^.;]{0,40}\bworth|(?:not|wasn't|isn't)\s+worth\s+(?:it|the)|(?:accuracy|latency|cost|speed|quality|precision|recall|throughput|complexity|simplicity|reliability|freshness|exactness)\s+(?:vs\.?|versus|for|over|against)\s+(?:accuracy|latency|cost|speed|quality|precision|recall|throughput|complexity|simplicity|reliability|freshness|exactness))\b/i,
  );

/**
 * Each option with its upside and its cost: "A was quick but would drift; B took longer but generalised",
 * "the open-source option was cheapest but needed a server". One "but" clause counts only when its
 * subject is an option; two contrasted clauses count on their own.
 */
const prosAndCons: Finder = (v) => {
  const clause =
    /\b(?:was|is|were|are|seemed|looked|took|felt|ran|came)\s+(?:\w+\s+)?(?:[a-z]+est|[a-z]+er|quick|cheap|simple|easy|fast|accurate|flexible|robust|safe|risky|expensive|slow|longer|shorter|fine|small|big|large|clean|proven|familiar)\s*,?\s+but\s+(?:it\s+|they\s+)?(?:would|needed|need|required|meant|risked|cost|took|lost|added|had|was|could|generali[sz]ed|broke|missed|locked|tied)\b/gi;
  const hits = [...v.text.matchAll(clause)];
  if (hits.length === 0) return undefined;
  const optionSubject =
    /\b(?:option|approach|alternative|design|vendor|model|library|tool|service|version|plan|route|choice)\b/i.test(
      v.text.slice(0, hits[0].index),
    );
  if (hits.length < 2 && !optionSubject) return undefined;
  return { start: hits[0].index!, end: hits[0].index! + hits[0][0].length };
};

const WEIGHED_OPTIONS = gatedAlternation('weighedOptions', [
  [
    /options|approaches|alternatives|architectures|designs|paths|strategies|vendors|candidates|proposals/i,
    new RegExp(
      String.raw`\b(?:(?:compared|weighed|evaluated|considered|benchmarked|prototyped|looked\s+at|tested|explored)\s+(?:\w+\s+){0,2}|(?:${NUM}|several|multiple)\s+(?:\w+\s+)?)(?:options|approaches|alternatives|architectures|designs|paths|strategies|vendors|candidates|proposals)\b`,
      'i',
    ),
  ],
  [
    /compared|benchmarked|evaluated|weighed|prototyped|trialled|trialed/i,
    new RegExp(
      String.raw`\b(?:I|we)\s+(?:\w+ly\s+|first\s+|also\s+)?(?:compared|benchmarked|evaluated|weighed|prototyped|trialled|trialed)\s+(?:${NUM}|several|multiple|both)\s+(?:[\w-]+\s+)?[\w-]+s\b|\b(?:I|we)\s+(?:\w+ly\s+|first\s+|also\s+)?(?:compared|benchmarked|weighed)\s+(?!it\b|them\b|this\b)[^.;]{3,80}?\b(?:with|against|versus|vs\.?)\s+(?:${NUM}|several|both|other|an?\s+(?:alternative|option))\s`,
      'i',
    ),
  ],
  [
    /comparison/i,
    new RegExp(String.raw`\b(?:prepared|wrote|made|ran|did|built)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?comparison\b`, 'i'),
  ],
]);

// A cheap first look: every form above holds one of these (an option noun, a weighing verb, "comparison").
const WEIGHED_OPTIONS_WORDS =
  /option|approach|alternative|architecture|design|path|strateg|vendor|candidate|proposal|compar|benchmark|evaluat|weigh|prototyp|trial/i;

const weighedOptions: Finder = (v) =>
  WEIGHED_OPTIONS_WORDS.test(v.text) ? gatedCue(v.text, WEIGHED_OPTIONS) : undefined;

/** "accepted … in exchange", "which I accepted": a cost taken on knowingly. */
export const acceptedCost: Finder = (v) =>
  match(
    v,
    /\b(?:(?<!\b(?:my|our|his|her|their)\s)(?:slightly\s+|a\s+(?:bit|little)\s+|somewhat\s+)?(?:worse|slower|less\s+\w+|lower|bigger|larger|costlier|pricier|stale|staler|approximate|delayed|lagging)\b[^.;]{0,40}\b(?:was|is|were|seemed)\s+(?:fine|acceptable|ok|okay|worth\s+it|a\s+(?:fair|small|reasonable)\s+(?:price|cost))|(?:was|is)\s+an?\s+(?:acceptable|fair|small|reasonable)\s+(?:price|cost|trade)|(?:which|that)\s+I\s+accepted|(?:lost|losing|lose|gave\s+up|giving\s+up|dropp(?:ed|ing)|sacrific\w+)\b[^.;]{0,60}?,?\s+which\s+(?:was|is|seemed|felt)\s+(?:\w+\s+)?(?:acceptable|fine|ok|okay|worth\s+it|tolerable|a\s+(?:fair|small|reasonable)\s+(?:price|cost|trade))|accept(?:ed|ing)?\s+(?:a|the|that|this|some)\s+(?:\w+\s+)?(?:loss|cost|hit|drop|penalty|risk|trade-?\s?off)|I\s+(?:\w+ly\s+)?accepted\s+(?:that|this|it)\s+(?:because|since|as)\b)\b/i,
  );

/** The trade-off finders, tried in order; the first cue found is the sentence's evidence. */
export const TRADE_OFF_FINDERS: readonly Finder[] = [
  tradeWords,
  implicitTrade,
  choiceBecause,
  choiceOver,
  choiceAmongOptions,
  alternative,
  counterfactualCost,
  comparison,
  prosAndCons,
  weighedOptions,
  acceptedCost,
  lookedAtThenPicked,
  limitDrivenChoice,
  wantedButSo,
  impliedAlternative,
  optionContrast,
  costBenefit,
  optionRuledOut,
  acceptedCostTold,
  pushedBackOnOption,
  insteadOpens,
  limitRulesOptionOut,
  costAccepted,
  optionFragment,
  costForGain,
  consequenceCost,
  costTakenOn,
  choiceCost,
  optionList,
  ordinalPick,
  partKeptApart,
  weighedRoad,
];
