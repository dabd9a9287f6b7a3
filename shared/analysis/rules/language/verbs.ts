// A small verb lexicon for English without a tagger: irregular past forms, base forms of the
// action verbs people use in resumes and stories, and stative verbs that describe rather than act.

export const IRREGULAR_PAST = new Set([
  'built',
  'led',
  'wrote',
  'drove',
  'ran',
  'made',
  'took',
  'set',
  'cut',
  'grew',
  'won',
  'spoke',
  'began',
  'brought',
  'bought',
  'caught',
  'chose',
  'did',
  'drew',
  'fought',
  'found',
  'gave',
  'got',
  'held',
  'kept',
  'left',
  'lent',
  'lost',
  'met',
  'paid',
  'put',
  'quit',
  'read',
  'rebuilt',
  'redid',
  'dealt',
  'shod',
  'rewrote',
  'said',
  'sent',
  'shut',
  'sold',
  'spent',
  'split',
  'spun',
  'stood',
  'struck',
  'taught',
  'threw',
  'told',
  'understood',
  'undertook',
  'went',
  'withdrew',
  'oversaw',
  'overcame',
  'saw',
  'became',
  'flew',
  'laid',
  'rode',
  'rose',
  'sought',
  'shook',
  'shot',
  'sped',
  'swept',
  'wore',
  'woke',
  'upheld',
  'withheld',
  'forgave',
  'foresaw',
  'overtook',
  'outgrew',
  'won',
  'dug',
  'fed',
  'fled',
  'bled',
  'hung',
  'knew',
  'thought',
  'felt',
  'had',
  'was',
  'were',
  'meant',
  'heard',
  'sat',
  'greenlit',
  'lit',
  'bet',
  'hit',
  'let',
  'shed',
  'spread',
  'broke',
  'broadcast',
  'co-wrote',
  'co-led',
  'ate',
]);

/** Past forms that describe a state or a belief, not an action. */
export const STATIVE = new Set([
  'was',
  'were',
  'am',
  "'m",
  'is',
  'are',
  'had',
  'have',
  'has',
  'assumed',
  'thought',
  'believed',
  'felt',
  'knew',
  'wanted',
  'hoped',
  'wished',
  'liked',
  'loved',
  'enjoyed',
  'learned',
  'learnt',
  'seemed',
  'needed',
  'expected',
  'preferred',
  'remembered',
  'forgot',
  'wondered',
  'feared',
  'doubted',
  'work',
  'love',
  'like',
  'enjoy',
  'know',
  'think',
  'believe',
  'feel',
  'want',
  'hope',
  'need',
  'prefer',
  'am',
]);

/** Base forms of action verbs that open present-tense resume bullets ("Build and maintain …"). */
export const ACTION_BASE = new Set([
  'architect',
  'build',
  'lead',
  'design',
  'develop',
  'create',
  'implement',
  'manage',
  'maintain',
  'deploy',
  'deliver',
  'drive',
  'own',
  'run',
  'mentor',
  'coach',
  'help',
  'support',
  'write',
  'launch',
  'ship',
  'migrate',
  'optimize',
  'optimise',
  'automate',
  'improve',
  'reduce',
  'scale',
  'establish',
  'define',
  'coordinate',
  'collaborate',
  'partner',
  'work',
  'serve',
  'oversee',
  'administer',
  'analyze',
  'analyse',
  'research',
  'prototype',
  'refactor',
  'integrate',
  'review',
  'train',
  'hire',
  'recruit',
  'grow',
  'spearhead',
  'champion',
  'streamline',
  'rewrite',
  'redesign',
  'monitor',
  'operate',
  'contribute',
  // "Participate the split of the monolith", "Solve the problem of …": base forms non-native writers
  // open duty lines with, as they do "Build" and "Maintain".
  'participate',
  'teach',
  'present',
  'organize',
  'organise',
  'plan',
  'found',
  'head',
  'direct',
  'negotiate',
  'evangelize',
  'advocate',
  'consult',
  'audit',
  'investigate',
  'debug',
  'fix',
  'resolve',
  'solve',
  'triage',
  'standardize',
  'standardise',
  'setup',
  'configure',
  'engineer',
  'program',
  'code',
  'model',
  'publish',
  'produce',
  'edit',
  'report',
  'facilitate',
  'provide',
  'guide',
  'ensure',
  'enable',
  'conduct',
  'perform',
  'deploy',
  'instrument',
  'benchmark',
  'profile',
  'port',
  'translate',
  'curate',
  'label',
  'sell',
  'pitch',
  'secure',
  'raise',
  'assist',
  'handle',
  'troubleshoot',
  'architect',
  'co-found',
  'cofound',
  'co-lead',
  'colead',
]);

/**
 * The only verbs whose past ends in "-eed" ("agreed", "freed"): every other word in "-eed" is a noun or a
 * base form whose "-ed" belongs to the stem ("seed", "oilseed", "speed", "need", "indeed", "exceed").
 * Not "see": its past is "saw", and "seed" is a noun.
 */
const EE_VERBS = new Set(['agree', 'disagree', 'free', 'guarantee', 'decree', 'referee', 'tee', 'emcee', 'flee']);

/**
 * A compound whose head is the noun "bed" ("flatbed", "hotbed", "testbed", "seabed", "riverbed"): a verb's
 * past in "-bed" keeps the "b" of its stem after a vowel ("probed"), "b", "m" or "r" ("robbed", "climbed",
 * "absorbed"); after another consonant, a vowel pair or "er" the "b" opens a second word.
 */
const BED_COMPOUND = /(?:[^aeioubmr]|[aeiou]{2}|er)bed$/;

/**
 * Words whose "-ed" belongs to the stem although no shape tells it: adjectives and nouns whose stem is no
 * verb ("sacr", "nak", "wick", "rugg", "hundr"), and the base form "embed".
 */
const ED_IN_STEM = new Set([
  'embed',
  'hundred',
  'kindred',
  'hatred',
  'sacred',
  'naked',
  'wicked',
  'rugged',
  'ragged',
  'jagged',
  'crooked',
  'wretched',
]);

/**
 * edIsSuffix's answers by word. isPastForm is asked of the same "-ed" words many times a sentence, by
 * many readers, and each answer cut a string and ran two patterns; one lookup is cheaper. Bounded: text
 * with many distinct words starts the memory over.
 */
const edSuffixes = new Map<string, boolean>();
const MOST_ED_WORDS = 20_000;

/**
 * Whether a word's final "-ed" can be the past suffix of a verb: the stem before it must hold a vowel
 * ("bed", "red", "shred" do not), a word in "-eed" must be the past of an "-ee" verb, and a compound of
 * "bed" is a noun. Shape tests rather than a list of exceptions, so a compound nobody typed ("linseed",
 * "birdseed", "sickbed") is refused too.
 */
function edIsSuffix(lower: string): boolean {
  let known = edSuffixes.get(lower);
  if (known === undefined) {
    if (edSuffixes.size >= MOST_ED_WORDS) edSuffixes.clear();
    known = readsEdAsSuffix(lower);
    edSuffixes.set(lower, known);
  }
  return known;
}

/** edIsSuffix worked out (see there). */
function readsEdAsSuffix(lower: string): boolean {
  if (!/[aeiouy]/.test(lower.slice(0, -2))) return false;
  if (lower.endsWith('eed')) return EE_VERBS.has(lower.slice(0, -1));
  return !BED_COMPOUND.test(lower) && !ED_IN_STEM.has(lower);
}

/** A past form: a listed irregular past, or a word whose "-ed" is a verb's past suffix (not "oilseed"). */
export function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('ed') && edIsSuffix(lower);
}

/** Participles that neither end in "-ed" nor are listed past forms, nor end in "-en" or "-wn". */
const OTHER_PARTICIPLES = new Set([
  'gone',
  'done',
  'redone',
  'begun',
  'become',
  'come',
  'run',
  'got',
  'sunk',
  'shrunk',
  'stuck',
]);

/** A past participle: a past form, "taken", "shown", "gone", "done" (after "had", "was", "been"). */
export function isParticiple(lower: string): boolean {
  return isPastForm(lower) || OTHER_PARTICIPLES.has(lower) || (/(?:en|wn)$/.test(lower) && lower.length > 4);
}

const ING_NOT_VERBS = new Set([
  'during',
  'morning',
  'evening',
  'thing',
  'nothing',
  'something',
  'anything',
  'everything',
  'string',
  'king',
  'spring',
  'ring',
  'wing',
  'ceiling',
  'ping',
  'sibling',
  'pricing',
  'timing',
  'funding',
]);

export function isGerund(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ing') && !ING_NOT_VERBS.has(lower);
}

/** "Co-founded", "Re-wrote", "Re-architected": joined forms of hyphenated verbs. */
export const VERB_PREFIXES = new Set([
  'co',
  're',
  'pre',
  'de',
  'un',
  'cross',
  'self',
  'over',
  'under',
  'auto',
  'up',
  'out',
  'down',
]);

/** Irregular past forms that are just as often nouns or base forms ("cache hit rate", "set up"). */
export const AMBIGUOUS_PAST = new Set([
  'hit',
  'let',
  'set',
  'put',
  'cut',
  'read',
  'spread',
  'broadcast',
  'bet',
  'lit',
  'shed',
  'quit',
  'split',
  'shut',
  'fed',
  'left',
  'met',
  'led',
]);

/**
 * Past verbs that report what a named person said or wanted, or their comings and goings: in a
 * resume line they are not the writer's work ("Jane asked for …"), in a Result no event of theirs.
 */
export const SPEECH_PAST = new Set([
  'asked',
  'told',
  'said',
  'suggested',
  'proposed',
  'requested',
  'complained',
  'mentioned',
  'explained',
  'replied',
  'agreed',
  'joined',
  'left',
  'moved',
  'became',
  'got',
]);

/**
 * Words after "moved" that tell comings and goings, not a thing moved: "moved to Leeds", "moved back in",
 * "moved house", "moved abroad".
 */
export const MOVE_PLACES = new Set([
  'to',
  'into',
  'from',
  'back',
  'on',
  'over',
  'away',
  'abroad',
  'overseas',
  'in',
  'out',
  'here',
  'there',
  'house',
  'home',
]);

/**
 * "moved" with a thing moved after it ("moved the pharmacy stock onto the new shelving"), an act of work, where
 * SPEECH_PAST lists "moved" for the comings and goings ("moved to Leeds", "moved house"). `next` is the word
 * after the verb.
 */
export function movesAThing(verb: string, next: string | undefined): boolean {
  return verb === 'moved' && next !== undefined && !MOVE_PLACES.has(next);
}
