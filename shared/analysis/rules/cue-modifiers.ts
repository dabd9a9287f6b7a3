// An outcome word that modifies the noun after it names a thing, not a result: "the promotion
// policy", "an improvement tracker", "the gradient boosting library", "the savings calculator"
// (ERROR-KINDS-S17 kind 1). Only nouns and -ing forms are read this way: a past or base verb before
// a noun is the change itself ("boosted team morale", "cut review time").
import type { Token } from './tokenize';
import { CHANGE_NOUNS, QUALITY_MODIFIED, RECOGNITION_WORDS } from './lexicon';

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

/** Is the cue word at `i` a modifier of the term noun after it ("promotion policy", "boosting library")? */
export function modifiesATerm(words: Token[], i: number): boolean {
  // Asked of every cue word: the lists are read by token, their answers kept in the word's facts.
  if (!QUALITY_MODIFIED.hasWord(words[i + 1])) return false;
  const lower = words[i].lower;
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
export function namesAStep(words: Token[], i: number): boolean {
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
  if (lower.endsWith('ing') && EFFORT_LEADS.has(prev === 'of' ? (words[i - 2]?.lower === 'lot' ? 'much' : '') : prev))
    return words[i + 1] === undefined || !/^(?:the|a|an|our|their|them|him|her|it|us)$/.test(words[i + 1].lower);
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
