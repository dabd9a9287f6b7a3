// Did the writer do something? One predicate for every reader that needs the writer's act: the claim reader
// (is the line a claim at all) and the outcome readers that want an act before the result they read ("Built
// the rota tool, now the whole ward uses it"). Each used to walk its own shapes, so a writer one step off
// ("Build rota tool …, now the ward use it", "Priya and me did …", "Was part of the team that moved …") fell
// between them. The shapes are data here:
//   - subjects: "I"/"we", a joint subject with the writer in it ("me and Jonas", "Priya and me", "my manager
//     and I"), or none (a résumé line's elided subject);
//   - verbs, looked up by lemma (work-act-words.ts and the other lists of work verbs), a prefix set aside
//     ("rewire" → "wire"): past ("repaired"), base ("Repair tractors …", "I sign off …"), perfect ("I have
//     built"), "did" as a main verb ("we did the stocktake");
//   - a status marker before a line's act ("DONE move runners …": the checkbox and org "* DONE" are markup
//     the splitter drops already);
//   - an elided subject's membership or remit: "Was part of the team that moved …", "Was tasked with the
//     responsibility of …";
//   - the act named by a noun made from its verb, opening a verbless line ("Collaboration with the CERT team",
//     "Organisation of about 35 weddings", "Renewal of the fleet insurance"): the noun is read back to its verb
//     by its suffix (act-nouns.ts: organisation → organise, renewal → renew, assistance → assist) and that
//     verb's lemma must be a verb of work, so no noun is listed as an act.
// What is no act: a to-do ("TODO …"), a state or a liking ("me and my husband love …", "grew up on a farm"),
// a burden ("Was saddled with debt"), others' acts. Goals, skills lists, headings, questions and job-ad
// imperatives are vetoed by the claim reader before it asks (claims.ts), and the outcome readers ask only
// about the words before their result.
import {
  AMBIGUOUS_PAST,
  IRREGULAR_PAST,
  SPEECH_PAST,
  STATIVE,
  isGerund,
  isParticiple,
  isPastForm,
} from '../language/verbs';
import { FIRST_PERSON, MODAL_VERBS } from '../language/lexicon';
import { isBaseFormLead } from '../lines/base-form-leads';
import { actNounVerbs, actNounVerbsWide } from '../language/act-nouns';
import { isWorkVerb, phrasalWorkVerbAt } from '../language/work-verbs';

/** How the act is told: its subject's shape. */
export type WriterActKind =
  'first-person' | 'joint' | 'past-lead' | 'base-lead' | 'member' | 'remit-given' | 'nominal' | 'inverted-passive';

/** The writer's act found in a line's words: its kind and the index of its verb. */
export interface WriterAct {
  present: boolean;
  kind?: WriterActKind;
  /** The verb's index in the words, -1 when there is none. */
  verb: number;
}

const NONE: WriterAct = { present: false, verb: -1 };

/** Status markers a line's act may follow: "DONE move ci runners …", "Done: repaired the gate". */
const DONE_MARKERS = new Set(['done']);
/** Markers of an act not done yet: "TODO move …", "TBD: …", "WIP …". */
const OPEN_MARKERS = new Set(['todo', 'tbd', 'wip', 'pending', 'planned', 'next']);
/** Is the word a marker of an act not done yet ("TODO", "TBD", "WIP", "planned")? */
export function isOpenMarker(word: string | undefined): boolean {
  return word !== undefined && OPEN_MARKERS.has(word);
}
/** Opening past forms that tell no act: "Was …", "Had …", "Used to …". */
const NOT_ACT_LEADS = new Set(['was', 'were', 'had', 'used']);
/** The writer's forms in a joint subject ("me and Jonas", "Priya and I"). */
const JOINT_WRITER = new Set(['me', 'i', 'myself']);
/** Nouns of a group the writer was part of: "part of the team that moved …". */
const GROUP_NOUNS = new Set(['team', 'group', 'crew', 'squad', 'committee', 'taskforce', 'panel', 'project', 'unit']);
/** Participles that hand the writer a remit: "was tasked with", "was entrusted with", "was saddled with". */
const REMIT_GIVEN = new Set(['tasked', 'entrusted', 'charged', 'saddled', 'trusted', 'given', 'handed']);
/** Nouns of a remit after those participles: "with the responsibility of …", "with the job of …". */
const REMIT_NOUNS = new Set(['responsibility', 'responsibilities', 'job', 'task', 'duty', 'duties', 'role', 'care']);
/** Words after a base form that show it is a noun or a title, not a verb: "Plan is", "Test lead". */
const NOT_OBJECTS = new Set([
  'is',
  'was',
  'are',
  'were',
  "'s",
  'of',
  'to',
  'and',
  'or',
  'as',
  'at',
  'in',
  'on',
  'by',
  'from',
  'lead',
  'manager',
  'engineer',
  'officer',
  'assistant',
  'coordinator',
  'worker',
  'team',
  'experience',
  'skills',
]);

/**
 * Verbs of work whose bare form names a post, a thing or a state more often than an act ("Staff nurse", "Head
 * of", "I work as …", "Cover letter", "I serve on …"): their bare form is not read as an act; "look" only with "after".
 */
const NOT_BARE_ACTS = new Set(['staff', 'head', 'work', 'cover', 'serve', 'support']);

/** Is the bare form at `j` a verb of work told as an act ("Build …", "I sign off …", "I look after …")? */
export function isBareWorkVerbAt(words: readonly string[], j: number): boolean {
  const v = words[j];
  if (v === undefined || NOT_BARE_ACTS.has(v) || !isBareForm(v) || !isWorkVerb(v)) return false;
  return v !== 'look' || words[j + 1] === 'after';
}

/**
 * The verb of work a noun is made from, by its suffix (act-nouns.ts undoes it: "collaboration" → collaborate,
 * "renewal" → renew, "assistance" → assist); undefined when the noun is made from no verb of work
 * ("department", "experience", "station"), names a body, a post or a credential, or is a gerund or the verb's
 * own bare form ("Review", "tuning": read as verbs elsewhere).
 */
export function actNounLemma(noun: string | undefined): string | undefined {
  if (noun === undefined || noun.length < 6 || noun.endsWith('ing')) return undefined;
  for (const verb of actNounVerbsWide(noun)) if (verb !== noun && isBareForm(verb) && isWorkVerb(verb)) return verb;
  return undefined;
}

/**
 * Is the word a noun made from a verb (act-nouns.ts: "realisation", "conduction", "collaboration", "renewal"),
 * whether or not the work lists know the verb? A plural is read by its singular; a gerund and a verb's own
 * bare form are left to the verb readers.
 */
export function isActNoun(word: string | undefined): boolean {
  if (word === undefined || word.endsWith('ing')) return false;
  const noun = /(?:ions|ments)$/.test(word) ? word.slice(0, -1) : word;
  return actNounVerbs(noun).some((verb) => verb !== noun);
}

/** Words that join an act's noun to what it was over or with whom: "of", "with the CERT team", "for the ward". */
const NOMINAL_JOINERS = new Set(['of', 'with', 'for', 'to', 'in', 'on', 'at', 'across', 'between']);

/**
 * Does the word name an act by a noun of a verb of work: "collaboration", its plural "negotiations", or a
 * gerund after a modifier ("Threat modelling for …": the caller places it)?
 */
function namesAct(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (actNounLemma(word) !== undefined) return true;
  return word.endsWith('s') && actNounLemma(word.slice(0, -1)) !== undefined;
}

/**
 * A verbless line that opens with the act named by its noun, then what it was over or with whom:
 * "Collaboration with the CERT team …", "Organisation of about 35 weddings …", "Preparation and delivery of
 * the orders" (two acts joined). The index of the noun, or -1. `words` hold no punctuation.
 */
export function nominalLeadAct(words: readonly string[], k: number): number {
  if (!namesAct(words[k])) return -1;
  // "Translation and QA of …", "Design and rollout of …": a second act joined by "and".
  const j = words[k + 1] === 'and' && words[k + 2] !== undefined ? k + 3 : k + 1;
  return NOMINAL_JOINERS.has(words[j]) && words[j + 1] !== undefined ? k : -1;
}

/** Words after "never" and an act that make it a count of none, a result ("never broke a build again"). */
const NONE_SINCE_WORDS = new Set(['since', 'again', 'anymore']);

/**
 * A negated act of work at `j` (a subject's verb place, or a line's first word): "did not ship the watch app",
 * "did NOT finish the migration", "never launched the mobile app", "never rolled out the rota". What was not
 * done is no act (RUBRIC.md: a claim says what was done), as "we didn't build the warehouse" already reads.
 * The index of the negated verb, or -1. Not: a verb that is no work ("never lost a patient", "didn't drop a
 * release": a count of none, read by the zero-count readers), nor a negation with "since" after it, or "again"
 * or "anymore" after "never" (a result kept).
 */
export function negatedWorkActAt(words: readonly string[], j: number): number {
  let v: number;
  if (words[j] === 'never') v = j + 1;
  else if ((words[j] === 'did' || words[j] === 'do') && (words[j + 1] === 'not' || words[j + 1] === 'never')) v = j + 2;
  else return -1;
  const verb = words[v];
  if (verb === undefined || STATIVE.has(verb) || (!isWorkVerb(verb) && phrasalWorkVerbAt(words, v) < 0)) return -1;
  // "never broke a build again" keeps a result; "did NOT ship the watch app. again." fails once more.
  const kept = words.slice(v + 1).some((w) => w === 'since' || (words[j] === 'never' && NONE_SINCE_WORDS.has(w)));
  return kept ? -1 : v;
}

/** Be-forms after a base form and a noun that make the two a compound subject: "Repair costs were high". */
const BE_AFTER_COMPOUND = new Set(['is', 'are', 'was', 'were']);

/** A plain base form: no "-s", "-ed" or "-ing" ending. */
function isBareForm(word: string): boolean {
  return !isPastForm(word) && !IRREGULAR_PAST.has(word) && !isGerund(word) && !/[^s]s$/.test(word);
}

/** A past form that tells an act: neither a state, a speech verb nor an ambiguous form ("put", "set"). */
function isActPast(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (!isPastForm(word) && !IRREGULAR_PAST.has(word)) return false;
  return !STATIVE.has(word) && !AMBIGUOUS_PAST.has(word) && !SPEECH_PAST.has(word) && !NOT_ACT_LEADS.has(word);
}

/**
 * A line's lead act at `k`, its subject left out: a past form ("Repaired …"), or a base form of a verb of work
 * followed by its object ("Build rota tool for …", "Rewire milking parlour lights"), or any verb-shaped word
 * before a determiner (base-form-leads.ts: "Make the sales dashboard …").
 */
function leadAct(words: readonly string[], k: number): WriterActKind | undefined {
  const w = words[k];
  if (w === undefined) return undefined;
  const next = words[k + 1];
  // "did NOT finish the migration", "never rolled out the rota": what was not done.
  if (negatedWorkActAt(words, k) >= 0) return undefined;
  // Any past form leads ("Put in place …", "Cut the queue …"): a line opening with one tells what was done.
  if ((isPastForm(w) || IRREGULAR_PAST.has(w)) && !NOT_ACT_LEADS.has(w) && next !== 'by') return 'past-lead';
  if (isBaseFormLead(words, k)) return 'base-lead';
  if (next === undefined || NOT_OBJECTS.has(next)) return undefined;
  // With no determiner the object must read as one: a plain lower-case word and a word after it before any
  // mark ("Build churn model …", "Host farm for …"); "Clean licence, no points", "Shift pattern: 4 on 4 off"
  // and "Self-review H1 2026" name things.
  const then = words[k + 2];
  if (!/^[a-z]+$/.test(next) || then === undefined || !/^[a-z0-9]/.test(then)) return undefined;
  // "Repair costs were high", "Transport links are poor": a compound noun as the subject of a be-form.
  if (BE_AFTER_COMPOUND.has(then)) return undefined;
  return isBareWorkVerbAt(words, k) ? 'base-lead' : undefined;
}

/**
 * The act a line leads with at `k`, its subject left out, past a status marker ("DONE move ci runners …"): a past
 * form, or a base form of a verb of work with its object. `words` may hold clause punctuation.
 */
export function lineLeadAct(words: readonly string[], k: number): WriterAct {
  if (OPEN_MARKERS.has(words[k])) return NONE;
  const marked = DONE_MARKERS.has(words[k]) ? leadAct(words, k + 1) : undefined;
  if (marked !== undefined) return { present: true, kind: marked, verb: k + 1 };
  const kind = leadAct(words, k);
  return kind === undefined ? NONE : { present: true, kind, verb: k };
}

/** Words that open a subordinate clause before a joint subject: "When Priya and I met …" is no act told. */
const SUBORDINATE_LEADS = new Set([
  'when',
  'after',
  'before',
  'while',
  'if',
  'once',
  'since',
  'as',
  'because',
  'until',
]);

/** A joint subject with the writer at `i` ("me and Jonas", "Priya and me", "my manager and I"): its verb's index or -1. */
function jointVerb(words: readonly string[], i: number): number {
  const w = words[i];
  if (!JOINT_WRITER.has(w)) return -1;
  let from: number;
  if (words[i + 1] === 'and' && w === 'me' && i === 0) from = i + 2;
  else if (words[i - 1] === 'and' && i >= 2 && i <= 4 && !SUBORDINATE_LEADS.has(words[0])) from = i + 1;
  else return -1;
  for (let j = from; j < words.length && j <= from + 4; j++) {
    const v = words[j];
    if (MODAL_VERBS.has(v) || FIRST_PERSON.has(v)) return -1;
    if (v === 'did') return words[j + 1] === 'not' || words[j + 1] === "n't" ? -1 : j;
    if (isActPast(v)) return words[j + 1] === 'by' || words[j + 1] === 'up' ? -1 : j;
    if (j > from && (STATIVE.has(v) || v === 'have' || v === 'had' || v === 'were' || v === 'are')) return -1;
  }
  return -1;
}

/** "Was part of the (small) team that moved …": the act of a group the writer was part of. */
function memberVerb(words: readonly string[]): number {
  if (words[0] !== 'was' || words[1] !== 'part' || words[2] !== 'of') return -1;
  for (let j = 3; j < words.length && j <= 7; j++) {
    if (!GROUP_NOUNS.has(words[j])) continue;
    const rel = words[j + 1];
    const v = rel === 'that' || rel === 'which' || rel === 'who' ? j + 2 : j + 1;
    return isActPast(words[v]) || (isWorkVerb(words[v]) && !isGerund(words[v])) ? v : -1;
  }
  return -1;
}

/** "Was tasked with the responsibility of …", "Was entrusted with ordering …": a remit handed to the writer. */
function remitGivenVerb(words: readonly string[]): number {
  if (words[0] !== 'was' || !REMIT_GIVEN.has(words[1]) || words[2] !== 'with') return -1;
  const det = words[3] === 'the' || words[3] === 'a' ? 4 : 3;
  if (REMIT_NOUNS.has(words[det]) && words[det + 1] === 'of' && words[det + 2] !== undefined) return 1;
  return isGerund(words[3]) && words[4] !== undefined ? 1 : -1;
}

/** Words that open the thing done in an inverted passive: "Was carried out the migration …", "Were installed 40 meters". */
const INVERTED_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'all', 'both', 'several', 'two', 'three', 'four', 'five']);

/** Particles a participle of work may take before its object: "carried out", "set up", "drawn up", "rolled out". */
const INVERTED_PARTICLES = new Set(['out', 'up']);

/**
 * "Was carried out the migration of reporting …", "Were installed 40 smart meters …": a passive told verb first,
 * its thing after the participle, as a writer translating from a Romance or Slavic language puts the act of a
 * résumé line. The participle's index, or -1. The participle must be a verb of work and the thing must open
 * with a determiner or a count: "Was told the project …" (saying), "Was given the keys" (a thing received,
 * REMIT_GIVEN), "Was asked about …" and "Was promoted to …" (no thing after it) are no acts.
 */
function invertedPassiveVerb(words: readonly string[]): number {
  if (words[0] !== 'was' && words[0] !== 'were') return -1;
  let v = 1;
  while (words[v] === 'also' || (words[v]?.endsWith('ly') && (words[v]?.length ?? 0) > 4)) v++;
  const p = words[v];
  if (p === undefined || !isParticiple(p) || REMIT_GIVEN.has(p) || SPEECH_PAST.has(p)) return -1;
  // "carried out", "drawn up": a phrasal verb of work (work-verbs.ts), else the participle's own lemma.
  const phrasal = phrasalWorkVerbAt(words, v);
  if (phrasal < 0 && !isWorkVerb(p)) return -1;
  const o = phrasal > 0 ? phrasal : INVERTED_PARTICLES.has(words[v + 1] ?? '') ? v + 2 : v + 1;
  const opener = words[o];
  if (opener === undefined || words[o + 1] === undefined) return -1;
  return INVERTED_OBJECT_OPENERS.has(opener) || /^\d/.test(opener) ? v : -1;
}

/** The verb after "I"/"we" at `i`, past its adverbs; -1 when no act follows (a state, a modal, a plan). */
function firstPersonVerb(words: readonly string[], i: number, present: boolean): number {
  let j = i + 1;
  while (j < words.length && words[j].endsWith('ly') && words[j].length > 4) j++;
  const v = words[j];
  if (v === undefined) return -1;
  if (isActPast(v)) return j;
  // "I have built", "we have since moved": a perfect of a participle.
  if (v === 'have' || v === 'has' || v === "'ve") {
    const p = words[j + 1] === 'since' || words[j + 1] === 'also' ? j + 2 : j + 1;
    return isParticiple(words[p] ?? '') && !STATIVE.has(words[p]) ? p : -1;
  }
  // "I sign off …", "I chair the forum": a verb of work in the present, for readers that take one.
  return present && isBareWorkVerbAt(words, j) && words[j + 1] !== undefined ? j : -1;
}

/** Options: `limit`, read only acts whose verb stands before it; `present`, take "I"/"we" with a present verb of work. */
export interface WriterActOptions {
  limit?: number;
  present?: boolean;
}

/**
 * The writer's act in a line's words (lower case, no punctuation): the first one found whose verb stands
 * before `limit`. Read in order: a to-do marker vetoes the line; a status marker is passed over; then the
 * line's lead act with its subject left out, the act named by its noun ("Collaboration with …"), an elided
 * subject's membership or remit, a joint subject with the writer in it, and "I"/"we" with an act.
 */
export function writerAct(words: readonly string[], options: WriterActOptions = {}): WriterAct {
  const limit = options.limit ?? words.length;
  if (words.length === 0 || OPEN_MARKERS.has(words[0])) return NONE;
  const found = (kind: WriterActKind, verb: number): WriterAct =>
    verb >= 0 && verb < limit ? { present: true, kind, verb } : NONE;
  const lead = lineLeadAct(words, 0);
  if (lead.present) return found(lead.kind ?? 'past-lead', lead.verb);
  if (nominalLeadAct(words, 0) === 0) return found('nominal', 0);
  if (words[0] === 'was') {
    const member = memberVerb(words);
    if (member >= 0) return found('member', member);
    const remit = remitGivenVerb(words);
    if (remit >= 0) return found('remit-given', remit);
  }
  if (words[0] === 'was' || words[0] === 'were') {
    const inverted = invertedPassiveVerb(words);
    if (inverted >= 0) return found('inverted-passive', inverted);
  }
  for (let i = 0; i < words.length && i < limit; i++) {
    const joint = jointVerb(words, i);
    if (joint >= 0) return found('joint', joint);
    if (FIRST_PERSON.has(words[i])) {
      const v = firstPersonVerb(words, i, options.present === true);
      if (v >= 0 && v < limit) return found('first-person', v);
    }
  }
  return NONE;
}
