// Outcomes told as a verdict on the result rather than by a change word: praise with a verdict noun
// ("big win for the team", "a huge step forward", "great results") and a ranking against the past
// ("best quarter the territory had in years", "our strongest launch ever", "its best month on
// record"). Users write them as verbless Result lines; they claim an effect without saying how big it
// was, so they are outcomes with no number.
import type { Token } from '../language/tokenize';
import {
  CHANGE_NEGATIONS,
  COPULAS,
  FIRST_PERSON_WORDS,
  NEGATIONS,
  OLD_THING_WORDS,
  PRAISE_ADJECTIVES,
  PRAISE_DEGREES,
  PRAISE_VERBS,
  RANKING_SPANS,
  RANKING_SUPERLATIVES,
  SATISFIED_STATES,
  VERDICT_LEADS,
  VERDICT_NOUNS,
  VERDICT_VERBS,
  WENT_WELL_WORDS,
  lemmaSet,
  wordSet,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { otherPeople, subjectBefore } from '../voices/clause-actors';
import { partyKindOf } from '../voices/party-kinds';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

/**
 * Whether the praised noun phrase opening at `k` is the verdict itself: a verbless line ("Big win for
 * the team."), the complement of a copula ("it was a huge win") or what the work delivered ("got great
 * results"), not what someone looked for ("looked for big results").
 */
function givenAsVerdict(words: { lower: string }[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && VERDICT_LEADS.has(words[j].lower)) j--;
  return j < 0 || VERDICT_VERBS.has(words[j].lower);
}

/** "big win", "a huge success", "great results", "a big step forward"; not "quick wins", "a step function". */
export const PRAISED_VERDICT_RULE: CueRule = {
  name: 'praised-verdict',
  lemmas: [VERDICT_NOUNS],
  match({ words, cues, i, w, lower, prev, next }) {
    if (prev === undefined || !PRAISE_ADJECTIVES.has(prev) || !givenAsVerdict(words, i - 1)) return false;
    if (VERDICT_NOUNS.lemmaOf(lower) === 'step' && next !== 'forward' && next !== 'up') return false;
    addCue(cues, words[i - 1], w, 'recognition');
    return true;
  },
};

/** "the museum's", "the site’s": an owner's possessive before the superlative. */
const POSSESSIVE = /['’]s$/;

/**
 * "best quarter the territory had in years", "our best launch ever", "its best month on record", "the
 * museum's most visited exhibition to date" ("most" only before a participle: what others did with the
 * work, not "our most complex pipeline to date").
 */
export const RANKED_AGAINST_PAST_RULE: CueRule = {
  name: 'ranked-against-past',
  words: [...RANKING_SUPERLATIVES, 'most'],
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    if (lower === 'most' && !(next !== undefined && next.length > 4 && next.endsWith('ed'))) return false;
    // "the best practices", "the fastest route": a superlative that ranks no result of the writer's.
    if (
      prev !== undefined &&
      prev !== 'our' &&
      prev !== 'its' &&
      prev !== 'their' &&
      prev !== 'my' &&
      prev !== 'the' &&
      !POSSESSIVE.test(prev)
    )
      return false;
    const end = clauseEnd(tokens, w);
    for (let k = i + 1; k < words.length && k <= i + 8 && words[k].start < end; k++) {
      const l = words[k].lower;
      if (!RANKING_SPANS.has(l)) continue;
      // "in years", "in a decade", "on record", "to date", "in memory", "ever"
      const before = words[k - 1]?.lower;
      const closes =
        l === 'ever' ||
        (l === 'record' && before === 'on') ||
        (l === 'date' && before === 'to') ||
        ((l === 'years' || l === 'decade' || l === 'memory') &&
          (before === 'in' || before === 'a' || before === 'living'));
      // "in years of bids": the years are what the sentence counts, not how far back the ranking reaches.
      if (!closes || words[k + 1]?.lower === 'of') continue;
      addCue(cues, w, words[k], 'recognition');
      return true;
    }
    return false;
  },
};

/** Words that turn praise into its absence: "nobody was happy with", "did not go well", "nothing went well". */
const PRAISE_DENIALS = new Set(['nobody', 'nothing', 'none', 'no-one', 'hardly', 'neither', 'nor']);

/** Is the praise at `i` denied earlier in its clause ("was not happy with", "nobody was pleased with")? */
export function deniedBefore(tokens: Token[], words: Token[], i: number): boolean {
  const w = words[i];
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = words[k];
    if (tokens.some((x) => x.kind === 'symbol' && x.start >= t.end && x.start < w.start && /[,;:.—–(]/.test(x.text)))
      return false;
    const l = t.lower;
    if (NEGATIONS.has(l) || CHANGE_NEGATIONS.has(l) || PRAISE_DENIALS.has(l) || l.endsWith("n't")) return true;
  }
  return false;
}

/** The index of the word before the praise at `i`, past degree words ("was really pleased": the copula). */
function beforeDegrees(words: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && PRAISE_DEGREES.has(words[k].lower)) k--;
  return k;
}

/**
 * "finance was happy with the new checklist", "the client was very satisfied with the redesign": how
 * people felt about the result. Not "happy to help" (willingness), not the old thing people were
 * happy with (context: "happy with the old spreadsheet"), not when denied ("nobody was happy with").
 */
export const SATISFIED_WITH_RULE: CueRule = {
  name: 'satisfied-with',
  words: SATISFIED_STATES,
  match({ tokens, words, cues, i, w }) {
    const k = beforeDegrees(words, i);
    if (k < 1 || !COPULAS.has(words[k].lower)) return false;
    const withAt = words[i + 1]?.lower === 'with' ? i + 1 : words[i + 1]?.lower === 'about' ? i + 1 : -1;
    if (withAt < 0) return false;
    const end = clauseEnd(tokens, w);
    for (let j = withAt + 1; j < words.length && j <= withAt + 4 && words[j].start < end; j++)
      if (OLD_THING_WORDS.has(words[j].lower)) return false;
    if (deniedBefore(tokens, words, i)) return false;
    addCue(cues, w, words[withAt], 'recognition');
    return true;
  },
};

/**
 * "the pilot went really well", "the rollout went smoothly", "it went down well with the nurses": how
 * the result went. Not "what went well" (a lesson's heading) nor "nothing went well".
 */
export const WENT_WELL_RULE: CueRule = {
  name: 'went-well',
  words: ['went'],
  match({ tokens, words, cues, i, w, prev }) {
    if (prev === undefined || prev === 'what' || FIRST_PERSON_WORDS.has(prev)) return false;
    let j = i + 1;
    if (words[j]?.lower === 'down' && words[j + 1]?.lower === 'well') j++;
    while (j < words.length && PRAISE_DEGREES.has(words[j].lower)) j++;
    const praise = words[j];
    if (praise === undefined || !WENT_WELL_WORDS.has(praise.lower)) return false;
    // "went great lengths": an adjective before a noun is no verdict.
    if (praise.lower === 'great' && words[j + 1] !== undefined && words[j + 1].start < clauseEnd(tokens, praise))
      return false;
    if (deniedBefore(tokens, words, i)) return false;
    addCue(cues, w, praise, 'recognition');
    return true;
  },
};

/** "the redesign was a hit with customers", "the new deck was a big hit": a verdict on the result. */
export const WAS_A_HIT_RULE: CueRule = {
  name: 'was-a-hit',
  words: ['hit'],
  match({ tokens, words, cues, i, w, prev }) {
    if (prev === undefined) return false;
    let k = i - 1;
    if (PRAISE_ADJECTIVES.has(words[k].lower)) k--;
    if (k < 1 || (words[k].lower !== 'a' && words[k].lower !== 'an')) return false;
    if (!COPULAS.has(words[k - 1].lower) || deniedBefore(tokens, words, i)) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/**
 * Verbs of getting in touch or coming by, by lemma, that tell thanks given when "to thank" follows: "wrote to
 * thank", "rang to thank", "came over to thank". A wish or a plan ("wanted to thank", "hoped to thank") is none.
 */
const CONTACT_VERBS = lemmaSet('praise-contact-verbs', [
  'write',
  'ring',
  'call',
  'phone',
  'email',
  'e-mail',
  'text',
  'message',
  'come',
  'stop',
  'drop',
  'pop',
  'visit',
]);
/** The most words between the verb of contact and "to thank": "came over to", "wrote to the owners afterwards to". */
const MAX_CONTACT_GAP = 6;

/** Is the word at `k` a told past form ("wrote", "rang", "came", "emailed")? */
function toldPast(lower: string): boolean {
  return isPastForm(lower) || IRREGULAR_PAST.has(lower) || lower === 'came' || lower === 'rang';
}

/** Participles of contact that are not past forms too: "has written", "has since come over". */
const CONTACT_PARTICIPLES = new Set(['written', 'rung', 'come']);

/** Is the word a participle of a verb of contact ("written", "called", "emailed")? */
function participleOfContact(lower: string): boolean {
  return CONTACT_PARTICIPLES.has(lower) || isPastForm(lower);
}

/** The index of "has"/"have"/"had" before word `k`, past one adverb ("has since written"), or -1. */
function perfectAuxBefore(words: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (PERFECT_AUX.has(words[j].lower)) return j;
  return -1;
}
/** Auxiliaries of the perfect. */
const PERFECT_AUX = new Set(['has', 'have', 'had']);

/**
 * Is the subject before word `k` another party, people or a body ("the head", "two of the families", "Maria"),
 * also with an "of" phrase after its head ("the head of year", "the owner of the farm")?
 */
function otherPartyBefore(words: Token[], k: number): boolean {
  const { at } = subjectBefore(words, k);
  const party = (j: number) => j >= 0 && (otherPeople(words, j) || partyKindOf(words[j].lower) === 'other');
  if (party(at)) return true;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) if (words[j].lower === 'of') return party(j - 1);
  return false;
}

/**
 * "The head wrote to thank the department", "the site manager came over to thank the crew": thanks given by
 * another party, told as its verb of contact and the purpose "to thank". The index of the contact verb, or -1.
 */
function contactedToThank(tokens: Token[], words: Token[], i: number): number {
  if (words[i - 1]?.lower !== 'to') return -1;
  const end = clauseEnd(tokens, words[i]);
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_CONTACT_GAP; k--) {
    if (clauseEnd(tokens, words[k]) < end) return -1;
    const l = words[k].lower;
    if (!CONTACT_VERBS.has(l)) continue;
    // A perfect told ("has since written to thank the ward"): its subject stands before the auxiliary.
    const aux = perfectAuxBefore(words, k);
    const told = toldPast(l) || (aux >= 0 && participleOfContact(l));
    return told && otherPartyBefore(words, aux >= 0 ? aux : k) && !deniedBefore(tokens, words, k) ? k : -1;
  }
  return -1;
}

/**
 * "the teammate later thanked me", "the director praised our team", "was commended by the ward
 * manager", "the head wrote to thank the department": others praising the writer's work. The writer
 * thanking someone is an act, not an outcome.
 */
export const THANKED_RULE: CueRule = {
  name: 'thanked',
  lemmas: [PRAISE_VERBS],
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    if (lower === 'thank') {
      const contact = contactedToThank(tokens, words, i);
      if (contact >= 0) addCue(cues, words[contact], w, 'recognition');
      return contact >= 0;
    }
    if (lower === PRAISE_VERBS.lemmaOf(lower) || lower.endsWith('ing') || lower.endsWith('s')) return false;
    if (deniedBefore(tokens, words, i)) return false;
    // Passive: "was commended by the ward manager", "got thanked by".
    if (prev !== undefined && (COPULAS.has(prev) || prev === 'got' || prev === 'get')) {
      if (words[i - 2] === undefined) return false;
      addCue(cues, w, w, 'recognition');
      return true;
    }
    // Active: someone else praised the writer or the writer's team ("thanked me", "praised our team").
    if (prev === undefined || FIRST_PERSON_WORDS.has(prev) || prev === 'who' || prev === 'that') return false;
    if (next === undefined || !(next === 'me' || next === 'us' || next === 'our' || next === 'my')) return false;
    addCue(cues, w, words[i + 1], 'recognition');
    return true;
  },
};

/** Verbs of a good report on the work, by lemma: "the leaflet helped", "the checklist worked". */
const REPORTED_BENEFITS = lemmaSet('reported-benefit-verbs', ['help', 'work']);
/** What "worked" needs after it to be praise, not an account of a job ("worked nights"): the clause's end or a verdict. */
const WORKED_WELL = wordSet('reported-worked-well', ['well', 'better', 'fine', 'brilliantly', 'perfectly', 'nicely']);
/** Words between the report and the thing reported on: the hearer ("told me"), "that", an auxiliary, a degree. */
const REPORT_GAP = wordSet('reported-benefit-gap', [
  'me',
  'us',
  'him',
  'her',
  'them',
  'that',
  'had',
  'has',
  'have',
  'really',
  'genuinely',
  'actually',
  'definitely',
  'all',
]);
/** The most words of the thing reported on: "the new contract template". */
const MAX_REPORTED_THING = 5;

/**
 * The index of the benefit verb when the report verb at `i` ("told", "said") tells another party's report that
 * the work did good (see REPORTED_BENEFIT_RULE), else -1. Also asked by requests.ts: such a report is no request.
 */
export function reportedBenefitAt(tokens: Token[], words: Token[], i: number): number {
  if (!otherPartyBefore(words, i) || deniedBefore(tokens, words, i)) return -1;
  let k = i + 1;
  let thing = 0;
  for (; k < words.length && k <= i + 3 + MAX_REPORTED_THING; k++) {
    const l = words[k].lower;
    if (REPORTED_BENEFITS.has(l)) break;
    if (OLD_THING_WORDS.has(l) || NEGATIONS.has(l) || l.endsWith("n't")) return -1;
    if (!REPORT_GAP.has(l)) thing++;
  }
  const verb = words[k];
  // A modal between report and verb makes it a hope: "said the new rota would help" ("help" is no past form).
  if (verb === undefined || thing === 0 || thing > MAX_REPORTED_THING || !toldPast(verb.lower)) return -1;
  if (REPORTED_BENEFITS.lemmaOf(verb.lower) === 'work') {
    const after = words[k + 1];
    const ends = after === undefined || after.start >= clauseEnd(tokens, verb);
    if (!ends && !WORKED_WELL.has(after.lower)) return -1;
  }
  return k;
}

/**
 * "Patients told me the leaflet helped", "the client said the new contract template worked well": another
 * party reporting that the work did good, praise of the result (RUBRIC-NOTES: a vague outcome). The report verb
 * is a told "told"/"said" with another party as its subject; after the hearer and "that", the thing reported on
 * (not the old one: "the old form helped more") and a past "helped" or "worked" (with "well" or at the clause's
 * end), no modal or negation between ("said the new rota would help", "didn't help"). A bad report ("confused
 * them") or a problem ("the wait was too long") has no benefit verb.
 */
export const REPORTED_BENEFIT_RULE: CueRule = {
  name: 'reported-benefit',
  words: ['told', 'said'],
  match({ tokens, words, cues, i, w }) {
    const verb = reportedBenefitAt(tokens, words, i);
    if (verb < 0) return false;
    addCue(cues, w, words[verb], 'recognition');
    return true;
  },
};
