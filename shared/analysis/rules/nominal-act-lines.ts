// Resume lines that name the writer's work by a noun made from its verb, in the way French, Spanish,
// Portuguese and German writers often put it: "Realisation of a recommender for a sports retailer",
// "Formation of the junior data scientists on MLOps", "Conduction of trainings for key users",
// "Documentation of the payroll process", "Translation and QA of device labelling", "Participation in the
// definition of the data governance model" (Portuguese "participação em"). RUBRIC-NOTES: verbless lines that say what the writer did are
// claims. The noun is made from a verb (act-nouns.ts: "-tion", "-ment", a gerund, "maintenance", "Review")
// and opens the line, "of" follows, then what was worked on, in lower case or an acronym: "Department of
// Health" and "Association of Chartered Accountants" name a body.
import type { Token } from './tokenize';
import { actNounVerbs } from './act-nouns';

/** Act nouns that take "in" for what was worked on: "Participation in the migration". */
const IN_ACTS = new Set(['participation']);

/** Whether the line opens with a noun of an act, "of", then a lower-case word: "Realisation of a …". */
export function isNominalActLine(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  const head = tokens[first];
  if (head === undefined || actNounVerbs(head.lower).length === 0) return false;
  // "Translation and QA of the labelling", "Design and rollout of …": a second act joined by "and".
  const of = tokens[first + 1]?.lower === 'and' && tokens[first + 2]?.kind === 'word' ? first + 3 : first + 1;
  const joiner = tokens[of]?.lower;
  if (joiner !== 'of' && !(joiner === 'in' && IN_ACTS.has(head.lower))) return false;
  const object = tokens[of + 1];
  // What was worked on: a lower-case word or an acronym ("of IFUs"); a capitalized name is a body's.
  return object !== undefined && object.kind === 'word' && /^(?:[a-z]|[A-Z]{2,}s?$)/.test(object.text);
}
