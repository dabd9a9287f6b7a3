// Outcomes told by a phrase rather than a change word: trust or a seat won ("earned the respect of the
// nurses"), the go-ahead given ("legal gave us the green light"), a problem ended or brought under
// control ("put an end to the weekly fixes"), a burden spared or got rid of, a record set ("a record
// quarter"), a check passed ("passed the security audit") and a cost trimmed ("trimmed the cloud
// bill", not "trimmed the slide deck"), and a system that came through a strain ("held up through the
// holiday peak", "withstood the launch traffic", "stayed online through the storm").
import type { Token } from '../language/tokenize';
import {
  ADMISSION_BODIES,
  AGREEMENT_NOUNS,
  CLEAR_VERBS,
  CONTROL_VERBS,
  COPULAS,
  END_VERBS,
  ENDURE_VERBS,
  KEEP,
  GO_AHEAD_VERBS,
  PEOPLE_GROUPS,
  PASSED_CHECKS,
  PROBLEM_NOUNS,
  REMOVE_VERBS,
  RAPPORT_COMPOUNDS,
  RAPPORT_NOUNS,
  RAPPORT_VERBS,
  RECORD_RESULTS,
  RECORD_VERBS,
  STRAINS,
  THROUGH_WORDS,
  TRIMMED_MEASURES,
  TRIM_VERBS,
  UP_STATES,
} from '../language/lexicon';
import { addCue, clauseEnd, isQuality, type CueRule } from './outcome-scan';

/** The first word in the clause, within `span` words after `i`, that `test` accepts. */
function ahead(
  tokens: Token[],
  words: Token[],
  i: number,
  span: number,
  test: (k: number) => boolean,
): Token | undefined {
  const end = clauseEnd(tokens, words[i]);
  for (let k = i + 1; k < words.length && k <= i + span && words[k].start < end; k++) if (test(k)) return words[k];
  return undefined;
}

/** "won the trust of the plant managers", "built goodwill with the council", "earned a seat on the committee". */
export const RAPPORT_RULE: CueRule = {
  name: 'rapport',
  lemmas: [RAPPORT_VERBS],
  match({ tokens, words, cues, i, w, lower }) {
    const building = RAPPORT_VERBS.lemmaOf(lower) === 'build' || RAPPORT_VERBS.lemmaOf(lower) === 'establish';
    const noun = ahead(tokens, words, i, 5, (k) => {
      const l = words[k].lower;
      const lemma = RAPPORT_NOUNS.lemmaOf(l);
      if (!lemma || RAPPORT_COMPOUNDS.has(words[k + 1]?.lower ?? '')) return false;
      return !(building && (lemma === 'seat' || lemma === 'spot')); // "built a seat map"
    });
    if (!noun) return false;
    addCue(cues, w, noun, 'recognition');
    return true;
  },
};

/** "got the green light", "gave us the go-ahead": an approval, with a verb of giving or getting before it. */
export const GO_AHEAD_RULE: CueRule = {
  name: 'go-ahead',
  words: ['light', 'ahead'],
  match({ words, cues, i, w, lower, prev }) {
    if (!((lower === 'light' && prev === 'green') || (lower === 'ahead' && prev === 'go'))) return false;
    for (let k = i - 2; k >= 0 && k >= i - 5; k--)
      if (GO_AHEAD_VERBS.has(words[k].lower)) {
        addCue(cues, words[k], w, 'recognition');
        return true;
      }
    return false;
  },
};

/** Owners of a qualification another person passed: "they've all passed their NVQ" (the writer's own is a credential). */
const OTHERS_OWNERS = new Set(['their', 'his', 'her']);
/** A qualification named by its acronym: "NVQ", "AM2", "CSCS" — two capitals, or a capital and a digit. */
const QUALIFICATION_ACRONYM = /^[A-Z][A-Z0-9]*[A-Z0-9]$/;
/** Words after the acronym that make "passed" a hand-over: "passed her CV to the manager". */
const HANDED_ON = new Set(['to', 'on', 'along', 'over', 'around', 'round', 'back']);

/**
 * "trained the apprentices, they've all passed their NVQ", "both passed their AM2 first go": people
 * the writer trained passing a qualification named by its acronym, an outcome like their promotion
 * (RUBRIC-NOTES people). The writer's own ("passed my ACCA") is a credential, not an effect.
 */
function othersQualification(words: Token[], i: number): Token | undefined {
  const owner = words[i + 1];
  const name = words[i + 2];
  if (owner === undefined || name === undefined || !OTHERS_OWNERS.has(owner.lower)) return undefined;
  if (name.text.length > 6 || !QUALIFICATION_ACRONYM.test(name.text)) return undefined;
  return HANDED_ON.has(words[i + 3]?.lower ?? '') ? undefined : name;
}

/** "passed the annual security audit", "we passed the accessibility review"; not "passed the data to …". */
export const PASSED_CHECK_RULE: CueRule = {
  name: 'passed-check',
  words: ['pass', 'passed', 'passes', 'passing'],
  match({ tokens, words, cues, i, w }) {
    let blocked = false;
    const check =
      ahead(tokens, words, i, 5, (k) => {
        const l = words[k].lower;
        if (l === 'to' || l === 'on' || l === 'through' || l === 'along') blocked = true; // handed over, not passed
        return !blocked && PASSED_CHECKS.has(l);
      }) ?? othersQualification(words, i);
    if (!check) return false;
    addCue(cues, w, check, 'recognition');
    return true;
  },
};

/**
 * "Got the farm into the Sustainable Farming Incentive scheme", "got two of our pupils onto the
 * national programme", "got the team into the final": admission others granted (RUBRIC-NOTES approval).
 * "got" reaches "into"/"onto" within five words and the admitting body closes the phrase within five
 * more, in the clause: "got the kids into bed", "got the data into the warehouse" name no scheme.
 */
export const ADMITTED_RULE: CueRule = {
  name: 'admitted',
  words: ['got', 'get', 'gets', 'getting'],
  match({ tokens, words, cues, i, w }) {
    const into = ahead(tokens, words, i, 5, (k) => words[k].lower === 'into' || words[k].lower === 'onto');
    if (into === undefined) return false;
    const body = ahead(tokens, words, words.indexOf(into), 5, (k) => ADMISSION_BODIES.has(words[k].lower));
    if (body === undefined) return false;
    addCue(cues, w, body, 'recognition');
    return true;
  },
};

/** Marks before "a record" that set it beside a result already told: "3.4M page views, a record for the site". */
const APPOSITION_MARKS = new Set([',', '—', '–', ';', '(']);

/**
 * "a record" standing as a verdict on what came before: in apposition ("…, a record for the site",
 * "— a new record") or after a copula ("which was a record"); not "kept a record for each patient".
 */
function recordAsVerdict(tokens: Token[], words: Token[], i: number): boolean {
  let k = i - 1;
  if (words[k]?.lower === 'new') k--;
  if (words[k]?.lower !== 'a' || k < 1) return false;
  const next = words[i + 1]?.lower;
  if (next === 'of' || (next !== undefined && next !== 'for' && words[i + 1].start < clauseEnd(tokens, words[i])))
    return false;
  if (COPULAS.has(words[k - 1].lower)) return true;
  const a = words[k];
  const mark = tokens.findLast((t) => t.end <= a.start);
  return (
    mark !== undefined && mark.kind === 'symbol' && APPOSITION_MARKS.has(mark.text) && mark.start > words[k - 1].start
  );
}

/** "Complaints were at an all-time high", "incidents hit a record high": a trouble at its peak is the problem, not a result. */
function troubleAtHigh(words: Token[], i: number): boolean {
  const level = words[i + 1]?.lower;
  if (level !== 'high' && level !== 'highs') return false;
  return words.slice(Math.max(0, i - 6), i).some((x) => PROBLEM_NOUNS.has(x.lower));
}

/**
 * "a record quarter", "record sales", "set a record for sign-ups", "3.4M page views, a record for the
 * site", "an all-time high"; not "kept records", "record the calls", "kept a record for each patient".
 */
export const RECORD_RULE: CueRule = {
  name: 'record',
  words: ['record', 'time'],
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    // "an all-time high": the tokenizer splits the hyphen.
    if (lower === 'time') {
      if (prev !== 'all' || next === undefined || !RECORD_RESULTS.has(next) || troubleAtHigh(words, i)) return false;
      addCue(cues, w, words[i + 1], 'recognition');
      return true;
    }
    if (troubleAtHigh(words, i)) return false;
    const result = next !== undefined && RECORD_RESULTS.has(next) && prev !== 'medical' && prev !== 'of';
    const set = (prev === 'a' || prev === 'the') && i >= 2 && RECORD_VERBS.has(words[i - 2].lower);
    if (!result && !set && !recordAsVerdict(tokens, words, i)) return false;
    addCue(cues, w, result ? words[i + 1] : w, 'recognition');
    return true;
  },
};

/** "trimmed the cloud bill", "pared back overtime spending", "reined in runaway spending"; not "trimmed the deck". */
export const TRIM_RULE: CueRule = {
  name: 'trim',
  lemmas: [TRIM_VERBS],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (TRIM_VERBS.lemmaOf(lower) === 'rein' && next !== 'in') return false;
    const measure = ahead(tokens, words, i, 6, (k) => {
      const l = words[k].lower;
      return TRIMMED_MEASURES.has(l) || PROBLEM_NOUNS.has(l) || isQuality(l);
    });
    if (!measure) return false;
    addCue(cues, w, measure, 'change');
    return true;
  },
};

/** "put an end to the manual fixes", "the firefighting came to an end", "put a stop to weekend deploys". */
export const ENDED_RULE: CueRule = {
  name: 'ended',
  words: ['end', 'stop'],
  match({ words, cues, i, w, lower, prev }) {
    if (prev !== (lower === 'end' ? 'an' : 'a') || i < 2) return false;
    const verb = words[i - 2].lower === 'to' ? words[i - 3] : words[i - 2];
    // A stop is put to a thing; "came to a stop" is a stall.
    if (!verb || !END_VERBS.has(verb.lower) || (lower === 'stop' && END_VERBS.lemmaOf(verb.lower) !== 'put'))
      return false;
    addCue(cues, verb, w, 'effect');
    return true;
  },
};

/** "brought the support queue under control", "costs were finally under control". */
export const UNDER_CONTROL_RULE: CueRule = {
  name: 'under-control',
  words: ['control'],
  match({ words, cues, i, w, prev }) {
    if (prev !== 'under') return false;
    for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
      const l = words[k].lower;
      if (CONTROL_VERBS.has(l) || COPULAS.has(l)) {
        // From "under", so a negation before it ("was not under control") is read as one.
        addCue(cues, words[i - 1], w, 'effect');
        return true;
      }
    }
    return false;
  },
};

/** "spared the on-call engineers the manual restarts", "got rid of the approval step", "rid the warehouse of paper". */
export const SPARED_RULE: CueRule = {
  name: 'spared',
  words: ['spared', 'sparing', 'rid', 'ridding'],
  match({ words, cues, i, w, lower, prev, next }) {
    if (lower === 'spared' || lower === 'sparing') {
      if (next === 'no' || (lower === 'sparing' && (prev === 'a' || prev === 'the'))) return false; // "spared no expense"
    } else if (!(prev === 'got' || prev === 'get' || prev === 'gets' || prev === 'getting')) {
      if (!words.slice(i + 1, i + 6).some((x) => x.lower === 'of')) return false;
    }
    addCue(cues, w, w, 'effect');
    return true;
  },
};

/** Forms of "take" that can take work off someone: "took the resets off our queue". */
const TAKE_FORMS = new Set(['took', 'takes', 'taken', 'taking']);
/** Possessives after "off" that make it someone's load: "off our queue", "off their desks". */
const LOAD_OWNERS = new Set(['our', 'their', 'my', 'his', 'her', 'your']);
/** Objects of "take … off" that are time away, not work: "took the day off", "took time off". */
const TIME_AWAY = new Set(['day', 'days', 'time', 'week', 'weeks', 'afternoon', 'morning', 'leave']);

/** People a load comes off: a plural group ("the nurses") or a team; not "the board" (a task board). */
const peopleOffLoaded = (lower: string) =>
  PEOPLE_GROUPS.has(lower) && (lower.endsWith('s') || lower === 'team' || lower === 'staff' || lower === 'crew');

/**
 * "which took the resets off our queue", "took a lot of invoices off AP": work taken off a team's
 * load, an effect for the team. What follows "off" must be someone's (a possessive, a listed group,
 * or an acronym like AP or HR); "took the cover off the boiler" and "took the day off" are not read.
 */
export const TAKEN_OFF_RULE: CueRule = {
  name: 'taken-off',
  words: [...TAKE_FORMS],
  match({ tokens, words, cues, i, w, prev }) {
    if (prev === 'to') return false; // "to take the load off the team": a purpose, not done
    const end = clauseEnd(tokens, w);
    for (let k = i + 2; k < words.length && k <= i + 6 && words[k].start < end; k++) {
      if (words[k].lower !== 'off') continue;
      if (words.slice(i + 1, k).some((x) => TIME_AWAY.has(x.lower))) return false;
      const owner = words[k + 1];
      if (owner === undefined || owner.start >= end) return false;
      const someones =
        LOAD_OWNERS.has(owner.lower) ||
        /^[A-Z]{2,4}$/.test(owner.text) ||
        (owner.lower === 'the' && words.slice(k + 2, k + 4).some((x) => x.start < end && peopleOffLoaded(x.lower)));
      if (!someones) return false;
      addCue(cues, w, owner, 'effect');
      return true;
    }
    return false;
  },
};

/** Does a strain follow within the clause, `span` words after `i`? */
function strainAhead(tokens: Token[], words: Token[], i: number, span: number): Token | undefined {
  return ahead(tokens, words, i, span, (k) => STRAINS.has(words[k].lower));
}

/** "held up through the holiday peak", "withstood the launch-day traffic", "survived the failover drill". */
export const ENDURED_RULE: CueRule = {
  name: 'endured',
  lemmas: [ENDURE_VERBS],
  words: ['held', 'holds'],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (lower === 'held' || lower === 'holds') {
      // "held up through the peak"; not "held up the release", "held a review".
      const after = words[i + 2]?.lower;
      if (next !== 'up' || !(after === undefined || THROUGH_WORDS.has(after) || after === 'well')) return false;
      addCue(cues, w, words[i + 1], 'effect');
      return true;
    }
    const strain = strainAhead(tokens, words, i, 5);
    if (!strain) return false;
    addCue(cues, w, strain, 'effect');
    return true;
  },
};

/** "both sites stayed online through the storm", "kept the catalog up during the supplier's outages". */
export const STAYED_UP_RULE: CueRule = {
  name: 'stayed-up',
  words: [...UP_STATES],
  match({ tokens, words, cues, i, w }) {
    if (!THROUGH_WORDS.has(words[i + 1]?.lower ?? '') || !strainAhead(tokens, words, i, 5)) return false;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const l = words[k].lower;
      if (l === 'stayed' || l === 'stays' || l === 'remained' || KEEP.has(l)) {
        addCue(cues, words[k], w, 'effect');
        return true;
      }
    }
    return false;
  },
};

/** "removed the need for manual reconciliation", "ended the need to re-key orders". */
export const NEED_REMOVED_RULE: CueRule = {
  name: 'need-removed',
  words: ['need'],
  match({ words, cues, i, w, prev }) {
    const verb = words[i - 2];
    if (prev !== 'the' || verb === undefined || !REMOVE_VERBS.has(verb.lower)) return false;
    addCue(cues, verb, w, 'effect');
    return true;
  },
};

/** "cleared a backlog of overdue invoices", "burned down the bug backlog"; not "triaged the backlog". */
export const BACKLOG_CLEARED_RULE: CueRule = {
  name: 'backlog-cleared',
  lemmas: [CLEAR_VERBS],
  match({ tokens, words, cues, i, w, lower, next }) {
    if (CLEAR_VERBS.lemmaOf(lower) === 'burn' && next !== 'down' && next !== 'through') return false;
    const backlog = ahead(tokens, words, i, 5, (k) => words[k].lower === 'backlog' || words[k].lower === 'backlogs');
    if (!backlog) return false;
    addCue(cues, w, backlog, 'effect');
    return true;
  },
};

/** Verbs that win agreement: "secured buy-in", "got sign-off from legal", "won the backing of". */
const isAgreementVerb = (lower: string) => GO_AHEAD_VERBS.has(lower) || RAPPORT_VERBS.has(lower);

/** Prepositions before the verb that make the agreement a topic: "learned a lot about getting buy-in", "better at securing sign-off". */
const TOPIC_LEADS = new Set(['about', 'at', 'on', 'of', 'in']);
/** Verbs that win "an agreement" (a document one only gets or receives): "secured an SFI agreement", "won agreement". */
const AGREEMENT_WINNERS = new Set(['secure', 'win', 'earn']);

/**
 * Agreement won, told by a noun ("secured buy-in from the department heads", "secured an SFI agreement
 * for the holding"); not asked for or needed, nor a lesson's topic ("learned about getting agreement").
 */
export const AGREEMENT_WON_RULE: CueRule = {
  name: 'agreement-won',
  words: ['in', 'off'],
  lemmas: [AGREEMENT_NOUNS],
  match({ tokens, words, cues, i, w, lower, prev }) {
    const pair = lower === 'in' || lower === 'off';
    if (pair ? !AGREEMENT_NOUNS.has(`${prev}-${lower}`) : !AGREEMENT_NOUNS.has(lower)) return false;
    const first = pair ? i - 1 : i;
    const agreement = AGREEMENT_NOUNS.lemmaOf(lower) === 'agreement';
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
      if (clauseEnd(tokens, words[k]) < words[first].start) return false;
      if (isAgreementVerb(words[k].lower)) {
        if (words[k - 1]?.lower === 'to') return false; // "tried to get buy-in": an attempt
        if (TOPIC_LEADS.has(words[k - 1]?.lower ?? '')) return false;
        const verb = GO_AHEAD_VERBS.lemmaOf(words[k].lower) ?? RAPPORT_VERBS.lemmaOf(words[k].lower) ?? '';
        if (agreement && !AGREEMENT_WINNERS.has(verb)) return false;
        addCue(cues, words[k], w, 'adoption');
        return true;
      }
    }
    return false;
  },
};
