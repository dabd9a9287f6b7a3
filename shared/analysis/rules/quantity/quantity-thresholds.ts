// The threshold of a rule the writer set up, told inside the noun it selects: "flagged orders stuck for
// more than a day", "accounts inactive for 90 days", "a second approval for refunds above $500". The
// number says which items the rule picks — a configuration value (RUBRIC.md) — not a measure. A state
// with no rule around it ("the site was down for 3 hours") is a before value and stays a quantity.
import type { NumberContext } from './quantity-context';
import type { Token } from '../language/tokenize';
import { CLAUSE_OPENER_CORE, RULE_WORDS, clauseOpeners, lemmaSet } from '../language/lexicon';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';

/** States an item waits in until a rule picks it up: "stuck", "idle", "unanswered" (no "down": an outage is a before value). */
const WAITING_STATES = lemmaSet('waiting-states', [
  'stuck',
  'open',
  'idle',
  'inactive',
  'unanswered',
  'unassigned',
  'untouched',
  'pending',
  'unpaid',
  'overdue',
  'unread',
  'unused',
  'unreviewed',
  'dormant',
  'stale',
  'silent',
  'waiting',
  'unchanged',
  'older',
]);

// "for more than a day", "for at least 90 days", "for over two weeks": words between "for" and the number.
const FOR_LEADS = new Set(['more', 'than', 'at', 'least', 'over', 'longer', 'a', 'an']);
// Comparisons that pick items by a value: "refunds above $500", "orders over 10 kg".
const COMPARATORS = new Set(['above', 'over', 'below', 'under', 'exceeding']);
// What comes before the picked noun: "for refunds above $500", "on all orders over $50".
const PICK_LEADS = new Set(['for', 'on', 'to', 'all', 'any', 'every', 'each']);

// Signs of a comparison: "PSI > 0.2", "score >= 0.85", "p99 ≥ 800ms".
const COMPARISON_SIGNS = new Set(['>', '<', '≥', '≤', '⩾', '⩽']);
// Words that pick items for a rule: "any claim with …", "every student under …".
const PICKING_DETERMINERS = new Set(['any', 'every', 'each']);
// Where the look back for a rule word stops: another sentence part.
const CLAUSE_ENDS = new Set([
  ...['.', ';', ':', '!', '?', '—'],
  ...clauseOpeners('threshold-clause-ends', [CLAUSE_OPENER_CORE, ['which']]),
]);

/**
 * "alert on PSI > 0.2", "sends any claim with a fraud score > 0.85 to review": a value after a comparison
 * sign, in a clause that sets up a rule or picks "any" item, is the rule's threshold. "Kept p99 < 200 ms"
 * (no rule) reports a value reached.
 */
function isSignThreshold(tokens: Token[], at: number): boolean {
  let p = at - 1;
  if (tokens[p]?.text === '=') p--;
  if (!COMPARISON_SIGNS.has(tokens[p]?.text ?? '')) return false;
  for (let k = p - 1; k >= 0 && k >= p - 10; k--) {
    const w = tokens[k];
    if (CLAUSE_ENDS.has(w.lower)) return false;
    if (PICKING_DETERMINERS.has(w.lower) || RULE_WORDS.has(w.lower)) return true;
  }
  return false;
}

/** Words that may stand between "at" and the level: "at about 80%", "at ~90%". */
const LEVEL_LEADS = new Set(['about', 'around', 'roughly', '~', 'approx', 'approximately']);
/** Words after a rule noun that open what it watches or when it fires: "an alert on disk usage at 80%". */
const RULE_NOUN_NEXT = new Set(['on', 'for', 'at', 'when', 'if', 'of']);
/** How far back from "at" the rule noun may stand: "an alert on conntrack table usage at 80%". */
const RULE_LEVEL_REACH = 6;

/**
 * "added an alert on disk usage at 80%", "set the paging threshold at 95%": a level after "at" in a noun
 * phrase headed by a rule noun (alert, alarm, threshold, trigger) is the level the rule fires at, a
 * configuration value. The rule word must head its phrase (followed by "on", "for", "at", "when"…), so
 * "page load at 1.2 s" is no rule; a verb between them ("alerts dropped at 80% of sites") ends the look back.
 */
function isRuleLevel(tokens: readonly Token[], at: number): boolean {
  let p = at - 1;
  while (p >= 0 && LEVEL_LEADS.has(tokens[p].lower)) p--;
  if (tokens[p]?.lower !== 'at') return false;
  for (let k = p - 1; k >= 0 && k >= p - RULE_LEVEL_REACH; k--) {
    const w = tokens[k];
    if (CLAUSE_ENDS.has(w.lower) || w.text === ',' || isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower)) return false;
    if (RULE_WORDS.has(w.lower) && RULE_NOUN_NEXT.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Words that pick items by what they have not done: "that hadn't logged in", "who had not opened", "with no". */
const NEGATIONS = new Set([
  "hadn't",
  "haven't",
  "hasn't",
  "didn't",
  "weren't",
  "wasn't",
  'not',
  'no',
  'never',
  'without',
  'nobody',
  'noone',
]);
/**
 * Negative subjects that open a relative clause with no relative word: "every alert nobody had acted on
 * in 90 days", "the dashboards no one had opened in a year".
 */
const NEGATIVE_SUBJECTS = new Set(['nobody', 'noone', 'no']);
/** Words that open a relative clause on the picked items. */
const RELATIVES = new Set(['that', 'who', 'which', 'with', 'whose']);
/** People and things picked whole: "everyone who hadn't opened the app in six months". */
const PICKED_WHOLE = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'those']);
/** Words read back from "for" or "in" for the negation. */
const NEGATION_REACH = 6;

/**
 * "called every account that hadn't logged in for 30 days", "removed everyone who hadn't opened the app
 * in six months", "archived every channel with no messages for 90 days": a length in a negated relative
 * clause on items picked by "every", "any", "all" or a plural noun says which items the work took up.
 */
function isInactivityPick(tokens: readonly Token[], p: number): boolean {
  if (tokens[p]?.lower !== 'for' && tokens[p]?.lower !== 'in') return false;
  for (let k = p - 1, seen = 0; k >= 0 && seen < NEGATION_REACH; k--, seen++) {
    const w = tokens[k].lower;
    if (CLAUSE_ENDS.has(w) || tokens[k].text === ',') return false;
    if (!NEGATIONS.has(w)) continue;
    return negationPicksItems(tokens, k);
  }
  return false;
}

/**
 * Whether the negation at token `k` opens a relative clause that picks items: "every channel with no
 * messages", "accounts that hadn't", "everyone who had not". The relative word stands within two words
 * before the negation, after "everyone", a picking determiner's noun or a plural noun.
 */
export function negationPicksItems(tokens: readonly Token[], k: number): boolean {
  // A contact clause whose subject is the negation: the picked noun stands right before it.
  const negativeSubject =
    NEGATIVE_SUBJECTS.has(tokens[k].lower) && (tokens[k].lower !== 'no' || tokens[k + 1]?.lower === 'one');
  if (negativeSubject && tokens[k - 1]?.kind === 'word' && !RELATIVES.has(tokens[k - 1].lower))
    return pickedNoun(tokens, k);
  for (let r = k - 1; r >= 0 && r >= k - 3; r--) {
    if (!RELATIVES.has(tokens[r].lower)) continue;
    return pickedNoun(tokens, r);
  }
  return false;
}

/**
 * Whether the word before token `r` (a relative word or a clause's subject) names items picked whole:
 * "everyone", a noun after "every", "any", "each" or "all" within four words, or a plural noun.
 */
function pickedNoun(tokens: readonly Token[], r: number): boolean {
  const picked = tokens[r - 1];
  if (!picked || picked.kind !== 'word') return false;
  if (PICKED_WHOLE.has(picked.lower)) return true;
  for (let d = r - 1; d >= 0 && d >= r - 4; d--)
    if (PICKING_DETERMINERS.has(tokens[d].lower) || tokens[d].lower === 'all') return true;
  return /[^s]s$/.test(picked.lower);
}

/** Comparisons that set a count's threshold: "more than two lessons", "fewer than 3 visits", "at least 5 tickets". */
const COUNT_COMPARATIVES = new Set(['more', 'fewer', 'less']);
/** Words a relative clause may hold between its relative word and the comparison: "who had missed", "that were". */
const RELATIVE_CLAUSE_REACH = 4;
/** Past auxiliaries before a clause's verb: "who had missed", "that had been". */
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'been']);

/**
 * "the parents of students who missed more than two lessons in a row", "every tenant who had fallen more
 * than two payments behind": a count after a comparison inside a relative clause on items picked whole
 * (a plural noun, "every"/"any" and a noun, "everyone") says whom the work took up, a threshold. "I visited
 * more than 40 schools" (no relative clause) and "the team that I led shipped more than 30 releases"
 * (a singular head, no pick) keep their count.
 */
function isRelativeCountPick(tokens: readonly Token[], p: number, after: number): boolean {
  let c = p;
  if (tokens[c]?.lower === 'than' && COUNT_COMPARATIVES.has(tokens[c - 1]?.lower ?? '')) c -= 2;
  else if (tokens[c]?.lower === 'least' && tokens[c - 1]?.lower === 'at') c -= 2;
  else if (tokens[c]?.lower === 'over') c -= 1;
  // "every patient who had missed two visits", "pupils who missed two or more homeworks": with no
  // comparison, the count is a pick only when the items are picked one by one ("every", "any") or an
  // open end marks it a floor ("or more").
  else return relativePick(tokens, c, isOpenEndedCount(tokens, after) ? pickedItems : pickedOneByOne);
  return relativePick(tokens, c, pickedItems);
}

/** Items picked whole or one by one. */
const pickedItems = (tokens: readonly Token[], r: number) => pickedNoun(tokens, r) || pickedOneByOne(tokens, r);

/** "two or more homeworks", "three or fewer visits": a count with an open end is a floor or a ceiling. */
function isOpenEndedCount(tokens: readonly Token[], after: number): boolean {
  return tokens[after]?.lower === 'or' && COUNT_COMPARATIVES.has(tokens[after + 1]?.lower ?? '');
}

/**
 * Whether a relative clause on picked items holds token `c`: the relative word ("who", "that", "which")
 * stands within a few words before it, with at most one verb between, and `picked` accepts the noun it
 * hangs on.
 */
function relativePick(
  tokens: readonly Token[],
  c: number,
  picked: (tokens: readonly Token[], r: number) => boolean,
): boolean {
  // The relative word first (most counts have none before them), then the verbs between it and `c`.
  let r = -1;
  for (let k = c, seen = 0; k >= 0 && seen < RELATIVE_CLAUSE_REACH; k--, seen++) {
    const w = tokens[k];
    if (w.kind === 'symbol' || CLAUSE_ENDS.has(w.lower)) return false;
    if (w.lower === 'who' || w.lower === 'that' || w.lower === 'which') {
      r = k;
      break;
    }
  }
  if (r < 0) return false;
  // "the teams that I led shipped more than 30 releases": a second verb is the main clause's.
  // "who had missed": an auxiliary is part of the clause's one verb.
  let verbs = 0;
  for (let k = c; k >= r; k--) {
    const w = tokens[k].lower;
    if ((isPastForm(w) || IRREGULAR_PAST.has(w)) && !PAST_AUXILIARIES.has(w) && ++verbs > 1) return false;
  }
  // "students who missed …"; after a comma ("the team, which had …") the clause describes, it picks nothing.
  return tokens[r - 1]?.text !== ',' && picked(tokens, r);
}

/** Articles inside "of a pupil", "of the accounts": the noun after them is what the item belongs to. */
const OF_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether the noun before token `r` is picked one by one: "everyone", a noun after "every", "any" or
 * "each" within four words, or the owner in "every parent of a pupil", "any family of a child" (the
 * determiner before "of"). A bare plural ("pupils who …") is not: it may name the story's own people.
 */
function pickedOneByOne(tokens: readonly Token[], r: number): boolean {
  const picked = tokens[r - 1];
  if (!picked || picked.kind !== 'word') return false;
  if (PICKED_WHOLE.has(picked.lower)) return true;
  return determinerWithin(tokens, ownerOf(tokens, r - 1));
}

/** "every parent of a pupil": the index of "parent" for the noun "pupil" at `noun`; else `noun` itself. */
function ownerOf(tokens: readonly Token[], noun: number): number {
  return OF_ARTICLES.has(tokens[noun - 1]?.lower ?? '') && tokens[noun - 2]?.lower === 'of' ? noun - 3 : noun;
}

/** A picking determiner ("every", "any", "each") at or up to three words before token `d`. */
function determinerWithin(tokens: readonly Token[], d: number): boolean {
  for (let k = d; k >= 0 && k >= d - 3; k--) if (PICKING_DETERMINERS.has(tokens[k].lower)) return true;
  return false;
}

/** Whether the quantity `q` is the threshold a rule picks items by. */
export function isRuleThreshold(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.change || q.fromTo) return false;
  const at = n.at;
  if (isSignThreshold(tokens, at)) return true;
  if (q.kind === 'percent' && isRuleLevel(tokens, at)) return true;
  let p = at - 1;
  if (q.kind === 'duration') {
    if (isInactivityPick(tokens, p)) return true;
    // "any account over 60 days in arrears", "every order more than 2 days late": items picked for
    // running past a length. Under a length ("kept every call under 10 minutes") is a level reached.
    if (isUpperComparison(tokens, p) && pickedByComparison(tokens, p)) return true;
    while (p >= 0 && FOR_LEADS.has(tokens[p].lower) && tokens[p].lower !== 'for') p--;
    if (tokens[p]?.lower !== 'for') return false;
    // "orders stuck for more than a day"; "older than 30 days" has no "for".
    return WAITING_STATES.has(tokens[p - 1]?.lower);
  }
  // "$500" starts at the symbol; the comparison is the word before it.
  if (q.kind === 'count' && isRelativeCountPick(tokens, p, n.after)) return true;
  if (q.kind === 'money' || q.kind === 'count' || q.kind === 'data-size' || q.kind === 'percent')
    return pickedByComparison(tokens, p);
  return false;
}

/** Comparisons that pick items past a length: "over", "above", "more than", "longer than". */
const UPPER_COMPARATORS = new Set(['over', 'above', 'exceeding']);
const UPPER_THAN = new Set(['more', 'longer', 'older', 'later']);
const isUpperComparison = (tokens: Token[], p: number) =>
  UPPER_COMPARATORS.has(tokens[p]?.lower ?? '') ||
  (tokens[p]?.lower === 'than' && UPPER_THAN.has(tokens[p - 1]?.lower ?? ''));
/** Comparatives that pick with "than": "any invoice more than 15% above …", "every van less than 2 years old". */
const THAN_COMPARATIVES = new Set(['more', 'less', 'fewer', 'longer', 'older', 'later']);
/** Pronouns that pick every item a rule applies to: "anything over $2,000", "anyone under 18". */
const PICKED_PRONOUNS = new Set(['anything', 'anyone', 'anybody', 'everything', 'everyone', 'everybody']);

/**
 * "refunds above $500", "any invoice more than 15% above the order", "anything over $2,000": a
 * comparison (a comparator word, or a comparative and "than", ending at token `p`) right after the
 * items it picks — a noun under "any", "every" or "each", a plural noun after a picking lead, or a
 * pronoun that picks every item. The number is the rule's threshold.
 */
function pickedByComparison(tokens: Token[], p: number): boolean {
  let c = p;
  if (tokens[c]?.lower === 'than' && THAN_COMPARATIVES.has(tokens[c - 1]?.lower ?? '')) c--;
  else if (!COMPARATORS.has(tokens[c]?.lower ?? '')) return false;
  const noun = tokens[c - 1];
  if (noun?.kind !== 'word') return false;
  if (PICKED_PRONOUNS.has(noun.lower)) return true;
  // "flag any student under 60%": one item picked by "any" or "every".
  if (PICKING_DETERMINERS.has(tokens[c - 2]?.lower ?? '')) return true;
  // "phoned every family of a pupil under 85%": the item picked is the owner before "of".
  const owner = ownerOf(tokens, c - 1);
  if (owner !== c - 1 && PICKING_DETERMINERS.has(tokens[owner - 1]?.lower ?? '')) return true;
  return /s$/.test(noun.lower) && PICK_LEADS.has(tokens[c - 2]?.lower ?? '');
}
