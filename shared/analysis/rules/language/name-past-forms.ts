// Past forms that are part of a proper name inside a line: "Speaker, Embedded Online Conference 2024",
// "Analyst at Applied Materials", "Volunteer, United Way". Written with a capital and followed by another
// capitalized word, away from the line's head, such a word names an event, a firm or a body; it is no
// verb, so a verbless line keeps its verbless reading. The line's first word is left alone: a bullet's
// verb is capitalized there ("Reduced AWS costs by 30%").
import type { Token } from './tokenize';
import { isPastForm } from './verbs';

// A word opening with an ASCII capital, as /^[A-Z]/ reads it (a char check: asked of every word of every claim line).
const isCapitalized = (t: Token | undefined) => {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** The lower-case past forms that stand inside a capitalized name, past the line's first word. */
export function pastFormsInNames(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  const first = tokens.findIndex((t) => t.kind === 'word');
  for (let i = first + 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (isCapitalized(t) && t.text.slice(1) === t.lower.slice(1) && isPastForm(t.lower) && isCapitalized(tokens[i + 1]))
      names.add(t.lower);
  }
  return names;
}
