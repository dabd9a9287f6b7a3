// Constraint (RUBRIC.md: "a real limit the work had to respect", a rule set by someone else) told as a party's or a
// rule's demand with no verb of telling, read by its frame rather than by its words: a SUBJECT that is another party
// or the instrument it rules by, a PREDICATE of saying, demanding or forbidding, and a BOUND on the work after it.
// - the subject opens a clause and ends on a party head (a function, an organisation, a people role, a client or
//   customer: "Legal", "the ambulance service", "the wedding planner") or on a rule instrument ("the Bank of Spain
//   rules", "our contract with the acquiring bank", "the trust's infection policy", "the law");
// - the predicate: what an instrument says ("says", "states", "specifies"), a demand ("asked that", "requires",
//   "insisted on", "wanted", "expects"), or a prohibition ("would not let", "did not allow", "forbids", "only allows");
// - the bound: an obligation or a prohibition ("must", "can not", "may not", "needs"), every case in scope ("every
//   refusal", "no employee data"), or a time or an amount the work may not pass ("within a minute", "four-hour
//   response", "before 6 in the morning", "no more than nine hours").
// What a bound each predicate needs follows how firmly it binds: a prohibition or a mandate ("insisted that", "asked
// that") binds by itself; a requirement binds with a scope, a limit or an obligation; a request ("asked for", "asked us
// to") with a scope or a prohibition; a wish ("wanted", "needed", "expected") only over every case, each within a time
// or an amount ("Support wanted every ticket tagged within a minute"; "the guests wanted a vegetarian option" is a wish); what
// a rule says binds with an obligation or a limit ("The rules say nothing about weekends" is no limit). A person's
// "said" is left to the telling frame (reported-limits.ts), which needs both an obligation and a scope. Session 36
// folded party-requirements.ts (a party "insisted that", "asked for every …") into this frame; session 37 read a
// requirement with a that-clause ("requires that …") as a mandate.
// The writer's own side ("my manager", "our team") is no other party.
import { lemmaSet } from '../rules/language/lexicon';
import { FUNCTION_NOUNS, ORGANISATION_NOUNS, PARTNER_ROLES, PARTY_NOUNS, PARTY_ROLES } from './signal-lexicon';
import { word, type Cue, type Finder, type SentenceView } from './sentence-view';

/** What a party rules by: its rules, contract, policy, terms. */
const INSTRUMENTS = lemmaSet(
  'signal-rule-instruments',
  [
    'rule',
    'law',
    'policy',
    'contract',
    'agreement',
    'term',
    'regulation',
    'guideline',
    'guidance',
    'sla',
    'licence',
    'license',
    'standard',
    'protocol',
    'directive',
    'statute',
    'charter',
    'code',
    'framework',
    'legislation',
  ],
  [],
  { nouns: true },
);

/** People who set demands on work done for them, beyond the party lists: the client, the customer, the parents. */
const DEMANDERS = lemmaSet('signal-demanders', ['client', 'customer', 'parent', 'family', 'buyer', 'landlord'], [], {
  nouns: true,
});

/** Heads that name an outside body only after a word saying which: "the ambulance service", "the exam board". */
const BODY_HEAD = /^(?:service|services|board|office|department|desk|unit|team|agency|authority|ops|side)$/;

// Words that end a subject phrase on the left: a clause opens after them.
const CLAUSE_EDGE =
  /^(?:because|since|as|and|but|so|that|when|while|although|though|if|which|where|then|also|after|before|until|once)$/;
// Words that never stand inside a subject phrase: pronouns, auxiliaries, verbs of the writer.
const NOT_IN_SUBJECT =
  /^(?:i|we|you|he|she|they|it|me|us|them|was|were|is|are|be|been|had|has|have|do|did|does|would|could|should|will|not|to|my)$/;
// Prepositions that may follow an instrument inside its phrase: "the contract with the bank", "the rules of the board".
const POST_MODIFIER = /^(?:with|of|between|from|for|on)$/;

type Kind = 'instrument' | 'party';

/** The subject phrase ending just before token j, when it opens a clause and heads on a party or an instrument. */
function subjectBefore(v: SentenceView, j: number): Kind | undefined {
  let b = j - 1;
  // Walk left over the phrase's words (and the hyphens inside them: "the night-time rules").
  while (b >= 0 && j - b <= 10) {
    const t = v.tokens[b];
    if (t.kind === 'symbol' ? t.text !== '-' : CLAUSE_EDGE.test(t.lower)) break;
    if (NOT_IN_SUBJECT.test(t.lower)) return undefined;
    b--;
  }
  const first = b + 1;
  if (first >= j || v.tokens[first].kind !== 'word') return undefined;
  // The phrase runs to a clause edge: the sentence's start, a comma, a colon, a dash, or a clause opener.
  if (b >= 0 && v.tokens[b].kind === 'symbol' && !/^[,;:—–(*•]$/.test(v.tokens[b].text)) return undefined;
  if (b >= 0 && v.tokens[b].kind === 'word' && !CLAUSE_EDGE.test(word(v, b))) return undefined;
  // The head: the last word, or the word before a post-modifier ("our contract with the acquiring bank").
  const heads = [j - 1];
  for (let k = first + 1; k < j - 1; k++) if (POST_MODIFIER.test(word(v, k))) heads.push(k - 1);
  // An instrument rules whoever holds it ("our contract with the bank"); a party must be another than the writer's.
  if (heads.some((h) => INSTRUMENTS.has(word(v, h)) && !/(?:ed|ing)$/.test(word(v, h)))) return 'instrument';
  if (word(v, first) === 'our' && !FUNCTION_NOUNS.has(word(v, first + 1))) return undefined;
  for (const h of heads) {
    const w = word(v, h);
    if (v.tokens[h].kind !== 'word') continue;
    if (FUNCTION_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || DEMANDERS.has(w)) return 'party';
    if ((PARTY_ROLES.has(w) || PARTNER_ROLES.has(w) || PARTY_NOUNS.has(w)) && !/^(?:team|teams)$/.test(w))
      return 'party';
    if (
      BODY_HEAD.test(w) &&
      h > first &&
      v.tokens[h - 1].kind === 'word' &&
      !/^(?:the|a|our|their)$/.test(word(v, h - 1))
    )
      return 'party';
  }
  return undefined;
}

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a\s+few)`;
const UNIT = String.raw`(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|shifts?|calls?|rings?)`;
/** A time or an amount each case may not pass: "within a minute", "four-hour response", "before 6", "at most 40". */
const CASE_LIMIT = String.raw`\bwithin\s+(?:the\s+(?:hour|day|week|month|shift)|${NUMBER}\s+(?:working\s+|business\s+|calendar\s+)?${UNIT})|\b${NUMBER}-(?:second|minute|hour|day|week|month)\b|\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:\d|noon|midnight)|\b(?:no|not)\s+(?:more|longer|later|fewer|less)\s+than\b|\b(?:at\s+(?:most|least)|a\s+maximum\s+of|a\s+minimum\s+of|up\s+to)\s+${NUMBER}\b|\bmore\s+than\s+${NUMBER}\s+${UNIT}`;
/** A date on the calendar the work must meet: "by June", "before the end of the month". */
const DATE_LIMIT = String.raw`\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+end\s+of|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`;
const PER_CASE = new RegExp(CASE_LIMIT, 'i');
const LIMIT = new RegExp(`${CASE_LIMIT}|${DATE_LIMIT}`, 'i');
/** An obligation or a prohibition. */
const OBLIGATION =
  /\b(?:must|has\s+to|have\s+to|had\s+to|needs?\s+to|needed\s+to|needs|can\s*not|cannot|can't|could\s*not|couldn't|may\s+(?:not|only)|can\s+only|could\s+only|only\s+(?:be|if|when|after)|(?:is|are|was|were)\s+(?:required|obliged|not\s+allowed|not\s+permitted|forbidden|to\s+be))\b/i;
/** Every case in scope, or none. */
const SCOPE = /\b(?:every|each|all|any|no)\s+(?!(?:one|more|longer|later|fewer|less)\b)[\w-]+/i;

// The predicates, each with the bound it needs (see above), matched at a word start after optional adverbs.
type Binds = (kind: Kind, clause: string, predicate: string) => boolean;
const PREDICATES: readonly (readonly [RegExp, Binds])[] = [
  // What a rule says binds with an obligation or a limit; what a person says is the telling frame's.
  [
    /^(?:says|say|said|states|stated|specifies|specified|stipulates|stipulated|sets\s+out|set\s+out|lays\s+down|laid\s+down|prescribes|prescribed)\b/i,
    (kind, clause) => kind === 'instrument' && (OBLIGATION.test(clause) || LIMIT.test(clause)),
  ],
  // A mandate binds by itself: "insisted that discharge medicines be checked", "asked that no music be played".
  // So does a requirement with a clause of its own: "The council inspector requires that raw chicken is stored apart".
  [
    /^(?:asks?\s+that|asked\s+that|insists?\s+(?:that|on)|insisted\s+(?:that|on)|(?:requires?|required|demands?|demanded|mandates?|mandated)\s+that)\b/i,
    () => true,
  ],
  // A requirement binds with a scope, a limit or an obligation: "required two adults in every session", not "a deposit".
  [
    /^(?:requires?|required|demands?|demanded|mandates?|mandated)\b/i,
    (_kind, clause) => SCOPE.test(clause) || LIMIT.test(clause) || OBLIGATION.test(clause),
  ],
  // A request binds when it covers every case or forbids: "asked for marshals at every crossing", "asked us never to".
  [/^(?:asks?|asked)\s+for\b/i, (_kind, clause) => SCOPE.test(clause) || LIMIT.test(clause)],
  [
    /^(?:asks?|asked)\s+(?:us|me|them|everyone|everybody)\s+(?:not\s+|never\s+)?to\b/i,
    (_kind, clause, predicate) =>
      /\b(?:not|never)\s+to$/i.test(predicate) || /^\s*(?:always|never|only)\b/i.test(clause) || SCOPE.test(clause),
  ],
  // A wish binds only over every case, each within a time or an amount: "Support wanted every ticket tagged within a
  // minute". A date wished for ("wanted every team on the new schema by June") is a plan asked for, a limit only if the
  // work then met it (RUBRIC notes), which one sentence does not tell.
  [
    /^(?:wants?|wanted|needs?|needed|expects?|expected)\b/i,
    (_kind, clause) => SCOPE.test(clause) && PER_CASE.test(clause),
  ],
  // A prohibition binds by itself, on a clause of its own: "Legal would not let card numbers leave the EU region".
  [
    /^(?:(?:would|will|did|does|do|could)\s*(?:not|n't)\s+(?:let|allow|permit)|wo\s*n't\s+(?:let|allow|permit)|won't\s+(?:let|allow|permit)|forbids?|forbade|forbidden|prohibits?|prohibited|bans?|banned|only\s+(?:allows?|allowed|lets?|permits?|permitted)|allows?\s+only|allowed\s+only)\b/i,
    (_kind, clause) => clause.trim().split(/\s+/).length >= 3,
  ],
];
// Adverbs between the subject and its verb. Not "now": "the review team now asks for the model on all products" is
// the work adopted, not a limit on it.
const ADVERBS = /^(?:(?:also|clearly|explicitly|simply|still|already|then|only(?=\s+(?:allow|let|permit)))\s+)*/i;

// A cheap first look: every predicate holds one of these.
const PREDICATE_WORDS =
  /\b(?:say|said|state|specif|stipulat|set\s+out|lay|laid|prescrib|ask|requir|demand|insist|mandat|want|need|expect|let|allow|permit|forb|prohibit|ban)/i;

/** A party's or a rule's demand with its bound (see above): the span from the subject's verb to the sentence's end. */
export const partyDemand: Finder = (v) => {
  if (!PREDICATE_WORDS.test(v.text)) return undefined;
  for (let j = 1; j < v.tokens.length; j++) {
    const t = v.tokens[j];
    if (t.kind !== 'word') continue;
    const rest = v.text.slice(t.start);
    const lead = ADVERBS.exec(rest)![0];
    const after = rest.slice(lead.length);
    for (const [pattern, binds] of PREDICATES) {
      const m = pattern.exec(after);
      if (!m) continue;
      const kind = subjectBefore(v, j);
      const clause = /^[^.;!?]*/.exec(after.slice(m[0].length))![0];
      if (kind && binds(kind, clause, m[0]))
        return { start: t.start, end: t.start + lead.length + m[0].length + clause.length } satisfies Cue;
      break;
    }
  }
  return undefined;
};
