// What the analyzer's passes ask about a word, remembered once per distinct lower-case word and shared
// by every token of it. A pass that would look each word up in its own list, on every sentence, reads
// a field instead: the tokenizer finds the word's facts with one lookup, and the first pass that asks
// a question fills the answer in. The class declares every field up front, so all facts have one shape.

/** The answers, each filled in by the pass named beside it (undefined until that pass asks). */
export class WordFacts {
  /** findQuantities reads the word in its main loop (quantities.ts). */
  scanned: boolean | undefined = undefined;
  /** The word may start an ML metric term (ml-evidence.ts). */
  mlTermStart: boolean | undefined = undefined;
  /** The word is in a list that can open a clause of unachieved effects (clauses.ts). */
  irrealisOpener: boolean | undefined = undefined;
  /** 1 for a first-person singular pronoun, 2 for a plural one, 0 for neither (we-without-i.ts). */
  pronoun: 0 | 1 | 2 | undefined = undefined;
  /** The word can open a target span: a lead, foresight, wanting or goal word, or "to" (target-clauses.ts). */
  targetOpener: boolean | undefined = undefined;
  /** The word can start an obligation before a limit: "had (to)", "must", "could (not)", a rule noun (limit-clauses.ts). */
  obligationStart: boolean | undefined = undefined;
  /** The word is a finite verb form the lexicon knows: an auxiliary, a past form, a verb of moving (predicate-start.ts). */
  finiteVerb: boolean | undefined = undefined;
  /** The result verb the word is read as: its listed form, the listed past of a base form, or '' (quantity-record.ts). */
  resultVerb: string | undefined = undefined;
  /** The word is a singular noun of a post (title-lines.ts). */
  postNoun: boolean | undefined = undefined;
  /** The word's stem for the learned signal reading (signals/learned/sentence-features.ts). */
  signalStem: string | undefined = undefined;
  /** The party lists the word is in, one bit each (party-kinds.ts). */
  party: number | undefined = undefined;
  /** The outcome cue rules the word can start, in table order (outcomes.ts keeps their type). */
  cueRules: readonly object[] | undefined = undefined;
  /** Phrase indexes (one bit each, phrase-match.ts) already asked whether a phrase starts with the word… */
  phraseIndexesAsked = 0;
  /** …and those that answered yes. */
  phraseIndexesStarting = 0;
  /** Lemma lists (one bit each, given at a list's first token lookup: lemma-set.ts) already asked about the word… */
  lemmaListsAsked = 0;
  /** …and those whose entries it inflects. */
  lemmaListsHeld = 0;
  /** The rules' trigger words the word is (one bit each, trigger-words.ts)… */
  triggers = 0;
  /** …as of this many registered triggers (-1: not worked out yet). */
  triggersKnown = -1;
}

// Bounded: text with many distinct words (a pasted log) starts the memory over rather than growing it.
const MAX_WORDS = 50_000;
const factsByWord = new Map<string, WordFacts>();

/** The shared facts of a lower-case word (for word tokens; numbers are mostly unique and get none). */
export function factsOf(lower: string): WordFacts {
  let facts = factsByWord.get(lower);
  if (facts === undefined) {
    if (factsByWord.size >= MAX_WORDS) factsByWord.clear();
    facts = new WordFacts();
    factsByWord.set(lower, facts);
  }
  return facts;
}
