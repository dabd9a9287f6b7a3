// Key results and objectives pasted from an OKR sheet: "KR1.1 Ship a churn score to the CRM by end of May —
// done, shipped 21 May", "KR 2: Train the new healthcare assistants on the hoist – achieved", "O1: Make churn
// predictable for the retention squad". The item's code names a goal (RUBRIC.md: goals and targets are no
// claims); what the writer did is told by the status after the dash. So the line is read by its structure:
//   - the code opening it ("KR1", "KR1.1", "KR 2.1:", "OKR 3", "O1:", "Key result 2 —") is a lead, read past as
//     a date or a tag is (predicate-start.ts), so the item's verb is the line's first word;
//   - the status is what follows the item's last dash (or a "Status:" label): a word of completion ("done",
//     "shipped", "achieved", "met", "✅"), a high grade ("1.0", "0.8") or a value reached ("reached 0.08", "3
//     campaigns so far", "got 15%") tells the item done or measured, and the line is the writer's claim;
//   - no status, an open one ("not started", "on track", "at risk") or a low grade with nothing reached ("0.3, ran
//     out of time") leaves the item a goal: no claim, and its figures are targets (the veto in claim-exceptions.ts).
import type { Token } from '../language/tokenize';
import { isPastForm } from '../language/verbs';
import { wordSet } from '../language/word-lists/lemma-set';

/** An item's code in one token: "KR1", "KR1.1", "OKR3", "O1". */
const ITEM_CODE = /^(?:kr|okr|o)\d+(?:\.\d+)*$/;

/** Marks that may open the line before the code: a bullet. */
const BULLETS = new Set(['-', '*', '•', '–', '—']);

/** Separators after the code: "KR1:", "KR1.1 —", "O1)". */
const CODE_SEPARATORS = new Set([':', '.', ')', '—', '–', '-', '|']);

/** Dashes that set an item's status after it: "… — done", "… – achieved", "… - 0.6". */
const STATUS_DASHES = new Set(['—', '–', '-']);

/** Words of an item finished: its status says the work is done. */
const DONE_WORDS = wordSet('goal-item-done-words', [
  'done',
  'complete',
  'completed',
  'achieved',
  'delivered',
  'shipped',
  'launched',
  'met',
  'hit',
  'finished',
  'closed',
  'live',
  'exceeded',
  'reached',
  'yes',
]);

/**
 * Words that open a status of an item not done: "not started", "on track", "at risk", "in progress", "missed",
 * "deferred". Past forms among them ("missed", "dropped") report no work done.
 */
const OPEN_WORDS = wordSet('goal-item-open-words', [
  'not',
  'no',
  'on',
  'at',
  'in',
  'behind',
  'missed',
  'dropped',
  'deferred',
  'blocked',
  'delayed',
  'cancelled',
  'canceled',
  'paused',
  'postponed',
  'pending',
  'planned',
  'ongoing',
  'started',
  'partly',
  'partial',
  'partially',
]);

/** Marks of an item ticked off. */
const DONE_MARKS = new Set(['✅', '✔', '✓', '☑']);

/** The lowest grade on a 0–1 OKR scale that reads as the item delivered (a 0.7 is the usual "met"). */
const MET_GRADE = 0.7;

/**
 * The index of the item's first word after its code ("KR1.1 Ship …" → 1), or 0 when the line opens with no goal
 * item's code. "O1" needs a separator after it ("O1: Make …"), so a name such as "O2 arena" is no code.
 */
export function goalItemCodeEnd(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && BULLETS.has(tokens[i].text)) i++;
  const t = tokens[i];
  if (t === undefined) return 0;
  let loose = false;
  if (ITEM_CODE.test(t.lower)) {
    loose = t.lower.startsWith('o') && !t.lower.startsWith('okr');
    i++;
  } else if ((t.lower === 'kr' || t.lower === 'okr') && tokens[i + 1]?.kind === 'number') i += 2;
  else if (t.lower === 'key' && (tokens[i + 1]?.lower === 'result' || tokens[i + 1]?.lower === 'results')) {
    i += 2;
    if (tokens[i]?.kind === 'number') i++;
  } else return 0;
  const code = i;
  while (i < tokens.length && CODE_SEPARATORS.has(tokens[i].text)) i++;
  if (loose && i === code) return 0;
  return tokens[i]?.kind === 'word' ? i : 0;
}

/** Where the item's status starts: after its last dash, or after a "Status:" label; -1 when it has none. */
function statusStart(tokens: readonly Token[], from: number): number {
  for (let i = from; i + 1 < tokens.length; i++)
    if (tokens[i].lower === 'status' && tokens[i + 1].text === ':') return i + 2;
  for (let i = tokens.length - 2; i > from; i--) {
    const t = tokens[i];
    if (!STATUS_DASHES.has(t.text)) continue;
    // A hyphen sets a status only with space on both sides ("end-to-end" is a word).
    if (t.text === '-' && (tokens[i - 1].end === t.start || tokens[i + 1].start === t.end)) continue;
    return i + 1;
  }
  return -1;
}

/** A grade on the 0–1 scale: "1.0", "0.6", ".8". */
function gradeOf(t: Token | undefined): number | undefined {
  if (t?.kind !== 'number' || !/^(?:[01]?\.\d{1,2}|1)$/.test(t.text)) return undefined;
  return Number(t.text);
}

/**
 * Whether a goal item's status tells it done or measured: a word or mark of completion, a past verb ("reached
 * 0.08", "got 15%"), a grade at or above the mark, or a figure other than the grade ("3 campaigns so far",
 * "0.6 (got 15%)").
 */
function statusTellsDone(status: readonly Token[]): boolean {
  const first = status[0];
  if (first === undefined || OPEN_WORDS.has(first.lower)) return false;
  if (DONE_WORDS.has(first.lower) || DONE_MARKS.has(first.text) || isPastForm(first.lower)) return true;
  const grade = gradeOf(first);
  if (grade !== undefined && grade >= MET_GRADE) return true;
  // "0.3, ran out of time": a low grade and its reason report no work done; a figure after it ("(got 15%)", "3
  // campaigns so far") does.
  return status.some((t, k) => t.kind === 'number' && !(k === 0 && grade !== undefined));
}

/**
 * Whether the line is a goal item (a key result, an objective) whose status does not tell it done: no status,
 * an open one, or a low grade with nothing reached. Such a line is a goal, no claim (see the module comment).
 */
export function isOpenGoalItem(lineTokens: readonly Token[]): boolean {
  const from = goalItemCodeEnd(lineTokens);
  if (from === 0) return false;
  const at = statusStart(lineTokens, from);
  return at < 0 || !statusTellsDone(lineTokens.slice(at));
}
