// Page furniture: the lines of a page that frame it rather than tell the work. Writers paste more than
// résumés: a LinkedIn post ("Some personal news 🎉 after six years I'm leaving …"), a cover letter ("Dear
// hiring team, I am writing to apply for …", "Kind regards, Ana"), a website's About line ("Hello! We're Nell
// & Ruth, two sisters …"), a form ("Reflective account 2 of 5 — NMC revalidation", "Manager comment: …",
// "Growth area for H2: …"), a profile ("### 👋 Hi, I'm Tomasz", "I work as a delivery driver"), a heading
// ("Exhibitions curated") or a field ("Herd: 220 Holstein Friesians"). RUBRIC.md: titles, skill lists and
// such furniture assert no act; RUBRIC-NOTES: a copula that places the writer is context, what others said
// or asked is not the writer's claim, a goal names a target. Each reader took them one way or another (a
// participle as a passive act, a tenure or a form's numbering as a measure), and each kind was once a list
// of its own words.
//
// Here one classifier names the kind of line by its SHAPE, and the claim vetoes (claim-exceptions.ts)
// consult it once for every reader: a greeting word and a name, a closing and a name, the letter's own
// writing or applying, a post's news label, "N of M" with no verb, a plural noun and a participle alone,
// a label before a value with no act, a speech noun or a goal noun in a label, "I'm" before a name, "I
// work as", a line of hashtags, an invitation to the reader ("Ask me about …", session 36). Whatever the kind, the veto is refused when the line also tells an act of the writer (a past
// form after the writer, or one opening a value) or names an effect: a real claim is never hidden
// ("Led the migration: 40 services in 3 months", "Won 3 of 4 tenders", "Update: we cut the backlog by
// half"). The résumé furniture read before (contact-lines.ts, availability-lines.ts, line-status.ts, a
// Markdown heading) is one more kind here.
import type { Token } from '../language/tokenize';
import type { StorySection } from '../../domain-types';
import { findOutcomeCues } from '../outcomes/outcomes';
import { ACTIVITY_NOUNS, AUXILIARIES, FIRST_PERSON_WORDS, GOAL_NOUNS, TENURE_UNITS } from '../language/lexicon';
import { isFiniteVerb, labelBracketEnd } from './predicate-start';
import { ACTION_BASE, IRREGULAR_PAST, isGerund, isParticiple, isPastForm } from '../language/verbs';
import { lemmaSet, wordSet } from '../language/word-lists/lemma-set';
import { isContactLine } from './contact-lines';
import { PROFILE_HEADS, isProfileLine } from './profile-lines';
import { isAvailabilityLine } from './availability-lines';
import { isStatusLine, statusLineKind } from './line-status';
import { isMarkdownHeadingLine } from './line-markup';
import { isActNoun } from '../voices/writer-acts';
import { isTradeNoun } from './title-lines';
import { isWorkVerb } from '../language/work-verbs';
import { isChangeWord } from '../outcomes/change-words';
import { isDirectionArrow } from '../language/direction-arrows';
import { holdsTrigger, triggerWords } from '../language/trigger-words';
import { WEEKDAY_NAMES, isMonthWord } from '../language/word-lists/calendar-words';
import { postNumberEnd } from '../quantity/naming-numbers';
import { WORK_LABELS } from './layout-kinds';

/** What a furniture line is: the part of a page it plays. */
export type FurnitureKind =
  | 'greeting'
  | 'sign-off'
  | 'letter-opener'
  | 'post-opener'
  | 'thread-opener'
  | 'self-introduction'
  | 'profile'
  | 'role-statement'
  | 'heading'
  | 'markdown-heading'
  | 'form-header'
  | 'field'
  | 'others-comment'
  | 'goal-field'
  | 'contact'
  | 'availability'
  | 'status'
  | 'hashtags'
  | 'invitation'
  | 'stats'
  | 'tenure'
  | 'holding';

/**
 * Kinds whose figures still size what the writer runs (RUBRIC-NOTES: "Team: 6 MLEs" is a field, its
 * counts scale; a status line's post stays scale; a title's sizes are scale). The others frame the page:
 * their numbers (a tenure in a post, "2 of 5" in a form, "two sisters" in an About line) size nothing.
 */
const SIZING_KINDS: ReadonlySet<FurnitureKind> = new Set([
  'field',
  'role-statement',
  'status',
  'markdown-heading',
  'tenure',
]);

/** Whether a furniture line's figures may still be scale (see SIZING_KINDS). */
export function furnitureSizes(kind: FurnitureKind): boolean {
  return SIZING_KINDS.has(kind);
}

/** Words that greet the reader at the head of a page, a letter or a post. */
const GREETING_WORDS = wordSet('furniture-greetings', ['hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'dear']);

/** Closings of a letter or a message, read as their first word and the one after ("kind regards"). */
const CLOSING_FIRST = wordSet('furniture-closing-first', [
  'regards',
  'kind',
  'best',
  'warm',
  'warmest',
  'yours',
  'sincerely',
  'thanks',
  'cheers',
  'many',
  'with',
]);
const CLOSING_SECOND = wordSet('furniture-closing-second', [
  'regards',
  'wishes',
  'sincerely',
  'faithfully',
  'truly',
  'thanks',
  'best',
]);
/** Closings that stand alone before the name: "Thanks, Ana", "Best, Jo", "Cheers, Tom". */
const CLOSING_ALONE = wordSet('furniture-closing-alone', ['regards', 'best', 'thanks', 'cheers', 'sincerely']);

/** What a letter sends or states of itself: "my application", "my CV", "my interest in …". */
const LETTER_NOUNS = wordSet('furniture-letter-nouns', [
  'application',
  'cv',
  'resume',
  'résumé',
  'candidacy',
  'interest',
]);

/** Nouns that label a post's news: "Some personal news 🎉", "Career update:", "A small announcement". */
const NEWS_NOUNS = lemmaSet('furniture-news-nouns', ['news', 'update', 'announcement'], [], { nouns: true });

/** Verbs of the post's own telling: "Excited to share …", "Proud to announce …". */
const TELLING_VERBS = wordSet('furniture-telling-verbs', ['share', 'announce']);

/**
 * Nouns of someone's words in a label: "Manager comment:", "Client feedback:", "Head teacher's remarks:".
 * Not "review": "Code review: …" names the writer's activity.
 */
const SPEECH_NOUNS = lemmaSet(
  'furniture-speech-nouns',
  ['comment', 'feedback', 'remark', 'testimonial', 'endorsement', 'quote'],
  [],
  { nouns: true },
);

/** Small counts told in words, as a tenure is: "after six years". */
const NUMBER_WORDS = wordSet('furniture-number-words', [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'many',
  'several',
  'a',
]);

/** Words that make a label the writer's own: "My comment", "Self-review", "Own feedback". */
const OWN_LABEL_WORDS = wordSet('furniture-own-label-words', ['my', 'self', 'own', 'our']);

/** Determiners: a label names a kind of thing ("Herd", "Shift pattern"), an act's object has one ("Lead the team"). */
const LABEL_DETERMINERS = wordSet('furniture-label-determiners', ['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Words of a count of none: "SOC 2: no exceptions two years running" is a result (RUBRIC.md: zero counts). */
const NONE_WORDS = wordSet('furniture-none-words', ['no', 'zero', 'none', 'nil', 'not', 'never', '0']);

/** Articles after a copula that places the writer: "I'm a nurse", "I am the only driver on nights". */
const ARTICLES = wordSet('furniture-articles', ['a', 'an', 'the']);

/** Subject pronouns: a label that opens with one is a clause ("We hit the target: …"). */
const CLAUSE_SUBJECTS = wordSet('furniture-clause-subjects', ['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** The writer's words as a subject: "I", "we", and the fused be-forms. */
const WRITER_SUBJECTS = wordSet('furniture-writer-subjects', ['i', 'we', "i'm", "we're", "i've", "we've"]);

/** The most words a field's label holds ("Herd", "Shift pattern", "Languages spoken at home"). */
const MAX_LABEL_WORDS = 4;

/** The most words a goal or comment label holds ("Growth area I picked for H2"). */
const MAX_LEAD_WORDS = 8;

/** The most words of a heading ("Exhibitions curated", "Selected papers published"). */
const MAX_HEADING_WORDS = 4;

/** The most words of a form header ("Reflective account 2 of 5 — NMC revalidation"). */
const MAX_FORM_WORDS = 10;

/** A word's verb reading: a past form (listed or "-ed"). */
const isPastWord = (w: string): boolean => IRREGULAR_PAST.has(w) || isPastForm(w);

/**
 * A token that tells something done: a past form, or a finite verb the label reader knows ("fell", "went";
 * predicate-start.ts) that is no auxiliary ("I am writing" tells nothing done). "been" is the copula's
 * participle ("I have been a pharmacist"): what was done follows it ("I have been promoted").
 */
const isDoneVerb = (t: Token): boolean =>
  t.kind === 'word' && t.lower !== 'been' && (isPastWord(t.lower) || (isFiniteVerb(t) && !AUXILIARIES.has(t.lower)));

/** Whether a token starts with a capital letter (a name, a title, a heading's first word). */
const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && t.text[0] !== t.lower[0] && t.text[0] === t.text[0].toUpperCase();

/** The word and number tokens of the line, in order (symbols, emoji and markup dropped). */
function wordsOf(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) if (t.kind !== 'symbol') out.push(t);
  return out;
}

/**
 * Whether the line tells an act of the writer's: a past form within three words after a writer subject
 * ("I led", "we've cut", "I have been promoted", "our team cut"), or anywhere after it when `strict` (a
 * placing line: "I'm the nurse who rebuilt the rota"), or a past form that opens the line or a value after
 * a separator ("secured £120k", "Led the migration: …"). A participle after a noun ("the post advertised on
 * NHS Jobs") or after an article ("I'm a registered nurse") is no act.
 */
function tellsWriterAct(tokens: readonly Token[], strict: boolean): boolean {
  let sinceWriter = Infinity;
  let opening = true;
  let previous = '';
  for (const t of tokens) {
    if (t.kind === 'symbol') {
      if (t.text === ':' || t.text === '—' || t.text === '–' || t.text === ';' || t.text === '|') opening = true;
      continue;
    }
    const w = t.lower;
    if (isDoneVerb(t) && !ARTICLES.has(previous) && (opening || sinceWriter <= 3 || (strict && sinceWriter < Infinity)))
      return true;
    if (WRITER_SUBJECTS.has(w) || w === 'our' || w === 'my') sinceWriter = 0;
    else sinceWriter++;
    opening = false;
    previous = w;
  }
  return false;
}

/** An activity told as a noun: "development", "review", "migration", "renewal", "assistance" (writer-acts.ts). */
const isActivityNominal = (w: string): boolean => ACTIVITY_NOUNS.has(w) || isActNoun(w);

/** The index of the first separator (":", a spaced dash, a bar, a label bracket's close) in `tokens`, or -1. */
function separatorAt(tokens: readonly Token[]): number {
  const bracket = labelBracketEnd(tokens);
  if (bracket > 0) return bracket;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'symbol') continue;
    if (t.text === ':') return i;
    if ((t.text === '—' || t.text === '–' || t.text === '|') && i > 0) return i;
  }
  return -1;
}

/** Pronouns of a person spoken about: "she carried the redesign", "they stepped up". */
const PERSON_PRONOUNS = wordSet('furniture-person-pronouns', ['he', 'she', 'they']);

/**
 * Whether the value of a comment label after `at` is someone's words about a person: it opens with a
 * quotation mark, a person's pronoun or a name ("Manager comment: Aiko consistently raised the bar …"). What
 * a comment says the writer did is still the commenter's (RUBRIC-NOTES: what others said is not the writer's
 * claim; the spent writers label it so). A value that tells what happened to a thing, opening with a
 * determiner or in lower case ("Manager comments: the rota went live in March and sickness fell"), is an
 * account of the work whoever fills the box. A bare noun in capitals ("Rota went live …") reads as a name.
 */
function isCommentOnPerson(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at + 1];
  if (first === undefined) return true;
  if (first.text === '"' || first.text === '“' || first.text === "'" || first.text === '‘') return true;
  if (PERSON_PRONOUNS.has(first.lower)) return true;
  return isCapitalized(first) && !LABEL_DETERMINERS.has(first.lower);
}

/** A greeting word and a name or a mark: "Hi, I'm Tomasz", "Dear hiring team,", "Hello! We're Nell & Ruth". */
function isGreeting(words: readonly Token[]): boolean {
  const first = words[0];
  if (first === undefined || !GREETING_WORDS.has(first.lower)) return false;
  // "Dear" opens a letter whatever follows; "Hey/Hi/Hello" greet only at the line's head, which is here.
  return words.length > 1 || first.lower !== 'dear';
}

/**
 * A closing and at most a name ("Kind regards, Tomasz Nowak", "Best wishes, Siobhan", "Thanks, Ana"), or a
 * letter's closing sentence ("Thank you for your time.", "Looking forward to hearing from you.").
 */
function isSignOff(tokens: readonly Token[], words: readonly Token[]): boolean {
  const first = words[0]?.lower;
  // "Thank you for your time and consideration.", "Looking forward to hearing from you", "I look forward to …".
  if (first === 'thank' && words[1]?.lower === 'you' && words[2]?.lower === 'for') return true;
  const k = first === 'i' ? 1 : 0;
  if ((words[k]?.lower === 'looking' || words[k]?.lower === 'look') && words[k + 1]?.lower === 'forward') return true;
  if (first === undefined || !CLOSING_FIRST.has(first)) return false;
  let n = 1;
  if (CLOSING_SECOND.has(words[1]?.lower ?? '')) n = 2;
  else if (!CLOSING_ALONE.has(first)) return false;
  // What follows the closing is a name: capitalized words only, at most three, after a comma or nothing.
  const rest = words.slice(n);
  if (rest.length > 3 || !rest.every(isCapitalized)) return false;
  if (rest.length === 0) return true;
  const after = tokens.indexOf(words[n - 1]) + 1;
  return tokens[after]?.text === ',' || tokens[after]?.text === '-' || tokens[after]?.text === '—';
}

/** Whether the token is a word of the letter's own act (isApplyingLower). */
function isApplyingWord(t: Token): boolean {
  return isApplyingLower(t.lower);
}

/**
 * The words a letter's opener needs (isLetterOpener): "my" before a letter noun, or a word of applying or
 * writing. Most lines of a story hold none, and are passed over with one bit of the sentence's trigger mask.
 */
const LETTER_OPENER_TRIGGER = triggerWords('letter-opener', (lower) => lower === 'my' || isApplyingLower(lower));

/** A word of the letter's own act: "apply", "applying", "write", "writing". */
function isApplyingLower(w: string): boolean {
  return w === 'apply' || w === 'applying' || w === 'writing' || w === 'write';
}

/**
 * The letter's own act of writing or applying, told in the present or as a wish: "I am writing to apply for
 * …", "I write you for apply on …", "I would like to apply for …", "I'm applying for the post of …". "I
 * applied for and won a grant" is a past act and is left to the rules.
 */
function isLetterOpener(words: readonly Token[]): boolean {
  // "Please accept my application for …", "Please find attached my CV", "…my interest in the role of …".
  for (let i = 1; i < words.length; i++)
    if (words[i - 1].lower === 'my' && LETTER_NOUNS.has(words[i].lower))
      return words[i].lower !== 'interest' || words[i + 1]?.lower === 'in';
  // The writer's applying or writing needs one of its words: most lines have none, and skip the search.
  if (!words.some(isApplyingWord)) return false;
  for (let i = 0; i < words.length && i < 6; i++) {
    if (!WRITER_SUBJECTS.has(words[i].lower)) continue;
    for (let j = i + 1; j < words.length && j <= i + 5; j++) {
      const w = words[j].lower;
      if (w === 'apply' || w === 'applying') return true;
      if ((w === 'writing' || w === 'write') && (words[j + 1]?.lower === 'to' || words[j + 1]?.lower === 'you'))
        return true;
      if (isPastWord(w)) break;
    }
  }
  return false;
}

/**
 * A post's news label at its head ("Some personal news 🎉 …", "Career update: …", "Big announcement!"), or
 * the post's own telling ("Excited to share that …", "Proud to announce …"), before the writer's move told as
 * now or next: what follows is news, not work done (a past act of the writer's is checked by the caller).
 */
function isPostOpener(words: readonly Token[]): boolean {
  let labelled = false;
  for (let i = 0; i < words.length && i < 3; i++) if (NEWS_NOUNS.hasWord(words[i])) labelled = true;
  for (let i = 1; i < words.length && i < 5; i++)
    if (words[i - 1].lower === 'to' && TELLING_VERBS.has(words[i].lower)) labelled = true;
  // "After 8 wonderful years, I'm leaving the NHS": a tenure, then the move, is a post's news too.
  if (words[0]?.lower === 'after' && words.slice(1, 4).some((t) => t.kind === 'number' || NUMBER_WORDS.has(t.lower)))
    labelled ||= words.slice(1, 5).some((t) => TENURE_UNITS.has(t.lower));
  return labelled && tellsWriterMove(words);
}

/** The thread emoji a social post marks a thread with. */
const THREAD_MARK = '🧵';

/** Marks after which a phrase of its own starts: the line's start, a comma, a colon, a dash, a bracket. */
const PHRASE_OPENERS = new Set([',', ':', '—', '–', '-', '(', '|']);

/**
 * Is "thread" at `i` the line calling itself a thread: "a (short) thread" heading a phrase of its own (at the line's
 * start or after a comma, colon or dash), with nothing after it but a mark or "on"/"about"/"of" ("…, a thread 🧵",
 * "a thread on everything I fixed …")? "Fixed a thread leak", "Wrote a thread about on-call" are acts.
 */
function namesThread(tokens: readonly Token[], i: number): boolean {
  let a = i - 1;
  if (tokens[a]?.kind === 'word' && tokens[a].lower !== 'a') a--;
  if (tokens[a]?.lower !== 'a') return false;
  const before = tokens[a - 1];
  if (before !== undefined && !PHRASE_OPENERS.has(before.text)) return false;
  const next = tokens[i + 1];
  return next === undefined || next.kind !== 'word' || THREAD_TOPIC_WORDS.has(next.lower);
}

/** Words that open what a thread is about: "a thread on …", "a thread about …", "a thread of …". */
const THREAD_TOPIC_WORDS = wordSet('furniture-thread-topics', ['on', 'about', 'of']);

/**
 * A thread's first post, which names what the thread will tell ("what I shipped in 2026, a thread 🧵 1/6", "a
 * thread on everything I fixed at the garage this year (1/6)", "2025 on the ward, a thread 👇 1/9"): the line
 * calls itself "a (short) thread", or carries the thread emoji and the post number 1/M; a later post's number
 * ("3/7 rebuilt …") makes it a post of the thread, read as any line. Its act is a headline, not a claim.
 */
function isThreadOpener(tokens: readonly Token[]): boolean {
  let named = false;
  let first = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number') {
      const end = postNumberEnd(tokens, i);
      if (end < 0) continue;
      if (t.text !== '1') return false;
      first = true;
    } else if (t.lower === 'thread') named ||= namesThread(tokens, i);
    else if (t.text === THREAD_MARK) named ||= first || tokens.slice(i + 1).some((x) => x.text === '1');
  }
  return named || (first && tokens.some((t) => t.text === THREAD_MARK));
}

/** The index after a post's telling verb ("Excited to share …"), or 0 when it has none. */
function tellingEnd(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length && i < 8; i++)
    if (tokens[i - 1].lower === 'to' && TELLING_VERBS.has(tokens[i].lower)) return i + 1;
  return 0;
}

/**
 * The writer's own move told as now or next: "I'm leaving Brightwell", "I am joining …", "I'll be starting
 * …", "I'm moving on". "Big news: our fraud model is finally live" is a result, not a move.
 */
function tellsWriterMove(words: readonly Token[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i].lower;
    let j = i + 1;
    if (w === 'i' || w === 'we') {
      const aux = words[j].lower;
      if (aux !== 'am' && aux !== 'are' && aux !== 'will' && aux !== "'ll") continue;
      j++;
    } else if (w !== "i'm" && w !== "we're" && w !== "i'll" && w !== "we'll") continue;
    if (words[j]?.lower === 'be') j++;
    if (words[j] !== undefined && isGerund(words[j].lower)) return true;
  }
  return false;
}

/**
 * The writer naming themselves: "I'm Aisha, a family lawyer …", "We're Nell & Ruth, two sisters …", "My name
 * is Kenji". A capitalized word right after the fused be-form, or "my name is".
 */
function isSelfIntroduction(words: readonly Token[]): boolean {
  for (let i = 0; i < words.length && i < 4; i++) {
    const w = words[i].lower;
    if ((w === "i'm" || w === "we're") && isCapitalized(words[i + 1])) return true;
    if ((w === 'i' || w === 'we') && (words[i + 1]?.lower === 'am' || words[i + 1]?.lower === 'are'))
      if (isCapitalized(words[i + 2]) && words[i + 2].lower !== 'i') return true;
    if (w === 'my' && words[i + 1]?.lower === 'name' && words[i + 2]?.lower === 'is') return true;
  }
  return false;
}

/**
 * The job held, told as a placing rather than an act (RUBRIC-NOTES role lines: a copula that places the
 * writer is context): "I work as a delivery driver …", "Actually I work as Senior Backend Developer in …",
 * "Currently working as a carer", "I'm a registered nurse on a stroke ward", "We're a team of six". Any act
 * told after it is checked by the caller ("I'm a nurse and I cut falls by a third").
 */
function isRoleStatement(words: readonly Token[]): boolean {
  for (let i = 0; i < words.length && i < MAX_PLACING_LEAD; i++) {
    const w = words[i].lower;
    let j = i + 1;
    if (w === 'working' || w === 'employed') j = i;
    else if (!WRITER_SUBJECTS.has(w)) {
      // "For the past six years I have been …": a leading phrase of time, with no verb of its own.
      if (isDoneVerb(words[i]) || isGerund(w)) return false;
      continue;
    } else if (words[j]?.lower === 'am' || words[j]?.lower === 'are') j++;
    else if ((w === "i'm" || w === "we're" || w === "i've" || w === "we've") && words[j]?.lower === 'been') j++;
    else if ((w === "i'm" || w === "we're") && ARTICLES.has(words[j]?.lower ?? '')) return true;
    else if ((words[j]?.lower === 'have' || words[j]?.lower === 'has') && words[j + 1]?.lower === 'been') j += 2;
    const v = words[j]?.lower;
    if ((v === 'work' || v === 'working' || v === 'employed') && words[j + 1]?.lower === 'as') return true;
    // "I am a nurse", "I have been a relief pharmacist", "I've been the only driver": the copula places the writer.
    if (j > i + 1 && ARTICLES.has(v ?? '')) return true;
    // "I am relief pharmacist since six years": no article (non-native), the post's noun within three words.
    if (j > i + 1 && isBarePost(words.slice(j, j + 3))) return true;
    if (j === i) return false;
  }
  return false;
}

/** The most words before the writer in a placing line: "For the past six years I have been …". */
const MAX_PLACING_LEAD = 7;

/** "relief pharmacist", "school bus driver": plain words that close with a trade noun, no verb form between. */
function isBarePost(words: readonly Token[]): boolean {
  for (const t of words) {
    if (t.kind !== 'word' || isDoneVerb(t) || isGerund(t.lower) || FIRST_PERSON_WORDS.has(t.lower)) return false;
    if (isTradeNoun(t.lower)) return true;
  }
  return false;
}

/**
 * A heading of a list: a few words, a plural noun and a participle last, no number, no first person and
 * no full stop: "Exhibitions curated", "Courses taught", "Awards received", "Selected papers published".
 */
function isParticipleHeading(text: string, words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > MAX_HEADING_WORDS) return false;
  if (/[.!?]\s*$/.test(text)) return false;
  if (!isCapitalized(words[0])) return false;
  const last = words[words.length - 1].lower;
  if (!isParticiple(last) && !IRREGULAR_PAST.has(last)) return false;
  // The plural noun the list holds, then its participles ("Courses designed and taught").
  let n = 0;
  while (n < words.length - 1 && !isParticiple(words[n + 1].lower) && !IRREGULAR_PAST.has(words[n + 1].lower)) n++;
  const noun = words[n].lower;
  if (!noun.endsWith('s') || noun.endsWith('ss')) return false;
  for (let i = n + 1; i < words.length; i++) {
    const w = words[i].lower;
    if (w !== 'and' && !isParticiple(w) && !IRREGULAR_PAST.has(w)) return false;
  }
  return words.every((t) => t.kind === 'word' && !FIRST_PERSON_WORDS.has(t.lower));
}

/**
 * Nouns that head a section of a résumé or a form: "Work experience", "Education", "Training and
 * certificates", "Career summary", "Languages".
 */
const SECTION_NOUNS = lemmaSet(
  'furniture-section-nouns',
  [
    'experience',
    'education',
    'skill',
    'qualification',
    'certificate',
    'certification',
    'summary',
    'profile',
    'history',
    'language',
    'interest',
    'hobby',
    'reference',
    'training',
    'competency',
    'employment',
  ],
  [],
  { nouns: true },
);

/**
 * A section's heading with no value: one to four words, the first capitalized, no number, no end mark but a
 * colon, that close with a section noun (SECTION_NOUNS); the words before it are section nouns, joiners or
 * plain modifiers ("Work experience", "● Training and certificates", "▶ Professional experience"). No past
 * form and no "-ing" form stand in it unless it is itself a section noun ("Training"), and a verb stands in it
 * only when it is also a noun of activity ("Work experience"): "Taught skills sessions", "Training new staff",
 * "Organised staff training", "Teach skills" tell acts.
 */
function isSectionHeading(text: string, words: readonly Token[]): boolean {
  const n = words.length;
  if (n === 0 || n > MAX_HEADING_WORDS || /[.!?]\s*$/.test(text) || !isCapitalized(words[0])) return false;
  if (!SECTION_NOUNS.has(words[n - 1].lower)) return false;
  for (let i = 0; i < n; i++) {
    const t = words[i];
    if (t.kind !== 'word' || FIRST_PERSON_WORDS.has(t.lower) || WRITER_SUBJECTS.has(t.lower)) return false;
    if (SECTION_NOUNS.has(t.lower) || t.lower === 'and' || t.lower === 'of') continue;
    if (isDoneVerb(t) || isGerund(t.lower)) return false;
    // "Work experience", "Design skills": a verb that is also a noun of activity modifies the section noun;
    // "Teach skills", "Manage training" are a verb and its object.
    if (ACTION_BASE.has(t.lower) && !ACTIVITY_NOUNS.has(t.lower)) return false;
  }
  return true;
}

/** The most words of a heading set in capitals ("LIGHTING DESIGN", "KEY ACHIEVEMENTS", "MEET THE TEAM"). */
const MAX_CAPITALS_HEADING = 5;

/** The most words of the small print after a heading in capitals ("— selected credits"). */
const MAX_HEADING_TAIL = 3;

/** Is the word typed in capitals: two letters or more, no lower-case letter ("DESIGN", "R&D" read as its parts)? */
function inCapitals(t: Token): boolean {
  return t.kind === 'word' && /\p{Lu}.*\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase();
}

/**
 * A heading set in capitals, read by its type and its grammar: one to five words in capitals with no past form,
 * helper or number and no word of the writer's ("LIGHTING DESIGN", "KEY ACHIEVEMENTS"), and, after a dash or a
 * bar, at most small print of three words in lower case ("LIGHTING DESIGN — selected credits": a participle
 * there stands before its noun, as a modifier). A line in capitals that tells an act has its past form
 * ("LED THE RIG REBUILD") or its count ("LIT 9 VENUES") and is no heading; nor is a line that ends in a mark.
 */
function isCapitalsHeading(text: string, tokens: readonly Token[]): boolean {
  if (/[.!?:,;]\s*$/.test(text)) return false;
  let k = 0;
  let head = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (HEADING_SPLITS.has(t.text)) break;
      if (t.text !== '&' && t.text !== '-') return false;
      continue;
    }
    if (!inCapitals(t) || isPastWord(t.lower) || isFiniteVerb(t) || FIRST_PERSON_WORDS.has(t.lower)) return false;
    if (++head > MAX_CAPITALS_HEADING) return false;
  }
  if (head === 0) return false;
  const tail = tokens.slice(k + 1);
  if (tail.length > MAX_HEADING_TAIL) return false;
  return tail.every(
    (t, i) =>
      t.kind === 'word' &&
      !inCapitals(t) &&
      !FIRST_PERSON_WORDS.has(t.lower) &&
      !LABEL_DETERMINERS.has(t.lower) &&
      !((isPastWord(t.lower) || isFiniteVerb(t)) && i === tail.length - 1),
  );
}

/** Marks that split a heading into its parts: "Erfahrung / Experience", "Berufserfahrung | Work experience". */
const HEADING_SPLITS = new Set(['/', '|', '–', '—']);

/** The most words of one part of a split heading ("Work experience", "Formation"). */
const MAX_HEADING_PART = 3;

/**
 * A heading split in two or three parts, as a bilingual page or a form prints it: "Erfahrung / Experience",
 * "Berufserfahrung | Work experience", "Compétences – Skills". Each part is one to three words, the first
 * capitalized, with no number, no past or "-ing" form and no word of the writer's; the line ends in no
 * full stop. "Impact — the team adopted it" has a past form, "Week 7 — lambing" a number.
 */
function isSplitHeading(text: string, tokens: readonly Token[]): boolean {
  if (/[.!?:]\s*$/.test(text)) return false;
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'symbol') {
      if (HEADING_SPLITS.has(t.text)) parts.push([]);
      else if (t.text !== '&' && t.text !== '-') return false;
      continue;
    }
    if (t.kind !== 'word') return false;
    const w = t.lower;
    if (isPastWord(w) || isGerund(w) || FIRST_PERSON_WORDS.has(w)) return false;
    parts[parts.length - 1].push(t);
  }
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((p) => p.length > 0 && p.length <= MAX_HEADING_PART && isCapitalized(p[0]));
}

/**
 * A form's header numbered "N of M" with no verb: "Reflective account 2 of 5 — NMC revalidation",
 * "Observation 2 of 4", "Page 1 of 3". A noun stands before N; "Won 3 of 4 tenders" has a past form.
 */
function isFormHeader(tokens: readonly Token[], words: readonly Token[]): boolean {
  // "Question 3 of 6: describe a time …": the header is the label; what follows is the form's prompt.
  const at = separatorAt(tokens);
  if (at > 0) words = wordsOf(tokens.slice(0, at));
  if (words.length > MAX_FORM_WORDS) return false;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i].kind !== 'number' || words[i + 1].lower !== 'of' || words[i + 2].kind !== 'number') continue;
    const before = words[i - 1];
    if (before.kind !== 'word' || isPastWord(before.lower) || isGerund(before.lower)) return false;
    const n = Number(words[i].lower);
    const m = Number(words[i + 2].lower);
    return Number.isFinite(n) && Number.isFinite(m) && n <= m;
  }
  return false;
}

/**
 * Nouns of a form or a document the page is a part of: "Annual appraisal", "Award nomination", "Promotion
 * packet", "Reflective log", "Grant application". A line headed by one is the form's title, and what follows it
 * is the form's slots, not the work, unless one of them tells it.
 */
const DOCUMENT_NOUNS = lemmaSet(
  'furniture-document-nouns',
  [
    'appraisal',
    'review',
    'nomination',
    'packet',
    'case',
    'form',
    'application',
    'log',
    'journal',
    'account',
    'report',
    'submission',
    'portfolio',
    'questionnaire',
    'template',
    'record',
  ],
  [],
  { nouns: true },
);

/** Marks that join the parts of a form's line: "Annual appraisal 2025 — Self-review | Staff member: …". */
const CHAIN_MARKS = new Set(['—', '–', '|', ';', '·', '•']);

/**
 * The parts of a line cut at its chain marks (CHAIN_MARKS, and a hyphen with space on both sides) outside
 * brackets; each part keeps its own tokens.
 */
function chainParts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    const spacedHyphen =
      t.text === '-' &&
      i > 0 &&
      tokens[i - 1].end < t.start &&
      tokens[i + 1] !== undefined &&
      t.end < tokens[i + 1].start;
    if (depth === 0 && t.kind === 'symbol' && (CHAIN_MARKS.has(t.text) || spacedHyphen)) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts;
}

/**
 * A form's title: a noun phrase that holds a document noun ("Annual Appraisal 2025", "Self-review form, annual
 * appraisal 2025", "Nomination for award", "Teaching practice journal, week 4"), no past or finite verb, no
 * word of the writer's and no "-ing" form after the document noun ("Review of handling complaints" names work).
 */
function isFormTitle(part: readonly Token[]): boolean {
  const words = wordsOf(part);
  if (words.length === 0 || words.length > MAX_FORM_WORDS) return false;
  if (part.some(isMoneyOrShare)) return false;
  let titled = false;
  for (const t of words) {
    if (t.kind === 'number') continue;
    if (isDoneVerb(t) || FIRST_PERSON_WORDS.has(t.lower) || WRITER_SUBJECTS.has(t.lower)) return false;
    if (titled && isGerund(t.lower)) return false;
    if (DOCUMENT_NOUNS.has(t.lower) && headsItsPhrase(part, part.indexOf(t))) titled = true;
  }
  return titled;
}

/**
 * Whether the noun at `k` heads its phrase: the part ends after it, or a mark, a number or "of"/"for" follows
 * ("Grant application", "Self-review form, …", "Reflective account 3 of 5", "Nomination for award"). A noun
 * before another noun modifies it ("Account Executive", "Review board"): no form's title.
 */
function headsItsPhrase(part: readonly Token[], k: number): boolean {
  const next = part[k + 1];
  return next === undefined || next.kind !== 'word' || next.lower === 'of' || next.lower === 'for';
}

/** A sum or a share: a currency mark or "%" ("quota $1.2M", "budget £40k"), a figure no form's slot holds. */
const isMoneyOrShare = (t: Token): boolean => /[%£$€]/.test(t.text);

/** A form's numbered slot: "Month 6", "week 4", "Section B", "month six" — a noun, then a number or a letter. */
function isFormSlot(part: readonly Token[]): boolean {
  const words = wordsOf(part);
  if (words.length !== 2 || words[0].kind !== 'word' || isDoneVerb(words[0]) || isGerund(words[0].lower)) return false;
  if (part.some(isMoneyOrShare)) return false;
  const n = words[1];
  return n.kind === 'number' || NUMBER_WORDS.has(n.lower) || /^[A-Z]$/.test(n.text);
}

/**
 * The words of a form's line where an effect may be told, when the line is a form's title and its slots
 * ("Annual Appraisal 2025 — Self-review — Staff member: Dana Kerr", "Promotion packet — Candidate: Lars
 * Eriksen", "Award nomination: Team of the Year — Nominee: Ward 7"): the first part holds a document noun, in
 * its title or its label, and every part is a title, a run of names, a numbered slot or a field. A field's
 * label may be lower case here ("Promotion packet; candidate: …"); a run of names or a title names the form
 * or someone in it (the award words in "Team of the Year" are the form's), so only the values of its other
 * fields are told. No part holds a past or finite verb or the writer (each reader above refuses them), so
 * the chain tells no act of its own. Undefined when the line is no such chain ("Annual appraisal 2025 — Led
 * the rota redesign", "Award nomination — Won": a part tells the act or the result).
 */
function formChainTold(tokens: readonly Token[]): Token[] | undefined {
  const parts = chainParts(tokens);
  if (parts.length < 2) return undefined;
  const told: Token[] = [];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const at = separatorAt(part);
    const label = at > 0 ? labelWords(part, at, MAX_LABEL_WORDS) : undefined;
    if (p === 0 && !isFormTitle(label ?? part)) return undefined;
    if (label === undefined) {
      if (!isFormTitle(part) && !isPlainNameRun(part) && !isFormSlot(part)) return undefined;
      continue;
    }
    const value = part.slice(at + 1);
    if (isPlainNameRun(value)) continue;
    if (!isField(part, at, label, true)) return undefined;
    told.push(...value);
  }
  return told;
}

/** A run of names with no past or finite verb in it: "Won", "Shortlisted for …" in capitals tell a result. */
const isPlainNameRun = (tokens: readonly Token[]): boolean => isNameRun(tokens) && !tokens.some(isDoneVerb);

/**
 * The label before a separator, when it holds 1..max words and no symbol but an apostrophe, a hyphen, an
 * ampersand or a bracketed qualifier ("Rating (self)", "Rating (manager)": its words qualify the slot and
 * are not counted).
 */
function labelWords(tokens: readonly Token[], at: number, max: number): Token[] | undefined {
  if (at <= 0) return undefined;
  const label: Token[] = [];
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const t = tokens[i];
    if (t.text === '(' && label.length > 0) depth++;
    else if (t.text === ')' && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (t.kind === 'symbol') {
      if (label.length === 0 || t.text === "'" || t.text === '’' || t.text === '-' || t.text === '&') continue;
      return undefined;
    } else label.push(t);
  }
  return depth === 0 && label.length > 0 && label.length <= max ? label : undefined;
}

/** Someone else's words under a label: "Manager comment: …", "Head teacher's comment: …", "Feedback from my mentor: …". */
function isOthersComment(label: readonly Token[]): boolean {
  const last = label.length - 1;
  // "Manager comment", "Head teacher's comment", "Peer feedback": the speaker, then the speech noun.
  if (label.length >= 2 && label.length <= MAX_LABEL_WORDS && SPEECH_NOUNS.has(label[last].lower))
    return !OWN_LABEL_WORDS.has(label[last - 1].lower);
  // "Feedback from my ward manager", "Comments from the client": the speech noun, then who said it.
  return label.length >= 3 && SPEECH_NOUNS.has(label[0].lower) && label[1].lower === 'from';
}

/**
 * A quoted testimonial and its attribution: "“Calm under pressure and brilliant with families.” — Ward
 * Sister, Ward 7". The words are someone else's, whatever they tell.
 */
function isAttributedQuote(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.text;
  if (first !== '"' && first !== '“') return false;
  const close = first === '“' ? '”' : '"';
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== close) continue;
    const dash = tokens[i + 1].text;
    return (dash === '—' || dash === '–' || dash === '-') && isCapitalized(tokens[i + 2]);
  }
  return false;
}

/**
 * A goal under a label: "Development goal for next year: …", "Growth area I picked for H2: …", "Area to
 * develop this year: …", "Objective 2: …". The value is what the writer means to do, told with no past form.
 */
function isGoalField(tokens: readonly Token[], at: number, label: readonly Token[]): boolean {
  const words = label.map((t) => t.lower);
  // A growth area ("Growth area:", "Areas to grow:") is read before, whatever its value tells (layout-kinds.ts).
  if (!words.some((w) => GOAL_NOUNS.has(w))) return false;
  // "Summer reading challenge: 410 children signed up": a value told in the past is what came of it.
  for (let i = at + 1; i < tokens.length; i++) if (isDoneVerb(tokens[i])) return false;
  // "We hit the target: …": a label that opens with a subject is a clause, not a goal's name.
  return !CLAUSE_SUBJECTS.has(label[0].lower);
}

/**
 * Nouns of a standing on a form's scale: "Overall rating:", "Grade:", "Status:", "Category:", "Band:". The value
 * under one is a level read off a scale ("Strongly meets", "on track", "Team of the Year"), not an act: a
 * present form in it ("meets", "exceeds") has no subject and tells nothing done.
 */
const STANDING_NOUNS = lemmaSet(
  'furniture-standing-nouns',
  ['rating', 'grade', 'score', 'status', 'category', 'level', 'band', 'stage', 'tier', 'assessment', 'evaluation'],
  [],
  { nouns: true },
);

/**
 * A label that names the agent of the form's act, a participle then "by": "Nominated by", "Submitted by",
 * "Reviewed by", "Signed off by". Its value names who, so its participle is no act of the writer's.
 */
function isAgentLabel(label: readonly Token[]): boolean {
  const n = label.length;
  return n >= 2 && label[n - 1].lower === 'by' && isPastWord(label[0].lower);
}

/** Words that join the names of a run: "Nurse of the Year", "Head of Year 9", "Marks & Spencer". */
const NAME_JOINERS = wordSet('furniture-name-joiners', [
  'of',
  'the',
  'and',
  'for',
  'in',
  'at',
  'on',
  'de',
  'und',
  'et',
  'x',
]);

/**
 * Whether the tokens are a run of names, dates and symbols: every word capitalized (a name, a title, a
 * heading) or a joiner between names, every number a date, a code or a count in a title ("Head of Year 9",
 * "Ward 7 Stroke Unit (Jan–Mar 2022)", "Dr A. Mensah, Head of Year 9"); no word of the writer's, no past
 * form or "-ing" form that is not capitalized. Such a value tells no act, whatever its label.
 */
function isNameRun(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'symbol') continue;
    if (t.kind === 'number') {
      if (/[%£$€]/.test(t.text)) return false;
      continue;
    }
    if (FIRST_PERSON_WORDS.has(t.lower)) return false;
    if (!isCapitalized(t) && !NAME_JOINERS.has(t.lower) && !isMonthWord(t.lower) && !WEEKDAY_NAMES.has(t.lower))
      return false;
    words++;
  }
  return words > 0;
}

/** Adverbs of a change's direction ("down by a third"; "up" is a change word already). */
const DIRECTION_WORDS = wordSet('furniture-direction-words', ['down', 'up']);

/**
 * A field: a short label naming a thing, and a value that tells no act ("Herd: 220 Holstein Friesians,
 * all-year-round calving", "Acreage: 300 ha arable", "Team: 6 MLEs", "Overall rating: Strongly exceeds",
 * "Nominated by: Ward Sister Joan Okafor"). The value opens with a number or a noun, holds no past form,
 * gerund opening, writer or count of none, no share or sum (a result told verbless, "Savings: £40k a
 * year", is left to the rules), and the label is no result label, has no determiner and opens with no
 * verb. A label of an agent ("Nominated by") may hold its participle when its value is a run of names; a
 * label of a standing ("rating", "status") may hold a present form in its value ("Strongly meets"). The
 * label opens with a capital unless `anyCase` (a slot of a form's line, formChainTold).
 */
function isField(tokens: readonly Token[], at: number, label: readonly Token[], anyCase = false): boolean {
  if (label.length > MAX_LABEL_WORDS || (!anyCase && !isCapitalized(label[0]))) return false;
  const value = tokens.slice(at + 1);
  if (isAgentLabel(label)) return isNameRun(value);
  // "Overall rating", "Award category": a standing noun heads the label, whatever its "-ing" or the verb
  // spelled like the word before it.
  const standing = isStandingLabel(label);
  if (label.some((t) => isPastWord(t.lower) || (isGerund(t.lower) && !STANDING_NOUNS.has(t.lower)))) return false;
  if (label.some((t) => FIRST_PERSON_WORDS.has(t.lower))) return false;
  // A label of the writer's work ("Achievements", "Activities") is never a field's: layout-kinds.ts reads it.
  if (label.some((t) => WORK_LABELS.has(t.lower) || LABEL_DETERMINERS.has(t.lower))) return false;
  // "Lead the development team: 1 designer, …": a verb first makes the label an act, its value the act's object.
  if (ACTION_BASE.has(label[0].lower) && !standing) return false;
  const first = value.find((t) => t.kind !== 'symbol');
  if (first === undefined) return false;
  // "Tasks: development of the invoice module, code review": a value that opens with an activity is the
  // writer's duties, a claim (RUBRIC-NOTES: verbless lines that say what the writer did).
  if (first.kind === 'word' && (isGerund(first.lower) || isPastWord(first.lower) || isActivityNominal(first.lower)))
    return false;
  // "Summary: Owns the pricing models", "Role: leads a team of six": a bio's act in the present, its subject
  // dropped, before its object.
  if (first.kind === 'word' && isPresentActBeforeObject(value, value.indexOf(first))) return false;
  for (const t of value) {
    if (t.kind === 'symbol') {
      if (t.text === '%' || t.text === '£' || t.text === '$' || t.text === '€') return false;
      continue;
    }
    if (WRITER_SUBJECTS.has(t.lower) || FIRST_PERSON_WORDS.has(t.lower) || NONE_WORDS.has(t.lower)) return false;
    if (isDoneVerb(t) && (!standing || isPastWord(t.lower))) return false;
    // "Rota redesign | agency shifts down by a third", "Falls: 12 → 3": a change told verbless is a result.
    if (isChangeWord(t.lower) || DIRECTION_WORDS.has(t.lower) || isDirectionArrow(t.text)) return false;
    if (t.kind === 'number' && /[%£$€]/.test(t.text)) return false;
  }
  return true;
}

/** Words that open an act's object: "the", "a", "our", a number. */
const OBJECT_OPENERS = wordSet('furniture-object-openers', [
  'the',
  'a',
  'an',
  'all',
  'every',
  'two',
  'three',
  'four',
  'five',
  'six',
]);

/**
 * Whether the word at `k` is a verb of work in the third person present ("owns", "leads", "runs") with its
 * object after it ("the pricing models", "a team of six", "3 sites"): a clause of the writer's act.
 */
function isPresentActBeforeObject(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (!w.endsWith('s') || w.endsWith('ss') || !isWorkVerb(w)) return false;
  const next = tokens[k + 1];
  return next !== undefined && (next.kind === 'number' || OBJECT_OPENERS.has(next.lower));
}

/**
 * Whether a field's label only names the form's slot, so the effect words in it ("Award category",
 * "Nominated by") are the form's and the effect is looked for in the value alone.
 */
function isSlotLabel(label: readonly Token[]): boolean {
  return isAgentLabel(label) || isStandingLabel(label);
}

/** A label headed by a standing noun: "Overall rating", "Award category", "Grade". */
function isStandingLabel(label: readonly Token[]): boolean {
  return STANDING_NOUNS.has(label[label.length - 1].lower);
}

/**
 * Nouns of a level on a scale of judgement ("Overall rating", "Grade", "Self assessment"), whose value's words
 * of praise ("Exceeds expectations", "Outstanding") are the level itself. A status or a stage may report
 * what came of the work ("Status: live across all EU markets"): its value is read for an effect.
 */
const SCALE_NOUNS = lemmaSet('furniture-scale-nouns', ['rating', 'grade', 'score', 'assessment', 'evaluation'], [], {
  nouns: true,
});

/** The kind a labelled line plays, read from its label and value (see isOthersComment, isGoalField, isField). */
function labelledKind(tokens: readonly Token[]): FurnitureKind | undefined {
  const at = separatorAt(tokens);
  if (at < 0) return undefined;
  const label = labelWords(tokens, at, MAX_LEAD_WORDS);
  if (label === undefined) return undefined;
  if (isGoalField(tokens, at, label)) return 'goal-field';
  // "Client feedback: I rebuilt their portal …": the writer speaking under the label is the writer's account.
  if (isOthersComment(label) && !tokens.some((t, i) => i > at && WRITER_SUBJECTS.has(t.lower)))
    return isCommentOnPerson(tokens, at) || !tokens.some((t, i) => i > at && isPastWord(t.lower))
      ? 'others-comment'
      : undefined;
  return isField(tokens, at, label) ? 'field' : undefined;
}

/**
 * Whether the line bears a mark that one of the shapes read at its head or by its length needs: few words
 * (a heading, a form header), a separator (a label, a form header's label), an opening quote (a
 * testimonial), or a first word that opens a sign-off, a greeting, a profile or a post's news. Most lines
 * of a story bear none, and then only the shapes read from the writer's own words (a letter's opener, a
 * self-introduction, a role statement) can hold: the others are passed over (they cost a cold story ~5%).
 * Each test mirrors the first condition of the shape it stands for (isSignOff, isGreeting, isProfileLine,
 * isPostOpener, isAttributedQuote, isParticipleHeading, isFormHeader, labelledKind).
 */
function opensAShape(tokens: readonly Token[], words: readonly Token[]): boolean {
  if (words.length <= MAX_FORM_WORDS || separatorAt(tokens) >= 0) return true;
  const quote = tokens[0].text;
  if (quote === '"' || quote === '“') return true;
  const first = words[0].lower;
  if (GREETING_WORDS.has(first) || CLOSING_FIRST.has(first) || PROFILE_HEADS.has(first)) return true;
  if (first === 'thank' || first === 'having' || first === 'after') return true;
  // "Looking forward to …", "I look forward to …".
  const k = first === 'i' ? 1 : 0;
  if (words[k].lower === 'looking' || words[k].lower === 'look') return true;
  return postLabelled(words);
}

/** A post's news label in its first words ("Career update: …") or its own telling ("Excited to share …"). */
function postLabelled(words: readonly Token[]): boolean {
  for (let i = 0; i < words.length && i < 3; i++) if (NEWS_NOUNS.hasWord(words[i])) return true;
  for (let i = 1; i < words.length && i < 5; i++)
    if (words[i - 1].lower === 'to' && TELLING_VERBS.has(words[i].lower)) return true;
  return false;
}

/**
 * A line of hashtags: every word or number joined to a "#" before it, two at least ("#nursing #nightshift",
 * "#engineering #fintech #proudmanager"). A post's tags file it; they tell no work. "#1 in the region" has
 * words after its tag, "Wrote the #LocalFirst campaign" words before.
 */
function isHashtagLine(tokens: readonly Token[]): boolean {
  let tags = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'symbol') continue;
    const hash = tokens[i - 1];
    if (hash === undefined || hash.text !== '#' || hash.end !== t.start) return false;
    tags++;
  }
  return tags >= 2;
}

/** The most words before the writer as the object of an invitation: "Reach out to me", "Feel free to message me". */
const MAX_INVITATION_LEAD = 4;

/** Prepositions that may open a line before "me": "Before me the team …", "About me: …", "Like me, …". */
const ME_PREPOSITIONS = wordSet('furniture-me-prepositions', [
  'before',
  'after',
  'about',
  'like',
  'unlike',
  'for',
  'with',
  'without',
  'to',
  'behind',
  'beside',
  'besides',
  'than',
  'including',
  'except',
  'but',
]);

/**
 * An invitation to the reader: the line opens with a verb told to the reader, the writer its object ("Ask me
 * about …", "Talk to me about …", "Message me for …", "Feel free to message me …"). No label, subject, past
 * form or "-ing" form stands before "me", and the line opens with no preposition, so nothing of the work is
 * told; what follows a break may be ("Ask me about it — I cut our food waste by half": the act check refuses
 * it). "Team: me + 2 backend" is a field, "Before me the team had …" context.
 */
function isInvitation(tokens: readonly Token[], words: readonly Token[]): boolean {
  const first = words[0];
  // The verb told to the reader is a bare form: no past form, no "-ing", not the writer, no preposition.
  if (first === undefined || first.kind !== 'word' || isPastWord(first.lower) || isGerund(first.lower)) return false;
  if (FIRST_PERSON_WORDS.has(first.lower) || ME_PREPOSITIONS.has(first.lower)) return false;
  for (let i = 1; i < words.length && i <= MAX_INVITATION_LEAD; i++) {
    const w = words[i].lower;
    if (w === 'me') {
      // "Priya and me did the stocktake": "me" in a joint subject, its verb after it, is the writer's act.
      const after = words[i + 1];
      if (after !== undefined && (isPastWord(after.lower) || isFiniteVerb(after))) return false;
      return separatorAt(tokens.slice(0, tokens.indexOf(words[i]))) < 0;
    }
    // Only the particles of the verb told to the reader, or a verb after "to", stand before "me": "Reach out to
    // me", "Get in touch with me", "Feel free to message me".
    if (!INVITATION_PARTICLES.has(w) && words[i - 1].lower !== 'to') return false;
  }
  return false;
}

/** Words between the verb told to the reader and "me": "reach out to me", "get in touch with me", "free to". */
const INVITATION_PARTICLES = wordSet('furniture-invitation-particles', [
  'to',
  'with',
  'out',
  'in',
  'touch',
  'free',
  'up',
]);

/** Whether every clause after a break (";", "—") names only what the writer holds, or there is no break. */
function breaksHoldOnlyStatus(tokens: readonly Token[]): boolean {
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.text !== ';' && t.text !== '—') continue;
    if (from >= 0 && !isStatusLine(tokens.slice(from + 1, i))) return false;
    from = i;
  }
  return true;
}

/** The kinds read from the line's words, before the writer's act and the effect are checked. */
function shapeKind(text: string, tokens: readonly Token[]): FurnitureKind | undefined {
  const words = wordsOf(tokens);
  if (words.length === 0) return undefined;
  // The kinds keep their order (the first that holds names the line); a line with no opening mark skips
  // those that need one (opensAShape).
  const marked = opensAShape(tokens, words);
  if (isThreadOpener(tokens)) return 'thread-opener';
  if (marked && isSignOff(tokens, words)) return 'sign-off';
  if (marked && isAttributedQuote(tokens)) return 'others-comment';
  if (marked && isGreeting(words)) return words[0].lower === 'dear' ? 'letter-opener' : 'greeting';
  if (holdsTrigger(tokens, LETTER_OPENER_TRIGGER) && isLetterOpener(words)) return 'letter-opener';
  if (marked && isPostOpener(words)) return 'post-opener';
  if (isSelfIntroduction(words)) return 'self-introduction';
  if (isHashtagLine(tokens)) return 'hashtags';
  if (isInvitation(tokens, words)) return 'invitation';
  // "Interested in ML systems", "Having 9 years of experience in …" (profile-lines.ts); a clause after a
  // break may still tell an act ("Interested in ML; currently building a feature store"), unless it too
  // names what the writer holds ("Skilled in Excel and SAP; IELTS 7.5": line-status.ts).
  if (marked && isProfileLine(words.map((t) => t.lower)) && breaksHoldOnlyStatus(tokens)) return 'profile';
  if (isRoleStatement(words)) return 'role-statement';
  if (!marked) return undefined;
  if (isParticipleHeading(text, words) || isSectionHeading(text, words) || isCapitalsHeading(text, tokens))
    return 'heading';
  if (isFormHeader(tokens, words) || formChainTold(tokens) !== undefined) return 'form-header';
  // A label and its value first: "Award category — Patient Safety Champion" is a slot of a form.
  return labelledKind(tokens) ?? (isSplitHeading(text, tokens) ? 'heading' : undefined);
}

/** Kinds whose own readers already answer for an act and an effect (the résumé furniture of s32–s34). */
function resumeKind(
  text: string,
  tokens: readonly Token[],
  section: StorySection | undefined,
): FurnitureKind | undefined {
  if (text.charCodeAt(0) === 35 && isMarkdownHeadingLine(text)) return 'markdown-heading';
  if (section !== undefined) return undefined;
  if (isAvailabilityLine(tokens)) return 'availability';
  if (isContactLine(text, tokens)) return 'contact';
  // A rating's word of praise ("Rated 4.9/5 …") is the standing held, no effect: the line stays status.
  const status = statusLineKind(tokens);
  if (status === 'rating' || (status === 'status' && findOutcomeCues(tokens as Token[]).length === 0)) return 'status';
  return undefined;
}

/**
 * The furniture kind of a sentence, or undefined when it may tell the work. `tokens` are the sentence's
 * tokens from its predicate start (a leading label read past), `lineTokens` all of them; `section` is the
 * story section (page furniture stands outside STAR sections, a Markdown heading anywhere). A line that
 * tells an act of the writer's or names an effect is never furniture, whatever its shape.
 */
export function pageFurniture(
  text: string,
  tokens: readonly Token[],
  lineTokens: readonly Token[],
  section: StorySection | undefined,
): FurnitureKind | undefined {
  const resume = resumeKind(text, tokens, section);
  if (resume !== undefined || section !== undefined) return resume;
  const kind = shapeKind(text, lineTokens);
  if (kind === undefined) return undefined;
  // Someone else's words and a goal stand whatever they tell: the act or the effect is not the writer's,
  // or not yet done ("Growth area I picked for H2: …" picks a goal).
  // A thread's opener names what its posts will tell ("what I shipped in 2026, a thread"): a headline.
  if (kind === 'others-comment' || kind === 'goal-field' || kind === 'thread-opener') return kind;
  // A heading in capitals holds no past form or count of its own: its words are a section's name, not an act.
  if (kind === 'heading' && isCapitalsHeading(text, lineTokens)) return kind;
  // A profile line's head is a participle-adjective ("Skilled in …", "Experienced with …"), and so is a post's
  // feeling before its telling ("Excited to share that …"): the act is looked for after them.
  const from = kind === 'profile' ? 1 : kind === 'post-opener' ? tellingEnd(lineTokens) : 0;
  const placing = kind === 'role-statement' || kind === 'self-introduction';
  // A slot's label ("Nominated by", "Award category") is the form's words: the act and the effect are
  // looked for in its value.
  const at = kind === 'field' ? separatorAt(lineTokens) : -1;
  const label = at > 0 ? labelWords(lineTokens, at, MAX_LABEL_WORDS) : undefined;
  // A form's title and its slots: the effect is looked for in the values of its fields only (formChainTold).
  const chain = kind === 'form-header' ? formChainTold(lineTokens) : undefined;
  const told = chain ?? (label !== undefined && isSlotLabel(label) ? lineTokens.slice(at + 1) : lineTokens);
  if (tellsWriterAct(from > 0 ? lineTokens.slice(from) : told, placing)) return undefined;
  // "Rating (manager): Exceeds expectations", "Grade: Outstanding": a level read off a scale is the standing
  // held, its word of praise no effect (as a rating's is: line-status.ts).
  if (label !== undefined && SCALE_NOUNS.has(label[label.length - 1].lower)) return kind;
  return findOutcomeCues(told as Token[]).length === 0 ? kind : undefined;
}
