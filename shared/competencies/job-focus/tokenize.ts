// Words of a job description with their offsets and their stems, so lexicon phrases match any
// inflection ("mentor", "mentoring", "mentored") while evidence still quotes the original text.
import { stemmer } from 'stemmer';
import { irregularBase } from '../../analysis/rules/language/lexicon';
import { PARTNER_ROLES, PARTY_NOUNS } from '../../analysis/signals/signal-lexicon';
import { CONCEPT_PHRASES } from '../lexicons/concepts';
import { letterPairReadings } from './ocr-letter-pairs';
import { PARTY_FORMS, PARTY_STEM_WORDS } from '../lexicons/party-nouns';
import { markNamedColleagues } from './named-colleagues';
import { readDutyNouns } from './nominal-heads';
import { shortFormGoesOn, shortFormReading } from './short-forms';
import { markRoleNouns } from './role-nouns';

export interface Token {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Porter stem of the lower-cased word; the key lexicon phrases are matched on. */
  stem: string;
  /** Lower-cased word, for phrases that need the exact form (`=conflict` but not "conflicting"). */
  lower: string;
  /** Index of the clause the word is in: phrases never match across a sentence, line or list break. */
  clause: number;
  /**
   * For "them" or "those", the people named just before it stand for ("our two apprentices … support them"): a phrase
   * slot that asks for such people accepts the pronoun as them.
   */
  refers?: { stem: string; lower: string };
  /** Whether the word names people by a role or a group ("manager", "parents", "callers"): what `@person` matches. */
  person?: true;
  /** Whether the word names colleagues by its shape or context ("electricians", "the two SREs on the team"): `@role`. */
  role?: true;
  /**
   * Whether the word names a party of an ask: a colleague, another profession or a governing body ("the vet", "the
   * trustees", "the four greenkeepers"), or is a "them" standing for one: what `@party` matches (role-nouns.ts).
   */
  party?: true;
  /**
   * Whether the word opens a clause that goes on the same sentence after a semicolon, a colon or a spaced dash ("run the
   * bakery on Saturdays — a team of five", "today it takes ten days; we want it under three"): a phrase's `>` reads
   * across such a break, never across a full stop or a line break.
   */
  continues?: true;
  /**
   * How the word is joined to the word before it when that is no space: `comma` after a comma ("lead, develop"), `and`
   * after an ampersand or a slash ("lead & develop", "lead/manage"), `compound` after a hyphen ("performance-manage").
   */
  joined?: 'comma' | 'and' | 'compound';
}

// Hyphens split words ("trade-offs" = "trade offs", "end-to-end" = "end to end"); apostrophes stay inside.
const WORD = /[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*/g;

// "our own", "your own": the adjective, not the verb "to own".
const POSSESSIVES = new Set(['my', 'our', 'your', 'their', 'its', 'his', 'her']);
// Participles that make compound adjectives with a hyphen ("midwife-led", "vet-owned", "family-run", "data-driven"),
// and the prefixes that keep them verbs ("co-led", "re-run", "self-managed" is an adjective but names no other party).
const COMPOUND_PARTICIPLES = new Set(['led', 'owned', 'run', 'managed', 'driven', 'supervised', 'coached']);
const PREFIXES = new Set(['co', 're', 'pre']);
// "machine learning", "deep learning": the field, not learning from experience.
const LEARNING_FIELDS = new Set(['machine', 'deep', 'reinforcement', 'transfer', 'federated', 'supervised', 'active']);
// A dash with spaces on both sides breaks a clause too: the bullet of a list pasted as one line ("… career
// growth - Own the roadmap"), or an aside ("Decide — with the data team — what ships").
// "team members", "staff member": colleagues, not the members a service is for ("member interviews").
const COLLEAGUE_GROUPS = new Set([
  'team',
  'staff',
  'board',
  'faculty',
  'family',
  'crew',
  'committee',
  'squad',
  'panel',
]);
const CLAUSE_BREAK = /[.!?;:\n•·|()]|\s[-–—]+\s/;
// The breaks a sentence goes on across: a semicolon, a colon or a spaced dash, with no other break beside it.
const SENTENCE_GOES_ON = (gap: string) => /^\s*(?:[;:]|[-–—]+)\s*$/.test(gap) && !/\n/.test(gap);
// "own" is the hire's when nothing or one of these stands before it in the clause ("Own the models",
// "you'll own", "to own", "build and own", "experience of owning"); after another subject ("we own our outcomes", "the CTO owns
// that", "our team owns relevance") it is what someone else does.
const OWN_AFTER = new Set([
  // "a history of owning services", "experience in owning": the hire's own past.
  'of',
  'in',
  'you',
  "you'll",
  'you’ll',
  "you'd",
  'you’d',
  // The hire named in the third person by a founder or a recruiter ("they'd own the whole pipeline", "they'll own the
  // rota"), and a text message's forms without the apostrophe ("youd own the van stock").
  "they'd",
  'they’d',
  "they'll",
  'they’ll',
  'youd',
  'youll',
  'theyd',
  'theyll',
  'u',
  'will',
  'would',
  'to',
  'and',
  'or',
  'also',
  'can',
  'should',
  'must',
  'shall',
  'fully',
  'truly',
  'really',
  'then',
  'help',
  // "That means owning the depot's maintenance plan", "the job involves owning …": what the role is said to hold.
  'means',
  'mean',
  'involves',
  'involve',
  'includes',
  'include',
]);
// "we're hiring", "is hiring": the company recruiting, not the hire building a team.
const HIRING_SUBJECTS = new Set([
  'we',
  "we're",
  'we’re',
  "we'll",
  'we’ll',
  "we'd",
  'we’d',
  "they're",
  'they’re',
  "they'll",
  'they’ll',
  "they'd",
  'they’d',
  'are',
  'is',
  "'re",
  'now',
  'currently',
  'actively',
  'also',
]);
// Someone else's act: "Marta sets the team's priorities", "Bea still runs the team", "the committee itself decides
// rates", "the analysts present the pack to the board". A verb of these, after a named person or a group named with a
// determiner (and an adverb or modal or two), is what that subject does, not what the role asks; "own" has its own
// rule above. Not after "you", "they", "we", "who", a role's title ("the Senior Analyst leads") or a word of the role.
const DOER_VERBS = new Set([
  'set',
  'run',
  'lead',
  'decide',
  'manage',
  'present',
  'chair',
  'approve',
  'define',
  'drive',
  'mentor',
  'coach',
  'handle',
  'make',
  'sign',
  'write',
  'review',
  'hire',
  'explain',
  'prioritise',
  'prioritize',
  'plan',
  'supervise',
  // The verbs of following an agreed action through: "the ward sister chases the actions" is hers.
  'chase',
  'ensure',
  'check',
  'track',
  // And of the plain-word asks: "the registrars teach the new doctors" is theirs.
  'answer',
  'listen',
  'teach',
  'train',
  // And of looking back at what went wrong: "the safety team investigates every accident" is theirs.
  'investigate',
  'analyse',
  'analyze',
  'examine',
  'debrief',
]);
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'actually',
  'really',
  'always',
  'often',
  'sometimes',
  'all',
  'each',
  'could',
  'should',
  'may',
  'might',
  'still',
  'already',
  'also',
  'usually',
  'currently',
  'now',
  'typically',
  'normally',
  'itself',
  'themselves',
  'himself',
  'herself',
  'will',
  'would',
  'can',
  'does',
  'do',
]);
// Words that join or lead into a phrase and are never its subject: "… the data platform, and mentors two engineers".
const NO_SUBJECT_WORDS = new Set([
  'and',
  'or',
  'but',
  'then',
  'to',
  'of',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'as',
  'from',
  'into',
  'also',
  'both',
  'either',
]);
const GROUP_DETERMINERS = new Set(['the', 'our', 'their', 'its', 'his', 'her']);
// The company's own people: "our director", "my manager".
const OWNING_DETERMINERS = new Set(['our', 'my']);
// Hire subjects that are pronouns or relatives, never a title the company owns.
const PRONOUN_SUBJECT = /^(you|u|i|we|they|it|this|that|these|those|who|which|what|someone|anyone|one|each|everyone)$/;
// Prepositions whose object a group named after them is: "with the data leads" is no subject of "leads".
const OBJECT_PREPOSITIONS = new Set(['with', 'alongside', 'to', 'for', 'of', 'from', 'between', 'among', 'across']);
const ROLE_NOUN_FORMS = new Set(['leads']);
/**
 * Whether "leads" about to be pushed ends a preposition's object, so names people, not an act: "work with the data
 * science leads", "agree it with our site leads" (a word or two naming their kind between).
 */
function roleNounAfterPreposition(tokens: readonly Token[], clause: number, lower: string): boolean {
  if (!ROLE_NOUN_FORMS.has(lower)) return false;
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 3 && tokens[k].clause === clause; k--)
    if (GROUP_DETERMINERS.has(tokens[k].lower))
      return k > 0 && tokens[k - 1].clause === clause && OBJECT_PREPOSITIONS.has(tokens[k - 1].lower);
  return false;
}
// Subjects that are the hire or stand for the hire: pronouns, relatives, and the words an ad names its role with.
const HIRE_SUBJECTS =
  /^(you|u|i|we|they|it|this|that|these|those|who|which|what|someone|anyone|one|each|everyone|role|position|job|person|hire|candidate|applicant|individual|postholder|jobholder|incumbent|engineer|manager|lead|leader|scientist|analyst|architect|developer|designer|director|head|officer|specialist|consultant|coordinator|administrator|nurse|teacher|advisor|adviser|owner|member|researcher|technician|supervisor)s?$/;
/** The base a third-person or plain form of a doer verb stands for ("sets" → "set"), or undefined. */
function doerVerb(lower: string): string | undefined {
  if (DOER_VERBS.has(lower)) return lower;
  if (lower.endsWith('es') && DOER_VERBS.has(lower.slice(0, -2))) return lower.slice(0, -2);
  if (lower.endsWith('s') && DOER_VERBS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return undefined;
}
/** Whether the doer verb about to be pushed has a subject other than the hire before it in its clause. */
function otherSubject(
  tokens: readonly Token[],
  clause: number,
  verb: string,
  lower: string,
  gapBefore: string,
): boolean {
  // "Partner with the analysts, decide which …": a comma ends the phrase before the verb; it is no subject.
  if (gapBefore.includes(',')) return false;
  let i = tokens.length - 1;
  let between = 0;
  while (i >= 0 && tokens[i].clause === clause && BETWEEN_SUBJECT_AND_VERB.has(tokens[i].lower)) {
    i--;
    between++;
  }
  if (i < 0 || tokens[i].clause !== clause) return false;
  const subject = tokens[i];
  if (NO_SUBJECT_WORDS.has(subject.lower)) return false;
  // "Our director makes sure …", "my manager decides …": a title the company names as its own, right after "our" or
  // "my", is a colleague's, not the hire's ("our new director will …" names the hire).
  if (HIRE_SUBJECTS.test(subject.lower))
    return (
      i > 0 &&
      tokens[i - 1].clause === clause &&
      OWNING_DETERMINERS.has(tokens[i - 1].lower) &&
      !PRONOUN_SUBJECT.test(subject.lower)
    );
  // A plain form needs a plural group or a modal: "the analysts present", "the board will approve".
  const thirdPerson = lower !== verb;
  // A named person: a capitalised word that is no line of capitals ("Marta", "Femi", not "MUST" or "SQL").
  if (/^[A-Z][a-z]/.test(subject.text)) return thirdPerson || between > 0;
  // A group named with a determiner: "the committee decides", "the analysts present", "our PM writes".
  // A word or two may name the group's kind between them ("the clinical board", "our pricing committee").
  let determined = false;
  for (let k = i - 1; k >= 0 && k >= i - 3 && tokens[k].clause === clause; k--)
    if (GROUP_DETERMINERS.has(tokens[k].lower)) {
      determined = true;
      break;
    }
  return determined && (thirdPerson || between > 0 || /s$/.test(subject.lower));
}

// "the lads would answer to you": the people's act is the hire's leading them, so no one else's act.
const ANSWERED_BY_HIRE = /^\s+(?:directly\s+|straight\s+)?to\s+(?:you|u)\b/i;

// Adverbs between the company and its hiring: "we're finally hiring", "we are urgently hiring".
const HIRING_ADVERBS = new Set([
  'finally',
  'urgently',
  'officially',
  'busy',
  'still',
  'again',
  'now',
  'currently',
  'actively',
  'also',
]);
// "hiring manager", "hiring process": the company's recruiting, named as a noun.
const HIRING_NOUNS = new Set([
  'manager',
  'managers',
  'process',
  'panel',
  'committee',
  'freeze',
  'stage',
  'stages',
  'round',
  'rounds',
  'team',
  'plan',
  'plans',
  'post',
  'page',
  'channel',
  'decision',
]);
// "we will hire", "they would hire": a modal between the company and its hiring.
const HIRING_MODALS = new Set(['will', 'would', 'shall', 'may', 'might', 'plan', 'soon']);
// "we propose hiring one more nurse", "we plan to hire two", "we're looking to hire": a verb of intending (by its stem,
// whatever its form), with or without "to", between the company and its hiring.
// "[Hiring] Head Baker", "#hiring", "Ref: HIRING-2026-014": the word as a post's tag or in a document's id, the
// company's recruiting.
const taggedHiring = (text: string, start: number, end: number) =>
  text[start - 1] === '[' || text[start - 1] === '#' || /^-\d/.test(text.slice(end, end + 2));
const INTENDING_STEMS = new Set([
  'propos',
  'plan',
  'intend',
  'hope',
  'want',
  'expect',
  'aim',
  'look',
  'consid',
  'like',
]);
const COMPANY_PRONOUNS = new Set(['we', 'they']);

/** The key under which a token index lists the words that name people (`@person` in a phrase). */
export const PERSON_KEY = '@person';
/** The key under which a token index lists the words that name colleagues by shape or context (`@role`). */
export const ROLE_KEY = '@role';
/** The key under which a token index lists the words that name a party of an ask (`@party`). */
export const PARTY_KEY = '@party';

/** The stem of every number written in digits ("4", "140", "2.5"), so a phrase can ask for a count (`#`). */
export const NUMBER_STEM = 'num(digits)';

// People a later "them" can stand for: the roles and groups the signal lexicon knows, and the people a role grows or
// serves. Only a plural (or a group word) is taken, and only within a few words before the pronoun.
const PEOPLE_WORDS = [
  'staff',
  'people',
  'team',
  'crew',
  'junior',
  'graduate',
  'intern',
  'apprentice',
  'trainee',
  'engineer',
  'developer',
  'scientist',
  'researcher',
  'teacher',
  'student',
  'pupil',
  'parent',
  'customer',
  'user',
  'patient',
  'member',
  'agent',
  'planner',
  'coordinator',
  'assistant',
  'technician',
  'colleague',
  'merchant',
  'shopper',
  'tenant',
  'resident',
  'caller',
  'guest',
  'visitor',
  'relative',
  'family',
  'passenger',
];
let peopleStems: ReadonlySet<string> | undefined;
const isPeopleStem = (stem: string) =>
  (peopleStems ??= new Set(
    [...PEOPLE_WORDS, ...PARTNER_ROLES.entries, ...PARTY_NOUNS.entries].map((w) => stemmer(w.toLowerCase())),
  )).has(stem);
const GROUP_WORDS = new Set(['staff', 'people', 'team', 'crew']);
const REFERRING = new Set(['them', 'those']);
// How far back (in words) "them" looks for the people it stands for.
const REFERENT_REACH = 25;

// "w/o" standing alone (not "w/ops", a "with" before a word that starts with o).
const WITHOUT_SHORT = /^w\/o(?![A-Za-z])/i;

// The hire spoken of as "they" with a duty's modal ("they'd have to sit with our lawyer", "they will need to", "they
// have to make the case for it"), and a "they" that is the company or a client instead ("they're a Series B startup",
// "they've raised", "they're hiring").
const HIRE_THEY = /\bthey(?:['’](?:d|ll)\b| (?:will|would|must|should|need to|have to|(?:will|would) need to)\b)/i;
const COMPANY_THEY =
  /\bthey(?:['’]re| are) (?:a|an|the|hiring|based|growing|backed|funded)\b|\bthey(?:['’]ve| have) (?:raised|grown|just)\b|\bthey (?:sell|make|build|run|offer|serve|operate)\b/i;
/** Whether `text` names the person hired "they", and names no company or client so. */
function namesHireThey(text: string): boolean {
  return HIRE_THEY.test(text) && !COMPANY_THEY.test(text);
}

// Stemming is the cost of tokenizing; job descriptions repeat their words, so stems are remembered.
const stems = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** Stem of one word, as the lexicon and the text both use it. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const lower = word
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/[’']/g, '');
    // "has written design docs", "has built and run": an irregular past is its verb ("data-driven" stays an adjective).
    const base = lower === 'driven' ? undefined : irregularBase(lower);
    stem = stemmer(base ?? lower);
    if (stems.size >= MAX_REMEMBERED) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

// The mark of an answer in a FAQ-shaped ad ("A: …", "Answer: …").
const ANSWER_MARK = /^(A|Answer|ANSWER)$/;
const ABBREVIATIONS = new Set(['vs', 'e', 'g', 'i', 'etc', 'incl', 'approx', 'esp', 'cf']);
// A line broken inside a sentence, as text copied from a PDF is ("… to non-technical senior\nstakeholders in
// plain terms"): one newline, nothing but a word or a comma before it, and a lower-case word after it. Such a
// break ends no clause.
const softWrap = (gap: string, next: string) => /^[ \t]*\r?\n[ \t]*$/.test(gap) && /^[a-z]/.test(next);

const abbreviationStop = (previous: Token, text: string, start: number) =>
  ABBREVIATIONS.has(previous.lower) && /^\.\s*$/.test(text.slice(previous.end, start));

const isDigit = (c: number) => c >= 48 && c <= 57;

// A word a PDF or a scan broke with a hyphen at the end of a line ("stake-\nholders", "ac-\ncountable", "reso-\nlution"):
// its halves are one word. Not when either half is a word compounds are made of ("cross-\nfunctional",
// "end-\nto-end", "data-\ndriven", "well-\nknown"): that hyphen is the compound's own, read as a space as anywhere.
const LINE_END_HYPHEN = /^-[ \t]*\r?\n[ \t]*$/;
const COMPOUND_FIRSTS = new Set(
  (
    'cross end self non co re pre multi well long short high low full part hands fast real first second third in on ' +
    'off out over under mid post anti sub semi inter intra ex top best large small data user customer team time ' +
    'world mission business back front open close face one two three four five'
  ).split(' '),
);
const COMPOUND_SECONDS = new Set(
  (
    'to end on in up out off based led run owned driven facing level term time scale wide free first like making ' +
    'solving focused oriented related specific friendly critical sensitive aware ready minded known class quality ' +
    'house going service stack functional hand world life day depth round ups ons offs outs call site sized skilled'
  ).split(' '),
);

// Names that are no words of the ad: an e-mail address ("hiring@pellucid.example"), a web address ("kestrel.example/jobs",
// "https://…"), a forum or chat handle ("u/kestrel_voice_hiring", "@mira-k"), a snake_case key ("nice_to_have") and a
// code span ("`hiring: <your name>`"). The words inside them ("hiring", "lead") ask nothing of the hire.
const IDENTIFIER =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|app|example|gov|edu)\b(?:\/\S*)?|(?<![\w/])[ur]\/\w+|(?<![\w@])@\w[\w-]*|\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b|`[^`\n]{1,80}`/g;
// Only a text holding one of these characters can hold such a name, so most texts are not searched.
const MAY_HOLD_IDENTIFIER = /[@_/`.]/;

/** The [start, end) ranges of the names in `text` that are no words (IDENTIFIER), in text order. */
function identifierRanges(text: string): [number, number][] {
  if (!MAY_HOLD_IDENTIFIER.test(text)) return [];
  return [...text.matchAll(IDENTIFIER)].map((m) => [m.index, m.index + m[0].length]);
}

/** The words of `text` (WORD's matches), with a word broken by a hyphen at a line's end read as one. */
function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const skipped = identifierRanges(text);
  let next = 0;
  for (const m of text.matchAll(WORD)) {
    // A word inside an address, a handle or a code span is no word of the ad.
    while (next < skipped.length && skipped[next][1] <= m.index) next++;
    if (next < skipped.length && skipped[next][0] <= m.index) continue;
    const last = out[out.length - 1];
    const word = m[0];
    // The hyphen right after the last word is tested first: most words have none, and the tests after it cost more.
    if (
      last &&
      text.charCodeAt(last.end) === 45 &&
      /^[a-z]/.test(word) &&
      /^[A-Za-z]+$/.test(last.word) &&
      /^[a-z]+$/.test(word) &&
      LINE_END_HYPHEN.test(text.slice(last.end, m.index)) &&
      !COMPOUND_FIRSTS.has(last.word.toLowerCase()) &&
      !COMPOUND_SECONDS.has(word)
    ) {
      out[out.length - 1] = { word: last.word + word, start: last.start, end: m.index + word.length };
      continue;
    }
    out.push({ word, start: m.index, end: m.index + word.length });
  }
  return out;
}

// The words the lexicon's phrases use, and their stems: what a word a scan garbled may be read as.
let lexiconWords: { words: ReadonlySet<string>; stems: ReadonlySet<string> } | undefined;
function isLexiconWord(lower: string): boolean {
  if (!lexiconWords) {
    const words = new Set<string>();
    for (const phrases of Object.values(CONCEPT_PHRASES))
      for (const phrase of phrases) for (const w of phrase.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
    lexiconWords = { words, stems: new Set([...words].map(stemmer)) };
  }
  return lexiconWords.words.has(lower) || lexiconWords.stems.has(stemWord(lower));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  // Whether the posting names the hire "they" (a founder's chat, a recruiter quoting the manager): then a plain "they
  // own …" is the hire's too.
  const hireIsThey = namesHireThey(text);
  let answering = false;
  // The last plural people word (its index), for a later "them".
  let people = -1;
  const words = wordsOf(text);
  // "comrnunication", "Tlie", "witli": a scan's letter pairs read as the letters they stand for (offsets kept).
  const mended = /rn|li|vv|cl/i.test(text)
    ? letterPairReadings(
        words.map((w) => w.word),
        isLexiconWord,
      )
    : undefined;
  for (const { word: written, start, end } of words) {
    const reading = mended?.get(written.toLowerCase());
    const word = reading === undefined ? written : reading;
    let lower = word.toLowerCase();
    let stem = isDigit(word.charCodeAt(0)) ? NUMBER_STEM : stemWord(word);
    // "dept. heads", "shift supvrs": a small ad's short form reads as its word (short-forms.ts).
    const full = shortFormReading(lower, text[end] === '.');
    if (full !== undefined) {
      lower = full;
      stem = stemWord(full);
    }
    const previous = tokens[tokens.length - 1];
    // "vs.", "e.g.": an abbreviation's full stop ends no clause.
    const gap = previous ? text.slice(previous.end, start) : '';
    // "Q: Who will I work with? A: The shift managers and the store operations team": an answer goes on from its
    // question, so the question's verb reaches what the answer names. The answer's mark is no word of it.
    if (previous && ANSWER_MARK.test(word) && text[end] === ':' && /\?\s*$/.test(gap)) {
      answering = true;
      continue;
    }
    if (
      previous &&
      !answering &&
      CLAUSE_BREAK.test(gap) &&
      !abbreviationStop(previous, text, start) &&
      !shortFormGoesOn(previous.text.toLowerCase(), gap, word) &&
      !softWrap(gap, word)
    )
      clause++;
    const continues = previous !== undefined && previous.clause !== clause && SENTENCE_GOES_ON(gap);
    answering = false;
    const after = previous && previous.clause === clause ? previous : undefined;
    if (stem === 'own' && after && POSSESSIVES.has(after.lower)) stem = 'own(adj)';
    else if (
      stem === 'own' &&
      after &&
      !OWN_AFTER.has(after.lower) &&
      !(hireIsThey && after.lower === 'they') &&
      !/,/.test(text.slice(after.end, start))
    )
      stem = 'own(other)';
    if (stem === 'learn' && after && LEARNING_FIELDS.has(after.lower)) stem = 'learn(field)';
    // "a midwife-led unit", "a vet-owned practice", "a family-run hotel": a participle joined by a hyphen to the word
    // before it is a compound adjective saying who leads or owns, not the hire leading or owning ("co-lead" still is).
    if (
      after &&
      COMPOUND_PARTICIPLES.has(lower) &&
      /^-$/.test(text.slice(after.end, start)) &&
      !PREFIXES.has(after.lower)
    )
      stem = `${stem}(compound)`;
    // "computer vision": the field, not a vision for the product.
    if (lower === 'vision' && after?.lower === 'computer') stem = lower = 'vision(field)';
    if (stem === 'member' && after && COLLEAGUE_GROUPS.has(after.stem)) stem = 'member(colleague)';
    // "w/" is how short ads write "with" ("partner w/ product"), and "w/o" "without" ("run month end w/o supervision"):
    // the "o" is no word of its own.
    if (lower === 'w' && text[start + 1] === '/')
      stem = lower = WITHOUT_SHORT.test(text.slice(start, start + 4)) ? 'without' : 'with';
    else if (lower === 'o' && previous?.lower === 'without' && text[start - 1] === '/') continue;
    // "we're finally hiring", "we are urgently hiring": the subject stands before an adverb or two.
    let subject = tokens.length - 1;
    while (subject >= 0 && tokens[subject].clause === clause && HIRING_ADVERBS.has(tokens[subject].lower)) subject--;
    const before = subject >= 0 && tokens[subject].clause === clause ? tokens[subject] : undefined;
    const twoBack = before && subject >= 1 ? tokens[subject - 1] : undefined;
    // (The intending verb's own subject, past the verb and a "to": "we propose hiring", "we plan to hire".)
    let intender = before?.lower === 'to' ? subject - 1 : subject;
    const intends =
      intender >= 1 && tokens[intender].clause === clause && INTENDING_STEMS.has(stemWord(tokens[intender].lower));
    if (intends) intender--;
    const intending =
      intends &&
      tokens[intender].clause === clause &&
      (HIRING_SUBJECTS.has(tokens[intender].lower) || COMPANY_PRONOUNS.has(tokens[intender].lower));
    const companyHiring =
      before !== undefined &&
      (HIRING_SUBJECTS.has(before.lower) ||
        (HIRING_MODALS.has(before.lower) && twoBack?.clause === clause && COMPANY_PRONOUNS.has(twoBack.lower)) ||
        intending);
    const hiring = (lower === 'hiring' || lower === 'hire') && (companyHiring || taggedHiring(text, start, end));
    if (!hiring) {
      const verb = doerVerb(lower);
      if (verb !== undefined && roleNounAfterPreposition(tokens, clause, lower)) stem = `${stem}(people)`;
      else if (
        verb !== undefined &&
        !(verb === 'answer' && ANSWERED_BY_HIRE.test(text.slice(end, end + 24))) &&
        otherSubject(tokens, clause, verb, lower, gap)
      ) {
        stem = `${stem}(other)`;
        lower = `${lower}(other)`;
      }
    }
    const token: Token = {
      start,
      end,
      text: written,
      stem: hiring ? 'hire(company)' : stem,
      lower: hiring ? 'hire(company)' : lower,
      clause,
    };
    if (continues) token.continues = true;
    if (after && /^\s*[&/]\s*$/.test(gap)) token.joined = 'and';
    else if (after && /^,\s*$/.test(gap)) token.joined = 'comma';
    else if (after && gap === '-') token.joined = 'compound';
    if (REFERRING.has(lower) && people >= 0 && tokens.length - people <= REFERENT_REACH)
      token.refers = { stem: tokens[people].stem, lower: tokens[people].lower };
    else if (isPeopleStem(stem)) {
      token.person = true;
      if (lower.endsWith('s') || GROUP_WORDS.has(lower)) people = tokens.length;
    }
    tokens.push(token);
  }
  // "Hiring manager screen is 30 min", "our hiring process": the company's recruiting, not the hire building a team.
  for (let i = 0; i + 1 < tokens.length; i++)
    if (
      tokens[i].lower === 'hiring' &&
      tokens[i + 1].clause === tokens[i].clause &&
      HIRING_NOUNS.has(tokens[i + 1].lower)
    )
      tokens[i] = { ...tokens[i], stem: 'hire(company)', lower: 'hire(company)' };
  markRoleNouns(tokens, { stems: PARTY_STEM_WORDS, forms: PARTY_FORMS, stemOf: stemWord });
  markNamedColleagues(tokens);
  markPartyReferents(tokens);
  // "Supervision of the night team", "Planning of the final assembly": a duty told as a noun reads as its verb.
  return readDutyNouns(tokens, stemWord);
}

/**
 * Marks as a party each "them" whose nearest people word before it (within REFERENT_REACH words) is a party: "the vet
 * comes monthly and the nutritionist every six weeks, you'd be the one dealing with them". (Not when the nearest
 * people are served: "customers ring all day and you deal with them".)
 */
function markPartyReferents(tokens: Token[]): void {
  let nearest = -1;
  tokens.forEach((token, i) => {
    if (token.party || token.person) nearest = i;
    else if (REFERRING.has(token.lower) && nearest >= 0 && i - nearest <= REFERENT_REACH && tokens[nearest].party)
      token.party = true;
  });
}

/** Tokens with the positions of each stem and each lower-case form, so a phrase starts only where its first word is. */
export interface TokenIndex {
  tokens: readonly Token[];
  byStem: ReadonlyMap<string, readonly number[]>;
  byLower: ReadonlyMap<string, readonly number[]>;
}

export function indexTokens(tokens: readonly Token[]): TokenIndex {
  const byStem = new Map<string, number[]>();
  const byLower = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const s = byStem.get(t.stem);
    if (s) s.push(i);
    else byStem.set(t.stem, [i]);
    if (t.person) {
      const p = byStem.get(PERSON_KEY);
      if (p) p.push(i);
      else byStem.set(PERSON_KEY, [i]);
    }
    if (t.party) {
      const p = byStem.get(PARTY_KEY);
      if (p) p.push(i);
      else byStem.set(PARTY_KEY, [i]);
    }
    if (t.role) {
      const r = byStem.get(ROLE_KEY);
      if (r) r.push(i);
      else byStem.set(ROLE_KEY, [i]);
    }
    const l = byLower.get(t.lower);
    if (l) l.push(i);
    else byLower.set(t.lower, [i]);
  });
  return { tokens, byStem, byLower };
}
