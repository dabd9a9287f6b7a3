// A title line with a remit is a claim (RUBRIC-NOTES, titles): "Account manager for 30 retail clients",
// "Shift supervisor over a crew of 40", "Tech lead for a search group of 11". The title names the role
// and the remit says what the writer ran or served, with its size. A title with only the employer,
// course or project it belongs to ("Software engineer for a 40-person startup", "Teaching assistant for
// Statistics I", "Planner on a £5M build") is not: the employer is a singular organisation noun, and a
// remit without a counted size is left to the title rules.
import type { Token } from './tokenize';
import type { Quantity } from './quantity-types';
import { EMPLOYER_NOUNS, EMPLOYER_SIZE_HEADS, LEADING_ROLES } from './lexicon';
import { isScaleQuantity } from './scale';
import { postOfUnitAt } from './post-of-unit-lines';

/** Words between a title and its remit: "for", "over", and the verbs of leading in their "-ing" form. */
const REMIT_PREPOSITIONS = new Set([
  'for',
  'over',
  'overseeing',
  'managing',
  'supervising',
  'leading',
  'running',
  'heading',
  'directing',
]);

/** Role nouns the agent suffixes below miss. */
const ROLE_WORDS = new Set(['lead', 'head', 'nurse', 'executive', 'clerk', 'chef', 'pm', 'sre', 'vp', 'owner']);

/** A singular noun naming a job: "manager", "supervisor", "scientist", "technician", "nurse". */
export function isRole(lower: string): boolean {
  return ROLE_WORDS.has(lower) || /^[a-z]{2,}(?:er|or|ist|ian|ant)$/.test(lower);
}

/** Words that end the remit's first noun phrase: "a search group | of 11", "a bank | with 200 branches". */
const PHRASE_ENDS = new Set(['of', 'with', 'in', 'at', 'across', 'covering', 'serving', 'spanning', 'and', 'from']);

/**
 * Whether a resume line is a title with a remit: up to four words ending in a role noun, a remit word,
 * then a group that is no employer, sized by a scale quantity after the remit word. The caller checks
 * the line has no finite verb (a line that says what the writer did is a claim by its verb).
 */
export function isRemitTitle(tokens: readonly Token[], quantities: readonly Quantity[]): boolean {
  // "Office manager for a 40-person practice": the one unit the post belongs to is no remit.
  if (postOfUnitAt(tokens) >= 0) return false;
  const words = tokens.filter((t) => t.kind === 'word');
  if (teamInParentheses(tokens, words, quantities)) return true;
  let p = -1;
  for (let i = 1; i < words.length && i <= 4; i++)
    if (REMIT_PREPOSITIONS.has(words[i].lower)) {
      p = i;
      break;
    }
  if (p < 0 || !isRole(words[p - 1].lower)) return false;
  // Only title words before the remit: "Account manager for …", not "I was a manager for …".
  for (let i = 0; i < p; i++) if (/^(a|an|the|i|we|my|our|was|were|is|as)$/.test(words[i].lower)) return false;
  // The remit's group: the last word of its first noun phrase ("for a regional bank with …" → "bank").
  let head: Token | undefined;
  const opensWithArticle = /^(a|an|the)$/.test(words[p + 1]?.lower ?? '');
  for (let i = p + 1; i < words.length && !PHRASE_ENDS.has(words[i].lower); i++) head = words[i];
  if (head && opensWithArticle && EMPLOYER_NOUNS.has(head.lower) && !head.lower.endsWith('s')) return false;
  const from = words[p].end;
  return quantities.some(
    (q) => q.start >= from && (q.kind === 'count' || q.kind === 'magnitude') && isScaleQuantity(q),
  );
}

/**
 * "Engineering manager, Checkout (6 engineers, 1 designer)", "Unit manager, cardiac (28 beds, 40 nurses)":
 * a leading title whose parenthesis lists, in two or more counts, the team or the unit it runs. An
 * employer's size ("(5,000 employees, 12 countries)") is no remit.
 */
function teamInParentheses(
  tokens: readonly Token[],
  words: readonly Token[],
  quantities: readonly Quantity[],
): boolean {
  const open = tokens.findIndex((t) => t.text === '(');
  if (open < 0) return false;
  const before = words.filter((w) => w.end <= tokens[open].start);
  const role = before.findIndex((w, i) => i < 4 && LEADING_ROLES.has(w.lower));
  if (role < 0) return false;
  for (let i = 0; i < role; i++) if (/^(a|an|the|i|we|my|our|was|were|is|as)$/.test(before[i].lower)) return false;
  const close = tokens.findIndex((t, i) => i > open && t.text === ')');
  const from = tokens[open].end;
  const to = close < 0 ? Infinity : tokens[close].start;
  const inside = quantities.filter((q) => q.start >= from && q.end <= to);
  return (
    inside.length >= 2 &&
    inside.every((q) => q.context === true && q.head !== undefined && !EMPLOYER_SIZE_HEADS.has(q.head))
  );
}
