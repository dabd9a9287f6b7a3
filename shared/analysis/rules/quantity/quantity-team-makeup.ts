// Team make-up (RUBRIC.md: team size is a magnitude of the context; RUBRIC-NOTES "Team sizes under a
// leading verb"): the people the writer leads told by their relation to the writer ("35 pickers under
// me", "6 engineers reporting to me") and the counts on a line labeled as the team ("Team: 6 MLEs, 1
// analyst", "Farm team: two full-time", "Data team headcount: 6") size the job's context: scale, never a
// measure of the work. People the writer hired, trained or grew into the team stay a metric: a count
// with a change or a past act after the label is read as before.
import type { NumberContext } from './quantity-context';
import type { Token } from '../language/tokenize';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { numberWordValue } from './number-words';

/** Words of a relation that puts the people under the writer: "under me", "reporting to me". */
const UNDER_WORDS = new Set(['under', 'reporting', 'reports', 'report', 'reported']);

/** Verbs of working that may stand between the people and "under me": "9 cleaners work under me". */
const WORKING = new Set(['work', 'works', 'working', 'worked']);
/** What may follow "under my": "under my supervision", "under my management". */
const CHARGE_NOUNS = new Set(['supervision', 'management', 'leadership', 'charge', 'watch', 'wing']);

/**
 * "35 pickers under me", "6 engineers reporting to me", "3 apprentices under my supervision": a count
 * of people followed by their relation to the writer.
 */
export function isLedByWriter(n: NumberContext): boolean {
  const { tokens, q, after } = n;
  if ((q.kind !== 'count' && q.kind !== 'magnitude') || q.change || q.head === undefined) return false;
  // "Nine cleaners work under me", "5 nurses work for me": the verb of working before the relation.
  const working = WORKING.has(tokens[after]?.lower ?? '');
  if (working && (tokens[after + 1]?.lower === 'for' || tokens[after + 1]?.lower === 'under'))
    return (
      tokens[after + 2]?.lower === 'me' || (tokens[after + 1]?.lower === 'under' && tokens[after + 2]?.lower === 'my')
    );
  const relation = tokens[after]?.lower;
  if (relation === undefined || !UNDER_WORDS.has(relation)) return false;
  let k = after + 1;
  // "reporting to me", "reporting directly to me", "reports into me".
  if (relation !== 'under') {
    if (tokens[k]?.lower === 'directly') k++;
    if (tokens[k]?.lower !== 'to' && tokens[k]?.lower !== 'into') return false;
    k++;
  }
  const whom = tokens[k]?.lower;
  if (whom === 'me') return true;
  return relation === 'under' && whom === 'my' && CHARGE_NOUNS.has(tokens[k + 1]?.lower ?? '');
}

/** Words after a past form that make it an act on its object: "hired 6", "built the", "grew it". */
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'it', 'them', 'my', 'our', 'from', 'to', 'by', 'up']);

/**
 * A past form used as a verb: one with an object or a change after it ("hired two engineers", "grew
 * from 4 to 9"). Before a plain noun it is a modifier ("shared PM", "seconded analyst").
 */
function isActAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (w.kind !== 'word' || !(isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower))) return false;
  const next = tokens[k + 1];
  if (next === undefined) return false;
  return next.kind === 'number' || numberWordValue(next.lower) !== undefined || OBJECT_STARTS.has(next.lower);
}

/** The last word of a team label: "Team:", "Farm team:", "Data team headcount:", "Crew:". */
const TEAM_LABEL_ENDS = new Set(['team', 'headcount', 'crew', 'brigade', 'squad']);
/** The most words a team label holds ("Data team headcount"). */
const MAX_LABEL_WORDS = 3;

/**
 * Where the figures of a team label line start: the index of the colon after a short label that names
 * the team ("Team: 6 MLEs, 1 analyst, shared PM"), when no past act follows it ("Team: hired 6
 * engineers" is an act); -1 otherwise.
 */
export function teamLabelAt(tokens: Token[]): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      if (++words > MAX_LABEL_WORDS) return -1;
      continue;
    }
    if (t.text !== ':') return -1;
    if (words === 0 || !TEAM_LABEL_ENDS.has(tokens[i - 1].lower)) return -1;
    for (let k = i + 1; k < tokens.length; k++) if (isActAt(tokens, k)) return -1;
    return i;
  }
  return -1;
}
