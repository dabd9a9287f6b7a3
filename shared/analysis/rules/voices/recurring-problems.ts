// A problem that kept happening is the story's context, not the writer's claim (RUBRIC.md: statements of
// a problem carry no claim or outcome): "Parents kept emailing the office about missing grades", "Mock
// exams kept overrunning", "Drivers kept getting sent to the wrong gate". The shape is someone or
// something other than the writer, then "kept" and a gerund. A change that kept going ("Sign-ups kept
// growing", "costs kept falling") may be the result, so a gerund of change or effect is left alone, and so
// is any sentence where the writer acts ("…, so I moved marks online").
import type { Token } from '../language/tokenize';
import { isGerund } from '../language/verbs';
import { holdsTrigger, triggerWords } from '../language/trigger-words';
import { BENEFIT_VERBS, EFFECT_VERBS, FIRST_PERSON_WORDS_WITH_WE_RE, IMPROVE_VERBS } from '../language/lexicon';

/** Gerunds of a quantity moving, which may report a result rather than a problem. */
const MOVING = new Set([
  'growing',
  'rising',
  'climbing',
  'improving',
  'increasing',
  'falling',
  'dropping',
  'shrinking',
  'declining',
  'coming',
  'getting',
]);

/** The problem is told with "kept" (or "keeps"): sentences without it are passed over. */
const KEPT_TRIGGER = triggerWords('recurring-problem', (lower) => lower === 'kept' || lower === 'keeps');

/** Whether the sentence says that someone else or something kept doing a thing, and nothing of the writer's. */
export function isRecurringProblem(tokens: readonly Token[]): boolean {
  if (!holdsTrigger(tokens, KEPT_TRIGGER)) return false;
  const words: string[] = [];
  for (const t of tokens) if (t.kind === 'word') words.push(t.lower);
  if (words.some((w) => FIRST_PERSON_WORDS_WITH_WE_RE.has(w))) return false;
  for (let k = 1; k < words.length - 1 && k <= 8; k++) {
    if (words[k] !== 'kept' && words[k] !== 'keeps') continue;
    const g = words[k + 1] === 'on' ? words[k + 2] : words[k + 1];
    if (g === undefined || !isGerund(g)) return false;
    // "Drivers kept getting sent to the wrong gate": a passive of something done to them is a problem too.
    if (g === 'getting' && words[k + 2] !== undefined && /ed$|sent$|lost$|stuck$/.test(words[k + 2])) return true;
    const base = g.slice(0, -3);
    if (
      MOVING.has(g) ||
      [base, `${base}e`].some((b) => EFFECT_VERBS.has(b) || IMPROVE_VERBS.has(b) || BENEFIT_VERBS.has(b))
    )
      return false;
    return true;
  }
  return false;
}
