// The condition of a standing rule: "a check that fails if the two pool sizes differ by more than 2x",
// "an alert which pages us when disk use passes 90%". A relative clause in the present tense tells what
// a thing the writer set up does each time, and the "if" or "when" after it names the trigger: every
// figure in that condition is the rule's threshold, a configuration value (RUBRIC.md), whatever its kind.
// A past verb ("a fix that cut errors 40% when traffic spiked") reports what happened and is no rule.
import { tokenStartingAt, type Token } from '../language/tokenize';

/** Words that open a relative clause on the thing set up. */
const RELATIVES = new Set(['that', 'which']);
/** Objects a rule's verb may take before its condition: "pages us if", "blocks the deploy when". */
const OBJECT_WORDS = new Set(['us', 'me', 'them', 'it', 'you', 'someone', 'the', 'a', 'an', 'any']);
/** Articles before an object noun: "blocks the deploy". */
const ARTICLES = new Set(['the', 'a', 'an', 'any']);
/** How many object words may stand between the rule's verb and the condition. */
const OBJECT_REACH = 3;
/** Present forms ending in -s that are no action of a rule ("is", "has", "was", "does"). */
const NOT_RULE_VERBS = new Set(['is', 'has', 'was', 'does', 'this', 'its', 'us', 'always', 'sometimes']);

/** "fails", "pages", "flags": a present third-person form. */
function isPresentAction(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^[a-z-]{2,}[^s]s$/.test(t.lower) && !NOT_RULE_VERBS.has(t.lower);
}

/**
 * Whether the condition opening at offset `start` ("if", "when") belongs to a standing rule: a relative
 * word, a present-tense verb and at most a short object ("us", "the deploy") stand right before it.
 */
export function isStandingRuleCondition(tokens: Token[], start: number): boolean {
  const i = tokenStartingAt(tokens, start);
  for (let v = i - 1; v >= 1 && v >= i - 1 - OBJECT_REACH; v--) {
    const t = tokens[v];
    if (isPresentAction(t) && RELATIVES.has(tokens[v - 1].lower)) return true;
    // "pages us", "blocks the deploy": an object word, or a noun after an article.
    const objectWord = OBJECT_WORDS.has(t.lower) || (t.kind === 'word' && ARTICLES.has(tokens[v - 1].lower));
    if (!objectWord) return false;
  }
  return false;
}
