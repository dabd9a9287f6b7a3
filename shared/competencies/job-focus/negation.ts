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
// "not only", "not just": what follows is asked, and more. "not afraid to push back", "never scared to tell them no":
// the fear is denied, and so the act asked.
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely', 'simply', 'afraid', 'scared', 'frightened', 'shy']);
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

// "On-call is not part of this role", "Leading a team isn't expected", "Incidents are handled by our SRE team":
// after the phrase, its clause denies it or gives it to someone else. "Direct reports: none": a field left empty.
const COPULAS = new Set(['is', 'are', 'was', 'will', 'would']);
const NEGATED_COPULAS = new Set(["isn't", "aren't", "won't", "wouldn't", "wasn't"]);
// What a denied phrase is not: "not part of", "not required", "not expected", "not in scope", "not needed".
const NOT_ASKED = new Set(['part', 'required', 'expected', 'needed', 'included', 'involved', 'necessary', 'in']);
// Done by someone else: "handled by", "covered by", "owned by", "run by", "done by", "looked after by".
const DONE_BY_OTHERS = new Set(['handled', 'done', 'owned', 'run', 'covered', 'managed', 'provided', 'looked']);
const EMPTY_VALUES = new Set(['none', 'nil', 'zero', '0', 'n']);
const SUBJECT_TAIL = 4;

/**
 * Whether the clause after the phrase ending at token `last` says the role does not do it: the phrase is the
 * subject of "is not part of / not required / not expected", or of "is handled by" someone other than "you";
 * or the phrase names a field whose value is "none" or "0".
 */
export function deniedAfter(tokens: readonly Token[], last: number, text?: string): boolean {
  const clause = tokens[last].clause;
  const next = tokens[last + 1];
  if (
    next &&
    next.clause !== clause &&
    EMPTY_VALUES.has(next.lower) &&
    (last + 2 >= tokens.length || tokens[last + 2].clause !== next.clause)
  )
    return true;
  if (text !== undefined && deniedValue(tokens, last, text)) return true;
  // The rest of the subject may stand between the phrase and its verb ("on-call for this team is not …").
  for (let i = last + 1; i <= last + SUBJECT_TAIL && i < tokens.length && tokens[i].clause === clause; i++) {
    const word = tokens[i].lower.replace(/’/g, "'");
    const copula = COPULAS.has(word);
    if (!copula && !NEGATED_COPULAS.has(word)) continue;
    let k = i + 1;
    const at = (j: number) => (j < tokens.length && tokens[j].clause === clause ? tokens[j].lower : undefined);
    let denied = !copula;
    if (copula && (at(k) === 'not' || at(k) === 'never')) {
      if (NOT_NEGATING_AFTER.has(at(k + 1) ?? '')) return false;
      denied = true;
      k++;
    }
    if (at(k) === 'be') k++;
    if (denied && NOT_ASKED.has(at(k) ?? '')) return true;
    if (DONE_BY_OTHERS.has(at(k) ?? '')) {
      // "handled by our SRE team", "looked after by ops", not "handled by you".
      const by = at(k + 1) === 'by' ? k + 1 : at(k + 2) === 'by' ? k + 2 : -1;
      return by > 0 && at(by + 1) !== 'you' && at(by + 1) !== undefined;
    }
    return false;
  }
  return false;
}

// The words of a field's value that deny it: "not needed", "not expected at this level", "not part of this role".
const VALUE_DENIALS = new Set(['required', 'expected', 'needed', 'included', 'necessary', 'part', 'applicable']);
const VALUE_MAX = 8;
const FIELD_SEPARATOR = /^[ \t]*[:–—-][ \t]*$/;

/**
 * "On-call: not needed for this role", "Mentoring juniors – not expected at this level": the phrase ending at token
 * `last`, with the rest of its field's name, is followed on its line, after a colon or a dash, by a short value that
 * opens by denying it. A long clause after it, or one after a full stop ("… mentoring. Not required."), is no value of
 * its field.
 */
function deniedValue(tokens: readonly Token[], last: number, text: string): boolean {
  const clause = tokens[last].clause;
  let k = last + 1;
  while (k < tokens.length && k <= last + SUBJECT_TAIL && tokens[k].clause === clause) k++;
  const value = tokens[k];
  if (value === undefined || value.clause === clause || value.lower !== 'not') return false;
  // A field and its value: a colon or a dash between them on one line, not a full stop or a line break.
  if (!FIELD_SEPARATOR.test(text.slice(tokens[k - 1].end, value.start))) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.clause !== value.clause || !VALUE_DENIALS.has(next.lower)) return false;
  let end = k;
  while (end < tokens.length && tokens[end].clause === value.clause) end++;
  return end - k <= VALUE_MAX;
}
