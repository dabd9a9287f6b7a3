// An organisation outside the writer's own named as the writer's counterpart (RUBRIC.md, cross-functional:
// partner companies, another org): an exam board, a local authority, a supplier, "IT", franchisees. Read by
// its role in the clause, never by its name alone: the object of dealing with it ("rang the exam board",
// "chased the supplier", "wrote to the regulator"), the subject of what a counterpart does ("the provider
// confirmed a bug", "the council would not confirm the closure", "IT updated the screen"), after "with"
// ("negotiated with the carrier", "opened a case with the processor") or after what came from it ("heard
// back from the council"). The same organisation named only as owner or place is no party: "the supplier's
// van", "the bank sandbox", "at the city council"; its people are ("the council's SEN team asked …").
import {
  ORGANISATION_ACTS,
  ORGANISATION_NOUNS,
  PLACE_ORGANISATION_NOUNS,
  REACHES_ORGANISATION,
} from './signal-lexicon';
import { DEALS_WITH, clauseOpens, frameOf, phraseStart, writersOwn } from './party-phrases';
import { span, word, type Cue, type SentenceView } from './sentence-view';

// The people of an organisation after its possessive: "the council's SEN team", "the provider's support".
const ITS_PEOPLE =
  /^(?:teams?|staff|support|engineers?|officers?|managers?|reps?|representatives?|desk|helpdesk|office|department|lawyers?|contacts?|people|side|advisers?|advisors?|auditors?|inspectors?|planners?|buyers?)$/;
// Words that may follow an organisation that heads its phrase (not a modifier: "supplier contract", "bank holiday"),
// "of" among them ("the supplier of the cheese").
const AFTER_HEAD =
  /^(?:and|or|of|to|who|that|which|on|for|about|in|at|by|from|with|within|after|before|until|when|because|so|but|if|then|again|twice|every|each|this|the|a|an|our|my|their|its|his|her|them|us|me|him|it|would|could|should|did|had|has|have|was|were|is|are|will|can|never|still|also|finally|only|first|just|kept|directly|quickly|eventually|later|soon|not|n't)$/;
// Verbs whose "with" joins things, not people: "replaced the spreadsheet with the vendor's tool".
const WITH_THINGS =
  /^(?:replac\w*|swap\w*|switch\w*|integrat\w*|compar\w*|connect\w*|sync\w*|merg\w*|link\w*|combin\w*)$/;
// What came from a counterpart: "heard back from the council", "got sign-off from the regulator".
const FROM_IT =
  /\b(?:heard|hear|got|get|received|needed|requested|chased|awaited|waited|sign-?off|approval|answers?|reply|replies|response|letter|confirmation|quotes?|permission|go-ahead)\b(?:\s+[\w'-]+){0,4}\s+$/i;
const MODAL = /^(?:would|could|did|do|does|will|can)$/;
const ADVERB = /^(?:also|then|finally|still|now|first|eventually|quickly|never|only|even|initially|later|soon)$/;

/** The organisation headed at k: its phrase's last token, or undefined when it only modifies or owns a thing. */
function organisationEnd(v: SentenceView, k: number): number | undefined {
  const t = v.tokens[k];
  if (t?.kind !== 'word') return undefined;
  const possessive = /'s$/.test(t.lower);
  const base = possessive ? t.lower.slice(0, -2) : t.lower;
  // "IT" in capitals is the department, not the pronoun: "IT replied …", "rang the IT support desk".
  if (t.text === 'IT') return headsPhrase(v, k) ? k : itsPeople(v, k + 1);
  if (!ORGANISATION_NOUNS.has(base)) return undefined;
  // "partnered", "networking": verb forms the lemma lookup let through.
  if (/(?:ed|ing)$/.test(base)) return undefined;
  if (possessive) return itsPeople(v, k + 1);
  return headsPhrase(v, k) ? k : undefined;
}

/** The word at k heads its phrase: what follows is no noun it modifies ("the supplier contract", "bank holiday"). */
function headsPhrase(v: SentenceView, k: number): boolean {
  const next = v.tokens[k + 1];
  if (!next || (next.kind === 'symbol' && !/^[-'’]$/.test(next.text)) || AFTER_HEAD.test(next.lower)) return true;
  return ORGANISATION_ACTS.has(next.lower) || /ed$/.test(next.lower);
}

/** "the council's SEN team", "the provider's support": the people after an organisation's possessive. */
function itsPeople(v: SentenceView, from: number): number | undefined {
  for (let j = from; j <= from + 2 && j < v.tokens.length; j++) {
    if (v.tokens[j].kind !== 'word') return undefined;
    if (ITS_PEOPLE.test(word(v, j))) return j;
  }
  return undefined;
}

// A time that opens the sentence before its subject: "Three weeks later the processor confirmed …", "09:41 The
// acquirer confirmed …", "In week 8 the supplier rang …".
const TIME_OPENER =
  /^\W*(?:\d{1,2}[:.]\d{2}|(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?|months?|hours?)\s+later|later(?:\s+that\s+\w+)?|then|(?:the\s+)?next\s+(?:day|week|month|morning)|in\s+week\s+\w+|on\s+day\s+\w+)\s*,?\s*$/i;

/** A clause opening with the organisation as the subject of what a counterpart does. */
function actsAsCounterpart(v: SentenceView, first: number, last: number): boolean {
  if (!clauseOpens(v, first) && !TIME_OPENER.test(v.text.slice(0, v.tokens[first].start))) return false;
  let j = last + 1;
  while (ADVERB.test(word(v, j))) j++;
  if (MODAL.test(word(v, j)) && /^(?:not|n't|never)$/.test(word(v, j + 1))) j += 2;
  const verb = word(v, j);
  return v.tokens[j]?.kind === 'word' && !/ing$/.test(verb) && ORGANISATION_ACTS.has(verb);
}

/** The role that makes the organisation at first..last the writer's counterpart, if any. */
function counterpart(v: SentenceView, first: number, head: number, last: number): boolean {
  const before = word(v, first - 1);
  if (before === 'with' && WITH_THINGS.test(word(v, first - 2))) return false;
  if (frameOf(v, first, head, last)) return true;
  if (before && REACHES_ORGANISATION.has(before) && !/ing$/.test(before)) return true;
  // "waited on the fire service", "waited for the board".
  if (/^(?:on|for)$/.test(before) && /^wait/.test(word(v, first - 2))) return true;
  if (before === 'from' && FROM_IT.test(v.text.slice(0, v.tokens[first - 1].start))) return true;
  return actsAsCounterpart(v, first, last);
}

// Working something out with another organisation, a few words before "with": "agreed with", "checked the figures with".
const SETTLES_WITH =
  /^(?:agreed|agree|negotiated|worked|work|partnered|liaised|met|checked|arranged|coordinated|signed|shared|talked|spoke|sat|set)$/;

// Words that end an organisation's phrase on the left: prepositions, conjunctions, pronouns.
const PLACE_LEFT_EDGE =
  /^(?:with|to|from|for|by|at|in|on|of|into|and|or|but|so|because|that|which|who|i|we|they|he|she|it|me|us|them|was|were|is|are|had|has|have)$/;

/** The first token of "two other schools", "the podiatry clinic": determiners and modifiers, never the verb. */
function placeStart(v: SentenceView, k: number): number {
  let i = k;
  while (i - 1 >= 0 && k - (i - 1) <= 4) {
    const t = v.tokens[i - 1];
    if (t.kind !== 'word' || PLACE_LEFT_EDGE.test(t.lower) || /ed$/.test(t.lower)) break;
    if (REACHES_ORGANISATION.has(t.lower) || DEALS_WITH.has(t.lower) || SETTLES_WITH.test(t.lower)) break;
    i--;
  }
  return i;
}

/**
 * Another organisation of a kind that is often the writer's own ("two other schools", "the podiatry clinic",
 * "two local supermarkets"): named with a word saying which, and dealt with ("rang …", "agreed with …").
 */
function otherPlaceDealtWith(v: SentenceView, k: number): boolean {
  if (!PLACE_ORGANISATION_NOUNS.has(word(v, k)) || !headsPhrase(v, k)) return false;
  const first = placeStart(v, k);
  const mods = v.tokens.slice(first, k).filter((t) => t.kind === 'word' && !/^(?:the|a|an)$/.test(t.lower));
  if (mods.length === 0 || writersOwn(v, first)) return false;
  const before = word(v, first - 1);
  if ((REACHES_ORGANISATION.has(before) || DEALS_WITH.has(before)) && !/ing$/.test(before)) return true;
  if (before !== 'with') return false;
  for (let i = first - 2; i >= 0 && i >= first - 6; i--) {
    if (v.tokens[i].kind !== 'word') return false;
    if (SETTLES_WITH.test(word(v, i))) return true;
  }
  return false;
}

/** The cross-functional finder: the first organisation the sentence names as the writer's counterpart. */
export function organisationParty(v: SentenceView): Cue | undefined {
  for (let k = 0; k < v.tokens.length; k++) {
    if (otherPlaceDealtWith(v, k)) return span(v, placeStart(v, k), k);
    const last = organisationEnd(v, k);
    if (last === undefined) continue;
    // An acronym department ("IT") stands alone; any other heads a phrase of determiners and modifiers.
    const first =
      v.tokens[k].text === 'IT' && k > 0 && /^(?:the|our)$/.test(word(v, k - 1)) ? k - 1 : phraseStart(v, k);
    // A bare noun names no one in particular ("waited for surgery"): a counterpart is "the board", "two suppliers".
    if (first === k && v.tokens[k].text !== 'IT') continue;
    if (writersOwn(v, first)) continue;
    if (counterpart(v, first, k, last)) return span(v, first, last);
  }
  return undefined;
}
