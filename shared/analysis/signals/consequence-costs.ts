// Trade-off (RUBRIC.md: "an accepted cost") told by a consequence verb: what an option meant, cost, added or carried.
// One frame, two halves read apart:
// - WHO CHOSE: the writer's act before ", which meant" / ", and that meant" / "; it added" / ", meaning" ("We split the
//   deliveries over two vans, which meant …", "So I rewrote the timetable …, which meant …"), a subject-less bullet's
//   past verb, another party's act with a verb of choosing ("They picked the cheaper route, which adds a day"); or the
//   option itself as a gerund opening the sentence ("Moving the fridge meant re-running the fire checks, so I left
//   it", "Running both paths for two more months meant doubling the on-call load").
// - WHAT IT COST, read by its head rather than by a phrase: a gerund of a burden (a lemma of BURDEN_VERBS, or any
//   verb redone: "re-running", "retesting"), an amount of time or money ("about three months of work", "a week of PE",
//   "~10 days", "£400"), a multiple ("twice the on-call load", "2x the load"), a head noun of a cost ("a breakdown
//   risk", "an extra driver's wages", "longer waits"), or a clause whose subject lost, waited or slipped ("the
//   training slipped to June", "we had to …"). A lack ("no fallback") is a cost only before ", so I/we …", since
//   "which meant no overtime" is as often a gain.
// What it does not take: a consequence of an event or a problem ("The delay meant patients waited", "The storm meant
// we lost power": no chooser and no gerund option), a gain ("which meant everyone could sit together"), a meaning
// ("meant a lot to the team"), a question ("what re-running the checks would mean"), a price told alone ("The fire
// checks cost £300"), repair work as the gerund ("Fixing the leak cost us two days", NOT_GERUND), and a gerund of a
// way of living ("Working nights meant I slept …": a clause with no loss in it).
// Also read: a second copy to keep up ("which meant two code paths for a while"), something that came later ("which
// meant letters went out later"), a thing lost ("cost us the demonstration lessons"), work doubled ("Keeping two cases
// doubled the monthly update work"), both sides weighed ("less data for reports but more feedback"), and ", even if it
// meant" as the link.
// Session 39 (signals): subsumes accepted-costs.ts's ", which meant" + a cost and costs-accepted.ts's gerund + a cost.
import { lemmaSet } from '../rules/language/lexicon';
import { CHOICE_VERBS, DECISION_VERBS, MAKING_VERBS, TIME_UNITS } from './signal-lexicon';
import type { Cue, Finder, SentenceView } from './sentence-view';
import { NOT_GERUND } from './costs-accepted';

/** Verbs whose object is what an option brought with it. */
const CONSEQUENCE =
  /\b(?:(?:would|will|could|might)\s+(?:also\s+)?(?:have\s+)?)?(?:meant|means|mean|meaning|cost|costs|costing|added|adds|adding|carried|carries|carrying|involved|involves|required|requires|entailed|entails|doubled|doubles|tripled|triples)\b/gi;

/** Verbs whose gerund names a burden taken on: a delay, a loss, a payment, something given up or done twice. */
const BURDEN_VERBS = lemmaSet('signal-burden-verbs', [
  'delay',
  'postpone',
  'defer',
  'pause',
  'cancel',
  'lose',
  'drop',
  'skip',
  'pay',
  'wait',
  'miss',
  'risk',
  'shut',
  'sacrifice',
  'forgo',
  'abandon',
  'suspend',
  'double',
  'hire',
  'shelve',
]);
/** Burden verbs that need their particle: "pushing back", "giving up", "letting go of", "turning away". */
const PHRASAL_BURDEN =
  /^(?:pushing\s+(?:back|out)|giving\s+up|letting\s+go|turning\s+away|putting\s+off|holding\s+back)\b/i;
/** Gerunds that are a burden only with a second copy: "running both paths", "keeping two systems". */
const TWICE_GERUND =
  /^(?:running|keeping|maintaining|supporting|paying\s+for|staffing)\s+(?:both|two|three|a\s+second|the\s+old\s+and|parallel)\b/i;
/** Head nouns that name a cost. */
const COST_NOUNS = lemmaSet(
  'signal-cost-nouns',
  [
    'risk',
    'delay',
    'downtime',
    'overtime',
    'wait',
    'backlog',
    'loss',
    'fine',
    'penalty',
    'overhead',
    'surcharge',
    'wage',
    'fee',
    'bill',
    'outage',
    'rework',
    'workload',
  ],
  [],
  { nouns: true },
);
/** Verbs of a thing lost or put off, as the verb of a clause after the consequence: "the training slipped". */
const DELAY_CLAUSE =
  /^(?:(?:I|we|they)\s+(?:had\s+to|couldn't|could\s+not|lost|would\s+lose|gave\s+up|missed|waited)|(?:the|our|my|their|two|three|some)\s+(?:[\w'-]+\s+){0,3}?(?:slipped|was\s+delayed|were\s+delayed|was\s+pushed\s+back|were\s+pushed\s+back|was\s+postponed|were\s+postponed|was\s+cancelled|were\s+cancelled|waited|had\s+to\s+wait|lost|went\s+out\s+later|moved\s+back))\b/i;
/** An amount: a count of time units ("about three months", "a week", "~10 days") or money ("£400"). */
const AMOUNT =
  /^(?:(?:about|around|roughly|nearly|almost|over|at\s+least|another|an\s+extra|a\s+further|up\s+to)\s+|~\s*)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half\s+a|a\s+couple\s+of|a\s+few|\d+(?:[.,]\d+)?)\s+(?:(?:extra|more|additional|further|full|whole)\s+)?([a-z]+)|[£$€]\s?\d[\d,.]*\s*[km]?)\b/i;
/** A multiple of a load: "twice the on-call load", "2x the work", "double the checks". */
const MULTIPLE = /^(?:twice|double|triple|three\s+times|\d+\s*(?:x|×)|\d+x)\s+(?:the|our|as\s+much)\b/i;
/** Verbs redone, whose gerund without a hyphen names the work done twice ("retesting", "redoing"). */
const REDONE_VERBS = lemmaSet('signal-redone-verbs', [
  'redo',
  'retest',
  'rerun',
  'rebuild',
  'retrain',
  'rewrite',
  'recheck',
  'reprint',
  'resubmit',
  'relabel',
  'recertify',
  'redesign',
  'replan',
  'rework',
  'reroute',
  'reinstall',
  'rescan',
]);
/** A gerund of work redone: any verb after a hyphened "re-", or a verb of REDONE_VERBS. */
const redone = (g: string) => /^re-[a-z]{2,}ing$/.test(g) || REDONE_VERBS.has(g);
// Words that stop the search for a cost noun's head: a preposition, a conjunction, a verb of the clause.
const HEAD_STOP = /^(?:of|for|to|at|in|on|and|but|so|or|with|from|until|because|was|were|is|are|had|has|could|would)$/i;
// Before a cost noun, a gain: "meant less overtime", "meant no wait", "meant shorter waits".
const GAIN_BEFORE = /^(?:less|lower|shorter|fewer|no|smaller|cheaper|reduced)$/i;
// After a cost noun, a clause whose subject it is: "meant the wait was shorter" (a state, not a cost taken on).
const SUBJECT_AFTER =
  /^\s+(?:was|were|is|are|fell|dropped|went|got|became|stayed|halved|shrank|disappeared|stopped)\b/i;

/** The end of a noun phrase whose head is a cost noun ("a breakdown risk", "an extra driver's wages"), or -1. */
function costNounEnd(rest: string): number {
  const words = [...rest.matchAll(/[\w'’-]+/g)].slice(0, 5);
  for (const w of words) {
    const lower = w[0].toLowerCase().replace(/['’]s$/, '');
    if (HEAD_STOP.test(lower) || GAIN_BEFORE.test(lower)) return -1;
    if (!COST_NOUNS.has(lower)) continue;
    const end = w.index + w[0].length;
    return SUBJECT_AFTER.test(rest.slice(end)) ? -1 : end;
  }
  return -1;
}
/** A second copy to keep up: "two code paths for a while", "one more tool to maintain", "two payment flows to test". */
const SECOND_COPY =
  /^(?:one\s+more|another|a\s+second|an\s+extra|two|three|double|twice\s+the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:to\s+(?:maintain|test|run|support|keep|update|manage|pay\s+for|review|monitor|own|look\s+after)|for\s+a\s+while|in\s+parallel)\b/i;
/** Something that now came later or slower: "letters went out later", "the release shipped late". */
const LATER_CLAUSE =
  /^(?:(?:the|our|my|their|some|most)\s+)?(?:[\w'-]+\s+){0,3}?(?:went|came|arrived|ran|finished|started|shipped|got\s+\w+)\s+(?:out\s+|back\s+|in\s+|home\s+)?(?:later|late|slower)\b/i;
/** What doubling or tripling makes a cost of: work, time, money. */
const DOUBLED_WORK =
  /^(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:work|workload|effort|time|costs?|bill|spend|load|maintenance|admin|paperwork|hours)\b/i;
/** Both sides weighed after the consequence: "less data for reports but more feedback for pupils". */
const LESS_BUT_MORE = /^(?:less|fewer|lower|slower)\s+[^.;]{1,50}?\bbut\s+(?:more|better|higher|faster|fewer|less)\b/i;
// The older readers' cost forms, kept in their old scope (see consequenceCost).
const GERUND_MORE = /^\s*(?:more|extra|another|a\s+second|two|double)\b/i;
const GERUND_COST =
  /^\s*(?:us|me|the\s+\w+|about|around|an?\s+extra|\d|£|\$|€|to\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:work|workload|effort|time|costs?|bill|spend|load|maintenance|admin|paperwork|hours)\b)/i;
const CHOOSER_LESS = /^\s*(?:[^.;]{0,40}?\b(?:later|slower|longer|less|fewer|lower|worse)\b|no\s+longer\b)/i;
/** A lack, a cost only when the chooser's act follows: "meant no fallback for the sale, so we ran both". */
const LACK_THEN_CHOICE = /^no\s+[^.;]{1,60}?,?\s+so\s+(?:I|we)\s+\w+/i;
/** Words after a burden gerund that turn it into a gain: "meant paying less", "meant waiting fewer days". */
const GAIN_AFTER = /^\s*(?:less|fewer|lower|nothing|no)\b/i;

/**
 * The cost read at `at` in the text: where it ends (-1 when none), and whether it is time alone ("added a week to the
 * plan"), which after a making verb is the effort of a step, not a price (see the head of this module for the forms).
 */
function costAt(text: string, at: number, verb: string): { end: number; workTime: boolean } {
  const found = costEnd(text, at, verb);
  return { end: found === -1 ? -1 : Math.abs(found), workTime: found < -1 };
}

/** The end of the cost read at `at`, -1 when none, or minus the end when the cost is time alone. */
function costEnd(text: string, at: number, verb: string): number {
  if (/^(?:doubl|tripl)/i.test(verb)) {
    const work = DOUBLED_WORK.exec(text.slice(at).trimStart());
    return work ? text.length - text.slice(at).trimStart().length + work[0].length : -1;
  }
  // "cost us the demonstration lessons": the one who paid, then the thing lost.
  const lost = /^\s*(?:us|me|them)\s+(?:the|our|my|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+/i.exec(text.slice(at));
  if (/^cost/i.test(verb) && lost) return at + lost[0].length;
  let rest = text.slice(at).replace(/^\s*(?:that\s+)?/, '');
  let offset = text.length - text.slice(at).length + (text.slice(at).length - rest.length);
  // "cost us a week", "cost the block a day": the one who paid, then the cost.
  const payer =
    /^(?:us|me|them|him|her|the\s+[\w-]+|our\s+[\w-]+|each\s+[\w-]+)\s+(?=a\b|an\b|about|around|~|\d|£|\$|€|one|two|three|four|five|six|seven|eight|nine|ten|half|twice|double)/i.exec(
      rest,
    );
  if (payer) {
    offset += payer[0].length;
    rest = rest.slice(payer[0].length);
  }
  const end = (n: number) => offset + n;
  const gerund = /^(?:to\s+)?([a-z]+ing|re-?[a-z]+ing|re\s*-\s*[a-z]+ing)\b/i.exec(rest);
  if (gerund) {
    const g = gerund[1].toLowerCase().replace(/\s*-\s*/, '-');
    const after = rest.slice(gerund[0].length);
    if (PHRASAL_BURDEN.test(rest) || TWICE_GERUND.test(rest)) return end(gerund[0].length);
    if ((BURDEN_VERBS.has(g) || redone(g)) && !NOT_GERUND.test(g) && !GAIN_AFTER.test(after))
      return end(gerund[0].length);
  }
  // The non-native infinitive: "meant to pay second driver".
  const infinitive = /^to\s+([a-z]+)\b/i.exec(rest);
  if (infinitive && BURDEN_VERBS.has(infinitive[1].toLowerCase()) && !GAIN_AFTER.test(rest.slice(infinitive[0].length)))
    return end(infinitive[0].length);
  const amount = AMOUNT.exec(rest);
  if (
    amount &&
    (!amount[1] ||
      TIME_UNITS.has(amount[1].toLowerCase()) ||
      /^(?:term|shift|weekend|night|morning|afternoon)s?$/i.test(amount[1]))
  ) {
    // Time alone ("added a week to the plan"), not money and not time of something lost ("a week of PE").
    const timeAlone = !!amount[1] && !/^\s+of\b/i.test(rest.slice(amount[0].length));
    return timeAlone ? -end(amount[0].length) : end(amount[0].length);
  }
  const multiple = MULTIPLE.exec(rest);
  if (multiple) return end(multiple[0].length);
  for (const shape of [SECOND_COPY, DELAY_CLAUSE, LATER_CLAUSE, LESS_BUT_MORE]) {
    const m = shape.exec(rest);
    if (m) return end(m[0].length);
  }
  const lack = LACK_THEN_CHOICE.exec(rest);
  if (lack) return end(lack[0].length);
  const noun = costNounEnd(rest);
  return noun < 0 ? -1 : end(noun);
}

// Openers before the chooser's subject: "So I …", "In the end we …", "For a month I …".
const OPENER = String.raw`(?:(?:so|then|and|but|instead|eventually|finally|first|in\s+the\s+end|after\s+that|for\s+(?:a|one|two|three|the)\s+[\w-]+)\s*,?\s+)?`;
/** The writer (or a party with a verb of choosing) acting in the clause before the relative consequence. */
const WRITER_ACT = new RegExp(String.raw`^\W*${OPENER}(?:I|we)\b`, 'i');
const PARTY_ACT =
  /^\W*(?:they|he|she|[A-Z][a-z]+|(?:the|our|my)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:\w+ly\s+|then\s+|also\s+)?([a-z]+)\b/;
const BULLET_ACT = /^\W*[A-Z]?[a-z]+ed\b/;
/** What links the chooser's clause to the consequence: ", which", ", and that", "; it", " which" (non-native). */
const LINK_BEFORE = /(?:[,;—–]\s*(?:and\s+|even\s+(?:if|though)\s+)?(?:which|that|this|it)|\s+which)\s+$/i;

/** Whoever chose, before the consequence verb at `at`: the writer, a subject-less bullet, a party choosing. */
function chooserBefore(text: string, at: number, verb: string, workTime: boolean): boolean {
  const before = text.slice(0, at);
  if (!/^meaning$/i.test(verb) && !LINK_BEFORE.test(before)) return false;
  // "I wrote it in the first week, which added a week to the plan": time spent making a thing is the effort of a
  // step, not the price of an option.
  const verbAfter = new RegExp(
    String.raw`^\W*${OPENER}(?:(?:I|we)\s+)?(?:\w+ly\s+|then\s+|also\s+)?([a-z]+)`,
    'i',
  ).exec(before);
  if (workTime && verbAfter && MAKING_VERBS.has(verbAfter[1].toLowerCase())) return false;
  if (WRITER_ACT.test(before) || BULLET_ACT.test(before)) return true;
  const party = PARTY_ACT.exec(before);
  return !!party && (CHOICE_VERBS.has(party[1]) || DECISION_VERBS.has(party[1]));
}

// "What re-running the checks would mean": a consequence asked about, not told.
const ASKED = /\b(?:what|how\s+much|whether|(?<!\beven\s)if)\b[^.;,]{0,60}$/i;
/** The option as a gerund opening the sentence (after an opener), before the consequence verb at `at`. */
function gerundOptionBefore(text: string, at: number): number {
  const m = new RegExp(String.raw`^\W*${OPENER}([A-Za-z]+ing)\b[^.;:]{0,90}$`, 'i').exec(text.slice(0, at));
  if (!m || NOT_GERUND.test(m[1])) return -1;
  return m.index + m[0].indexOf(m[1]);
}

/** A cost told with a consequence verb, and who chose it (see the head of this module). */
export const consequenceCost: Finder = (v: SentenceView): Cue | undefined => {
  if (
    !/\b(?:mean|meant|means|meaning|cost|costs|costing|add|added|adds|adding|carr|involv|requir|entail|doubl|tripl)/i.test(
      v.text,
    )
  )
    return undefined;
  for (const m of v.text.matchAll(CONSEQUENCE)) {
    const verb = m[0].split(/\s+/).pop()!;
    if (ASKED.test(v.text.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const cost = costAt(v.text, at, verb);
    let end = cost.end;
    const option = gerundOptionBefore(v.text, m.index);
    const meant = /^mean/i.test(verb);
    // Carried over from the rules this module subsumed, in their old scope: after a gerund option, "meant" + more of
    // something ("Adding the check meant more calls"); after the writer's act, "meant" + a comparative or "no longer".
    const carried = (option >= 0 ? (meant ? GERUND_MORE : GERUND_COST) : meant ? CHOOSER_LESS : undefined)?.exec(
      v.text.slice(at),
    );
    if (end < 0 && carried) end = at + carried[0].length;
    if (end < 0) continue;
    if (option >= 0) return { start: option, end };
    if (chooserBefore(v.text, m.index, verb, cost.workTime)) return { start: 0, end };
  }
  return undefined;
};

// Session 40 (signals): the same cost read after a verb of taking it on rather than a consequence verb: "I moved the
// night drops to one van, accepting later deliveries for the outer villages", "We kept the sets and accepted more
// planning work", "…, putting up with the security warnings until …", "we accept more planning for each teacher".
// Accepting, tolerating, living with, putting up with and swallowing are choices in themselves: the writer taking the
// cost on ("I/we accepted …") or the participle or "and" after an act ("…, accepting …", "… and accepted …"), never
// another party named as the one who accepts ("and Maria accepted losing the deposit" is her call). What tells a cost
// from an offer taken ("accepted the job offer", "accepted twelve new patients", "accepted my apology") is the
// object's head: a cost as consequenceCost reads it, or a comparative of what the work gives ("later deliveries", "a
// lower payout", "fewer features", "less sleep", "more planning work"). The verbs of enduring (tolerate, put up with,
// live with) make any thing their object a cost, but not a person ("lived with my parents").
const TAKE_ON =
  /(?:^|[,;:—–(]\s*|\s(?:and|but|so)\s+|\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|just\s+)?)(?:(?:accept|accepted|accepts|accepting)|(?:tolerat(?:e|ed|es|ing)|liv(?:e|ed|es|ing)\s+with|put(?:s|ting)?\s+up\s+with|swallow(?:ed|ing|s)?|absorb(?:ed|ing|s)?))\s+/gi;
/** A comparative naming what the work now gives less of, or worse: "later deliveries", "a lower payout", "less sleep". */
const LESS_OF =
  /^(?:an?\s+|the\s+|some\s+)?(?:much\s+|slightly\s+|somewhat\s+|a\s+bit\s+|far\s+)?(?:later|slower|longer|lower|smaller|thinner|fewer|less|worse|poorer|weaker|broken|reduced)\s+(?:[\w-]+\s+){0,2}?[\w-]+/i;
/** More of something, a cost only when its head is a burden: "more planning work", "extra admin", not "more patients". */
const MORE_OF =
  /^(?:an?\s+|the\s+|some\s+)?(?:more|extra|additional|higher|bigger|heavier|double)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i;
/** Heads that make "more" or "extra" a burden taken on. */
const BURDEN_NOUNS = lemmaSet(
  'signal-burden-nouns',
  [
    'work',
    'workload',
    'admin',
    'paperwork',
    'planning',
    'hour',
    'cost',
    'risk',
    'noise',
    'load',
    'effort',
    'typing',
    'driving',
    'travel',
    'entry',
    'maintenance',
    'spend',
    'toil',
    'debt',
    'cleanup',
  ],
  [],
  { nouns: true },
);
/** The end of a comparative cost at the start of `rest` (see LESS_OF and MORE_OF), or -1. */
function comparativeCostEnd(rest: string): number {
  const less = LESS_OF.exec(rest);
  if (less) return less[0].length;
  const more = MORE_OF.exec(rest);
  if (!more) return -1;
  const words = more[1].toLowerCase().split(/\s+/);
  return words.some((w) => BURDEN_NOUNS.has(w) || COST_NOUNS.has(w)) ? more[0].length : -1;
}
/** A thing the enduring verbs take, not a person: "the security warnings", "the noise", "double entry". */
const ENDURED_THING =
  /^(?!(?:my|his|her|their|our)\s+(?:parents?|family|mum|mother|dad|father|wife|husband|partner|kids|children|son|daughter|in-laws|friends?)\b|(?:him|her|them|me|us|it)\b)(?:the\s+|a\s+|an\s+|some\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?[\w-]+/i;

/** A cost taken on with a verb of accepting or enduring (see above). */
export const costTakenOn: Finder = (v: SentenceView): Cue | undefined => {
  if (!/\b(?:accept|tolerat|liv(?:e|ed|es|ing)\s+with|put(?:s|ting)?\s+up\s+with|swallow|absorb)/i.test(v.text))
    return undefined;
  for (const m of v.text.matchAll(TAKE_ON)) {
    const at = m.index + m[0].length;
    const rest = v.text.slice(at);
    const enduring = !/accept/i.test(m[0]);
    // Swallowing and absorbing take only a cost head ("absorbed the extra hours"), never any thing.
    // Any thing endured is a cost only when the enduring hangs on an act ("We pinned the old version, putting up with
    // the warnings"); as a main verb it reads a condition lived in ("The team tolerated the noise from the site").
    const loose = enduring && !/swallow|absorb/i.test(m[0]) && /^\s*(?:[,;:—–(]|and\b|but\b|so\b)/i.test(m[0]);
    const comparative = comparativeCostEnd(rest);
    let end = comparative < 0 ? -1 : at + comparative;
    if (end < 0) {
      const cost = costEnd(v.text, at, 'accept');
      if (cost !== -1) end = Math.abs(cost);
    }
    if (end < 0 && loose) {
      const thing = ENDURED_THING.exec(rest);
      if (thing) end = at + thing[0].length;
    }
    if (end < 0) continue;
    // The one who takes the cost on acts in the sentence: a subject before the verb, or an act the participle hangs
    // on ("I moved the drops to one van, accepting …"); a sentence that opens on the verb is a bullet or a gerund.
    return { start: m.index, end };
  }
  return undefined;
};
