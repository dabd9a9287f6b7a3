// Contact lines: "Tel 07700 900123 · jo.smith@example.com", "Mobile: +44 7700 900123", "ana@example.com |
// linkedin.com/in/ana". A résumé's header says how to reach the writer; RUBRIC.md's furniture (titles,
// skill lists) names no act, and a phone number's digits measure nothing (the number rules would read
// them as counts). The shape: the line opens with a phone label, or holds an e-mail address, and has no
// verb form and no first person ("Emailed all 300 customers at help@acme.com" tells an act).
import type { Token } from '../language/tokenize';
import { FIRST_PERSON_WORDS } from '../language/lexicon';
import { IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';

/** Labels that open a phone line: "Tel", "Phone:", "Mobile 07700 …". */
const PHONE_LABELS = new Set(['tel', 'phone', 'mobile', 'cell', 'telephone', 'whatsapp']);

/** A character of an address's name or domain part. */
const ADDRESS_CHAR = /[\w.+-]/;

/**
 * Whether the line holds an e-mail address: a name character right before an "@", then a domain with a
 * dot (read from the "@" on, so a giant word costs one pass, never a regex retried at every offset).
 */
function holdsEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    if (!ADDRESS_CHAR.test(text[at - 1])) continue;
    let j = at + 1;
    let dot = false;
    while (j < text.length && ADDRESS_CHAR.test(text[j])) {
      if (text[j] === '.' && j > at + 1 && j + 1 < text.length && ADDRESS_CHAR.test(text[j + 1])) dot = true;
      j++;
    }
    if (dot) return true;
  }
  return false;
}

/** Whether the line is the writer's contact details: a phone label first or an e-mail address, and no verb. */
export function isContactLine(text: string, tokens: readonly Token[]): boolean {
  let f = 0;
  while (f < tokens.length && tokens[f].kind !== 'word') f++;
  if (f === tokens.length) return false;
  if (!PHONE_LABELS.has(tokens[f].lower) && !holdsEmail(text)) return false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (FIRST_PERSON_WORDS.has(t.lower) || isPastForm(t.lower) || IRREGULAR_PAST.has(t.lower) || isGerund(t.lower))
      return false;
  }
  return true;
}
