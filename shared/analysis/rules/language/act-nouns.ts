// Nouns that name a piece of work by its verb ("migration", "digitisation", "recruitment", "the tuning",
// "Review of …"), read by derivation instead of typed lists: the noun's ending is undone the few ways
// English makes such nouns (-ation, -isation, -ication, -ion, -sion, -ment, -ing, a few irregular ones and
// a verb used as its own noun), and the candidates are handed to the readers that know verbs. A résumé or
// a non-native writer often names the work so ("Organisation of about 35 weddings a year", "I did the
// tuning of more than 200 rules", "Realization of 25 audits"), and the number after it is then the volume
// the work went through, as after the verb ("organised 35 weddings", "tuned 200 rules").
import { irregularBase, lemmaCandidates } from './word-lists/lemma-set';
import { isWorkVerb } from './work-verbs';

/**
 * Nouns with an act noun's ending that name a body, a place, a thing or a span, not work done: "an
 * organisation of 300 members", "the population of", "the duration of", "a meeting of 40 heads".
 */
const NOT_ACT_NOUNS = new Set([
  'department',
  'government',
  'section',
  'question',
  'station',
  'nation',
  'commission',
  'statement',
  'element',
  'moment',
  'segment',
  'apartment',
  'equipment',
  'document',
  'instrument',
  'settlement',
  'association',
  'federation',
  'corporation',
  'foundation',
  'population',
  'congregation',
  'generation',
  'duration',
  'location',
  'position',
  'condition',
  'portion',
  'proportion',
  'fraction',
  'region',
  'religion',
  'opinion',
  'union',
  'million',
  'billion',
  'session',
  'mission',
  'version',
  'edition',
  'pension',
  'tension',
  'dimension',
  'division',
  'meeting',
  'building',
  'housing',
  'funding',
  'setting',
  'offering',
  'holding',
  'listing',
  'opening',
  'evening',
  'morning',
  'ceiling',
  'wedding',
  'clothing',
  'beginning',
  // Nouns of a credential, a post, a field or a thing a verbless résumé line names ("Certification in first
  // aid", "Placement at the district hospital", "Education in nursing", "Performance of the model").
  'information',
  'education',
  'graduation',
  'qualification',
  'certification',
  'registration',
  'accreditation',
  'specialisation',
  'specialization',
  'motivation',
  'placement',
  'appointment',
  'assignment',
  'employment',
  'enrolment',
  'enrollment',
  'performance',
  'portal',
  'signal',
]);

/** Verbs whose bare form is more often a noun of a group, a post or a load ("a staff of 12", "a load of 40"). */
const NOT_ZERO_DERIVED = new Set([
  'staff',
  'head',
  'work',
  'cover',
  'support',
  'serve',
  'service',
  'load',
  'pack',
  'plant',
  'feed',
  'dress',
  'batch',
  'set',
  'run',
  'group',
  'team',
  'lead',
  'order',
  'record',
  'file',
  'total',
  'book',
  'round',
  'list',
  'ship',
  'fleet',
  'host',
]);

/**
 * Verbs of a relation, not of work: their nouns tell what a thing holds or spans ("consisting of 4
 * services", "including 5 partners", "the coverage of 14 towns"), so no number after them is work done.
 */
const RELATION_VERBS = new Set([
  'consist',
  'comprise',
  'include',
  'contain',
  'involve',
  'belong',
  'span',
  'cover',
  'house',
  'hold',
  'employ',
  'reach',
  'connect',
  'link',
  'exist',
  'remain',
  'depend',
]);

/** The particles a phrasal verb's noun ends in: "rollout", "clean-up", "handover", "shutdown", "sign-off". */
const NOUN_PARTICLES = /^([a-z]{3,})-?(out|up|over|down|off)$/;

/**
 * Particle nouns that name a thing, a firm, a gathering or a place rather than the act: "a startup of 40
 * people", "the layout of 3 rooms", "a meetup of 60 developers", "the checkout".
 */
const PARTICLE_THINGS = new Set([
  'startup',
  'layout',
  'lookup',
  'markup',
  'checkout',
  'dropout',
  'workout',
  'printout',
  'breakdown',
  'lockdown',
  'backup',
  'standup',
  'meetup',
  'popup',
  'hangover',
  'leftover',
  'takeout',
  'turnout',
  'payoff',
  'standoff',
  'runoff',
]);

/**
 * The verb of a phrasal verb's noun ("rollout", "roll-out" → roll; "clean-up" → clean; "handover" → hand),
 * when its first part is a verb of work by lemma: "Managed the rollout of 3 new payment methods" names the
 * work as "rolled out 3 new payment methods" does.
 */
function particleActVerb(w: string): string | undefined {
  const m = NOUN_PARTICLES.exec(w);
  if (m === null || PARTICLE_THINGS.has(w.replace('-', ''))) return undefined;
  const verb = m[1];
  return !NOT_ZERO_DERIVED.has(verb) && !RELATION_VERBS.has(verb) && isWorkVerb(verb) ? verb : undefined;
}

/** Act nouns the suffix rules cannot undo: "maintenance" → maintain, "delivery" → deliver. */
const IRREGULAR_ACT_NOUNS: Readonly<Record<string, string>> = {
  maintenance: 'maintain',
  administration: 'administer',
  delivery: 'deliver',
  recovery: 'recover',
  analysis: 'analyse',
  removal: 'remove',
  disposal: 'dispose',
  renewal: 'renew',
  approval: 'approve',
  referral: 'refer',
  clearance: 'clear',
  resolution: 'resolve',
  closure: 'close',
  haulage: 'haul',
};

/** Suffix rules: the ending, and what may stand in its place in the verb ("migr|ation" → "migr|ate"). */
const SUFFIX_RULES: readonly (readonly [string, readonly string[]])[] = [
  ['isation', ['ise']],
  ['ization', ['ize']],
  ['ication', ['icate', 'y']],
  ['ation', ['ate', '', 'e']],
  ['ution', ['ute', 've']],
  ['ition', ['ite', 'e']],
  ['ction', ['ct']],
  ['ssion', ['ss', 't']],
  ['sion', ['se', 'de', 'd', 't']],
  ['ption', ['pt', 'be']],
  ['ment', ['']],
];

/**
 * The base forms of the verb an act noun is made from ("migration" → migrate, "the tuning" → tune,
 * "recruitment" → recruit, "review" → review), or an empty list when the word names no act. Only
 * derived nouns are read: a bare noun is a verb's own noun when it is a verb of work by lemma and not
 * one that more often names a group, a post or a load ("staff", "team", "load").
 */
export function actNounVerbs(word: string): readonly string[] {
  let verbs = actNounMemo.get(word);
  if (verbs === undefined) {
    const derived = derivedVerbs(word);
    verbs = derived.some((v) => RELATION_VERBS.has(v)) ? NO_VERBS : derived;
    if (actNounMemo.size >= MAX_MEMO_WORDS) actNounMemo.clear();
    actNounMemo.set(word, verbs);
  }
  return verbs;
}

// actNounVerbs by word: the number scan asks it of the noun before "of" or a bracket of every count, and the
// answer depends on the word alone. Bounded: text with many distinct words starts the memory over.
const MAX_MEMO_WORDS = 20_000;
const actNounMemo = new Map<string, readonly string[]>();
const NO_VERBS: readonly string[] = [];

/** The candidate verb bases of `word` by its ending (actNounVerbs), relation verbs not yet set aside. */
function derivedVerbs(word: string): string[] {
  const w = word.toLowerCase();
  const particled = particleActVerb(w);
  if (particled !== undefined) return [particled];
  if (!/^[a-z]{4,}$/.test(w) || NOT_ACT_NOUNS.has(w)) return [];
  const irregular = IRREGULAR_ACT_NOUNS[w];
  if (irregular) return [irregular];
  if (w.endsWith('ing')) {
    // "the tuning", "cataloguing", "scanning": the gerund's own stems, the word itself set aside.
    return irregularBase(w) === undefined && w.length >= 6 ? lemmaCandidates(w).slice(1) : [];
  }
  for (const [suffix, replacements] of SUFFIX_RULES) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    // A stem of three letters or more: "nation", "ration", "motion" are no acts of "n", "r", "mo".
    if (stem.length < 3) return [];
    return replacements.map((r) => stem + r);
  }
  // A verb used as its own noun: "Review of 1,400 contracts", "the audit of 30 stores", "move (130 pipelines)".
  return !NOT_ZERO_DERIVED.has(w) && isWorkVerb(w) ? [w] : [];
}

/** The past forms a verb base may take ("migrate" → migrated, "scan" → scaned, "clean" → cleaned; the reader keeps the listed one). */
export function pastFormsOf(base: string): string[] {
  if (base.endsWith('e')) return [`${base}d`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ied`];
  const last = base[base.length - 1];
  return /[^aeiouwxy]$/.test(base) && /[aeiou][^aeiou]$/.test(base) ? [`${base}ed`, `${base}${last}ed`] : [`${base}ed`];
}

/**
 * Endings whose nouns name a thing as often as an act ("capital", "insurance", "culture", "production" of a
 * play): read only by a caller that then asks for a verb of work (writer-acts.ts: "assistance" → assist,
 * "guidance" → guide, "rental" → rent, "enclosure" → enclose, "induction" → induce).
 */
const WIDE_SUFFIX_RULES: readonly (readonly [string, readonly string[]])[] = [
  ['uction', ['uce']],
  ['ance', ['', 'e']],
  ['ence', ['', 'e']],
  ['al', ['', 'e']],
  ['ure', ['e']],
];

/**
 * actNounVerbs, and the candidates of the endings that name things as often as acts (WIDE_SUFFIX_RULES): for
 * a caller that keeps only a verb of work.
 */
export function actNounVerbsWide(word: string): readonly string[] {
  const verbs = actNounVerbs(word);
  const w = word.toLowerCase();
  if (NOT_ACT_NOUNS.has(w)) return verbs;
  for (const [suffix, replacements] of WIDE_SUFFIX_RULES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    const wide = replacements.map((r) => w.slice(0, -suffix.length) + r).filter((v) => !RELATION_VERBS.has(v));
    return [...verbs, ...wide];
  }
  return verbs;
}
