// What the number-role checks of the quantity scan read about one quantity, found once per quantity.
// About twenty checks run on every quantity a sentence holds (quantities.ts, the passes after the
// main scan); each used to find the quantity's tokens again from its offsets before reading the
// words around it. The scan now builds one NumberContext per quantity and hands it to every check.
import { isSpace, tokenIndexFrom, type Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';

/** One quantity and where it sits in its sentence's tokens, as the role checks read it. */
export interface NumberContext {
  /** The sentence's tokens (past a leading date label, as the scan read them). */
  readonly tokens: Token[];
  /** The quantity the checks decide a role for. */
  readonly q: Quantity;
  /** Index of the quantity's first token: the first token starting at or after `q.start`. */
  readonly at: number;
  /** Index of the first token after the quantity (starting at or after `q.end`); `tokens.length` at the end. */
  readonly after: number;
  /** The quantity's own words, lower case, split at blank space and hyphens ("six-week" → six, week); see ownWords. */
  words?: readonly string[];
}

/** The context of quantity `q` among `tokens`. */
export function numberContext(tokens: Token[], q: Quantity): NumberContext {
  return { tokens, q, at: tokenIndexFrom(tokens, q.start), after: tokenIndexFrom(tokens, q.end), words: undefined };
}

/** The quantity's own words ("a six-week" → a, six, week), split once and kept on the context. */
export function ownWords(n: NumberContext): readonly string[] {
  return (n.words ??= splitAtBlanksAndHyphens(n.q.text.toLowerCase()));
}

/** `text.split(/[\s-]+/)` as a plain scan of char codes (a regular expression split cost more per quantity). */
function splitAtBlanksAndHyphens(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isBlankOrHyphen(text.charCodeAt(i))) {
      i++;
      continue;
    }
    parts.push(text.slice(from, i));
    while (i < text.length && isBlankOrHyphen(text.charCodeAt(i))) i++;
    from = i;
  }
  parts.push(text.slice(from));
  return parts;
}

function isBlankOrHyphen(c: number): boolean {
  return c === 45 || isSpace(c);
}
