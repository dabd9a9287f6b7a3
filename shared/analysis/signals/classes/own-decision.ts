// The own-decision finders: a decision verb whose subject is the writer ("I decided", "- Chose to …"),
// the writer's call in set phrases ("my call", "I pushed back"), a design told with its reason, a
// reason clause then the writer's act (", so I …"), and the writer acting on a trade-off the sentence
// weighs (trade-off.ts reads the weighing). Precision first: routine picks and cuts stay out.
import type { Finder } from './finder-parts';
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
  type SentenceView,
} from '../sentence-view';
import { DECISION_VERBS, MAKING_VERBS } from '../signal-lexicon';
import {
  acceptedCost,
  alternative,
  choiceBecause,
  choiceOver,
  comparison,
  counterfactualCost,
  riskThenChoice,
  tradeWords,
  TRADE_OFF_FINDERS,
} from './trade-off';
import { writerCall } from '../writer-calls';
import { plannedOnAssumption } from '../assumed-plans';

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

// "I looked at A or B, and went with A because …": the writer is the subject of the first clause, elided after "and".
const ELIDED_CHOICE =
  /\bI\s+(?:\w+ly\s+)?(?:looked\s+at|considered|compared|weighed|tried|tested|prototyped|costed|priced)\b[^.;]{0,200}?,?\s+and\s+(?:then\s+|finally\s+|in\s+the\s+end\s+)?(?:went\s+with|settled\s+on|opted\s+for|picked|chose)\b/i;

const elidedChoice: Finder = (v) => match(v, ELIDED_CHOICE);

const decisionPhrases: Finder = (v) =>
  match(
    v,
    /\b(?:(?<!\b(?:not|never|n't)\s)(?<!n't\s)my\s+(?:call|decision|recommendation|proposal)|I\s+(?:made|took)\s+(?:the|a|that)\s+(?:call|decision)|the\s+(?:call|decision)\s+was\s+mine|I\s+(?:\w+ly\s+)?(?:pushed\s+back|went\s+with|drew\s+the\s+line|said\s+no|held\s+off|left\s+(?:that|it|this|them)\s+for\s+later)|took\s+it\s+(?:on|upon)\s+myself|I\s+(?:\w+\s+)?accepted\s+(?:the|a|that|this)\s+(?:\w+\s+)?(?:trade-?\s?off|risk|cost|loss|hit)|I\s+(?:\w+ly\s+)?accepted\s+(?:that|this|it)\s+(?:because|since|as)\s|I\s+(?:\w+\s+)?(?:disagreed|objected)|I\s+wasn't\s+going\s+to|took\s+(?:the\s+)?initiative|I\s+(?:\w+ly\s+)?(?:volunteered|stepped\s+(?:in|up)|went\s+ahead|pushed\s+for|argued\s+for|turned\s+down|declined\s+(?:the|to)|committed\s+(?:us|the\s+team|myself)\s+to|called\s+it|set\s+(?:the|a)\s+rule|made\s+it\s+a\s+rule|said\s+(?:we\s+should|no\s+to))|I\s+(?:\w+ly\s+)?(?:ruled\s+out|overruled|vetoed)|I\s+(?:\w+ly\s+)?held\s+(?:the|our|my)\s+[\w-]+\s+(?:until|for|back)|I\s+(?:\w+ly\s+)?set\s+(?:the\s+)?[\w-]+\s+(?:at|to)\s+[^.;]{1,30}?\b(?:because|since|so\s+that)\b)\b/i,
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
  // "so I have done the key change first": a present perfect, as non-native writers tell a past act.
  const m =
    /,\s+so\s+(?:(?!that\b)[\w-]+\s+){0,6}?I\s+(?:\w+ly\s+|first\s+|instead\s+)?(?:have\s+|'ve\s+)?([a-z]+)\b/.exec(
      v.text,
    );
  const perfect = m !== null && /\b(?:have|'ve)\s+[a-z]+$/.test(m[0]);
  if (
    !m ||
    !(
      /(?:ed|ept|ose|ent|uck|ilt|ade|eft|ook|ought|ut|an|ote|et|plit|eld)$/.test(m[1]) ||
      (perfect && /^(?:done|put|set|made|kept|built|split|left|cut|taken|chosen|moved)$/.test(m[1]))
    )
  )
    return undefined;
  if (
    /^(?:was|had|needed|wanted|asked|learned|learnt|started|went|reached|contacted|emailed|called|pinged|messaged|escalated|noticed|realised|realized|felt|thought|showed|shown|walked|shared|coordinated|prepared|explained|met|talked|told|presented|sent|wrote|agreed|offered|proposed|suggested|documented|reported|informed|briefed|involved|looped|spent|helped|tried)$/.test(
      m[1],
    )
  )
    return undefined;
  // "…started to invent refund amounts, so I added a check": adding, making or mending a thing is the response to a
  // problem, a plain action (RUBRIC: "I built a tool"), unless the act names an alternative or an order after it,
  // or the sentence weighs an option before it ("I could have …, but …, so I added …").
  if (MAKING_VERBS.has(m[1]) && !madeChoice(v, m.index + m[0].length)) return undefined;
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

/** Whether a making act ending at `end` is still a choice: "made the call", an alternative or order after it, a weighing. */
function madeChoice(v: SentenceView, end: number): boolean {
  const after = v.text.slice(end);
  return (
    /^\s+(?:the|a|that|this|my)\s+(?:call|decision|choice)\b/i.test(after) ||
    CHOICE_AFTER_ACT.test(after) ||
    first(v, TRADE_OFF_FINDERS) !== undefined
  );
}

// What makes an act after ", so I" a choice of how: the alternative it beat ("instead", "rather than", "over"), the
// order it took ("first", "for later"), or a limit to one part ("only").
const CHOICE_AFTER_ACT = /\b(?:instead|rather\s+than|over\s+(?:the|a|an|our|their)\b|first|for\s+later|only)\b/i;

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

/** The own-decision finders, tried in order; the first cue found is the sentence's evidence. */
export const OWN_DECISION_FINDERS: readonly Finder[] = [
  writerDecides,
  decisionPhrases,
  elidedChoice,
  reasonedDesign,
  writerPrefers,
  writerActsOnTradeOff,
  reasonSoI,
  writerCall,
  plannedOnAssumption,
];
