// Results told as a party's new standing or state, with no change word and no verb of adopting: a ranking
// among peers ("we were the top pharmacy in the board area", "came first in the league table"), a grade or
// band reached or regained ("got back into the buyer's top band", "has its five-star rating back"), people
// who passed or qualified ("17 of 22 went on to pass"), custom that returned ("repeat work from every agency",
// "the bursar asked me back"), another party's sign-off ("the auditor closed the finding") and another team's
// better state ("they finally have alerts that mean something").
//
// One frame reads them all: a state word looked up by lemma in a small set of families (STATE_FAMILIES), the
// party that holds the state (the writer's group for a standing, another party for custom, approval and a
// better state, people for a pass), and the vetoes that keep a wrong mark away: a condition or a time clause
// ("if the farm passes the audit"), a wish or a plan before the word ("to become the top branch"), a
// negation, and the writer's own act where the frame wants another party's ("I asked them back"). Goals and
// questions are vetoed for the whole sentence before any cue is read (claim-exceptions.ts).
import type { Token } from '../language/tokenize';
import {
  BAD_WORDS,
  CONDITION_SUBORDINATORS,
  GOOD_WORDS,
  MODAL_VERBS,
  NEGATIONS,
  ASK_BACK_VERBS,
  CLOSED_FINDINGS,
  CUSTOM_NOUNS,
  GRADE_NOUNS,
  GRADE_VALUES,
  GRADING_VERBS,
  GRANTING_VERBS,
  LOW_GRADES,
  OTHERS_RANKED,
  QUALIFYING_TESTS,
  RANKED_UNITS,
  RANKING_UNITS,
  RENEWED_THINGS,
  SUBORDINATORS,
  lemmaSet,
  wordSet,
} from '../language/lexicon';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { partyKindOf } from '../voices/party-kinds';
import { NUMBER_WORDS } from '../quantity/number-words';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { writerAct } from '../voices/writer-acts';

/** The families of state words, by lemma: the family decides which frame reads the word. */
const STATE_FAMILIES = {
  standing: lemmaSet('state-standing', [
    'top',
    'best',
    'highest',
    'most',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
  ]),
  placing: lemmaSet('state-placing', ['come', 'finish', 'place', 'rank', 'vote']),
  regained: lemmaSet('state-regained', ['regain', 'retain', 'reinstate', 'back']),
  passed: lemmaSet('state-passed', ['pass', 'qualify', 'graduate']),
  repeat: lemmaSet('state-repeat', ['repeat', 'rebook', 'rehire', 're-engage', 'again']),
  approved: lemmaSet('state-approved', ['close', 'clear', 'lift', 'renew', 'sign']),
  has: lemmaSet('state-has', ['have', 'has', 'having']),
  referred: lemmaSet('state-referred', ['earlier', 'past', 'previous', 'former', 'existing', 'old']),
  aligned: lemmaSet('state-aligned', ['same', 'one', 'single', 'shared', 'common']),
  graded: GRADING_VERBS,
  granted: GRANTING_VERBS,
  than: lemmaSet('state-than', ['than']),
} as const;

/** Words that place a standing among peers after its head: "in the region", "out of 40", "among 12 stores". */
const PEER_PREPOSITIONS = wordSet('peer-prepositions', ['in', 'of', 'among', 'across', 'out', 'nationally']);
/** Verbs whose "again" renews custom: "booked me again", "hired us again", "chose us again". */
const REHIRING_VERBS = new Set(['book', 'hire', 'engage', 'use', 'choose', 'pick']);
/** Object pronouns and the writer's words a client asks back: "asked me back", "booked us again". */
const ASKED_BACK = wordSet('asked-back', ['me', 'us', 'them', 'him', 'her', 'you']);
/** Verbs that win custom: "got repeat work", "won repeat orders". */
const CUSTOM_WINNERS = lemmaSet('custom-winners', ['get', 'win', 'earn', 'bring', 'generate', 'secure', 'with']);
/** Words that anchor a state to the time after the work: "they now have", "finally has", "since then". */
const AFTER_ANCHORS = wordSet('result-state-anchors', ['now', 'finally', 'since', 'afterwards', 'after', 'today']);
/** Words that say a state or a place was a wish, a plan or a test, not reached: "to become", "aim", "if". */
const UNREACHED_LEADS = wordSet('unreached-leads', [
  'to',
  'aim',
  'aiming',
  'goal',
  'target',
  'want',
  'wanted',
  'hope',
  'hoped',
  'plan',
  'planned',
  'try',
  'tried',
  'become',
  'becoming',
  'needed',
  'need',
  'must',
]);
/** The writer as a subject: a state the frame wants of another party is not the writer's ("I asked them back"). */
const WRITER_SUBJECTS = wordSet('result-state-writer', ['i', 'we', "i've", "we've", "i'd", "we'd", 'me']);
/** The writer's group in a subject: "we", "our shop", "my ward". */
const OWN_LEADS = wordSet('result-state-own', ['we', 'our', 'my', "we're", 'us']);
/** Verbs before a ranking word that make it the writer's placing: "named top recruiter", "finished top seller". */
const STANDING_LEADS = wordSet('standing-leads', [
  'named',
  'ranked',
  'rated',
  'judged',
  'finished',
  'became',
  'consistently',
  'voted',
  'as',
]);
/** Second halves of a hyphenated ranking word: "top-rated", "best-selling", "highest-scoring". */
const RANKING_SECONDS = wordSet('ranking-seconds', ['rated', 'performing', 'ranked', 'scoring', 'selling', 'reviewed']);
/** Forms of "be": a standing held ("we were the top pharmacy"). */
const BE_FORMS = wordSet('result-state-be', [
  'is',
  'are',
  'was',
  'were',
  "'s",
  "'re",
  'been',
  'be',
  'remained',
  'stayed',
]);

/** The index of the first word of the clause holding word `i`: after a clause mark or an opener. */
function clauseStart(tokens: Token[], words: Token[], i: number): number {
  for (let k = i; k > 0; k--) {
    const between = tokens.some(
      (t) => t.kind === 'symbol' && t.start >= words[k - 1].end && t.start < words[k].start && /[,;:—–(]/.test(t.text),
    );
    if (between) return k;
  }
  return 0;
}

/** Is the clause of word `i` a condition, a time or a reason ("if the farm passes", "until they pass")? */
function subordinate(tokens: Token[], words: Token[], i: number): boolean {
  const s = clauseStart(tokens, words, i);
  for (let k = s; k < i && k <= s + 1; k++) {
    const l = words[k].lower;
    if (SUBORDINATORS.has(l) || CONDITION_SUBORDINATORS.includes(l)) return l !== 'since' && l !== 'after';
  }
  return false;
}

/** Is the state at `i` left unreached by a word before it in its clause: a wish, a plan, a modal or a negation? */
function unreached(tokens: Token[], words: Token[], i: number, span = 4): boolean {
  const s = clauseStart(tokens, words, i);
  for (let k = Math.max(s, i - span); k < i; k++) {
    const l = words[k].lower;
    // "went on to pass": the infinitive of what followed, not a wish.
    if (l === 'to' && words[k - 1]?.lower === 'on') continue;
    if (UNREACHED_LEADS.has(l) || MODAL_VERBS.has(l) || NEGATIONS.has(l)) return true;
  }
  return subordinate(tokens, words, i);
}

/** Is there a word in `set` among the words `from`..`to` of the clause of word `from`? Its index, or -1. */
function findIn(
  tokens: Token[],
  words: Token[],
  from: number,
  to: number,
  test: (lower: string) => boolean,
  stayInClause = true,
): number {
  if (from < 0 || from >= words.length) return -1;
  const end = stayInClause ? clauseEnd(tokens, words[from]) : Number.POSITIVE_INFINITY;
  for (let k = from; k <= to && k < words.length && words[k].start < end; k++) if (test(words[k].lower)) return k;
  return -1;
}

/** The subject head before word `i` in its clause, past adverbs, helpers and "since <year>"; -1 for a subjectless line. */
function subjectOf(tokens: Token[], words: Token[], i: number): number {
  const s = clauseStart(tokens, words, i);
  for (let k = i - 1; k >= s; k--) {
    const l = words[k].lower;
    if (/^\d/.test(l) && words[k - 1]?.lower === 'since') {
      k--;
      continue;
    }
    if (
      AFTER_ANCHORS.has(l) ||
      BE_FORMS.has(l) ||
      l === 'has' ||
      l === 'have' ||
      l === 'had' ||
      l === 'then' ||
      l === 'also' ||
      l === 'all' ||
      l === 'the' ||
      l.endsWith('ly')
    )
      continue;
    if (l === 'on' || l === 'went' || l === 'go' || l === 'gone' || l === 'to') continue; // "went on to pass"
    // "the accounts I inherited renewed", "the squad I coach qualified": the head before the writer's
    // relative clause is the subject, not the relative clause's verb.
    if (k - 2 >= s && WRITER_RELATIVES.has(words[k - 1].lower)) return k - 2;
    return k;
  }
  return -1;
}

/** The writer as the subject of a relative clause inside a noun phrase: "the branch I run", "the crew we trained". */
const WRITER_RELATIVES = wordSet('writer-relatives', ['i', 'we', "i've", "we've"]);

/** Does the subject at `k` name the writer's group ("we", "our shop", "my ward", "the branch I run"), or is the line subjectless? */
function ownHolder(words: Token[], k: number): boolean {
  if (k < 0) return true;
  if (WRITER_RELATIVES.has(words[k + 1]?.lower ?? '')) return true;
  if (OWN_LEADS.has(bare(words[k].lower))) return true;
  // "our shop", "my two wards": an own lead a word or two before the head.
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (OWN_LEADS.has(words[j].lower)) return true;
  return false;
}

/** Is the subject at `k` another party (a client, an auditor, the night team, "they", "most of the families")? */
function otherHolder(words: Token[], k: number): boolean {
  if (k < 0 || k >= words.length) return false;
  const l = bare(words[k].lower);
  if (WRITER_SUBJECTS.has(l) || OWN_LEADS.has(l)) return false;
  // A unit ("the front desk", "the depot") or a client's account holds a state as a party does.
  return partyKindOf(l) === 'other' || RANKED_UNITS.has(l) || CUSTOM_HOLDERS.has(CUSTOM_NOUNS.lemmaOf(l) ?? '');
}

/** Custom nouns that hold a state of their own: "three of the four accounts renewed", "the tenants renewed". */
const CUSTOM_HOLDERS = new Set(['customer', 'client', 'account', 'tenant', 'subscriber', 'buyer', 'contract']);

/** Subjects of a relative clause inside a noun phrase: "every agency I've delivered for", "the couples we shot". */
const RELATIVE_SUBJECTS = wordSet('relative-subjects', [
  'i',
  'we',
  "i've",
  "we've",
  'they',
  'who',
  'that',
  'which',
  'he',
  'she',
  'you',
]);

/**
 * Does a verb of its own follow the phrase at `i` in its clause ("Top supplier in the region is Fresko",
 * "Repeat customers made up 40% of revenue")? Then the phrase is the subject of another statement, not a
 * verbless line telling the writer's result. A verb after a relative subject ("every agency I've delivered for") is not counted.
 */
function verbFollows(tokens: Token[], words: Token[], i: number): boolean {
  const end = clauseEnd(tokens, words[i]);
  for (let k = i + 1; k < words.length && words[k].start < end; k++) {
    const l = words[k].lower;
    if (!(BE_FORMS.has(l) || isPastForm(l) || IRREGULAR_PAST.has(l))) continue;
    if (!RELATIVE_SUBJECTS.has(words[k - 1].lower)) return true;
  }
  return false;
}

/** A figure or a number word: "38", "nine". */
function isCount(t: Token): boolean {
  return t.kind === 'number' || NUMBER_WORDS.has(t.lower);
}

/** A subject word without its contracted helper: "they've" → "they", "we'd" → "we". */
function bare(lower: string): string {
  return lower.replace(/['’](?:ve|d|re|ll|s)$/, '');
}

/** Is the word at `i` a count of people out of a whole ("17 of 22", "nine of the eleven apprentices", "all of my students")? */
function countedPeopleBefore(words: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 7); k < i; k++) {
    const l = words[k].lower;
    if ((isCount(words[k]) || /^(all|most|many|every|each|both|several)$/.test(l)) && words[k + 1]?.lower === 'of')
      return true;
  }
  return false;
}

/** "top branch in the region", "best-rated pharmacy of all", "second of 38 consultants": a standing among peers at `i`. */
function standingAt(tokens: Token[], words: Token[], i: number, ordinal: boolean): Token | undefined {
  // The ranked head within two words: "top branch", "best-rated branch", "the first pharmacy".
  let head = -1;
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const l = words[k].lower;
    // A unit ("top branch") or the writer's role ("Top biller"), not others ranked ("our top customers").
    if (RANKED_UNITS.has(l) || ((/(?:er|or|ist)$/.test(l) || partyKindOf(l) === 'other') && !OTHERS_RANKED.has(l)))
      head = k;
    if (OTHERS_RANKED.has(l) || OTHERS_RANKED.has(l.replace(/s$/, ''))) return undefined;
    if (head >= 0 || PEER_PREPOSITIONS.has(l)) break;
  }
  const from = head >= 0 ? head + 1 : i + 1;
  // The peer set: "in the region", "in the trust's league table", "of 38 consultants", "out of nine teams".
  const prep = findIn(tokens, words, from, from + 1, (l) => PEER_PREPOSITIONS.has(l));
  if (prep < 0) return undefined;
  if (words[prep].lower === 'nationally') return words[prep];
  const count = words[prep + (words[prep].lower === 'out' ? 2 : 1)];
  if (count !== undefined && isCount(count) && words[prep].lower !== 'in') return count;
  const area = findIn(tokens, words, prep + 1, prep + 5, (l) => RANKING_UNITS.has(l));
  if (area < 0) return undefined;
  // An ordinal ranks only beside a ranked unit or a criterion ("first in the city for reviews"), never
  // with an infinitive ("the first nurse in the trust to …": an order of arrival, not a ranking).
  const after = findIn(tokens, words, area + 1, area + 6, (l) => l === 'to' || l === 'for');
  if (ordinal && (after < 0 || words[after].lower === 'to')) return undefined;
  if (!ordinal && after >= 0 && words[after].lower === 'to' && words[after + 1]?.kind !== 'number') return undefined;
  return words[area];
}

/** A ranking word as its own compound's head: "top-rated", "best-performing", "highest-ranked". */
function rankingWord(lower: string): boolean {
  return /^(top|best|highest)(?:-(?:rated|performing|ranked|scoring|selling|reviewed))?$/.test(lower);
}

/**
 * A standing among peers held by the writer's group: a subjectless line ("Top branch in the region for
 * reviews"), a copula ("we were the top pharmacy in the board area", "our shop is since 2023 the first in
 * the city for …"). Another party's standing ("the other pharmacies were the top performers") is context.
 */
function readStanding(tokens: Token[], words: Token[], at: number): Token | undefined {
  // "Top-rated practice": the tokenizer splits the compound; it is read from its second half.
  const hyphened = RANKING_SECONDS.has(words[at].lower) && /^(?:top|best|highest)$/.test(words[at - 1]?.lower ?? '');
  const i = hyphened ? at - 1 : at;
  const lower = words[i].lower;
  if (!hyphened && !rankingWord(lower) && !STATE_FAMILIES.standing.has(lower)) return undefined;
  let k = i - 1;
  if (words[k]?.lower === 'the') k--;
  const start = clauseStart(tokens, words, i);
  // "410 sign-ups, the most in the county": a count set beside every peer's after a pause.
  if (lower === 'most' || (start === i - 1 && words[i - 1].lower === 'the' && start > 0)) {
    if (lower !== 'most' && lower !== 'highest' && lower !== 'best') return undefined;
    if (start !== i - 1 || start === 0 || words[i + 1]?.lower !== 'in') return undefined;
    const area = findIn(tokens, words, i + 2, i + 4, (l) => RANKING_UNITS.has(l));
    return area >= 0 ? words[area] : undefined;
  }
  const lineLead = k < start && start === 0;
  const copula =
    k >= 0 && (BE_FORMS.has(words[k].lower) || (/^\d/.test(words[k].lower) && words[k - 1]?.lower === 'since'));
  const led = k >= 0 && !copula && STANDING_LEADS.has(words[k].lower);
  if (!lineLead && !copula && !led) return undefined;
  if (lineLead && verbFollows(tokens, words, hyphened ? at : i)) return undefined;
  if (unreached(tokens, words, i)) return undefined;
  // "we were the top pharmacy": the copula's subject holds the standing; "was rated the best", "finished the
  // year as the top dealership": the writer's group in the clause, or a line led by its act.
  if (copula && !ownHolder(words, subjectOf(tokens, words, i))) return undefined;
  if (led && !ownClause(tokens, words, k)) return undefined;
  return standingAt(tokens, words, hyphened ? at : i, !/^(?:top|best|highest)/.test(lower));
}

/** Does the clause before word `i` name the writer or the writer's group, or is it a line led by its act ("Named best kitchen …")? */
function ownClause(tokens: Token[], words: Token[], i: number): boolean {
  const s = clauseStart(tokens, words, i);
  if (s === 0 && (isPastForm(words[0].lower) || IRREGULAR_PAST.has(words[0].lower))) return true;
  for (let k = s; k < i; k++) if (OWN_LEADS.has(bare(words[k].lower)) || words[k].lower === 'i') return true;
  return false;
}

/**
 * "gave more flu jabs than any other pharmacy in the area", "sold more than anyone else in the branch": a
 * standing told as a comparison with every peer, held by the writer's group or a subjectless line.
 */
function readThanEveryPeer(tokens: Token[], words: Token[], i: number): Token | undefined {
  const next = words[i + 1]?.lower;
  const peer =
    next === 'any' && words[i + 2]?.lower === 'other'
      ? words[i + 3]
      : next === 'anyone' || next === 'anybody'
        ? words[i + 2]?.lower === 'else'
          ? words[i + 2]
          : undefined
        : undefined;
  if (peer === undefined) return undefined;
  if (peer.lower !== 'else' && !RANKED_UNITS.has(peer.lower) && partyKindOf(peer.lower) !== 'other') return undefined;
  if (unreached(tokens, words, i, 8)) return undefined;
  // The writer or the writer's group in the clause before the comparison ("Last winter we gave …"), or a
  // line led by its verb ("Sold more policies than anyone else in the branch").
  return ownClause(tokens, words, i) ? peer : undefined;
}

/** "came first in the league table", "finished second of nine", "ranked 3rd of 45 reps": a place won. */
function readPlacing(tokens: Token[], words: Token[], i: number): Token | undefined {
  // "came out top", "came in second", "finished up third": a particle before the place.
  const shift = /^(?:out|in|up)$/.test(words[i + 1]?.lower ?? '') ? 1 : 0;
  const next = words[i + 1 + shift];
  if (next === undefined || !(STATE_FAMILIES.standing.has(next.lower) || /^\d+(?:st|nd|rd|th)$/.test(next.lower)))
    return undefined;
  if (STATE_FAMILIES.placing.lemmaOf(words[i].lower) === 'come' && words[i].lower === 'come') return undefined;
  if (unreached(tokens, words, i) || !ownHolder(words, subjectOf(tokens, words, i))) return undefined;
  const prep = findIn(tokens, words, i + 2 + shift, i + 3 + shift, (l) => PEER_PREPOSITIONS.has(l) || l === 'for');
  return prep >= 0 ? words[prep] : undefined;
}

/**
 * A grade or band reached again: "got back into the buyer's top band", "was back in the top quality band",
 * "has its five-star hygiene rating back", "regained the farm's organic certification".
 */
function readRegained(tokens: Token[], words: Token[], i: number): Token | undefined {
  if (unreached(tokens, words, i)) return undefined;
  if (words[i].lower === 'back') {
    const into = words[i + 1]?.lower;
    // "back in the green", "back into the black": a band told by its colour, with "the" ("back to green" is a status).
    if (
      (into === 'in' || into === 'into') &&
      words[i + 2]?.lower === 'the' &&
      /^(?:green|black)$/.test(words[i + 3]?.lower ?? '')
    )
      return words[i + 3];
    if (into === 'into' || into === 'in' || into === 'onto' || into === 'on' || into === 'to') {
      const grade = findIn(tokens, words, i + 2, i + 7, (l) => GRADE_NOUNS.has(l));
      return grade >= 0 ? words[grade] : undefined;
    }
    // "has its rating back", "got our gold status back": the grade named before "back".
    const grade = findIn(tokens, words, Math.max(0, i - 5), i - 1, (l) => GRADE_NOUNS.has(l));
    if (grade < 0) return undefined;
    // "got my licence back" is the writer's own affair, not a result of the work.
    const owner = findIn(tokens, words, Math.max(0, grade - 5), grade, (l) => /^(its|their|our|his|her)$/.test(l));
    const verb = owner > 0 ? words[owner - 1].lower : '';
    return owner >= 0 && /^(has|have|had|got|gets|get|gotten)$/.test(verb) ? words[i] : undefined;
  }
  const grade = findIn(tokens, words, i + 1, i + 5, (l) => GRADE_NOUNS.has(l));
  return grade >= 0 ? words[grade] : undefined;
}

/**
 * Are the people who passed the writer's: "my students", "the apprentices I trained", "17 of 22" after the
 * writer's act ("Ran the revision classes; 17 of 22 went on to pass"), or "went on to" after a count? Others'
 * results with no tie to the writer's work ("Most trainees passed the course before I joined") are context.
 */
function passersTiedToWriter(words: Token[], subject: number, i: number): boolean {
  const from = Math.max(0, i - 8);
  for (let k = from; k < i; k++) {
    const l = words[k].lower;
    if (l === 'my' || l === 'our') return true;
    // "the apprentices I trained": a relative clause of the writer's inside the subject.
    if ((l === 'i' || l === 'we') && k > 0 && k < i - 1 && otherHolder(words, k - 1)) return true;
  }
  const lower = words.map((w) => w.lower);
  const limit = subject >= 0 ? subject : i;
  return writerAct(lower, { limit }).present;
}

/**
 * People who passed or qualified: "17 of 22 went on to pass", "all of my students passed the B1 exam",
 * "nine apprentices qualified as electricians". The people are counted out of a whole or named as
 * people; a clause of a condition ("if the farm passes the audit") or a wish ("need to pass") is not read.
 */
function readPassed(tokens: Token[], words: Token[], i: number): Token | undefined {
  const lower = words[i].lower;
  if (STATE_FAMILIES.passed.lemmaOf(lower) === lower && words[i - 1]?.lower !== 'to') return undefined; // a base form: a duty
  if (unreached(tokens, words, i)) return undefined;
  const subject = subjectOf(tokens, words, i);
  const people = countedPeopleBefore(words, i) || (subject >= 0 && otherHolder(words, subject));
  if (!people || (subject >= 0 && WRITER_SUBJECTS.has(words[subject].lower))) return undefined;
  if (!passersTiedToWriter(words, subject, i)) return undefined;
  const after = words[i + 1];
  // "passed" alone, or its test or trade: "passed the exam", "qualify as electricians"; not "passed it to IT".
  if (after === undefined || after.start >= clauseEnd(tokens, words[i])) return words[i];
  if (after.lower === 'as') return words[i];
  const test = findIn(tokens, words, i + 1, i + 6, (l) => QUALIFYING_TESTS.has(l));
  return test >= 0 ? words[test] : undefined;
}

/** Words after "for" that make a return more custom: "for another", "for a second", "for the next", "for more". */
const MORE_CUSTOM = wordSet('more-custom', ['another', 'second', 'next', 'more', 'further', 'repeat']);

/** Does "for" and more custom follow the word at `i` in its clause: "came back to us for their next house"? */
function nextCustom(tokens: Token[], words: Token[], i: number): boolean {
  const f = findIn(tokens, words, i + 1, i + 5, (l) => l === 'for');
  return f >= 0 && findIn(tokens, words, f + 1, f + 3, (l) => MORE_CUSTOM.has(l)) >= 0;
}

/**
 * Custom that came back: "Repeat work from every agency I've delivered for", "came back with repeat
 * orders", "the bursar asked me back", "most of the couples booked me again". The client asks, the
 * writer is asked: "I asked them back" tells the writer's own act.
 */
function readRepeat(tokens: Token[], words: Token[], i: number): Token | undefined {
  const lower = words[i].lower;
  if (lower === 'repeat') {
    const custom = words[i + 1];
    if (custom === undefined || !CUSTOM_NOUNS.has(custom.lower)) return undefined;
    // A line led by the custom ("Repeat bookings from …") or custom won ("got repeat work", "came back with repeat orders").
    const lead = i === 0 || (i === 1 && /^(and|plus)$/.test(words[0].lower));
    if (!lead && !CUSTOM_WINNERS.has(words[i - 1]?.lower)) return undefined;
    if (lead && verbFollows(tokens, words, i)) return undefined;
    if (unreached(tokens, words, i)) return undefined;
    return custom;
  }
  if (lower === 'again' || lower === 'back') {
    // "asked me back", "booked us again", "came back to us", "has come back to the clinic".
    let v = i - 1;
    if (ASKED_BACK.has(words[v]?.lower ?? '')) v--;
    const verb = words[v];
    if (verb === undefined || !ASK_BACK_VERBS.has(verb.lower) || ASK_BACK_VERBS.lemmaOf(verb.lower) === verb.lower)
      return undefined;
    const come = ASK_BACK_VERBS.lemmaOf(verb.lower) === 'come';
    // "asked me again for the report" asks twice; "booked us again" is custom renewed.
    if (lower === 'again' && !REHIRING_VERBS.has(ASK_BACK_VERBS.lemmaOf(verb.lower) ?? '')) return undefined;
    // "asked us back to his office": a place, not the work; "asked me back to teach" is.
    if (
      lower === 'back' &&
      words[i + 1]?.lower === 'to' &&
      /^(?:the|his|her|their|our|my|a)$/.test(words[i + 2]?.lower ?? '')
    )
      return undefined;
    if (come === (v !== i - 1)) return undefined; // "came back" has no object; "asked me back" has one
    if (come && lower === 'again') return undefined;
    // "came back to us for the next build", "kept coming back": custom renewed; "the client came back with
    // questions" or "the fault came back" tells no result.
    if (come && !(words[v - 1]?.lower === 'kept' || words[v - 1]?.lower === 'keep' || nextCustom(tokens, words, i)))
      return undefined;
    if (unreached(tokens, words, v)) return undefined;
    const subject = subjectOf(tokens, words, v);
    if (subject < 0 || !otherHolder(words, subject)) return undefined;
    return words[i];
  }
  // "rebooked", "rehired": a past form only.
  return lower.endsWith('ed') && !unreached(tokens, words, i) && otherHolder(words, subjectOf(tokens, words, i))
    ? words[i]
    : undefined;
}

/**
 * Another party's sign-off: "the auditor closed last year's finding", "the inspector lifted the
 * restriction", "the council renewed our contract", "the insurer signed off our fire plan".
 */
function readApproved(tokens: Token[], words: Token[], i: number): Token | undefined {
  const lower = words[i].lower;
  const verb = STATE_FAMILIES.approved.lemmaOf(lower);
  if (verb === undefined || verb === lower) return undefined; // a base form: a duty or a plan
  if (unreached(tokens, words, i)) return undefined;
  const subject = subjectOf(tokens, words, i);
  if (subject < 0 || !otherHolder(words, subject)) return undefined;
  if (verb === 'sign') return words[i + 1]?.lower === 'off' ? words[i + 1] : undefined;
  // "three of the four accounts I inherited renewed for another two years": the client renews, with no
  // object; the clients must be the writer's ("my five contracts", "the tenants I manage").
  if (verb === 'renew' && renewsAlone(tokens, words, i) && passersTiedToWriter(words, subject, i)) return words[i];
  const things = verb === 'renew' ? RENEWED_THINGS : CLOSED_FINDINGS;
  const thing = findIn(tokens, words, i + 1, i + 5, (l) => things.has(l));
  return thing >= 0 ? words[thing] : undefined;
}

/** Is "renewed" at `i` said with no object: at its clause's end, or before "for another/a further", "again", "with us"? */
function renewsAlone(tokens: Token[], words: Token[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined || next.start >= clauseEnd(tokens, words[i])) return true;
  if (next.lower === 'again' || (next.lower === 'with' && ASKED_BACK.has(words[i + 2]?.lower ?? ''))) return true;
  return (
    next.lower === 'for' && /^(?:another|a|more|the)$/.test(words[i + 2]?.lower ?? '') && nextOrFurther(words, i + 2)
  );
}

/** "for another year", "for a further term", "for a second season", "for the next three years". */
function nextOrFurther(words: Token[], k: number): boolean {
  const l = words[k].lower;
  if (l === 'another' || l === 'more') return true;
  return MORE_CUSTOM.has(words[k + 1]?.lower ?? '');
}

/**
 * Another party's better state after the work, with no change word: "they finally have alerts that mean
 * something", "now the drivers have a route sheet that matches the roads", "since then the porters are having
 * weekends they can plan around". The state is anchored to the after ("now", "finally", "since then") and
 * told as something good: a relative clause or a good word, and no bad word ("now they have a backlog").
 */
function readBetterState(tokens: Token[], words: Token[], i: number): Token | undefined {
  const lower = words[i].lower;
  let s = i - 1;
  if (lower === 'having') {
    if (!BE_FORMS.has(words[s]?.lower ?? '')) return undefined;
    s--;
  }
  let anchored = false;
  while (s >= 0 && (AFTER_ANCHORS.has(words[s].lower) || words[s].lower === 'also')) {
    anchored = true;
    s--;
  }
  if (s < 0 || !otherHolder(words, s)) return undefined;
  if (s > 0 && /^(the|other|another)$/.test(words[s - 1].lower) && words[s - 2]?.lower === 'the') return undefined;
  if (words[s - 1]?.lower === 'other' || words[s - 1]?.lower === 'another') return undefined;
  // An anchor before the subject: "now they have", "since then the drivers have", "after this the team has".
  const start = clauseStart(tokens, words, s);
  for (let k = start; k < s && !anchored; k++) anchored = AFTER_ANCHORS.has(words[k].lower);
  if (!anchored && start > 0) {
    // "…; they now have": an anchor may also open the sentence before the clause.
    for (let k = 0; k < 3 && k < s && !anchored; k++)
      anchored = words[k].lower === 'since' || words[k].lower === 'after';
  }
  if (!anchored || unreached(tokens, words, s + 1)) return undefined;
  const end = clauseEnd(tokens, words[i]);
  let good = false;
  for (let k = i + 1; k < words.length && words[k].start < end && k <= i + 12; k++) {
    const l = words[k].lower;
    if (BAD_WORDS.has(l) || NEGATIONS.has(l) || l === 'nobody' || l === 'nothing') return undefined;
    // A good word, or a relative clause ("alerts that mean something", "dashboards people actually use").
    // A whole had ("has every insurance detail", "have all discharge letters") is a better state too.
    const whole = k === i + 1 && /^(?:every|all)$/.test(l);
    if (GOOD_WORDS.has(l) || whole || /^(that|which|they|who|where)$/.test(l) || reducedRelative(tokens, words, i, k))
      good = true;
  }
  return good ? words[Math.min(words.length - 1, i + 1)] : undefined;
}

/** Does the sentence name the writer anywhere ("…, my second year as manager", "the audit I led")? */
function namesWriter(words: Token[]): boolean {
  return words.some(
    (w) => w.lower === 'i' || w.lower === 'my' || w.lower === 'our' || w.lower === 'we' || w.lower === 'us',
  );
}

/**
 * A grade's value among the words `from`..`to` of the clause: a capitalised name ("Outstanding", "Good"), a
 * value word ("gold", "organic", "the best"), a grade noun ("a five-star rating"). A low grade ("Poor",
 * "Inadequate", "high" for a risk) tells no result: undefined, as for no value.
 */
function gradeValue(tokens: Token[], words: Token[], from: number, to: number): Token | undefined {
  const end = clauseEnd(tokens, words[from - 1] ?? words[0]);
  for (let k = from; k <= to && k < words.length && words[k].start < end; k++) {
    const w = words[k];
    if (LOW_GRADES.has(w.lower) || BAD_WORDS.has(w.lower)) return undefined;
    const named = /^[A-Z]/.test(w.text) && w.kind !== 'number';
    if (named || GRADE_VALUES.has(w.lower) || GRADE_NOUNS.has(w.lower) || rankingWord(w.lower)) return w;
  }
  return undefined;
}

/**
 * A grade or a grant from an outside party: "Ofsted rated the nursery Outstanding" (the writer named in the
 * sentence), "the regulator licensed our clinic for minor surgery", "named our restaurant the best new place
 * in town"; told in the passive, "Accredited by UKAS for the lab's panels", "Certified organic by the Soil
 * Association", "we were rated Good". A grading verb wants a value after it; a granting verb grants by itself
 * but then wants its party ("by the HSE") in the passive. A plan, a condition or a negation is not read.
 */
function readGraded(tokens: Token[], words: Token[], i: number): Token | undefined {
  const lower = words[i].lower;
  const grading = GRADING_VERBS.has(lower);
  if (!lower.endsWith('ed') || unreached(tokens, words, i)) return undefined;
  const prev = words[i - 1]?.lower ?? '';
  if (i === 0 || BE_FORMS.has(prev)) {
    // The passive: a line led by the verb, or the writer's group as the copula's subject.
    if (i > 0 && !ownHolder(words, subjectOf(tokens, words, i))) return undefined;
    const by = findIn(tokens, words, i + 1, i + 4, (l) => l === 'by' || l === 'with');
    const value = gradeValue(tokens, words, i + 1, by >= 0 ? by - 1 : i + 2);
    if (grading) return value;
    return by >= 0 && words[by + 1] !== undefined ? words[by + 1] : undefined;
  }
  // The active: an outside party grades the writer's unit ("our care home", "the nursery" of a writer named).
  const subject = subjectOf(tokens, words, i);
  if (subject < 0 || WRITER_SUBJECTS.has(words[subject].lower) || OWN_LEADS.has(words[subject].lower)) return undefined;
  if (!otherHolder(words, subject) && !/^[A-Z]/.test(words[subject].text)) return undefined;
  let object = i + 1;
  if (/^(?:the|our|my|us|me)$/.test(words[object]?.lower ?? '')) object++;
  const own = /^(?:our|my|us|me)$/.test(words[i + 1]?.lower ?? '');
  if (!own && !(RANKED_UNITS.has(words[object]?.lower ?? '') && namesWriter(words))) return undefined;
  if (words[i + 1]?.lower === 'us' || words[i + 1]?.lower === 'me') object = i;
  else if (RANKED_UNITS.has(words[object + 1]?.lower ?? '')) object++; // "our care home"
  if (grading) return gradeValue(tokens, words, object + 1, object + 4);
  return words[object];
}

/** Prepositions that bring custom from its source: "came to me through past guests", "from former pupils' families". */
const SOURCE_PREPOSITIONS = wordSet('custom-sources', ['through', 'via', 'from', 'by']);
/** Words for the writer receiving custom: "came to me", "sent to us", "my bookings". */
const RECEIVERS = wordSet('custom-receivers', ['me', 'us', 'my', 'our']);

/** Is the word at `k` a client or a party of custom ("guests", "couples", "pupils' families")? */
function customParty(words: Token[], k: number): boolean {
  const l = words[k]?.lower ?? '';
  return otherHolder(words, k) || CUSTOM_NOUNS.has(l) || /^(?:guests?|couples?|patients?|famil(?:y|ies))$/.test(l);
}

/**
 * Custom that came through earlier custom: "Nearly all my bookings are couples who came to me through earlier
 * clients", "Half of this year's pupils came to us from former pupils' families". The writer receives ("me",
 * "us", "my bookings") and does not act: "I went through previous customers' files" is the writer's search.
 */
function readReferred(tokens: Token[], words: Token[], i: number): Token | undefined {
  if (!SOURCE_PREPOSITIONS.has(words[i - 1]?.lower ?? '')) return undefined;
  const party = customParty(words, i + 1) ? i + 1 : customParty(words, i + 2) ? i + 2 : -1;
  if (party < 0 || subordinate(tokens, words, i - 1)) return undefined;
  const before = words.slice(0, i - 1).map((w) => bare(w.lower));
  // A wish, a plan or a negation anywhere before ("to come to us through past clients" is read with "come to").
  if (before.some((l) => l !== 'to' && (UNREACHED_LEADS.has(l) || MODAL_VERBS.has(l) || NEGATIONS.has(l))))
    return undefined;
  if (before.includes('i') || before.includes('we') || !before.some((l) => RECEIVERS.has(l))) return undefined;
  return words[party];
}

/** What a shared thing may not be for an aligned state: a place or a side ("on the same floor", "on the same team"). */
const PLACE_NOUNS = wordSet('aligned-places', [
  'floor',
  'street',
  'road',
  'building',
  'corridor',
  'site',
  'campus',
  'train',
  'bus',
  'flight',
  'page',
  'side',
  'team',
  'day',
  'night',
  'shift',
]);
/** Words that credit a state to what the writer did: "following my cut-over plan", "thanks to the migration I ran". */
const CREDIT_TIES = wordSet('credit-ties', ['following', 'thanks', 'after', 'through', 'with', 'under']);

/** Does a tie crediting the writer's work follow word `from`: "following my plan", "thanks to the migration I ran"? */
function creditedToWriter(words: Token[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    if (!CREDIT_TIES.has(words[k].lower)) continue;
    for (let j = k + 1; j < words.length && j <= k + 6; j++) {
      const l = words[j].lower;
      // "after my first month": a time, not a work.
      if (
        (l === 'my' || l === 'our') &&
        !/^(?:first|second|last|month|week|year|day|time)$/.test(words[j + 1]?.lower ?? '')
      )
        return true;
      if ((l === 'i' || l === 'we') && j > k + 1) return true;
    }
  }
  return false;
}

/**
 * Another unit brought onto a common footing, told without a verb and credited to the writer: "Jakarta office
 * on the same payroll calendar as the rest of the group, following my cut-over plan", "Both clinics on one
 * booking system, thanks to the migration I ran". A place shared ("on the same floor") is no result.
 */
function readAligned(tokens: Token[], words: Token[], i: number): Token | undefined {
  let on = i - 1;
  if (/^(?:the|a)$/.test(words[on]?.lower ?? '')) on--;
  if (!/^(?:on|onto)$/.test(words[on]?.lower ?? '') || on < 1 || clauseStart(tokens, words, on) !== 0) return undefined;
  // A verbless line: its holder right before "on", no verb between the line's start and it.
  if (!otherHolder(words, on - 1)) return undefined;
  for (let k = 0; k < on - 1; k++) if (isPastForm(words[k].lower) || BE_FORMS.has(words[k].lower)) return undefined;
  // The shared thing's head: the last word before "as", "with" or the clause's end ("the same shift pattern").
  const end = clauseEnd(tokens, words[i]);
  let head = i;
  for (let k = i + 1; k <= i + 3 && k < words.length && words[k].start < end; k++) {
    if (/^(?:as|and|with|to|for|across)$/.test(words[k].lower)) break;
    head = k;
  }
  if (PLACE_NOUNS.has(words[head].lower)) return undefined;
  return creditedToWriter(words, i + 1) ? words[i] : undefined;
}

/** Is `lower` a state word of `family`? "back" is a grade regained ("back into the top band") or custom returned ("asked me back"). */
function inFamily(family: keyof typeof STATE_FAMILIES, lower: string): boolean {
  if (family === 'standing')
    return rankingWord(lower) || STATE_FAMILIES.standing.has(lower) || RANKING_SECONDS.has(lower);
  if (family === 'repeat' && lower === 'back') return true;
  return STATE_FAMILIES[family].has(lower);
}

/**
 * Does a relative clause with its opener left out start at `k`, inside the object of the verb at `i`: a plural
 * party or a pronoun followed by more of its clause ("dashboards people actually use")? "has a new manager" is no clause.
 */
function reducedRelative(tokens: Token[], words: Token[], i: number, k: number): boolean {
  const l = words[k].lower;
  if (k <= i + 1 || partyKindOf(l) !== 'other' || !/s$|^(?:staff|people|everyone)$/.test(l)) return false;
  const next = words[k + 1];
  return next !== undefined && next.start < clauseEnd(tokens, words[k]);
}

/** The reading of each family: the token that closes the cue, or undefined when the frame does not hold. */
const FAMILY_READERS: readonly [
  keyof typeof STATE_FAMILIES,
  (t: Token[], w: Token[], i: number) => Token | undefined,
][] = [
  ['standing', readStanding],
  ['than', readThanEveryPeer],
  ['placing', readPlacing],
  ['regained', readRegained],
  ['passed', readPassed],
  ['repeat', readRepeat],
  ['approved', readApproved],
  ['has', readBetterState],
  ['referred', readReferred],
  ['aligned', readAligned],
  ['graded', readGraded],
  ['granted', readGraded],
];

/**
 * A result told as a party's new standing or state (see the head of this module): a state word of one of
 * the families, read by the frame of its family. Read after every other rule, so it changes no reading
 * above it and only adds a cue where none was found for the word.
 */
/** A family's reader, as FAMILY_READERS lists it. */
type FamilyReader = (typeof FAMILY_READERS)[number];

// The readers of the families a word is in, in FAMILY_READERS' order: the rule is asked of every word it lists, and
// asking a dozen lemma lists on each call cost more than most frames. Bounded as the cue rule memo is (outcomes.ts).
const readersMemo = new Map<string, readonly FamilyReader[]>();
const MAX_MEMO = 50_000;

/** The readers of every family `lower` is in, in order (each frame is tried in turn until one holds). */
function readersOf(lower: string): readonly FamilyReader[] {
  let readers = readersMemo.get(lower);
  if (readers === undefined) {
    readers = FAMILY_READERS.filter(([family]) => inFamily(family, lower));
    if (readersMemo.size >= MAX_MEMO) readersMemo.clear();
    readersMemo.set(lower, readers);
  }
  return readers;
}

export const RESULT_STATE_RULE: CueRule = {
  name: 'result-state',
  lemmas: Object.values(STATE_FAMILIES),
  words: [
    'top-rated',
    'best-rated',
    'highest-rated',
    'top-performing',
    'best-performing',
    'top-ranked',
    'rated',
    'performing',
    'ranked',
    'scoring',
    'selling',
    'reviewed',
  ],
  match({ tokens, words, cues, i, w, lower }) {
    for (const [family, read] of readersOf(lower)) {
      const end = read(tokens, words, i);
      if (end === undefined) continue;
      addCue(
        cues,
        w,
        end.start >= w.start ? end : w,
        family === 'approved' || family === 'repeat' || family === 'granted' || family === 'referred'
          ? 'adoption'
          : 'state',
      );
      return true;
    }
    return false;
  },
};
