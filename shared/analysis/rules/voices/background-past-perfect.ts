// A past perfect of someone or something other than the writer tells how things stood before the story's
// events: "The ticket backlog had grown past what the team could handle", "One boy in my class had
// stopped handing in work", "Trust in the numbers had slipped". That is context (RUBRIC.md: statements of
// a problem carry no claim or outcome), though its verb is one of change. The shape is a subject with no
// "I" or "we" opening the sentence, then "had" and a participle, and no time frame that ties the perfect
// to the story's own end ("By March the clinic had cut …", "by then the class had improved"), no figure
// (left to the number rules) and no act of the writer's later in the sentence ("…, so I moved marks
// online"). The Result is left to the claim rules: a perfect there may report the result.
import type { Token } from '../language/tokenize';
import { isParticiple } from '../language/verbs';
import { holdsTrigger, triggerWords } from '../language/trigger-words';
import { FIRST_PERSON_SUBJECTS } from '../language/word-lists/first-person-words';

/** Opening words that put the sentence in the story's time frame rather than before it. */
const TIME_FRAME_OPENERS = new Set([
  'by',
  'within',
  'after',
  'once',
  'when',
  'since',
  'until',
  'eventually',
  'soon',
  'finally',
  'then',
  'later',
  'afterwards',
  'now',
  'so',
  'and',
  'that',
  'this',
]);

/** The writer's own group after "my" or "our". */
const OWN_GROUPS = new Set(['team', 'squad', 'crew', 'group', 'department', 'unit']);

const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'where', 'whom']);

/** Adverbs that may stand between "had" and its participle. */
const BETWEEN = new Set(['already', 'also', 'slowly', 'quietly', 'gradually', 'steadily', 'just', 'even', 'all']);

/** The index of the participle after "had" (after any adverbs): "had grown", "had quietly stopped", "had been". */
function participleAfter(words: readonly string[], k: number): number | undefined {
  let n = k + 1;
  while (n < words.length && (BETWEEN.has(words[n]) || (words[n].endsWith('ly') && words[n].length > 4))) n++;
  const w = words[n];
  if (w === undefined) return undefined;
  return w === 'been' || isParticiple(w) ? n : undefined;
}

/** The perfect is told with "had": sentences without it are passed over. */
const HAD_TRIGGER = triggerWords('background-past-perfect', (lower) => lower === 'had');

/**
 * Where the past perfect of someone or something else starts, when the sentence tells how things stood
 * before the story: the offset of its participle ("grown"), or undefined.
 */
export function backgroundPerfectAt(tokens: readonly Token[]): number | undefined {
  if (!holdsTrigger(tokens, HAD_TRIGGER)) return undefined;
  const wordTokens = tokens.filter((t) => t.kind === 'word');
  const words = wordTokens.map((t) => t.lower);
  const at = backgroundPerfectIndex(tokens, words);
  return at === undefined ? undefined : wordTokens[at].start;
}

function backgroundPerfectIndex(tokens: readonly Token[], words: readonly string[]): number | undefined {
  if (words.length < 3 || TIME_FRAME_OPENERS.has(words[0])) return undefined;
  // The writer acting anywhere in the sentence ("…, so I moved it online") makes it more than context.
  if (words.some((w) => FIRST_PERSON_SUBJECTS.has(w) || w === 'me' || w === 'us')) return undefined;
  // "by then", "by the end of term": the perfect reports where the story ended.
  for (let k = 0; k < words.length - 1; k++)
    if (words[k] === 'by' && /^(?:then|the|that|now)$/.test(words[k + 1])) return undefined;
  // The subject opens the sentence; no clause or comma before "had".
  for (let k = 1; k < words.length - 1 && k <= 8; k++) {
    if (words[k] !== 'had') continue;
    // "Customers who had churned came back": the perfect of a relative clause, the main verb later.
    if (words.slice(0, k).some((w) => RELATIVES.has(w))) return undefined;
    // "My team had already rebuilt the intake": the writer's own group is the writer (RUBRIC.md: what
    // the writer or their team did is a claim).
    for (let n = 0; n < k - 1; n++)
      if ((words[n] === 'my' || words[n] === 'our') && OWN_GROUPS.has(words[n + 1])) return undefined;
    const lead = tokens.findIndex((t) => t.kind === 'word' && t.lower === 'had');
    if (tokens.slice(0, lead).some((t) => t.kind === 'symbol' && t.text !== "'" && t.text !== '’' && t.text !== '-'))
      return undefined;
    return participleAfter(words, k);
  }
  return undefined;
}

/**
 * Is the word at `i` of `words` the participle of a past perfect opened by a relative ("the students who
 * had stopped coming", "a pool limit that had been copied from staging")? Such a clause states the problem
 * the writer's act addressed, not its effect (RUBRIC-NOTES: "patched a race that had corrupted exports").
 */
export function isRelativePastPerfect(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    if (words[k] !== 'had') continue;
    // "who had stopped", "whose children had stopped".
    if (!RELATIVES.has(words[k - 1]) && words[k - 2] !== 'whose' && words[k - 3] !== 'whose') return false;
    const p = participleAfter(words, k);
    return p === i || (p !== undefined && words[p] === 'been' && p + 1 === i);
  }
  return false;
}
