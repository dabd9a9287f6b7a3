// Resume lines that are a job title or a list label, not a claim (RUBRIC.md: job titles and skill
// lists are no claims). Many titles open with a word that is also a verb ("Lead Engineer, Payments",
// "Head of Data", "Support Engineer II", "Design Lead – Mobile", "Engineering Manager | Growth"), so
// the verb-first reading of a resume bullet would take them for an act. A title is told by its shape:
// the opening word, at most two modifiers, a singular role noun, then nothing but the line's end, a
// separator or the employer ("at …"). A role followed by the work it was over ("Lead programmer on
// several projects", "Sole maintainer of …") is left to the claim rules.
import { lemmaSet } from '../language/lexicon';
import type { Token } from '../language/tokenize';
import { ACTION_BASE, IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';
import { isWorkVerb } from '../language/work-verbs';

/** Singular nouns that name a job ("engineer", "lead"); a plural ("Lead engineers through …") may be an object. */
export const ROLE_NOUNS = lemmaSet(
  'title-role-nouns',
  [
    'engineer',
    'developer',
    'programmer',
    'designer',
    'manager',
    'lead',
    'head',
    'analyst',
    'architect',
    'scientist',
    'consultant',
    'director',
    'officer',
    'specialist',
    'coordinator',
    'administrator',
    'admin',
    'technician',
    'researcher',
    'strategist',
    'owner',
    'representative',
    'rep',
    'associate',
    'advisor',
    'adviser',
    'instructor',
    'writer',
    'editor',
    'tester',
    'intern',
    'partner',
    'principal',
    'president',
    'supervisor',
    'foreman',
    'sre',
    'pm',
    'vp',
    // Trades and professions a credential or a title line names: "Registered nurse", "Certified Scrum Master".
    'nurse',
    'teacher',
    'operator',
    'accountant',
    'counselor',
    'counsellor',
    'executive',
    'dispatcher',
    'electrician',
    'pharmacist',
    'paramedic',
    'agent',
    'assistant',
    'clerk',
    'master',
    'therapist',
    'tutor',
    'emt',
    'firefighter',
    'technologist',
    'paralegal',
    'auditor',
    'inspector',
    'midwife',
    // Posts of kitchens, floors and desks: "Head chef, …", "Team leader — …", "Claims handler — …".
    'chef',
    'leader',
    'handler',
    'planner',
    'buyer',
  ],
  [],
  { nouns: true },
);

/** Participles that open a credential line: "Certified forklift operator", "Registered nurse, ICU". */
const CREDENTIALS = new Set([
  'certified',
  'board-certified',
  'licensed',
  'registered',
  'chartered',
  'qualified',
  'accredited',
  'trained',
  'approved',
  // "Graduated in Statistics at UFPR (2017)": an education entry told with its verb (RUBRIC-NOTES).
  'graduated',
]);

/** Modifiers before a title that keep it a title: "Acting head of …", "Interim manager of …". */
const TITLE_MODIFIERS = new Set([
  'acting',
  'interim',
  'deputy',
  'former',
  'associate',
  'assistant',
  'senior',
  'junior',
]);

/** Units a title may be "of": "Interim manager of the research team", "Manager of the pharmacy". */
export const TITLE_UNITS = lemmaSet(
  'title-units',
  [
    'team',
    'department',
    'unit',
    'group',
    'office',
    'lab',
    'ward',
    'division',
    'branch',
    'desk',
    'clinic',
    'pharmacy',
    'squad',
    'committee',
    'chapter',
  ],
  [],
  { nouns: true },
);

/** Separators that close a title: "Lead Engineer, Payments", "Design Lead – Mobile", "Manager | Growth". */
const TITLE_ENDS = new Set([',', '|', '–', '—', '-', '(', '/', '·', '•', 'at', '@']);

/** Labels of a list line: "Skills: SQL, Tableau", "Tools: Jira, Figma". */
const LIST_LABELS = new Set([
  'skills',
  'tools',
  'technologies',
  'tech',
  'stack',
  'languages',
  'frameworks',
  'certifications',
  'interests',
  'keywords',
  'competencies',
  'expertise',
  // What the writer holds rather than did (RUBRIC-NOTES "Status lines"): "Qualifications: NASENCO award
  // (2021), QTS", "Hobbies: …".
  'qualifications',
  'certificates',
  'licences',
  'licenses',
  'hobbies',
]);

/** A Roman numeral or a level after a title: "Support Engineer II", "Analyst III". */
const LEVEL = /^(?:i{1,3}|iv|v|l?\d)$/;

/** The line's tokens as lower-case words and symbols, "&" and "." dropped ("Build & Release Engineer"). */
function lineWords(tokens: readonly Token[]): string[] {
  const all: string[] = [];
  for (const t of tokens) if (!dropped(t)) all.push(t.lower);
  return all;
}

/** The first `n` of lineWords(tokens), or all of them when there are fewer. */
function firstLineWords(tokens: readonly Token[], n: number): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (dropped(t)) continue;
    out.push(t.lower);
    if (out.length === n) break;
  }
  return out;
}

/** Whether a token is one lineWords drops. */
function dropped(t: Token): boolean {
  return t.text === '&' || t.text === '.' || t.text === '+';
}

/**
 * Whether the line may be a title, read from its first four words (as lineWords has them) without
 * building the list: every title opens with a modifier, "head", or a role noun among its next three
 * words. isTitleLine answers no to every other line.
 */
function mayBeTitle(tokens: readonly Token[]): boolean {
  let n = 0;
  let first: string | undefined;
  for (const t of tokens) {
    if (dropped(t)) continue;
    if (n === 0 && (TITLE_MODIFIERS.has(t.lower) || t.lower === 'head' || isOneWordPost(t.lower, isPostNounWord(t))))
      return true;
    if (n > 0 && isPostNounWord(t)) return true;
    if (n === 1 && TITLE_OPENING_VERBS.has(first ?? '') && isTradeNoun(t.lower)) return true;
    if (n === 0) first = t.lower;
    if (++n > 3) break;
  }
  return false;
}

// The last tokens isTitleLine read, and its answer (token arrays are never changed once made).
let lastTitleTokens: readonly Token[] | undefined;
let lastTitle = false;

/**
 * Whether the line is a title: a word that may also be a verb, up to two modifiers, a singular role
 * noun, then the end of the line, a level, a separator or the employer. Also "Head of Data[, …]" —
 * "head of" and a short name.
 */
export function isTitleLine(tokens: readonly Token[]): boolean {
  // The quantity scan and the claim rules ask this of one sentence's tokens up to three times.
  if (tokens !== lastTitleTokens) {
    lastTitle = readsAsTitle(tokens);
    lastTitleTokens = tokens;
  }
  return lastTitle;
}
/** isTitleLine itself, unremembered. */
function readsAsTitle(tokens: readonly Token[]): boolean {
  if (!mayBeTitle(tokens)) return false;
  let all = lineWords(tokens);
  if (all.length === 0) return false;
  // "Acting head of support", "Interim manager of the research team": a modifier before the title.
  if (TITLE_MODIFIERS.has(all[0]) && (all[1] === 'head' || isPostNoun(all[1] ?? ''))) {
    all = all.slice(1);
    if (all[0] !== 'head' && !all[0].endsWith('s')) {
      const next = LEVEL.test(all[1] ?? '') ? 2 : 1;
      return next >= all.length || TITLE_ENDS.has(all[next]) || unitOf(all, next);
    }
  }
  // "Paramedic, 8 yrs frontline", "Nurse | ICU | 2019–2022": a post of one word, then a separator.
  if (isOneWordPost(all[0]) && ONE_WORD_TITLE_ENDS.has(all[1] ?? '')) return true;
  if (all[0] === 'head' && all[1] === 'of') {
    // "Head of customer support for six months": the time in the post closes the title.
    if (tenureTail(all, 3)) return true;
    // "Head of Customer Support, 2019–2022": a short name, then the end or a separator.
    for (let i = 2; i < all.length && i <= 5; i++) if (TITLE_ENDS.has(all[i])) return i > 2;
    return all.length <= 5;
  }
  // The opening word itself is a role only with a second role noun ("Lead Engineer"), so "Lead the
  // migration" stays a verb: a role noun must follow within three words, after no article.
  for (let i = 1; i < all.length && i <= 3; i++) {
    const w = all[i];
    if (w === 'a' || w === 'an' || w === 'the' || w === 'our' || w === 'my' || TITLE_ENDS.has(w)) return false;
    const tradeAfterOpener = i === 1 && TITLE_OPENING_VERBS.has(all[0]) && isTradeNoun(w);
    if ((!postAt(all, i) && !tradeAfterOpener) || w.endsWith('s')) continue;
    let next = i + 1;
    if (LEVEL.test(all[next] ?? '')) next++;
    return next >= all.length || TITLE_ENDS.has(all[next]) || unitOf(all, next);
  }
  return false;
}

/**
 * Verbs that also open a trade's title: "Head gardener", "Lead carpenter", "Support worker". Before a
 * singular agent noun and the line's end or a separator they name the post, not an act.
 */
const TITLE_OPENING_VERBS = new Set(['head', 'lead', 'support', 'cover']);

/**
 * Separators after a one-word post: a comma, a bar, a dash, a parenthesis, or the employer after "at" or "@"
 * ("Phlebotomist @ St Anne's"). The doer of an act is no post ("Speaker at …" tells the act: isPostNoun).
 */
const ONE_WORD_TITLE_ENDS = new Set([',', '|', '–', '—', '(', '·', '•', 'at', '@']);

/**
 * A singular role noun that is no verb's base form ("paramedic", "nurse", "accountant"): alone before a
 * separator it is the post the line names. "Lead, mentor and coach …" and "Engineer, …" open with a verb.
 */
function isOneWordPost(w: string, postNoun = isPostNoun(w)): boolean {
  return postNoun && !w.endsWith('s') && !ACTION_BASE.has(w);
}

/**
 * isPostNoun of a token's word, remembered in the word's facts: mayBeTitle asks it of the first words of every
 * line with a count, and each answer costs a pattern test and lemma lookups.
 */
function isPostNounWord(t: Token): boolean {
  const facts = t.facts;
  return facts === undefined ? isPostNoun(t.lower) : (facts.postNoun ??= isPostNoun(t.lower));
}

/** "… for six months" closing the line from `from` on: the time held in the post. */
function tenureTail(all: readonly string[], from: number): boolean {
  for (let i = from; i < all.length && i <= 6; i++)
    if (all[i] === 'for' && all.length - i === 3 && /^(years?|months?)$/.test(all[i + 2])) return true;
  return false;
}

/** "of the research team", "of the pharmacy (2 years)": the unit the title belongs to, then the end or a separator. */
function unitOf(all: readonly string[], k: number): boolean {
  if (all[k] !== 'of') return false;
  for (let i = k + 1; i < all.length && i <= k + 4; i++) {
    if (!TITLE_UNITS.has(all[i])) continue;
    return i + 1 >= all.length || TITLE_ENDS.has(all[i + 1]) || tenureTail(all, i + 1);
  }
  return false;
}

/** A singular noun of a trade: a listed role, or an agent noun ("operator", "electrician", "accountant"). */
export function isTradeNoun(w: string): boolean {
  if (ROLE_NOUNS.has(w) && !w.endsWith('s')) return true;
  return /^[a-z]{3,}(?:er|or|ist|ian|ant)$/.test(w);
}

/**
 * Agent nouns of an act done or a standing won, not of a post held: "Guest speaker at …", "Finalist, …",
 * "Reviewer: KDD 2024" tell the act or the award (RUBRIC-NOTES: "Panelist at a regional meetup" is a claim).
 */
const ACT_AGENTS = lemmaSet(
  'title-act-agents',
  [
    'speaker',
    'panelist',
    'panellist',
    'presenter',
    'moderator',
    'facilitator',
    'finalist',
    'winner',
    'runner',
    'author',
    'reviewer',
    'contributor',
    'maintainer',
    'founder',
    'organiser',
    'organizer',
    'mentor',
    'volunteer',
    'member',
    'user',
    'customer',
    'player',
  ],
  [],
  { nouns: true },
);

/**
 * Words that end like an agent noun but name no person: things ("cluster", "server", "number"), and the
 * closed-class words ("after", "other", "senior"). Never a post.
 */
const NOT_POSTS = lemmaSet(
  'title-not-posts',
  [
    'after',
    'under',
    'over',
    'other',
    'either',
    'neither',
    'whether',
    'rather',
    'together',
    'further',
    'however',
    'never',
    'ever',
    'whatever',
    'later',
    'former',
    'latter',
    'inner',
    'outer',
    'upper',
    'lower',
    'proper',
    'super',
    'major',
    'minor',
    'senior',
    'junior',
    'prior',
    'interior',
    'exterior',
    'superior',
    'inferior',
    'better',
    'faster',
    'bigger',
    'smaller',
    'higher',
    'cheaper',
    'safer',
    'easier',
    'earlier',
    'longer',
    'greater',
    'fewer',
    'water',
    'paper',
    'number',
    'order',
    'power',
    'server',
    'center',
    'cluster',
    'layer',
    'computer',
    'folder',
    'container',
    'printer',
    'tower',
    'filter',
    'letter',
    'chapter',
    'quarter',
    'semester',
    'counter',
    'border',
    'floor',
    'door',
    'error',
    'sensor',
    'monitor',
    'vendor',
    'factor',
    'sector',
    'motor',
    'meter',
    'register',
    'poster',
    'trailer',
    'corridor',
    'color',
  ],
  [],
  { nouns: true },
);

/**
 * A singular noun of a post or a trade, read by its derivation rather than listed: a listed role noun, or an
 * agent noun ("hygienist", "agronomist", "librarian", "ranger", "surveyor") that is not made from a verb of
 * work ("driver", "baker": a line that opens with one may tell the act) nor names an act's doer or an award
 * ("speaker", "finalist") or a thing ("cluster"). Every title reader asks this one predicate, so a post is a
 * post whichever trade the writer names.
 */
export function isPostNoun(w: string): boolean {
  if (ROLE_NOUNS.has(w)) return !/[^s]s$/.test(w);
  if (!/^[a-z]{3,}(?:ist|ian|er|or)$/.test(w) || ACT_AGENTS.has(w) || NOT_POSTS.has(w)) return false;
  // The verb an "-er"/"-or" noun is made from: "planner" → "plan", "ranger" → "range"/"rang".
  const stem = w.replace(/(?:er|or|r)$/, '');
  const bases = [stem, w.slice(0, -1), w.slice(0, -2), stem.replace(/(.)\1$/, '$1')];
  return w.endsWith('ist') || w.endsWith('ian') || !bases.some((b) => isWorkVerb(b) || ACTION_BASE.has(b));
}

/**
 * Whether the line word at `i` is a post noun standing as a title's head: a listed role anywhere, a derived
 * one ("ranger", "hygienist") only with no verb form before it ("Looked after 4-5 residents" is an act).
 */
function postAt(all: readonly string[], i: number): boolean {
  const w = all[i];
  if (ROLE_NOUNS.has(w)) return isPostNoun(w);
  if (!isPostNoun(w)) return false;
  for (let k = 0; k < i; k++) if (isPastForm(all[k]) || IRREGULAR_PAST.has(all[k]) || isGerund(all[k])) return false;
  return true;
}

/** Singular nouns of a post that the trade-noun shape misses: "Teaching fellow", "Tutoring volunteer". */
const POST_NOUNS = new Set(['assistant', 'fellow', 'volunteer', 'aide', 'officer', 'lead']);

/** Words that may follow a title's role noun: the line's end, a separator, a level, or where or for whom the post is held. */
const POST_FOLLOWERS = new Set(['for', 'at', 'in', 'on', 'with', 'to']);

/**
 * "Teaching assistant for Intro to Statistics, Spring 2019", "Nursing assistant on a surgical ward",
 * "Marketing coordinator for a regional theatre": a line that opens with an "-ing" word naming a field
 * and a singular noun of a post right after it is a job title (RUBRIC.md: job titles are no claims),
 * not an act told by a gerund ("Leading developer relations" goes on with a noun; "Teaching three
 * classes" counts). `k` is the gerund's index in the line's lower-case words. A remit after the title
 * is read by the title-remit rules.
 */
export function isFieldTitle(all: readonly string[], k: number): boolean {
  const noun = all[k + 1];
  if (noun === undefined || (!isTradeNoun(noun) && !POST_NOUNS.has(noun))) return false;
  let next = k + 2;
  if (LEVEL.test(all[next] ?? '')) next++;
  const after = all[next];
  return after === undefined || TITLE_ENDS.has(after) || POST_FOLLOWERS.has(after);
}

/**
 * "Certified forklift operator", "Registered nurse, cardiac step-down unit", "Chartered accountant (ICAEW)",
 * "Trained peer counselor on the crisis line": a credential, up to two modifiers and a singular trade noun,
 * then the end, a separator, a level or where it is held. The participle reads as a verb, but the line
 * names what the writer is, not an act (RUBRIC.md: job titles are no claims); "Certified 30 new drivers"
 * and "Licensed our data to partners" have an object.
 */
export function isCredentialLine(tokens: readonly Token[]): boolean {
  if (isTrailingCredential(tokens)) return true;
  // Every credential line opens with a credential or with "board-certified", past a bullet ("• Certified in
  // …"): most lines are passed over here.
  const first = tokens.find((t) => !dropped(t) && !BULLETS.has(t.text))?.lower;
  if (first !== 'board' && !CREDENTIALS.has(first ?? '')) return false;
  const all = lineWords(tokens);
  let k = 0;
  while (BULLETS.has(all[k] ?? '')) k++;
  if (all[k] === 'board' && all[k + 1] === '-' && all[k + 2] === 'certified') k += 2;
  if (!CREDENTIALS.has(all[k] ?? '')) return false;
  if (isQualificationHeld(all, k)) return true;
  for (let i = k + 1; i < all.length && i <= k + 3; i++) {
    const w = all[i];
    if (!/^[a-z][a-z-]*$/.test(w) || w === 'a' || w === 'an' || w === 'the' || w === 'our' || w === 'my') return false;
    if (!isTradeNoun(w)) continue;
    let next = i + 1;
    if (LEVEL.test(all[next] ?? '')) next++;
    return next >= all.length || TITLE_ENDS.has(all[next]) || all[next] === 'on' || all[next] === 'in';
  }
  return false;
}

/** Marks that open a list item: "• Certified in …", "- Trained in …". */
const BULLETS = new Set(['•', '-', '*', '·', '–', '—', '▪', '◦']);

/** A year: "2017", "(2019)". */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "Trained in ECG interpretation and IV cannulation", "Qualified as a social worker (2015)", "Chartered
 * (ICE) 2017", "Certified, 2021": a credential right before "in" or "as" (the field or the post it
 * qualifies the writer for), or before nothing but a bracket, a separator or a year. The line names a
 * qualification the writer holds, no act (RUBRIC.md: certifications and education entries are no
 * claims). An object after the participle ("Trained 40 porters in manual handling", "Certified the
 * new line") or an act later in the line ("Trained in Lean; cut rework by a third") keeps it a claim.
 * `k` is the credential's index in the line's lower-case words.
 */
function isQualificationHeld(all: readonly string[], k: number): boolean {
  const next = all[k + 1];
  const held =
    next === undefined ||
    next === 'in' ||
    next === 'as' ||
    next === '(' ||
    next === ',' ||
    YEAR.test(next) ||
    ((next === 'from' || next === 'with') && all[k] === 'graduated');
  if (!held) return false;
  // The rest of the line names the field, the body or the date: no further past form, no first person.
  for (let i = k + 1; i < all.length; i++) {
    const w = all[i];
    if (w === ';' || w === 'i' || w === 'we' || (all[i - 1] !== '-' && isPastForm(w) && !CREDENTIALS.has(w)))
      return false;
  }
  return true;
}

/** Words that open a clause's subject, not the name of a skill: "The vendor certified …", "We trained …". */
const NOT_SKILL_WORDS = new Set([
  'a',
  'an',
  'the',
  'our',
  'my',
  'their',
  'his',
  'her',
  'i',
  'we',
  'they',
  'he',
  'she',
  'it',
]);

/**
 * "Forklift certified (counterbalance and reach)", "First aid trained", "Scrum master certified, 2022":
 * one to three words naming a skill, then a credential word, then the line's end, a separator or a
 * level. The line names what the writer holds, no act (RUBRIC.md: certification lines are no claims);
 * "The vendor certified the fix" has a subject and an object.
 */
function isTrailingCredential(tokens: readonly Token[]): boolean {
  // The credential stands among the first four words and what ends the title within two after it: the first six
  // words answer as the whole line would (a seventh only says the line goes on), so a long line is not copied.
  const all = firstLineWords(tokens, 6);
  for (let i = 1; i < all.length && i <= 3; i++) {
    if (!CREDENTIALS.has(all[i])) continue;
    for (let k = 0; k < i; k++) if (!/^[a-z][a-z-]*$/.test(all[k]) || NOT_SKILL_WORDS.has(all[k])) return false;
    let next = i + 1;
    if (LEVEL.test(all[next] ?? '')) next++;
    return next >= all.length || TITLE_ENDS.has(all[next]);
  }
  return false;
}

/** "Skills: SQL, Tableau, stakeholder management": a labelled list, not a claim. Reads only the first tokens (every sentence asks). */
export function isListLabelLine(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || first.kind !== 'word') return false;
  if (tokens[1]?.text === ':') return LIST_LABELS.has(first.lower);
  return (
    tokens[2]?.text === ':' &&
    LIST_LABELS.has(tokens[1].lower) &&
    (first.lower === 'tech' || first.lower === 'core' || first.lower === 'key')
  );
}
