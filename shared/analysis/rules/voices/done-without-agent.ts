// Work told as a passive with its auxiliary and its agent dropped: "Secrets moved out of repos and into
// Vault", "Fraud model retrained monthly", "Old reporting server switched off in March", "Onboarding flow
// redesigned". On a résumé line or in a brag document the thing worked on comes first and the writer is
// left out, as in "Dashboards rebuilt in Looker"; RUBRIC.md counts such a line as the writer's claim. The
// reduced-passive reading (claims.ts) wants a preposition after the participle ("cached with a TTL"); this
// one reads the other ways such a line goes on: a particle ("out", "off"), a frequency ("monthly"),
// a second participle ("templated and moved"), or nothing. Only a verb of work counts: a thing that
// changed by itself ("Sales dropped off", "Traffic spiked nightly") is not the writer's act.
import type { Token } from '../language/tokenize';
import { ACTION_BASE, STATIVE, VERB_PREFIXES, isParticiple, isPastForm } from '../language/verbs';
import { AUXILIARIES, CREATION_VERBS, FREQUENCY_WORD_RATES, SWITCH_VERBS, lemmaCandidates } from '../language/lexicon';
import { ROUGHLY_WORDS } from '../quantity/quantity-lexicon';
import { numberWordValue } from '../quantity/number-words';
import { isWorkVerb, phrasalWorkVerbAt } from '../language/work-verbs';

/** Particles of a phrasal verb of work: "moved out", "switched off", "rolled over", "handed back". */
const PARTICLES = new Set(['out', 'off', 'over', 'up', 'down', 'back', 'away', 'onto', 'across']);

/** A base form a work verb is listed by: a verb-first bullet's, a creation's or a switch's. */
function isWorkBase(base: string): boolean {
  return ACTION_BASE.has(base) || CREATION_VERBS.has(base) || SWITCH_VERBS.has(base);
}

/** Whether a past form is of a verb of work, its prefix set aside: "redesigned", "retrained" ("train"), "moved". */
export function isWorkParticiple(past: string): boolean {
  if (!isPastForm(past)) return false;
  for (const base of lemmaCandidates(past)) {
    if (isWorkBase(base)) return true;
    for (const prefix of VERB_PREFIXES)
      if (base.startsWith(prefix) && base.length > prefix.length + 2 && isWorkBase(base.slice(prefix.length)))
        return true;
  }
  return false;
}

/**
 * Whether the past form at `v` in the words (lower case, no punctuation) is a work verb done without its
 * agent: the line ends there, or goes on with a particle, a frequency, or "and" and a second past form.
 */
export function isDoneWithoutAgent(words: readonly string[], v: number): boolean {
  if (!isWorkParticiple(words[v])) return false;
  const next = words[v + 1];
  if (next === undefined || PARTICLES.has(next) || FREQUENCY_WORD_RATES.has(next)) return true;
  const then = words[v + 2];
  return (next === 'and' || next === '&') && then !== undefined && isPastForm(then);
}

/** Words before a count that hedge it: "Over 1,200 books", "Some 40 kitchens", "More than 3,000 patients". */
const COUNT_HEDGES = new Set([
  ...ROUGHLY_WORDS,
  'some',
  'approximately',
  'approx',
  'more',
  'than',
  'nearly',
  'up',
  'to',
]);

/** The most words of the counted noun phrase before its participle: "2.5 million words", "40 smart meters". */
const MAX_COUNTED_WORDS = 4;

/** Words after the participle that name who did it or who got it: "… by the contractor", "… to me". */
const NOT_OWN_AFTER = new Set(['by', 'me', 'us']);

/** Words after a participle that open a thing done to, so the participle is an active past with another subject. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/**
 * "Over 1,200 books sent to 30 countries since I opened the shop", "Around 2.5 million words delivered, …",
 * "40 kitchens fitted and tiled since 2022": a résumé line that opens with a count, its noun, then the
 * participle of a verb of work (work-verbs.ts, by lemma, or a phrasal one): a volume the writer processed,
 * told thing first with the writer and the auxiliary left out, as "Dashboards rebuilt in Looker" is. Not
 * read: an agent or a receiver after it ("… assigned to me", "… fitted by the contractor"), a thing done to
 * after it ("40 engineers built the tool": an active past with its own subject), a verb that is no work
 * ("300 orders affected by …", "200 flights cancelled"). `tokens` start at the line's own clause.
 */
export function isCountLedDone(tokens: readonly Token[]): boolean {
  let i = 0;
  while (tokens[i]?.kind === 'word' && COUNT_HEDGES.has(tokens[i].lower)) i++;
  const count = tokens[i];
  if (count === undefined) return false;
  if (count.kind === 'number') i++;
  else if (numberWordValue(count.lower) !== undefined) {
    while (tokens[i] !== undefined && numberWordValue(tokens[i].lower) !== undefined) i++;
  } else return false;
  // "900+ parcels", "3k patients", "2.5 million words": the count's own marks and scale words.
  while (
    tokens[i] !== undefined &&
    (tokens[i].text === '+' || /^(?:k|m|million|thousand|hundred)$/.test(tokens[i].lower))
  )
    i++;
  for (let n = 0; n < MAX_COUNTED_WORDS && tokens[i] !== undefined; n++, i++) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (n > 0 && isOwnParticipleAt(tokens, i)) return true;
    if (isParticiple(t.lower) || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

/** The participle at `i` of a verb of work, with nothing after it that names another doer or a thing done to. */
function isOwnParticipleAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (!isParticiple(w) || STATIVE.has(w)) return false;
  const words = tokens.slice(i, i + 4).map((t) => t.lower);
  const phrasal = phrasalWorkVerbAt(words, 0);
  if (phrasal < 0 && !isWorkVerb(w)) return false;
  const n = i + (phrasal > 0 ? phrasal : 1);
  const next = tokens[n];
  if (next === undefined || next.kind !== 'word') return true;
  if (NOT_OWN_AFTER.has(next.lower) || OBJECT_OPENERS.has(next.lower)) return false;
  return !(next.lower === 'to' && NOT_OWN_AFTER.has(tokens[n + 1]?.lower ?? ''));
}
