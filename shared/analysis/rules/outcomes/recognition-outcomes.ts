// Recognition and deals: what others granted the work — an award, a patent, a promotion, a placing, a
// rating, a publication, a credential ("secured approval from the board") — and deals closed or won.
import type { Token } from '../language/tokenize';
import {
  ACQUIRE_VERBS,
  BID_NOUNS,
  CONTEXT_PREPOSITIONS,
  COPULAS,
  CREDENTIAL_NOUNS,
  CUSTOMER_NOUNS,
  WINNING_VERBS,
  DEAL_NOUNS,
  DEAL_VERBS,
  CUSTOMER_STAY_VERBS,
  FIRST_PERSON_SUBJECTS,
  MODAL_VERBS,
  NOT_YET,
  POSSESSIVE_LEADS,
  RANK_PLACES,
  TOP_GRADES,
  RECOGNITION_AS_WRITTEN,
  RECOGNITION_WORDS,
  RECOGNIZED_THINGS,
  SUCCESS_COMPOUNDS,
  SUCCESS_LEADS,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { CURRENCY_SYMBOLS } from '../quantity/quantity-lexicon';
import { partyKindOf } from '../voices/party-kinds';

/** Does a recognition word at `i` name recognition of the work, not a technology, a team or a draft? */
// A shortlist or finalists as what the writer chose among, not a place the writer's work reached.
const CHOSEN_AMONG = new Set(['shortlist', 'finalist', 'finalists']);
const CHOICE_DETERMINERS = new Set(['the', 'our', 'my', 'their', 'these', 'those', 'each', 'vendor', 'candidate']);
// "made the shortlist", "on the shortlist", "among the finalists": the work was chosen.
const CHOSEN_PLACES = new Set(['made', 'make', 'reached', 'on', 'onto', 'among', 'to', 'into', 'of', 'as']);

/** "narrowed the shortlist to three vendors", "interviewed the three finalists": the writer's own choice among options. */
function choiceAmongOthers(words: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (words[k].kind === 'number' || /^(two|three|four|five|six|final)$/.test(words[k].lower))) k--;
  if (k < 0 || !CHOICE_DETERMINERS.has(words[k].lower)) return false;
  return !CHOSEN_PLACES.has(words[k - 1]?.lower ?? '');
}

// "I shortlisted two providers", "we nominated two nurses", "I awarded the contract": the writer chose.
const CHOOSING_FORMS = new Set(['shortlisted', 'nominated', 'awarded']);

function recognitionMeant(words: Token[], i: number): boolean {
  const lower = words[i].lower;
  const prev = words[i - 1]?.lower;
  const next = words[i + 1]?.lower;
  if (CHOOSING_FORMS.has(lower) && prev !== undefined && FIRST_PERSON_SUBJECTS.has(prev)) return false;
  if (lower === 'recognition' && prev !== undefined && RECOGNIZED_THINGS.has(prev)) return false;
  if ((lower === 'success' || lower === 'successes') && (prev === 'customer' || (next && SUCCESS_COMPOUNDS.has(next))))
    return false;
  if (CHOSEN_AMONG.has(lower) && choiceAmongOthers(words, i)) return false;
  if (lower.startsWith('patent')) {
    for (let k = Math.max(0, i - 3); k <= i + 1 && k < words.length; k++) if (NOT_YET.has(words[k].lower)) return false;
  }
  return true;
}

/** Is "popular" at `i` said of the writer's work (an object or a predicate), not of the context it sits in? */
function popularWork(words: Token[], i: number): boolean {
  const prev = words[i - 1]?.lower;
  if (prev === undefined) return false;
  if (COPULAS.has(prev) || prev === 'became' || prev === 'proved' || prev === 'remains') return true;
  let k = i - 1;
  if (prev === 'most' || prev === 'very' || prev === 'highly' || prev === 'widely' || prev === 'hugely') k--;
  const det = words[k]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the' && det !== 'our' && det !== 'my') return false;
  return !CONTEXT_PREPOSITIONS.has(words[k - 1]?.lower ?? '');
}

/** Is the word at this scan a recognition word (the one kind of cue a capitalized word can start)? */
export function isRecognitionWord(lower: string): boolean {
  return RECOGNITION_AS_WRITTEN.has(lower) || RECOGNITION_WORDS.has(lower) || HONOUR_HOSTS.has(lower.replace('’', "'"));
}

/** The leader whose club or circle a sales honour is named after: "President's Club", "CEO's Circle". */
const HONOUR_HOSTS = new Set(["president's", 'presidents', "chairman's", "ceo's", "founder's"]);
/** What the honour is called after its host. */
const HONOUR_GROUPS = new Set(['club', 'circle']);

/** Words that may follow the honour's name: a year, "and", "twice", "winner", "in 2021", "for 3 years". */
const HONOUR_TAILS = new Set(['and', 'twice', 'winner', 'award', 'qualifier', 'in', 'for', 'every', 'three', 'two']);
const honourTail = (t: Token) => t.kind === 'number' || HONOUR_TAILS.has(t.lower);

/**
 * "President's Club 2022", "made President's Club twice", "CEO's Circle": the sales honour a
 * company grants its top sellers, an award by another name (RUBRIC.md: an award is an outcome).
 */
export const SALES_HONOUR_RULE: CueRule = {
  name: 'sales-honour',
  words: [...HONOUR_HOSTS, 'president’s', 'chairman’s', 'ceo’s', 'founder’s'],
  match({ tokens, words, cues, i, w, next }) {
    if (next === undefined || !HONOUR_GROUPS.has(next)) return false;
    // "the President's Club trip", "club members": the honour names a thing, not one the writer won.
    const after = words[i + 2];
    if (after !== undefined && after.start < clauseEnd(tokens, words[i + 1]) && !honourTail(after)) return false;
    addCue(cues, w, words[i + 1], 'recognition');
    return true;
  },
};

/** An award, a patent, a finalist's place, "featured in", "ranked first"; not "speech recognition". */
export const RECOGNITION_RULE: CueRule = {
  name: 'recognition',
  words: RECOGNITION_AS_WRITTEN,
  lemmas: [RECOGNITION_WORDS],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (lower === 'featured' && !(next === 'in' || next === 'on' || next === 'by')) return true;
    // "Nominee: Keiko Brandt   Nominated by: Omar Sethi": a form's field of who gave it, another person's act.
    if (next === 'by' && tokens[tokens.indexOf(words[i + 1]) + 1]?.text === ':') return true;
    // "The list ranked accounts by score": ranking something is an act; being ranked is recognition.
    if (lower === 'ranked' && next !== undefined && !RANK_PLACES.has(next) && !/^(?:#?\d|top)/.test(next)) return true;
    if (!recognitionMeant(words, i)) return true;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** Verbs whose past form before a sum says the money was won from others: "secured £85,000 from the fund". */
const MONEY_WON_VERBS = new Set(['secure', 'earn', 'obtain', 'win']);

/**
 * "secured £85,000 from the heritage fund", "obtained €1.2m": money won from others, told by the sum
 * alone (a past form, so "Secure funding for…" as a duty is not read here).
 */
function moneyWon(tokens: Token[], words: Token[], i: number, lower: string): Token | undefined {
  const verb = ACQUIRE_VERBS.lemmaOf(lower);
  if (verb === undefined || verb === lower || !MONEY_WON_VERBS.has(verb)) return undefined;
  const w = words[i];
  const next = tokens.find((t) => t.start >= w.end);
  return next !== undefined && CURRENCY_SYMBOLS.has(next.text) ? words[i + 1] : undefined;
}

/** Earned from others: "secured approval from the board", "earned the AWS certification", "secured £85,000". */
export const CREDENTIAL_RULE: CueRule = {
  name: 'credential',
  lemmas: [ACQUIRE_VERBS],
  match({ tokens, words, cues, i, w, lower, prev }) {
    if (prev === 'to' && lower !== 'achieved') return false;
    const credential =
      words.slice(i + 1, i + 7).find((x) => CREDENTIAL_NOUNS.has(x.lower)) ?? moneyWon(tokens, words, i, lower);
    if (!credential) return false;
    addCue(cues, w, credential, 'recognition');
    return true;
  },
};

/** "later published in Nature". */
export const PUBLISHED_RULE: CueRule = {
  name: 'published',
  words: ['published'],
  match({ words, cues, i, w, next }) {
    if (!(next === 'in' && i > 0)) return false;
    addCue(cues, w, words[i + 1], 'recognition');
    return true;
  },
};

/** "rated 4.8 by users", "a 4.5 rating", "4.7 stars". */
export const RATED_RULE: CueRule = {
  name: 'rated',
  words: ['rated', 'rating', 'stars'],
  match({ words, cues, i, w, lower }) {
    if (!(
      (lower === 'rated' && (words[i + 1]?.kind === 'number' || TOP_GRADES.has(words[i + 1]?.lower ?? ''))) ||
      ((lower === 'rating' || lower === 'stars') && words.slice(Math.max(0, i - 3), i).some((x) => x.kind === 'number'))
    ))
      return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** "named employee of the quarter"; not "named it after …". */
export const NAMED_RULE: CueRule = {
  name: 'named',
  words: ['named'],
  match({ cues, i, w, prev, next }) {
    if (!(
      (i === 0 || (prev !== undefined && COPULAS.has(prev))) &&
      next !== undefined &&
      !POSSESSIVE_LEADS.has(next) &&
      next !== 'it' &&
      next !== 'after'
    ))
      return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** "promoted to staff engineer", "hired as the first designer". */
export const PROMOTED_TO_RULE: CueRule = {
  name: 'promoted-to',
  words: ['promoted', 'hired'],
  match({ cues, w, lower, next }) {
    if (!(lower === 'promoted' ? next === 'to' || next === 'as' : next === 'as')) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** Words that name the writer or the writer's group anywhere in a sentence. */
const WRITER_WORDS = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i've", "we've", "i'd", "we'd"]);

/**
 * Is "won" at `i` another party's win, with nothing of the writer in the sentence ("A competitor won the
 * council contract that year")? Then it is context, not the writer's result: the win is settled unread.
 */
function othersWin(words: Token[], i: number): boolean {
  const subject = words[i - 1]?.lower ?? '';
  if (partyKindOf(subject) !== 'other' || subject === 'they' || subject === 'you') return false;
  return !words.some((w) => WRITER_WORDS.has(w.lower));
}

/** "won the contract", "winning the bid"; not another party's win told as context. */
export const WON_RULE: CueRule = {
  name: 'won',
  words: ['won', 'winning'],
  match({ cues, w, words, i }) {
    if (othersWin(words, i)) return true;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** "sold to a larger publisher", "monetized the archive". */
export const SOLD_RULE: CueRule = {
  name: 'sold',
  words: ['sold', 'monetized'],
  match({ cues, w }) {
    addCue(cues, w, w, 'effect');
    return true;
  },
};

/** "were promoted", "got promoted". */
export const WAS_PROMOTED_RULE: CueRule = {
  name: 'was-promoted',
  words: ['promoted'],
  match({ cues, w, prev }) {
    if (!(prev !== undefined && (COPULAS.has(prev) || prev === 'got'))) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** "1st place", "second place". */
export const PLACE_RULE: CueRule = {
  name: 'place',
  words: ['place'],
  match({ cues, w, prev }) {
    if (!(prev !== undefined && /^(\d+(st|nd|rd|th)|first|second|third)$/.test(prev))) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** What may follow a deal to give its value: "renewals worth $1.3M". */
const DEAL_VALUES = new Set(['worth', 'totaling', 'totalling', 'valued']);

/**
 * "closed a 7-figure deal", "renewed three accounts", "closed three enterprise renewals", "secured the
 * renewal of our largest account", "landed two new logos", "closed out 12 upsells": a sale closed, the
 * verb and the noun read by lemma. The noun must be the object, not a modifier ("expanded the sales
 * team"), and the verb not an instruction ("close the deal").
 */
export const CLOSED_DEAL_RULE: CueRule = {
  name: 'closed-deal',
  lemmas: [DEAL_VERBS],
  match({ tokens, words, cues, i, w, lower, prev }) {
    // A modal before the base form leaves the sale unmade ("would sign", "could land"); "to" does not: on a
    // resume line "partnered with sales to close a 7-figure deal" reports the sale.
    if (lower === DEAL_VERBS.lemmaOf(lower) && prev !== undefined && MODAL_VERBS.has(prev)) return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 1; k < words.length && k <= i + 5 && words[k].start < end; k++) {
      if (!DEAL_NOUNS.has(words[k].lower)) continue;
      const after = words[k + 1];
      if (after !== undefined && after.start < end && !AFTER_OBJECT.has(after.lower) && !DEAL_VALUES.has(after.lower))
        return false;
      addCue(cues, w, words[k], 'recognition');
      return true;
    }
    return false;
  },
};

/** Words before a customer's verb that make the writer the one acting: "we renewed", "I upgraded". */
const WRITER_SUBJECTS = new Set(['i', 'we', "i've", "we've"]);

/**
 * "Both clients renewed.", "the customer renewed for another year", "by March they had upgraded to the
 * enterprise tier": customers who stayed or bought more, told without an object. The writer renewing
 * or upgrading something ("I upgraded the cluster") is the work.
 */
export const CUSTOMER_STAYED_RULE: CueRule = {
  name: 'customer-stayed',
  lemmas: [CUSTOMER_STAY_VERBS],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (lower === CUSTOMER_STAY_VERBS.lemmaOf(lower) || lower.endsWith('ing')) return false;
    let k = i - 1;
    if (words[k]?.lower === 'had' || words[k]?.lower === 'have' || words[k]?.lower === 'has') k--;
    const subject = words[k];
    if (subject === undefined || WRITER_SUBJECTS.has(subject.lower)) return false;
    if (!(CUSTOMER_NOUNS.has(subject.lower) || subject.lower === 'they' || subject.lower === 'both')) return false;
    // No object, or a term or tier: "renewed.", "renewed for another year", "upgraded to the enterprise tier".
    if (
      next !== undefined &&
      words[i + 1].start < clauseEnd(tokens, w) &&
      !['for', 'to', 'early', 'again', 'in', 'on', 'at', 'and'].includes(next)
    )
      return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** Determiners before "successful" that make it the bid the writer won: "the successful bid", "our successful tender". */
const BID_DETERMINERS = new Set(['the', 'our', 'my', 'their']);

/**
 * "launched a successful crowdfunding campaign"; "wrote the successful bid", "the successful funding
 * application": a bid won (a definite "successful" only before a bid's noun, so "the successful
 * candidate will…" in a posting is no result).
 */
export const SUCCESSFUL_RULE: CueRule = {
  name: 'successful',
  words: ['successful'],
  match({ words, cues, i, w, prev, next }) {
    if (prev === undefined || next === undefined) return false;
    if (BID_DETERMINERS.has(prev)) {
      const bid = words.slice(i + 1, i + 3).find((x) => BID_NOUNS.has(x.lower));
      if (bid === undefined) return false;
      addCue(cues, w, bid, 'recognition');
      return true;
    }
    if (!SUCCESS_LEADS.has(prev)) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** "built a popular plugin", "it became popular"; not "a plugin for a popular editor". */
export const POPULAR_RULE: CueRule = {
  name: 'popular',
  words: ['popular'],
  match({ words, cues, i, w }) {
    if (!popularWork(words, i)) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** What may follow the customers won, so that they are the object and not a modifier ("user data", "account settings"). */
const AFTER_OBJECT = new Set([
  'in',
  'from',
  'for',
  'through',
  'by',
  'with',
  'across',
  'and',
  'within',
  'over',
  'during',
  'on',
  'via',
  'after',
  'before',
  'who',
  'that',
  'to',
  'at',
  'into',
  'per',
  'while',
  'including',
  'like',
  'as',
  'this',
  'last',
  'each',
  'every',
  'a',
  'an',
  'the',
  'since',
  'ahead',
  'out',
  'of',
]);

/** Customers, users or backers won: "signed 12 new enterprise customers", "brought in 3,000 trial users", "added 2,000 new subscribers". */
export const WON_CUSTOMERS_RULE: CueRule = {
  name: 'won-customers',
  lemmas: [WINNING_VERBS],
  match({ tokens, words, cues, i, w, lower, next }) {
    const verb = WINNING_VERBS.lemmaOf(lower);
    if (verb === undefined || lower === verb) return false; // a bare "sign", "add": an instruction or a plan
    if (verb === 'bring' && next !== 'in' && next !== 'on' && next !== 'back') return false;
    if (verb === 'sign' && (next === 'in' || next === 'into' || next === 'out' || next === 'off')) return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 1; k < words.length && k <= i + 6 && words[k].start < end; k++) {
      // "sign-ups" is two words to the tokenizer.
      if (words[k].lower === 'sign' && (words[k + 1]?.lower === 'ups' || words[k + 1]?.lower === 'up')) k++;
      else if (!CUSTOMER_NOUNS.has(words[k].lower)) continue;
      if (verb === 'add' && !words.slice(i + 1, k).some((x) => x.lower === 'new')) return false;
      const after = words[k + 1];
      if (after !== undefined && after.start < end && !AFTER_OBJECT.has(after.lower)) return false;
      addCue(cues, w, words[k], 'recognition');
      return true;
    }
    return false;
  },
};
