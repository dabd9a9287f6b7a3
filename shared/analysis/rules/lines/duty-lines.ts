// A verbless resume line that states a standing duty or a system with its load is the writer's claim
// (RUBRIC.md: "Responsible for …" lines and verbless fragments that say what the writer did are claims):
// "On-call for the payments API", "Point of contact for 22 partner clinics", "Weekend cover for the
// cardiac ward", "Kafka consumers for payment events, ~30k msgs/min". The line is read by its shape: a
// short head noun phrase, then either a duty noun in that head followed by the remit it is over, or a
// load — a figure per unit of time, or a counted remit after the head's preposition. What stays no
// claim: titles with dates or a course, company lines ("Acme Retail, a 200-store chain", "Series B
// marketplace, ~1M orders a month"), labelled lists ("Skills: …"), headings and job terms.
import type { Token } from '../language/tokenize';
import type { Quantity } from '../quantity/quantity-types';
import { CLAUSE_WORDS, DUTY_NOUNS, EMPLOYER_NOUNS } from '../language/lexicon';
import { isScaleQuantity } from '../quantity/scale';
import { isRole } from './title-remits';
import { postOfUnitAt } from './post-of-unit-lines';

/** A word joined from hyphenated parts ("On-call" → "on-call"), with its offsets. */
interface LineWord {
  lower: string;
  text: string;
  start: number;
  end: number;
}

/** Words of the line, hyphenated compounds joined; undefined when the line holds a label or a bar. */
function lineWords(tokens: readonly Token[]): LineWord[] | undefined {
  const out: LineWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'symbol') {
      // "| On-call for the API (1 week in 5) | |": a table row's closing bars end the line.
      if (t.text === '|' && tokens.slice(i + 1).every((x) => x.kind === 'symbol')) break;
      if (t.text === ':' || t.text === '|' || t.text === '·' || t.text === '•') return undefined;
      const prev = out[out.length - 1];
      const next = tokens[i + 1];
      if (t.text === '-' && prev && next && next.kind !== 'symbol' && prev.end === t.start && t.end === next.start) {
        prev.lower = `${prev.lower}-${next.lower}`;
        prev.text = `${prev.text}-${next.text}`;
        prev.end = next.end;
        i++;
      }
      continue;
    }
    out.push({ lower: t.lower, text: t.text, start: t.start, end: t.end });
  }
  return out;
}

/** Words that end the head noun phrase: the remit's preposition and the other prepositions. */
const HEAD_ENDS = new Set(['for', 'to', 'between', 'across', 'on', 'of', 'in', 'at', 'from', 'into', 'with', 'over']);
/** Prepositions before a counted remit: "for 35 store managers", "across three offices" (not "on a 32-bed unit": a post). */
const COUNTED_REMIT_PREPOSITIONS = new Set(['for', 'to', 'across']);
/** Prepositions that open what a duty is over: "for the ward", "between the floor and the carriers". */
const REMIT_PREPOSITIONS = new Set(['for', 'to', 'between', 'across', 'on', 'over']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'our', 'my']);

/** "Acme Retail", "Product Manager": every word of the head written like a name. */
function namedHead(head: readonly LineWord[]): boolean {
  return head.every((w) => /^[A-Z][a-z'’.&-]+$/.test(w.text));
}

/**
 * Whether a verbless line states a duty or a system with its load. `quantities` are the line's, with
 * offsets into the same text as `tokens`.
 */
export function isDutyLine(tokens: readonly Token[], quantities: readonly Quantity[]): boolean {
  const words = lineWords(tokens);
  if (words === undefined || words.length < 3) return false;
  // "Project architect for a 96-unit housing scheme": a post and the one unit it belongs to is a title
  // (post-of-unit-lines.ts), whatever the post's noun; the unit's size is no load of the writer's.
  if (postOfUnitAt(tokens) >= 0) return false;
  if (words.some((w) => CLAUSE_WORDS.has(w.lower) || /^(?:19|20)\d\d$/.test(w.lower))) return false;
  if (DETERMINERS.has(words[0].lower)) return false;
  // The head: up to four words before the first preposition or comma.
  const comma = tokens.find((t) => t.kind === 'symbol' && (t.text === ',' || t.text === '(' || t.text === '—'));
  let h = 0;
  while (h < words.length && !HEAD_ENDS.has(words[h].lower) && (comma === undefined || words[h].end <= comma.start))
    h++;
  if (h === 0 || h > 4) return false;
  const head = words.slice(0, h);
  // A past form or a gerund in the head is a verb the claim rules have read ("Reported to …").
  if (head.some((w) => /(?:ed|ing)$/.test(w.lower) && !DUTY_NOUNS.has(w.lower))) return false;
  if (head.some((w) => EMPLOYER_NOUNS.has(w.lower))) return false;
  const remitAt = words[h]?.lower;
  const remit = remitAt !== undefined && REMIT_PREPOSITIONS.has(remitAt);
  // "On-call for …", "Weekend cover for …", "Point of contact for …": a duty noun in the head (or just
  // after its "of"), then the remit.
  // A duty noun before a role noun makes a title ("Support Engineer for a startup").
  const last = head[head.length - 1].lower;
  const dutyAt =
    (head.some((w) => DUTY_NOUNS.has(w.lower)) && (DUTY_NOUNS.has(last) || !isRole(last))) ||
    (remitAt === 'of' && DUTY_NOUNS.has(words[h + 1]?.lower) && REMIT_PREPOSITIONS.has(words[h + 2]?.lower ?? ''));
  if (dutyAt && (remit || remitAt === 'of')) return true;
  // A load: a figure per unit of time, or a counted remit after the head's preposition. A company line
  // ("Acme Retail, …", "Series B marketplace, …") names its employer, not the writer's work.
  if (namedHead(head) && !remit) return false;
  const after = words[h]?.start ?? Number.POSITIVE_INFINITY;
  // "Software engineer for a 30-person fintech startup": a title and its employer.
  if (words.slice(h).some((w) => EMPLOYER_NOUNS.has(w.lower) && !w.lower.endsWith('s'))) return false;
  const countedRemit = remitAt !== undefined && COUNTED_REMIT_PREPOSITIONS.has(remitAt) && !isRole(last);
  for (const q of quantities) {
    if (q.start < after) continue;
    if (q.head !== undefined && EMPLOYER_NOUNS.has(q.head)) return false;
    if (q.perTime && (q.kind === 'count' || q.kind === 'magnitude' || q.kind === 'data-size')) return true;
    // A title's counted remit is title-remits.ts's to read ("Charge nurse on a 32-bed unit" is a post).
    if (countedRemit && (q.kind === 'count' || q.kind === 'magnitude') && isScaleQuantity(q)) return true;
  }
  return false;
}
