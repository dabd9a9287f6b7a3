// The writer's own handled load (RUBRIC-NOTES "The writer's own handled load", session 23): a count per
// period that the writer's own verb governs as its object (a result verb or any action verb), with the
// writer as the clause's subject — "I", or no subject at all as on a resume line ("Handled about 45
// chats a day", "I answer 60 calls a shift", "Reviewed ~500 pull requests a year"). It measures the
// writer's effort: a metric, not scale. The load a team, a site or a system carries ("we now handle 600
// claims a day", "a desk handling 300 calls a day", "It handles 8,000 tickets a day") keeps sizing the
// context, and so does a count too large for one person's hands (a magnitude, or 10,000 or more a
// period), which is a pipeline's traffic.
import type { NumberContext } from './quantity-context';
import { type Token } from './tokenize';
import { figureValue } from './number-words';

/** A count told with a magnitude ("3M", "40k", "2 million"): traffic, not one person's load. */
const LARGE_WORDS = /\d\s*[kmb]\b|\b(thousand|million|billion)s?\b/i;

/** Words between the writer's verb and the count it governs ("answered between 50 and 80", "took about 60"). */
const OBJECT_LEADS = new Set([
  'a',
  'an',
  'the',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'over',
  'up',
  'to',
  'between',
  'some',
  'our',
  'my',
  'out',
  'through',
]);

/** Adverbs and auxiliaries that may stand between the writer (or the line's start) and the verb: "I now handle", "I have answered". */
const VERB_LEADS = new Set([
  'now',
  'then',
  'also',
  'still',
  'often',
  'usually',
  'typically',
  'regularly',
  'personally',
  'routinely',
  'consistently',
  'single-handedly',
  'have',
  'has',
  'had',
  'was',
  'am',
]);

/** Marks that end a heading or title before a subjectless line of work: "Support agent — answered …". */
const LINE_BREAKS = new Set([':', ';', '—', '–', '-', '•', '*', '|', '(']);

/** Whether `q` is a count per period that the writer's own verb governs, with the writer as its subject. */
export function isHandledLoad(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (!(q.result || q.delivered) || !q.perTime || q.kind !== 'count' || q.gained) return false;
  const value = figureValue(q.text);
  if ((value !== undefined && value >= 10000) || LARGE_WORDS.test(q.text)) return false;
  let k = n.at - 1;
  // Back over the words between the count and its verb, and over the first end of a range ("between 50 and 80").
  const skipped = (t: Token) =>
    t.kind === 'symbol'
      ? '~≈'.includes(t.text) || (q.range === true && '-–'.includes(t.text))
      : OBJECT_LEADS.has(t.lower) || (q.range === true && (t.kind === 'number' || t.lower === 'and'));
  while (k >= 0 && skipped(tokens[k])) k--;
  if (k < 0 || tokens[k].kind !== 'word') return false;
  // Then back over adverbs and auxiliaries to the subject, or to the start of the line.
  let p = k - 1;
  while (
    p >= 0 &&
    tokens[p].kind === 'word' &&
    (VERB_LEADS.has(tokens[p].lower) || (tokens[p].lower.endsWith('ly') && tokens[p].lower.length > 4))
  )
    p--;
  if (p < 0) return true;
  const t = tokens[p];
  if (t.kind === 'word') return t.lower === 'i';
  return LINE_BREAKS.has(t.text) && (p === 0 || t.text !== '-' || tokens[p - 1].end < t.start);
}
