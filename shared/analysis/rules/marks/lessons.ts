// Lessons and advice are no claims (RUBRIC.md: "lessons ('Shipping early beats shipping perfect.')";
// RUBRIC-NOTES "Reflection"). A lesson speaks of things in general, in the present tense, with no one's
// act in it: "Short huddles beat long reports", "A checklist on the wall works better than a policy in a
// binder", "Automating a bad process just makes the mess faster", "That project taught me to bring the
// downside". Advice is an imperative: "Bring the money a change loses, not only what it saves". What the
// writer did or does ("Since then I pilot every change with one team first"), a specific thing's result
// ("The pilot beat the control group by 12%") and a sentence with a figure are left to the claim rules.
//
// On a line with no section the same words may open a present-tense resume bullet ("Build and maintain
// …"), so there an imperative counts only with the contrast advice carries ("…, not only …", "rather
// than"); in a Reflection every imperative is advice.
import type { Token } from '../language/tokenize';
import type { StorySection } from '../../domain-types';
import { ACTION_BASE, AMBIGUOUS_PAST, isGerund, isPastForm } from '../language/verbs';
import { FIRST_PERSON_WORDS_WITH_POSSESSIVES } from '../language/lexicon';

/** Words that make a subject a specific thing of the story, not things in general. */
const SPECIFIC_LEADS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'their',
  'its',
  'his',
  'her',
  'your',
  'it',
  'they',
  'he',
  'she',
  'everyone',
  'nobody',
  'there',
  'what',
  'which',
  'who',
  'how',
  'why',
  'when',
  'where',
  'if',
  'as',
  'after',
  'before',
  'since',
  'once',
  'then',
  'now',
  'today',
]);

/** Verbs of comparison that make a present sentence a rule of thumb: "short huddles beat long reports". */
const BEAT_VERBS = new Set(['beat', 'beats', 'outperform', 'outperforms', 'trump', 'trumps', 'outweigh', 'outweighs']);

/** Words after which a past participle is passive or a relative clause's verb, not the main verb: "get ignored", "they helped pick". */
const PARTICIPLE_LEADS = new Set([
  'is',
  'are',
  'be',
  'been',
  'get',
  'gets',
  'getting',
  'become',
  'becomes',
  'they',
  'who',
  'that',
  'which',
  'you',
  'people',
]);

/** Words before a participle that make it an adjective: "a shared calendar". */
const ADJECTIVE_LEADS = new Set(['a', 'an', 'the', 'well', 'fully', 'badly', 'poorly']);

/** What follows an imperative verb: its object's determiner or a preposition ("Bring the money", "Start with"). */
const OBJECT_LEADS = new Set([
  'the',
  'a',
  'an',
  'your',
  'every',
  'each',
  'one',
  'it',
  'them',
  'people',
  'with',
  'from',
  'by',
  'what',
  'who',
  'how',
]);

/** Verbs a rule of thumb is often told with, beside the resume verbs of ACTION_BASE. */
const LESSON_VERBS = new Set([
  'make',
  'save',
  'pay',
  'cost',
  'beat',
  'take',
  'help',
  'work',
  'matter',
  'win',
  'lose',
  'break',
  'hide',
  'catch',
  'get',
  'tell',
  'bring',
  'start',
  'measure',
  'put',
  'ask',
  'talk',
  'check',
  'test',
  'show',
  'listen',
  'keep',
  'give',
  'let',
  'spend',
  'pick',
  'say',
  'treat',
  'cut',
]);

function isBaseVerb(w: string | undefined): boolean {
  return w !== undefined && (ACTION_BASE.has(w) || LESSON_VERBS.has(w));
}

/** "makes", "saves", "matters": a third-person present form of a verb we know. */
function isThirdPersonPresent(w: string | undefined): boolean {
  if (w === undefined || w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return false;
  return isBaseVerb(w.slice(0, -1)) || (w.endsWith('es') && isBaseVerb(w.slice(0, -2)));
}

/** A finite past verb the sentence tells something with ("cut the tickets", "replaced the report"), passives and relative clauses aside. */
function hasPastVerb(words: string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!isPastForm(w) || AMBIGUOUS_PAST.has(w) || BEAT_VERBS.has(w)) continue;
    if (PARTICIPLE_LEADS.has(words[i - 1])) continue;
    // "a shared calendar", "the tested path": a participle used as an adjective.
    if (ADJECTIVE_LEADS.has(words[i - 1])) continue;
    return true;
  }
  return false;
}

/** "That project taught me to …", "The lesson was …", "My takeaway: …": what the writer learned. */
function isLearnedLesson(words: string[]): boolean {
  for (let i = 1; i + 1 < words.length; i++) {
    if ((words[i] === 'taught' || words[i] === 'teaches') && (words[i + 1] === 'me' || words[i + 1] === 'us'))
      return !FIRST_PERSON_WORDS_WITH_POSSESSIVES.has(words[i - 1]);
  }
  // "The lesson was …", "My biggest takeaway is …": one adjective may come before the noun.
  if (words[0] !== 'the' && words[0] !== 'my' && words[0] !== 'our') return false;
  for (const n of [1, 2]) {
    const noun = words[n];
    if (noun === 'lesson' || noun === 'takeaway' || noun === 'learning')
      return words[n + 1] === 'was' || words[n + 1] === 'is';
  }
  return false;
}

/** "Bring the money …", "Start with …": an imperative opening. */
function opensImperative(words: string[]): boolean {
  const [first, second] = words;
  return (
    isBaseVerb(first) &&
    !isPastForm(first) &&
    second !== undefined &&
    (OBJECT_LEADS.has(second) || (second.endsWith('s') && second.length > 3))
  );
}

/** The contrast advice is told with: "…, not only what it saves", "rather than", "instead of". */
function hasAdviceContrast(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const [w, next] = [words[i], words[i + 1]];
    if (w === 'not' && (next === 'only' || next === 'just')) return true;
    if ((w === 'rather' && next === 'than') || (w === 'instead' && next === 'of')) return true;
  }
  return false;
}

/** A general subject ("Short huddles", "A checklist on the wall", "Clear ownership") or a gerund phrase. */
function opensGeneral(words: string[]): boolean {
  const first = words[0];
  if (first === undefined || SPECIFIC_LEADS.has(first) || FIRST_PERSON_WORDS_WITH_POSSESSIVES.has(first)) return false;
  if (isPastForm(first) || isBaseVerb(first) || isThirdPersonPresent(first)) return false;
  return true;
}

/** "-ly", "-ing", "-ed" and "-s" words, and function words: no bare present verb. */
const NOT_BARE_VERBS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'than', 'the', 'a', 'an']);

/** A plural noun before a verb: "teams", "reviews" (not "is", "this", "less"). */
function isPluralNoun(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !isThirdPersonPresent(w);
}

/**
 * A present-tense main verb after the subject: a known verb's "-s" form, "beat", "is", or a known verb's
 * base form after a plural subject. With `anyBareVerb` (a comparison), any plain word after a plural
 * subject reads as its verb: "Small teams move faster than big ones". Without `lastWordMayBeVerb` (a
 * line with no section) the sentence's last word is never its verb.
 */
function hasPresentGeneralVerb(words: string[], anyBareVerb = false, lastWordMayBeVerb = true): boolean {
  for (let i = 1; i < words.length && i <= 8; i++) {
    const w = words[i];
    // "Building internal tools for the field engineers": on a resume line a last "-s" word is a noun.
    if (!lastWordMayBeVerb && i === words.length - 1) return false;
    if (w === 'that' || w === 'which' || w === 'who') return false;
    if (isThirdPersonPresent(w) || BEAT_VERBS.has(w) || w === 'is' || w === 'are' || w === 'does') return true;
    if (!isPluralNoun(words[i - 1])) continue;
    // "Parents answer a phone call far faster …": a plural subject and a verb's base form.
    if (isBaseVerb(w)) return true;
    if (anyBareVerb && !NOT_BARE_VERBS.has(w) && !/(?:s|ed|ing|ly)$/.test(w)) return true;
  }
  return false;
}

/**
 * Whether the sentence is a lesson or advice, not a claim. `words` are the sentence's lower-cased
 * words, `section` its STAR section; only a Reflection or a line with no section is read.
 */
export function isLessonSentence(tokens: readonly Token[], section: StorySection | undefined): boolean {
  if (section !== undefined && section !== 'reflection') return false;
  const words: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'number') return false; // a figure: a result or a before value, for the claim rules
    if (t.kind === 'word') words.push(t.lower);
  }
  if (words.length < 3) return false;
  if (isLearnedLesson(words)) return true;
  if (words.some((w) => FIRST_PERSON_WORDS_WITH_POSSESSIVES.has(w))) return false;
  if (opensImperative(words)) return section === 'reflection' || hasAdviceContrast(words);
  if (!opensGeneral(words) || hasPastVerb(words)) return false;
  // "Writing the runbook first saves more time than it costs": a gerund subject and a present verb.
  if (isGerund(words[0])) return hasPresentGeneralVerb(words, false, section === 'reflection');
  // A comparison, or in a Reflection any general present sentence.
  const compares = words.includes('than') || words.some((w) => BEAT_VERBS.has(w));
  return (compares || section === 'reflection') && hasPresentGeneralVerb(words, compares);
}
