// Third-person lines: a case, a nomination, a bio or a résumé summary is often written of the writer as
// "he", "she" or their name ("Ana Souza automated …", "He rebuilt the night rota …", "Owns the pricing
// models …"). These lines tell the writer's own acts, so claim detection reads them as claims; a line of a
// story that names a colleague ("John asked me to …") does not. Split out of claims.ts (session 38).
import type { Token } from './tokenize';
import {
  FIRST_PERSON_WORDS,
  LEADING_ADVERBIALS,
  NOT_NAMES,
  OTHER_DETERMINERS,
  OTHER_PEOPLE,
  PEOPLE_GROUPS,
  PRESENT_REMIT_EXCLUDED,
  REDUCED_PASSIVE_NEXT,
  REMIT_VERBS,
  SUBORDINATORS,
} from './lexicon';
import { ACTION_BASE, IRREGULAR_PAST, SPEECH_PAST, STATIVE, isGerund, isPastForm } from './verbs';
import { ROLE_NOUNS, isTradeNoun } from './title-lines';
import { PARTY, inParty } from './party-kinds';
import { isBareWorkVerbAt } from './writer-acts';
import { isMonthWord } from './word-lists/calendar-words';
import { isWorkVerb } from './work-verbs';

/** Is the word written like a name (capital then lower case: "Priya", "Souza", "O'Neil")? */
function looksLikeName(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && t.text.slice(1) === t.lower.slice(1) && !/\d/.test(t.text);
}

/** Prepositions of a time adverbial that may open a third-person line: "In 2023 she …", "Since 2019 Tomasz has …". */
const TIME_LEADS = new Set(['in', 'since', 'over', 'during', 'after', 'throughout', 'from', 'by', 'last', 'this']);

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
 * third-person subject (a pronoun or a name) follows it; else `i`.
 */
function afterTimeLead(tokens: Token[], i: number): number {
  if (!TIME_LEADS.has(tokens[i]?.lower ?? '')) return i;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_TIME_LEAD; k++) {
    const t = tokens[k];
    if (t.text === ',') return k + 1;
    if (THIRD_PERSON_SUBJECTS.has(t.lower) || THIRD_PERSON_FUSED.has(t.lower)) return k;
    if (k > i + 1 && looksLikeName(t) && t.kind === 'word' && !isMonthWord(t.lower)) return k;
  }
  return i;
}

/**
 * Whether the verb at `v` (after a third-person subject) tells an act: a past form that is no state and no
 * saying ("rebuilt", "set up"), a perfect ("has trained", "has run", "'s redesigned"), or, after a pronoun,
 * a base form of an act verb as a non-native writer puts it ("He introduce barcode scanning …"). `perfect`
 * says a fused "'s" stood before `v`.
 */
function thirdPersonActAt(tokens: Token[], v: number, pronoun: boolean, perfect: boolean, sized = true): boolean {
  while (tokens[v]?.lower === 'now' || tokens[v]?.lower === 'also' || tokens[v]?.lower === 'then') v++;
  const verb = tokens[v];
  if (verb === undefined || verb.kind !== 'word') return false;
  const w = verb.lower;
  if (!perfect && PERFECT_HELPERS.has(w)) return thirdPersonActAt(tokens, v + 1, pronoun, true);
  // "She reviewed the schema changes on Fridays": a colleague's act in a story, told in the simple past;
  // a case line tells its writer's act with what came of it or a count ("He rebuilt the rota and cut
  // agency shifts by a third", "He trained 14 new drivers"), or in the perfect ("She has redesigned …").
  if (pronoun && !perfect && !sized) return false;
  const past = isPastForm(w) || IRREGULAR_PAST.has(w);
  if (past && (THIRD_PERSON_STATES.has(w) || SPEECH_PAST.has(w))) return false;
  // A name heads a résumé line: any act. "He" or "she" may be anyone in a story ("He shouted at the
  // receptionist"), so only a verb of work (work-verbs.ts, by lemma) tells the writer's act.
  if (past && !pronoun) return true;
  if (!past && ((!perfect && !pronoun) || SPEECH_BASE.has(w))) return false;
  // "led" is listed among the states for "LED" and "led to"; after "he" or "she" it is the act.
  return w === 'led' || isWorkVerb(w) || (!past && isBareWorkVerbAt([w, tokens[v + 1]?.lower ?? ''], 0));
}

/** Base forms of saying or wanting: "He ask for …" is no act of the writer's. */
const SPEECH_BASE = new Set(['ask', 'tell', 'say', 'suggest', 'propose', 'request', 'want', 'complain', 'agree']);

/**
 * A resume line in the third person: one to three name-like words, then a past action verb ("Ana
 * Souza automated …", "Dr. Okafor introduced …"), or a case, a nomination or a bio written of the writer
 * as "he" or "she" ("He rebuilt the night rota …", "She has redesigned …"), a time adverbial before the
 * subject read past ("Since 2019 Tomasz has trained …"). A first-person word elsewhere means the named
 * person is someone else ("John asked me to …"), as a colleague is in the writer's story.
 */
export function namedPersonActs(tokens: Token[], words: string[], sized: boolean): boolean {
  if (words.some((w) => FIRST_PERSON_WORDS.has(w))) return false;
  let i = 0;
  while (i < tokens.length && tokens[i].kind === 'symbol') i++;
  i = afterLabel(tokens, i);
  i = afterTimeLead(tokens, i);
  const head = tokens[i]?.lower ?? '';
  // "Owns the pricing and ETA models …", "Leads a team of six solicitors": a bio's line with its subject
  // dropped, a standing remit in the present as after a name ("Ana owns …").
  if (i === 0 || tokens[i - 1].kind === 'symbol') if (presentRemitAt(tokens, i)) return true;
  if (THIRD_PERSON_SUBJECTS.has(head) || THIRD_PERSON_FUSED.has(head))
    return thirdPersonActAt(tokens, i + 1, true, THIRD_PERSON_FUSED.has(head), sized) || presentRemitAt(tokens, i + 1);
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
  }
  // "Actuaries pulled numbers …", "Nurses charted the obs …": a plural noun of people is a group, not a name.
  if (names === 1 && inParty(tokens[i - 1].lower, PARTY.peoplePlural)) return false;
  if (names >= 2 && profileRelativeActs(tokens, i)) return true;
  if (names === 0 || tokens[i] === undefined || tokens[i].kind !== 'word') return false;
  return presentRemitAt(tokens, i) || thirdPersonActAt(tokens, i, false, false);
}

/**
 * "Ana owns the ranking models", "Marco leads a team of six", "She now manages …": a standing remit in the
 * present at `i`, after a third-person subject. A remit that names only a place or a way of working
 * ("Operations runs on spreadsheets") is no claim.
 */
function presentRemitAt(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower === 'now') i++;
  const verb = tokens[i]?.lower;
  const next = tokens[i + 1]?.lower;
  if (verb === undefined || next === undefined || !verb.endsWith('s')) return false;
  // "Leads to fewer errors", "Heads up": a cause or an idiom, no remit.
  if (REDUCED_PASSIVE_NEXT.has(next) || next === 'as' || next === 'out' || next === 'to' || next === 'up') return false;
  const lemma = REMIT_VERBS.lemmaOf(verb.slice(0, -1));
  return lemma !== undefined && !PRESENT_REMIT_EXCLUDED.has(lemma);
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
