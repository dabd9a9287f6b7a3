// Limits imposed by an authority, and options ruled out (RUBRIC.md):
//  - constraint: a gatekeeping role or rule as the subject of a requirement ("Security required encryption at
//    rest", "legal needed every summary to cite its source", "the safeguarding lead required two adults",
//    "the works council insisted that no team under ten be shown", "Fire safety rules required a clear aisle",
//    "Legal would not sign off unless …", "Security signed off once we kept the data inside the VPC");
//  - cross-functional: the same requirement when the authority is a party (a team, an officer, a council), not
//    a rule or a law;
//  - trade-off: an option ruled out by something other than the writer ("which ruled out the cheaper tier",
//    "took double-stacking off the table"), never the writer ruling out a cause ("ruled out the network as the
//    cause": a diagnosis);
// Written from the session-19 kinds (ERROR-KINDS-S19.md) and written-stories-13's tuning half.
import type { Cue, SentenceView, Finder } from './sentence-view';
import { AS_OPENER, CLAUSE_OPENER_CORE, clauseOpeners, wordAlternation } from '../rules/language/lexicon';

// Where a subject can open: the sentence or bullet, or a new clause.
const SUBJECT_CLAUSE_OPENERS = clauseOpeners('authority-clause-openers', [CLAUSE_OPENER_CORE, AS_OPENER]);
const CLAUSE_OPEN = String.raw`(?:^\W*|[,;:—–(]\s*|\s-\s|\b${wordAlternation(SUBJECT_CLAUSE_OPENERS)}\s+)`;
const DETERMINER = String.raw`(?:(?:the|our|their|its|a|an|each|every|[\w-]+'s)\s+)?`;
// Who or what gatekeeps: a function that approves or polices the work, an officer, a council, a rule.
const AUTHORITY = String.raw`(?:security|infosec|compliance|legal|privacy|risk|audit|auditors?|regulators?|infection\s+control|safeguarding|safety|data\s+protection|finance|procurement|governance|council|union|board|officers?|rules|regulations?|policy|law)`;
// A role noun after the authority: "the model risk team", "the data protection officer".
const ROLE_AFTER = String.raw`(?:\s+(?:team|teams|lead|leads|officers?|department|director|manager|committee|reviewers?|people|side|function|counsel))?`;
// The requiring verb: any object for the strong verbs; "needed" with an object and an infinitive ("needed every
// draft to …"), a scope ("three quotes for anything over 10k") or a need to see inside ("needed to see why"); not
// the authority's own step ("legal needed to sign off").
const REQUIRES = String.raw`(?:required|requires|require|mandated|mandates|demanded|demands|insisted|insists|insist|(?:needed|needs|need)\s+(?:[\w'-]+\s+){1,5}?to\s+\w+|(?:needed|needs|need)\s+to\s+(?:see|know|understand|trace|explain|reproduce|audit)|(?:needed|needs|need)\s+[^.;,]{0,40}?\b(?:for|on|before|in)\s+(?:any|every|all|each)(?:thing|one|body)?\b|would\s+only\s+(?:accept|approve|allow|sign)|only\s+(?:accepted|approved|allowed|signed\s+off)|(?:would|will|did)\s*(?:not|n't)\s+(?:approve|sign\s+off|sign|allow|accept)\b[^.;]{0,60}?\b(?:unless|until|without)|signed\s+off\s+(?:only\s+)?(?:once|when|after|on\s+(?:the\s+)?condition|provided))\b`;
const AUTHORITY_REQUIRES = new RegExp(
  String.raw`(${CLAUSE_OPEN})${DETERMINER}(?:[\w-]+\s+){0,2}?(${AUTHORITY})(${ROLE_AFTER})\s+${REQUIRES}`,
  'i',
);
// A cheap first look: one of the requiring verbs, and one of the authorities.
const REQUIRES_WORDS =
  /requir|mandat|demand|insist|\bneed|\bonly\s+(?:accept|approv|allow|sign)|would\s+only|(?:not|n't)\s+(?:approve|sign|allow|accept)|signed\s+off/i;
const AUTHORITY_WORDS =
  /securi|infosec|complian|legal|privacy|\brisk|audit|regulat|infection|safeguard|safety|protection|financ|procure|governance|council|union|board|officer|\brules|policy|\blaw\b/i;

// The authority is a rule, a law or a policy, not a party the writer dealt with.
const RULE_AUTHORITY = /^(?:rules|regulations?|policy|law)$/i;

type Requirement = { cue: Cue; rule: boolean } | undefined;
// The constraint and the cross-functional finder read the same sentence in turn: keep the last answer.
let lastView: SentenceView | undefined;
let lastRequirement: Requirement;

/** The span of the authority and its requiring verb, or undefined (remembered for the sentence last read). */
function authorityRequirement(v: SentenceView): Requirement {
  if (v !== lastView) {
    lastView = v;
    lastRequirement = readRequirement(v);
  }
  return lastRequirement;
}

function readRequirement(v: SentenceView): Requirement {
  if (!AUTHORITY_WORDS.test(v.text) || !REQUIRES_WORDS.test(v.text)) return undefined;
  const m = AUTHORITY_REQUIRES.exec(v.text);
  if (!m) return undefined;
  // The clause opener the match began with is no part of the cue.
  const start = m.index + m[1].length;
  const rule = RULE_AUTHORITY.test(m[2]) && m[3] === '';
  return { cue: { start, end: m.index + m[0].length }, rule };
}

/** Constraint: an authority's requirement. */
export const authorityLimit: Finder = (v) => authorityRequirement(v)?.cue;

/** Cross-functional: an authority that is a party (not a rule or a law) requiring something of the work. */
export const authorityParty: Finder = (v) => {
  const r = authorityRequirement(v);
  return r && !r.rule ? r.cue : undefined;
};

// An option ruled out by something other than the writer: "which ruled out X", "the budget ruled out X",
// "took X off the table". Not after "I"/"we" or a subject-less note (the writer ruling out a cause).
const RULED_OUT =
  /\b(?:which|that|this|it|[\w-]+)\s+(?:\w+ly\s+)?(?:ruled\s+out|rules\s+out|took\s+(?:[\w-]+\s+){1,4}off\s+the\s+table|takes\s+(?:[\w-]+\s+){1,4}off\s+the\s+table)\b/i;
const WRITER_BEFORE = /^(?:I|we|i)$/;
// A conjunction, adverb or auxiliary before the verb: the writer's subject-less clause ("… and ruled out the obvious").
const NO_SUBJECT =
  /^(?:and|or|but|then|also|first|quickly|so|had|have|has|was|were|been|finally|eventually|soon|later)$/i;
// What a diagnosis rules out: a cause, not an option.
const A_CAUSE =
  /^\s*(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:cause|causes|issues?|problems?|faults?|bugs?|leaks?|leakage|errors?|failures?|outages?|regressions?|corruption|network|DNS|hardware|disks?|culprits?|theory|hypothesis|possibility|obvious|suspects?)\b|\bas\s+(?:the|a)\s+(?:likely\s+|possible\s+|root\s+)?causes?\b/i;

/** Trade-off: an option ruled out by a requirement or a limit. */
export const optionRuledOut: Finder = (v) => {
  if (!/ruled?s?\s+out|off\s+the\s+table/i.test(v.text)) return undefined;
  const m = RULED_OUT.exec(v.text);
  if (!m) return undefined;
  const subject = m[0].split(/\s+/)[0];
  if (WRITER_BEFORE.test(subject) || NO_SUBJECT.test(subject)) return undefined;
  const after = v.text.slice(m.index + m[0].length);
  if (A_CAUSE.test(after.slice(0, 80))) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};
