// A phrase the text denies: "No on-call duties", "you won't set the roadmap", "this is not a management
// role". A negation word shortly before the phrase, in the same clause, takes it out of the focus; one
// inside the phrase itself ("without authority", "no spec", "do not report to you") is part of its meaning.
import type { Token } from './tokenize';

const NEGATIONS = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  'neither',
  'cannot',
  "can't",
  "won't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "wouldn't",
  "shouldn't",
  'none',
]);
// "not only", "not just": what follows is asked, and more.
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely', 'simply']);
const WINDOW = 4;

/** Whether a negation word stands within a few words before token `first`, in its clause. */
export function negated(tokens: readonly Token[], first: number): boolean {
  const clause = tokens[first].clause;
  for (let i = first - 1; i >= 0 && i >= first - WINDOW && tokens[i].clause === clause; i--) {
    if (!NEGATIONS.has(tokens[i].lower.replace(/’/g, "'"))) continue;
    const next = tokens[i + 1];
    return !(next && NOT_NEGATING_AFTER.has(next.lower));
  }
  return false;
}
