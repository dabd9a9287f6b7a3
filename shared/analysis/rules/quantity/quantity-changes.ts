// Measured changes across quantities found in one sentence: "from X to Y", "X → Y" and "by N" mark
// them as part of a change, and the two ends of a before→after share their head and kind. Runs after
// detection because it relates quantities to each other.
import type { Token } from '../language/tokenize';
import type { Quantity } from './quantity-types';
import { APPROXIMATORS, CURRENCY_SYMBOLS } from './quantity-lexicon';
import { tokenIndexFrom } from './quantity-phrase';
import { isPartyNoun, isScaleNoun, isServedNoun, isStaffNoun } from './scale';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

/** A past participle before "by" makes what follows its agent. */
function isParticiple(lower: string): boolean {
  return isPastForm(lower) || IRREGULAR_PAST.has(lower);
}

/** from X to Y, X → Y, and "by N" mark quantities as part of a measured change. */
export function markChanges(tokens: Token[], quantities: Quantity[]): void {
  if (quantities.length === 0) return;
  for (let a = 0; a < quantities.length; a++) {
    const q = quantities[a];
    const qi = tokenIndexFrom(tokens, q.start);
    // "by 40%", "by 3x", "by ~60%"
    let k = qi - 1;
    while (k >= 0 && (APPROXIMATORS.has(tokens[k].lower) || CURRENCY_SYMBOLS.has(tokens[k].text))) k--;
    // "used by millions of devices": an agent, not a change.
    const agent = q.kind === 'magnitude' && q.head !== undefined && isScaleNoun(q.head);
    if (k >= 0 && tokens[k].lower === 'by' && q.kind !== 'count' && !agent) q.change = true;
    if (k >= 0 && tokens[k].lower === 'by' && q.kind === 'count' && !q.head) q.change = true;
    // "raised NPS by 11 points", "grew the team by 3 engineers": the size of a change, unless "by" names
    // the agent of a participle ("used by 14 teams", "reviewed by 3 people").
    if (k > 0 && tokens[k].lower === 'by' && q.kind === 'count' && q.head && !isParticiple(tokens[k - 1].lower))
      q.change = true;
    // "scaled the cluster to 1M msgs/sec", "cut p95 latency to 80ms": the level a change verb reached.
    let t = qi - 1;
    while (
      t >= 0 &&
      tokens[t].lower !== 'to' &&
      (APPROXIMATORS.has(tokens[t].lower) || CURRENCY_SYMBOLS.has(tokens[t].text))
    )
      t--;
    if (t >= 0 && tokens[t].lower === 'to') {
      const verb = changeVerbBefore(tokens, t);
      const headcount = verb !== undefined && GROWTH_VERB_SET.has(verb) && q.head !== undefined && isStaffNoun(q.head);
      if (verb !== undefined && !headcount) q.change = true;
    }
    // "from X (unit) to Y", "X → Y"
    const b = quantities[a + 1];
    if (!b) continue;
    const bi = tokenIndexFrom(tokens, b.start);
    let fromNear = false;
    for (let f = qi - 1; f >= 0 && f >= qi - 4; f--) if (tokens[f].lower === 'from') fromNear = true;
    let link = false;
    for (let l = qi + 1; l < bi && l <= qi + 8; l++) {
      const w = tokens[l].lower;
      if (w === '→' || w === '->' || (w === '>' && tokens[l - 1].text === '-') || w === '⇒') link = true;
      if ((w === 'to' || w === 'into' || w === 'down' || w === 'up') && fromNear) link = true;
    }
    // "64% in 2025, up from 41%", "now 12 min (was 45)": the after value told first, its before value after it.
    if (!link && beforeValueAfter(tokens, qi, bi) && !staffCount(q, b)) link = true;
    if (link) {
      q.change = true;
      b.change = true;
      q.fromTo = true;
      b.fromTo = true;
      if (!q.head && b.head) q.head = b.head;
      if (!b.head && q.head) b.head = q.head;
      if (q.kind === 'count' && b.kind !== 'count') q.kind = b.kind;
      if (b.kind === 'count' && q.kind !== 'count') b.kind = q.kind;
    }
  }
}

// "had grown to over 900 rules", "the queue climbed to 3,000": the level a growth reached, a measure
// even where only its after value is told (RUBRIC-NOTES: before values in context, populations). A
// team that "expanded to 4 engineers" tells its headcount, which sizes the work (the corpus labels it
// scale, no metric).
const GROWTH_VERBS = ['grew', 'grown', 'climbed', 'rose', 'risen', 'swelled', 'ballooned', 'expanded', 'jumped'];
const GROWTH_VERB_SET = new Set(GROWTH_VERBS);

// Verbs of change whose "to N" names the level reached.
const CHANGE_VERBS = new Set([
  'scaled',
  'increased',
  'raised',
  'boosted',
  'reduced',
  'cut',
  'lowered',
  'dropped',
  'brought',
  'shrank',
  'trimmed',
  'decreased',
  ...GROWTH_VERBS,
]);

/** The change verb a few words before "to" (token `k`), with no clause break between: "scaled Kafka to". */
function changeVerbBefore(tokens: Token[], k: number): string | undefined {
  for (let v = k - 1; v >= 0 && v >= k - 5; v--) {
    const t = tokens[v];
    if (t.kind === 'symbol' && t.text !== '-') return undefined;
    if (t.kind === 'number' || t.lower === 'from' || t.lower === 'and') return undefined;
    if (CHANGE_VERBS.has(t.lower)) return t.lower;
  }
  return undefined;
}

/** Words that open a before value told after its after value: "up from 41%", "down from 7%". */
const AFTER_FIRST_LEADS = new Set(['up', 'down']);

/**
 * Does the before value at token `bi` follow the after value at `qi` as "…, up from X", "… (down from
 * X)" or "… (was X)"? Only approximators and a currency sign may stand between the lead and the
 * figure; "was" counts only opening a parenthesis or after a comma, where it glosses the value before
 * it ("now 12 min (was 45)"), not as a verb of its own clause ("7 tickets, which was 3 more").
 */
function beforeValueAfter(tokens: Token[], qi: number, bi: number): boolean {
  let k = bi - 1;
  while (k > qi && (APPROXIMATORS.has(tokens[k].lower) || CURRENCY_SYMBOLS.has(tokens[k].text))) k--;
  const lead = tokens[k]?.lower;
  if (lead === 'from') return k - 1 > qi && AFTER_FIRST_LEADS.has(tokens[k - 1].lower);
  if (lead === 'was' || lead === 'were')
    return k - 1 > qi && (tokens[k - 1].text === '(' || tokens[k - 1].text === ',');
  return false;
}

/** "a team of 12 (up from 4)": a headcount's growth sizes the team, it is no measured change (RUBRIC-NOTES). */
function staffCount(q: Quantity, b: Quantity): boolean {
  const head = q.head ?? b.head;
  const group = q.group;
  return (
    (head !== undefined && isStaffNoun(head)) || (group !== undefined && isPartyNoun(group) && !isServedNoun(group))
  );
}
