// Influence told across two sentences (RUBRIC.md: "proposed to others", "showed evidence to persuade", "others
// agreed/adopted/approved"): the writer's side of the case in sentence k and the decision in sentence k+1. One frame
// of two halves:
//  - the first half: the writer's case read alone (any influence shape), evidence put to a party ("I kept a tally of
//    pick rates and showed him the numbers"), or a request or a thing put to a party ("I asked the staffing office for
//    a protected night slot", "We asked the council to move the bin collection", "I proposed a shorter form to the
//    quality team", "I showed him a week of our scale readings");
//  - the second half, opening sentence k+1 after an optional lead of time or of how long it took ("Two weeks later",
//    "After two meetings", "By June", "In the end"): the party as the subject — a pronoun ("they", "she"), the first
//    half's party by the same head word ("the staffing office"), or a role or team — deciding: a verb of assent
//    ("agreed", "accepted it", "have approved", "signed it off", "said yes", "came round", "okayed") or of a change of
//    course ("dropped the request", "moved it to Thursdays", also after a first act: "She kept the club and moved it");
//  - or the writer's side settling with the party ("We agreed on a split", "In the end we settled on one late shift")
//    after the writer's case, evidence, or the other side's want or objection ("She pushed back, because …").
// A request alone ("I asked the landlord for the spare keys") is no case: it reads as one only with its grant by the
// party asked, and then both sentences show influence; the grant must be a decision, so "He gave them to me on Monday"
// stays unread. A routine agreed ("They agreed to meet on Tuesday", "We agreed to send it every week"), the writer's
// own side or the people served as the party ("I asked the team to …", "The patients agreed") are no grant.
// The partner is not carried to the second half: "A month later they agreed" after "I asked the pharmacy …" showed
// cross-functional on no spent writer's labels (three writers' false marks rose when it was, session 38).
// Session 38 (signals) widened the two frames of sessions 18 and 22 (the outcome after a sentence of influence, the
// change of course after evidence) into this one, from signal-twostep-s38.json's tuning half and the ladder of
// one-step-off variants in signal-twostep-s38.test.ts.
import { readableText } from './sentence-view';
import { showsEvidence } from './evidence-shown';
import { isParty } from './influence-shapes';
import { sideOpposed } from './settled-compromises';
import { ASSENT_VERBS, ORGANISATION_NOUNS, PLACE_ORGANISATION_NOUNS } from './signal-lexicon';
import type { SentenceSignal, SignalId } from './signal-ids';

// A party's phrase: a determiner, up to four words and a head word (one group holds the words, the next the head).
const PARTY = String.raw`(?:the|our|their|his|her|a|an|both|[\w-]+['’]s)\s+((?:[\w'’-]+\s+){0,4}?)([\w-]+)`;
// A request put to a party: "asked/pressed/lobbied <party> for … / to …", "wrote to/went to <party> asking …", and a
// proposal taken to one: "proposed/suggested/pitched/put <thing> to <party>".
const ASKED = new RegExp(
  String.raw`\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|first\s+|finally\s+)?(?:have\s+|had\s+)?(?:(?:asked|pressed|pushed|lobbied|petitioned|begged|urged|requested)\s+${PARTY}\s+(?:for|to)\b|(?:wrote|went|appealed|applied)\s+to\s+${PARTY}\s+(?:for|to|asking|and\s+asked)\b|(?:proposed|suggested|pitched|put|took|brought|submitted)\s+(?:[\w'’-]+\s+){1,6}?to\s+${PARTY}\b|(?:showed|sent|gave|handed|emailed|brought)\s+(him|her|them|${PARTY})\s+(?:the|a|an|my|our|some|two|three|\d+)\b)`,
  'i',
);
// The writer's own side, and people the work serves: asking them is no case put to a decider.
const OWN_SIDE = /^(?:team|teams|group|squad|colleagues?|staff|crew|we|everyone)$/i;
const SERVED =
  /^(?:customers?|users?|patients?|pupils?|students?|residents?|callers?|members?|families|parents?|shoppers?|kids|children|public)$/i;

/** A noun that names a party a case can be put to: a role, a function, an organisation. */
const partyNoun = (w: string): boolean => isParty(w) || ORGANISATION_NOUNS.has(w) || PLACE_ORGANISATION_NOUNS.has(w);

/**
 * The head word of a party phrase: "the quality team" → "quality", "the staffing office" → "office", "the head of
 * estates" → "head" (the word before "of" heads the phrase).
 */
function partyHead(words: string, head: string): string | undefined {
  const all = `${words} ${head}`.trim().toLowerCase().split(/\s+/);
  const of = all.indexOf('of');
  const phrase = of > 0 ? all.slice(0, of) : all;
  const h = phrase[phrase.length - 1].replace(/['’]s?$/, '');
  const last = phrase.length > 1 ? phrase[phrase.length - 2] : '';
  const w = OWN_SIDE.test(h) ? last : h;
  return w && !OWN_SIDE.test(w) && !SERVED.test(w) && partyNoun(w) ? w : undefined;
}

// Stems of ASKED's verbs: most sentences hold none, and this test is far cheaper than ASKED's alternations.
const REQUEST_VERB_STEMS =
  /asked|press|push|lobb|petition|begg|urged|request|wrote|went|appeal|appl|propos|suggest|pitch|put|took|brought|submit|showed|sent|gave|handed|emailed/i;

/** The party a request of the writer's is put to (its head word), or undefined. */
export function requestedParty(raw: string): string | undefined {
  const text = readableText(raw);
  if (!REQUEST_VERB_STEMS.test(text)) return undefined;
  const m = ASKED.exec(text);
  if (!m) return undefined;
  // A thing shown or sent to a pronoun ("I showed him a week of our scale readings"): the party is whoever it stands for.
  if (m[7] && /^(?:him|her|them)$/i.test(m[7])) return m[7].toLowerCase();
  const words = m[1] ?? m[3] ?? m[5] ?? m[8] ?? '';
  const head = m[2] ?? m[4] ?? m[6] ?? m[9] ?? '';
  return partyHead(words, head);
}

// How the sentence opens before its subject: a time passed, the rounds it took, an adverb of the end.
const LEAD = String.raw`(?:(?:(?:a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|\d+|some)\s+(?:days?|weeks?|months?|hours?|meetings?)\s+later|after\s+(?:a|one|two|three|four|a\s+few|a\s+couple\s+of|some|\d+|the|that|this|a\s+long)\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:in|by)\s+(?:the\s+end|(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|(?:monday|tuesday|wednesday|thursday|friday)|the\s+(?:next|following)\s+(?:day|week|month|meeting))|the\s+(?:next|following)\s+(?:day|week|month|morning|meeting)|eventually|finally|then|later|soon|in\s+the\s+end|at\s+last|within\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?))\s*,?\s+)?`;
const LEAD_OPENS = new RegExp(String.raw`^\W*${LEAD}`, 'i');
// A pronoun subject; a party phrase is a determiner and up to four words, its head the last.
const PRONOUN_SUBJECT = /^(?:they|she|he|both\s+of\s+them|everyone)$/i;
const DETERMINER = /^(?:the|their|our|his|her|both|[\w-]+['’]s)$/i;
// Between the subject and its verb: an adverb, or a first act the decision follows ("kept the club and moved it").
const BETWEEN =
  /^(?:(?:\w+ly|then|finally|eventually|soon|also|both)\s+)?(?:(?:had|have|has)\s+)?(?:(?:kept|looked\s+at|read|checked|tested|tried|heard|saw|took)\s+(?:[\w'’-]+\s+){0,5}?and\s+)?/i;
// A change of course or a grant put in words an assent verb's lemma does not hold.
const COURSE =
  /^(?:said\s+yes|gave\s+(?:us|me|it|them)\s+(?:the\s+|a\s+)?(?:go-?ahead|green\s+light|ok(?:ay)?|nod)|signed\s+(?:it\s+|them\s+|that\s+)?off|ok(?:ay)?(?:ed|'d)|came\s+(?:round|around)|gave\s+in|relented|backed\s+(?:it|us|me|the)|let\s+(?:us|me)|granted|allowed|dropped|reversed|withdrew|delayed|postponed|cancell?ed|paused|relaxed|raised|lowered|extended|moved|changed|switched|reprioriti[sz]ed|scrapped|shelved)\b/i;
// A routine agreed or accepted: a meeting, a look, a call; the case not decided.
const ROUTINE = /^\s*to\s+(?:meet|talk|discuss|review|look|think|consider|call|chat|come|join|read|see|speak)\b/i;

interface Grant {
  /** The subject's head word, lower case: a pronoun or the party's noun. */
  subject: string;
}

/** Where the verb phrase of a decision opening `rest` ends; undefined when `rest` opens with none. */
function decisionEnd(rest: string): number | undefined {
  const between = BETWEEN.exec(rest)?.[0] ?? '';
  const after = rest.slice(between.length);
  const course = COURSE.exec(after);
  if (course) return between.length + course[0].length;
  const verb = /^[a-z]+/i.exec(after)?.[0];
  return verb && ASSENT_VERBS.has(verb.toLowerCase()) && /(?:ed|lit)$/i.test(verb)
    ? between.length + verb.length
    : undefined;
}

// The writer's side and the party settling together: "We agreed on a split", "we settled on contract tests", "we agreed
// to run it three full weeks".
const WE_SETTLED =
  /^we\s+(?:\w+ly\s+|then\s+|finally\s+|eventually\s+|both\s+|all\s+)?(?:settled\s+(?:on|at|for)|compromised\s+on|landed\s+on|met\s+(?:in\s+the\s+middle|halfway)|split\s+the\s+difference|agreed(?:\s+(?:on|to|that))?|came\s+to\s+an?\s+(?:agreement|compromise)|reached\s+an?\s+(?:agreement|compromise|deal))\b/i;
// A routine settled: a meeting on a cadence, a call, a time to talk.
const ROUTINE_SETTLED =
  /^[^.;]{0,50}\b(?:meet|meeting|meetings|sync|call|catch\s+up|check-?in|talk|speak|review\s+it|revisit|reconvene|follow\s+up|stand-?up)\b|^[^.;]{0,60}\b(?:every\s+(?:other\s+|two\s+)?(?:day|week|month|sprint)|weekly|fortnightly|monthly|daily)\b/i;

/** The party's decision opening the sentence (see above), or undefined. */
export function grantOpens(raw: string): Grant | undefined {
  const text = readableText(raw);
  const lead = LEAD_OPENS.exec(text)?.[0] ?? '';
  const settled = WE_SETTLED.exec(text.slice(lead.length));
  if (settled) return ROUTINE_SETTLED.test(text.slice(lead.length + settled[0].length)) ? undefined : { subject: 'we' };
  const words = text.slice(lead.length).split(/\s+/).slice(0, 6);
  for (let n = 1; n <= 5 && n < words.length; n++) {
    const subject = words.slice(0, n).map((w) => w.toLowerCase());
    const single = n === 1 && PRONOUN_SUBJECT.test(subject[0]);
    const phrase = n > 1 && DETERMINER.test(subject[0]) && !/[,;:.]$/.test(subject.slice(0, -1).join(''));
    const pronounPair = n === 3 && PRONOUN_SUBJECT.test(subject.join(' '));
    if (!single && !phrase && !pronounPair) continue;
    const rest = text.slice(lead.length).replace(/^\s*/, '').split(/\s+/).slice(n).join(' ');
    const end = decisionEnd(rest);
    if (end === undefined) continue;
    if (ROUTINE.test(rest.slice(end))) return undefined;
    if (single || pronounPair) return { subject: subject[0] };
    const head = subject[n - 1].replace(/['’]s?$/, '');
    // "The team agreed": the writer's own side deciding is no party moved; "the product team" is named by its function.
    const word = OWN_SIDE.test(head) && n > 2 ? subject[n - 2] : head;
    // "Both teams agreed", "both managers agreed": the two sides the writer brought together.
    if (subject[0] === 'both' && n === 2) return { subject: 'both' };
    if (OWN_SIDE.test(word) || SERVED.test(word) || !partyNoun(word)) return undefined;
    return { subject: word };
  }
  return undefined;
}

const PRONOUNS: Record<string, string> = { them: 'they', him: 'he', her: 'she' };

/** The second half's subject takes up the first half's party: a pronoun, or the same head word. */
function sameParty(party: string | undefined, subject: string): boolean {
  if (/^(?:they|she|he|both|everyone)$/.test(subject))
    return party === undefined || !PRONOUNS[party] || PRONOUNS[party] === subject || subject === 'they';
  return party === undefined || party === subject || party.replace(/s$/, '') === subject.replace(/s$/, '');
}

/**
 * The signals the two-sentence frame gives (see above): influence to the second half, and to the first when it was a
 * request or evidence the sentence alone does not read as a case. `seen[i]`: what sentence i shows alone.
 */
export function caseThenDecision(texts: readonly string[], seen: readonly ReadonlySet<SignalId>[]): SentenceSignal[] {
  const out: SentenceSignal[] = [];
  for (let i = 1; i < texts.length; i++) {
    const grant = grantOpens(texts[i]);
    if (!grant) continue;
    const before = seen[i - 1].has('influence');
    // "We agreed on …" after the writer's case, or after the other side's want or objection: a compromise reached.
    if (grant.subject === 'we') {
      if (seen[i].has('influence')) continue;
      if (before || showsEvidence(texts[i - 1]) || sideOpposed(readableText(texts[i - 1])))
        out.push({ index: i, id: 'influence' });
      continue;
    }
    const evidence = !before && showsEvidence(texts[i - 1]);
    const requested = before || evidence ? undefined : requestedParty(texts[i - 1]);
    if (!before && !evidence && !requested) continue;
    // After a request, the grant must come from the party asked (a pronoun or its own name).
    if (requested && !sameParty(requested, grant.subject)) continue;
    if (!before) out.push({ index: i - 1, id: 'influence' });
    if (!seen[i].has('influence')) out.push({ index: i, id: 'influence' });
  }
  return out;
}
