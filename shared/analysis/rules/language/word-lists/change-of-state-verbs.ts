// Verbs of a change of state by direction, for the reader of changed states (changed-states.ts). The words come from
// WordNet (change-of-state-generated.ts, written by scripts/gen-change-of-state-verbs.mjs), never from rows: the
// troponyms of "get better"/"recover", "disappear"/"vanish", "decrease" and "increase"/"rise" in a sense told of the
// thing that changes. Single verbs are matched by lemma in every inflection; a two-word entry is a verb and the
// particle right after it ("dried up", "tapered off").
import { CHANGE_OF_STATE_FAMILIES } from './change-of-state-generated';
import { lemmaSet, type LemmaSet } from './lemma-set';

/** Which way a verb of a change of state tells its subject went. */
export type ChangeOfStateDirection = keyof typeof CHANGE_OF_STATE_FAMILIES;

const DIRECTIONS = Object.keys(CHANGE_OF_STATE_FAMILIES) as ChangeOfStateDirection[];
const singles = (d: ChangeOfStateDirection) => CHANGE_OF_STATE_FAMILIES[d].filter((v) => !v.includes(' '));
/** The single verbs of each direction, by lemma. */
const SINGLE_SETS: readonly (readonly [ChangeOfStateDirection, LemmaSet])[] = DIRECTIONS.map(
  (d) => [d, lemmaSet(`change-of-state-${d}`, singles(d))] as const,
);
/** The phrasal verbs: "verb particle" → direction. */
const PHRASALS: ReadonlyMap<string, ChangeOfStateDirection> = new Map(
  DIRECTIONS.flatMap((d) => CHANGE_OF_STATE_FAMILIES[d].filter((v) => v.includes(' ')).map((v) => [v, d] as const)),
);
/** The verbs that head a phrasal entry, by lemma. */
const PHRASAL_HEADS = lemmaSet('change-of-state-phrasal-heads', [
  ...new Set([...PHRASALS.keys()].map((v) => v.split(' ')[0])),
]);

/** The direction of a single verb of a change of state ("healed", "dwindles", "thrived"), or undefined. */
export function changeOfStateVerb(lower: string): ChangeOfStateDirection | undefined {
  for (const [d, set] of SINGLE_SETS) if (set.has(lower)) return d;
  return undefined;
}

/** The direction of a phrasal verb of a change of state, its verb `lower` and the particle `next` ("dried up"). */
export function changeOfStatePhrasal(lower: string, next: string | undefined): ChangeOfStateDirection | undefined {
  if (next === undefined) return undefined;
  const head = PHRASAL_HEADS.lemmaOf(lower);
  return head === undefined ? undefined : PHRASALS.get(`${head} ${next}`);
}
