// What a pasted or hand-typed sentence says, read one character for one so every offset stays the same.
// Used by the claim analyzer and the signal classes alike, so both read "couldn’t" as "couldn't".

/**
 * The sentence as the rules read it, one character for one so every offset stays the same: a
 * typographic apostrophe is read as a plain one ("couldn’t" as "couldn't", as text pasted from a
 * document or a web page writes it), Markdown emphasis is read as blank space ("I **pushed back**"),
 * and notes typed in lower case write the writer as "i" ("so i planned the launch"), read as "I".
 */
export function readableText(text: string): string {
  let plain = CURLY_APOSTROPHE.test(text) ? text.replace(CURLY_APOSTROPHE_ALL, "'") : text;
  // Typographic hyphens ("trade‑off", "on‑call") read as the plain one.
  if (TYPO_HYPHEN.test(plain)) plain = plain.replace(TYPO_HYPHEN_ALL, '-');
  // Markdown emphasis inside a sentence ("I **pushed back** on the date") reads as the words alone.
  // Every emphasis mark is an asterisk or an underscore: most sentences have neither, and skip the lookarounds.
  if ((plain.includes('*') || plain.includes('_')) && EMPHASIS.test(plain))
    plain = plain.replace(EMPHASIS_ALL, (m) => ' '.repeat(m.length));
  return LOWER_I.test(plain) ? plain.replace(LOWER_I_ALL, 'I') : plain;
}

// Asterisks, or underscores at a word's edge ("_batch scoring_", not "snake_case").
const EMPHASIS = /\*+|(?<![\w])_+(?=\w)|(?<=\w)_+(?![\w])/;
const EMPHASIS_ALL = new RegExp(EMPHASIS.source, 'g');
const TYPO_HYPHEN = /[\u2010\u2011]/;
const TYPO_HYPHEN_ALL = /[\u2010\u2011]/g;
const CURLY_APOSTROPHE = /[’‘ʼ]/;
const CURLY_APOSTROPHE_ALL = /[’‘ʼ]/g;

// "i" alone as a word (before a space, an apostrophe or the end), not "i.e." or "i/o".
const LOWER_I = /(?<![\w.'’/-])i(?=\s|['’](?:m|d|ve|ll)\b|[,;:]|$)/;
const LOWER_I_ALL = new RegExp(LOWER_I.source, 'g');
