// Time spent in a job, an employer or a field ("10+ years of experience", "4 years as a line cook",
// "taught chemistry for 9 years") is a period of the writer's career, not the time a piece of work
// took: it is no metric (RUBRIC-NOTES "Effort spans": a period is not). The time a result took ("promoted
// within 2 years", "rebuilt it in 3 months") and work kept going ("ran for 5 years without an injury")
// keep their roles.
import type { NumberContext } from './quantity-context';
import { isClauseMark, type Token } from '../language/tokenize';
import { ROLE_NOUNS } from '../lines/title-lines';
import { IRREGULAR_PAST, isGerund, isParticiple, isPastForm } from '../language/verbs';
import {
  CLAUSE_OPENER_CORE,
  POST_BE_FORMS,
  POST_HOLDERS,
  POST_OPENERS,
  TENURE_HOLDERS,
  TENURE_PLACES,
  TENURE_POSTS,
  TENURE_UNITS,
  TENURE_VERBS,
  TIME_TO_RESULT_OPENERS,
  LEADING_ROLES,
  REMIT_VERBS,
  clauseOpeners,
} from '../language/lexicon';
import { ROUGHLY_WORDS } from './quantity-lexicon';

/** Words "N years" may run over before "experience": "of hands-on ICU experience". */
const EXPERIENCE_REACH = 5;
/** Words back from "for N years" searched for the verb of the post. */
const VERB_REACH = 12;

function nextWord(tokens: Token[], k: number): number {
  while (k < tokens.length && tokens[k].kind === 'symbol' && !isClauseMark(tokens[k].text)) k++;
  return k;
}

/** "years of experience", "years' ICU experience": experience follows within a short noun phrase. */
function experienceFollows(tokens: Token[], k: number): boolean {
  for (let seen = 0; k < tokens.length && seen < EXPERIENCE_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (isClauseMark(t.text)) return false;
      continue;
    }
    if (t.lower === 'experience') return true;
    seen++;
  }
  return false;
}

/**
 * Reads the clause back from token `k`: each of its last VERB_REACH words, nearest first, goes to
 * `read`, which answers true or false to end the search or undefined to read on. A clause break
 * answers false.
 */
function readClauseBack(tokens: Token[], k: number, read: (t: Token, k: number) => boolean | undefined): boolean {
  for (let seen = 0; k >= 0 && seen < VERB_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (isClauseMark(t.text)) return false;
      continue;
    }
    const answer = read(t, k);
    if (answer !== undefined) return answer;
    seen++;
  }
  return false;
}

/** A verb of holding a post before "for N years" in the same clause: "worked at a bank for five years". */
function postVerbBefore(tokens: Token[], k: number): boolean {
  return readClauseBack(tokens, k, (t) => (TENURE_VERBS.has(t.lower) ? true : undefined));
}

/** Words the post noun after "on" may sit behind: "on the night desk", "on the platform team". */
const POST_REACH = 4;

/** "5 years on the platform team", "three years on the night desk": a post noun closes the phrase after "on". */
function postFollows(tokens: Token[], k: number): boolean {
  for (let seen = 0; k < tokens.length && seen < POST_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol') {
      if (t.text === '-') continue;
      return false;
    }
    if (TENURE_POSTS.has(t.lower)) return true;
    if (t.lower.endsWith('ing')) return false;
    seen++;
  }
  return false;
}

/** "a 12-year veteran", "my six-year tenure", "a two-year stint": the duration modifies a stretch of a career. */
function holderFollows(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && TENURE_HOLDERS.has(t.lower);
}

// Words that end the search back for "I'd been …": a clause break or a word that opens another clause.
const CLAUSE_OPENERS = clauseOpeners('tenure-clause-openers', [CLAUSE_OPENER_CORE, ['which', 'who']]);
// Words between the subject and "been": "we'd both been", "I had been", "I have already been".
const BE_LEADS = new Set(['had', 'have', 'has', 'both', 'all', 'already', 'just', 'also', 'still']);

/**
 * "I'd been a charge nurse for six years", "we'd both been at the agency over a decade", "Been on the
 * payments team about four years": a person held a post (a form of "be" and a role, a team or a
 * field) for the time. Not "the job was down for 2 months" (no person, no post).
 */
function heldPostBefore(tokens: Token[], k: number): boolean {
  return readClauseBack(tokens, k, (t, k) => {
    if (CLAUSE_OPENERS.has(t.lower)) return false;
    // "I was on the team that rebuilt it in 3 months": another verb's time, not the post's.
    if (!POST_BE_FORMS.has(t.lower)) return isPastForm(t.lower) || IRREGULAR_PAST.has(t.lower) ? false : undefined;
    if (!POST_OPENERS.has(tokens[k + 1]?.lower ?? '')) return false;
    let s = k - 1;
    while (s >= 0 && (tokens[s].kind === 'symbol' || BE_LEADS.has(tokens[s].lower))) s--;
    return s < 0 || POST_HOLDERS.has(tokens[s].lower);
  });
}

// Words that make a line say what was done, not name a post: a form of "be" or "have".
const LINE_VERBS = new Set(['was', 'were', 'is', 'are', 'am', 'be', 'been', 'have', 'has', 'had']);

/**
 * "Interim manager for the research team (6 months)", "Acting head of year (1 year)": a stretch of months
 * or years alone in a parenthesis that closes a verbless line is the time the post was held. "Led the
 * migration (6 months)" says what was done: the time the work took.
 */
function postPeriodInParentheses(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') return false;
  for (let k = last + 2; k < tokens.length; k++) if (!/^[.;,]$/.test(tokens[k].text)) return false;
  const words = tokens.slice(0, first - 1).filter((t) => t.kind === 'word');
  if (words.length < 2 || words[0].lower.endsWith('ing')) return false;
  // A post names a person's role ("manager", "head", "coordinator"), not a project ("platform rewrite").
  if (!words.slice(0, 4).some((w) => LEADING_ROLES.has(w.lower) || AGENT_NOUN.test(w.lower))) return false;
  return !words.some(
    (w, i) =>
      LINE_VERBS.has(w.lower) ||
      // "the applied research team": a participle after an article is an adjective.
      ((isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower)) && !/^(a|an|the)$/.test(words[i - 1]?.lower ?? '')),
  );
}

/** Articles and possessives: a role after one is a thing done to or by someone, not the post held. */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'their', 'his', 'her']);

/** A singular noun naming a person by what they do: "manager", "coordinator", "technician", "assistant". */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian|ant)$/;

/**
 * "Interim team lead for 6 months while the manager was on leave", "Acting charge nurse for 9 weeks": a
 * verbless line or clause that names a person's role right before "for" holds the post for the time.
 * "Supported the ops manager for 6 months" has the writer's verb: not a post.
 */
function roleBeforeFor(tokens: Token[], forAt: number): boolean {
  const role = tokens[forAt - 1];
  if (
    !role ||
    role.kind !== 'word' ||
    !(LEADING_ROLES.has(role.lower) || ROLE_NOUNS.has(role.lower) || AGENT_NOUN.test(role.lower))
  )
    return false;
  let k = forAt - 1;
  while (k > 0 && !isClauseMark(tokens[k - 1].text)) k--;
  const words = tokens.slice(k, forAt).filter((t) => t.kind === 'word');
  if (words.length > 6) return false;
  return !words.some(
    (w, i) =>
      LINE_VERBS.has(w.lower) ||
      POST_HOLDERS.has(w.lower) ||
      DETERMINERS.has(w.lower) ||
      ((isPastForm(w.lower) || IRREGULAR_PAST.has(w.lower)) && i < words.length - 1),
  );
}

/**
 * "for the first 8 months", "for the first 6 weeks": the opening stretch of a post, a rollout or a
 * duty is a period (RUBRIC-NOTES "Effort spans": a period is not a metric); "in the first month" is
 * the time a result took and keeps its role.
 */
function openingStretch(tokens: Token[], first: number): boolean {
  return (
    tokens[first - 1]?.lower === 'first' && tokens[first - 2]?.lower === 'the' && tokens[first - 3]?.lower === 'for'
  );
}

/** Whether a duration is time spent in a job, an employer or a field rather than time the work took. */
export function isTenure(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'duration' || q.change || !q.head) return false;
  const first = n.at < tokens.length ? n.at : -1;
  if (first < 0) return false;
  if (openingStretch(tokens, first)) return true;
  let h = first - 1;
  while (h >= 0 && (tokens[h].kind === 'symbol' || ROUGHLY_WORDS.has(tokens[h].lower))) h--;
  if (tokens[h]?.lower === 'for' && roleBeforeFor(tokens, h)) return true;
  if (!TENURE_UNITS.has(q.head)) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= q.end) last++;
  const after = nextWord(tokens, last + 1);
  if (experienceFollows(tokens, after) || holderFollows(tokens, after)) return true;
  if (postPeriodInParentheses(tokens, first, last)) return true;
  let b = first - 1;
  while (b >= 0 && tokens[b].kind === 'symbol') b--;
  const before = b >= 0 ? tokens[b].lower : undefined;
  // "4 years as a line cook", "12 years in fintech", "three years at a startup" — but not "3 months
  // at the client reading logs" ("in 2 years at the firm" is the time a result took).
  const place = tokens[after];
  if (place && TENURE_PLACES.has(place.lower) && !(before && TIME_TO_RESULT_OPENERS.has(before))) {
    const object = nextWord(tokens, after + 1);
    const objectWord = tokens[object];
    if (objectWord && objectWord.kind === 'word' && !objectWord.lower.endsWith('ing')) return true;
  }
  // "5 years on the platform team" (not "3 months on the migration": effort).
  if (place?.lower === 'on' && !(before && TIME_TO_RESULT_OPENERS.has(before)) && postFollows(tokens, after + 1))
    return true;
  // "taught chemistry for 9 years", "worked at a bank for five years" (not a form of "be": "was down for
  // 2 months" is no post, but "I'd been a charge nurse for six years" is).
  return (
    (before === 'for' && postVerbBefore(tokens, b - 1)) ||
    (tokens[h]?.lower === 'for' && remitHeldUpToNow(tokens, h - 1, tokens[after])) ||
    heldPostBefore(tokens, first - 1)
  );
}

/** Perfect auxiliaries that carry a remit up to now: "I've managed", "has run", "been running". */
const PERFECT_AUXILIARIES = new Set(["i've", "we've", "she's", "he's", "they've", "you've", 'have', 'has', 'been']);
/** Words between the auxiliary and its participle: "I have always sold", "has also run". */
const PERFECT_LEADS = new Set(['always', 'also', 'only', 'just', 'both', 'all', 'mostly', 'mainly']);
/** Participles joined before the one read: "I've fitted and repaired locks", "has cut, dyed and styled hair". */
const JOINED_PARTICIPLES = 2;

/** The word at `at` is a verb the perfect can carry: any participle, or a listed remit verb ("run"). */
function perfectVerb(tokens: Token[], at: number): boolean {
  const w = tokens[at].lower;
  return REMIT_VERBS.has(w) || isParticiple(w) || IRREGULAR_PAST.has(w) || isGerund(w);
}

/**
 * Whether the verb at `at` stands in the perfect: its auxiliary right before it (past leads such as
 * "always"), or before a participle it is joined to ("I've fitted and repaired"). "been" goes with an "-ing"
 * form only ("been running"), "have" with a participle only.
 */
function inPerfect(tokens: Token[], at: number): boolean {
  const ing = tokens[at].lower.endsWith('ing');
  let k = at - 1;
  for (let joined = 0; k >= 0;) {
    while (k >= 0 && PERFECT_LEADS.has(tokens[k].lower)) k--;
    const w = tokens[k]?.lower ?? '';
    if (PERFECT_AUXILIARIES.has(w)) return (w === 'been') === ing;
    if ((w === 'and' || w === ',') && joined < JOINED_PARTICIPLES && k > 0 && perfectVerb(tokens, k - 1)) {
      joined++;
      k -= 2;
      continue;
    }
    return false;
  }
  return false;
}

/** Words after the period that say the work kept going, a record kept: "for 5 years without an incident". */
const KEPT_GOING = new Set(['without', 'with', 'accident-free', 'incident-free', 'straight', 'running']);

/**
 * "I've managed platform teams for six years", "She has sold at the Tuesday market for 19 years", "I've fitted
 * and repaired locks for 22 years", "been running the evening shift for about two years now": a verb in the
 * perfect says the writer has held the trade or the duty up to now, so the time is the span of a post, not of a
 * piece of work — whatever the verb (its role, not a list, decides). "Ran the pilot for six weeks" (no perfect)
 * and a record kept ("has run for 5 years without an incident", "three years running") keep their role.
 */
function remitHeldUpToNow(tokens: Token[], k: number, after: Token | undefined): boolean {
  if (after !== undefined && KEPT_GOING.has(after.lower)) return false;
  return readClauseBack(tokens, k, (t, at) => {
    if (t.kind !== 'word' || !perfectVerb(tokens, at)) return undefined;
    return inPerfect(tokens, at) ? true : undefined;
  });
}
