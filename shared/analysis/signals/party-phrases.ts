// A party to the work, found by what its words are rather than by a typed-out phrase: a noun phrase whose
// head is a people role held in another group (a lemma of PARTY_NOUNS, PARTNER_ROLES or PARTY_ROLES: "the
// transport planners", "the practice educators", "two other heads of year", "the head of editorial", "the
// billing team", "the registrars' lead" beside the writer), standing in a frame that makes it a party to the writer's work:
// after "with" ("went through it with the microbiology consultants"), as the object of a verb of dealing with
// people ("walked the head of nursing through it"), after "to" following a verb of putting a case ("proposed
// quotas to the five team leads"), beside the writer ("the finance controller and I"), or opening a clause as
// the subject of what only people do ("the category buyers wanted …"). The writer's own title and chain ("as
// head of maths", "my lead", "our manager") and groups that only contain people ("a ward with four nurses")
// are no party. Shared by the cross-functional and influence finders.
import {
  AS_OPENER,
  CLAUSE_OPENER_CORE,
  CONCESSIVE_SUBORDINATORS,
  clauseOpeners,
  lemmaSet,
} from '../rules/language/lexicon';
import { isMonthWord } from '../rules/language/lexicon';
import { FUNCTION_NOUNS, ORGANISATION_NOUNS, PARTNER_ROLES, PARTY_NOUNS, PARTY_ROLES } from './signal-lexicon';
import { span, word, type Cue, type SentenceView } from './sentence-view';

/** A party phrase: tokens `first`..`last`, its head at `head`, and the frame that made it a party. */
export interface PartyPhrase {
  first: number;
  head: number;
  last: number;
  frame: 'with' | 'object' | 'to' | 'beside-writer' | 'subject';
}

// Product users and the writer's own side are never a party, whatever list holds them.
const NEVER_PARTY = /^(?:clients?|customers?|users?|owners?|founders?|leadership|management|teams?|team's)$/;
// Heads that name a group, a party only with a modifier that says which ("the billing team", "both teams").
const GROUP_HEAD = /^(?:teams?|boards?|committees?|councils?|panels?|unions?)$/;
// Modifiers that never say which group: the writer's own or any group at all.
const NOT_WHICH = /^(?:the|a|an|my|our|this|that|these|those|same|whole|entire|own|new|small|full|core|project|scrum)$/;
// Words that may stand inside a party phrase before its head (determiners, counts, possessives, modifiers).
const DETERMINER =
  /^(?:the|a|an|their|his|her|its|both|other|another|each|every|all|several|two|three|four|five|six|seven|eight|nine|ten|our|my)$/;
// Words that end a phrase on the left: prepositions, conjunctions, pronouns, auxiliaries and common verbs.
const LEFT_EDGE =
  /^(?:with|to|for|from|by|at|in|on|of|into|onto|through|about|over|under|past|and|or|but|so|because|since|when|while|after|before|until|if|that|which|who|i|we|you|they|he|she|it|me|us|them|him|was|were|is|are|be|been|had|has|have|do|did|does|not|then|also|as)$/;
// A people head that is also a verb ("lead the project", "head back"): a noun only before these.
const NOUN_AFTER =
  /^(?:of|and|or|to|who|that|agreed|wanted|asked|said|had|has|was|were|would|could|did|approved|signed|picked|chose|accepted|adopted|now|then|also|at|in|on|for|from|with|about|through|on|,|\.|;|:|—|–|\)|'s)$/;

// What only people do, as the verb of a party subject.
const PARTY_ACTS = lemmaSet('signal-party-acts', [
  'agree',
  'want',
  'ask',
  'require',
  'insist',
  'approve',
  'sign',
  'disagree',
  'object',
  'refuse',
  'reject',
  'pick',
  'choose',
  'accept',
  'adopt',
  'suggest',
  'propose',
  'complain',
  'tell',
  'say',
  'lend',
  'worry',
  'demand',
  'request',
  'prefer',
  'decide',
  'veto',
  'expect',
  'flag',
  'warn',
  'offer',
  'push',
  'threaten',
  'promise',
]);
// Dealing with people: the verbs whose object is a party ("walked the head of nursing through it").
export const DEALS_WITH = lemmaSet('signal-deals-with-people', [
  'walk',
  'show',
  'ask',
  'meet',
  'brief',
  'tell',
  'email',
  'call',
  'phone',
  'ping',
  'convince',
  'persuade',
  'train',
  'interview',
  'consult',
  'involve',
  'invite',
  'visit',
  'lobby',
  'remind',
  'warn',
  'coach',
  'reassure',
  'survey',
  'shadow',
]);
// Putting a case or a thing in front of someone: the verbs before "to <party>".
const PUTS_TO = lemmaSet('signal-puts-to-people', [
  'propose',
  'present',
  'pitch',
  'explain',
  'escalate',
  'report',
  'send',
  'show',
  'give',
  'bring',
  'take',
  'hand',
  'suggest',
  'recommend',
  'forward',
  'submit',
  'raise',
  'demo',
  'sell',
  'write',
  'talk',
  'speak',
  'introduce',
  'circulate',
]);
// Groups that contain people, before "with": "a ward with four nurses", "a team with two analysts".
const CONTAINER =
  /^(?:ward|wards|team|teams|unit|units|shift|shifts|department|squad|group|office|clinic|company|crew|room|bay|floor|store|class|school|site|practice|firm|startup|org|organi[sz]ation|project|programme|program)$/;
// Units that name no function: "head of department", "lead of the team".
const GENERIC_UNIT =
  /^(?:department|dept|school|unit|team|ward|section|faculty|year|site|service|division|group|office)$/;
// Adverbs that may stand between a party subject and its verb.
const ADVERB =
  /^(?:also|then|finally|still|now|first|eventually|quickly|never|only|even|both|all|initially|later|soon)$/;

/** The token at k heads a people role (not a product user, not a verb use of "lead"/"head"). */
function peopleHead(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t?.kind !== 'word') return false;
  const w = t.lower;
  if (GROUP_HEAD.test(w)) return true;
  if (NEVER_PARTY.test(w)) return false;
  if (!(PARTY_ROLES.has(w) || PARTNER_ROLES.has(w) || PARTY_NOUNS.has(w))) return false;
  // "the route planner", "the query planner", "the task scheduler": software named like a role.
  if (
    /^(?:planners?|schedulers?)$/.test(w) &&
    /^(?:route|journey|trip|query|task|job|motion|path|meal)$/.test(word(v, k - 1))
  )
    return false;
  // "partnered", "leading": verb forms the lemma lookup let through.
  if (/(?:ed|ing)$/.test(w) && !/^(?:lead|head)/.test(w)) return false;
  // "the product lead", "both leads": as often the writer's own chain as a partner's, and the other finders
  // already read the partner forms ("X's lead", "other leads"); a lead is a party here only beside the writer.
  if (/^(?:lead|leads)$/.test(w) && !/^(?:and)$/.test(word(v, k + 1))) return false;
  if (/^(?:lead|leads|head|heads)$/.test(w)) {
    const next = word(v, k + 1);
    if (!NOUN_AFTER.test(next) && next !== '') return false;
    // "head" alone is a body part or a verb; a person only as "head of X" or "deputy / department head".
    if (
      /^heads?$/.test(w) &&
      next !== 'of' &&
      !/^(?:deputy|department|section|practice|school|team)$/.test(word(v, k - 1))
    )
      return false;
  }
  return true;
}

/** The first token of the phrase headed at k, walking left over determiners and modifiers. */
export function phraseStart(v: SentenceView, k: number): number {
  let i = k;
  while (i - 1 >= 0 && k - (i - 1) <= 5) {
    const t = v.tokens[i - 1];
    if (t.kind === 'symbol') {
      // "the trust-and-safety reviewers", "the team's lead": hyphens and possessive marks stay inside.
      if (t.text === '-' || t.text === "'" || t.text === '’') {
        i--;
        continue;
      }
      break;
    }
    // An acronym ("the IT trainers", "their QA lead") is a modifier even when it spells a pronoun.
    const acronym = t.text.length > 1 && t.text === t.text.toUpperCase();
    if (!acronym && LEFT_EDGE.test(t.lower) && !DETERMINER.test(t.lower)) break;
    // A past or present participle ending the run is a verb ("walked the head …"), not a modifier.
    if (/(?:ed|ing)$/.test(t.lower) && !DETERMINER.test(word(v, i - 2)) && !/'s$/.test(word(v, i - 2))) break;
    i--;
    if (
      DETERMINER.test(t.lower) &&
      !/^(?:both|other|two|three|four|five|six|seven|eight|nine|ten|all|several)$/.test(t.lower)
    )
      break;
  }
  return i;
}

/** The last token of the phrase headed at k: "head of data engineering", "VP of product". */
function phraseEnd(v: SentenceView, k: number): number {
  if (word(v, k + 1) !== 'of') return k;
  let j = k + 2;
  if (/^(?:the|our)$/.test(word(v, j))) j++;
  let end = k;
  while (
    j < v.tokens.length &&
    j <= k + 4 &&
    v.tokens[j].kind === 'word' &&
    !LEFT_EDGE.test(word(v, j)) &&
    !PARTY_ACTS.has(word(v, j)) &&
    !DEALS_WITH.has(word(v, j)) &&
    !/ed$/.test(word(v, j)) &&
    !(j > k + 2 && DETERMINER.test(word(v, j)))
  )
    end = j++;
  return end;
}

/** The writer's own title or chain: "as head of maths", "my lead", "I'm the team lead", "I manage the …". */
export function writersOwn(v: SentenceView, first: number): boolean {
  const at = word(v, first);
  if (at === 'my') return true;
  if (
    at === 'our' &&
    /^(?:lead|leads|manager|managers|head|director|supervisor|chief|team|teams)$/.test(word(v, first + 1))
  )
    return true;
  // "our checkout team" is the writer's own; "our legal team", "our finance partners" are another function.
  if (at === 'our' && !FUNCTION_NOUNS.has(word(v, first + 1))) return true;
  const before = v.tokens
    .slice(Math.max(0, first - 4), first)
    .map((t) => t.lower)
    .join(' ');
  return /\b(?:as|i'm|i am|i was|became|promoted to|appointed|hired as|joined as|work as|worked as)(?: (?:the|a|an|acting|interim))?$/.test(
    before,
  );
}

/** Words after which a party phrase opens a new clause: "because legal asked …", "if finance …". */
const PARTY_CLAUSE_OPENERS = clauseOpeners('party-clause-openers', [
  CLAUSE_OPENER_CORE,
  AS_OPENER,
  CONCESSIVE_SUBORDINATORS,
  ['if'],
]);

export function clauseOpens(v: SentenceView, first: number): boolean {
  if (first === 0) return true;
  const prev = v.tokens[first - 1];
  if (prev.kind === 'symbol')
    return /^[-–—,;:*•(]$/.test(prev.text) || v.tokens.slice(0, first).every((t) => t.kind === 'symbol');
  return PARTY_CLAUSE_OPENERS.has(prev.lower);
}

/** The frame that makes the phrase first..last a party, or undefined. */
export function frameOf(v: SentenceView, first: number, head: number, last: number): PartyPhrase['frame'] | undefined {
  const before = word(v, first - 1);
  const after = word(v, last + 1);
  if (
    (after === 'and' && /^(?:i|me)$/.test(word(v, last + 2))) ||
    (before === 'and' && /^(?:i|me)$/.test(word(v, first - 2)))
  )
    return 'beside-writer';
  if (before === 'with') return CONTAINER.test(word(v, first - 2)) ? undefined : 'with';
  if (before && v.tokens[first - 1].kind === 'word' && DEALS_WITH.has(before) && !/ing$/.test(before)) return 'object';
  if (before === 'to' || before === 'past') {
    for (let i = first - 2; i >= 0 && i >= first - 10; i--) {
      const t = v.tokens[i];
      if (t.kind === 'symbol' && t.text !== ',' && t.text !== '-') break;
      if (t.kind === 'word' && PUTS_TO.has(t.lower) && !/ing$/.test(t.lower)) return 'to';
    }
  }
  if (clauseOpens(v, first)) {
    let j = last + 1;
    while (ADVERB.test(word(v, j))) j++;
    const verb = word(v, j);
    if (
      /^(?:was|were)$/.test(verb) &&
      /^(?:against|happy|fine|keen|worried|unhappy|reluctant|sceptical|skeptical|opposed)$/.test(word(v, j + 1))
    )
      return 'subject';
    if (/^(?:did|do|does|would|could|will)$/.test(verb) && /^(?:not|n't)$/.test(word(v, j + 1))) {
      if (PARTY_ACTS.has(word(v, j + 2)) || /^(?:like|want|accept|agree)$/.test(word(v, j + 2))) return 'subject';
    }
    if (v.tokens[j]?.kind === 'word' && PARTY_ACTS.has(verb) && !/ing$/.test(verb)) return 'subject';
    if (/^(?:had|has)$/.test(verb) && word(v, j + 1) === 'to') return undefined;
  }
  return undefined;
}

/** Does the phrase first..head name which group or role it is, beyond a bare "the team" or "the lead"? */
function namesWhich(v: SentenceView, first: number, head: number, last: number): boolean {
  // "the head of department", "head of the unit": a role named by a unit that says no function is the writer's own chain.
  const mods = v.tokens.slice(first, head).filter((t) => t.kind === 'word');
  const another = mods.some((t) => /^(?:other|another)$/.test(t.lower));
  if (last > head) {
    const complement = v.tokens.slice(head + 2, last + 1).filter((t) => t.lower !== 'the');
    return another || complement.length > 1 || !GENERIC_UNIT.test(complement[0]?.lower ?? '');
  }
  const w = word(v, head);
  if (GROUP_HEAD.test(w)) return mods.some((t) => !NOT_WHICH.test(t.lower));
  // "both managers", "two directors" may be the writer's own and another's: a chain role needs a word saying whose.
  if (/^(?:leads?|heads?|managers?|directors?|owners?)$/.test(w))
    return another || mods.some((t) => !NOT_WHICH.test(t.lower) && !DETERMINER.test(t.lower));
  return true;
}

// Seven finders ask for a sentence's parties (party-agreements.ts and the cross-functional finder):
// found once per sentence view, not once per finder.
const partiesByView = new WeakMap<SentenceView, readonly PartyPhrase[]>();

/** Every party phrase in the sentence standing in a frame that makes it a party to the work. */
export function partiesIn(v: SentenceView): readonly PartyPhrase[] {
  let parties = partiesByView.get(v);
  if (!parties) {
    parties = findParties(v);
    partiesByView.set(v, parties);
  }
  return parties;
}

// A title before a person's name: "Mr Okafor", "Dr Weber".
const TITLE = /^(?:mr|mrs|ms|miss|dr|prof|sister|nurse|coach)$/;
// Units a person comes "from" that name another group only with a word saying which: "the exams office", "customer
// service", "the practice education team".
const UNIT_HEAD =
  /^(?:teams?|department|dept|office|desk|unit|ops|operations|services?|side|group|board|centre|center|lab|warehouse|division|committee)$/;
// Words that are never a person's name though capitalised mid-sentence.
const NOT_A_NAME =
  /^(?:i|the|a|an|our|their|my|we|it|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|god)$/;

/**
 * A person named by the group they come from: "Malik from support ops", "Mr Okafor from the exams office", "Tomasz from
 * the customer's warehouse", "a nurse from the discharge team". The name (capitalised, after a title or mid-sentence) or
 * people role at k, then "from" and a group: a function ("from legal", "from finance"), an organisation, or a unit
 * named by which ("the exams office", "customer service"). The writer's own group ("from my team", "from our office")
 * is no party. Returns the phrase's first and last token, or undefined.
 */
function personFromGroup(v: SentenceView, k: number): { first: number; last: number } | undefined {
  const t = v.tokens[k];
  if (t?.kind !== 'word' || word(v, k + 1) !== 'from') return undefined;
  const named = /^[A-Z][a-z]+$/.test(t.text) && !NOT_A_NAME.test(t.lower) && !isMonthWord(t.lower);
  if (!named && !peopleHead(v, k)) return undefined;
  // A name opening the sentence may be any capitalised word; one after a title or inside the sentence is a name.
  let first = k;
  if (TITLE.test(word(v, k - 1))) first = k - 1;
  else if (named && k === 0) return undefined;
  if (!named) first = phraseStart(v, k);
  let j = k + 2;
  if (/^(?:my|our)$/.test(word(v, j)) && !FUNCTION_NOUNS.has(word(v, j + 1))) return undefined;
  if (/^(?:the|our|their|his|her|its)$/.test(word(v, j)) || /'s$/.test(word(v, j))) j++;
  if (/'s$/.test(word(v, j))) j++;
  // The group's head: the last of up to three words before a word that ends the phrase. A group named by its
  // initials right after "from" ("Gareth from IT", "Priya from HR", "a nurse from ICU") is one, even "IT".
  let last = j === k + 2 && /^[A-Z]{2,5}$/.test(v.tokens[j]?.text ?? '') ? j : -1;
  for (
    let i = j;
    i < v.tokens.length && i <= j + 3 && v.tokens[i].kind === 'word' && !LEFT_EDGE.test(word(v, i));
    i++
  ) {
    const w = word(v, i);
    if (FUNCTION_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || (UNIT_HEAD.test(w) && i > k + 2)) last = i;
  }
  if (last < 0) return undefined;
  // A unit needs a word saying which ("the exams office"), not just "the office".
  if (UNIT_HEAD.test(word(v, last)) && !FUNCTION_NOUNS.has(word(v, last)) && last === j) return undefined;
  return { first, last };
}

function findParties(v: SentenceView): PartyPhrase[] {
  const out: PartyPhrase[] = [];
  for (let k = 0; k < v.tokens.length; k++) {
    const from = personFromGroup(v, k);
    if (from) {
      const frame = frameOf(v, from.first, k, from.last);
      if (frame) {
        out.push({ first: from.first, head: k, last: from.last, frame });
        continue;
      }
    }
    // A department beside the writer: "Finance and I agreed …", "me and legal".
    if (FUNCTION_NOUNS.has(word(v, k)) && frameOf(v, k, k, k) === 'beside-writer') {
      out.push({ first: k, head: k, last: k, frame: 'beside-writer' });
      continue;
    }
    if (!peopleHead(v, k)) continue;
    // The head of a compound is its last role word: "team leads", "product lead".
    if (peopleHead(v, k + 1) && word(v, k + 1) !== 'of') continue;
    const first = phraseStart(v, k);
    const last = phraseEnd(v, k);
    if (writersOwn(v, first) || !namesWhich(v, first, k, last)) continue;
    const frame = frameOf(v, first, k, last);
    if (frame) out.push({ first, head: k, last, frame });
  }
  return out;
}

/** The cross-functional finder: the first party to the work the sentence names. */
export function partyToTheWork(v: SentenceView): Cue | undefined {
  const p = partiesIn(v)[0];
  return p ? span(v, p.first, p.last) : undefined;
}

/**
 * Every party phrase opening a clause, whatever verb follows it ("the cards team had a freeze and could not test"):
 * the token index of its last word. party-limits.ts reads what the party could not do; a verb of people is not
 * required there, since an inability is told with any verb.
 */
export function clauseOpeningParties(v: SentenceView): number[] {
  const out: number[] = [];
  for (let k = 0; k < v.tokens.length; k++) {
    if (!peopleHead(v, k)) continue;
    if (peopleHead(v, k + 1) && word(v, k + 1) !== 'of') continue;
    const first = phraseStart(v, k);
    const last = phraseEnd(v, k);
    if (writersOwn(v, first) || !namesWhich(v, first, k, last) || !clauseOpens(v, first)) continue;
    out.push(last);
  }
  return out;
}
