// Building a Quantity record from a matched span, including whether a result verb governs it
// ("processed 20,000 pictures"). One constructor, so every pattern fills the record the same way.
import type { Token } from './tokenize';
import type { Quantity, QuantityKind } from './quantity-types';
import { APPROXIMATORS } from './quantity-lexicon';
import { ACTION_BASE, IRREGULAR_PAST, STATIVE, isPastForm } from './verbs';

// Verbs that make a counted thing a result of the work ("processed 20,000 pictures").
const RESULT_VERBS = new Set([
  'processed',
  'processing',
  'migrated',
  'migrating',
  'onboarded',
  'onboarding',
  'hired',
  'hiring',
  'recruited',
  'acquired',
  'signed',
  'converted',
  'sold',
  'closed',
  'resolved',
  'won',
  'trained',
  'mentored',
  'coached',
  'interviewed',
  'labeled',
  'labelled',
  'annotated',
  'ingested',
  'indexed',
  'scanned',
  'reached',
  'attracted',
  'added',
  'grew',
  'grown',
  'scaled',
  'gained',
  'saved',
  'recovered',
  'retained',
  'transferred',
  'moved',
  'consolidated',
  'decommissioned',
  'retired',
  'eliminated',
  'removed',
  'deleted',
  'cleaned',
  'fixed',
  'triaged',
  'automated',
  'doubled',
  'tripled',
  'raised',
  'generated',
  'collected',
  'delivered',
  'published',
  'released',
  'handled',
  'answered',
  'reviewed',
  'deprecated',
  'deprecating',
  'moving',
  'shipped',
  'launched',
  'built',
]);

// Participles that make "by N <things>" the count of adopters: "adopted by 5 squads".
const ADOPTION_PARTICIPLES = new Set(['adopted', 'reused', 'embraced']);

// Words right after a number that make it an increment: "two additional analysts", "3 extra servers".
const INCREMENT_WORDS = new Set(['additional', 'extra']);

// Verbs that describe what the work sits in, not what it produced: "serving 200 brokers to 9 desks",
// "supported 4 product lines", "used by 3 kiosk apps".
const CONTEXT_VERBS = new Set([
  'serving',
  'served',
  'serves',
  'supporting',
  'supported',
  'supports',
  'powering',
  'powered',
  'powers',
  'used',
  // Money handed out sizes what the writer administered ("allocated $40,000 to 12 clubs"); it is not
  // money the work saved or earned.
  'allocated',
  'allocating',
  'allocates',
  'disbursed',
  'disbursing',
]);

/**
 * Whether the nearest verb before the number in its clause describes the context. Stops at a clause
 * break or a result verb. "with the N …" names people or things already known, also context.
 */
function contextGoverned(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.lower === 'the' && tokens[index - 2]?.lower === 'with') return true;
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol' && (w.text === ',' || w.text === ';' || w.text === '(' || w.text === ':' || w.text === '—'))
      return false;
    if (RESULT_VERBS.has(w.lower)) return false;
    if (CONTEXT_VERBS.has(w.lower)) return true;
  }
  return false;
}

// Particles of phrasal verbs between the verb and the number: "closed out 200 tickets".
const PARTICLES = new Set(['over', 'out', 'down', 'off', 'through']);

// Words between a verb and its counted object that keep the verb governing it: "gave a dozen talks".
const OBJECT_LEADS = new Set([
  'a',
  'an',
  'the',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'roughly',
  'between',
]);

/**
 * Whether the number is the object of an action verb of the writer's ("gave 8 talks", "wrote 40
 * articles", "broadcast a dozen sessions"): a count of things delivered. A context verb, a
 * preposition or a clause break in between leaves it undecided.
 */
function deliveredBy(tokens: Token[], index: number): boolean {
  // "a 50K SLOC codebase", "a $70M program": digits after "a" size a single thing.
  if (afterArticle(tokens, index)) return false;
  for (let k = index - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol') {
      if (w.text === '~' || w.text === '+' || w.text === '$') continue;
      return false;
    }
    if (w.kind !== 'word') return false;
    seen++;
    if (OBJECT_LEADS.has(w.lower)) continue;
    // "expanded to 4 engineers", "up to 40": a preposition, not an object.
    if (w.lower === 'to' || w.lower === 'up' || w.lower === 'from' || w.lower === 'by') return false;
    if (APPROXIMATORS.has(w.lower)) continue;
    if (CONTEXT_VERBS.has(w.lower) || STATIVE.has(w.lower)) return false;
    return (
      (isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower) || ACTION_BASE.has(w.lower)) &&
      !/^(had|has|have|was|were|is|are|been|being|did|got)$/.test(w.lower)
    );
  }
  return false;
}

// Prepositions after which a count sizes what the work sits in: "a lab for hundreds of phones", "meetups with 40 attendees".
const SIZING_PREPOSITIONS = new Set([
  'with',
  'for',
  'of',
  'across',
  'among',
  'to',
  'between',
  'containing',
  'including',
]);

/** Digits right after "a"/"an", currency or "~" aside: "a 50K SLOC codebase", "a $70M program". */
function afterArticle(tokens: Token[], index: number): boolean {
  if (tokens[index].kind !== 'number') return false;
  let k = index - 1;
  while (
    k >= 0 &&
    tokens[k].kind === 'symbol' &&
    (tokens[k].text === '$' || tokens[k].text === '~' || tokens[k].text === '€' || tokens[k].text === '£')
  )
    k--;
  return tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an';
}

/** Whether the number hangs on a sizing preposition, or on "a"/"an" that makes it a modifier ("a 50K SLOC codebase"). */
function sizedBy(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const w = tokens[k];
    if (w.kind === 'symbol') {
      if (w.text === '~' || w.text === '+' || w.text === '$' || w.text === '≈') continue;
      return false;
    }
    if (w.kind !== 'word') return false;
    if (APPROXIMATORS.has(w.lower) && w.lower !== 'over') continue;
    if (w.lower === 'a' || w.lower === 'an') return afterArticle(tokens, index);
    return SIZING_PREPOSITIONS.has(w.lower);
  }
  return false;
}

/** No word before token `index` (only markup or a bullet within a few tokens of the start). */
function opensSentence(tokens: Token[], index: number): boolean {
  if (index > 6) return false;
  for (let k = index - 1; k >= 0; k--) if (tokens[k].kind !== 'symbol') return false;
  return true;
}

export function quantity(
  start: number,
  end: number,
  sentence: string,
  kind: QuantityKind,
  extra: { head?: string; group?: string; change?: boolean; vagueMoney?: boolean; tokens?: Token[]; index?: number },
): Quantity {
  let result = false;
  if (extra.tokens && extra.index !== undefined) {
    // A result verb up to three words before the number (skipping approximators).
    for (let k = extra.index - 1, seen = 0; k >= 0 && seen < 4; k--) {
      const w = extra.tokens[k];
      if (w.kind === 'symbol') continue;
      seen++;
      if (RESULT_VERBS.has(w.lower)) {
        result = true;
        break;
      }
      if (w.lower === 'by' && ADOPTION_PARTICIPLES.has(extra.tokens[k - 1]?.lower ?? '')) {
        result = true;
        break;
      }
      if (
        !APPROXIMATORS.has(w.lower) &&
        !PARTICLES.has(w.lower) &&
        w.lower !== 'the' &&
        w.lower !== 'a' &&
        w.lower !== 'between'
      )
        break;
    }
  }
  const tokens = extra.tokens;
  const index = extra.index;
  const lead = tokens !== undefined && index !== undefined && opensSentence(tokens, index);
  const increment =
    extra.tokens !== undefined &&
    extra.index !== undefined &&
    INCREMENT_WORDS.has(extra.tokens[extra.index + 1]?.lower ?? '');
  return {
    start,
    end,
    text: sentence.slice(start, end),
    kind,
    head: extra.head,
    group: extra.group,
    change: (extra.change ?? false) || increment,
    result,
    perTime: false,
    context:
      !result && extra.tokens !== undefined && extra.index !== undefined && contextGoverned(extra.tokens, extra.index),
    delivered: !result && tokens !== undefined && index !== undefined && deliveredBy(tokens, index),
    sizing: tokens !== undefined && index !== undefined && sizedBy(tokens, index),
    lead,
  };
}
