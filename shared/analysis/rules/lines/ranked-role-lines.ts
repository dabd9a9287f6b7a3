// A verbless line that names the writer's placing among peers: "Top biller, Q2 and Q3 2023", "Top
// fundraiser 2022", "Best newcomer (regional sales awards)", "#1 seller in the region". RUBRIC-NOTES:
// verbless lines that say what the writer did or won are claims, and a placing is an achievement, not a
// title (RUBRIC.md lists the writer's rankings among the measures). The shape: a word of first place
// opens the line, then, within two words, a noun of the person who does the work (an agent noun: "-er",
// "-or", "-ist"). "Top skills", "Best practices" and "First aider" (a credential) name no placing.
import { isTradeNoun } from './title-lines';
import { OTHERS_RANKED } from '../language/word-lists/phrase-outcome-words';

/** Words of first place a line may open with ("top", "best", "#1"); "first" also opens credentials ("First aider"). */
const FIRST_PLACE = new Set(['top', 'best', 'highest', '#1', 'no.1', 'top-performing', 'top-rated', 'best-selling']);

/** A noun of the person who does the work: "biller", "fundraiser", "seller", "recruiter", "performer". */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian)$/;

/** What a placed line may open with before its placing: "One of the top 5 sales reps". */
const ONE_OF = ['one', 'of'];

/**
 * Whether the line's words (lower case, punctuation dropped) open with a placing and the writer's agent noun:
 * "Top biller", "Top 50 researcher on the platform", "One of the top 5 sales reps" (session 40: the count of
 * the placing, "top 50", sits between the place word and the noun; it is the rank, quantity-ranks.ts).
 */
export function isRankedRoleLine(words: readonly string[]): boolean {
  let at = 0;
  if (words[0] === ONE_OF[0] && words[1] === ONE_OF[1]) at = words[2] === 'the' || words[2] === 'our' ? 3 : 2;
  if (!FIRST_PLACE.has(words[at] ?? '')) return false;
  // "Top 50 researcher", "top 5% seller": the rank's figure before the noun.
  const first = /^\d+%?$/.test(words[at + 1] ?? '') ? at + 2 : at + 1;
  for (let i = first; i <= first + 1 && i < words.length; i++) if (isPlacedAgent(words[i])) return true;
  return false;
}

/**
 * A noun of the person who does the work, or a listed role ("rep", "nurse"), singular or plural; not a party the
 * writer's business ranks ("Top supplier in the region", "top customers": OTHERS_RANKED).
 */
function isPlacedAgent(word: string): boolean {
  if (OTHERS_RANKED.has(word) || OTHERS_RANKED.has(word.replace(/s$/, ''))) return false;
  return AGENT_NOUN.test(word) || isTradeNoun(word) || (word.endsWith('s') && isTradeNoun(word.slice(0, -1)));
}
