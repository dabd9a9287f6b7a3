// "I rewrote the loader. This cut memory use." — a sentence whose subject points back ("This",
// "That", "Doing so", "These changes") tells the effect of what the writer just did, so it is the
// writer's claim and states an outcome, whatever its verb. It needs the sentence before it: the
// same words after a description of the setup ("The build was slow. This frustrated everyone.") are
// the problem, not a result. The analyzer passes that context (analyzer.ts).
import type { Token } from '../language/tokenize';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

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
/** Nouns for the work just told: "These changes", "That fix", "The rewrite". */
const CHANGE_NOUNS = new Set([
  'changes',
  'change',
  'steps',
  'step',
  'fixes',
  'fix',
  'measures',
  'rewrite',
  'redesign',
  'cleanup',
  'walkthrough',
  'tweak',
  'tweaks',
]);
/** Determiners that point a change noun back at the work just told ("That change", "The fix"). */
const CHANGE_POINTERS = new Set(['these', 'those', 'this', 'that', 'the']);

// A cheap test the analyzer runs before passing the previous sentence as context: the openers above.
const POINTS_BACK = new RegExp(
  `^\\W*(?:this|that|doing so|these|those|the (?:${[...CHANGE_NOUNS].join('|')}))\\b`,
  'i',
);

/** Does the sentence open by pointing back at the work just told ("This …", "That change …", "The fix …")? */
export function pointsBack(sentence: string): boolean {
  return POINTS_BACK.test(sentence);
}

/** The verb of an effect told about the previous sentence's action ("This opened …"), or undefined. */
export function effectOfPrevious(tokens: Token[]): Token | undefined {
  const w = tokens.filter((t) => t.kind !== 'symbol');
  let v = -1;
  if (POINTERS.has(w[0]?.lower)) v = 1;
  else if (w[0]?.lower === 'doing' && w[1]?.lower === 'so') v = 2;
  // "That change let …", "The fix stopped …": the work just told, named by a change noun.
  if (CHANGE_POINTERS.has(w[0]?.lower) && CHANGE_NOUNS.has(w[1]?.lower)) v = 2;
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
  return isPastForm(lower) || IRREGULAR_PAST.has(lower) || present ? verb : undefined;
}
