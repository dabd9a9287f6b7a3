// A heading that says what the hire owns, runs, looks after, decides or trains ("What you'll own", "Yours to run",
// "Things you'll look after", "Decisions you'll make", "Who you'll train") gives its verb to every item under it, so
// "What you'll own" over "• The night team (6 pickers, 2 drivers)" reads as "own the night team (6 pickers, 2
// drivers)" and "Decisions you'll make" over "• which fields get cut first" as "decide which fields get cut first".
// Only what the verb and the item say together is new evidence: a phrase must start in the heading's verb and end in
// the item, so a phrase the item holds alone is read as before, once. A heading of what the hire only receives, works
// beside or reports to ("What you'll get", "Who you'll work with", "Who you'll report to") gives no verb.
// (Items led by an emoji instead of a bullet: symbol-items.ts.)
import { deniedAfter, negated } from './negation';
import { matchLexicon, type PhraseLexicon } from './phrase-matcher';
import { indexTokens, stemWord, tokenize, type TokenIndex } from './tokenize';

// A heading that speaks of the hire, or asks in the hire's voice, and ends in its verb, with a particle or preposition
// at most (an object after the verb makes the line a duty, not a heading): "Who would I manage?", "What you'll own",
// "What you will be responsible for", "Things you'll look after", "Who you'll train", "Yours to run", "What's yours to
// decide", "You'll run".
const HIRE_VERB_HEADING =
  /^(?:(?:what|things|who|whom|where|areas|people|the \p{L}+)\s+)?(?:(?:that|which)\s+)?(?:(?:would|will|do|shall|should|can|am)\s+(?:i|you)|you(?:'|’)ll|you will|you(?:'|’)re going to|you are going to|you(?:'|’)d|you would|you(?:'|’)re|you are|you|(?:what(?:'|’)s|what is|what are|things that are|that are|that is)\s+yours to|yours to)\s+(?:be\s+)?((?:in charge of|\p{L}+(?:\s+(?:after|for|of|over|up|on|into|in|to|with|out|through|round|around|charge of|care of))?))$/iu;
// A heading of the calls that are the hire's: "Decisions you'll make", "Your calls", "Calls that are yours to make",
// "Choices you own". Its items are what is decided.
// (The hire must be named: a bare "Decisions" may head a record of the board's.)
const HIRE_DECISIONS_HEADING =
  /^(?:your\s+(?:decisions|calls|choices|judge?ment calls)|(?:the\s+)?(?:decisions|calls|choices|judge?ment calls)\s+(?:(?:that|which)\s+)?(?:you(?:'|’)ll|you will|you|are yours|that are yours|i(?:'|’)ll|i will|would i|will i|do i)(?:\s+\p{L}+){0,3})$/iu;
// What is the hire's, with no verb: "What's yours", "Yours".
const HIRE_OWNS_HEADING = /^(?:(?:what(?:'|’)s|what is|what are|all)\s+)?yours$/iu;
/**
 * Verbs of a heading that give its items nothing to read: what the hire receives, brings, learns or does in general,
 * and the people the hire works with or reports to (by stem: "working alongside", "report into").
 */
const EMPTY_VERBS = new Set(
  [
    'do',
    'be',
    'have',
    'need',
    'bring',
    'get',
    'learn',
    'enjoy',
    'love',
    'find',
    'gain',
    'receive',
    'use',
    'work',
    'join',
    'want',
    'like',
    'see',
    'report',
    'earn',
    'achieve',
    'know',
    'say',
    'expect',
    'come',
    'go',
    'start',
    'make',
    'meet',
    'hear',
    'spend',
    'sit',
    'answer',
    'are',
    'is',
    'am',
    'were',
    'was',
    'give',
    'offer',
  ].map(stemWord),
);

/**
 * The verb a heading gives the items under it ("own", "look after", "responsible for", "decide"), when it says what the
 * hire owns, runs, decides or trains; undefined for any other heading.
 */
export function headingScope(heading: string): string | undefined {
  const named = heading
    .trim()
    .replace(/[:：.!?]+$/, '')
    .trim();
  if (HIRE_DECISIONS_HEADING.test(named)) return 'decide';
  if (HIRE_OWNS_HEADING.test(named)) return 'own';
  const verb = HIRE_VERB_HEADING.exec(named)?.[1];
  if (verb === undefined) return undefined;
  const first = verb.split(/\s+/)[0];
  return EMPTY_VERBS.has(stemWord(first.toLowerCase())) ? undefined : verb.toLowerCase();
}

// A line that opens with a subject of its own, a pronoun (after any mark): its verb is its own.
const OWN_SUBJECT =
  /^[^\p{L}]*(you|you('|’)(ll|re|d|ve)|we|we('|’)(ll|re|d|ve)|they|they('|’)(ll|re|d|ve)|i|i('|’)(ll|m|d|ve)|he|she|it|it('|’)s|this|there|that|our|your)\b/iu;

// Verbs of a heading that asks whom the hire leads ("Who would I manage?", "Who you'll supervise", "Who will you lead?"),
// by stem: what answers it names people, whatever their trade.
const LEADING_VERBS = new Set(
  [
    'manage',
    'lead',
    'supervise',
    'run',
    'head',
    'oversee',
    'coach',
    'mentor',
    'train',
    'look after',
    'in charge of',
  ].map((v) => v.split(' ').map(stemWord).join(' ')),
);

/**
 * Whether `heading` asks whom the hire leads, manages, supervises or trains ("Who would I manage?", "Who you'll
 * supervise:"): its items are people, as "Three regional fundraisers" under "Who would I manage?" is, though no word of
 * theirs says so. ("Who will I work with?" and "Who would I report to?" give no verb at all.)
 */
export function asksWhomLed(heading: string): boolean {
  const verb = headingScope(heading);
  if (verb === undefined || !/^\W*(?:who|whom)\b/i.test(heading)) return false;
  return LEADING_VERBS.has(verb.split(/\s+/).map(stemWord).join(' '));
}

/**
 * The verb an inline heading gives the text after its colon ("Yours to run: the weekend crew"), with where that text
 * starts in the line; undefined when the heading gives none.
 */
export function inlineHeadingScope(line: string, heading: string): { verb: string; from: number } | undefined {
  const verb = headingScope(heading);
  if (verb === undefined) return undefined;
  const at = line.indexOf(heading);
  const colon = at < 0 ? -1 : line.indexOf(':', at + heading.length);
  return colon < 0 ? undefined : { verb, from: colon + 1 };
}

/**
 * Whether `line` opens with a subject of its own, a pronoun after any mark ("You'll also …", "We …"): the first line
 * under a heading that gives a verb takes it as an answer ("Who would I manage?" over "Three regional fundraisers")
 * only when it has no subject, and so no verb, of its own.
 */
export const opensWithOwnSubject = (line: string): boolean => OWN_SUBJECT.test(line);

/** An item read with its heading's verb: the text read (the verb, a space, the item) and its tokens. */
export interface ScopedItem {
  index: TokenIndex;
  text: string;
  /** The first token of the item (the heading's verb's tokens come before it). */
  itemToken: number;
}

// A plural noun ("fundraisers", "chefs"; not "process", "status").
const PLURAL = /[^su]s$/;

/**
 * The item `item` (its marker left in or not) read after the verb `scope`. Under a heading that asks whom the hire leads
 * (`people`), the plurals of the item's first clause name colleagues (`@role`): "Three regional fundraisers".
 */
export function scopedItem(scope: string, item: string, people = false): ScopedItem {
  const body = item.replace(/^[^\p{L}\p{N}]+/u, '');
  const text = `${scope} ${body}`;
  const tokens = tokenize(text);
  if (people) {
    const start = tokens.findIndex((t) => t.start > scope.length);
    for (let k = start; k >= 0 && k < tokens.length && tokens[k].clause === tokens[start].clause; k++)
      if (PLURAL.test(tokens[k].lower)) tokens[k] = { ...tokens[k], role: true, party: true };
  }
  return { index: indexTokens(tokens), text, itemToken: tokens.findIndex((t) => t.start > scope.length) };
}

/**
 * The phrases of `lexicon` that the heading's verb and the item say together: each starts in the verb and ends in the
 * item, is no veto's, and is not denied. Vetoes claim the words they cover, as in the posting's own reading.
 */
export function scopedPhrases(lexicon: PhraseLexicon, item: ScopedItem): string[] {
  const { index, text, itemToken } = item;
  if (itemToken < 0) return [];
  const { tokens } = index;
  const claimed = new Set<number>();
  const out: string[] = [];
  for (const { phrase, matches } of matchLexicon(lexicon, index))
    for (const m of matches) {
      if (claimed.has(m.first)) continue;
      if (phrase.veto) {
        for (let t = m.first; t <= m.last; t++) claimed.add(t);
        continue;
      }
      if (m.first >= itemToken || m.last < itemToken) continue;
      if (negated(tokens, m.first) || deniedAfter(tokens, m.last, text)) continue;
      out.push(phrase.source);
    }
  return out;
}
