// Resume lines that list tools and skills with no label ("Python, SQL, Tableau, stakeholder
// management", "Kubernetes, Terraform, Prometheus, incident management"): RUBRIC.md says skill lists
// are no claims, and a labelled one ("Skills: …") is read by title-lines.ts. Told apart from a
// verbless list of duties ("Full stack development, code reviews, on-call rotation", "Vendor
// negotiations, month-end accruals, and the Oracle upgrade"), which is a claim, by its shape: three or
// more short items, at least half of them names (every word capitalized, or an acronym), and no item
// with an article, a possessive or a preposition (a duty says what and for whom; a skill is a bare name).
import type { Token } from '../language/tokenize';

/** Words inside an item that make it a phrase about the work rather than a bare skill. */
const PHRASE_WORDS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'their',
  'of',
  'for',
  'to',
  'with',
  'across',
  'at',
  'on',
  'in',
  'from',
  'by',
]);
/** Marks that close one item of a list. */
const ITEM_ENDS = new Set([',', ';', '·', '•', '|']);
const MIN_ITEMS = 3;
const MAX_ITEM_TOKENS = 4;

/** Is every word of the item a name ("Power BI", "Google Classroom", "SQL", "scikit-learn" is not)? */
function isNameItem(item: readonly Token[]): boolean {
  return item.length > 0 && item.every((t) => t.kind === 'number' || /^[A-Z]/.test(t.text));
}

/** Is the line a bare list of tools and skills? `tokens` are the sentence's; parentheses are skipped. */
export function isSkillList(tokens: readonly Token[]): boolean {
  const items: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (ITEM_ENDS.has(t.text)) items.push([]);
    else if (t.kind === 'word' || t.kind === 'number') {
      // "…, and A/B testing": the joining word opens the last item, it is not part of it.
      const item = items[items.length - 1];
      if (item.length === 0 && (t.lower === 'and' || t.lower === '&')) continue;
      item.push(t);
    } else if (t.text === '.' && t === tokens[tokens.length - 1]) continue;
    else if (t.text !== '-' && t.text !== '/' && t.text !== '+' && t.text !== '&' && t.text !== '.') return false;
  }
  const filled = items.filter((item) => item.length > 0);
  if (filled.length < MIN_ITEMS || filled.length !== items.length) return false;
  // Pieces joined by "-" or "/" are tokens of their own ("month-end close", "A/B testing"): one more each.
  for (const item of filled)
    if (item.length > MAX_ITEM_TOKENS || item.some((t) => PHRASE_WORDS.has(t.lower))) return false;
  return filled.filter(isNameItem).length * 2 >= filled.length;
}
