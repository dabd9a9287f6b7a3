// Third-person lines: a case, a nomination, a bio or a résumé summary is often written of the writer as
// "he", "she" or their name ("Ana Souza automated …", "He rebuilt the night rota …", "Owns the pricing
// models …"). These lines tell the writer's own acts, so claim detection reads them as claims; a line of a
// story that names a colleague ("John asked me to …") does not. Split out of claims.ts (session 38).
import type { Token } from '../language/tokenize';
import {
  ADVERBS_BEFORE_VERB,
  AUXILIARIES,
  EMPLOYER_NOUNS,
  FIRST_PERSON_WORDS,
  FIRST_PERSON_WORDS_BUT_OUR,
  LEADING_ADVERBIALS,
  MODAL_VERBS,
  NOT_NAMES,
  OTHER_DETERMINERS,
  OTHER_PEOPLE,
  PEOPLE_GROUPS,
  PRESENT_REMIT_EXCLUDED,
  REDUCED_PASSIVE_NEXT,
  REMIT_VERBS,
  SUBORDINATORS,
  lemmaCandidates,
} from '../language/lexicon';
import {
  ACTION_BASE,
  IRREGULAR_PAST,
  SPEECH_PAST,
  STATIVE,
  isGerund,
  isParticiple,
  isPastForm,
  movesAThing,
} from '../language/verbs';
import { numberWordValue } from '../quantity/number-words';
import { ROUGHLY_WORDS } from '../quantity/quantity-lexicon';
import { ROLE_NOUNS, isTradeNoun } from '../lines/title-lines';
import { PARTY, inParty, isPartyWord } from './party-kinds';
import { isBareWorkVerbAt } from './writer-acts';
import { isMonthWord } from '../language/word-lists/calendar-words';
import { isPhrasalWorkHead, isWorkVerb, phrasalWorkVerbAt } from '../language/work-verbs';
import { wordValence } from '../language/word-lists/valence-words';

/** Is the word written like a name (capital then lower case: "Priya", "Souza", "O'Neil")? */
function looksLikeName(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && t.text.slice(1) === t.lower.slice(1) && !/\d/.test(t.text);
}

/**
 * Determiners of a time noun that open a time adverbial with no preposition: "Last winter she …", "That summer
 * he …", "Each term she …", "Every Friday Grace …". The subject comes after the time noun, never right after them.
 */
const TIME_DETERMINERS = new Set(['last', 'this', 'that', 'each', 'every']);

/** Words that open a time adverbial before a third-person line's subject: "In 2023 she …", "Since 2019 Tomasz has …". */
const TIME_LEADS = new Set(['in', 'since', 'over', 'during', 'after', 'throughout', 'from', 'by', ...TIME_DETERMINERS]);

/**
 * Prepositions of a place or a purpose before "he" or "she": "For the surgical ward she rebuilt …", "At the
 * pharmacy she sorted out …". Not before a name, which may be the place's own ("For Acme Foods, …").
 */
const PLACE_LEADS = new Set(['for', 'at', 'on', 'across', 'with', 'within', 'under']);

/** The most words of that adverbial: "Over the winter", "In the last two years". */
const MAX_TIME_LEAD = 5;

/** Pronouns that stand for the writer in a case, a nomination or a bio written in the third person. */
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she']);

/** The same, fused with "has" or "is": "She's redesigned …" ("She's the go-to …" has no participle after it). */
const THIRD_PERSON_FUSED = new Set(["he's", "she's", 'he’s', 'she’s']);

/** Helpers of the perfect: "has led", "have run", "had trained". */
const PERFECT_HELPERS = new Set(['has', 'have', 'had']);

/** Past forms of a state or a belief that are no act; "led" is an act in a third-person line ("She led …"). */
const THIRD_PERSON_STATES: ReadonlySet<string> = new Set([...STATIVE].filter((w) => w !== 'led'));

/** The most words of a label before a colon: "Summary:", "Nominee statement:". */
const MAX_LEAD_LABEL = 3;

/** The index after a short label and its colon that open the line ("Summary: Owns …"), else `i`. */
function afterLabel(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k <= i + MAX_LEAD_LABEL; k++) {
    if (tokens[k].text === ':') {
      let v = k + 1;
      while (tokens[v]?.kind === 'symbol') v++;
      return k > i ? v : i;
    }
    if (tokens[k].kind !== 'word') return i;
  }
  return i;
}

/**
 * The index after a time adverbial that opens the line ("In 2023", "Since 2019", "Over the winter,"), when the
 * third-person subject (a pronoun or a name) follows it, or after a place or purpose before "he" or "she"
 * ("For the surgical ward she …"); else `i`.
 */
function afterTimeLead(tokens: Token[], i: number): number {
  const ago = agoLeadEnd(tokens, i);
  if (ago > i) return ago;
  const time = TIME_LEADS.has(tokens[i]?.lower ?? '');
  // "That she rebuilt the pens …" is a clause as subject: a determiner's time noun comes first.
  const first = TIME_DETERMINERS.has(tokens[i]?.lower ?? '') ? i + 2 : i + 1;
  if (!time && !PLACE_LEADS.has(tokens[i]?.lower ?? '')) return i;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_TIME_LEAD; k++) {
    const t = tokens[k];
    if (t.text === ',') return time || THIRD_PERSON_SUBJECTS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : i;
    if (k < first) continue;
    if (THIRD_PERSON_SUBJECTS.has(t.lower) || THIRD_PERSON_FUSED.has(t.lower)) return k;
    if (time && k > i + 1 && looksLikeName(t) && t.kind === 'word' && !isMonthWord(t.lower)) return k;
  }
  return i;
}

/** Words that count the time units of an "ago": "Two years ago", "A few weeks ago", "18 months ago". */
const AGO_COUNTS = new Set(['a', 'few', 'several', 'some']);

/**
 * The index after a time told with "ago" that opens the line ("Two years ago she …", "A few weeks ago, Tomasz
 * …"), a comma read past; else `i`. "ago" closes the adverbial within four words of a count.
 */
function agoLeadEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined || (t.kind !== 'number' && numberWordValue(t.lower) === undefined && !AGO_COUNTS.has(t.lower)))
    return i;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (tokens[k].kind !== 'word') return i;
    if (tokens[k].lower === 'ago') return tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  }
  return i;
}

/** Words that open a thing done to: a determiner, a possessive or a quantifier ("the", "her", "all", "both"). */
const OBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'all',
  'every',
  'each',
  'both',
  'his',
  'her',
  'their',
  'its',
  'this',
  'these',
  'several',
  'most',
  'some',
]);

/** Particles of a phrasal verb of work: "trains up", "draws up", "sets up and runs", "sorted out". */
const PARTICLES = new Set(['up', 'out', 'after', 'over', 'through']);

/**
 * Does a thing done to open at `k`: a determiner or a possessive ("the rota", "her team"), a count ("20 boilers",
 * "about forty horses", "~20 boilers"), or a name ("Ward 7")? A verb's "-s" form with its subject dropped is
 * read only before one: "Repairs about 20 boilers a week" is an act, "Repairs to the roof took …" and "Builds
 * run on the old server" are nouns with their own verbs.
 */
function objectOpensAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.kind === 'number' || t.text === '~' || numberWordValue(t.lower) !== undefined) return true;
  if (ROUGHLY_WORDS.has(t.lower))
    return tokens[k + 1]?.kind === 'number' || numberWordValue(tokens[k + 1]?.lower ?? '') !== undefined;
  return t.kind === 'word' && (OBJECT_OPENERS.has(t.lower) || looksLikeName(t));
}

/** Adverbs between a subject and its verb: "also", "now", "since" ("has since adapted"), "single-handedly". */
function afterAdverbs(tokens: Token[], v: number): number {
  for (;;) {
    const w = tokens[v]?.lower;
    if (w === undefined) return v;
    const adverb =
      ADVERBS_BEFORE_VERB.has(w) || w === 'now' || w === 'since' || (w.endsWith('ly') && w.length > 4 && w !== 'only');
    if (!adverb || tokens[v + 1]?.kind !== 'word') return v;
    v++;
  }
}

/** Verbs of work whose "-s" or "-ing" form tells the job held or a place more than an act: "works nights". */
const HELD_NOT_DONE = new Set(['work', 'serve', 'support', 'cover', 'staff', 'head']);

/**
 * A verb of work's present "-s" form at `v` with what it is done to ("coaches three junior nurses", "runs the
 * Saturday clinic", "trains up three nurses", "sets up and runs …"), or a remit verb's ("owns the pricing
 * models"). `dropped`: the line has no subject, so the verb may be a plural noun ("Repairs to the roof …");
 * only a thing done to after it, or a second such verb after "and", tells the act.
 */
function presentActAt(tokens: Token[], v: number, dropped: boolean): boolean {
  const verb = tokens[v]?.lower;
  const next = tokens[v + 1]?.lower;
  if (verb === undefined || next === undefined || !verb.endsWith('s') || tokens[v].kind !== 'word') return false;
  // "Deals with the complaints", "Draws up the tenancy agreements": a particle after the verb, read first.
  if (phrasalActAt(tokens, v)) return true;
  // "Leads to fewer errors", "Heads up": a cause or an idiom, no act.
  if (REDUCED_PASSIVE_NEXT.has(next) || next === 'as' || next === 'to') return false;
  const remit = REMIT_VERBS.lemmaOf(verb.slice(0, -1));
  if (remit !== undefined && !PRESENT_REMIT_EXCLUDED.has(remit) && next !== 'out' && next !== 'up')
    return !dropped || next !== 'of';
  const lemma = lemmaCandidates(verb).find((l) => l !== verb && isWorkVerb(l));
  if (lemma === undefined || HELD_NOT_DONE.has(lemma)) return false;
  let k = v + 1;
  if (PARTICLES.has(next)) k++;
  if (tokens[k]?.lower === 'and') return presentActAt(tokens, k + 1, dropped);
  return objectOpensAt(tokens, k) || (!dropped && !PARTICLES.has(next) && bareObjectAt(tokens, k));
}

/** Words from a phrasal verb that its lookup reads: the verb, two particle words, a run of cases' noun phrase. */
const PHRASAL_WINDOW = 8;

/**
 * A phrasal verb of work at `v` with what it is done to after its particle (work-verbs.ts phrasalWorkVerbAt):
 * "drew up the evacuation plan", "deals with the complaints", "put together the induction pack". The verb
 * alone is no act of work: "drew a crowd", "put on weight", "dealt the cards".
 */
function phrasalActAt(tokens: Token[], v: number): boolean {
  if (tokens[v]?.kind !== 'word') return false;
  // The verb, its particle and a few words of what follows are all the lookup reads.
  const at = phrasalWorkVerbAt(
    tokens.slice(v, v + PHRASAL_WINDOW).map((t) => t.lower),
    0,
  );
  return at > 0 && (objectOpensAt(tokens, v + at) || bareObjectAt(tokens, v + at));
}

/**
 * A bare noun as what a verb is done to ("teaches phonics to …"): a word that is no helper, no past form and
 * no preposition. After a name the verb's "-s" form may be a plural noun ("Terraform plans were posted"),
 * which a helper or a past form after it shows.
 */
function bareObjectAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return false;
  const w = t.lower;
  return !AUXILIARIES.has(w) && !MODAL_VERBS.has(w) && !NOT_OBJECTS.has(w) && !isPastForm(w) && !IRREGULAR_PAST.has(w);
}

/**
 * "He spotted the leak and fixed it": a past act of work after "and" in the subject's clause, when the first
 * verb told a finding or another non-work act. The clause ends at a comma or a subordinator ("… while …").
 */
function coordinatedActAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' || SUBORDINATORS.has(t.lower)) return false;
    if (t.lower !== 'and') continue;
    const a = afterAdverbs(tokens, k + 1);
    const w = tokens[a]?.lower ?? '';
    if (showedHowAt(tokens, a)) return true;
    return (isPastForm(w) || IRREGULAR_PAST.has(w)) && !THIRD_PERSON_STATES.has(w) && isWorkVerb(w);
  }
  return false;
}

/**
 * After "is", "was" or a fused "'s" at `k`: a remit held ("is responsible for all the invoicing", "is in charge
 * of"), a post with what it runs ("is the clinical lead for falls prevention", "is site lead for both
 * packing halls", "is the technical owner of the platform") or, with `progressive`, a work verb in progress
 * ("she is running the kitchen"). A past progressive ("was running the night shift when …") sets a scene, and
 * a capitalized subject before "is running …" is as often a product or a system ("Jenkins is running the
 * builds"), so the caller allows the progressive only after "he is" or "she is". A post with only its employer ("the chef at a school", "a manager for a small firm"), a kin word
 * ("the daughter of …") or praise ("the best cook in the village") is no remit.
 */
function copulaRemitAt(tokens: Token[], k: number, progressive = true): boolean {
  k = afterAdverbs(tokens, k);
  const w = tokens[k]?.lower;
  if (w === undefined) return false;
  if (w === 'responsible') return tokens[k + 1]?.lower === 'for' || tokens[k + 1]?.lower === 'of';
  if (w === 'in' && tokens[k + 1]?.lower === 'charge') return tokens[k + 2]?.lower === 'of';
  if (isGerund(w)) return progressive && progressiveActAt(tokens, k);
  if (w === 'the' || w === 'a' || w === 'an') k++;
  for (let r = k; r < tokens.length && r <= k + 3; r++) {
    const t = tokens[r];
    if (t.kind !== 'word') return false;
    if (!ROLE_NOUNS.has(t.lower) || !REMIT_JOINERS.has(tokens[r + 1]?.lower ?? '')) continue;
    // The remit's head noun: not the employer the post belongs to, which comes with "a" ("a manager for a
    // small firm"); "the observability platform", "the Saturday clinic" are the work the post runs.
    const indefinite = tokens[r + 2]?.lower === 'a' || tokens[r + 2]?.lower === 'an';
    for (let o = r + 2; indefinite && o < tokens.length && o <= r + 6; o++) {
      const head = tokens[o];
      if (head.kind !== 'word' || REMIT_JOINERS.has(head.lower) || PHRASE_BREAKS.has(head.lower)) break;
      if (EMPLOYER_NOUNS.has(head.lower)) return false;
    }
    return tokens[r + 2] !== undefined;
  }
  return false;
}

/** Words that join a post to what it runs: "lead for falls prevention", "owner of the platform". */
const REMIT_JOINERS = new Set(['for', 'of', 'over', 'across']);

/** Words that end the remit's first noun phrase: "for the ward | in Leeds". */
const PHRASE_BREAKS = new Set(['in', 'at', 'on', 'with', 'and', 'since', 'from']);

/**
 * A work verb's "-ing" form at `k` after "is", "was" or "has been", with what it is done to: "has been running
 * the kitchen since 2020", "is doing the invoices". "Has been working at the clinic", "has been running for
 * years", "has been waiting for a transfer" tell no act.
 */
function progressiveActAt(tokens: Token[], k: number): boolean {
  const g = tokens[k]?.lower ?? '';
  if (!isGerund(g) || !isWorkVerb(g)) return false;
  const lemma = lemmaCandidates(g).find((l) => l !== g && isWorkVerb(l));
  if (lemma !== undefined && HELD_NOT_DONE.has(lemma)) return false;
  return objectOpensAt(tokens, k + 1) || (!PARTICLES.has(tokens[k + 1]?.lower ?? '') && bareObjectAt(tokens, k + 1));
}

/** Words after a verb that open no thing done to: "running for years", "working at the clinic". */
const NOT_OBJECTS = new Set(['for', 'at', 'in', 'on', 'to', 'with', 'from', 'since', 'as', 'by', 'about']);

/**
 * Whether the verb at `v` (after a third-person subject) tells an act: a past form that is no state and no
 * saying ("rebuilt", "set up"), a perfect ("has trained", "has drawn up", "'s redesigned"), a perfect
 * progressive or a present of a verb of work ("has been running the kitchen", "coaches three nurses"), a post
 * with its remit after "is" ("is the clinical lead for …"), or, after a pronoun, a base form of an act verb as
 * a non-native writer puts it ("He introduce barcode scanning …"). `perfect` says a helper stood before `v`.
 */
function thirdPersonActAt(tokens: Token[], v: number, pronoun: boolean, perfect: boolean): boolean {
  v = afterAdverbs(tokens, v);
  const verb = tokens[v];
  if (verb === undefined || verb.kind !== 'word') return false;
  const w = verb.lower;
  if (!perfect && PERFECT_HELPERS.has(w)) {
    if (tokens[v + 1]?.lower === 'been')
      return progressiveActAt(tokens, afterAdverbs(tokens, v + 2)) || copulaRemitAt(tokens, v + 2);
    return thirdPersonActAt(tokens, v + 1, pronoun, true);
  }
  if (!perfect && (w === 'is' || w === 'was')) return copulaRemitAt(tokens, v + 1, w === 'is' && pronoun);
  const past = perfect ? isParticiple(w) : isPastForm(w) || IRREGULAR_PAST.has(w);
  // "moved" is a coming or going ("moved to Leeds", "moved house") unless a thing moved follows it.
  if (past && (THIRD_PERSON_STATES.has(w) || (SPEECH_PAST.has(w) && !movesAThing(w, tokens[v + 1]?.lower))))
    return false;
  // A name heads a résumé line: any act. "He" or "she" may be anyone in a story ("He shouted at the
  // receptionist"), so a verb of work (work-verbs.ts, by lemma) tells the writer's act, or one after "and" in
  // the same clause ("He spotted the leak and fixed it"), or any verb by its role: done to a thing of the
  // work (transitiveActAt). "led" is listed among the states for "LED" and "led to"; after "he" or "she" it is
  // the act.
  if (past)
    return (
      !pronoun ||
      w === 'led' ||
      isWorkVerb(w) ||
      phrasalActAt(tokens, v) ||
      showedHowAt(tokens, v) ||
      coordinatedActAfter(tokens, v + 1) ||
      transitiveActAt(tokens, v)
    );
  if (perfect) return false;
  if (presentActAt(tokens, v, false)) return true;
  // "Every winter she sews the costumes", "He also collects the blood samples on the late round": a bio's
  // standing act in the present, any verb done to a thing of the work (RUBRIC-NOTES: a third-person bio's
  // present activity is the writer's line). A liking, a belief or a saying is no act.
  if (pronoun && /[^s]s$/.test(w) && !STATIVE.has(w.slice(0, -1)) && !SPEECH_BASE.has(w.slice(0, -1)))
    if (transitiveActAt(tokens, v)) return true;
  return pronoun && !SPEECH_BASE.has(w) && isBareWorkVerbAt([w, tokens[v + 1]?.lower ?? ''], 0);
}

/** Possessives of the subject's own: "broke his wrist", "lost her purse" happen to the person, not the work. */
const OWN_POSSESSIVES = new Set(['his', 'her', 'their']);

/**
 * A past verb at `v` after "he" or "she", read by its role rather than its word: it is done to a thing, its
 * object opening right after it with a determiner, a quantifier, a count or a name ("steered the ferry through
 * the ice", "mended every fence", "sewed forty costumes", "helmed the launch"), so the line tells what the
 * person did to the work, as a bio or a nomination does. Not read: a verb with no object ("walked out", "shouted
 * at …"), an object of the subject's own ("broke his wrist", "lost her purse": what happened to the person), and
 * a verb of trouble or harm by its valence ("hit the kerb", "damaged the van").
 */
function transitiveActAt(tokens: Token[], v: number): boolean {
  const object = tokens[v + 1];
  if (object === undefined || OWN_POSSESSIVES.has(object.lower) || !objectOpensAt(tokens, v + 1)) return false;
  // "drew the curtains", "dealt the cards": a verb whose work is told with its particle (phrasalActAt) is read
  // there only; alone it has its other senses.
  if ((wordValence(tokens[v].lower) ?? 0) < 0 || isPhrasalWorkHead(tokens[v].lower)) return false;
  // "met the new manager", "saw the consultant twice": a person met is no thing worked on. The object's words
  // run to a preposition, a mark or "and", a few words on; a person among them is the one met.
  for (let k = v + 1; k < tokens.length && k <= v + MAX_OBJECT_WORDS; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || NOT_OBJECTS.has(t.lower) || t.lower === 'and') break;
    if (isPartyWord(t.lower) || inParty(t.lower, PEOPLE_OBJECTS)) return false;
  }
  // "He hit the kerb and damaged the van": a harm told by a later verb of the clause is a mishap, not work.
  for (let k = v + 2; k < tokens.length && k <= v + MAX_CLAUSE_WORDS; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' && t.text !== '-') break;
    if (isPastForm(t.lower) && (wordValence(t.lower) ?? 0) < 0) return false;
  }
  return true;
}

/** The most words of the clause read for a harm after the act: "hit the kerb and damaged the van". */
const MAX_CLAUSE_WORDS = 12;

/** People as an object's head: a post, a group, the people served or met ("the consultant", "the tenants"). */
const PEOPLE_OBJECTS = PARTY.posts | PARTY.served | PARTY.peoplePlural | PARTY.others | PARTY.workplace;

/** The most words of an object before its head: "the infant playground markings". */
const MAX_OBJECT_WORDS = 5;

/** Verbs of showing that teach when "how to" follows their people: "showed the porters how to use it". */
const SHOWING_VERBS = new Set(['showed', 'shown', 'shows', 'taught', 'explained']);

/** The most words of the people shown before "how": "the new agency porters". */
const MAX_SHOWN_WORDS = 5;

/**
 * "He showed the agency porters how to use the new bed tracker": a verb of showing at `v`, the people shown
 * (no first person: the caller refuses a line with one), then "how to": teaching, an act of work. "He showed
 * me around" and "She showed great patience" teach nothing.
 */
function showedHowAt(tokens: Token[], v: number): boolean {
  if (!SHOWING_VERBS.has(tokens[v]?.lower ?? '')) return false;
  for (let k = v + 1; k < tokens.length && k <= v + MAX_SHOWN_WORDS + 1; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (tokens[k].lower === 'how') return k > v + 1 && tokens[k + 1]?.lower === 'to';
  }
  return false;
}

/** Base forms of saying or wanting: "He ask for …" is no act of the writer's. */
const SPEECH_BASE = new Set(['ask', 'tell', 'say', 'suggest', 'propose', 'request', 'want', 'complain', 'agree']);

/**
 * A resume line in the third person: one to three name-like words, then an act ("Ana Souza automated …",
 * "Dr. Okafor introduced …", "Ana coaches three junior nurses …", "Kofi has been running the kitchen …",
 * "Ana is the clinical lead for …"), or a case, a nomination or a bio written of the writer as "he" or "she"
 * ("She rebuilt the night rota …", "He spotted the leak and fixed it", "She has redesigned …"), a time
 * adverbial or a label before the subject read past ("Since 2019 Tomasz has trained …"), or a bio's line with
 * its subject dropped before a present act ("Runs the Saturday clinic …", "Repairs about 20 boilers a week").
 * A first-person word anywhere means the person is someone else ("John asked me to …"), as a colleague is in
 * the writer's story; `pronounIsOther` says the field around the line speaks in the first person and the
 * line tells no result, so its "he" or "she" is someone else too.
 */
export function namedPersonActs(tokens: Token[], words: string[], pronounIsOther = false): boolean {
  // "Marta rebuilt our discharge checklist", "He set up our cold-storage log": in a nomination or a team page
  // "our" is the voice of the one who writes about the writer, whose ward or farm it is, not an actor; "I",
  // "me", "we" and "us" still put a second person in the line. In a field that speaks as "I", "our" is the
  // writer's own and the named person a colleague.
  const writerWords = pronounIsOther ? FIRST_PERSON_WORDS : FIRST_PERSON_WORDS_BUT_OUR;
  if (words.some((w) => writerWords.has(w))) return false;
  let i = 0;
  while (i < tokens.length && tokens[i].kind === 'symbol') i++;
  i = afterLabel(tokens, i);
  i = afterTimeLead(tokens, i);
  const head = tokens[i]?.lower ?? '';
  // "Owns the pricing and ETA models …", "Repairs about 20 boilers a week": a bio's line with its subject
  // dropped, a standing act in the present as after a name ("Ana owns …").
  if (i === 0 || tokens[i - 1].kind === 'symbol') if (presentActAt(tokens, i, true)) return true;
  // A first-person field's "he" or "she" is a colleague or a patient ("She developed a rash"): not read.
  if (pronounIsOther && (THIRD_PERSON_SUBJECTS.has(head) || THIRD_PERSON_FUSED.has(head))) return false;
  if (THIRD_PERSON_SUBJECTS.has(head)) return thirdPersonActAt(tokens, i + 1, true, false);
  // "She's redesigned …" (has), "She's the clinical lead for …" (is).
  if (THIRD_PERSON_FUSED.has(head)) return thirdPersonActAt(tokens, i + 1, true, true) || copulaRemitAt(tokens, i + 1);
  if (/^(?:dr|mr|mrs|ms|prof)$/.test(head)) {
    i++;
    if (tokens[i]?.text === '.') i++;
  }
  let names = 0;
  while (names < 3 && looksLikeName(tokens[i])) {
    const lower = tokens[i].lower;
    if (
      isPastForm(lower) ||
      isGerund(lower) ||
      ACTION_BASE.has(lower) ||
      OTHER_DETERMINERS.has(lower) ||
      OTHER_PEOPLE.has(lower) ||
      NOT_NAMES.has(lower) ||
      SUBORDINATORS.has(lower) ||
      LEADING_ADVERBIALS.has(lower)
    )
      return false;
    names++;
    i++;
    // "Kofi's been running the kitchen": the name fused with "has".
    if (/['’]s$/.test(lower)) {
      if (tokens[i]?.lower !== 'been') return false;
      return progressiveActAt(tokens, afterAdverbs(tokens, i + 1)) || copulaRemitAt(tokens, i + 1);
    }
  }
  // "Actuaries pulled numbers …", "Nurses charted the obs …": a plural noun of people is a group, not a name.
  if (names === 1 && inParty(tokens[i - 1].lower, PARTY.peoplePlural)) return false;
  if (names >= 2 && profileRelativeActs(tokens, i)) return true;
  if (names === 0 || tokens[i] === undefined || tokens[i].kind !== 'word') return false;
  return thirdPersonActAt(tokens, i, false, false);
}

/**
 * "Jordan Ellis is a data engineer who builds the ingestion pipelines …": a third-person résumé summary, the
 * writer's full name, "is a" and their post, then "who" and an act verb in the present ("builds", "leads")
 * or the past ("led"), as "Ana owns the ranking models" is. `i` is the token after the name (the caller
 * asks for two name words: a story names a colleague by a first name). A liking or a feeling ("who enjoys
 * hiking") is no act, and "Acme is a company who …" names no post.
 */
function profileRelativeActs(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'is' || (tokens[i + 1]?.lower !== 'a' && tokens[i + 1]?.lower !== 'an')) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    if (w.lower !== 'who') continue;
    // "… is a company who …": only a post the writer holds.
    const post = tokens[k - 1].lower;
    if (!isTradeNoun(post) && !ROLE_NOUNS.has(post) && !PEOPLE_GROUPS.has(post)) return false;
    const verb = tokens[k + 1]?.lower ?? '';
    if (tokens[k + 2] === undefined) return false;
    if (isPastForm(verb) || IRREGULAR_PAST.has(verb)) return !STATIVE.has(verb) && !SPEECH_PAST.has(verb);
    const base = verb.endsWith('es') && ACTION_BASE.has(verb.slice(0, -2)) ? verb.slice(0, -2) : verb.slice(0, -1);
    return verb.endsWith('s') && (ACTION_BASE.has(base) || REMIT_VERBS.lemmaOf(base) !== undefined);
  }
  return false;
}
