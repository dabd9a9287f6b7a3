// Words of a job description with their offsets and their stems, so lexicon phrases match any
// inflection ("mentor", "mentoring", "mentored") while evidence still quotes the original text.
import { stemmer } from 'stemmer';

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
}

// Hyphens split words ("trade-offs" = "trade offs", "end-to-end" = "end to end"); apostrophes stay inside.
const WORD = /[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*/g;

// "our own", "your own": the adjective, not the verb "to own".
const POSSESSIVES = new Set(['my', 'our', 'your', 'their', 'its', 'his', 'her']);
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
// "we will hire", "they would hire": a modal between the company and its hiring.
const HIRING_MODALS = new Set(['will', 'would', 'shall', 'may', 'might', 'plan', 'soon']);
const COMPANY_PRONOUNS = new Set(['we', 'they']);

// Stemming is the cost of tokenizing; job descriptions repeat their words, so stems are remembered.
const stems = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** Stem of one word, as the lexicon and the text both use it. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(
      word
        .toLowerCase()
        .replace(/[’']s$/, '')
        .replace(/[’']/g, ''),
    );
    if (stems.size >= MAX_REMEMBERED) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

const ABBREVIATIONS = new Set(['vs', 'e', 'g', 'i', 'etc', 'incl', 'approx', 'esp', 'cf']);
// A line broken inside a sentence, as text copied from a PDF is ("… to non-technical senior\nstakeholders in
// plain terms"): one newline, nothing but a word or a comma before it, and a lower-case word after it. Such a
// break ends no clause.
const softWrap = (gap: string, next: string) => /^[ \t]*\r?\n[ \t]*$/.test(gap) && /^[a-z]/.test(next);

const abbreviationStop = (previous: Token, text: string, start: number) =>
  ABBREVIATIONS.has(previous.lower) && /^\.\s*$/.test(text.slice(previous.end, start));

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    let lower = word.toLowerCase();
    let stem = stemWord(word);
    const previous = tokens[tokens.length - 1];
    // "vs.", "e.g.": an abbreviation's full stop ends no clause.
    const gap = previous ? text.slice(previous.end, start) : '';
    if (previous && CLAUSE_BREAK.test(gap) && !abbreviationStop(previous, text, start) && !softWrap(gap, word))
      clause++;
    const after = previous && previous.clause === clause ? previous : undefined;
    if (stem === 'own' && after && POSSESSIVES.has(after.lower)) stem = 'own(adj)';
    else if (stem === 'own' && after && !OWN_AFTER.has(after.lower) && !/,/.test(text.slice(after.end, start)))
      stem = 'own(other)';
    if (stem === 'learn' && after && LEARNING_FIELDS.has(after.lower)) stem = 'learn(field)';
    // "computer vision": the field, not a vision for the product.
    if (lower === 'vision' && after?.lower === 'computer') stem = lower = 'vision(field)';
    if (stem === 'member' && after && COLLEAGUE_GROUPS.has(after.stem)) stem = 'member(colleague)';
    // "w/" is how short ads write "with" ("partner w/ product").
    if (lower === 'w' && text[start + 1] === '/') stem = lower = 'with';
    const twoBack = after && tokens.length >= 2 ? tokens[tokens.length - 2] : undefined;
    const hiring =
      (lower === 'hiring' || lower === 'hire') &&
      after !== undefined &&
      (HIRING_SUBJECTS.has(after.lower) ||
        (HIRING_MODALS.has(after.lower) && twoBack?.clause === clause && COMPANY_PRONOUNS.has(twoBack.lower)));
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      stem: hiring ? 'hire(company)' : stem,
      lower: hiring ? 'hire(company)' : lower,
      clause,
    });
  }
  return tokens;
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
    const l = byLower.get(t.lower);
    if (l) l.push(i);
    else byLower.set(t.lower, [i]);
  });
  return { tokens, byStem, byLower };
}
