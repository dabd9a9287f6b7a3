// Building a Quantity record from a matched span, including whether a result verb governs it
// ("processed 20,000 pictures"). One constructor, so every pattern fills the record the same way.
import type { Token } from '../language/tokenize';
import type { Quantity, QuantityKind } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';
import { ACTION_BASE, IRREGULAR_PAST, STATIVE, isPastForm } from '../language/verbs';
import { isLeadable, isPartyNoun, isServedNoun } from './scale';
import { EXTENT_VERBS, RUN_PLACES, STAFFING_VERBS, WORK_THROUGH_VERBS, irregularBase } from '../language/lexicon';
import { governorOf } from './quantity-governor';
import { averagedStart, recursLater } from './quantity-phrase';
import { isBaseFormLead } from '../lines/base-form-leads';
import { holdsTrigger, triggerWords } from '../language/trigger-words';
import { pastFormsOf } from '../language/act-nouns';
import { figureValue } from './number-words';
import { nominalActAt, type NominalAct } from './quantity-nominal-acts';

// Verbs that work through a volume are a lemma family (WORK_THROUGH_VERBS, lexicon): the count is what the
// work processed, both a measure of it and the size of what it handled ("processed 20,000 pictures",
// "migrated 220 services", "rewired 45 houses", "2,000 boilers serviced"). Work items fixed or answered one
// by one ("triaged hundreds of crash reports") are counts delivered.

/** Whether `verb` (any form) is a verb that works through a volume. */
function isVolumeVerb(verb: string): boolean {
  return WORK_THROUGH_VERBS.has(verb);
}

/** A past form of a volume verb ("replaced", "catalogued"): the job is done, not an ongoing load. */
function isFinishedVolume(word: string): boolean {
  return (word.endsWith('ed') || irregularBase(word) !== undefined) && isVolumeVerb(word);
}

/**
 * The past volume verb right after the count's phrase ending at `end`: "2,000 boilers serviced", "80 beds
 * relocated"; past one plural noun the phrase's head was read short of ("2,000 gas boilers serviced").
 */
function finishedVolumeAfter(tokens: Token[], index: number, end: number): string | undefined {
  let at = index;
  while (at < tokens.length && tokens[at].start < end) at++;
  if (at >= tokens.length) return undefined;
  const plural = tokens[at];
  if (
    plural.kind === 'word' &&
    plural.lower.endsWith('s') &&
    !plural.lower.endsWith('ss') &&
    !isVolumeVerb(plural.lower)
  )
    at++;
  const next = tokens[at];
  if (next?.kind !== 'word' || next.text !== next.lower) return undefined;
  return isFinishedVolume(next.lower) ? next.lower : undefined;
}

/** No word before token `k`: the verb opens the line (markup and bullets aside). */
function opensLine(tokens: Token[], k: number): boolean {
  for (let p = k - 1; p >= 0; p--) if (tokens[p].kind === 'word') return false;
  return true;
}

/** Determiners between "all" and the count: "all our four shops", "all the 12 classrooms". */
const WHOLE_DETERMINERS = new Set(['the', 'our', 'my', 'their', 'its', 'his', 'her']);

/** "all 12 classrooms", "all our four shops", "(all 31)": the count is the whole of a set. */
function isWholeCount(tokens: Token[], index: number): boolean {
  let k = index - 1;
  if (WHOLE_DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'all';
}

/**
 * "replace the 24-layer teacher", "migrated the 40-node cluster": a count joined to a singular noun by a
 * hyphen describes one thing, it counts nothing worked through ("40-odd houses" still counts houses).
 */
function isModifierCount(text: string): boolean {
  return /^[\d.,]+-[a-z]+$/i.test(text) && !/-odd$/i.test(text);
}

// Verbs that make a counted thing a result of the work ("processed 20,000 pictures", "hired 12").
const RESULT_VERBS = new Set([
  'triaged',
  'resolved',
  'handled',
  'answered',
  'reviewed',
  'deleted',
  'removed',
  'hired',
  'hiring',
  'recruited',
  'trained',
  'mentored',
  'coached',
  // "precepted 9 new graduate nurses": a nurse's word for mentoring new staff through their first weeks.
  'precepted',
  'interviewed',
  'signed',
  'won',
  'acquired',
  'converted',
  'sold',
  'closed',
  'reached',
  'attracted',
  'added',
  'grew',
  'grown',
  'scaled',
  'gained',
  'saved',
  'recovered',
  'retained',
  'eliminated',
  'fixed',
  'automated',
  'doubled',
  'tripled',
  'raised',
  'generated',
  'collected',
  'delivered',
  'published',
  'released',
  'shipped',
  'launched',
  'built',
  'landed',
]);

// Result verbs whose count is what the work won or developed, not the size of the context
// (RUBRIC-NOTES): people hired, trained, coached or mentored ("hired 4 engineers"), accounts won and
// users brought in ("won 14 new accounts"). A metric only; the size a base reached ("grew to 900
// members") and a volume worked through ("migrated 220 services") also size the context.
const GAINED_VERBS = new Set([
  'hired',
  'hiring',
  'recruited',
  'trained',
  'mentored',
  'coached',
  'precepted',
  'interviewed',
  'won',
  'signed',
  'acquired',
  'attracted',
  'gained',
  'landed',
  'brought in',
]);

// Words before an "-ing" form that make it the writer's own action ("by migrating 40 services"); after
// a noun it describes that thing ("Kafka clusters moving 2 TB a day", "a center shipping 30,000 parcels").
const ING_LEADS = new Set([
  'by',
  'after',
  'before',
  'while',
  'when',
  'for',
  'in',
  'on',
  'of',
  'from',
  'through',
  'without',
  'and',
  'or',
  'also',
  'then',
  'including',
  'started',
  'began',
  'finished',
  'kept',
  'spent',
  'i',
  'we',
  'was',
  'were',
  'am',
  'is',
  'are',
  'been',
]);

/** The listed past form of a base form ("consolidate" → "consolidated", "save" → "saved"), if any. */
function pastOfBase(lower: string): string | undefined {
  return baseForms().get(lower);
}

// Base form → listed past form, derived once from RESULT_VERBS ("save" → "saved", "process" → "processed").
let bases: Map<string, string> | undefined;
function baseForms(): Map<string, string> {
  if (bases) return bases;
  bases = new Map();
  for (const v of RESULT_VERBS) {
    if (!v.endsWith('ed')) continue;
    for (const base of [v.slice(0, -1), v.slice(0, -2)])
      if (base.length > 3 && !RESULT_VERBS.has(base) && !bases.has(base)) bases.set(base, v);
  }
  return bases;
}

/**
 * The word as a result verb: itself when listed, or an inflection of a verb that works through a volume
 * ("catalogued", "servicing", "rewired"); the listed past of a base form, or a volume verb's base form given
 * as its past ("migrate" → "migrated"), which resultVerbAt reads only where a verb stands; or ''. A volume
 * verb's "-s" form is left out: "services", "audits", "moves" are nouns as often as verbs.
 */
function resultVerbOf(lower: string): string {
  if (RESULT_VERBS.has(lower)) return lower;
  const past = pastOfBase(lower);
  if (past !== undefined) return past;
  const lemma = WORK_THROUGH_VERBS.lemmaOf(lower);
  if (lemma === undefined) return '';
  if (lemma === lower) return pastFormsOf(lemma)[0];
  return lower.endsWith('ed') || lower.endsWith('ing') || irregularBase(lower) !== undefined ? lower : '';
}

/**
 * The result verb at token `k`, as its listed form: a listed form ("saved", "processing"), or a base
 * form where a verb stands ("Save thousands/month", "to consolidate 40 million rows"), not a noun
 * ("manual reviews") or "close to".
 */
function resultVerbAt(tokens: Token[], k: number): string | undefined {
  const t = tokens[k];
  const lower = t.lower;
  const verb = t.facts ? (t.facts.resultVerb ??= resultVerbOf(lower)) : resultVerbOf(lower);
  if (verb === '') return undefined;
  if (verb === lower) return lower; // a listed form (a base form's past is always another word)
  const past = verb;
  if (tokens[k + 1]?.lower === 'to') return undefined;
  let p = k - 1;
  while (p >= 0 && tokens[p].kind === 'symbol') p--;
  if (p < 0 || BASE_VERB_LEADS.has(tokens[p].lower)) return past;
  // "Clean the customer table, remove about 2 million records": a base-form line's next act after a comma
  // is read as its past form is (base-form-leads.ts).
  return tokens[k - 1]?.text === ',' && opensWithBaseFormAct(tokens) ? past : undefined;
}

/** The line opens with a base-form act and its object ("Clean the customer table, …"): base-form-leads.ts. */
function opensWithBaseFormAct(tokens: Token[]): boolean {
  if (tokens.length < 4 || tokens[0].kind !== 'word') return false;
  return isBaseFormLead([tokens[0].lower, tokens[1].lower, tokens[2].lower, tokens[3].lower], 0);
}
const BASE_VERB_LEADS = new Set(['to', 'and', 'i', 'we', 'will', 'would', 'can', 'could', 'helped', 'help', 'helps']);

/**
 * Whether the result verb at `k` is the writer's: an "-ing" form right after a noun, or a verb after
 * "that"/"which", tells what a system or a place does ("a service that handled 5,000 orders an hour").
 */
function writersVerb(tokens: Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && tokens[p].kind === 'symbol' && tokens[p].text !== ',' && tokens[p].text !== '(') p--;
  const prev = p >= 0 ? tokens[p] : undefined;
  if (!prev || prev.kind !== 'word') return true;
  // "a service that handled 5,000 orders an hour" tells what a thing does; "the layout that replaced 40
  // replicas" tells a finished job's volume, whoever's hands did it: a past volume verb is read as the work's.
  if (prev.lower === 'that' || prev.lower === 'which')
    return isFinishedVolume(tokens[k].lower) && !recursLater(tokens, k + 1);
  if (!tokens[k].lower.endsWith('ing')) return true;
  return ING_LEADS.has(prev.lower) || PARTICLES.has(prev.lower) || prev.lower === 'up' || prev.lower.endsWith('ly');
}

// Participles that make "by N <things>" the count of adopters: "adopted by 5 squads".
const ADOPTION_PARTICIPLES = new Set(['adopted', 'reused', 'embraced']);

// Words right after a number that make it an increment: "two additional analysts", "3 extra servers".
const INCREMENT_WORDS = new Set(['additional', 'extra', 'more']);

// Verbs that describe what the work sits in, not what it produced: "serving 200 brokers to 9 desks",
// "supported 4 product lines", "used by 3 kiosk apps".
const CONTEXT_VERBS = new Set([
  'serving',
  'served',
  'serves',
  'supporting',
  'supported',
  'supports',
  'powering',
  'powered',
  'powers',
  'used',
  // "a station which reaches one in three adults": the audience a thing has, not one the work won.
  'reaches',
  'reaching',
  // What the writer keeps running is the context of the job, not output ("maintained 2 legacy apps",
  // "owned 6 services", "administered 200 Linux hosts"): scale, like "supported 4 product lines".
  'maintain',
  'maintains',
  'maintained',
  'maintaining',
  'own',
  'owns',
  'owned',
  'owning',
  'operate',
  'operates',
  'operated',
  'operating',
  'administer',
  'administers',
  'administered',
  'administering',
  // Money handed out sizes what the writer administered ("allocated $40,000 to 12 clubs"); it is not
  // money the work saved or earned.
  'allocated',
  'allocating',
  'allocates',
  'disbursed',
  'disbursing',
]);

/**
 * Whether the nearest verb before the number in its clause describes the context. Stops at a clause
 * break or a result verb.
 */
function contextGoverned(tokens: Token[], index: number): boolean {
  const change = CHANGE_LEADS.has(tokens[index - 1]?.lower ?? '');
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol' && (w.text === ',' || w.text === ';' || w.text === '(' || w.text === ':' || w.text === '—'))
      return false;
    // "raised CSAT of the onboarding flow by 11 points": an "-ing" form after a determiner names the
    // thing whose measure changed; it is no verb that could make the change a size.
    if (change && w.lower.endsWith('ing') && NOUN_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (resultVerbAt(tokens, k) !== undefined) return !writersVerb(tokens, k);
    if (CONTEXT_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** Words right before the amount of a change: "by 11 points", "went up 9 points". */
const CHANGE_LEADS = new Set(['by', 'up', 'down']);

/** Words after which an "-ing" form is a noun or a modifier, not a verb: "the onboarding flow". */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her', 'its', 'your', 'this', 'that']);

// Particles of phrasal verbs between the verb and the number: "closed out 200 tickets".
const PARTICLES = new Set(['over', 'out', 'down', 'off', 'through', 'back']);

// Words between a verb and its counted object that keep the verb governing it: "gave a dozen talks".
const OBJECT_LEADS = new Set([
  'a',
  'an',
  'the',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'roughly',
  'between',
]);

/** Forms of "be", "have" and "do" (and "got") that are no action verb of their own. */
const AUXILIARY_FORMS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'being', 'did', 'got']);

/**
 * The action verb whose object the number is ("gave 8 talks", "wrote 40 articles", "broadcast a
 * dozen sessions"), found past articles and approximators: its token index, or -1 when a context
 * verb, a preposition or a clause break comes first.
 */
function objectVerbAt(tokens: Token[], index: number): number {
  // "a 50K SLOC codebase", "a $70M program": digits after "a" size a single thing.
  if (afterArticle(tokens, index)) return -1;
  // "settled an average of 18 claims a week": the verb governs the averaged number.
  const from = averagedStart(tokens, index);
  for (let k = (from < index ? from + 1 : index) - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol') {
      if (w.text === '~' || w.text === '+' || w.text === '$') continue;
      return -1;
    }
    if (w.kind !== 'word') return -1;
    seen++;
    if (OBJECT_LEADS.has(w.lower)) continue;
    // "shipped close to 300 orders", "sold in excess of 300": two words that round the number, not a preposition.
    const prev = tokens[k - 1]?.lower;
    if (
      (w.lower === 'to' && prev === 'close') ||
      (w.lower === 'of' && prev === 'excess' && tokens[k - 2]?.lower === 'in')
    ) {
      k -= w.lower === 'to' ? 1 : 2;
      continue;
    }
    // "expanded to 4 engineers", "up to 40": a preposition, not an object.
    if (w.lower === 'to' || w.lower === 'up' || w.lower === 'from' || w.lower === 'by') return -1;
    if (APPROXIMATORS.has(w.lower)) continue;
    if (CONTEXT_VERBS.has(w.lower) || STATIVE.has(w.lower)) return -1;
    return (isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower) || ACTION_BASE.has(w.lower)) &&
      !AUXILIARY_FORMS.has(w.lower)
      ? k
      : -1;
  }
  return -1;
}

/** Whether the number is the object of an action verb of the writer's: a count of things delivered. */
function deliveredBy(tokens: Token[], index: number): boolean {
  return objectVerbAt(tokens, index) >= 0;
}

// Verbs of leading what is already there (RUBRIC-NOTES "Team sizes under a leading verb"): the people
// or estate they govern are the job's context ("managed 12 engineers", "oversaw 3 teams"), scale and
// no metric; what they govern otherwise ("led 3 launches") is work delivered.
const LEADING_VERBS = new Set([
  'manage',
  'manages',
  'managed',
  'managing',
  'lead',
  'leads',
  'led',
  'leading',
  'supervise',
  'supervises',
  'supervised',
  'supervising',
  'oversee',
  'oversees',
  'oversaw',
  'overseeing',
  'direct',
  'directs',
  'directed',
  'directing',
  'head',
  'heads',
  'headed',
  'heading',
  'coordinate',
  'coordinates',
  'coordinated',
  'coordinating',
  'run',
  'runs',
  'ran',
  'running',
]);

// Plural nouns of things, not people, that end like agent nouns ("orders", "chapters", "vendors" aside).
const NOT_AGENTS = new Set([
  'orders',
  'answers',
  'offers',
  'papers',
  'chapters',
  'letters',
  'numbers',
  'errors',
  'headers',
  'parameters',
  'filters',
  'factors',
  'indicators',
  'vectors',
  'layers',
  'markers',
  'banners',
  'posters',
  'flyers',
  'covers',
  'centers',
  'centres',
  'sectors',
  'corridors',
  'projectors',
  'registers',
  'triggers',
  'matters',
  'quarters',
  'hours',
  'others',
]);

/**
 * A plural agent noun: people named by what they do ("pharmacists", "technicians", "cashiers",
 * "auditors", "trainees"). The staff lists cannot name every trade; a leading verb over such a count
 * leads people, whatever their trade.
 */
function isAgentPlural(head: string): boolean {
  return /^[a-z]{3,}(?:ists|ians|ers|ors|ees)$/.test(head) && !NOT_AGENTS.has(head) && !isServedNoun(head);
}

// Prepositions after which a count sizes what the work sits in: "a lab for hundreds of phones", "meetups with 40 attendees".
const SIZING_PREPOSITIONS = new Set([
  'with',
  'for',
  'of',
  'across',
  'among',
  'to',
  'between',
  'containing',
  'including',
]);

/** Digits right after "a"/"an", currency or "~" aside: "a 50K SLOC codebase", "a $70M program". */
function afterArticle(tokens: Token[], index: number): boolean {
  if (tokens[index].kind !== 'number') return false;
  let k = index - 1;
  while (
    k >= 0 &&
    tokens[k].kind === 'symbol' &&
    (tokens[k].text === '$' || tokens[k].text === '~' || tokens[k].text === '€' || tokens[k].text === '£')
  )
    k--;
  return tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an';
}

/**
 * The act noun that governs the number at `index`, unless a context verb governs the clause ("supported the
 * migration of 300 users") or a bracket after the noun counts people ("Platform migration (12 engineers)":
 * the team, not the work).
 */
function nominalAct(tokens: Token[], index: number, head: string | undefined): NominalAct | undefined {
  const act = nominalActAt(tokens, index);
  if (act === undefined || contextVerbBefore(tokens, act.at)) return undefined;
  const bracketed = tokens[act.at + 1]?.text === '(';
  if (
    bracketed &&
    head !== undefined &&
    (isLeadable(head) || isAgentPlural(head) || isPartyNoun(head) || isServedNoun(head))
  )
    return undefined;
  return act;
}

/** Verbs of watching over what is there ("Monitoring of 40 servers", "Tracking of 12 KPIs"): a remit, like "maintained". */
const KEEPING_PASTS = new Set(['monitored', 'tracked', 'watched']);

/** The role an act noun gives its number: what its verb would give the verb's object. */
interface NominalRole {
  readonly act: NominalAct;
  /** context: a remit kept or led; result / volume: a listed result verb, or hundreds worked through; delivered: work done. */
  readonly role: 'context' | 'result' | 'volume' | 'delivered';
  /** The result verb's past form, when one is listed ("migration" → migrated). */
  readonly past?: string;
}

/**
 * How the act noun over the number at `index` governs it: "Maintenance of 40 turbines", "Management of 12
 * engineers" name a remit (context, scale); "migration (60 DAGs)", "the onboarding of 14 nurses" take the
 * listed result verb's reading; "Digitisation of 12,000 files", "the tuning of more than 200 rules" are
 * hundreds of things worked through, a finished job's volume (RUBRIC-NOTES "System throughput": metric and
 * scale); a smaller count is work delivered ("Installation of 64 fittings": metric).
 */
function nominalRole(
  tokens: Token[],
  index: number,
  head: string | undefined,
  text: string,
  kind: QuantityKind,
): NominalRole | undefined {
  const act = nominalAct(tokens, index, head);
  if (act === undefined) return undefined;
  const pasts = act.verbs.flatMap(pastFormsOf);
  if (pasts.some((p) => CONTEXT_VERBS.has(p) || LEADING_VERBS.has(p) || KEEPING_PASTS.has(p)))
    return { act, role: 'context' };
  const past = pasts.find((p) => RESULT_VERBS.has(p) || isVolumeVerb(p));
  if (past !== undefined) return { act, role: isVolumeVerb(past) ? 'volume' : 'result', past };
  return { act, role: isHundredsOrMore(text, kind) ? 'volume' : 'delivered' };
}

/** A context verb ("supported", "maintained", "used") in the clause before token `at`. */
function contextVerbBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol' && CLAUSE_BREAKS.has(w.text)) return false;
    if (CONTEXT_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** Symbols that end a clause for contextVerbBefore. */
const CLAUSE_BREAKS = new Set([',', ';', '(', ':', '—']);

/** A count of hundreds or more: "12,000", "300+", "2.5k", "hundreds of". */
function isHundredsOrMore(text: string, kind: QuantityKind): boolean {
  if (kind === 'magnitude') return true;
  const value = figureValue(text);
  return value !== undefined && value >= 100;
}

/** Whether the number hangs on a sizing preposition, or on "a"/"an" that makes it a modifier ("a 50K SLOC codebase"). */
function sizedBy(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol') {
      // "for ~40", "for $2M", "for £1.2m", "for €300k": a sign of the number's phrase, any currency's.
      if (w.text === '~' || w.text === '+' || w.text === '$' || w.text === '£' || w.text === '€' || w.text === '≈')
        continue;
      return false;
    }
    if (w.kind !== 'word') return false;
    if (APPROXIMATORS.has(w.lower) && w.lower !== 'over') continue;
    if (w.lower === 'a' || w.lower === 'an') return afterArticle(tokens, index);
    return SIZING_PREPOSITIONS.has(w.lower);
  }
  return false;
}

// Prepositions that spread the work over a context: "across 4 regions", "among 30 stores".
const SPREAD_PREPOSITIONS = new Set(['across', 'among', 'throughout', 'spanning']);

/** Words between a spreading preposition and the number: "across all four depots", "across the stadium's four stands". */
const SPREAD_DETERMINERS = new Set(['the', 'all', 'our', 'their', 'its', 'my', 'his', 'her', 'both']);

/** The word before the number (approximators, determiners and a possessive aside) spreads the work over a context. */
function spreadBy(tokens: Token[], index: number): boolean {
  let k = index - 1;
  for (let skipped = 0; k >= 0 && skipped < 4; k--, skipped++) {
    const t = tokens[k];
    if (t.kind === 'symbol' || (APPROXIMATORS.has(t.lower) && t.lower !== 'over')) continue;
    if (SPREAD_DETERMINERS.has(t.lower) || (t.kind === 'word' && t.lower.endsWith("'s"))) continue;
    break;
  }
  return k >= 0 && SPREAD_PREPOSITIONS.has(tokens[k].lower);
}

const PARTITIVE_DETERMINERS = new Set(['the', 'my', 'our', 'their', 'his', 'her', 'its', 'those', 'these']);

/** No word before token `index` (only markup or a bullet within a few tokens of the start). */
function opensSentence(tokens: Token[], index: number): boolean {
  if (index > 6) return false;
  for (let k = index - 1; k >= 0; k--) if (tokens[k].kind !== 'symbol') return false;
  return true;
}

/** "worst", "slowest", "most": the writer's own selection ("rewrote the 14 worst tests"), not a set the reader knows. */
function isSuperlative(lower: string | undefined): boolean {
  return (
    lower !== undefined &&
    (lower === 'most' || lower === 'worst' || lower === 'best' || /^[a-z]{3,}iest$|^[a-z]{2,}[^aeiou]est$/.test(lower))
  );
}

/** The "-ing" extent verbs describedExtent reads ("covering", "spanning"): a sentence without one is passed over. */
const EXTENT_ING_TRIGGER = triggerWords(
  'described-extent',
  (lower) => lower.endsWith('ing') && EXTENT_VERBS.has(lower),
);

/**
 * "a courier firm covering 14 towns", "a desk handling 300 calls a day": a number that hangs on an
 * "-ing" form of an extent verb right after a noun describes that thing's size, the context, not
 * something the writer did ("by handling 300 calls" stays the writer's).
 */
function describedExtent(tokens: Token[], index: number): boolean {
  // Only an "-ing" extent verb can govern the number so: most sentences hold none, and then the governor is
  // never looked for (one trigger bit per sentence, trigger-words.ts).
  if (!holdsTrigger(tokens, EXTENT_ING_TRIGGER)) return false;
  const g = governorOf(tokens, index);
  return g > 0 && tokens[g].lower.endsWith('ing') && EXTENT_VERBS.has(tokens[g].lower) && !writersVerb(tokens, g);
}

export function quantity(
  start: number,
  end: number,
  sentence: string,
  kind: QuantityKind,
  extra: { head?: string; group?: string; change?: boolean; vagueMoney?: boolean; tokens?: Token[]; index?: number },
): Quantity {
  let result = false;
  let gained = false;
  let verb: string | undefined;
  if (extra.tokens && extra.index !== undefined) {
    // A result verb up to three words before the number (skipping approximators, and the group noun
    // the number sizes: "processed a backlog of 3,000 invoices").
    // "closed an average of 22 files a month": the search starts before "an average of".
    for (let k = averagedStart(extra.tokens, extra.index) - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const w = extra.tokens[k];
      if (w.kind === 'symbol') continue;
      seen++;
      // "brought in 500 trial users", "brought on 14 new clients": a phrasal verb of winning.
      const listed =
        (w.lower === 'in' || w.lower === 'on') && /^(brought|bring|bringing)$/.test(extra.tokens[k - 1]?.lower ?? '')
          ? 'brought in'
          : resultVerbAt(extra.tokens, k);
      if (listed !== undefined) {
        if (isVolumeVerb(listed) && isModifierCount(sentence.slice(start, end))) break;
        // "Servicing the boilers of 30 council schools", "Processing ~1,100 invoices a month": a volume verb's
        // "-ing" opening a line with no doer is a standing duty, the job's remit, not a finished job's volume.
        // "Servicing of 2,000 boilers since 2015" is a noun of the work, read as its verb's object is.
        if (
          isVolumeVerb(listed) &&
          listed.endsWith('ing') &&
          extra.tokens[k + 1]?.lower !== 'of' &&
          opensLine(extra.tokens, k)
        )
          break;
        result = writersVerb(extra.tokens, listed === 'brought in' ? k - 1 : k);
        if (result) verb = listed;
        // "a referral program that brought in 18,000 sign-ups": won by the work, whoever its subject.
        gained = GAINED_VERBS.has(listed);
        break;
      }
      if (w.lower === 'by' && ADOPTION_PARTICIPLES.has(extra.tokens[k - 1]?.lower ?? '')) {
        result = true;
        break;
      }
      if (
        !APPROXIMATORS.has(w.lower) &&
        !PARTICLES.has(w.lower) &&
        w.lower !== 'the' &&
        w.lower !== 'a' &&
        w.lower !== 'between' &&
        // "landed our first three customers", "trained all 12 team leads"
        w.lower !== 'our' &&
        w.lower !== 'all' &&
        w.lower !== 'first' &&
        !(extra.group !== undefined && (w.lower === 'of' || w.lower === extra.group))
      )
        break;
    }
  }
  const tokens = extra.tokens;
  const index = extra.index;
  const lead = tokens !== undefined && index !== undefined && opensSentence(tokens, index);
  // "managed 12 engineers", "oversaw 3 teams": people or an estate a leading verb governs size the work.
  let verbAt = !result && tokens !== undefined && index !== undefined ? objectVerbAt(tokens, index) : -1;
  // "Organisation of about 35 weddings", "did the tuning of 200 rules", "migration (60 DAGs)": the work named
  // by a noun governs the number as its verb would (quantity-nominal-acts.ts).
  const nominal =
    !result && verbAt < 0 && tokens !== undefined && index !== undefined && (kind === 'count' || kind === 'magnitude')
      ? nominalRole(tokens, index, extra.head, sentence.slice(start, end), kind)
      : undefined;
  // "2,000 boilers serviced since 2011", "All 12 classrooms refitted over the summer": the count is the subject of a
  // reduced passive of a volume verb, the same finished job's volume as that verb's object.
  // "The 40 houses rewired by the old contractor" names things of the story already known, not the work's volume.
  if (!result && verbAt < 0 && nominal === undefined && tokens !== undefined && tokens[index! - 1]?.lower !== 'the') {
    const passive = finishedVolumeAfter(tokens, index!, end);
    if (passive !== undefined) {
      result = true;
      verb = passive;
    }
  }
  let group = extra.group;
  // "Organisation of 35 weddings": the noun is the work, not a group the number sizes.
  if (nominal !== undefined && group === tokens![nominal.act.at].lower) group = undefined;
  if (nominal?.role === 'result' || nominal?.role === 'volume') {
    result = true;
    verb = nominal.past;
    gained = nominal.past !== undefined && GAINED_VERBS.has(nominal.past);
  } else if (nominal?.role === 'delivered') verbAt = nominal.act.at;
  const act = nominal?.act;
  const governing = verbAt >= 0 && act === undefined ? tokens![verbAt].lower : undefined;
  const led =
    governing !== undefined &&
    extra.head !== undefined &&
    ((LEADING_VERBS.has(governing) &&
      (isLeadable(extra.head) || isAgentPlural(extra.head) || RUN_PLACES.has(extra.head))) ||
      // "rostered 220 drivers", "scheduled 30 nurses": people placed on a schedule, as people led.
      (STAFFING_VERBS.has(governing) &&
        ((isPartyNoun(extra.head) && !isServedNoun(extra.head)) || isAgentPlural(extra.head))));
  const increment =
    extra.tokens !== undefined &&
    extra.index !== undefined &&
    INCREMENT_WORDS.has(extra.tokens[extra.index + 1]?.lower ?? '');
  return {
    start,
    end,
    text: sentence.slice(start, end),
    kind,
    head: extra.head,
    group,
    change: (extra.change ?? false) || increment,
    result,
    perTime: false,
    context:
      led ||
      nominal?.role === 'context' ||
      (tokens !== undefined && index !== undefined && describedExtent(tokens, index)) ||
      (!result &&
        extra.tokens !== undefined &&
        extra.index !== undefined &&
        contextGoverned(extra.tokens, extra.index)),
    delivered: !result && verbAt >= 0 && !led,
    sizing: tokens !== undefined && index !== undefined && sizedBy(tokens, index),
    lead,
    // People moved, screened or onboarded ("moved two agents onto mornings", "onboarded 14 customers") follow the
    // people rules (RUBRIC-NOTES): the people of the story, or people served or won, never a processed volume.
    // "Inspected all 4 fire exits every Monday": the whole of a set on a schedule is a standing duty's round.
    whole:
      tokens !== undefined && index !== undefined && isWholeCount(tokens, index) && !recursLater(tokens, index + 1),
    volume:
      nominal?.role === 'volume' ||
      (verb !== undefined && isVolumeVerb(verb) && !(extra.head !== undefined && isPartyNoun(extra.head))),
    gained,
    increment: increment && extra.tokens![extra.index! + 1].lower === 'more',
    known:
      !result &&
      tokens !== undefined &&
      index !== undefined &&
      tokens[index - 1]?.lower === 'the' &&
      !(isSuperlative(tokens[index + 1]?.lower) && deliveredBy(tokens, index)),
    spread: tokens !== undefined && index !== undefined && spreadBy(tokens, index),
    partitive:
      lead &&
      tokens !== undefined &&
      index !== undefined &&
      tokens[index + 1]?.lower === 'of' &&
      PARTITIVE_DETERMINERS.has(tokens[index + 2]?.lower ?? ''),
    // The roles the scan sets later (quantities.ts), present from the start so every quantity has one
    // shape: the many rules that read quantities then read one layout, not dozens.
    fromTo: undefined,
    range: undefined,
    adopters: undefined,
    reached: undefined,
    participants: undefined,
    allowance: undefined,
    tenure: undefined,
    planned: undefined,
    window: undefined,
    populationShare: undefined,
    programMoney: undefined,
    shift: undefined,
    handled: undefined,
    led: undefined,
    titleFigure: undefined,
    limit: undefined,
    evidence: undefined,
    held: undefined,
  };
}
