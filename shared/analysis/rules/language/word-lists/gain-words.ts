// Verbs of obtaining, winning, keeping or getting back and nouns of a gain, for the reader of gains won (gains-won.ts).
// The words come from WordNet (gain-generated.ts, written by scripts/gen-gain-words.mjs), never from rows, joined to
// the lexicon's families of what a sale closes and whom a business wins (recognition-words.ts). Matched by lemma.
import { GAIN_NOUN_BASES, GAIN_VERB_BASES, TERMS_VERB_BASES } from './gain-generated';
import { CUSTOMER_NOUNS, CUSTOMER_STAY_VERBS, DEAL_NOUNS } from './recognition-words';
import { lemmaSet } from './lemma-set';

/**
 * Verbs that keep a party or an agreement, or get a lapsed one back: the lexicon's verbs of a customer who stays
 * ("renew", "re-sign"; not "upgrade", a thing's change) and of one brought back ("reactivate", "re-engage"), with
 * WordNet's "retain" and "regain". Their object may be a count alone ("renewed 54 of the 60"): what is kept or won
 * back is a party or an agreement already named, never a work product.
 */
export const PARTY_KEEPING_VERBS = lemmaSet('gain-keeping-verbs', [
  ...CUSTOMER_STAY_VERBS.entries.filter((v) => v !== 'upgrade'),
  'reactivate',
  're-engage',
  'reengage',
  'retain',
  'regain',
]);
/** Verbs of getting, winning, keeping or getting back something, by lemma: WordNet's with the keeping verbs. */
export const GAIN_VERBS = lemmaSet('gain-verbs', [
  ...new Set([...GAIN_VERB_BASES.filter((v) => !v.includes(' ')), ...PARTY_KEEPING_VERBS.entries]),
]);
/** WordNet's two-word verbs of a gain, "verb particle": "brought in", "won back", "raked in". */
const GAIN_PHRASALS = new Set(GAIN_VERB_BASES.filter((v) => v.includes(' ')));
/** The verbs that head a two-word entry, by lemma. */
const GAIN_PHRASAL_HEADS = lemmaSet('gain-phrasal-heads', [...new Set([...GAIN_PHRASALS].map((v) => v.split(' ')[0]))]);

/** Whether the verb `lower` and the particle `next` make a two-word verb of a gain ("brought in", "won back"). */
export function gainPhrasal(lower: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const head = GAIN_PHRASAL_HEADS.lemmaOf(lower);
  return head !== undefined && GAIN_PHRASALS.has(`${head} ${next}`);
}
/**
 * Verbs of negotiating terms, by lemma (WordNet's): the work of reaching an agreement, a gain only where the terms
 * reached are compared with a reference ("negotiated the final account £310k below the claim").
 */
export const TERMS_VERBS = lemmaSet(
  'gain-terms-verbs',
  TERMS_VERB_BASES.filter((v) => !v.includes(' ')),
);
/** Nouns of a gain for the business or the people served, by lemma: WordNet's with the lexicon's deals and customers. */
export const GAIN_NOUNS = lemmaSet(
  'gain-nouns',
  [...new Set([...GAIN_NOUN_BASES, ...DEAL_NOUNS.entries, ...CUSTOMER_NOUNS.entries])],
  [],
  { nouns: true },
);
