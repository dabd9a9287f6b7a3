// An outcome word that modifies the noun after it names a thing, not a result: "the promotion
// policy", "an improvement tracker", "the gradient boosting library", "the savings calculator"
// (ERROR-KINDS-S17 kind 1). Only nouns and -ing forms are read this way: a past or base verb before
// a noun is the change itself ("boosted team morale", "cut review time").
import type { Token } from '../language/tokenize';
import {
  ADVERBS_BEFORE_VERB,
  AUXILIARIES,
  CHANGE_NOUNS,
  CLAUSE_OPENER_CORE,
  CONTEXT_PREPOSITIONS,
  COPULAS,
  MODAL_VERBS,
  NEGATIONS,
  PERSON_PRONOUNS,
  POST_MODIFIER_PREPOSITIONS,
  QUALITY_MODIFIED,
  RECOGNITION_WORDS,
  RELATIVE_OPENERS,
  TIME_WORDS,
  wordSet,
} from '../language/lexicon';
import { isGerund, isPastForm } from '../language/verbs';
import { PARTY, inParty } from '../voices/party-kinds';

// Words before an -ing form that make it a verb with an object ("by boosting team morale").
// Words before an -ing form that make it a verb with an object ("by boosting team morale", "kept
// improving team rituals"); a past form before it ("started improving") does too.
const ING_VERB_LEADS = new Set([
  'by',
  'while',
  'after',
  'before',
  'through',
  'and',
  'or',
  'for',
  'in',
  'on',
  'via',
  'from',
  'without',
  'also',
  'thereby',
  'then',
  'of',
  'to',
  'kept',
  'keep',
  'began',
  'begin',
  'start',
  'continue',
  'am',
  'are',
  'is',
  'was',
  'were',
  'been',
  'be',
]);

/** Determiners before a noun compound: "the promotion step", "an approval workflow", "our award ceremony". */
const COMPOUND_DETERMINERS = wordSet('compound-determiners', ['the', 'a', 'an', 'our', 'their', 'its', 'this', 'that']);
/** Words after a result noun that are no noun: "the promotion last year", "the award itself", "the improvement everyone saw". */
const NOT_COMPOUND_HEADS = new Set([
  // Prepositions and adverbs the shared lists leave out: "a reduction across all sites", "the award despite …".
  'across',
  'among',
  'within',
  'throughout',
  'despite',
  'without',
  'via',
  'per',
  'against',
  'amid',
  'beyond',
  'toward',
  'towards',
  'above',
  'below',
  'under',
  'over',
  'onto',
  'into',
  'through',
  'during',
  'until',
  'around',
  'near',
  'versus',
  'worth',
  'overall',
  'each',
  'every',
  'all',
  'both',
  'such',
  'only',
  'even',
  'just',
  'still',
  'yet',
  'already',
  'soon',
  'later',
  'early',
  'ahead',
  'ever',
  'nationally',
  'and',
  'or',
  'but',
  'than',
  'this',
  'that',
  'these',
  'those',
  'last',
  'next',
  'itself',
  'again',
  'too',
  'twice',
  'everyone',
  'everybody',
  'anyone',
  'nobody',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'has',
  'had',
  'have',
  'went',
  'came',
  'meant',
  'made',
  'got',
  'gave',
  'led',
  'took',
  'means',
  'helps',
  'lets',
  'saves',
  'cuts',
  'brings',
  'gives',
  'makes',
]);

/**
 * Is the word at `k` the head of a noun compound the result noun before it modifies ("the promotion step", "an
 * approval workflow")? A lower-case content word: no function word, verb form, adverb or name; the result noun
 * before it stands after a determiner. A verb after the noun ("the improvement meant", "the award was") or a
 * phrase ("the promotion to lead", "the savings from it") keeps the noun a result.
 */
function compoundHeadAt(words: Token[], k: number): boolean {
  const w = words[k];
  if (w === undefined || w.kind !== 'word' || !/^[a-z][a-z-]+$/.test(w.text) || w.text.length < 3) return false;
  const l = w.lower;
  if (NOT_COMPOUND_HEADS.has(l) || TIME_WORDS.has(l) || CLAUSE_OPENER_CORE.includes(l)) return false;
  if (POST_MODIFIER_PREPOSITIONS.has(l) || CONTEXT_PREPOSITIONS.has(l) || RELATIVE_OPENERS.includes(l)) return false;
  if (COPULAS.has(l) || AUXILIARIES.has(l) || MODAL_VERBS.has(l) || NEGATIONS.has(l) || PERSON_PRONOUNS.has(l))
    return false;
  if (ADVERBS_BEFORE_VERB.has(l) || l.endsWith('ly')) return false;
  return !isPastForm(l) && !isGerund(l);
}

/**
 * Is the cue word at `i` a modifier of the term noun after it ("promotion policy", "boosting library")? A
 * listed term noun after any result word, or any noun compound after a result noun with a determiner before
 * it: "Built the promotion step", "Set up an approval workflow" name a thing built, not a result.
 */
export function modifiesATerm(words: Token[], i: number): boolean {
  const nextWord = words[i + 1];
  if (nextWord === undefined) return false;
  const lower = words[i].lower;
  // A compound after a determiner, asked first of the cheap determiner set: most cue words stand after none.
  if (
    i > 0 &&
    COMPOUND_DETERMINERS.has(words[i - 1].lower) &&
    (CHANGE_NOUNS.has(lower) || (RECOGNITION_WORDS.hasWord(words[i]) && !/(?:ed|ing)$/.test(lower))) &&
    compoundHeadAt(words, i + 1)
  )
    return true;
  // Asked of every cue word: the lists are read by token, their answers kept in the word's facts.
  if (!QUALITY_MODIFIED.hasWord(nextWord)) return false;
  if (CHANGE_NOUNS.has(lower) || (RECOGNITION_WORDS.hasWord(words[i]) && !lower.endsWith('ed'))) return true;
  if (!lower.endsWith('ing') || i === 0) return false;
  const prev = words[i - 1].lower;
  return !ING_VERB_LEADS.has(prev) && !prev.endsWith('ed');
}

/**
 * Is the cue word at `i` the -ing head of a short noun compound that fills a bracket: "(gradient
 * boosting)", "(load balancing)"? A bracket of two or three words with no verb names a technique, no
 * change told (ERROR-KINDS-S31-FRESH23: "(gradient boosting)" read as a gain). The word before it is a
 * noun: not a lead that makes the -ing form a verb ("(by boosting)"), not a past form. Not the same shape
 * at a line's end ("… with churn falling"), where the -ing form may tell a result.
 */
export function fillsABracket(tokens: readonly Token[], words: Token[], i: number): boolean {
  const w = words[i];
  if (i === 0 || !w.lower.endsWith('ing')) return false;
  const prev = words[i - 1];
  if (ING_VERB_LEADS.has(prev.lower) || prev.lower.endsWith('ed')) return false;
  const k = tokens.indexOf(w);
  if (tokens[k + 1]?.text !== ')') return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (tokens[j].text === '(') return j < k - 1;
    if (tokens[j].kind === 'symbol') return false;
  }
  return false;
}

/** Particles that close a noun or adjective compound after a hyphen: "drop-in", "cut-off", "drop-down". */
const COMPOUND_PARTICLES = new Set(['in', 'off', 'out', 'over', 'down', 'up', 'on']);
/** First parts that keep a hyphenated participle a verb: "over-delivered", "under-spent". */
const VERB_PREFIXES = new Set(['over', 'under']);

/** Two tokens with no space between them. */
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** A hyphen token. (Module functions, not closures: a named closure per call costs a name under tsx.) */
function hyphen(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'symbol' && t.text === '-';
}

/**
 * Is the cue word a part of a hyphenated compound that names a thing: the head of "a drop-in session",
 * "the cut-off date", "a drop-down menu", or the participle of "a gradient-boosted model"? Neither tells a
 * change (ERROR-KINDS-S30: "drop-in" and "boosted" read as results). A short first part is a prefix
 * ("re-launched", "de-risked") and keeps the verb.
 */
export function isCompoundPart(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  const after = tokens[k + 1];
  const particle = tokens[k + 2];
  if (hyphen(after) && glued(w, after) && glued(after, particle) && COMPOUND_PARTICLES.has(particle.lower)) return true;
  const before = tokens[k - 1];
  const first = tokens[k - 2];
  return (
    hyphen(before) &&
    glued(before, w) &&
    glued(first, before) &&
    first.kind === 'word' &&
    first.lower.length >= 4 &&
    !VERB_PREFIXES.has(first.lower) &&
    /(?:ed|en)$/.test(w.lower)
  );
}

/** Words before a noun that place it in time or spread it over a process: "before promotion", "after each award". */
const STEP_LEADS = new Set([
  'before',
  'after',
  'until',
  'pending',
  'prior',
  'ahead',
  'each',
  'every',
  'per',
  'awaiting',
]);
/** Where an artefact is promoted or released to: "promotion to production" is a step of a pipeline. */
const STEP_TARGETS = new Set(['production', 'prod', 'live', 'staging', 'main', 'master', 'release', 'uat', 'the']);
/** Words before a gerund that make it a noun of effort: "took some convincing", "needed a lot of persuading". */
const EFFORT_LEADS = new Set([
  'some',
  'much',
  'more',
  'little',
  'took',
  'take',
  'takes',
  'needed',
  'needs',
  'required',
]);
/** Amounts of effort before "of" and a gerund: "a lot of persuading", "a fair bit of convincing", "weeks of chasing". */
const EFFORT_AMOUNTS = new Set([
  'lot',
  'lots',
  'bit',
  'deal',
  'amount',
  'plenty',
  'hours',
  'days',
  'weeks',
  'months',
  'rounds',
]);
/** Verbs whose "-ing" after a bare noun tells the noun's own change ("churn falling", "morale improving"), not an activity. */
const SUBJECT_CHANGES = new Set([
  'falling',
  'dropping',
  'rising',
  'growing',
  'declining',
  'shrinking',
  'climbing',
  'improving',
  'increasing',
  'decreasing',
  'going',
  'coming',
  'staying',
  'holding',
]);
/** Words before a bare noun that make a noun and "-ing" a clause, not a compound: "with costs falling", "as churn dropped". */
const ABSOLUTE_LEADS = new Set(['with', 'as', 'while', 'and']);

/**
 * Is the "-ing" cue at `i` the head of a noun compound naming an activity: "hedge cutting", "cost cutting" in
 * a list of services? A bare singular noun before it (no lead that makes the "-ing" a verb, no pronoun, no past
 * form) and nothing after it in its phrase (the end, a clause mark's "and"/"or", or the next list item): the
 * noun is what is cut, so no object can follow. A noun and the "-ing" of its own change ("churn falling") is a
 * clause telling a result, as is either after "with" ("with costs falling").
 */
function namesAnActivity(tokens: readonly Token[], words: Token[], i: number): boolean {
  const w = words[i];
  if (!isGerund(w.lower) || SUBJECT_CHANGES.has(w.lower) || i === 0) return false;
  const prev = words[i - 1];
  // The two words side by side, no mark between: "hedge cutting", not "the façade package, saving £600k".
  if (
    prev.end + 1 !== w.start ||
    prev.kind !== 'word' ||
    !/^[a-z]{3,}$/.test(prev.text) ||
    (prev.lower.endsWith('s') && !prev.lower.endsWith('ss'))
  )
    return false;
  if (ING_VERB_LEADS.has(prev.lower) || isPastForm(prev.lower) || COMPOUND_DETERMINERS.has(prev.lower)) return false;
  if (
    NOT_COMPOUND_HEADS.has(prev.lower) ||
    PERSON_PRONOUNS.has(prev.lower) ||
    ABSOLUTE_LEADS.has(words[i - 2]?.lower ?? '')
  )
    return false;
  const next = tokens[tokens.indexOf(w) + 1];
  // Nothing after the "-ing" in its phrase: the end, a list's comma or full stop, or "and"/"or" (the list of services).
  if (next === undefined) return true;
  return next.kind === 'symbol' ? /^[,;.]$/.test(next.text) : next.lower === 'and' || next.lower === 'or';
}

/** Conformance a duty keeps ("Ensured compliance with …", "ensured all tenders complied with …"): no effect beyond the work. */
const CONFORMANCE = /^(?:compl(?:y|ies|ied|iance|iant)|adher(?:e|es|ed|ence)|conform(?:s|ed|ity|ance)?|observance)$/;
/** Verbs of keeping a duty whose object decides the sense: "ensure", "maintain". */
const DUTY_VERBS = /^(?:ensur|maintain)(?:e|es|ed|ing|s)?$/;

/** A thing kept in force, the object of a duty: "were in date", "are up to date", "stayed valid", "kept current". */
function keptCurrent(words: Token[], k: number): boolean {
  const l = words[k].lower;
  if (l === 'date') return /^(?:in|to)$/.test(words[k - 1]?.lower ?? '');
  return (
    /^(?:valid|current|in-date|up-to-date)$/.test(l) &&
    /^(?:were|was|are|is|stay|stayed|remained|kept)$/.test(words[k - 1]?.lower ?? '')
  );
}

/**
 * Does the outcome word at `i` name a step, an effort or a duty here, not a result? A noun after a time word
 * or a distributive ("a check before promotion", "after each award", "promotion to production") is a step
 * of a process; a gerund of persuading or any effect after "took some" ("It took some convincing") is the
 * effort spent, not the agreement won; "ensured" or "maintained" with a conformance for its object and no
 * figure ("Ensured compliance with the Procurement Act") is a duty kept. Each was a false outcome on a
 * spent writer (ERROR-KINDS-S35 class 5): the word is read in its sense, so every rule it would start is skipped.
 */
export function namesAStep(words: Token[], i: number, tokens?: readonly Token[]): boolean {
  const lower = words[i].lower;
  const prev = words[i - 1]?.lower ?? '';
  if (RECOGNITION_WORDS.hasWord(words[i]) || CHANGE_NOUNS.has(lower)) {
    if (lower.endsWith('ing') || lower.endsWith('ed')) return false;
    if (STEP_LEADS.has(prev)) return true;
    const next = words[i + 1]?.lower;
    if (next === 'to' && STEP_TARGETS.has(words[i + 2]?.lower ?? '') && !/^(?:my|her|his|their)$/.test(prev))
      return !(
        words[i + 2].lower === 'the' && /^(?:role|post|position|rank|grade|board)$/.test(words[i + 4]?.lower ?? '')
      );
  }
  if (
    lower.endsWith('ing') &&
    EFFORT_LEADS.has(prev === 'of' ? (EFFORT_AMOUNTS.has(words[i - 2]?.lower) ? 'much' : '') : prev)
  )
    return words[i + 1] === undefined || !/^(?:the|a|an|our|their|them|him|her|it|us)$/.test(words[i + 1].lower);
  if (tokens !== undefined && lower.endsWith('ing') && namesAnActivity(tokens, words, i)) return true;
  // Every duty verb opens with its stem: most cue words are passed over without the expression.
  if ((lower.startsWith('ensur') || lower.startsWith('maintain')) && DUTY_VERBS.test(lower)) {
    // A state kept in force closes a longer object: "Ensured all forklift drivers' certificates were in date".
    for (let k = i + 1; k < words.length && k <= i + 9; k++) {
      if (words[k].kind === 'number') return false;
      if ((k <= i + 6 && CONFORMANCE.test(words[k].lower)) || keptCurrent(words, k)) return true;
    }
  }
  return false;
}

/** People a participle after them may describe: the served, the workplace's people, a plural of a person noun. */
const DESCRIBED_PEOPLE = PARTY.served | PARTY.workplace | PARTY.peoplePlural | PARTY.others;
/** Prepositions after a participle that tell the people's own condition: "recovering from surgery", "struggling with". */
const CONDITION_PREPOSITIONS = new Set(['from', 'with', 'after', 'at', 'in', 'on', 'into', 'through']);
/** Words before people that count or compare them, making the participle a result: "more patients recovering at home". */
const COUNTING_LEADS = wordSet('counting-leads', ['more', 'fewer', 'less', 'most', 'every', 'all', 'no', 'none', 'of']);

/**
 * Is the "-ing" cue at `i` a participle describing the people right before it: "patients recovering from hip
 * surgery", "new starters struggling with the rota"? The people (a plural of a person noun, the served, a
 * workplace group) stand right before it with no mark between, a preposition of their own condition follows, and
 * no count or comparison leads them ("more patients recovering at home" tells a result). The participle names who
 * the people are, context of the work; the outcome, if any, is told elsewhere in the line.
 */
export function describesPeople(tokens: readonly Token[], words: Token[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  if (prev === undefined || !isGerund(w.lower) || prev.end + 1 !== w.start) return false;
  if (!inParty(prev.lower, DESCRIBED_PEOPLE) || PERSON_PRONOUNS.has(prev.lower)) return false;
  if (!CONDITION_PREPOSITIONS.has(words[i + 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    if (COUNTING_LEADS.has(words[k].lower) || words[k].kind === 'number') return false;
    if (!/^[a-z-]+$/.test(words[k].lower)) break;
  }
  return tokens.indexOf(w) === tokens.indexOf(prev) + 1;
}
