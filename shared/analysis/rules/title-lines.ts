// Resume lines that are a job title or a list label, not a claim (RUBRIC.md: job titles and skill
// lists are no claims). Many titles open with a word that is also a verb ("Lead Engineer, Payments",
// "Head of Data", "Support Engineer II", "Design Lead – Mobile", "Engineering Manager | Growth"), so
// the verb-first reading of a resume bullet would take them for an act. A title is told by its shape:
// the opening word, at most two modifiers, a singular role noun, then nothing but the line's end, a
// separator or the employer ("at …"). A role followed by the work it was over ("Lead programmer on
// several projects", "Sole maintainer of …") is left to the claim rules.
import { lemmaSet } from './lexicon';
import type { Token } from './tokenize';

/** Singular nouns that name a job ("engineer", "lead"); a plural ("Lead engineers through …") may be an object. */
const ROLE_NOUNS = lemmaSet(
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
    'sre',
    'pm',
    'vp',
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
]);

/** A Roman numeral or a level after a title: "Support Engineer II", "Analyst III". */
const LEVEL = /^(?:i{1,3}|iv|v|l?\d)$/;

/** The line's tokens as lower-case words and symbols, "&" and "." dropped ("Build & Release Engineer"). */
function lineWords(tokens: readonly Token[]): string[] {
  const all: string[] = [];
  for (const t of tokens) if (t.text !== '&' && t.text !== '.' && t.text !== '+') all.push(t.lower);
  return all;
}

/**
 * Whether the line is a title: a word that may also be a verb, up to two modifiers, a singular role
 * noun, then the end of the line, a level, a separator or the employer. Also "Head of Data[, …]" —
 * "head of" and a short name.
 */
export function isTitleLine(tokens: readonly Token[]): boolean {
  const all = lineWords(tokens);
  if (all.length === 0) return false;
  if (all[0] === 'head' && all[1] === 'of') {
    // "Head of Customer Support, 2019–2022": a short name, then the end or a separator.
    for (let i = 2; i < all.length && i <= 5; i++) if (TITLE_ENDS.has(all[i])) return i > 2;
    return all.length <= 5;
  }
  // The opening word itself is a role only with a second role noun ("Lead Engineer"), so "Lead the
  // migration" stays a verb: a role noun must follow within three words, after no article.
  for (let i = 1; i < all.length && i <= 3; i++) {
    const w = all[i];
    if (w === 'a' || w === 'an' || w === 'the' || w === 'our' || w === 'my' || TITLE_ENDS.has(w)) return false;
    if (!ROLE_NOUNS.has(w) || w.endsWith('s')) continue;
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
