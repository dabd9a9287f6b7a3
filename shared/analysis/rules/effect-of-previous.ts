// "I rewrote the loader. This cut memory use." — a sentence whose subject points back ("This",
// "That", "Doing so", "These changes") tells the effect of what the writer just did, so it is the
// writer's claim and states an outcome, whatever its verb. It needs the sentence before it: the
// same words after a description of the setup ("The build was slow. This frustrated everyone.") are
// the problem, not a result. The analyzer passes that context (analyzer.ts).
import type { Token } from './tokenize';
import { isPastForm } from './verbs';

/** Verbs after "This" that explain, require or cost rather than effect: "This meant …", "This took a week". */
const NOT_EFFECTS = new Set([
  'was',
  'is',
  'were',
  'are',
  'had',
  'has',
  'meant',
  'means',
  'required',
  'requires',
  'involved',
  'involves',
  'took',
  'takes',
  'needed',
  'needs',
  'cost',
  'costs',
  'included',
  'includes',
  'came',
  'comes',
  'seemed',
  'seems',
  'felt',
  'feels',
  'sounded',
  'sounds',
  'looked',
  'looks',
  'happened',
  'happens',
  'would',
  'could',
  'might',
  'may',
  'will',
  'should',
  'must',
  'forced',
  'forces',
  'caused',
  'causes',
  'worried',
  'frustrated',
  'annoyed',
  'confused',
  'hurt',
  'became',
  'becomes',
]);
const POINTERS = new Set(['this', 'that']);
const CHANGE_NOUNS = new Set(['changes', 'change', 'steps', 'step', 'fixes', 'measures']);

/** The verb of an effect told about the previous sentence's action ("This opened …"), or undefined. */
export function effectOfPrevious(tokens: Token[]): Token | undefined {
  const w = tokens.filter((t) => t.kind !== 'symbol');
  let v = -1;
  if (POINTERS.has(w[0]?.lower)) v = 1;
  else if (w[0]?.lower === 'doing' && w[1]?.lower === 'so') v = 2;
  else if ((w[0]?.lower === 'these' || w[0]?.lower === 'those') && CHANGE_NOUNS.has(w[1]?.lower)) v = 2;
  if (v < 0 || w[v] === undefined) return undefined;
  // The subject ends at its verb: no comma or other punctuation between them.
  const verb = w[v];
  if (tokens.some((t) => t.kind === 'symbol' && t.start >= w[0].end && t.start < verb.start)) return undefined;
  const lower = verb.lower;
  if (NOT_EFFECTS.has(lower)) return undefined;
  // A past verb ("opened"), a present one ("grounds"), or "also"/"then" before it.
  if (lower === 'also' || lower === 'then')
    return effectOfPrevious([tokens[0], ...tokens.slice(tokens.indexOf(verb) + 1)]);
  const present = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us');
  return isPastForm(lower) || present ? verb : undefined;
}
