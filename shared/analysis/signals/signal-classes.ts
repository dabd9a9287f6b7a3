// The senior signals as classes of language rather than lists of phrases: a decision verb whose
// subject is the writer, a choice with a named alternative ("X over Y", "instead of", "traded"), a
// limit noun or a time box, a partner role or another team, assent by someone else after the writer
// argued, the vocabulary of running a live system, and the absence of a spec or of knowledge. Each
// class returns the span that shows it. Precision first: a class fires only where its words cannot
// mean something else in a work story. Written from RUBRIC.md and the tuning stories only.
import type { SignalId } from './signal-ids';
import { AMBIGUITY_CLASSES } from './ambiguity-classes';
import { plainLimit } from './plain-limits';
import { BOUNDED_LIMITS } from './bounded-limits';
import { authorityLimit, authorityParty, optionRuledOut } from './authority-limits';
import { optionContrast } from './option-contrasts';
import { costBenefit } from './cost-benefit';
import { acceptedCostTold, insteadOpens, pushedBackOnOption } from './accepted-costs';
import { limitRulesOptionOut, limitThatRulesOut } from './ruled-out-options';
import { persuasionOutcome } from './persuasion-outcomes';
import { INFLUENCE_SHAPES } from './influence-shapes';
import { evidenceShown } from './evidence-shown';
import { costAccepted } from './costs-accepted';
import { writerCall } from './writer-calls';
import { PARTY_AGREEMENTS } from './party-agreements';
import { amountHeld } from './amounts-held';
import { partyToTheWork } from './party-phrases';
import { organisationParty } from './organisation-parties';
import { notAPartner } from './partner-context';
import { AFTER_LAUNCH_EVENTS, AFTER_LAUNCH_EVENT_WORDS } from './after-launch-events';
import {
  ASSENT_VERBS,
  CHOICE_VERBS,
  DECISION_VERBS,
  FUNCTION_NOUNS,
  LIMIT_NOUNS,
  OPERATE_WORDS,
  OTHER_SUBJECTS,
  PARTNER_ROLES,
  PARTY_NOUNS,
  PERSUADE_VERBS,
  RULE_WORDS,
} from './signal-lexicon';
import {
  findAll,
  finite,
  first,
  match,
  opensSentence,
  opensWithPastVerb,
  span,
  word,
  writerActs,
  type Cue,
  type SentenceView,
} from './sentence-view';
import { anyGated, gatedAlternation, gatedCue } from './gated-alternatives';
import { firstTokenFrom } from '../rules/tokenize';

type Finder = (v: SentenceView) => Cue | undefined;

const NUM = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple\s+of|\d+(?:\.\d+)?)`;
const TIME = String.raw`(?:minutes?|hours?|days?|weeks?|months?|quarters?|sprints?|years?)`;
// Comparative adjectives that say why one option beat another ("since anything bigger overfit").
const COMPARATIVE = String.raw`(?:bigger|larger|smaller|simpler|faster|slower|cheaper|safer|easier|harder|lower|higher|fewer|lighter|heavier|shorter|longer|newer|older|quicker|riskier|cleaner|better|worse|more\s+\w+|less\s+\w+)`;

// ---------- own-decision ----------

/** A decision verb whose subject is the writer ("I decided", "I cut the email sequence", "- Chose to …"). */
const writerDecides: Finder = (v) => {
  for (const k of findAll(v, DECISION_VERBS)) {
    const w = word(v, k);
    const next = word(v, k + 1);
    if (!writerActs(v, k) || !nearSubject(v, k)) continue;
    // "so scope was tight", "the cut was deep": the word is a noun here, the subject of its own verb.
    if (/^(?:was|is|were|are|has|had)$/.test(next)) continue;
    // "picked up", "settled in", "committed the code", "cut latency by 40%" are not choices.
    if (/^pick/.test(w) && (next === 'up' || word(v, k + 2) === 'up')) continue;
    if (/^settl/.test(w) && next !== 'on') continue;
    if (ROUTINE_PICK.test(v.text.slice(v.tokens[k].start))) continue;
    if (/^commit/.test(w) && next !== 'to') continue;
    if (
      /^(?:cut|drop)/.test(w) &&
      /\b(?:by|from|to)\s+(?:about\s+|roughly\s+|over\s+)?[\d~]/.test(v.text.slice(v.tokens[k].end))
    )
      continue;
    if (/^(?:cut|drop)/.test(w) && /^(?:time|latency|costs?|spend|errors?|load|p\d\d)$/.test(word(v, k + 1))) continue;
    return span(v, k, k);
  }
  return undefined;
};

// Picks that are routine work, not a call: a ticket from the backlog, samples for labeling, a release branch cut.
const ROUTINE_PICK =
  /^(?:picked|picks|pick|selected|selects|select|chose|took)\s+(?:up\s+)?(?:the|a|an|my|our|\d+|one|two|three)?\s*(?:[\w-]+\s+){0,2}?(?:tickets?|tasks?|issues?|bugs?|stories|story|cards?|items?)\b(?!\s+(?:over|instead|rather))|^(?:picked|selected|sampled|chose)\s+(?:about\s+|roughly\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:queries|samples|examples|rows|records|tickets|images|documents|calls|conversations|users|accounts|transactions)\b|^cut\s+(?:the|a|an|our)?\s*(?:[\w-]+\s+)?(?:release|branch|tag|build|PR|ticket|version)\b|^dropped\s+(?:the|a|an|our)?\s*(?:[\w-]+\s+)?(?:table|column|index|database|connection|call|ball)\b|^opted\s+(?:in|out)\b/i;

// What may stand between "I" and its verb: adverbs and "also", "then", "finally".
const BETWEEN =
  /^(?:also|then|finally|eventually|ultimately|quickly|instead|personally|deliberately|immediately|just|first|later|still|therefore|so)$/;

/** The verb at k sits right after its subject "I" (adverbs between), after "and"/"then", or opens a bullet. */
function nearSubject(v: SentenceView, k: number): boolean {
  let i = k - 1;
  while (i >= 0 && (BETWEEN.test(word(v, i)) || word(v, i).endsWith('ly'))) i--;
  const w = word(v, i);
  return (
    i < 0 ||
    w === 'i' ||
    w === 'and' ||
    w === 'then' ||
    w === 'or' ||
    w === 'but' ||
    w === 'so' ||
    v.tokens[i].kind === 'symbol' ||
    opensSentence(v, k)
  );
}

const decisionPhrases: Finder = (v) =>
  match(
    v,
    /\b(?:(?<!\b(?:not|never|n't)\s)(?<!n't\s)my\s+(?:call|decision|recommendation|proposal)|I\s+(?:made|took)\s+(?:the|a|that)\s+(?:call|decision)|the\s+(?:call|decision)\s+was\s+mine|I\s+(?:\w+ly\s+)?(?:pushed\s+back|went\s+with|drew\s+the\s+line|said\s+no|held\s+off|left\s+(?:that|it|this|them)\s+for\s+later)|took\s+it\s+(?:on|upon)\s+myself|I\s+(?:\w+\s+)?accepted\s+(?:the|a|that|this)\s+(?:\w+\s+)?(?:trade-?\s?off|risk|cost|loss|hit)|I\s+(?:\w+\s+)?(?:disagreed|objected)|I\s+wasn't\s+going\s+to|took\s+(?:the\s+)?initiative|I\s+(?:\w+ly\s+)?(?:volunteered|stepped\s+(?:in|up)|went\s+ahead|pushed\s+for|argued\s+for|turned\s+down|declined\s+(?:the|to)|committed\s+(?:us|the\s+team|myself)\s+to|called\s+it|set\s+(?:the|a)\s+rule|made\s+it\s+a\s+rule|said\s+(?:we\s+should|no\s+to))|I\s+(?:\w+ly\s+)?(?:ruled\s+out|overruled|vetoed)|I\s+(?:\w+ly\s+)?held\s+(?:the|our|my)\s+[\w-]+\s+(?:until|for|back)|I\s+(?:\w+ly\s+)?set\s+(?:the\s+)?[\w-]+\s+(?:at|to)\s+[^.;]{1,30}?\b(?:because|since|so\s+that)\b)\b/i,
  );

/** "I built it X because …": a design choice with its reason. */
const reasonedDesign: Finder = (v) =>
  match(
    v,
    /\bI\s+(?:also\s+)?(?:built|designed|made|kept|structured|architected|wrote|set\s+up|sized|split)\s+(?:it|the\s+\w+|this|them)\b[^.;]{0,80}\b(?:because|since|so\s+that|so\s+(?:the|it|we|they))\b/i,
  );

/**
 * A reason, then the writer's own way of doing the work: "labels arrive late, so I used a 90-day gap",
 * "the numbers looked too good, so I checked the assignment first" (RUBRIC). The reason is a clause of
 * its own (a subject and a verb before ", so I"), and the act is a finite past verb.
 */
const reasonSoI: Finder = (v) => {
  // "…, so for a month after the switch I kept a list": a time between "so" and "I" (not "so that I").
  const m = /,\s+so\s+(?:(?!that\b)[\w-]+\s+){0,6}?I\s+(?:\w+ly\s+|first\s+|instead\s+)?([a-z]+)\b/.exec(v.text);
  if (!m || !/(?:ed|ept|ose|ent|uck|ilt|ade|eft|ook|ought|ut|an|ote|et|plit|eld)$/.test(m[1])) return undefined;
  if (
    /^(?:was|had|needed|wanted|asked|learned|learnt|started|went|reached|contacted|emailed|called|pinged|messaged|escalated|noticed|realised|realized|felt|thought|showed|shown|walked|shared|coordinated|prepared|explained|met|talked|told|presented|sent|wrote|agreed|offered|proposed|suggested|documented|reported|informed|briefed|involved|looped|spent|helped|tried)$/.test(
      m[1],
    )
  )
    return undefined;
  const before = v.text.slice(0, m.index);
  // The reason must be a clause: a verb of its own ("labels arrive late", "the numbers looked too good").
  if (
    !/\b(?:is|are|was|were|had|has|have|did|didn't|could|couldn't|would|meant|took|looked|seemed|arrive\w*|came|ran|kept|grew|fell|changed|showed|found|began|broke|rose|got|hit|went|lost|\w+ed)\b/i.test(
      before,
    )
  )
    return undefined;
  return { start: m.index + 2, end: m.index + m[0].length };
};

/**
 * The writer acting on a trade-off: a sentence that weighs options and then does one ("…; caching was
 * faster but risked stale verdicts, so I parallelised", "- Moved the small rankers to CPU, trading 15 ms
 * for 60% of the cost"). Comparing or benchmarking alone is not a decision.
 */
const writerActsOnTradeOff: Finder = (v) => {
  // Who acts first (cheap), then whether the sentence weighs a trade-off (the costly part).
  if (!writerChooses(v)) return undefined;
  return (
    first(v, [choiceOver, alternative, tradeWords, acceptedCost, choiceBecause, riskThenChoice]) ??
    soIAfterComparison(v)
  );
};

/** The writer does something in the sentence: a bullet's opening verb, "but went with …", or "I" + a verb that acts. */
function writerChooses(v: SentenceView): boolean {
  if (
    opensWithPastVerb(v) ||
    /\b(?:but|so|and|then)\s+(?:I\s+)?(?:went\s+with|chose|picked|kept|switched|moved|stuck|stayed)\b/i.test(v.text)
  )
    return true;
  for (let k = 0; k + 1 < v.tokens.length; k++) {
    if (v.tokens[k].text !== 'I' || !finite(v, k + 1) || WEIGHING.test(word(v, k + 1))) continue;
    // "…, which I accepted": the writer accepts a cost named before; the choice is elsewhere.
    if (/^(?:which|that)$/.test(word(v, k - 1))) continue;
    return true;
  }
  return false;
}

// Verbs after "I" that weigh or think rather than choose.
const WEIGHING =
  /^(?:would|could|might|had|was|think|thought|believe|believed|felt|compared|benchmarked|evaluated|weighed|tested|looked|considered|asked|assumed|guessed|hoped|expected)$/;

/** "… faster but risky, so I kept the queue": a comparison that ends in the writer's act. */
const soIAfterComparison: Finder = (v) => {
  const cmp = comparison(v) ?? counterfactualCost(v);
  if (!cmp) return undefined;
  const m = /\bso\s+(?:I|we)\s+(?:\w+ly\s+)?(\w+)/i.exec(v.text.slice(cmp.end));
  return m && /(?:ed|ept|ose|ent|uck|ut|ilt|ade)$/i.test(m[1]) ? cmp : undefined;
};

/** A first-person clause that picks one thing over a named alternative. */
const writerPrefers: Finder = (v) => {
  const alt = alternative(v);
  if (!alt) return undefined;
  for (let k = 0; k < v.tokens.length; k++) if (word(v, k) === 'i' && finite(v, k + 1)) return alt;
  return undefined;
};

// ---------- trade-off ----------

// What follows "rather than" / "instead of" when it is a way of behaving, not an option.
const MANNER =
  /^(?:try|trying|let|guess\w*|assum\w*|wait\w*|blam\w*|confront\w*|argu\w*|complain\w*|hop\w*|panic\w*|react\w*|judg\w*|ignor\w*|tell\w*|being|feel\w*|opinions?|emotions?|intuition|ego|fear|hype|criticism|conflict|confrontation|accusations?|in|at|on|by|with|through|via|over|during|for|just|only|me|us|them|him|her)$/;

/** "X rather than Y", "X instead of Y", "Y …, X instead", where Y is an option (not a manner). */
function alternative(v: SentenceView): Cue | undefined {
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
      // "X risked noise, so I recalibrated instead": the writer's act after the cost of the other road.
      const subject = v.tokens.findIndex((t, i) => i < k && (t.text === 'I' || t.lower === 'we'));
      if (subject >= 0 && COST_CUE.test(v.text.slice(0, v.tokens[k].start))) return span(v, subject, k);
      continue;
    }
    if (after < 0 || after >= v.tokens.length) continue;
    const y = v.tokens[after];
    const y2 = word(v, after + 1);
    if (y.kind === 'symbol' || MANNER.test(y.lower) || (/^(?:a|an|the)$/.test(y.lower) && MANNER.test(y2))) continue;
    // "20 minutes instead of three hours", "supported rather than pressured": a measure or a state, not an option.
    const compound = word(v, after + 1) === '-'; // "90-day churn" names an option
    if ((y.kind === 'number' || NUMBER_WORD.test(y.lower)) && !compound) continue;
    // "weekly instead of daily" sets two schedules against each other; other -ly words are manners.
    if (/ed$/.test(y.lower) || (/ly$/.test(y.lower) && !SCHEDULE_WORD.test(y.lower))) continue;
    // "instead of reacting" is a manner; "instead of throwing them away", "rather than rebuilding the index" an option.
    // … unless a reason follows: "instead of invalidating on every write, since writes came in bursts".
    if (/ing$/.test(y.lower) && !OBJECT_START.test(y2) && !REASON_AFTER.test(v.text.slice(y.end))) continue;
    if (!chooser(v)) continue;
    // "saw the errors building over time rather than a one-off spike": a reading of evidence, not a choice.
    if (OBSERVED.test(v.text.slice(Math.max(0, v.tokens[k].start - 60), v.tokens[k].start))) continue;
    return span(v, k, Math.min(after + 1, v.tokens.length - 1));
  }
  return undefined;
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

/** Someone makes a choice in the sentence: a choice verb, or "I"/"we" acting. */
const SCHEDULE_WORD = /^(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly)$/;
const REASON_AFTER = /^[^.;]{0,60}?,?\s+(?:since|because)\b/i;

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
const choiceOver: Finder = (v) => match(v, CHOICE_OVER_PATTERN);

/**
 * "chose the smaller model because it fit on one GPU", "went with Parquet since the vendor …": a pick
 * with the reason it won. The reason must compare or limit (a comparative, "only", a fit, a cost), so
 * "I chose Redis because the team knew it" stays a plain choice.
 */
const CHOICE_BECAUSE_PATTERN = new RegExp(
  String.raw`\b(?:chose|picked|selected|opted\s+for|went\s+with|settled\s+on|settled\s+for|switched\s+to|preferred|kept|stayed\s+with|stuck\s+with)\b[^.;]{0,80}?\b(?:because|since|as)\b[^.;]{0,100}?\b(?:\w+er\s+than|(?:the\s+)?(?:other|hourly|daily|weekly|monthly|nightly|bigger|larger|smaller|newer|older|full|real-time)\s+ones?|more\s+\w+|less\s+\w+|only|fit|fits|cheap\w*|${COMPARATIVE}|cost\w*|budget|would|could\s+not|couldn't|no\s+(?:\w+\s+)?(?:need|room|headroom|budget|time|capacity|server|servers)|without|enough|already|overfit\w*|too\s+\w+)\b`,
  'i',
);
const choiceBecause: Finder = (v) => match(v, CHOICE_BECAUSE_PATTERN);

/**
 * A trade-off told without the word: the cost taken stated as a figure ("it lost about a point of
 * recall", "within 3% of optimal"), both options tried against each other ("built a prototype and
 * timed both"), a pick made because it was the one that could be done ("the one we could compute").
 */
const IMPLICIT_TRADE_PATTERN =
  /\b(?:(?:lost|losing|lose|cost\s+us|gave\s+up|giving\s+up|sacrificed|traded\s+away)\s+(?:about\s+|roughly\s+|only\s+|less\s+than\s+|under\s+)?(?:a|one|half\s+a|\d+(?:\.\d+)?)\s*(?:%|percent|points?|pp)\s+(?:of\s+)?(?:recall|precision|accuracy|AUC|F1|NDCG|coverage|conversion|quality|lift)|within\s+\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:optimal|optimum|exact|best|full|original)|(?:timed|benchmarked|tried|prototyped|load-tested)\s+both(?:\s+(?:of\s+them|options|versions|designs|approaches|ways))?\b|(?:trained|ran|tested|built|tried|measured|scored)\s+(?:it\s+|them\s+|the\s+[\w-]+\s+)?(?:both\s+)?with\s+and\s+without\b|(?:chose|picked|selected|trained\s+on|went\s+with|kept|used)\b[^.;]{0,80}\b(?:because|since|as)\s+it\s+was\s+the\s+(?:one|only\s+one)\s+(?:we|I|that|which)\s+could)\b/i;
const implicitTrade: Finder = (v) => match(v, IMPLICIT_TRADE_PATTERN);

const tradeWords: Finder = (v) =>
  match(
    v,
    /\b(?:trade-?\s?offs?|trad(?:ed|ing)\s+[\w\s.%-]{1,40}?\bfor|compromise|downsides?|drawbacks?|upsides?|pros\s+and\s+cons|at\s+the\s+(?:cost|expense|price)\s+of|in\s+exchange\s+for|gave\s+up\s+[\w\s-]{1,30}?\b(?:for|to)|sacrific\w+|build\s+(?:vs\.?|versus|or)\s+buy|(?:buy|renew|outsource)\s+or\s+build|whether\s+to\s+\w+[^.;]{0,60}\bor\b|hybrid\s+approach|best\s+(?:parts?\s+|bits\s+)?of\s+(?:both|each)|deciding\s+(?:argument|factor|criterion)|weigh(?:ed|ing)?\b[^.;]{0,60}\b(?:against|versus|vs)|balanc(?:ed|ing)\b[^.;]{0,40}\bagainst)\b/i,
  );

/** The cost of the road not taken: "would have tripled GPU spend", "building would take two engineers". */
/** "Rebuilding the index risked downtime, so I patched it in place": the risk of one road, then the other taken. */
const riskThenChoice: Finder = (v) =>
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

/**
 * An option weighed and set aside, in the forms stories use: "We discussed a big-bang cutover, but …",
 * "A full rewrite was tempting, but …", "Bumping the pool would have been the quick fix, but …",
 * "would have bought us a day, not a week". The contrast must follow, so "before it would have
 * tripped" (a harm averted) and "looked at the logs" (reading evidence) stay out.
 */
const SET_ASIDE_PATTERN = new RegExp(
  String.raw`\b(?:(?:considered|discussed|debated|talked\s+about|thought\s+about|floated|explored|looked\s+at|evaluated|weighed)\s+(?!the\s+(?:logs?|data|code|metrics|dashboards?|traces|errors|numbers|tickets|results|feedback|comments|advice|requests?)\b)(?:a|an|the|using|moving|switching|building|buying|adding|rewriting|migrating|going|(?!(?:it|them|this|that|these|those|how|what|why|whether|if|my|his|her|their|him|me|us|you|everyone|everything|feedback|comments|advice|requests?|logs?|data|code|metrics|dashboards?|traces|errors|numbers|tickets|results|quitting|leaving)\b)[\w.+-]+)\b[^.;]{0,80}?\bbut\b[^.;]{0,80}?\b(?:would|too|cost\w*|risk\w*|no|not|n't|meant|needed|required|only|overkill|over-?engineered|heavy\w*|complicated|complex|fragile|brittle|impractical|unnecessary|slow|${COMPARATIVE})\b|\b(?:was|seemed|looked|sounded)\s+(?:\w+\s+)?(?:tempting|attractive|appealing|(?:the|an)\s+(?:obvious|easy|quick|simple|natural|safe|cheap)\s+(?:\w+\s+)?(?:fix|choice|answer|option|route|step|path|solution|move))\b[^.;]{0,60}\bbut\b|\b(?:(?:I|we)\s+)?could(?:'ve|\s+have)\s+(?:\w+ly\s+)?(?:used|gone\s+with|bought|built|kept|picked|chosen|added|run|shipped|waited|trained|moved|switched|rewritten|hired|paid|tuned|automated|outsourced)\b[^.;]{0,80}?\b(?:but|didn't|did\s+not)\b|\bwould\s+have\s+(?:been|\w+(?:ed|en)|put|bought|kept|cost|meant|left|run|given|brought|taken|made|held|hit)\b[^.;]{0,60}?(?:,\s*(?:but|not|so|while|whereas)\b|;|\bnot\s+(?:a|an|the)\b|\brather\s+than\b|\binstead\b))`,
  'i',
);

// "caught it a day before it would have tripped": a harm averted, not the cost of an option.
const HARM_AVERTED = /\bbefore\s+(?:it|they|this|that|the\s+[\w-]+)\s+would\b/i;
// Every form of SET_ASIDE_PATTERN holds one of these; most sentences hold none.
const SET_ASIDE_WORDS = /\bbut\b|would\s+have|could(?:'ve|\s+have)/i;
const setAside: Finder = (v) =>
  !SET_ASIDE_WORDS.test(v.text) || HARM_AVERTED.test(v.text) ? undefined : match(v, SET_ASIDE_PATTERN);

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

const counterfactualCost: Finder = (v) =>
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
const comparison: Finder = (v) => {
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
const acceptedCost: Finder = (v) =>
  match(
    v,
    /\b(?:(?<!\b(?:my|our|his|her|their)\s)(?:slightly\s+|a\s+(?:bit|little)\s+|somewhat\s+)?(?:worse|slower|less\s+\w+|lower|bigger|larger|costlier|pricier|stale|staler|approximate|delayed|lagging)\b[^.;]{0,40}\b(?:was|is|were|seemed)\s+(?:fine|acceptable|ok|okay|worth\s+it|a\s+(?:fair|small|reasonable)\s+(?:price|cost))|(?:was|is)\s+an?\s+(?:acceptable|fair|small|reasonable)\s+(?:price|cost|trade)|(?:which|that)\s+I\s+accepted|(?:lost|losing|lose|gave\s+up|giving\s+up|dropp(?:ed|ing)|sacrific\w+)\b[^.;]{0,60}?,?\s+which\s+(?:was|is|seemed|felt)\s+(?:\w+\s+)?(?:acceptable|fine|ok|okay|worth\s+it|tolerable|a\s+(?:fair|small|reasonable)\s+(?:price|cost|trade))|accept(?:ed|ing)?\s+(?:a|the|that|this|some)\s+(?:\w+\s+)?(?:loss|cost|hit|drop|penalty|risk|trade-?\s?off))\b/i,
  );

// ---------- constraint ----------

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
 * 25 staff in five weeks"), a date fixed or named as the go-live ("Go-live was the first Monday of
 * April"), "had until …", something that had to stay open or keep running, "could not take the site
 * offline", money that ran out, a capacity, a freeze, time on top of a caseload, a rule that
 * might be broken.
 */
const LIMITS_TOLD_PATTERN = new RegExp(
  String.raw`^\W*(?:hire|train|build|ship|open|deliver|launch|migrate|finish|move|get|reduce|roll\s+out|replace|close|hand\s+over|complete)\b[^.;]{0,80}\b(?:in|within)\s+(?:just\s+|only\s+|under\s+)?${NUM}\s+${TIME}\b|\b(?:had\s+to|needed\s+to|asked\s+(?:\w+\s+)?to|required\s+(?:\w+\s+)?to|must|(?:was|were)\s+to)\b[^.;]{0,60}\bin\s+(?:just\s+|only\s+|under\s+)?${NUM}\s+${TIME}\b|\b(?:fixed|set|locked|agreed|committed\s+to)\s+(?:the\s+)?(?:opening|launch|go-live|release|delivery|completion|start|handover|cut-?over)\s+date\b|\b(?:opening|launch|go-live|release|delivery|completion|start|handover|cut-?over)\s+date\s+(?:was\s+|had\s+been\s+)?(?:fixed|set|agreed|locked|non-negotiable|in\s+the\s+contract)\b|\b(?:go-live|launch|deadline|cut-?off|due\s+date|opening\s+day)\s+(?:date\s+)?(?:was|is|fell\s+on)\s+(?:on\s+|set\s+for\s+)?(?:the\s+)?(?:first|second|third|last|end|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|\b(?:had|have|gave\s+(?:me|us))\s+until\s+(?:the\s+end|end|the\s+first|\d|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december)|\b(?:had\s+to|must|needed\s+to)\s+(?:stay|remain|keep)\s+(?:open|running|working|live|online|up|available|serving|trading)\b|\b(?:had\s+to|must|needed\s+to)\s+work\s+(?:offline|without)\b|\b(?:could\s+not|couldn't|cannot|can't)\s+(?:take|shut|close|stop|delay|miss|extend)\b|\b(?:would\s+not|wouldn't|refused\s+to)\s+(?:pay|fund|approve|allow|sign)\b|\bnothing\s+could\s+(?:change|ship|move|go\s+out|be\s+changed)\b|\b(?:code|change|release)\s+freeze\b|\b(?:grant|funding|budget|money|contract|licen[cs]e|lease)\s+(?:ran|runs|would\s+run|was\s+running)\s+out\b|\b(?:capacity|maximum|max)\s+of\s+\d|\bon\s+top\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?(?:caseload|day\s+job|job|work|duties|role|teaching|shifts?)\b|\b(?:one|an|a|two|half\s+a)\s+(?:afternoon|day|morning|hour|hours|days)\s+a\s+week\s+(?:for|on)\b|\b(?:could|can)\s+only\s+be\s+(?:kept|stored|held|used|shared|retained|accessed)\b|\b(?:might|would|could)\s+(?:break|breach|violate)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:rules|law|laws|regulations?|terms|contract|policy)\b`,
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

const withoutBreaking: Finder = (v) =>
  match(
    v,
    /\bwithout\s+(?:any\s+)?(?:doubling|increasing|adding|raising|hiring|breaking|losing|downtime|extra\s+(?:cost|budget|people|headcount|hardware|servers)|additional\s+(?:cost|budget|people|headcount|hardware|servers)|exceeding|going\s+over|(?:changing|touching|affecting)\s+(?:\w+\s+){0,2}(?:downstream|clients|callers|consumers|contracts?|APIs?|schema|users))\b|\b(?:zero|with\s+no)[- ]downtime\b|\bbackwards?[- ]compatib\w+/i,
  );

const cannot: Finder = (v) =>
  match(
    v,
    /\b(?:could\s+not|couldn't|cannot|can't|can\s+not|must\s+not|were\s+not\s+allowed\s+to|was\s+not\s+allowed\s+to|weren't\s+allowed\s+to|wasn't\s+allowed\s+to|not\s+allowed\s+to)\s+(?:\w+ly\s+)?(?:leave|risk|afford|break|change|touch|share|store|send|move|exceed|wait|hire|add|spare|finish|fit|go\s+down|collect|ship|expose|retain|copy|upload)\b/i,
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
  String.raw`\b(?:SOC\s?2|ISO\s?27001|PCI(?:[- ]DSS)?|HIPAA|GDPR|by\s+law|legally\s+(?:required|bound|obliged)|(?:legal|regulatory|compliance|audit)\s+(?:requirements?|obligations?|rules|deadlines?|readiness)|(?:contract|lease|licen[cs]e|support\s+agreement)\s+(?:was\s+|were\s+)?(?:ending|ended|expir\w+|ran\s+out|running\s+out)|end[- ]of[- ]life|(?:aggressive|short|compressed|hard|tight|fixed)\s+(?:timelines?|schedules?|timeframes?|window)|(?:had\s+to|needed\s+to|must|was\s+due\s+to|were\s+due\s+to|committed\s+to)\s+(?:\w+\s+){0,6}?(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:${MONTH}|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|year-end|month-end|quarter-end|(?:next|this|that)\s+(?:week|month|quarter|year)|the\s+(?:[\w-]+\s+){0,3}(?:launch|release|deadline|audit|renewal|run|close|cutoff|cut-off|season|sale|peak|holidays?|review|exams?|meeting|go-live|demo))\b|\b(?:take[sn]?|took|taking)\s+effect\s+(?:on|from|in|at)\b|(?:could\s+not|couldn't|cannot|can't|must\s+not|mustn't)\s+(?:afford\s+to\s+)?(?:lose|drop|miss|duplicate)\s+(?:a\s+single|any|even\s+one)|zero\s+data\s+loss)`,
  'i',
);
const outsideLimit: Finder = (v) => match(v, OUTSIDE_LIMIT_PATTERN);

const ruleWord: Finder = (v) => {
  for (const k of findAll(v, RULE_WORDS)) if (!limitAsThing(v, k)) return span(v, k, k);
  return undefined;
};

const dataLimit: Finder = (v) =>
  match(
    v,
    /\b(?:no\s+(?:training\s+)?(?:labels|labeled\s+data|labelled\s+data)|unlabell?ed|few\s+labels|sparse\s+data|limited\s+data|small\s+dataset|(?:half|most|many|some)\s+(?:of\s+)?(?:the\s+)?[\w-]+\s+(?:\w+\s+)?were\s+missing|(?:could\s+not|couldn't|cannot|can't)\s+get\s+(?:more|enough|any)\s+(?:\w+\s+)?(?:data|history|labels|examples|samples|traffic))\b/i,
  );

// ---------- cross-functional ----------

const TEAM_WORDS =
  /^(?:teams?|team's|lead|leads|side|org|orgs|organi[sz]ations?|partners?|engineers?|reviewers?|folks|people|group|groups|owners?|stakeholders?|counterparts?|director|directors|head|heads|managers?|reps?|specialists?|experts?|analysts?|staff|agents?|department|departments|colleagues)$/;
const NOT_PARTNER_TEAM =
  /^(?:relevant|right|appropriate|proper|wrong|whole|entire|same|core|new|my|our|small|full|own|project|feature|scrum|agile|dev|development|engineering|my|his|her|their|this|that|a|the|one|tiger|hiring|interview|founding|senior|junior)$/;

/** "the payments team", "finance and sales leads", "trust-and-safety reviewers", "data engineers". */
const functionTeam: Finder = (v) => {
  for (let k = 0; k < v.tokens.length; k++) {
    const w = word(v, k);
    if (!FUNCTION_NOUNS.has(w)) continue;
    // Skip joined words ("trust-and-safety", "finance and sales") to the role noun they modify.
    let j = k + 1;
    while (
      j < v.tokens.length &&
      j <= k + 5 &&
      (v.tokens[j].kind === 'symbol' || /^(?:and|or|&)$/.test(word(v, j)) || FUNCTION_NOUNS.has(word(v, j)))
    )
      j++;
    if (TEAM_WORDS.test(word(v, j)) && !OWN_TEAM.test(v.text)) {
      // "support team" of a product is a partner; "my ML team" is the writer's own.
      if (/^(?:my|our)$/.test(word(v, k - 1)) && /^team/.test(word(v, j)) && /^(?:ml|data|search|platform)$/.test(w))
        continue;
      if (/^agents?$/.test(word(v, j)) && !/^(?:support|customer|sales|service)$/.test(w)) continue;
      return span(v, k, j);
    }
  }
  return undefined;
};

// The writer's own team, named: "the ranking team was two people, me and a new grad", "I joined the search team".
const OWN_TEAM =
  /\b(?:me\s+and|and\s+me|including\s+me|I\s+(?:was|am)\s+(?:on|in|part\s+of)\s+(?:the|a|an|my|our)\s|I\s+joined|I\s+(?:led|lead|managed|ran)\s+the)\b/i;

/** "the Kafka team", "another team", "six teams", "both teams", "all teams". */
const otherTeams: Finder = (v) => {
  for (let k = 1; k < v.tokens.length; k++) {
    const w = word(v, k);
    if (!/^(?:teams?|team's|orgs?|departments?)$/.test(w)) continue;
    if (/^members?$/.test(word(v, k + 1))) continue;
    const prev = word(v, k - 1);
    const prev2 = word(v, k - 2);
    if (
      /^(?:other|another|both|all|each|every|neither|partner|sister|neighbou?ring|adjacent|downstream|upstream|external|several|multiple|owning|consuming|client|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(
        prev,
      )
    )
      return span(v, k - 1, k);
    if (/^(?:other|the)$/.test(prev2) && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(prev))
      return span(v, k - 2, k);
    if (
      /^(?:the|another|their|a)$/.test(prev2) &&
      v.tokens[k - 1].kind === 'word' &&
      !NOT_PARTNER_TEAM.test(prev) &&
      /^team/.test(w) &&
      !OWN_TEAM.test(v.text)
    )
      return span(v, k - 2, k);
    // "his team", "her team": someone else's team (the writer's would be "my" or "our").
    if (/^(?:his|her)$/.test(prev) && /^team/.test(w)) return span(v, k - 1, k);
    // "the credit policy team had to sign off": a team named by two words, acting as a party.
    if (
      /^team/.test(w) &&
      /^(?:the|another|their)$/.test(word(v, k - 3)) &&
      [prev, prev2].every((x) => /^[a-z-]+$/.test(x) && !NOT_PARTNER_TEAM.test(x)) &&
      /^(?:had|wanted|asked|owned|owns|approved|reviewed|signed|needed|required|agreed|pushed|refused|objected|insisted|worried|was|were|reported)$/.test(
        word(v, k + 1),
      ) &&
      !OWN_TEAM.test(v.text)
    )
      return span(v, k - 3, k);
    // "each partner's technical team", "the vendor's team": another organisation's team.
    const owner = v.tokens
      .slice(Math.max(0, k - 3), k)
      .find((x) => /'s$/.test(x.lower) && !/^(?:my|our|team)'s$/.test(x.lower));
    if (owner && /^team/.test(w)) return span(v, v.tokens.indexOf(owner), k);
  }
  return otherPeople(v);
};

// The people of another group named by their role: "each bank's technical contacts", "both tech leads",
// "the CRM manager", "the retention managers". Not the writer's own chain ("my manager", "our lead").
const PEOPLE =
  /^(?:leads?|managers?|directors?|heads?|contacts?|counterparts?|owners?|reps?|representatives?|specialists?|liaisons?)$/;
const OWN_CHAIN =
  /^(?:my|our|the|a|team|team's|tech|engineering|project|hiring|line|delivery|program|release|senior|new|direct|skip-level|technical|same|his|her|their|its)$/;
// A cheap first look for the people words above.
const PEOPLE_WORDS = /lead|manager|director|head|contact|counterpart|owner|rep|specialist|liaison/i;
function otherPeople(v: SentenceView): Cue | undefined {
  if (!PEOPLE_WORDS.test(v.text)) return undefined;
  for (let k = 1; k < v.tokens.length; k++) {
    if (!PEOPLE.test(word(v, k)) || v.tokens[k].kind !== 'word') continue;
    const prev = word(v, k - 1);
    const prev2 = word(v, k - 2);
    // "both tech leads", "other team leads", "neither lead" ("both managers" may be the writer's own and another's).
    if (/^(?:other|neither)$/.test(prev)) return span(v, k - 1, k);
    if (/^(?:both|other|neither|each)$/.test(prev2) && /^(?:tech|team|technical)$/.test(prev)) return span(v, k - 2, k);
    // "each bank's technical contacts", "the vendor's account manager"
    const owner = v.tokens
      .slice(Math.max(0, k - 3), k)
      .find((x) => /'s$/.test(x.lower) && !/^(?:my|our|team|company)'s$/.test(x.lower));
    if (owner) return span(v, v.tokens.indexOf(owner), k);
    // "the CRM manager", "the retention managers": a role named by what it looks after, not the writer's chain.
    if (
      /^(?:the|their|a)$/.test(prev2) &&
      v.tokens[k - 1].kind === 'word' &&
      !OWN_CHAIN.test(prev) &&
      !NOT_PARTNER_TEAM.test(prev) &&
      !OWN_TEAM.test(v.text)
    )
      return span(v, k - 2, k);
  }
  return undefined;
}

const partnerRole: Finder = (v) => {
  for (const k of findAll(v, PARTNER_ROLES)) {
    const t = v.tokens[k];
    if (/(?:ed|ing)$/.test(t.lower)) continue; // "partnered", "partnering": the verb, not the role
    if (word(v, k - 1) === 'my') continue; // the writer's own manager chain
    if (t.lower.startsWith('pm') && (t.text !== t.text.toUpperCase() || v.tokens[k - 1]?.kind === 'number')) continue;
    if (/^partners?$/.test(t.lower) && /^(?:sparring|thought)$/.test(word(v, k - 1))) continue;
    if (/^partners?$/.test(t.lower)) {
      // A partner is a party only as a head noun: "each new partner could …", "partner downtime" are about the software.
      const after = word(v, k + 1);
      const head =
        !v.tokens[k + 1] ||
        (v.tokens[k + 1].kind === 'symbol' && after !== '-') ||
        /^(?:with|to|and|who|that|had|were|was|on|about|for|in|into|at|from|across|like|such|including|via|through|agreed|asked|wanted|needed)$/.test(
          after,
        );
      // "each new partner could be added" is about the software; "each partner had its own API" is the parties.
      const each = /^(?:per|each|every)$/.test(word(v, k - 1));
      if (!head || (each && !/^(?:had|wanted|needed|required|asked|used|sent|insisted)$/.test(after))) continue;
    }
    // The writer's own role ("as the on-call SRE") is not a partner.
    if (v.tokens.slice(Math.max(0, k - 6), k).some((x) => x.lower === 'as')) continue;
    if (
      /^experts?$/.test(t.lower) &&
      !/^(?:domain|subject|matter|outside|external|security|legal)$/.test(word(v, k - 1))
    )
      continue;
    return span(v, k, k);
  }
  return undefined;
};

// Working with people: the verbs and words that make a role named in a result a party to the work.
const INTERACTION =
  /\b(?:with|asked|agreed|met|meet|sat|paired|worked|told|showed|interviewed|requested|approved|signed|wanted|needed|together|convinced|persuaded|helped|joined|briefed|trained|walked|consulted|pushed|insisted|objected|flagged|raised|negotiat\w+|partnered|coordinated|aligned|involved|looped|complained)\b/i;
// A measured result or a new state of use: "Adjusters review 40% fewer claims", "the analyst now spends …".
const RESULT_OF_USE = /\d+(?:\.\d+)?\s*%|\b(?:now|fewer|rated|grew\s+to)\b/i;

/**
 * A partner role, unless the role is only the product's users in a result ("the lawyers rated 82% of
 * answers useful", "usage grew to 150 lawyers") with nobody working with them (RUBRIC: clients merely
 * wanting something are not cross-functional), or a vendor that only qualifies a thing ("the vendor contract").
 */
const partnerRoleAtWork: Finder = (v) => {
  const c = partnerRole(v);
  if (!c) return undefined;
  if (RESULT_OF_USE.test(v.text) && !INTERACTION.test(v.text)) return undefined;
  if (
    /^vendor\s+(?:contract|tool|product|api|sdk|library|software|solution|platform|lock-in|pricing|licen[cs]e)\b/i.test(
      v.text.slice(c.start),
    )
  )
    return undefined;
  // "the vendor scheduler", "the vendor e-learning module": a vendor naming a thing, with nobody dealt with.
  if (
    /^vendor\s+(?!(?:was|were|is|are|had|has|said|agreed|asked|wanted|sent|told|refused|confirmed|would|could|did|didn't|and|or|to|for|with|in|on|at|of|who|that|teams?|support|reps?|managers?|contacts?|engineers?|staff|side)\b)[a-z][\w-]*/i.test(
      v.text.slice(c.start),
    ) &&
    !INTERACTION.test(v.text)
  )
    return undefined;
  // "moved logging to a managed vendor", "switched to a cheaper supplier": the vendor as what was chosen, nobody dealt with.
  if (
    /^(?:vendors?|providers?|suppliers?)\b/i.test(v.text.slice(c.start)) &&
    /\b(?:to|from|onto|off|by)\s+(?:a|an|the|one|another|other|a\s+third-party)\s+(?:[\w-]+\s+){0,2}$/i.test(
      v.text.slice(0, c.start),
    ) &&
    !INTERACTION.test(v.text)
  )
    return undefined;
  return c;
};

/**
 * Working with people outside the writer's team, named by roles the software lexicon does not hold
 * (outside-software voices): "worked with the exams officer", "sat down with the head chef", "ran the
 * plan past the facilities manager", "met the landlord", "coordinated with the local council",
 * "partnered with a local charity", "pulled in a physio". The verb must be one of working with people,
 * and the role one that is never the writer's own team or the product's users.
 */
const OUTSIDE_PEOPLE_PATTERN = new RegExp(
  String.raw`\b(?:work(?:ed|ing)?\s+(?:closely\s+)?with|sat\s+(?:down\s+)?with|met(?:\s+with)?|meeting\s+with|coordinat(?:ed|ing)\s+with|negotiat(?:ed|ing)\s+with|partner(?:ed|ing)\s+with|liais(?:ed|ing)\s+with|ran\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:past|by)|briefed|pulled\s+in|brought\s+in|consulted|agreed\s+(?:[\w-]+\s+){1,3}with|checked\s+(?:[\w-]+\s+){1,3}with|asked)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|two\s+|three\s+|several\s+|local\s+|external\s+|outside\s+|hospital's\s+|school's\s+)*(?:[\w-]+\s+){0,2}?(?:officers?|coordinators?|chefs?|guards?|porters?|landlords?|physios?|physiotherapists?|council|charit(?:y|ies)|club|surveyors?|architects?|builders?|contractors?|electricians?|plumbers?|caterers?|receptionists?|consultants?|therapists?|midwi(?:fe|ves)|paramedics?|governors?|trustees?|inspectors?|solicitors?|brokers?|caretakers?|librarians?|chaplains?|social\s+workers?|police|fire\s+service|GPs?|dentists?|vets?|head\s*teachers?|principal|registrar|bursar|estates|facilities\s+(?:team|manager)|union\s+reps?|shop\s+stewards?|suppliers?|wholesalers?|distributors?|franchisees?|translators?|interpreters?|publishers?|sponsors?|funders?|insurers?|regulators?|ombudsman|embassy|ministry|unions?)\b`,
  'i',
);
// The roles alone, a cheap first look before the verb-and-role pattern.
const OUTSIDE_ROLE_WORDS =
  /officer|coordinator|chef|guard|porter|landlord|physio|council|charit|club|surveyor|architect|builder|contractor|electrician|plumber|caterer|receptionist|consultant|therapist|midwi|paramedic|governor|trustee|inspector|solicitor|broker|caretaker|librarian|chaplain|social\s+worker|police|fire\s+service|\bGPs?\b|dentist|\bvets?\b|teacher|principal|registrar|bursar|estates|facilities|union|steward|supplier|wholesaler|distributor|franchisee|translator|interpreter|publisher|sponsor|funder|insurer|regulator|ombudsman|embassy|ministry/i;
const outsidePeople: Finder = (v) => (OUTSIDE_ROLE_WORDS.test(v.text) ? match(v, OUTSIDE_PEOPLE_PATTERN) : undefined);

// Departments that act as one person: "Legal flagged …", "worked with finance", "Product wanted …".
const DEPT =
  /^(?:legal|finance|compliance|marketing|sales|procurement|leadership|hr|security|product|design|ops|infra|support|research|management|recruiting|purchasing|payroll|facilities|pharmacy)$/;
// Department words that are also common nouns (the product, facilities, a pharmacy): a party only as a subject.
const GENERIC_DEPT =
  /^(?:security|product|design|ops|infra|support|research|management|recruiting|purchasing|payroll|facilities|pharmacy)$/;
// What only people do, after a department as its subject.
const PEOPLE_VERB =
  /^(?:told|asked|agreed|wanted|insisted|said|pushed|refused|objected|approved|requested|complained|flagged|confirmed|warned|suggested|proposed|signed)$/;
// Words after which a new clause opens with its subject: "because product told us …".
const CLAUSE_WORD = /^(?:because|so|and|but|until|when|since|after|before|then|once|later|as|while|if)$/;
// A past act after a department subject (adverbs between), not a figure that moved.
const FIGURE_MOVED =
  /^(?:grew|rose|fell|dropped|increased|decreased|doubled|tripled|halved|improved|declined|jumped|spiked|slipped|climbed|recovered|peaked|stalled|flattened|shrank|expanded|totalled|totaled|reached|hit|exceeded|missed|beat)$/;
const PAST_ACT =
  /^(?:[a-z]+ed|kept|took|gave|sent|made|ran|came|went|got|said|told|built|set|put|began|chose|wrote|saw|found|held|brought|met|let|paid|sold|bought|led|drew|won|lost|fought|sought|thought|knew|stood|spent|lent|meant)$/;
function actsAsSubject(v: SentenceView, from: number): boolean {
  let j = from;
  while (
    /^(?:also|then|finally|still|now|quickly|eventually|never|immediately|later|soon|first|already)$/.test(word(v, j))
  )
    j++;
  const w = word(v, j);
  if (v.tokens[j]?.kind !== 'word' || FIGURE_MOVED.test(w) || !PAST_ACT.test(w)) return false;
  // "Sales-led growth", "finance approved-vendor list": a compound, not a subject and its verb.
  return v.tokens[j - 1]?.kind !== 'symbol' || j === from;
}

const departmentActs: Finder = (v) => {
  for (let k = 0; k < v.tokens.length; k++) {
    const t = v.tokens[k];
    if (!DEPT.test(t.lower)) continue;
    const prev = word(v, k - 1);
    const next = word(v, k + 1);
    const nextTok = v.tokens[k + 1];
    const capitalised = t.text[0] !== t.text[0].toLowerCase();
    const asSubject =
      /^(?:wanted|wants|asked|asks|needed|needs|requested|pushed|insisted|had|has|was|were|would|could|flagged|flags|approved|approves|adopted|agreed|signed|signs|said|owned|owns|required|requires|blocked|blocks|rejected|objected|came|reviewed|reviews|uploads|uploaded|sends|sent|gave|told|confirmed|provided)$/.test(
        next,
      );
    const afterPrep =
      /^(?:with|from|to|by|for|and|involve|involved|looped|told|asked|pinged|briefed|convinced)$/.test(prev) &&
      (!nextTok || nextTok.kind === 'symbol' || /^(?:and|or|to|on|about|before|after|so|who|that|in)$/.test(next));
    // Lower-case "security", "product", "design", "support", "research" are common nouns; only their capitalised,
    // subject use counts, or a lower-case one opening a clause as the subject of what only people do ("product told
    // us …", "support asked for …", "facilities agreed to …").
    const generic = GENERIC_DEPT.test(t.lower);
    const opensClause = k === 0 || opensSentence(v, k) || v.tokens[k - 1].kind === 'symbol' || CLAUSE_WORD.test(prev);
    if (generic ? opensClause && ((capitalised && asSubject) || PEOPLE_VERB.test(next)) : asSubject || afterPrep)
      return span(v, k, k);
    // "Marketing rolled it out to the whole list", "finance closed the books early", "legal kept asking": a
    // department that is never a common noun, opening a clause as the subject of any act. A figure that moved
    // ("sales grew 20%") is the business, not the department.
    if (!generic && opensClause && actsAsSubject(v, k + 1)) return span(v, k, k);
  }
  return undefined;
};

const crossWords: Finder = (v) =>
  match(
    v,
    /\b(?:(?:compliance|legal|security|finance)\s+(?:approval|sign-?off|review)|(?<!\b(?:on|onto|across)\s)the\s+board\b|cross-?\s?functional|cross-?team|another\s+(?:org|company|department|business\s+unit)|partner\s+(?:companies|company|orgs?)|(?:payments?|cloud|data|shipping|telecom|SMS|email|third-party|external|outside)\s+providers?|provider's|(?:the\s+)?(?:CEO|CTO|CFO|COO|VP\s+of\s+\w+)|(?:support|customer|sales|service)\s+agents?|customer\s+success|help[\s-]?desk|service\s+desk)\b/,
  );

// ---------- influence ----------

const writerPersuades: Finder = (v) => {
  for (const k of findAll(v, PERSUADE_VERBS)) {
    if (!writerActs(v, k)) continue;
    const w = word(v, k);
    if (w.endsWith('ing')) continue; // "without escalating": an intention, not an act
    if (/^object/.test(w) && /^(?:s|store|ive)$/.test(word(v, k + 1))) continue;
    // "escalated the outage to the on-call manager": running an incident, not moving a decision.
    if (
      /^escalat/.test(w) &&
      /^\s+(?:the|an?|this|that|it|our)?\s*(?:[\w-]+\s+)?(?:outage|incident|page|alert|bug|ticket|error|failure)s?\b/i.test(
        v.text.slice(v.tokens[k].end),
      )
    )
      continue;
    return span(v, k, k);
  }
  return undefined;
};

/**
 * Moving others, in the forms the rubric names beside "convinced": getting them to agree or adopt,
 * winning support, selling an idea, taking the case to the person who decides.
 */
const movedOthers: Finder = (v) => {
  const c = match(
    v,
    /\b(?:(?:got|helped|led|brought)\s+(?:\w+\s+){0,3}to\s+(?:agree|adopt|approve|accept|sign\s+off|switch|commit|support|stop|drop|wait|hold\s+off|pause|delay|move|change|try|include|fund|prioriti[sz]e)|won\s+(?:[\w']+\s+){0,2}(?:support|backing|approval|agreement)|sold\s+(?:\w+\s+){0,2}(?:on\s+(?:the|my|this)|the\s+idea)|(?:took|brought|escalated)\s+(?:it|this|that|the\s+(?:\w+\s+)?(?:proposal|data|document|analysis|case|evidence|numbers|plan))\s+to\s+(?:my|the|our|their|both)\s+(?:[\w-]+\s+)?(?:lead|manager|managers|director|VP|CTO|CEO|review|board|committee|architects?|leadership))\b/i,
  );
  if (!c) return undefined;
  const k = firstTokenFrom(v.tokens, c.start);
  return k >= 0 && writerActs(v, k) ? c : undefined;
};

// Persuasion in its own words: "convinced", "won them over", "got buy-in", "made the case", "I showed them …".
const PERSUASION_PHRASES = gatedAlternation('persuasionPhrases', [
  [/convinc|persuad/i, /\b(?:convinc(?:ed|ing|e)|persuad(?:ed|ing|e))\b/i],
  [
    /won|buy-in/i,
    /\b(?:won\s+(?:them|him|her|everyone|the\s+\w+|\w+)\s+over|(?:got|won|secured|earned)\s+(?:their\s+|the\s+\w+\s+|\w+'s\s+)?buy-in|buy-in)\b/i,
  ],
  [
    /brought|case|talked|chang/i,
    /\b(?:brought\s+(?:them|everyone|the\s+\w+|\w+)\s+(?:around|on\s+board|along)|made\s+(?:the|a|my)\s+case|talked\s+\w+\s+into|changed\s+(?:their|his|her|the\s+\w+'s|the)\s+(?:minds?|plan|decision|approach|direction)|change\s+the\s+plan)\b/i,
  ],
  [
    /consensus|same/i,
    /\b(?:(?:built|reached|drove|got)\s+consensus|(?:got|brought)\s+(?:everyone|them|both\s+sides|the\s+\w+)\s+on\s+the\s+same\s+page)\b/i,
  ],
  [
    /approval|sign|funding|agreement/i,
    /\b(?:(?:secured|won|obtained|got)\s+(?:their\s+|the\s+|\w+'s\s+)?(?:approval|sign-?off|funding|agreement))\b/i,
  ],
  [/objection/i, /\b(?:(?:remov|handl|answer|address|overc|anticipat)\w*\s+(?:\w+\s+)?objections?)\b/i],
  [
    /push|showed|walked|offered|presented/i,
    /\b(?:I\s+(?:\w+\s+)?push(?:ed)?\s+(?:back|for)|I\b[^.;]{0,80}\bshowed\s+(?:\w+\s+)?(?:that|how|why)|I\s+(?:\w+\s+)?(?:showed|walked)\s+(?:them|her|him|the\s+[\w-]+(?:\s+[\w-]+)?|leadership|management|\w+)\s+(?:that|how|why|through|the\s+(?:data|numbers|results|evidence|trade-?\s?off|cost))|I\s+(?:\w+\s+)?offered\s+to|I\s+(?:\w+\s+)?presented\s+[^.;]{0,60}\bto\s+(?:the|my|our|their|\w+))\b/i,
  ],
  [/evidence|data-driven/i, /\b(?:as\s+evidence|data-driven\s+(?:comparison|case|argument))\b/i],
  [
    /questioned|show/i,
    /\b(?:I\s+(?:\w+\s+)?questioned\s+(?:the|their|his|her|that|this|our)\s+(?:\w+\s+)?(?:decision|assumption|plan|approach|need|requirement|estimate|priority|choice|design)|show(?:ed|ing)?\s+data)\b/i,
  ],
]);
const persuasionPhrasesRaw: Finder = (v) => gatedCue(v.text, PERSUASION_PHRASES);

/**
 * Persuasion told as what the others then did: "I got the PM to cut two features", "talked the ward
 * sister into trying it", "won over the sceptical night staff", "I showed them a week of queue times
 * and they raised our cap", "the CFO approved the spend after I showed the payback", "was against it
 * until I ran a trial", "by Friday both leads had signed up to it".
 */
const EVIDENCE_THEN_ASSENT_PATTERN = new RegExp(
  String.raw`\bI\s+got\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+to\s+(?:cut|drop|park|agree|accept|delay|postpone|try|use|change|switch|adopt|sign|fund|approve|move|add|hold|wait|pause|reconsider|reprioriti[sz]e|rethink|reverse|extend|raise|lower|share|join|back|support)\b|\btalked\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+(?:in)?to\s+\w+ing\b|\bwon\s+over\b|\bI\s+(?:showed|walked|took|brought|sent|presented|shared|gave)\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+)\b[^.;]{0,80}?(?:,\s*|\s+)(?:and|so|after\s+which|until)\s+(?:they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?|both\s+\w+|everyone|we)\s+(?:\w+ly\s+|finally\s+|then\s+)?(?:agreed|raised|lowered|dropped|approved|changed|moved|extended|doubled|gave|let|allowed|accepted|signed|backed|added|delayed|postponed|cut|reversed|switched|settled|released|funded|granted|adopted)\b|\b(?:approved|agreed\s+to|accepted|signed\s+off|released|funded|granted|backed|changed\s+(?:his|her|their)\s+minds?)\b[^.;]{0,60}\bafter\s+I\s+(?:\w+ly\s+)?(?:showed|shared|presented|sent|walked|ran|demoed|explained|brought|proved)\b|\b(?:was|were)\s+against\s+(?:it|the\s+(?:idea|change|plan|proposal))\b[^.;]{0,40}\buntil\s+I\b|\b(?:both|all|the\s+other)\s+(?:\w+\s+)?(?:leads|managers|teams|stores|wards|teachers|directors)\s+(?:had\s+)?signed\s+up\s+(?:to|for)\b|\b(?:made|won)\s+the\s+argument\b|\bI\s+(?:raised|questioned|challenged|flagged)\s+[^.;]{1,80}?,?\s+and\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+was\s+(?:changed|lowered|raised|dropped|moved|approved|extended|delayed|cut|reversed|withdrawn|pulled)\b|\bI\s+asked\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+[^.;]{1,60}?,?\s+and\s+(?:he|she|they)\s+(?:did|agreed)\b`,
  'i',
);
// Every form above holds one of these; most sentences hold none.
const EVIDENCE_THEN_ASSENT_WORDS =
  /\bI\s+got\b|talked|won\s+over|\bI\s+(?:showed|walked|took|brought|sent|presented|shared|gave|raised|questioned|challenged|flagged|asked)\b|after\s+I\b|against|signed\s+up|argument/i;
const evidenceThenAssent: Finder = (v) =>
  EVIDENCE_THEN_ASSENT_WORDS.test(v.text) ? match(v, EVIDENCE_THEN_ASSENT_PATTERN) : undefined;

// "in case they changed their minds" is a hedge, not someone persuaded.
const persuasionPhrases: Finder = (v) => {
  const c = persuasionPhrasesRaw(v);
  if (
    c &&
    /\b(?:in\s+case|if|unless|whether)\s+(?:\w+\s+){0,2}$/i.test(v.text.slice(Math.max(0, c.start - 30), c.start))
  )
    return undefined;
  return c;
};

// Departments named by their work ("recruiting agreed", "Engineering agreed to finish it") and parties
// named by role ("the registrars agreed", "the governors approved"), beside OTHER_SUBJECTS. They count
// when they agree or approve; a role that adopts or accepts is mostly users taking the thing up (it
// cost a false positive on the held-aside halves).
const ASSENTING_DEPARTMENTS =
  /^(?:recruiting|engineering|purchasing|nursing|pharmacy|facilities|estates|operations|ops|marketing|sales|compliance|support|design|procurement|hr|payroll|accounts|audit|risk|fraud|clinical|editorial|merchandising)$/;
function assentingParty(w: string): boolean {
  // Clients and customers accepting or adopting is the product taken up, not a decision moved.
  if (/^(?:clients?|customers?)$/.test(w)) return false;
  return ASSENTING_DEPARTMENTS.test(w) || PARTY_NOUNS.has(w) || PARTNER_ROLES.has(w);
}

/** Someone else assents: "she agreed", "the team adopted it", "who approved it", "was adopted". */
const ROUTINE_ASSENT =
  /^\s+(?:to\s+(?:meet|sync|hold\s+(?:a\s+)?(?:weekly|daily|regular|monthly)|have\s+(?:a\s+)?(?:weekly|daily|regular|monthly)|catch\s+up|check\s+in)\b|my\s+(?:leave|holiday|holidays|vacation|time\s+off|PTO|expenses?|timesheets?|travel)\b)/i;
const othersAssent: Finder = (v) => {
  for (const k of findAll(v, ASSENT_VERBS)) {
    const w = word(v, k);
    if (/(?:ing|s)$/.test(w) && !/^(?:agrees|approves|adopts|accepts)$/.test(w)) continue;
    if (!finite(v, k)) continue;
    // "agreed to meet weekly", "approved my leave": coordination and routine sign-offs move no decision.
    if (ROUTINE_ASSENT.test(v.text.slice(v.tokens[k].end))) continue;
    const prev = word(v, k - 1);
    if (
      /^(?:was|were|got|been|be|is|are)$/.test(prev) &&
      /^(?:adopted|approved|accepted|endorsed|greenlit|funded)$/.test(w)
    ) {
      // "was adopted by 60% of sellers": the product's users taking it up, not a decision moved.
      if (
        /^\s+by\s+(?:\d|about\s+\d|most|many|half|all|nearly|over|the\s+(?:users|customers|sellers|clients|drivers|stores))/i.test(
          v.text.slice(v.tokens[k].end),
        )
      )
        continue;
      return span(v, k - 1, k);
    }
    // Nearest subject-like word before the verb, allowing "the payments team", "the VP of engineering, who".
    for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
      const s = word(v, i);
      if (s === 'i' || s === 'we' || s === 'you') break;
      if (OTHER_SUBJECTS.has(s) || s === 'who' || (assentingParty(s) && !/^(?:adopt|accept)/.test(w))) {
        // "who" counts only when it refers back to a person or group named before it.
        if (s === 'who' || !/^(?:the|a)$/.test(s)) return span(v, i, k);
      }
      if (v.tokens[i].kind === 'symbol' && v.tokens[i].text !== ',' && v.tokens[i].text !== "'") break;
    }
  }
  return undefined;
};

/**
 * The writer puts a case in front of others: presents or circulates a comparison, proposal or evidence
 * ("Presented the comparison in a team meeting", "wrote a one-page proposal and circulated it",
 * "shared a load-test report"). The writer must be the subject (or the bullet has none).
 */
// What the writer shows that is only a report of what happened, unless it goes to someone who decides.
const REPORT_OBJECT =
  /\b(?:results|findings|analysis|prototype|benchmarks?|evidence|design\s+doc|memo|trial|backtest|load-test\s+report)\b/i;
const DECIDER =
  /\b(?:leads?|managers?|director|VP|CTO|CEO|CFO|head|heads|leadership|management|stakeholders?|board|committee|owners?|PMs?|product|architects?|teams|review|planning|decision|decide|argue|make\s+the\s+case|convince|persuade|push\s+for|proposal|propose|recommend\w*|agreed|approved|so\s+that\s+(?:they|the|we)\s+(?:could\s+)?(?:decide|choose|pick))\b/i;
const writerMakesCase: Finder = (v) => {
  const c = writerMakesCaseAny(v);
  if (!c) return undefined;
  const shown = v.text.slice(c.start, c.end);
  if (/\b(?:proposal|RFC|pitch|business\s+case|comparison|concerns?|objections?|reservations?|doubts?)\b/i.test(shown))
    return c;
  return REPORT_OBJECT.test(shown) && !DECIDER.test(v.text.slice(c.end)) && !DECIDER.test(shown) ? undefined : c;
};
const writerMakesCaseAny: Finder = (v) => {
  const c = match(
    v,
    /\b(?:present(?:ed|s)?|circulat(?:ed|es)|shared|sent|showed|brought|took|wrote|drafted|authored|prepared|put\s+together)\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}(?:comparison|proposal|RFC|design\s+doc|pitch|business\s+case|memo|findings|evidence|benchmarks?|backtest|load-test\s+report|analysis|trial|prototype|results)\b|\b(?:wrote|drafted|put\s+together|prepared|wrote\s+up)\s+(?:up\s+)?(?:a|an|the|my)\s+(?:[\w-]+\s+){0,3}(?:doc|document|write-?up|one-pager|memo|summary|note)\b[^.;]{0,80}\b(?:sent|shared|circulated|presented|walked|took)\b[^.;]{0,20}\bto\b|\b(?:raised|voiced|flagged|shared|put\s+forward)\s+(?:my|these|the|our|those|some)\s+(?:\w+\s+)?(?:concerns?|objections?|reservations?|doubts?)|\b(?:showed|presented|brought|took|sent)\s+(?:this|that|it|these|them|the\s+(?:data|numbers|results|analysis|findings|logs?|figures|usage|chart|graph))\s+to\s+(?:the|my|our|their|both|\w+'s)\s+(?:[\w-]+\s+){0,2}(?:lead|leads|manager|managers|director|VP|CTO|CEO|team|owner|owners|stakeholders?|leadership|head|board|committee|PM|architects?)\b/i,
  );
  if (!c) return undefined;
  const k = firstTokenFrom(v.tokens, c.start);
  return k >= 0 && writerActs(v, k) ? c : undefined;
};

const becameStandard: Finder = (v) =>
  match(
    v,
    /\b(?:(?:became|become|is\s+now|was\s+made)\s+(?:our\s+|the\s+|a\s+)?(?:team's\s+|org's\s+|company's\s+)?(?:standard|default|norm|template|mandatory|best\s+practice)|signed\s+off|gave\s+(?:us\s+|me\s+)?the\s+(?:go-ahead|green\s+light)|led\s+to\s+mandatory|(?:aligned|align)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:on|around|expectations|priorities|goals)|unblock(?:ed|ing)?\s+(?:them|others|other\s+teams|the\s+\w+\s+team|\w+\s+teams?|him|her|everyone)|realigned|(?:other|both|all|the\s+other|every)\s+teams?\s+(?:now\s+)?(?:use|used|adopted|reused|followed|moved\s+to|switched\s+to|migrated\s+to|standardi[sz]ed\s+on|picked\s+up)|(?:is|are)\s+now\s+used\s+(?:by|across|in)\s+(?:every|all|other|both|several|many|\w+\s+other)|came\s+(?:a)?round\b|(?:went|go|going|agreed\s+to\s+go)\s+with\s+my\s+(?:\w+\s+)?(?:proposal|recommendation|suggestion|idea|plan|approach|design|option)|(?:took|followed|accepted|adopted|approved|backed)\s+my\s+(?:\w+\s+)?(?:advice|recommendation|suggestion|proposal|idea|plan|approach|design)|(?:reached|found|struck|agreed\s+on|landed\s+on)\s+(?:a|an)\s+(?:\w+\s+)?(?:compromise|agreement|middle\s+ground)|which\s+(?:they|he|she|the\s+(?:[\w-]+\s+){0,2}[\w-]+|both\s+\w+)\s+(?:were|was)\s+(?:fine|ok|okay|happy)\s+with|(?:showed|presented|brought|put)\s+both\s+(?:versions|options|designs|definitions|numbers|approaches|plans)|ended\s+up\s+(?:going\s+with|adopting|using|choosing|keeping)\s+(?:my|the\s+(?:approach|design|option|plan)\s+I))\b/i,
  );

// ---------- after-launch ----------

// Building monitoring as the deliverable ("built an alerting service for the fleet") is the product, not running it.
const BUILDS_OPS_PRODUCT =
  /\b(?:built|build|building|created|designed|developed|wrote|implemented)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}(?:monitoring|alerting|incident|observability|rollback)\s+(?:tool|system|service|platform|dashboard|product|pipeline|framework|app)\b/i;

// Operations named as the cost of an option, not as work done: "would have added on-call load", "two options: …".
const HYPOTHETICAL =
  /\b(?:would|might|could)\s+(?:have\s+)?(?:added|add|meant|mean|required|require|cost|costed|taken|take|needed|need|involved|involve|brought|bring|handle|drift|break|fail|degrade|decay)\b|\b(?:would|might|could)\s+have\s+\w+|\b(?:adds?|adding|means?|requires?|brings?)\s+(?:\w+\s+)?(?:operational|ops|maintenance|on-?call)\s+(?:complexity|burden|overhead|cost|load|work)|\b(?:options?|alternatives?)\b|\bweigh(?:ed|ing|s)?\b[^.;]{0,80}\bagainst\b|\b(?:designs?|approaches)\s*:/i;

// A test run before shipping decides whether to ship; it is not running the live system.
const BEFORE_LAUNCH =
  /\bin\s+(?:staging|pre-?prod\w*|(?:the\s+|a\s+)?(?:test|QA|dev)\s+environment|a\s+sandbox)\b|\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:full\s+|wider\s+|public\s+|first\s+)?(?:launch|rollout|roll-out|release|shipping|go-live|cutover|launching|rolling\s+out|switch|migration|send|deploy|deployment)\b|\bpre-?(?:launch|release|rollout)\b|\bto\s+decide\s+whether\s+to\s+(?:ship|launch|roll)|\b(?:before|ahead\s+of|prior\s+to)\s+(?:we\s+|I\s+)?(?:rolling|rolled|launching|launched|shipping|shipped|releasing|released|switching|switched|turning|turned)\s+(?:it|them|this|that)\s+(?:out|on|live)\b|\bbefore\s+(?:going|it\s+went|we\s+went)\s+live\b/i;

/**
 * Alerts and monitoring that are what the product does for its users ("texts the store manager when
 * stock runs low", "alerts now reach the crew", "lets parents monitor screen time", "the model monitors
 * 4,000 SKUs"), not the writer watching the live system.
 */
const PRODUCT_ALERTS = gatedAlternation('productAlerts', [
  [
    /text|send|sent|email|notif|ping|warn/i,
    /\b(?:texts?|sends?|sent|emails?|notif(?:y|ies|ied)|pings?|warns?)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:the\s+|a\s+|each\s+|every\s+)?(?:[\w-]+\s+)?(?:managers?|users?|customers?|crews?|drivers?|parents|staff|nurses|doctors|clinicians|agents|owners?|buyers|sellers|shoppers|planners|dispatchers|farmers|patients|members|subscribers|technicians)\b/i,
  ],
  [/alert/i, /\balerts?\s+(?:now\s+)?(?:reach|go\s+to|tell|warn|notify)\s+(?!(?:me|us|on-?call|the\s+on-?call)\b)/i],
  [
    /monitor/i,
    /\b(?:lets?|helps?|allows?|enables?)\s+(?:\w+\s+){0,2}(?:to\s+)?monitor\b|\bfor\s+(?:[\w-]+\s+){1,3}to\s+monitor\s+(?!(?:it|them|the\s+(?:service|system|model|pipeline|job|rollout|launch))\b)/i,
  ],
  [
    /alert|notification|warning|alarm/i,
    /^\W*alerts?\s+(?:the|a|an|users?|customers?|staff|authorities|drivers|patients|doctors|parents|owners?|operators?)\b|\b(?:managers?|users?|customers?|crews?|drivers?|parents|staff|nurses|doctors|clinicians|agents|owners?|buyers|sellers|shoppers|planners|dispatchers|farmers|patients|members|subscribers|technicians|operators?|traders|analysts|tenants|residents)\s+(?:now\s+)?(?:get|gets|got|receive|receives|received|see|saw)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:alerts?|notifications?|warnings?|alarms?)\b/i,
  ],
  [
    /monitors/i,
    /\b(?:the|our|this|a)\s+(?:[\w-]+\s+)?(?:model|tool|app|system|service|product|platform|sensor|detector|bot|device)\s+(?:now\s+)?monitors\b/i,
  ],
]);

/** Outages named as the reason for the work ("had three outages last year, which is why …"), not run by the writer. */
const PAST_REASON =
  /\b(?:last|previous|past|prior)\s+(?:year|quarter|month|summer|winter|spring|autumn|release|season)\b/i;
const WHY_THE_WORK =
  /\bwhich\s+(?:is|was)\s+why\b|\bthat(?:'s|\s+(?:is|was))\s+why\b|\bprompted\b|\bmotivat\w+\b|\bled\s+to\s+(?:this|the)\s+(?:project|rebuild|rewrite|work|migration)\b/i;
const WRITER = /\b(?:I|we|me|us|my|our)\b/;
/** A failure named only as history that set up the work: no writer in it, a past period or "which is why". */
export function pastReason(text: string): boolean {
  return WHY_THE_WORK.test(text) || (PAST_REASON.test(text) && !/\b(?:I|we|me|us)\b/.test(text));
}

// Where a clause ends around an operations word: a colon or semicolon, a dash, or a clause word.
const CLAUSE_EDGE = /[:;—–]|\b(?:after|because|since|when|until|once|so|which|who)\b/gi;
// Others' past, told in the past perfect: "after each had shipped a regression", "the vendor had broken it".
const OTHERS_PAST_PERFECT =
  /\bhad\s+(?:already\s+|just\s+|also\s+)?(?:shipped|had|caused|seen|suffered|hit|released|pushed|deployed|broken|introduced)\b/i;

/**
 * The clause around text position `at` names past failures as history, not run by the writer: a past period
 * with no writer in it ("…: two incidents last quarter from unthrottled sends"), or others' past perfect
 * ("proposed a harness to three teams after each had shipped a regression").
 */
function pastInClause(text: string, at: number): boolean {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    if (m.index < at) start = m.index;
    else {
      end = m.index;
      break;
    }
  }
  const clause = text.slice(start, end);
  if (/\b(?:I|we|me|us)\b/.test(clause)) return false;
  return PAST_REASON.test(clause) || OTHERS_PAST_PERFECT.test(clause);
}

const operateWord: Finder = (v) => {
  // The operations words first (a set lookup per token): most sentences have none, and skip the two costly checks.
  const found = findAll(v, OPERATE_WORDS);
  if (found.length === 0 || anyGated(v.text, PRODUCT_ALERTS) || pastReason(v.text)) return undefined;
  for (const k of found) {
    const w = word(v, k);
    const prev = word(v, k - 1);
    if (/^regression/.test(w) && /^(?:logistic|linear|ridge|lasso|polynomial|poisson|quantile)$/.test(prev)) continue;
    // "9 points lower than in the holdout": a result read against the holdout, not a test being run.
    if (/^(?:holdout|control)$/.test(w) && RESULT_AGAINST.test(v.text.slice(0, v.tokens[k].start))) continue;
    if (/^page/.test(w) && !/^(?:paged|paging)$/.test(w)) continue;
    // "a triage model", "triage levels": the clinical sense, not triaging a live system's failures.
    if (w === 'triage' && /^(?:model|levels?|nurses?|categor\w+|scores?|decisions?|notes?|tool)$/.test(word(v, k + 1)))
      continue;
    if (/^alert/.test(w) && /^(?:an|to)$/.test(prev) && /^(?:the|me|us)$/.test(word(v, k + 1))) continue;
    // "launched without an outage", "no rollback" as a brag is fine, but an operations word inside an
    // option being weighed ("retraining would have tripled spend", "designs: retraining …") is a cost, not ownership.
    if (/^(?:without|no)$/.test(prev) || /^(?:without|no)$/.test(word(v, k - 2))) {
      if (/^without$/.test(prev) || /^without$/.test(word(v, k - 2))) continue;
    }
    if (BUILDS_OPS_PRODUCT.test(v.text)) continue;
    if (HYPOTHETICAL.test(v.text) || BEFORE_LAUNCH.test(v.text)) continue;
    if (pastInClause(v.text, v.tokens[k].start)) continue;
    return span(v, k, k);
  }
  return undefined;
};

// A result measured since launch with nobody acting on it ("Since launch, orders per hour are up 12%"): RUBRIC, not ownership.
const LAUNCH_TIME =
  /^(?:after|post|following|since|once)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping)|^since\s+then\b|^(?:after|following|since)\s+the\s+(?:switch|cutover|migration)\b|^(?:during|after)\s+the\s+(?:initial\s+|first\s+)?(?:rollout|launch)/i;
const MEASURED_RESULT =
  /\d+(?:\.\d+)?\s*%|\b(?:(?:is|are|was|were)\s+up|(?:is|are|was|were)\s+down|grew|rose|fell|dropped|increased|decreased|doubled|tripled|halved|improved|(?:stayed|held|remained)\s+(?:at|above|below|under|over|steady|flat|stable|within)|has\s+not|hasn't|have\s+not|haven't|never)\b/i;
const TOLD_AFTER_LAUNCH =
  /\b(?:after|post|following|since|once)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping)\b|\bsince\s+then\b|\b(?:after|following|since)\s+the\s+(?:switch|cutover|migration)\b/i;
/**
 * The sentence tells what happened once the work was live, as ownership or as a result measured
 * then ("Since launch, orders are up 12%"): a follow-up asking "what happened after launch?" is answered.
 */
export function toldAfterLaunch(text: string): boolean {
  return TOLD_AFTER_LAUNCH.test(text) && !HYPOTHETICAL.test(text) && !BEFORE_LAUNCH.test(text);
}

// The writer only as the one who received a result: "we took 3,100 orders", "we had 40 sign-ups".
const WRITER_RECEIVES =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:took|had|got|saw|reached|hit|made|won|sold|gained|earned|booked|signed\s+up|received|collected|served|processed|raised|passed|crossed|topped|beat|exceeded|ended\s+(?:up|with))\b/gi;
const RESULT_AGAINST = /\bthan\s+(?:in\s+|for\s+|with\s+)?(?:the\s+|a\s+|our\s+|its\s+)?$/i;

const afterShipping: Finder = (v) => {
  if (HYPOTHETICAL.test(v.text) || BEFORE_LAUNCH.test(v.text)) return undefined;
  const c = afterShippingAny(v);
  // A result measured since launch (RUBRIC): the writer in it only as the one the result came to is no act.
  if (
    c &&
    LAUNCH_TIME.test(v.text.slice(c.start)) &&
    MEASURED_RESULT.test(v.text) &&
    !WRITER.test(v.text.replace(WRITER_RECEIVES, ''))
  )
    return undefined;
  // A time alone ("After the launch, the team celebrated", "Since then, I have run the event every year")
  // says when, not that anyone ran the live thing: the rest must watch, fix, change or meet trouble.
  if (c && BARE_TIME.test(v.text.slice(c.start, c.end)) && !WRITER_SUBJECT.test(v.text))
    return OPS_AFTER.test(v.text.slice(0, c.start) + ' ' + v.text.slice(c.end)) ? c : undefined;
  return c;
};

const WRITER_SUBJECT = /\b(?:I|we)\b/;
const BARE_TIME =
  /^(?:(?:after|post|following|since|once|during)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:initial\s+|first\s+|full\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping|switch|cutover|migration)|since\s+then|(?:once|after|when|since)\s+(?:it|the\s+[\w-]+|they|we)\s+(?:was|were|went)\s+live|(?:once|after)\s+(?:it|we)\s+(?:shipped|launched|released))$/i;
// Running the live thing, or trouble met in it: watching, checking, fixing, tuning, rolling back, errors, complaints.
const OPS_AFTER =
  /\b(?:watch|monitor|check|review|read|track|compar|audit|look(?:ed|ing)?\s+(?:at|into)|went\s+through|go\s+through|fix|patch|chang|adjust|tun(?:e|ed|ing)\b|retun|tweak|recalibrat|retrain|paus|held\s+back|hold\s+back|roll(?:ed|ing)?\s+(?:\w+\s+)?back|revert|rewr|iterat|refin|respond|investigat|debug|dug|found|notic|spott|caught|complain|error|bug|issue|problem|fail|broke|crash|drift|incident|outage|alert|alarm|feedback|ticket|escalat|regress|reopen|lagg|spik|slow|stale|wrong|missing|on[- ]call|paged|hotfix|A\/B|experiment|holdout|kept\s+\w+ing|kept\s+an\s+eye|eye\s+on|own(?:ed|ing)?\b|maintain|support(?:ed|ing)?\b|stayed\s+on|on\s+the\s+hook|graph|dashboard|metric|log)\w*/i;

/** After-launch events and habits (after-launch-events.ts), kept out of options weighed and tests before launch. */
const afterLaunchEvent: Finder = (v) => {
  if (!AFTER_LAUNCH_EVENT_WORDS.test(v.text)) return undefined;
  // The events are rare, so look for one before the costlier checks that rule it out.
  const c = first(v, AFTER_LAUNCH_EVENTS);
  return c && !HYPOTHETICAL.test(v.text) && !BEFORE_LAUNCH.test(v.text) ? c : undefined;
};

// Running the live thing after launch: times after the release, checks and habits, incidents, recovery, drift.
const AFTER_SHIPPING = gatedAlternation('afterShipping', [
  [
    /after|post|following|since|once|roll|nightly|daily|weekly|hourly|every|when/i,
    /\b(?:(?:after|post|following|since|once)[- ](?:the\s+|its\s+|our\s+|their\s+)?(?:launch|launching|release|releasing|deploy|deployment|deploying|rollout|go-live|shipping|incident)|(?:after|once|since)\s+(?:the|our|its)\s+(?:switch|cutover|migration|change|upgrade|fix)\s+(?:went\s+(?:out|live)|shipped|landed|was\s+(?:live|deployed|released))|(?:after|following|since)\s+the\s+(?:switch|cutover|migration)\b|since\s+then\b|roll(?:ed|ing)?\s+(?:it\s+|them\s+|this\s+|that\s+)?back\b|(?:nightly|daily|weekly|hourly)\s+(?:[\w-]+\s+){0,2}(?:jobs?|checks?|reports?|scripts?|tasks?|reviews?|reconciliations?)\s+(?:that|which|to|showing|for)\s+(?:\w+\s+){0,3}?(?:compar|check|report|flag|show|catch|detect|verif|alert|reconcil|misroute|error|drift|mismatch)\w*|(?:review|check|look|went\s+through|go\s+through|audit|compar|inspect)\w*\b[^.;]{0,80}\bevery\s+(?:day|week|weekday|monday|tuesday|wednesday|thursday|friday|morning|month|night)\b[^.;]{0,30}\b(?:after|since|for\s+the\s+first)|(?:once|after|when|since)\s+(?:it|the\s+[\w-]+|they|we)\s+(?:was|were|went)\s+live|(?:once|after)\s+(?:it|we)\s+(?:shipped|launched|released))\b/i,
  ],
  [
    /patch|a\/b|ab\s|split|shadow|call|war|mttr|feedback|root|cascading|online|down/i,
    /\b(?:post-patch\w*|A\/B\s+(?:tests?|testing|tested)|AB\s+tests?|split\s+tests?|shadow\s+(?:mode|period|traffic)|on[- ]call|war\s+room|MTTR|feedback\s+loops?|root[- ]caus\w+|cascading\s+failures?|back\s+online|(?<!\b(?:losses|costs?|spend|rates?|numbers|sales|churn|complaints|tickets|errors|latency|times?|prices?|usage|volume|traffic|fraud|count)\s)(?:went|was|were)\s+down\b(?!\s*(?:by|to|from|about|nearly|almost|roughly|over|\d|~|\()))\b/i,
  ],
  [
    /started|been|kept|began|[45]\d\d|5xx|restor|recovered|doubled|tripled|spiked|jumped|slipped|degraded|decayed|rollout|launch|iterat|email|alert|notification|message|ping|watching|tracking|monitoring|improving|deteriorated/i,
    /\b(?:(?:started|had\s+started)\s+(?:returning|failing|throwing|timing\s+out|dropping|erroring|missing)|(?:had|has)\s+been\s+(?:failing|erroring|timing\s+out|dropping\s+\w+)\s+since\s+(?:\d|about|around|midnight|yesterday|last\s+night|the\s+(?:morning|night|deploy|release|upgrade))|(?:kept|began)\s+failing|[45]\d\d(?:s|\s+errors)|5xx|kept\s+(?:iterating|improving|tuning|refining|monitoring|watching|tracking)|(?:restored|restoring|restore)\s+(?:full\s+)?(?:service|the\s+\w+)|(?:traffic|service|latency|the\s+site|the\s+system|error\s+rates?)\s+recovered|recovered\s+the\s+(?:lost|missing)|(?:error|errors|error\s+rate|latency|precision|recall|accuracy)\s+(?:had\s+)?(?:doubled|tripled|spiked|jumped|slipped|degraded|decayed)|(?:during|after)\s+the\s+(?:initial\s+|first\s+)?(?:rollout|launch)|feedback\s+and\s+iterat\w+|(?:get|send|receive|sends|gets)\s+an?\s+(?:email|alert|notification|message|ping)\s+(?:when|if)|(?:keep|keeps)\s+(?:watching|tracking|monitoring|iterating|improving)|(?:slipped|degraded|decayed|deteriorated)\s+(?:to|from|over|by))\b/i,
  ],
  [
    /slipped|degraded|decayed|drifted|eroded|deteriorated|again|twice|back|similar|future|repeat|same|stayed|held|remained|tracked|measured|watched|monitored|checked|reviewed|every|each|adoption|usage|grew|production|prod|live/i,
    /\b(?:(?:calibration|accuracy|precision|recall|AUC|performance|quality|CTR|conversion|F1)\s+(?:had\s+)?(?:slipped|degraded|decayed|drifted|eroded|deteriorated)|(?:never|not)\s+(?:\w+\s+)?(?:happen|recur|repeat)\w*\s+again|the\s+same\s+way\s+twice|(?:slip|creep|come)\s+back\s+in|(?:catch|prevent|stop)\s+(?:similar|future|repeat|the\s+same)\s+\w+|(?:has|have)\s+(?:stayed|held|remained)\s+(?:above|below|under|at|steady)|(?:tracked|measured|watched|monitored)\s+(?:\w+\s+){0,3}(?:in\s+production|over\s+time|after|since|weekly|daily)|(?:watched|checked|reviewed)\s+(?:the\s+)?(?:dashboards?|graphs|error\s+rates?)|(?:every|each)\s+(?:week|monday|morning|month|quarter|sprint|day)\s+(?:I|we)\s+(?:compared|checked|reviewed|looked)|(?:adoption|usage)\s+(?:grew|climbed|rose|dropped|fell)|grew\s+with\s+the\s+product|in\s+production\b[^.;]{0,40}\b(?:failures?|broke|crash\w*|errors?)|(?:production|prod|live)\s+(?:failures?|outages?|issues?|bugs?|errors?))\b/i,
  ],
]);
const afterShippingAny: Finder = (v) => gatedCue(v.text, AFTER_SHIPPING);

/**
 * Operations words whose object is no shipped system (roles outside software, RUBRIC after-launch):
 * patients triaged or monitored, stock tracked, invoices audited, competitor prices watched, a safety
 * incident, scope drift, an on-call phone line.
 */
const NOT_A_SYSTEM = gatedAlternation('notASystem', [
  [
    /monitor|track|triag|audit|watch/i,
    /\b(?:monitor\w*|track\w*|triag\w*|audit\w*|watch\w*)\s+(?:the\s+|our\s+|their\s+|my\s+|each\s+|every\s+|all\s+|new\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:patients?|admissions|students?|pupils|progress|budgets?|spend\w*|costs?|prices?|competitors?|inventory|stock|invoices?|sales|leads|attendance|grades|staff|employees|hours|timesheets|expenses|contracts?|suppliers?|shipments?|KPIs|OKRs|milestones|risks?|schedules?|supplier\s+lead\s+times|lead\s+times|pipeline\s+deals|deals|starters|hires|trainees|apprentices|volunteers|residents|children|kids|visitors|guests|footfall|queues?|waiting\s+times|wait\s+times|rotas?|shifts|deliveries|donations|bookings|occupancy|beds|temperatures?|fridges?|vital\s+signs|vitals|blood\s+pressure|wounds?|symptoms|classes|lessons|requests|referrals|enquiries|inquiries|applications|applicants|mail|post)\b/i,
  ],
  [
    /call/i,
    /\bon[- ]call\s+for\s+(?:the\s+|our\s+|a\s+)?(?:ward|wards|clinic|practice|unit|site|building|estate|store|shop|school|home|residents|patients|families|hospital|surgery)\b/i,
  ],
  [
    /fell|slipped|tripped|hurt|injured|assaulted/i,
    /\b(?:patient|resident|pupil|child|customer|visitor|colleague|guest)\s+(?:fell|slipped|tripped|was\s+(?:hurt|injured|assaulted))\b/i,
  ],
  [
    /alarm|alert|panel/i,
    /\b(?:fire|smoke|burglar|intruder|door|panic|car|building)\s+(?:alarms?|alerts?|panel)\b|\b(?:the\s+)?(?:store|shop|office|building|house|school|site)(?:'s)?\s+alarm\b/i,
  ],
  [
    /miss|regression|incident|drift/i,
    /\bnear\s+miss(?:es)?\b|\bregression\s+(?:in|of)\s+(?:\w+\s+)?(?:scores?|grades?|results|reading|maths|math|writing|behaviou?r|attendance|sales|pupils|students|children|patients|mobility|skills)\b|\b(?:safety|workplace|HR|medical|patient|clinical|fire|traffic|road|food|harassment|customer\s+service)\s+incidents?\b|\b(?:scope|project|team|budget|schedule|timeline|requirements?)\s+drift\b/i,
  ],
  [/call/i, /\bon[- ]call\s+(?:phone|nurse|doctor|physician|pharmacist|clinician|social\s+worker|line\b)/i],
]);
/** True when the sentence's operations words have an object that is no shipped system (see above). */
export const notASystem = (text: string): boolean => anyGated(text, NOT_A_SYSTEM);

/** An after-launch finder kept off operations words whose object is no shipped system. */
function aboutALiveSystem(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    return c && !notASystem(v.text) ? c : undefined;
  };
}

/** A cross-functional finder whose role or team must be one the writer worked with (partner-context.ts). */
function partnerAtWork(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    return c && !notAPartner(v, c) ? c : undefined;
  };
}

/** The finders per signal, tried in order; the first cue found is the sentence's evidence. */
export const SIGNAL_CLASSES: Readonly<Record<SignalId, readonly Finder[]>> = {
  'trade-off': [
    tradeWords,
    implicitTrade,
    choiceBecause,
    choiceOver,
    choiceAmongOptions,
    alternative,
    counterfactualCost,
    riskThenChoice,
    comparison,
    prosAndCons,
    weighedOptions,
    acceptedCost,
    setAside,
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
  ],
  constraint: [
    limitNoun,
    timeBox,
    targetLimit,
    withoutBreaking,
    cannot,
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
  ],
  'cross-functional': [
    functionTeam,
    otherTeams,
    partnerRoleAtWork,
    departmentActs,
    crossWords,
    outsidePeople,
    authorityParty,
    partyToTheWork,
    organisationParty,
  ].map(partnerAtWork),
  influence: [
    writerPersuades,
    persuasionPhrases,
    othersAssent,
    becameStandard,
    writerMakesCase,
    movedOthers,
    evidenceThenAssent,
    persuasionOutcome,
    ...INFLUENCE_SHAPES,
    ...PARTY_AGREEMENTS,
    evidenceShown,
  ],
  'after-launch': [operateWord, afterShipping, afterLaunchEvent].map(aboutALiveSystem),
  ambiguity: AMBIGUITY_CLASSES,
  'own-decision': [
    writerDecides,
    decisionPhrases,
    reasonedDesign,
    writerPrefers,
    writerActsOnTradeOff,
    reasonSoI,
    writerCall,
  ],
};

/** The first cue of a signal in a sentence, or undefined. */
export function findSignal(v: SentenceView, id: SignalId): Cue | undefined {
  return first(v, SIGNAL_CLASSES[id]);
}
